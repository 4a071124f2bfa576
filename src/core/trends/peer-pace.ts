import type { Dataset } from '../dataset';
import { rankValues } from '../indicators/rank';
import type { TieRule } from '../indicators/rank';
import type { IndexId } from '../types';
import { summarizeChange } from './change';
import type { ChangeSummary } from './change';

/** One member of a peer group: its change between two editions and its world ranks. */
export interface PeerChange {
  iso3: string;
  change: ChangeSummary;
  /** Rank within the world under the rule given, at the earlier and the later edition. */
  fromRank: number | null;
  toRank: number | null;
}

/**
 * Each member's change of `index` from `base` to `year` (missing values stay null, see
 * summarizeChange) with its world rank at both editions under `rule`, in member order.
 */
export function peerChanges(
  ds: Dataset,
  index: IndexId,
  base: number,
  year: number,
  members: readonly string[],
  rule: TieRule,
): PeerChange[] {
  const ranks = (y: number) =>
    rankValues(
      ds.rowsForYear(y).map((r) => ({ key: r.iso3, value: r[index] })),
      rule,
    );
  const rb = ranks(base);
  const ry = ranks(year);
  const value = (y: number, c: string) => ds.get(y, c)?.[index] ?? null;
  return members.map((c) => ({
    iso3: c,
    change: summarizeChange({ year: base, value: value(base, c) }, { year, value: value(year, c) }),
    fromRank: rb.get(c) ?? null,
    toRank: ry.get(c) ?? null,
  }));
}

/**
 * How many peers (the focus country left out) moved faster per year than the focus
 * country, and how many peers have a change per year at all (assessed at both editions).
 * `faster` is null when the focus country's own change is missing: nothing to compare with.
 */
export function fasterPeers(
  peers: readonly PeerChange[],
  iso3: string,
): { faster: number | null; assessed: number; own: number | null } {
  const own = peers.find((p) => p.iso3 === iso3)?.change.perYear ?? null;
  const others = peers.filter((p) => p.iso3 !== iso3 && p.change.perYear !== null);
  return {
    faster: own === null ? null : others.filter((p) => (p.change.perYear ?? -Infinity) > own).length,
    assessed: others.length,
    own,
  };
}
