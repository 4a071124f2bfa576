import type { LoadResult } from '../types';
import type { Issue } from '../issues';
import type { Gazetteer } from './gazetteer';
import { missingColumnIssue } from './missing-columns';
import { isMissingMark, mapColumns, parseDelimited } from './delimited';
import type { Table } from './delimited';
import { NATIONAL_CODE } from './provinces';

/** Units of sub-national metrics. `group` means the value is a category label, not a number. */
export const METRIC_UNITS = [
  'percent',
  'count',
  'index',
  'rank',
  'ratio',
  'group',
  'days',
  'visits',
] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/**
 * Category labels accepted for `group` metrics, with their English forms. The first four
 * are the capability groups of the 中央党校(国家行政学院) assessment, best first; 优秀/良好
 * are the tiers of a different evaluation (中国软件评测中心) and are never mixed with them.
 */
export const GROUP_LABELS: readonly { zh: string; en: string }[] = [
  { zh: '非常高', en: 'very high' },
  { zh: '高', en: 'high' },
  { zh: '中', en: 'medium' },
  { zh: '低', en: 'low' },
  { zh: '优秀', en: 'excellent' },
  { zh: '良好', en: 'good' },
];

/**
 * One figure for one region. `value` is the number as published (percent as 82.13, not
 * 0.8213) or null for a `group` metric, whose label is in `group`. A qualified figure
 * (超过/以上/近…) is stored as its stated threshold; the qualifier stays in `label` and
 * `quote`. `asOf` is the text's own date, 'YYYY' or 'YYYY-MM', or null when undated.
 */
export interface MetricRow {
  /** Two-digit GB/T 2260 province code, or '00' for national rows. */
  regionCode: string;
  metricId: string;
  value: number | null;
  /**
   * Fraction digits as the source wrote the value ('68.90' -> 2, '82.13%' -> 2, '2900' -> 0),
   * so it is shown as published rather than as the parsed number (68.9); null for groups.
   */
  decimals: number | null;
  group: string | null;
  unit: MetricUnit;
  asOf: string | null;
  /** First four digits of asOf, or null. */
  year: number | null;
  /** Where the figure applies (which items, which level of government). */
  scope: string;
  /** The source's own wording of what was measured, qualifiers included. */
  label: string;
  source: string;
  quote: string;
  note: string;
  /**
   * Key into the shipped citations table (data/cn/citations.csv): the original publication
   * and the copy read. '' for a user's table, whose `source` is the citation.
   */
  citationId: string;
  /** What the shipped data knows of the row beyond its value (METRIC_FLAGS); [] for a user's table. */
  flags: MetricFlag[];
  /** 1-based line in the file (header = 1). */
  line: number;
}

/**
 * Remarks on a shipped row, written by the build as codes so the UI words them:
 * `edition-year`: the date is the report edition's year (the edition assesses the year
 * before); `undated`: the source gives no date.
 */
export const METRIC_FLAGS = ['edition-year', 'undated'] as const;
export type MetricFlag = (typeof METRIC_FLAGS)[number];

/** Header aliases, English and Chinese; matched after normalizeHeader (case, spaces, punctuation). */
export const METRIC_COLUMNS = {
  regionCode: ['region_code', 'province_code', 'code', '地区代码', '省份代码', '行政区划代码', '代码'],
  regionName: [
    'province',
    'province_zh',
    'region',
    'region_name',
    '省份',
    '地区',
    '省',
    '省份名称',
    '地区名称',
  ],
  metricId: ['metric_id', 'metric', 'indicator', '指标', '指标代码', '指标id'],
  value: ['value', '数值', '值', '取值'],
  unit: ['unit', '单位'],
  asOf: ['as_of', 'date', 'year', '日期', '时间', '年份', '截至'],
  scope: ['scope', '范围', '口径', '统计口径'],
  label: ['label_zh', 'metric_zh', 'label', '指标名称', '名称'],
  source: ['source', 'source_url', '来源', '出处'],
  quote: ['quote', '原文', '引文', '引用'],
  note: ['note', 'notes', '备注', '说明'],
  citationId: ['citation'],
  flags: ['flags'],
} as const;

export interface MetricLoadOptions {
  /** Resolves province names and codes (see provinceGazetteer). */
  provinces: Gazetteer;
  /**
   * Maps a metric cell (id, or a catalogue name in either language) to a catalogue id;
   * null for a metric the catalogue does not know, which is kept with a warning.
   */
  resolveMetric?: (raw: string) => string | null;
  /** Require a source and a quote on every row (the shipped data does; a user's table may not). */
  requireCitation?: boolean;
}

