import type { Dataset } from '../dataset';
import { topNMean } from '../indicators/aggregates';
import { VERY_HIGH_THRESHOLD } from '../indicators/groups';
import { rankValues } from '../indicators/rank';
import type { TieRule } from '../indicators/rank';
import { INDEX_IDS } from '../types';
import type { IndexId } from '../types';
import { summarizeChange } from './change';
import type { ChangeSummary } from './change';
import { decomposeEgdi } from './decomposition';
import type { EgdiDecomposition } from './decomposition';
import { gapTo, outlookFromGaps } from './gap';
import type { ClosingOutlook } from './gap';
import { addPoint, emptySums, fitFromSums, project, projectionYears } from './linear-trend';
import type { LinearFit, Projection } from './linear-trend';
import { standingIn, standingReference } from './standing';
import type { Standing } from './standing';

/** Every statistic of one country, one index, one pair of editions (from < to). */
export interface PairStatistics {
  iso3: string;
  index: IndexId;
  fromYear: number;
  toYear: number;
  change: ChangeSummary;
  fromRank: number | null;
  toRank: number | null;
  /** fromRank − toRank under the rule given (positive = moved up). */
  rankMovement: number | null;
  /** Least-squares line over the editions from..to (inclusive) and its projections. */
  fit: LinearFit | null;
  projections: Projection[];
  gapLeader: ClosingOutlook;
  gapTop10: ClosingOutlook;
  gapVeryHigh: ClosingOutlook;
  /** Standing at `toYear` within the world and within the country's region. */
  world: Standing;
  region: Standing;
  /** EGDI only: the decomposition of its change; null for the other indices. */
  decomposition: EgdiDecomposition | null;
}

function gapOutlook(
  fromYear: number,
  toYear: number,
  a: number | null,
  b: number | null,
  ta: number | null,
  tb: number | null,
): ClosingOutlook {
  return outlookFromGaps(gapTo(a, ta), gapTo(b, tb), toYear - fromYear);
}

const NO_STANDING: Standing = { percentile: null, z: null, n: 0 };

/**
 * Computes every trend statistic for every country, every index and every pair of
 * editions (the benchmark's workload, and what an export of "all statistics" would
 * hold). Per-edition references (ranks, leader, top-10 mean, world and region values)
 * are computed once and shared. Calls `emit` per result so nothing is kept unless asked.
 */
export function forEachPairStatistic(ds: Dataset, rule: TieRule, emit: (s: PairStatistics) => void): void {
  const eds = ds.editions;
  // Projections go to the two editions after the latest in the data.
  const ahead = projectionYears(eds.at(-1) ?? 0);
  const isos = [...ds.countries.keys()];
  // Each country's row per edition, looked up once rather than once per pair and index.
  const rowsOf = new Map(isos.map((iso3) => [iso3, eds.map((year) => ds.get(year, iso3))]));
  for (const index of INDEX_IDS) {
    const top10 = new Map(topNMean(ds, index, 10).map((a) => [a.year, a.value]));
    const perYear = new Map(
      eds.map((year) => {
        const rows = ds.rowsForYear(year);
        const values = rows.map((r) => r[index]);
        const ranks = rankValues(
          rows.map((r) => ({ key: r.iso3, value: r[index] })),
          rule,
        );
        const leader = values.reduce<number | null>(
          (m, v) => (v !== null && (m === null || v > m) ? v : m),
          null,
        );
        const byRegion = new Map<string, (number | null)[]>();
        for (const r of rows) {
          const region = ds.countries.get(r.iso3)?.region ?? '';
          const list = byRegion.get(region) ?? [];
          list.push(r[index]);
          byRegion.set(region, list);
        }
        // Standing depends only on the edition, so it is computed once per country here.
        const world = standingReference(values);
        const regions = new Map([...byRegion].map(([k, v]) => [k, standingReference(v)]));
        const standing = new Map(
          rows.map((r) => {
            const region = regions.get(ds.countries.get(r.iso3)?.region ?? '');
            return [
              r.iso3,
              {
                world: standingIn(world, r[index]),
                region: region ? standingIn(region, r[index]) : NO_STANDING,
              },
            ];
          }),
        );
        return [year, { ranks, leader, standing, top10: top10.get(year) ?? null }] as const;
      }),
    );
    const refs = eds.map((year) => perYear.get(year));
    for (const iso3 of isos) {
      const countryRows = rowsOf.get(iso3) ?? [];
      const series = eds.map((year, k) => ({ year, value: countryRows[k]?.[index] ?? null }));
      // This country's rank and standing per edition, looked up once, not once per pair.
      const rankAt = refs.map((ref) => ref?.ranks.get(iso3) ?? null);
      const standingAt = refs.map((ref) => ref?.standing.get(iso3));
      for (let i = 0; i < eds.length; i++) {
        // The fit window grows by one edition per step, so the sums are extended, not redone.
        const sums = emptySums(eds[i] ?? 0);
        const first = series[i];
        if (first) addPoint(sums, first);
        for (let j = i + 1; j < eds.length; j++) {
          const a = series[i];
          const b = series[j];
          const fromYear = eds[i];
          const toYear = eds[j];
          if (!a || !b || fromYear === undefined || toYear === undefined) continue;
          const pa = refs[i];
          const pb = refs[j];
          if (!pa || !pb) continue;
          const fromRank = rankAt[i] ?? null;
          const toRank = rankAt[j] ?? null;
          const standing = standingAt[j];
          addPoint(sums, b);
          const fit = fitFromSums(sums);
          const rowA = countryRows[i];
          const rowB = countryRows[j];
          emit({
            iso3,
            index,
            fromYear,
            toYear,
            change: summarizeChange(a, b),
            fromRank,
            toRank,
            rankMovement: fromRank === null || toRank === null ? null : fromRank - toRank,
            fit,
            projections: fit ? ahead.map((y) => project(fit, y)) : [],
            gapLeader: gapOutlook(fromYear, toYear, a.value, b.value, pa.leader, pb.leader),
            gapTop10: gapOutlook(fromYear, toYear, a.value, b.value, pa.top10, pb.top10),
            gapVeryHigh: gapOutlook(
              fromYear,
              toYear,
              a.value,
              b.value,
              VERY_HIGH_THRESHOLD,
              VERY_HIGH_THRESHOLD,
            ),
            world: standing?.world ?? NO_STANDING,
            region: standing?.region ?? NO_STANDING,
            decomposition: index === 'egdi' && rowA && rowB ? decomposeEgdi(rowA, rowB) : null,
          });
        }
      }
    }
  }
}
