import type { MetricDef } from '../load/metric-catalogue';
import type { MetricRow } from '../load/metrics';
import { NATIONAL_CODE } from '../load/provinces';
import type { Province } from '../load/provinces';
import { rankValues } from './rank';
import type { TieRule } from './rank';

/** Capability groups of the 中央党校 assessment, best first (the order of their colours). */
export const CAPABILITY_GROUPS = ['非常高', '高', '中', '低'] as const;

/** A metric that has figures for provinces: how many provinces, in which years. */
export interface ProvincialMetric {
  def: MetricDef;
  provinces: number;
  years: number[];
}

/**
 * Metrics with at least one provincial row, most provinces first. `years` are the
 * distinct years of `as_of` (undated rows are left out of the years, not of the count).
 */
export function provincialMetrics(
  rows: readonly MetricRow[],
  defs: readonly MetricDef[],
): ProvincialMetric[] {
  const out: ProvincialMetric[] = [];
  // A metric only in the rows (e.g. from a user's imported table) gets a plain definition:
  // its id as its name, the unit of its first row, higher is better unless a rank.
  const known = new Set(defs.map((d) => d.id));
  const extra = new Map<string, MetricDef>();
  for (const r of rows) {
    if (known.has(r.metricId) || extra.has(r.metricId)) continue;
    extra.set(r.metricId, {
      id: r.metricId,
      nameZh: r.label || r.metricId,
      nameEn: r.metricId,
      unit: r.unit,
      higherIsBetter: r.unit === 'group' ? null : !['rank', 'days', 'visits'].includes(r.unit),
      scope: 'provincial',
      definitionZh: '',
      definitionEn: '',
    });
  }
  for (const def of [...defs, ...extra.values()]) {
    const mine = rows.filter((r) => r.metricId === def.id && r.regionCode !== NATIONAL_CODE);
    if (mine.length === 0) continue;
    out.push({
      def,
      provinces: new Set(mine.map((r) => r.regionCode)).size,
      years: [...new Set(mine.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => a - b),
    });
  }
  return out.sort((a, b) => b.provinces - a.provinces || a.def.id.localeCompare(b.def.id));
}

/**
 * The figures of one metric in one year, by province code. A province may have several
 * rows (two sources, or two dates within the year); all are kept, first row first.
 * Provinces without a row are absent (no data), never zero.
 */
export function provincialSnapshot(
  rows: readonly MetricRow[],
  metricId: string,
  year: number,
): Map<string, MetricRow[]> {
  const out = new Map<string, MetricRow[]>();
  for (const r of rows) {
    if (r.metricId !== metricId || r.year !== year || r.regionCode === NATIONAL_CODE) continue;
    out.set(r.regionCode, [...(out.get(r.regionCode) ?? []), r]);
  }
  return out;
}

export interface RankedProvince {
  code: string;
  value: number;
  /** Fraction digits as published (MetricRow.decimals), null when not known. */
  decimals: number | null;
  /** Rank among the provinces with a figure; ties by `rule`. */
  rank: number;
}

/**
 * Ranks the provinces of a numeric snapshot (first row per province). For metrics where
 * lower is better (ranks, days) the lowest value ranks 1. Provinces without a figure are
 * not ranked. Ties: `rule` ('competition' 1224 or 'dense' 1223), values compared at
 * `decimals` decimals.
 */
export function rankSnapshot(
  snapshot: ReadonlyMap<string, readonly MetricRow[]>,
  higherIsBetter: boolean,
  rule: TieRule,
  decimals = 4,
): RankedProvince[] {
  const entries = [...snapshot].flatMap(([code, list]) => {
    const v = list[0]?.value;
    const published = list[0]?.decimals ?? null;
    return typeof v === 'number' ? [{ key: code, value: higherIsBetter ? v : -v, raw: v, published }] : [];
  });
  const ranks = rankValues(entries, rule, decimals);
  return entries
    .map((e) => ({ code: e.key, value: e.raw, decimals: e.published, rank: ranks.get(e.key) ?? 0 }))
    .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
}

/**
 * Provinces x years of a group metric: the label each province got in each report year
 * (first row if a source lists one twice), or undefined where no label was published.
 */
export function groupGrid(
  rows: readonly MetricRow[],
  metricId: string,
): { years: number[]; cells: Map<string, Map<number, MetricRow>> } {
  const cells = new Map<string, Map<number, MetricRow>>();
  const years = new Set<number>();
  for (const r of rows) {
    if (r.metricId !== metricId || r.group === null || r.year === null || r.regionCode === NATIONAL_CODE)
      continue;
    years.add(r.year);
    const byYear = cells.get(r.regionCode) ?? new Map<number, MetricRow>();
    if (!byYear.has(r.year)) byYear.set(r.year, r);
    cells.set(r.regionCode, byYear);
  }
  return { years: [...years].sort((a, b) => a - b), cells };
}

/** Every row of one province, grouped by metric in catalogue order, newest first within a metric. */
export function provinceFigures(rows: readonly MetricRow[], code: string): MetricRow[] {
  return rows
    .filter((r) => r.regionCode === code)
    .sort(
      (a, b) =>
        a.metricId.localeCompare(b.metricId) || (b.asOf ?? '').localeCompare(a.asOf ?? '') || a.line - b.line,
    );
}

/** One point of a national series: one date, one value, and every row (source) stating it. */
export interface DatedPoint {
  asOf: string;
  value: number;
  /** Fraction digits as published: the most any of its rows wrote (68.9 and 68.90 -> 2). */
  decimals: number;
  rows: MetricRow[];
}

/**
 * A national series: one metric in one scope and unit. Two figures with different scopes
 * (e.g. 省级行政许可事项 vs 32个省级网上政务服务平台) are two series, never one. The same
 * figure stated by several sources is one point with several rows.
 */
export interface NationalSeries {
  metricId: string;
  scope: string;
  unit: MetricRow['unit'];
  points: DatedPoint[];
}

/** National (region 00) numeric rows as series, keyed by metric + scope + unit; dates ascending. */
export function nationalSeries(rows: readonly MetricRow[]): NationalSeries[] {
  const byKey = new Map<string, NationalSeries>();
  for (const r of rows) {
    if (r.regionCode !== NATIONAL_CODE || r.value === null || r.asOf === null) continue;
    const key = [r.metricId, r.scope, r.unit].join('|');
    const s = byKey.get(key) ?? { metricId: r.metricId, scope: r.scope, unit: r.unit, points: [] };
    const p = s.points.find((q) => q.asOf === r.asOf && q.value === r.value);
    if (p) {
      p.rows.push(r);
      p.decimals = Math.max(p.decimals, r.decimals ?? 0);
    } else s.points.push({ asOf: r.asOf, value: r.value, decimals: r.decimals ?? 0, rows: [r] });
    byKey.set(key, s);
  }
  const out = [...byKey.values()];
  for (const s of out) s.points.sort((a, b) => a.asOf.localeCompare(b.asOf) || a.value - b.value);
  return out;
}

/**
 * Fraction digits to show for a figure: as published when known (68.90 -> 2), else as
 * many as the parsed number needs (68.9 -> 1), at most 4.
 */
export function figureDecimals(value: number, published?: number | null): number {
  if (typeof published === 'number') return published;
  return Math.min(4, (String(value).split('.')[1] ?? '').length);
}

/** 'YYYY' -> 'YYYY-07-01' (mid-year), 'YYYY-MM' -> last day of that month: a date for a time axis. */
export function asOfToIsoDate(asOf: string): string {
  const [y = '', m] = asOf.split('-');
  if (!m) return `${y}-07-01`;
  const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(last).padStart(2, '0')}`;
}

/**
 * Drops the inline pinyin some stored pages carry after each character (個(gè) -> 個) so a
 * quote reads as text. The shipped quote stays exact; this is for display only.
 */
export function displayQuote(quote: string): string {
  return quote.replace(/\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/g, '');
}

/** The provinces that no mainland report covers (台湾, 香港, 澳门): always shown, as no data. */
export const NOT_COVERED = new Set(['71', '81', '82']);

/** Provinces sorted for lists: GB/T 2260 code order. */
export function byCode(provinces: readonly Province[]): Province[] {
  return [...provinces].sort((a, b) => a.code.localeCompare(b.code));
}
