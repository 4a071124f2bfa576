// The range of editions Trends draws: `from` and `to` from the URL (null = the first or
// last edition), resolved against the editions in the data on screen.

export interface EditionRange {
  from: number;
  to: number;
  /** The editions within from..to, ascending: what the chart, the table and exports hold. */
  years: number[];
  /** True when the range holds every edition (the default; nothing in the URL). */
  whole: boolean;
}

/**
 * Resolves a range. A reversed pair (from=2024&to=2012, typed by hand) is read as the span
 * it names rather than as an empty one; a range that holds no edition falls back to all.
 */
export function editionRange(
  editions: readonly number[],
  from: number | null,
  to: number | null,
): EditionRange {
  const all = [...editions].sort((a, b) => a - b);
  const first = all[0] ?? 0;
  const last = all.at(-1) ?? first;
  let lo = from ?? first;
  let hi = to ?? last;
  if (lo > hi) [lo, hi] = [hi, lo];
  const years = all.filter((y) => y >= lo && y <= hi);
  if (years.length === 0) return { from: first, to: last, years: all, whole: true };
  return {
    from: years[0] ?? first,
    to: years.at(-1) ?? last,
    years,
    whole: years.length === all.length,
  };
}

/** The editions each end of the range may take: from never after to, to never before from. */
export function rangeChoices(
  editions: readonly number[],
  range: EditionRange,
): { from: number[]; to: number[] } {
  const all = [...editions].sort((a, b) => a - b);
  return { from: all.filter((y) => y <= range.to), to: all.filter((y) => y >= range.from) };
}

/**
 * The URL values for a range: an end at the first or last edition is left out (null), so
 * the default range keeps the URL clean and a link keeps following the data's editions.
 */
export function rangeParams(
  editions: readonly number[],
  from: number,
  to: number,
): { from: number | null; to: number | null } {
  const all = [...editions].sort((a, b) => a - b);
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return { from: lo === all[0] ? null : lo, to: hi === all.at(-1) ? null : hi };
}
