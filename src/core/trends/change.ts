/**
 * Change of one index value between two editions. Index values are on the UN scale
 * [0, 1]; changes are in index points on the same scale. A missing value (null) on
 * either side makes the change missing: missing is never read as zero.
 */

export interface YearValue {
  year: number;
  value: number | null;
}

/** v2 − v1, in index points; null when either is missing. */
export function absoluteChange(v1: number | null, v2: number | null): number | null {
  return v1 === null || v2 === null ? null : v2 - v1;
}

/**
 * (v2 − v1) / v1, as a fraction (0.1 = +10 %); null when either is missing or v1 is 0
 * (a change from zero has no relative size).
 */
export function relativeChange(v1: number | null, v2: number | null): number | null {
  if (v1 === null || v2 === null || v1 === 0) return null;
  return (v2 - v1) / v1;
}

/**
 * Linear annualized change: (v2 − v1) / (y2 − y1), in index points per year. Editions
 * are unevenly spaced (2003, 2004, 2005, 2008, 2010 ... 2024), so dividing by the
 * number of years, not the number of editions, is what makes two windows comparable.
 * Null when either value is missing or the years are equal.
 */
export function annualizedChange(a: YearValue, b: YearValue): number | null {
  const d = absoluteChange(a.value, b.value);
  if (d === null || a.year === b.year) return null;
  return d / (b.year - a.year);
}

/**
 * Compound annual growth rate: (v2 / v1)^(1 / (y2 − y1)) − 1, a fraction per year.
 * Null when either value is missing, either is not positive (the rate is undefined), or
 * the years are equal.
 */
export function compoundAnnualRate(a: YearValue, b: YearValue): number | null {
  if (a.value === null || b.value === null || a.year === b.year) return null;
  if (a.value <= 0 || b.value <= 0) return null;
  return (b.value / a.value) ** (1 / (b.year - a.year)) - 1;
}

export interface ChangeSummary {
  from: YearValue;
  to: YearValue;
  /** Index points. */
  absolute: number | null;
  /** Fraction of the starting value. */
  relative: number | null;
  /** Index points per year. */
  perYear: number | null;
  /** Fraction per year, compounded. */
  compound: number | null;
}

/** Every change statistic between two points, each null where it is undefined. */
export function summarizeChange(from: YearValue, to: YearValue): ChangeSummary {
  return {
    from,
    to,
    absolute: absoluteChange(from.value, to.value),
    relative: relativeChange(from.value, to.value),
    perYear: annualizedChange(from, to),
    compound: compoundAnnualRate(from, to),
  };
}
