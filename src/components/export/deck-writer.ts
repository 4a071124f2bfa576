// Loaded only when a deck is exported: the PowerPoint writer (pptxgenjs, with its zip
// library) stays out of every page until then.
import PptxGenJS from 'pptxgenjs';

/** One slide of a deck: a saved view, drawn from its panel as the app shows it. */
export interface DeckSlide {
  /** The saved view's name. */
  title: string;
  /** The panel's own title (what the chart shows). */
  subtitle: string;
  /** The chart as a PNG data URL at 2x, and its width / height; null for a panel without a chart. */
  image: { data: string; width: number; height: number } | null;
  /** For a panel that is a table (the ranking): its header and first rows, as the screen writes them. */
  table: { columns: string[]; rows: string[][] } | null;
  /** Up to five key figures. */
  figures: { label: string; value: string }[];
  /** The findings shown on the slide. */
  bullets: string[];
  /** Speaker notes: the full findings text with sources, the citation. */
  notes: string[];
  /** Source, editions, tie rule and export date. */
  footer: string;
}

export interface DeckMeta {
  title: string;
  /** 'zh-CN' or 'en-US': the language of the slides' text (for spell checking and fonts). */
  lang: string;
  author: string;
}

/**
 * Fonts that PowerPoint and WPS on Chinese Windows have. PowerPoint substitutes a font it
 * lacks with its own default (and LibreOffice with a CJK font it has), so nothing is embedded.
 */
export const DECK_FONT = 'Microsoft YaHei';

// Slide geometry in inches on the 13.33 x 7.5 in (16:9) layout.
const W = 13.333;
const M = 0.4;
const FIG_Y = 1.05;
const FIG_H = 0.85;
const BODY_Y = 2.05;
const BODY_H = 4.55;
const SIDE_W = 4.1;
const FOOT_Y = 6.8;

/** Characters XML 1.0 does not allow (pptxgenjs escapes markup but keeps these, and PowerPoint refuses the file). */
export const xmlSafe = (s: string): string =>
  [...s]
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c !== 0xfffe && c !== 0xffff);
    })
    .join('');

/** Every text of a slide made safe for XML. */
function safeSlide(s: DeckSlide): DeckSlide {
  return {
    ...s,
    title: xmlSafe(s.title),
    subtitle: xmlSafe(s.subtitle),
    figures: s.figures.map((f) => ({ label: xmlSafe(f.label), value: xmlSafe(f.value) })),
    bullets: s.bullets.map(xmlSafe),
    notes: s.notes.map(xmlSafe),
    footer: xmlSafe(s.footer),
    table: s.table
      ? { columns: s.table.columns.map(xmlSafe), rows: s.table.rows.map((r) => r.map(xmlSafe)) }
      : null,
  };
}

/** The deck as a .pptx file. */
export async function writeDeck(slides: readonly DeckSlide[], meta: DeckMeta): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.author = meta.author;
  pptx.company = meta.author;
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const text = { fontFace: DECK_FONT, lang: meta.lang, color: '1A1A1A' } as const;
  for (const s of slides.map(safeSlide)) {
    const slide = pptx.addSlide();
    slide.addText(s.title, { ...text, x: M, y: 0.25, w: W - 2 * M, h: 0.5, fontSize: 24, bold: true });
    slide.addText(s.subtitle, {
      ...text,
      x: M,
      y: 0.7,
      w: W - 2 * M,
      h: 0.32,
      fontSize: 13,
      color: '555555',
    });
    const n = s.figures.length;
    const gap = 0.15;
    const fw = n > 0 ? (W - 2 * M - gap * (n - 1)) / n : 0;
    s.figures.forEach((f, i) => {
      slide.addText(
        [
          { text: f.value, options: { fontSize: 20, bold: true, breakLine: true } },
          { text: f.label, options: { fontSize: 10, color: '555555' } },
        ],
        {
          ...text,
          x: M + i * (fw + gap),
          y: FIG_Y,
          w: fw,
          h: FIG_H,
          fill: { color: 'F1F4F8' },
          line: { color: 'D0D7E2', width: 0.75 },
          valign: 'middle',
          fit: 'shrink',
        },
      );
    });
    const chartW = W - 2 * M - SIDE_W - 0.2;
    if (s.image) {
      // The chart keeps its aspect ratio inside the body area, centred vertically.
      const scale = Math.min(chartW / s.image.width, BODY_H / s.image.height);
      const w = s.image.width * scale;
      const h = s.image.height * scale;
      slide.addImage({ data: s.image.data, x: M, y: BODY_Y + (BODY_H - h) / 2, w, h });
    }
    if (!s.image && s.table) {
      const rows = [s.table.columns, ...s.table.rows].map((r, i) =>
        r.map((c) => ({ text: c, options: i === 0 ? { bold: true, fill: { color: 'F1F4F8' } } : {} })),
      );
      slide.addTable(rows, {
        ...text,
        x: M,
        y: BODY_Y,
        w: chartW,
        fontSize: 10,
        border: { type: 'solid', color: 'D0D7E2', pt: 0.5 },
        autoPage: false,
      });
    }
    const side = s.image !== null || s.table !== null;
    if (s.bullets.length > 0) {
      slide.addText(
        s.bullets.map((b) => ({ text: b, options: { bullet: true, breakLine: true, paraSpaceAfter: 6 } })),
        {
          ...text,
          x: side ? M + chartW + 0.2 : M,
          y: BODY_Y,
          w: side ? SIDE_W : W - 2 * M,
          h: BODY_H,
          fontSize: 12,
          valign: 'top',
          fit: 'shrink',
        },
      );
    }
    slide.addText(s.footer, { ...text, x: M, y: FOOT_Y, w: W - 2 * M, h: 0.5, fontSize: 9, color: '555555' });
    if (s.notes.length > 0) slide.addNotes(s.notes.join('\n'));
  }
  const out = await pptx.write({ outputType: 'blob' });
  return out instanceof Blob
    ? out
    : new Blob([out as BlobPart], {
        type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      });
}
