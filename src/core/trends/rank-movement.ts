import type { Dataset } from '../dataset';
import { rankValues } from '../indicators/rank';
import type { TieRule } from '../indicators/rank';
import type { IndexId } from '../types';

export interface RankMove {
  iso3: string;
  fromRank: number | null;
  toRank: number | null;
  /** fromRank − toRank: positive = moved up; null when either rank is missing. */
  movement: number | null;
}

/**
 * Rank of every country in two editions under `rule` (see rankValues: highest value is
 * rank 1, values equal to 5 decimals tie, unassessed countries have no rank) and the
 * movement between them. Countries present in either edition are listed.
 */
export function rankMovement(
  ds: Dataset,
  index: IndexId,
  fromYear: number,
  toYear: number,
  rule: TieRule,
): RankMove[] {
  const ranks = (year: number) =>
    rankValues(
      ds.rowsForYear(year).map((r) => ({ key: r.iso3, value: r[index] })),
      rule,
    );
  const a = ranks(fromYear);
  const b = ranks(toYear);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.map((iso3) => {
    const fromRank = a.get(iso3) ?? null;
    const toRank = b.get(iso3) ?? null;
    return {
      iso3,
      fromRank,
      toRank,
      movement: fromRank === null || toRank === null ? null : fromRank - toRank,
    };
  });
}
