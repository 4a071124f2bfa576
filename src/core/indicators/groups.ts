/** UN EGDI groups. Thresholds: Very High > 0.75, High 0.50-0.75, Middle 0.25-0.50, Low < 0.25. */
export type EgdiGroup = 'very-high' | 'high' | 'middle' | 'low';

export const EGDI_GROUPS: readonly EgdiGroup[] = ['very-high', 'high', 'middle', 'low'];

/** The Very High threshold; a value must exceed it. */
export const VERY_HIGH_THRESHOLD = 0.75;
/** The High threshold; a value at or above it is High (up to Very High). */
export const HIGH_THRESHOLD = 0.5;
/** The Middle threshold; a value at or above it is Middle (up to High). */
export const MIDDLE_THRESHOLD = 0.25;

/**
 * The group of an EGDI value. A value exactly on a boundary goes to the upper group at
 * 0.50 and 0.25 and to High at 0.75 (Very High is strictly above 0.75). Null stays null.
 */
export function egdiGroup(value: number | null): EgdiGroup | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (value > VERY_HIGH_THRESHOLD) return 'very-high';
  if (value >= HIGH_THRESHOLD) return 'high';
  if (value >= MIDDLE_THRESHOLD) return 'middle';
  return 'low';
}
