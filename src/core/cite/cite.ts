import type { Citation } from '../citation';
import type { FindingSource } from '../findings/types';
import { CITE_STYLES } from './styles';
import type { CiteStyle } from './styles';
import { surveyReport } from './survey-reports';

/**
 * References for the data a view shows, in GB/T 7714-2015 and APA (7th edition), in the
 * UI language: one per UN E-Government Survey edition (by UN DESA, published by the
 * United Nations, New York), one per imported dataset, one per publication of the Chinese
 * figures shown (the provincial report series by its publisher), and the dashboard itself with its
 * version, the view's link and the date it was accessed. Report titles stay in the
 * language they were published in.
 */

export type CiteLang = 'zh' | 'en';
export type { CiteStyle };
export { CITE_STYLES };

/** The dashboard as it is cited. */
export interface AppRef {
  /** Its name in the UI language. */
  title: string;
  version: string;
  /** The view's link. */
  url: string;
  /** The date the view was accessed, YYYY-MM-DD. */
  accessed: string;
}

export interface CiteInput {
  sources: readonly FindingSource[];
  app: AppRef;
}

const WORDS = {
  zh: {
    desa: '联合国经济和社会事务部(UN DESA)',
    desaApa: '联合国经济和社会事务部',
    place: '纽约',
    un: '联合国',
    imported: (years: string) => `用户导入的数据集(${years} 年), 非联合国发布`,
    importedApa: (years: string) => `用户导入(${years} 年), 非联合国发布`,
    dataSet: '数据集',
    software: '计算机软件',
    version: (v: string) => `版本 ${v}`,
    noDate: '无日期',
    retrieved: (date: string, url: string) => `检索于 ${date}, 来自 ${url}`,
    untracedCopy: '转载, 原始出处未能确认',
  },
  en: {
    desa: 'United Nations Department of Economic and Social Affairs (UN DESA)',
    desaApa: 'United Nations Department of Economic and Social Affairs',
    place: 'New York',
    un: 'United Nations',
    imported: (years: string) =>
      `Dataset imported by the user (${years}), not published by the United Nations`,
    importedApa: (years: string) => `Imported by the user (${years}); not published by the United Nations`,
    dataSet: 'Data set',
    software: 'Computer software',
    version: (v: string) => `Version ${v}`,
    noDate: 'n.d.',
    retrieved: (date: string, url: string) => `Retrieved ${date}, from ${url}`,
    untracedCopy: 'copy; original publication not identified',
  },
} as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date as APA writes it: "May 1, 2026" / "2026年5月1日"; other text as it is. */
export function apaDate(iso: string, lang: CiteLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  return lang === 'zh' ? `${y}年${month}月${day}日` : `${MONTHS[month - 1] ?? mo} ${day}, ${y}`;
}

// Words a sentence-case title keeps capitalised (proper nouns of these titles).
const PROPER = new Set(['United', 'Nations', 'UN', 'COVID-19']);

/**
 * A title in sentence case, as APA writes titles of reports: the first word of the title
 * and of a subtitle (after a colon) keep their capital, proper nouns and acronyms keep
 * theirs, other capitalised words are lower-cased ("E-Government" → "e-government").
 */
export function sentenceCase(title: string): string {
  let first = true;
  return title
    .split(' ')
    .map((word) => {
      const keep = first || PROPER.has(word.replace(/[(),.]/g, ''));
      first = word.endsWith(':');
      if (keep) return word;
      return word
        .split('-')
        .map((part) =>
          part.replace(
            /^(\(?)([A-Z])([a-z]*)([),.:]?)$/,
            (_, o, c: string, r, e) => o + c.toLowerCase() + r + e,
          ),
        )
        .join('-');
    })
    .join(' ');
}

/** Editions as a reference lists them: "2018, 2024". */
const yearList = (years: readonly number[]) => [...new Set(years)].sort((a, b) => a - b).join(', ');

