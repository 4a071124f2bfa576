import { mean } from 'd3-array';
import type { Dataset } from '../dataset';
import type { AggregateMetric, AggregateScope, PublishedAggregate } from '../load/published-aggregates';
import { egdiGroup } from './groups';
import type { EgdiGroup } from './groups';

/** The statistic a published figure states: edition, scope, metric and group(s). */
export interface AggregateQuery {
  year: number;
  scope: AggregateScope;
  metric: AggregateMetric;
  groups: readonly EgdiGroup[];
}

export interface ComputedAggregate {
  /** The figure computed from the dataset; null when no country of the scope was assessed. */
  value: number | null;
  /** Countries of the scope assessed (EGDI present) in the edition. */
  assessed: number;
}

/**
 * Computes from a dataset the statistic the UN publishes in its survey reports, over the
 * countries of `scope` assessed in `year` (EGDI present; a missing value is left out,
 * never counted as 0), with the project's EGDI group thresholds (indicators/groups.ts)
 * and regions (countries.csv, UN M49).
 */
export function computeAggregate(ds: Dataset, q: AggregateQuery): ComputedAggregate {
  const assessedIn = (scope: AggregateScope) =>
    ds
      .rowsForYear(q.year)
      .filter((r) => scope === 'World' || ds.countries.get(r.iso3)?.region === scope)
      .flatMap((r) => (r.egdi === null ? [] : [r.egdi]));
  const values = assessedIn(q.scope);
  const n = values.length;
  if (n === 0) return { value: null, assessed: 0 };
  const inGroups = values.filter((v) => {
    const g = egdiGroup(v);
    return g !== null && q.groups.includes(g);
  }).length;
  switch (q.metric) {
    case 'mean_egdi':
      return { value: mean(values) ?? null, assessed: n };
    case 'countries':
      return { value: n, assessed: n };
    case 'count_in_group':
      return { value: inGroups, assessed: n };
    case 'percent_in_group':
      return { value: (100 * inGroups) / n, assessed: n };
    case 'count_above_world_mean': {
      const world = mean(assessedIn('World')) ?? Number.NaN;
      return { value: values.filter((v) => v > world).length, assessed: n };
    }
  }
}

export interface PublishedComparison {
  published: PublishedAggregate;
  computed: ComputedAggregate;
  /** The computed figure at the published precision ("0.8493"); null when none computed. */
  computedAtPrecision: string | null;
  /** The published figure written at its own precision. */
  publishedAtPrecision: string;
  matches: boolean;
}

/**
 * `x` written with `decimals` decimals, rounding half up as a person (or a spreadsheet's
 * ROUND) does on the exact decimal value. `toFixed` alone rounds the binary double, so the
 * mean of 0.2 and 0.5 (0.35) would come out as "0.3". The nudge of 1e-7 (in units of the
 * last decimal) is far above binary error and far below the gap between a mean of at most
 * a few hundred 5-decimal values and the nearest half, so it only settles exact halves.
 */
export function atPrecision(x: number, decimals: number): string {
  const f = 10 ** decimals;
  const scaled = Math.round(Math.abs(x) * f + 1e-7);
  return `${x < 0 && scaled !== 0 ? '-' : ''}${(scaled / f).toFixed(decimals)}`;
}

/**
 * Compares a published figure with the one computed from the dataset at the published
 * precision: the computed value rounded to the published decimals must equal it
 * (published 0.8493 to 4 decimals: the computed mean rounded half up to 4 decimals).
 */
export function compareWithPublished(ds: Dataset, published: PublishedAggregate): PublishedComparison {
  const computed = computeAggregate(ds, published);
  const publishedAtPrecision = atPrecision(published.value, published.decimals);
  const computedAtPrecision =
    computed.value === null ? null : atPrecision(computed.value, published.decimals);
  return {
    published,
    computed,
    computedAtPrecision,
    publishedAtPrecision,
    matches: computedAtPrecision === publishedAtPrecision,
  };
}

/** The published figures for a statistic (several copies may cite it), in file order. */
export function publishedFor(rows: readonly PublishedAggregate[], q: AggregateQuery): PublishedAggregate[] {
  const groups = [...q.groups].sort().join('+');
  return rows.filter(
    (r) =>
      r.year === q.year &&
      r.scope === q.scope &&
      r.metric === q.metric &&
      [...r.groups].sort().join('+') === groups,
  );
}
