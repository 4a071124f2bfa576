// Type-ahead matching for the pickers (countries, peer groups, metrics). Pure: no DOM, so
// the same rules are tested in Node and run in the page.

/**
 * Text folded for matching: decomposed (NFD) with its combining marks removed, so "Côte"
 * matches "cote", then lower-cased. Chinese characters have no marks and pass unchanged.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
}

/** What a picker item is searched by: its names (any language) and an optional code (ISO3). */
export interface SearchKeys {
  names: readonly string[];
  code?: string;
}

/**
 * How well `query` matches an item, lower is better, null for no match:
 * 0 the code exactly (case-insensitive, "chn" → CHN), 1 a name starts with the query,
 * 2 a word of a name starts with it, 3 a name contains it (how Chinese names are found:
 * "巴西" in "巴西"), 4 the code starts with it. An empty query matches everything at 0.
 */
export function matchRank(query: string, keys: SearchKeys): number | null {
  const q = foldText(query);
  if (q === '') return 0;
  const code = keys.code ? keys.code.toLowerCase() : '';
  if (code !== '' && code === q) return 0;
  let best: number | null = null;
  for (const raw of keys.names) {
    const name = foldText(raw);
    if (name === '') continue;
    const at = name.indexOf(q);
    if (at < 0) continue;
    const rank = at === 0 ? 1 : /[\s\-(,'’]/u.test(name[at - 1] ?? '') ? 2 : 3;
    if (best === null || rank < best) best = rank;
  }
  if (best === null && code !== '' && code.startsWith(q)) return 4;
  return best;
}

/**
 * The items matching `query`, best first; items of equal rank keep their given order (the
 * picker's alphabetical order), so the list does not jump about while the user types.
 */
export function matchItems<T>(query: string, items: readonly T[], keys: (item: T) => SearchKeys): T[] {
  return items
    .map((item, i) => ({ item, i, rank: matchRank(query, keys(item)) }))
    .filter((x): x is { item: T; i: number; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.item);
}
