import { max, median, min, quantileSorted } from 'd3-array';

/**
 * Summary of a set of index values (a group in one edition). Missing values are left
 * out and counted separately; with no assessed value every statistic is null.
 * Quartiles use linear interpolation between order statistics (d3-array `quantile`,
 * the R-7 / spreadsheet QUARTILE.INC rule).
 */
export interface ValueSummary {
  /** Assessed values. */
  count: number;
  /** Members with no value. */
  missing: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  q1: number | null;
  q3: number | null;
  /** q3 − q1. */
  iqr: number | null;
}

export function summarize(values: readonly (number | null)[]): ValueSummary {
  const vs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const count = vs.length;
  const missing = values.length - count;
  if (count === 0) {
    return { count, missing, mean: null, median: null, min: null, max: null, q1: null, q3: null, iqr: null };
  }
  const q1 = quantileSorted(vs, 0.25) ?? null;
  const q3 = quantileSorted(vs, 0.75) ?? null;
  return {
    count,
    missing,
    mean: vs.reduce((s, v) => s + v, 0) / count,
    median: median(vs) ?? null,
    min: min(vs) ?? null,
    max: max(vs) ?? null,
    q1,
    q3,
    iqr: q1 === null || q3 === null ? null : q3 - q1,
  };
}
