import { bisectLeft, bisectRight, deviation, mean } from 'd3-array';

/**
 * Where one value stands among others (world or region, one edition). Missing values
 * are left out of the reference set; a missing value has no standing (null).
 */
export interface Standing {
  /**
   * Percentile rank in [0, 100]: (count below + ½ · count equal) / n · 100, so ties share
   * the midpoint and the top of 193 distinct values sits at 99.7, not 100.
   */
  percentile: number | null;
  /** (value − mean) / sample standard deviation (n − 1); null when it is 0 or n < 2. */
  z: number | null;
  /** Assessed values in the reference set. */
  n: number;
}

/** A reference set prepared once (sorted, mean, standard deviation) for many look-ups. */
export interface StandingReference {
  sorted: number[];
  mean: number | null;
  sd: number | null;
}

export function standingReference(reference: readonly (number | null)[]): StandingReference {
  const sorted = reference.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const sd = deviation(sorted);
  return { sorted, mean: mean(sorted) ?? null, sd: sd === undefined || sd === 0 ? null : sd };
}

/** The standing of `value` within a prepared reference (which should include it). */
export function standingIn(ref: StandingReference, value: number | null): Standing {
  const n = ref.sorted.length;
  if (value === null || n === 0) return { percentile: null, z: null, n };
  const below = bisectLeft(ref.sorted, value);
  const equal = bisectRight(ref.sorted, value) - below;
  return {
    percentile: ((below + equal / 2) / n) * 100,
    z: ref.sd === null || ref.mean === null ? null : (value - ref.mean) / ref.sd,
    n,
  };
}

/** The standing of `value` within `reference` (which should include it). */
export function standingOf(value: number | null, reference: readonly (number | null)[]): Standing {
  return standingIn(standingReference(reference), value);
}