/** The references for `input` in one style and language, in order: survey editions, imported datasets, the dashboard. */
export function references(input: CiteInput, style: CiteStyle, lang: CiteLang): string[] {
  const w = WORDS[lang];
  const editions = [
    ...new Set(input.sources.flatMap((s) => (s.kind === 'un-survey' ? [s.edition] : []))),
  ].sort((a, b) => a - b);
  const imported = new Map<string, number[]>();
  for (const s of input.sources) {
    if (s.kind !== 'imported') continue;
    imported.set(s.name, [...(imported.get(s.name) ?? []), s.edition]);
  }
  const importedNames = [...imported.keys()].sort((a, b) => a.localeCompare(b));
  const cn = [
    ...new Map(
      input.sources.flatMap((s) => (s.kind === 'cn-citation' ? [[s.key, s.citation] as const] : [])),
    ).values(),
  ];
  const cnRefs = [...new Set(cn.map((c) => cnReference(c, style, lang)))];
  const { app } = input;
  if (style === 'gbt7714') {
    return [
      // 主要责任者. 题名: 其他题名信息[R]. 出版地: 出版者, 出版年.
      ...editions.map((e) => {
        const r = surveyReport(e);
        return `${w.desa}. ${r.title}[R]. ${w.place}: ${w.un}, ${r.published}.`;
      }),
      // 题名[DS]. 其他信息.
      ...importedNames.map((name) => `${name}[DS]. ${w.imported(yearList(imported.get(name) ?? []))}.`),
      ...cnRefs,
      // 题名: 其他题名信息[CP/OL]. [引用日期]. 获取和访问路径
      `${app.title}: ${w.version(app.version)}[CP/OL]. [${app.accessed}]. ${app.url}`,
    ];
  }
  return [
    // Group author. (Year). Title in sentence case. Publisher.
    ...editions.map((e) => {
      const r = surveyReport(e);
      return `${w.desaApa}. (${r.published}). ${sentenceCase(r.title)}. ${w.un}.`;
    }),
    // Title [Data set]. (n.d.). Description.
    ...importedNames.map(
      (name) =>
        `${name} [${w.dataSet}]. (${w.noDate}). ${w.importedApa(yearList(imported.get(name) ?? []))}.`,
    ),
    ...cnRefs,
    // Title (Version) [Computer software]. (n.d.). Retrieved date, from URL
    `${app.title} (${w.version(app.version)}) [${w.software}]. (${w.noDate}). ${w.retrieved(apaDate(app.accessed, lang), app.url)}`,
  ];
}

/**
 * A Chinese figure's citation as a reference: its original publication (publisher, title,
 * year; a report as [R], anything else as [Z]), or, when the original was not identified,
 * the page it was read from as an online copy, said to be one. Titles stay as published.
 */
function cnReference(c: Citation, style: CiteStyle, lang: CiteLang): string {
  const w = WORDS[lang];
  const o = c.original;
  const year = o?.date?.slice(0, 4) ?? null;
  if (o && (o.title || o.description)) {
    const title = o.title ?? o.description ?? '';
    if (style === 'gbt7714') {
      const type = /报告|Report/.test(title) ? 'R' : 'Z';
      return `${o.publisher ? `${o.publisher}. ` : ''}${title}[${type}]${year ? `. ${year}` : ''}.`;
    }
    return `${o.publisher ? `${o.publisher}. ` : ''}(${year ?? w.noDate}). ${title}.`;
  }
  const read = c.copies.find((x) => x.role === 'read');
  const where = read?.address ?? '';
  const title = read?.title ?? o?.publisher ?? '';
  if (style === 'gbt7714') return `${title ? `${title}` : where}[EB/OL]. ${where} (${w.untracedCopy}).`;
  return `${title || where}. (${w.noDate}). ${where} (${w.untracedCopy}).`;
}

/** The references as a block of text: numbered "[1] …" lines in GB/T 7714, one entry a line in APA. */
export function citationText(input: CiteInput, style: CiteStyle, lang: CiteLang): string {
  const refs = references(input, style, lang);
  return (style === 'gbt7714' ? refs.map((r, i) => `[${i + 1}] ${r}`) : refs).join('\n');
}
