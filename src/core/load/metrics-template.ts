import type { MetricRow } from './metrics';
import type { Province } from './provinces';

/** Template headers; both are accepted by loadMetricsCsv (see METRIC_COLUMNS). */
export const TEMPLATE_HEADERS = {
  zh: ['地区代码', '省份', '指标', '数值', '单位', '日期', '范围', '来源', '原文', '备注'],
  en: ['region_code', 'province', 'metric_id', 'value', 'unit', 'as_of', 'scope', 'source', 'quote', 'note'],
} as const;

// A cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet.
const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The template's rows (header first): one row per provincial-level division with code,
 * name, metric and unit filled and the value, date and citation left to fill in.
 */
export function metricsTemplateRows(
  provinces: readonly Province[],
  metric: { id: string; unit: string },
  lang: 'zh' | 'en',
): string[][] {
  return [
    [...TEMPLATE_HEADERS[lang]],
    ...provinces.map((p) => [
      p.code,
      lang === 'zh' ? p.nameZh : p.nameEn,
      metric.id,
      '',
      metric.unit,
      '',
      '',
      '',
      '',
      '',
    ]),
  ];
}

/**
 * The template as CSV: UTF-8 with BOM so Excel opens the Chinese text, CRLF line ends,
 * every cell guarded against formula execution.
 */
export function metricsTemplateCsv(
  provinces: readonly Province[],
  metric: { id: string; unit: string },
  lang: 'zh' | 'en',
): string {
  const rows = metricsTemplateRows(provinces, metric, lang);
  return '\uFEFF' + rows.map((r) => r.map((c) => quote(safe(c))).join(',')).join('\r\n') + '\r\n';
}

/** The columns of an exported provincial table: the template's, with the source's wording. */
export const EXPORT_HEADER = [
  'region_code',
  'province',
  'metric_id',
  'value',
  'unit',
  'as_of',
  'scope',
  'label_zh',
  'source',
  'quote',
  'note',
] as const;

/**
 * Imported rows as the CSV the Provinces page imports again (UTF-8 with BOM, CRLF, every
 * cell guarded against formula execution): values with the decimals they were published
 * with (12.50 stays 12.50), group labels as written, a missing date as an empty cell.
 */
export function metricsRowsCsv(
  rows: readonly Pick<
    MetricRow,
    | 'regionCode'
    | 'metricId'
    | 'value'
    | 'decimals'
    | 'group'
    | 'unit'
    | 'asOf'
    | 'scope'
    | 'label'
    | 'source'
    | 'quote'
    | 'note'
  >[],
  provinces: readonly Province[],
): string {
  const name = new Map(provinces.map((p) => [p.code, p.nameZh]));
  const value = (r: (typeof rows)[number]) =>
    r.value === null ? (r.group ?? '') : r.value.toFixed(Math.max(0, Math.min(20, r.decimals ?? 0)));
  const body = [
    [...EXPORT_HEADER],
    ...rows.map((r) => [
      r.regionCode,
      name.get(r.regionCode) ?? '',
      r.metricId,
      value(r),
      r.unit,
      r.asOf ?? '',
      r.scope,
      r.label,
      r.source,
      r.quote,
      r.note,
    ]),
  ];
  // A plain number (-3.5) is a value, never a formula: it is written as it is.
  const cell = (c: string) => (/^-?\d+(\.\d+)?$/.test(c) ? c : quote(safe(c)));
  return '\uFEFF' + body.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
