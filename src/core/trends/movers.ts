import type { Dataset } from '../dataset';
import type { TieRule } from '../indicators/rank';
import type { IndexId } from '../types';
import { summarizeChange } from './change';
import type { ChangeSummary } from './change';
import { rankMovement } from './rank-movement';

export type MoverMeasure = 'value' | 'rank';

export interface Mover {
  iso3: string;
  change: ChangeSummary;
  fromRank: number | null;
  toRank: number | null;
  /** fromRank − toRank (positive = up). */
  rankMove: number | null;
}

const SCORE_SCALE = 1e5;

/** The number a mover is ordered by: the value change (index points) or the rank movement. */
export function moverScore(m: Mover, measure: MoverMeasure): number | null {
  return measure === 'value' ? m.change.absolute : m.rankMove;
}

/**
 * Biggest risers and fallers between two editions, among the countries `include` accepts.
 * Countries missing at either edition are left out (no change to order by). Ties at the
 * cut-off are all kept, so a list may be longer than `n`; equal scores (equal to 5 decimals,
 * the published precision) are listed by ISO3.
 * Ranks are world ranks under `rule`.
 */
export function movers(
  ds: Dataset,
  index: IndexId,
  fromYear: number,
  toYear: number,
  rule: TieRule,
  measure: MoverMeasure,
  n: number,
  include: (iso3: string) => boolean = () => true,
): { risers: Mover[]; fallers: Mover[]; scored: number } {
  const all = rankMovement(ds, index, fromYear, toYear, rule)
    .filter((r) => include(r.iso3))
    .map((r) => ({
      iso3: r.iso3,
      change: summarizeChange(
        { year: fromYear, value: ds.get(fromYear, r.iso3)?.[index] ?? null },
        { year: toYear, value: ds.get(toYear, r.iso3)?.[index] ?? null },
      ),
      fromRank: r.fromRank,
      toRank: r.toRank,
      rankMove: r.movement,
    }))
    .filter((m) => moverScore(m, measure) !== null);
  // Scores compared at the published precision (5 decimals): 0.6 − 0.5 and 0.4 − 0.3 are
  // both +0.1 and tie, although their floating-point differences are not equal.
  const score = (m: Mover) => Math.round((moverScore(m, measure) ?? 0) * SCORE_SCALE);
  const take = (sorted: Mover[], keep: (m: Mover) => boolean) => {
    const cut = sorted[n - 1];
    const kept = cut === undefined ? sorted : sorted.filter((m, i) => i < n || score(m) === score(cut));
    return kept.filter(keep);
  };
  const byIso = (a: Mover, b: Mover) => a.iso3.localeCompare(b.iso3);
  const desc = [...all].sort((a, b) => score(b) - score(a) || byIso(a, b));
  const asc = [...all].sort((a, b) => score(a) - score(b) || byIso(a, b));
  return {
    risers: take(desc, (m) => score(m) > 0),
    fallers: take(asc, (m) => score(m) < 0),
    scored: all.length,
  };
}
