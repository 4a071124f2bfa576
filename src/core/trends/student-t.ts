/**
 * Student's t distribution for integer degrees of freedom, enough for prediction
 * intervals of a least-squares line over at most a dozen editions.
 *
 * The density's constant Γ((ν+1)/2) / (√(νπ) Γ(ν/2)) is built by the exact recurrence
 * Γ((ν+3)/2)/Γ((ν+2)/2) = Γ((ν+1)/2)/Γ(ν/2) · (ν+1)/ν from ν = 1 and ν = 2, so no
 * gamma-function approximation is needed; the CDF integrates the density with
 * composite Simpson's rule, and the quantile inverts it by bisection.
 */

function gammaRatio(df: number): number {
  // Γ((ν+1)/2) / Γ(ν/2): ν = 1 → 1/√π, ν = 2 → √π/2.
  let r = df % 2 === 1 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
  for (let v = df % 2 === 1 ? 1 : 2; v < df; v += 2) r *= (v + 1) / v;
  return r;
}

function density(df: number, c: number, t: number): number {
  return c * (1 + (t * t) / df) ** (-(df + 1) / 2);
}

const SIMPSON_STEPS = 2000;

/** P(T ≤ t) for T ~ t(df); df a positive integer. */
export function studentTCdf(t: number, df: number): number {
  if (!Number.isInteger(df) || df < 1)
    throw new RangeError(`degrees of freedom must be a positive integer: ${df}`);
  if (t === 0) return 0.5;
  if (t < 0) return 1 - studentTCdf(-t, df);
  const c = gammaRatio(df) / Math.sqrt(df * Math.PI);
  // Integrate over u = atan(t) to keep the interval short when t is large.
  const end = Math.atan(t);
  const h = end / SIMPSON_STEPS;
  const f = (u: number) => {
    const x = Math.tan(u);
    return density(df, c, x) * (1 + x * x);
  };
  let sum = f(0) + f(end);
  for (let i = 1; i < SIMPSON_STEPS; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return 0.5 + (sum * h) / 3;
}

const quantileCache = new Map<number, Map<number, number>>();

/** The t with P(T ≤ t) = p, for 0 < p < 1 and integer df ≥ 1 (bisection to 1e-10). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must be in (0, 1): ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let byDf = quantileCache.get(p);
  if (!byDf) {
    byDf = new Map();
    quantileCache.set(p, byDf);
  }
  const cached = byDf.get(df);
  if (cached !== undefined) return cached;
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  while (hi - lo > 1e-10) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  const q = (lo + hi) / 2;
  byDf.set(df, q);
  return q;
}
