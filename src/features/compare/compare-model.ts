import type { Dataset } from '../../core/dataset';
import type { TieRule } from '../../core/indicators/rank';
import { fasterPeers as countFaster, peerChanges } from '../../core/trends/peer-pace';
import type { PeerChange } from '../../core/trends/peer-pace';
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

export type { PeerChange };

export interface CompareModel {
  gaps: GapRow[];
  peers: PeerChange[];
  /** Focus country's change. */
  own: PeerChange | undefined;
  /** How many peers moved faster per year than the focus country (assessed at both ends); 0 when its own change is missing. */
  fasterPeers: number;
  /** Peers (the focus country left out) with a change per year: assessed at both editions. */
  peersAssessed: number;
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
  const value = (y: number, c: string) => ds.get(y, c)?.[index] ?? null;
  const peers = peerChanges(ds, index, base, year, members, rule);
  const own = peers.find((p) => p.iso3 === iso3);
  const pace = countFaster(peers, iso3);
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
    fasterPeers: pace.faster ?? 0,
    peersAssessed: pace.assessed,
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
