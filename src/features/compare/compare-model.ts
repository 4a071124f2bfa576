import type { Dataset } from '../../core/dataset';
import { rankValues } from '../../core/indicators/rank';
import type { TieRule } from '../../core/indicators/rank';
import { summarizeChange } from '../../core/trends/change';
import type { ChangeSummary } from '../../core/trends/change';
import { decomposeEgdi } from '../../core/trends/decomposition';
import type { EgdiDecomposition } from '../../core/trends/decomposition';
import { gapReport } from '../../core/trends/gap-report';
import type { GapRow } from '../../core/trends/gap-report';
import { fitLinear, predict, project, projectionYears } from '../../core/trends/linear-trend';
import type { LinearFit, Projection } from '../../core/trends/linear-trend';
import { summarize } from '../../core/trends/summary';
import type { ValueSummary } from '../../core/trends/summary';
import { standingOf } from '../../core/trends/standing';
import type { Standing } from '../../core/trends/standing';
import type { IndexId } from '../../core/types';

export interface CompareInput {
  iso3: string;
  index: IndexId;
  base: number;
  year: number;
  /** Members of the peer group (the focus country is added if absent). */
  peers: readonly string[];
  /** A single peer country for the gap, or null. */
  peerIso3: string | null;
  rule: TieRule;
}

export interface PeerChange {
  iso3: string;
  change: ChangeSummary;
  /** Rank within the world under `rule`, at base and at year. */
  fromRank: number | null;
  toRank: number | null;
}

export interface CompareModel {
  gaps: GapRow[];
  peers: PeerChange[];
  /** Focus country's change. */
  own: PeerChange | undefined;
  /** How many peers moved faster per year than the focus country (assessed at both ends). */
  fasterPeers: number;
  decomposition: EgdiDecomposition | null;
  aggregates: { base: ValueSummary; year: ValueSummary };
  world: Standing;
  region: Standing;
  fit: LinearFit | null;
  fitted: { year: number; value: number }[];
  projections: Projection[];
}

/**
 * Everything the Compare page shows, from the core statistics: gaps (leader, top-10
 * mean, peer, Very High 0.75), each peer's change between the two editions, the EGDI
 * decomposition, group aggregates, standing, and the trend over base..year projected to
 * the next two editions after the latest in the data. Missing values stay null throughout.
 */
export function buildCompareModel(ds: Dataset, input: CompareInput): CompareModel {
  const { iso3, index, base, year, rule } = input;
  const members = input.peers.includes(iso3) ? [...input.peers] : [iso3, ...input.peers];
  const ranks = (y: number) =>
    rankValues(
      ds.rowsForYear(y).map((r) => ({ key: r.iso3, value: r[index] })),
      rule,
    );
  const rb = ranks(base);
  const ry = ranks(year);
  const value = (y: number, c: string) => ds.get(y, c)?.[index] ?? null;
  const peers = members.map((c) => ({
    iso3: c,
    change: summarizeChange({ year: base, value: value(base, c) }, { year, value: value(year, c) }),
    fromRank: rb.get(c) ?? null,
    toRank: ry.get(c) ?? null,
  }));
  const own = peers.find((p) => p.iso3 === iso3);
  const ownPace = own?.change.perYear ?? null;
  const fasterPeers =
    ownPace === null
      ? 0
      : peers.filter((p) => p.iso3 !== iso3 && (p.change.perYear ?? -Infinity) > ownPace).length;
  const rowB = ds.get(base, iso3);
  const rowY = ds.get(year, iso3);
  const series = ds.series(iso3, index).filter((p) => p.year >= base && p.year <= year);
  const fit = fitLinear(series);
  const region = ds.countries.get(iso3)?.region;
  const yearValues = ds.rowsForYear(year);
  return {
    gaps: gapReport(ds, index, iso3, base, year, input.peerIso3),
    peers,
    own,
    fasterPeers,
    decomposition: rowB && rowY ? decomposeEgdi(rowB, rowY) : null,
    aggregates: {
      base: summarize(members.map((c) => value(base, c))),
      year: summarize(members.map((c) => value(year, c))),
    },
    world: standingOf(
      value(year, iso3),
      yearValues.map((r) => r[index]),
    ),
    region: standingOf(
      value(year, iso3),
      yearValues.filter((r) => ds.countries.get(r.iso3)?.region === region).map((r) => r[index]),
    ),
    fit,
    fitted: fit ? series.map((p) => ({ year: p.year, value: predict(fit, p.year) })) : [],
    projections: fit ? projectionYears(ds.editions.at(-1) ?? year).map((y) => project(fit, y)) : [],
  };
}
