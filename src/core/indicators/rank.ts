/**
 * How tied values share ranks.
 * - `competition` (standard competition, "1224"): ties share the best rank and the next
 *   rank skips; this is how the UN publishes the EGDI rank.
 * - `dense` ("1223"): ties share a rank and the next rank does not skip.
 */
export type TieRule = 'competition' | 'dense';

export interface Ranked<K> {
  key: K;
  value: number | null;
}

/**
 * Ranks values from highest (rank 1) to lowest. Entries whose value is null are not
 * ranked (their rank is null) and do not take a place. Values equal after rounding to
 * `decimals` (default 5, the published precision) count as ties.
 */
export function rankValues<K>(
  entries: readonly Ranked<K>[],
  rule: TieRule,
  decimals = 5,
): Map<K, number | null> {
  const scale = 10 ** decimals;
  const present = entries
    .filter((e): e is { key: K; value: number } => e.value !== null && Number.isFinite(e.value))
    .map((e) => ({ key: e.key, v: Math.round(e.value * scale) }))
    .sort((a, b) => b.v - a.v);
  const out = new Map<K, number | null>();
  let rank = 0;
  let dense = 0;
  let prev: number | null = null;
  present.forEach((e, i) => {
    if (e.v !== prev) {
      rank = i + 1;
      dense += 1;
      prev = e.v;
    }
    out.set(e.key, rule === 'competition' ? rank : dense);
  });
  for (const e of entries) if (!out.has(e.key)) out.set(e.key, null);
  return out;
}
