import { INDEX_IDS } from '../types';
import { mapColumns, normalizeHeader } from '../load/delimited';
import type { HeaderFinder } from '../load/delimited';
import { METRIC_COLUMNS } from '../load/metrics';
import { SURVEY_COLUMNS } from '../load/surveys';
import type { SurveyField } from '../load/surveys';

/** Column aliases of the long survey format: one value per row (year, country, indicator, value). */
export const SURVEY_LONG_COLUMNS = {
  year: [...SURVEY_COLUMNS.year, '年份', '年度'],
  iso3: [...SURVEY_COLUMNS.iso3, 'iso3_code'],
  name: [...SURVEY_COLUMNS.name, '国家', '国家或地区'],
  indicator: ['indicator', 'index', 'metric', 'index_id', '指标', '指数'],
  value: ['value', 'score', '数值', '值', '得分'],
} as const;

/** The wide survey header aliases plus the Chinese headers a planner's own table may carry. */
export const SURVEY_WIDE_COLUMNS: Record<SurveyField, readonly string[]> = {
  year: [...SURVEY_COLUMNS.year, '年份', '年度'],
  iso3: [...SURVEY_COLUMNS.iso3, '国家代码', 'ISO3代码'],
  name: [...SURVEY_COLUMNS.name, '国家', '国家或地区'],
  egdiRank: [...SURVEY_COLUMNS.egdiRank, '排名', '电子政务发展指数排名'],
  egdi: [...SURVEY_COLUMNS.egdi, '电子政务发展指数'],
  osi: [...SURVEY_COLUMNS.osi, '在线服务指数'],
  hci: [...SURVEY_COLUMNS.hci, '人力资本指数'],
  tii: [...SURVEY_COLUMNS.tii, '电信基础设施指数'],
  epi: [...SURVEY_COLUMNS.epi, '电子参与指数'],
};

export type SurveyLongField = keyof typeof SURVEY_LONG_COLUMNS;

export type ShapeMatch =
  | { shape: 'survey-wide'; columns: Record<SurveyField, number> }
  | { shape: 'survey-long'; columns: Record<SurveyLongField, number> };

export type ShapeId = ShapeMatch['shape'];

/**
 * Recognises which known table a header belongs to. Order matters: the long format is
 * tried first because its "value" column would never match a wide table.
 *
 * Extension point: another shape adds a branch here returning its own `shape` id, and
 * `importTable` a case that loads it. The provincial long format (region_code,
 * metric_id, value, ...) is recognised in `importTable` and sent to the Provinces page,
 * which has its own importer for it.
 */
export function recognizeShape(header: readonly string[], yearFromName: number | null): ShapeMatch | null {
  const long = mapColumns([...header], SURVEY_LONG_COLUMNS);
  if (long.indicator >= 0 && long.value >= 0 && (long.iso3 >= 0 || long.name >= 0) && long.year >= 0) {
    return { shape: 'survey-long', columns: long };
  }
  const wide = mapColumns([...header], SURVEY_WIDE_COLUMNS);
  // Any index column will do: the app's own export of one index (OSI rankings) reads back.
  const anyIndex = INDEX_IDS.some((id) => wide[id] >= 0);
  if (anyIndex && (wide.iso3 >= 0 || wide.name >= 0) && (wide.year >= 0 || yearFromName !== null)) {
    return { shape: 'survey-wide', columns: wide };
  }
  return null;
}

/** The edition in a file name such as "egdi-2016.csv" or "EGOV_DATA_2024.xlsx", or null. */
export function yearFromFileName(name: string): number | null {
  const m = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(name);
  return m ? Number(m[1]) : null;
}

/** The provincial long format (region, metric, value), which the Provinces page imports. */
export function isProvincialTable(header: readonly string[]): boolean {
  const c = mapColumns([...header], METRIC_COLUMNS);
  return (c.regionCode >= 0 || c.regionName >= 0) && c.metricId >= 0 && c.value >= 0;
}

// Words of the lower row of a two-row header: "EGDI" merged over "值/Value" and "排名/Rank".
const VALUE_WORDS = new Set([
  '值',
  '数值',
  '取值',
  '得分',
  '分值',
  '指数',
  '指数值',
  'value',
  'values',
  'score',
  'index',
]);
const RANK_WORDS = new Set(['排名', '名次', '位次', 'rank', 'ranking']);
const wordsOf = (cell: string) =>
  cell
    .split(/[/|()()、,,\s]+/)
    .map(normalizeHeader)
    .filter((w) => w !== '');
const allIn = (cell: string, words: ReadonlySet<string>) => {
  const parts = wordsOf(cell);
  return parts.length > 0 && parts.every((w) => words.has(w));
};

/**
 * One header from two rows, as a spreadsheet's merged header cells save them: a title
 * merged across columns is written in its first cell only ("EGDI", "", "OSI", "") over
 * "值/Value", "排名/Rank", ...; a title merged down two rows ("国家") has a blank below it.
 * A lower "value" word gives the title above ("EGDI"), a "rank" word the title's rank
 * ("EGDI Rank"); other pairs are joined with a space.
 */
export function mergeHeaderRows(upper: readonly string[], lower: readonly string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  const out: string[] = [];
  let title = '';
  for (let j = 0; j < width; j++) {
    const u = (upper[j] ?? '').trim();
    const l = (lower[j] ?? '').trim();
    if (u !== '') title = u;
    if (l === '') out.push(u);
    else if (allIn(l, VALUE_WORDS)) out.push(title || l);
    else if (allIn(l, RANK_WORDS)) out.push(title ? `${title} Rank` : l);
    else out.push(u === '' ? l : `${u} ${l}`);
  }
  return out;
}

/** A row that can only be the lower half of a header: no number, and some value or rank word. */
function isSubHeader(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return (
    filled.length > 0 &&
    !filled.some((c) => /^[+-]?\d+([.,]\d+)?%?$/.test(c)) &&
    filled.some((c) => allIn(c, VALUE_WORDS) || allIn(c, RANK_WORDS))
  );
}

/**
 * Finds the header of a table as government offices save them: below a title row or two,
 * or split over two rows by merged cells. A header is a row (or two merged rows) in which
 * a known table is recognised: a survey table (wide or long) or a provincial metrics
 * table. Null when the first row is the header or none is recognised (the mapping step
 * then lets the user pick the header row).
 */
export function surveyHeaderFinder(yearFromName: number | null): HeaderFinder {
  const known = (h: readonly string[]) => recognizeShape(h, yearFromName) !== null || isProvincialTable(h);
  return (records) => {
    for (let i = 0; i < records.length; i++) {
      const row = records[i] ?? [];
      const next = records[i + 1];
      const merged = next ? mergeHeaderRows(row, next) : null;
      if (known(row)) {
        if (next && merged && isSubHeader(next) && known(merged))
          return { index: i, span: 2, header: merged };
        return i === 0 ? null : { index: i, span: 1, header: [...row] };
      }
      if (next && merged && isSubHeader(next) && known(merged)) return { index: i, span: 2, header: merged };
    }
    return null;
  };
}
