import type { YearValue } from './change';

/**
 * Gap of a country to a target value, and how long it takes to close at the current pace.
 * All values in index points; a positive gap means the country is below the target.
 */

/** target − value; null when either is missing. */
export function gapTo(value: number | null, target: number | null): number | null {
  return value === null || target === null ? null : target - value;
}

/** Years between future editions assumed when counting editions to close (biennial since 2008). */
export const EDITION_SPACING_YEARS = 2;

export type ClosingOutlook =
  | { kind: 'closed' }
  | { kind: 'not-closing' }
  | { kind: 'closing'; years: number; editions: number }
  | { kind: 'unknown' };

/**
 * How a gap develops between two editions and when it closes at that pace.
 * Pace = (gap at start − gap at end) / (end year − start year), index points per year; it
 * covers moving targets (leader, top-10 mean, a peer) and fixed ones (0.75) alike.
 * - `closed`: gap at end ≤ 0 (at or above the target);
 * - `not-closing`: pace ≤ 0 (the gap stayed or widened);
 * - `closing`: years = gap at end / pace, editions = ⌈years / EDITION_SPACING_YEARS⌉;
 * - `unknown`: a gap is missing or the years are equal.
 */
export function closingOutlook(start: YearValue, end: YearValue): ClosingOutlook {
  return outlookFromGaps(start.value, end.value, end.year - start.year);
}

// Shared results for the outcomes that carry no figures (the benchmark computes ~190,000).
const CLOSED: ClosingOutlook = Object.freeze({ kind: 'closed' });
const NOT_CLOSING: ClosingOutlook = Object.freeze({ kind: 'not-closing' });
const UNKNOWN: ClosingOutlook = Object.freeze({ kind: 'unknown' });

/** closingOutlook from the two gaps and the years between them (see there). */
export function outlookFromGaps(fromGap: number | null, toGap: number | null, years: number): ClosingOutlook {
  if (fromGap === null || toGap === null || years === 0) return UNKNOWN;
  if (toGap <= 0) return CLOSED;
  const pace = (fromGap - toGap) / years;
  if (pace <= 0) return NOT_CLOSING;
  const toClose = toGap / pace;
  // The 1e-9 absorbs floating-point noise, so 4.000000000001 years is 2 editions, not 3.
  return { kind: 'closing', years: toClose, editions: Math.ceil(toClose / EDITION_SPACING_YEARS - 1e-9) };
}

/** Per-year pace at which a gap shrinks (positive = closing); null when undefined. */
export function closingPace(start: YearValue, end: YearValue): number | null {
  if (start.value === null || end.value === null || start.year === end.year) return null;
  return (start.value - end.value) / (end.year - start.year);
}
