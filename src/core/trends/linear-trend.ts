import { studentTQuantile } from './student-t';
import type { YearValue } from './change';

/**
 * Ordinary least-squares line value = intercept + slope · year over the assessed points
 * of a window (missing values are left out, not read as zero).
 */
export interface LinearFit {
  /** Index points per year. */
  slope: number;
  /** Value of the line at year 0 (use `predict`, not this, to read the line). */
  intercept: number;
  /** Share of the variance the line explains, in [0, 1]; null when all values are equal. */
  r2: number | null;
  /** Points used. */
  n: number;
  meanYear: number;
  /** Σ(year − meanYear)². */
  sxx: number;
  /** Residual standard error √(SSE / (n − 2)); null when n < 3. */
  residualSe: number | null;
}

/**
 * Running sums for a least-squares fit. Years are stored relative to `origin`, and values
 * relative to the first value added, so the squares stay small and Σy² − (Σy)²/n does not
 * cancel away the precision of a nearly flat series. Add points in any order.
 */
export interface LinearSums {
  origin: number;
  /** The first value added (null until then); values are summed relative to it. */
  valueOrigin: number | null;
  n: number;
  sx: number;
  sy: number;
  sxx: number;
  sxy: number;
  syy: number;
}

export function emptySums(origin: number): LinearSums {
  return { origin, valueOrigin: null, n: 0, sx: 0, sy: 0, sxx: 0, sxy: 0, syy: 0 };
}

/** Adds one point; a missing value is skipped (never read as zero). Mutates and returns `s`. */
export function addPoint(s: LinearSums, p: YearValue): LinearSums {
  if (p.value === null) return s;
  if (s.valueOrigin === null) s.valueOrigin = p.value;
  const x = p.year - s.origin;
  const y = p.value - s.valueOrigin;
  s.n += 1;
  s.sx += x;
  s.sy += y;
  s.sxx += x * x;
  s.sxy += x * y;
  s.syy += y * y;
  return s;
}

/**
 * The least-squares line from running sums: Sxx = Σx² − (Σx)²/n, Sxy = Σxy − ΣxΣy/n,
 * Syy = Σy² − (Σy)²/n, slope = Sxy/Sxx, SSE = Syy − Sxy²/Sxx. Null when fewer than two
 * points or all share one year.
 */
export function fitFromSums(s: LinearSums): LinearFit | null {
  const { n } = s;
  if (n < 2) return null;
  const sxx = s.sxx - (s.sx * s.sx) / n;
  // Below this, all x are equal up to rounding (years are integers, so a real spread is ≥ 0.5).
  if (sxx < 1e-9) return null;
  const sxy = s.sxy - (s.sx * s.sy) / n;
  const syy = s.syy - (s.sy * s.sy) / n;
  const slope = sxy / sxx;
  const meanX = s.sx / n;
  const meanY = s.sy / n + (s.valueOrigin ?? 0);
  const sse = Math.max(0, syy - (sxy * sxy) / sxx);
  return {
    slope,
    intercept: meanY - slope * (meanX + s.origin),
    // Values equal to rounding leave nothing to explain.
    r2: syy <= 1e-15 ? null : Math.min(1, Math.max(0, 1 - sse / syy)),
    n,
    meanYear: meanX + s.origin,
    sxx,
    residualSe: n > 2 ? Math.sqrt(sse / (n - 2)) : null,
  };
}

/**
 * Fits the least-squares line through the assessed points. Null when fewer than two
 * points are assessed or all share one year (no slope is defined).
 */
export function fitLinear(points: readonly YearValue[]): LinearFit | null {
  const s = emptySums(points[0]?.year ?? 0);
  for (const p of points) addPoint(s, p);
  return fitFromSums(s);
}

/** The fitted line's value at `year`. */
export function predict(fit: LinearFit, year: number): number {
  return fit.intercept + fit.slope * year;
}

export interface Projection {
  year: number;
  /** The line's value at `year` (a projection, not data). */
  value: number;
  /**
   * Prediction interval for one new observation at `year`:
   * ŷ ± t(1 − (1 − level)/2, n − 2) · s · √(1 + 1/n + (year − ȳear)² / Sxx),
   * where s is the residual standard error and t the Student-t quantile. Null when the
   * fit has fewer than 3 points (no residual degrees of freedom).
   */
  lower: number | null;
  upper: number | null;
  level: number;
}

/** Projects the fitted line to `year` with a Student-t prediction interval (default 95 %). */
export function project(fit: LinearFit, year: number, level = 0.95): Projection {
  const value = predict(fit, year);
  if (fit.residualSe === null) return { year, value, lower: null, upper: null, level };
  const t = studentTQuantile(1 - (1 - level) / 2, fit.n - 2);
  const half = t * fit.residualSe * Math.sqrt(1 + 1 / fit.n + (year - fit.meanYear) ** 2 / fit.sxx);
  return { year, value, lower: value - half, upper: value + half, level };
}

/**
 * The two editions a projection is drawn for: the next two after the latest edition in the
 * data (the survey is biennial since 2008), so an imported 2026 edition is data, not a
 * projection, and the projection moves on to 2028 and 2030.
 */
export function projectionYears(latestEdition: number): [number, number] {
  return [latestEdition + 2, latestEdition + 4];
}
