import type { MetricRow } from '../../core/load/metrics';

/** Group colours, best first; 优秀/良好 belong to a different evaluation and get their own hues. */
export const GROUP_COLOURS: Record<string, { bg: string; fg: string }> = {
  非常高: { bg: '#0b5d3b', fg: '#fff' },
  高: { bg: '#3f9b5a', fg: '#fff' },
  中: { bg: '#f0c75e', fg: '#1d2433' },
  低: { bg: '#d9534f', fg: '#fff' },
  优秀: { bg: '#1d4e89', fg: '#fff' },
  良好: { bg: '#8ab6e0', fg: '#1d2433' },
};

export const NO_DATA = { bg: '#eceff3', fg: '#5b6477' };

const LOW = [222, 235, 247];
const HIGH = [8, 69, 148];

/**
 * Colour for a numeric figure on a light-to-dark scale between the snapshot's min and
 * max; darker is better (so for lower-is-better metrics the scale is reversed).
 */
export function numericColour(value: number, min: number, max: number, higherIsBetter: boolean) {
  let t = max === min ? 1 : (value - min) / (max - min);
  if (!higherIsBetter) t = 1 - t;
  const c = LOW.map((lo, i) => Math.round(lo + ((HIGH[i] ?? lo) - lo) * t));
  return { bg: `rgb(${c.join(',')})`, fg: t > 0.5 ? '#fff' : '#1d2433' };
}

export function rowColour(
  row: MetricRow | undefined,
  range: { min: number; max: number },
  higherIsBetter: boolean,
): { bg: string; fg: string } {
  if (!row) return NO_DATA;
  if (row.group !== null) return GROUP_COLOURS[row.group] ?? NO_DATA;
  if (row.value === null) return NO_DATA;
  return numericColour(row.value, range.min, range.max, higherIsBetter);
}