const NATIONAL_NAMES = new Set(['00', '全国', '全国省级汇总', '中国', 'national', 'china']);
const normName = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** '82.13%' -> {value: 82.13, percent: true}; '1,234' -> 1234; '' -> null; junk -> NaN. */
export function parseMetricNumber(raw: string): { value: number | null; percent: boolean } {
  let s = raw.normalize('NFKC').trim().replace(/,/g, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1).trim();
  if (isMissingMark(s)) return { value: null, percent };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return { value: Number.NaN, percent };
  return { value: Number(s), percent };
}

/**
 * Fraction digits of a number as written: '68.90' -> 2, '82.13%' -> 2, '1,234' -> 0,
 * '1.25e3' -> 0 (the exponent moves the point). Text that is not a number -> 0.
 */
export function publishedDecimals(raw: string): number {
  const m = /^[+-]?\d*(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(
    raw.normalize('NFKC').trim().replace(/,/g, '').replace(/%$/, '').trim(),
  );
  if (!m) return 0;
  return Math.max(0, (m[1] ?? '').length - Number(m[2] ?? 0));
}

/** A category label in either language, to its Chinese form; null when not a known label. */
export function normalizeGroupLabel(raw: string): string | null {
  const k = normName(raw);
  const hit = GROUP_LABELS.find((g) => normName(g.zh) === k || normName(g.en) === k);
  return hit ? hit.zh : null;
}

/** '2019-12', '2019年12月', '2019/12/31', '2019' -> 'YYYY' or 'YYYY-MM'; '' -> null; other -> undefined. */
export function parseAsOf(raw: string): string | null | undefined {
  const s = raw.normalize('NFKC').trim();
  if (s === '') return null;
  const m = /^(\d{4})(?:\s*(?:[-/.年])\s*(\d{1,2})(?:\s*(?:[-/.月])\s*\d{1,2}\s*日?|\s*月)?)?\s*年?$/.exec(s);
  if (!m) return undefined;
  const month = m[2] ? Number(m[2]) : null;
  if (month !== null && (month < 1 || month > 12)) return undefined;
  const year = m[1] ?? '';
  return month === null ? year : `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Loads a long-format table of sub-national metrics (one figure per row) from CSV/TSV
 * text with English or Chinese headers. Region is a code column (11, 330000, 00) or a
 * name column (浙江, 浙江省, Zhejiang, 全国). Values may be numbers, percent strings
 * ('82.13%': unit becomes percent when no unit is given) or, for unit `group`, category
 * labels (非常高/高/中/低, or their English forms). Empty values are missing, never zero:
 * the row is reported and skipped. Problems come back as Issue values:
 * unknown provinces with the nearest names, unknown units, bad dates, and the same
 * region + metric + date + scope given twice with different values (`conflict`; both
 * rows are kept, since published sources do disagree). The same value given twice
 * (e.g. by two sources) is not a problem.
 */
export function loadMetricsCsv(text: string, options: MetricLoadOptions): LoadResult<MetricRow> {
  const table = parseDelimited(text);
  const result = loadMetricsTable(table, options);
  return { rows: result.rows, issues: [...table.issues, ...result.issues] };
}

/** `loadMetricsCsv` on an already read table (text or workbook); returns only the issues it finds itself. */
export function loadMetricsTable(
  table: Pick<Table, 'header' | 'rows'>,
  options: MetricLoadOptions,
): LoadResult<MetricRow> {
  const issues: Issue[] = [];
  const rows: MetricRow[] = [];
  if (table.header.length === 0) return { rows, issues };
  const col = mapColumns(table.header, METRIC_COLUMNS);
  const missing = [
    col.regionCode < 0 && col.regionName < 0 ? 'region_code / 地区代码 / 省份' : null,
    col.metricId < 0 ? 'metric_id / 指标' : null,
    col.value < 0 ? 'value / 数值' : null,
  ].filter((m): m is string => m !== null);
  const missingIssue = missingColumnIssue(missing, table.header);
  if (missingIssue) return { rows, issues: [...issues, missingIssue] };
  const seen = new Map<string, MetricRow>();
  const unknownMetrics = new Set<string>();
  for (const { line, cells } of table.rows) {
    const get = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const issue = (code: Issue['code'], column: string, message: string, extra?: Partial<Issue>) =>
      issues.push({
        severity: 'error',
        code,
        row: line,
        column,
        message: `Row ${line}: ${message}`,
        ...extra,
      });

    // Region: a code column wins; a name column is the fallback (or the only column).
    const regionCode = resolveRegion(get(col.regionCode), get(col.regionName), options.provinces);
    if (regionCode === null) {
      const name = get(col.regionName) || get(col.regionCode);
      const suggestions = options.provinces
        .suggest(name, 6)
        .filter((s) => /\D/.test(s))
        .slice(0, 3);
      issue('unknown-region', 'region', `unknown province "${name}".`, {
        params: { name },
        suggestions,
      });
      continue;
    }
    const rawMetric = get(col.metricId);
    if (rawMetric === '') {
      issue('missing-metric', 'metric_id', 'no metric.');
      continue;
    }
    const known = options.resolveMetric ? options.resolveMetric(rawMetric) : rawMetric;
    const metricId = known ?? rawMetric;
    // One warning per metric the catalogue does not know, on its first row.
    if (known === null && !unknownMetrics.has(metricId)) {
      unknownMetrics.add(metricId);
      issues.push({
        severity: 'warning',
        code: 'unknown-metric',
        row: line,
        column: 'metric_id',
        message: `Row ${line}: metric "${metricId}" is not in the catalogue; kept.`,
        params: { metric: metricId },
      });
    }

    const rawUnit = get(col.unit).toLowerCase();
    const rawValue = get(col.value);
    let unit: MetricUnit;
    let value: number | null = null;
    let decimals: number | null = null;
    let group: string | null = null;
    if (rawUnit !== '' && !(METRIC_UNITS as readonly string[]).includes(rawUnit) && rawUnit !== '%') {
      issue('unknown-unit', 'unit', `unknown unit "${rawUnit}" (expected ${METRIC_UNITS.join(', ')}).`, {
        params: { unit: rawUnit, units: METRIC_UNITS.join(', ') },
      });
      continue;
    }
    const groupLabel = normalizeGroupLabel(rawValue);
    if (rawUnit === 'group' || (rawUnit === '' && groupLabel !== null)) {
      if (groupLabel === null) {
        issue(
          'not-a-group',
          'value',
          `"${rawValue}" is not a group label (${GROUP_LABELS.map((g) => g.zh).join('/')}).`,
          { params: { value: rawValue, labels: GROUP_LABELS.map((g) => g.zh).join('/') } },
        );
        continue;
      }
      unit = 'group';
      group = groupLabel;
    } else {
      const parsed = parseMetricNumber(rawValue);
      if (parsed.value === null) {
        issue('missing-value', 'value', 'empty value; missing is not zero, row skipped.');
        continue;
      }
      if (Number.isNaN(parsed.value)) {
        issue('not-a-number', 'value', `"${rawValue}" is not a number.`, { params: { value: rawValue } });
        continue;
      }
      unit =
        rawUnit === '' || rawUnit === '%' ? (parsed.percent ? 'percent' : 'count') : (rawUnit as MetricUnit);
      if (parsed.percent && unit !== 'percent') {
        issue('unknown-unit', 'unit', `"${rawValue}" is a percentage but the unit says ${unit}.`, {
          params: { unit, units: 'percent' },
        });
        continue;
      }
      value = parsed.value;
      decimals = publishedDecimals(rawValue);
    }

    const asOf = parseAsOf(get(col.asOf));
    if (asOf === undefined) {
      issue('bad-date', 'as_of', `"${get(col.asOf)}" is not a date (YYYY or YYYY-MM).`, {
        params: { value: get(col.asOf) },
      });
      continue;
    }
    const row: MetricRow = {
      regionCode,
      metricId,
      value,
      decimals,
      group,
      unit,
      asOf,
      year: asOf === null ? null : Number(asOf.slice(0, 4)),
      scope: get(col.scope),
      label: get(col.label),
      source: get(col.source),
      quote: get(col.quote),
      note: get(col.note),
      citationId: get(col.citationId),
      flags: get(col.flags)
        .split(';')
        .filter((f): f is MetricFlag => (METRIC_FLAGS as readonly string[]).includes(f)),
      line,
    };
    const cited = row.source !== '' || row.citationId !== '';
    if (options.requireCitation && (!cited || row.quote === '')) {
      issue('missing-citation', cited ? 'quote' : 'source', 'no source or no quote.');
    }
    const key = [regionCode, metricId, asOf ?? '', row.scope].join('|');
    const prev = seen.get(key);
    if (prev && (prev.value !== row.value || prev.group !== row.group)) {
      issues.push({
        severity: 'warning',
        code: 'conflict',
        row: line,
        column: 'value',
        message: `Row ${line}: ${regionCode} ${metricId} ${asOf ?? '(undated)'} is ${rawValue} here but ${prev.group ?? prev.value} in row ${prev.line}.`,
        params: { other: prev.line },
      });
    }
    if (!prev) seen.set(key, row);
    rows.push(row);
  }
  return { rows, issues };
}

function resolveRegion(codeCell: string, nameCell: string, provinces: Gazetteer): string | null {
  for (const cell of [codeCell, nameCell]) {
    if (cell === '') continue;
    if (NATIONAL_NAMES.has(normName(cell))) return NATIONAL_CODE;
    const hit = provinces.resolve(cell);
    if (hit) return hit;
  }
  return null;
}
