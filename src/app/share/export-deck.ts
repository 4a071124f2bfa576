// Loaded when the user exports a deck: walks the saved views, draws each slide's chart as
// the export does, and writes the .pptx with the writer loaded on demand.
import type { ChartOption } from '../../charts/types';
import { renderPng } from '../../components/echarts/render-still';
import { saveBlob } from '../../components/save-blob';
import { exportMessages } from '../../components/export/messages';
import { citationLines, citeInput, today } from '../../components/view-citation';
import { exportFileName } from '../../core/export/file-name';
import { numberText } from '../../core/export/csv';
import type { ExportTable } from '../../core/export/csv';
import { translate } from '../../i18n/dictionary';
import type { Lang } from '../../i18n/dictionary';
import { findingLine, findingText } from '../../i18n/finding-text';
import { keyFigures } from '../../i18n/key-figures';
import type { DeckSlide } from '../../components/export/deck-writer';
import { messageFunction } from '../../i18n/messages';
import { visitSlides } from './deck';
import { shareMessages } from './messages';
import type { DeckHost } from './deck';

/** The chart image's size in CSS pixels (drawn at 2x), as the PNG export draws it. */
const IMAGE = { width: 1200, height: 640 };
/** Findings written on a slide; the speaker notes hold them all. */
const DECK_BULLETS = 4;
/** Rows of a table slide (the ranking), as on screen in presenter mode. */
const DECK_ROWS = 10;

/** The first rows of an exported table as text (numbers with their column's decimals). */
function tableRows(data: ExportTable, empty: string): { columns: string[]; rows: string[][] } {
  return {
    columns: data.columns,
    rows: data.rows
      .slice(0, DECK_ROWS)
      .map((r) =>
        r.map((c, i) =>
          c === null || c === undefined
            ? empty
            : typeof c === 'number'
              ? numberText(c, data.decimals?.[i])
              : String(c),
        ),
      ),
  };
}

async function pngDataUrl(option: ChartOption): Promise<string> {
  const blob = await renderPng(option, IMAGE, 2);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

/** Builds the deck of `host.views` and starts its download; returns the file name. */
export async function exportDeck(host: DeckHost, lang: Lang): Promise<{ file: string; slides: number }> {
  const m = messageFunction(shareMessages, lang);
  // The date in the UI language, with the ISO date beside it, as every export writes it.
  const now = new Date();
  const local = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'long' }).format(now);
  const exported = messageFunction(exportMessages, lang)('exported', { date: `${local} (${today()})` });
  const slides: DeckSlide[] = [];
  for await (const { view, panel } of visitSlides(host)) {
    // A panel without a chart (the province tiles) lends the slide the view's first chart.
    const withChart = panel?.spec?.option
      ? panel
      : (host.registry.list().find((p) => p.spec?.option) ?? panel);
    const option = withChart?.spec?.option;
    const findings = panel?.findings?.findings ?? [];
    const sources = panel?.findings?.sources ?? [];
    const source = panel?.source ?? withChart?.source ?? '';
    // The tie rule of the ranks the slide's findings give (none when they give no rank).
    const ranked = findings
      .map((f) => (f.params as { rule?: unknown }).rule)
      .find((r) => r === 'competition' || r === 'dense' || r === 'as-stated');
    const rule =
      ranked === 'as-stated'
        ? m('tieRuleStated')
        : ranked === 'competition' || ranked === 'dense'
          ? m('tieRule', { rule: translate(lang, `rule.${ranked}.short`) })
          : '';
    slides.push({
      title: view.name,
      subtitle: panel?.title ?? '',
      image: option ? { data: await pngDataUrl(option), ...IMAGE } : null,
      table: !option && panel?.spec ? tableRows(panel.spec.data, '—') : null,
      figures: keyFigures(findings, lang),
      bullets: findings.slice(0, DECK_BULLETS).map((f) => findingText(f, lang)),
      notes: [
        ...findings.map((f) => findingLine(f, lang)),
        ...(sources.length > 0 ? citationLines(citeInput(sources, lang), lang) : []),
      ],
      footer: [source, rule, exported].filter(Boolean).join(' · '),
    });
  }
  host.onWriting();
  const { writeDeck } = await import('../../components/export/deck-writer');
  const blob = await writeDeck(slides, {
    title: translate(lang, 'app.title'),
    lang: lang === 'zh' ? 'zh-CN' : 'en-US',
    author: translate(lang, 'app.title'),
  });
  const name = exportFileName(['deck', today(), lang], 'pptx');
  saveBlob(blob, name);
  return { file: name, slides: slides.length };
}
