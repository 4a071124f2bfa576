// The Provinces metric picker's list: metrics grouped by the kind of figure the catalogue
// gives each (its unit: groupings and ranks of the national assessments first, then
// scores, shares, counts...), filtered by what the user typed, and each metric's figure
// for the province clicked on the map. Pure, for Node tests.

import { matchItems } from '../../core/search/match';
import type { MetricRow, MetricUnit } from '../../core/load/metrics';

/** The order of the groups: the cross-province assessments first, then the provinces' own figures. */
export const UNIT_ORDER: readonly MetricUnit[] = [
  'group',
  'rank',
  'index',
  'percent',
  'ratio',
  'count',
  'days',
  'visits',
];

export interface MetricGroup<T> {
  unit: MetricUnit;
  items: T[];
}

/**
 * The metrics matching `query` (by their Chinese and English names), in groups by unit in
 * UNIT_ORDER. Within a group, metrics with a figure for the clicked province come first
 * (`hasFigure`; all alike when no province is open), then best match, then given order.
 */
export function groupMetrics<T>(
  metrics: readonly T[],
  query: string,
  keys: (m: T) => { unit: MetricUnit; nameZh: string; nameEn: string },
  hasFigure: (m: T) => boolean = () => false,
): MetricGroup<T>[] {
  const matched = matchItems(query, metrics, (m) => {
    const k = keys(m);
    return { names: [k.nameZh, k.nameEn] };
  });
  const byUnit = new Map<MetricUnit, T[]>();
  for (const m of matched) {
    const unit = keys(m).unit;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), m]);
  }
  const order = (u: MetricUnit) => {
    const i = UNIT_ORDER.indexOf(u);
    return i < 0 ? UNIT_ORDER.length : i;
  };
  return [...byUnit]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([unit, items]) => ({
      unit,
      // A stable sort: figures first, the match order kept inside each part.
      items: [...items].sort((a, b) => Number(hasFigure(b)) - Number(hasFigure(a))),
    }));
}

/**
 * Every metric's latest figure for one province, by metric id: the row of the latest year
 * (an undated row only when there is no dated one); of rows of one year the first (the
 * newest import). A metric the province has no row of is absent (no data, never zero).
 */
export function latestFigures(rows: readonly MetricRow[], regionCode: string): Map<string, MetricRow> {
  const out = new Map<string, MetricRow>();
  for (const r of rows) {
    if (r.regionCode !== regionCode) continue;
    const best = out.get(r.metricId);
    if (!best || (r.year ?? -Infinity) > (best.year ?? -Infinity)) out.set(r.metricId, r);
  }
  return out;
}
