import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { studentTCdf, studentTQuantile } from '../../../src/core/trends/student-t';

describe('Student t quantiles', () => {
  // Closed forms: df = 1 is the Cauchy distribution, t = tan(π(p − ½));
  // df = 2 has t = (2p − 1) / √(2p(1 − p)).
  const cases: [number, number, number][] = [
    [0.975, 1, Math.tan(Math.PI * 0.475)],
    [0.9, 1, Math.tan(Math.PI * 0.4)],
    [0.975, 2, (2 * 0.975 - 1) / Math.sqrt(2 * 0.975 * 0.025)],
    [0.95, 2, (2 * 0.95 - 1) / Math.sqrt(2 * 0.95 * 0.05)],
    [0.025, 2, -(2 * 0.975 - 1) / Math.sqrt(2 * 0.975 * 0.025)],
    [0.5, 7, 0],
  ];
  it.each(cases)('p = %f, df = %i → %f', (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 6);
  });

  it('the CDF of the quantile is p, for any df', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (p, df) => {
          expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 7);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('quantiles shrink as degrees of freedom grow (heavier tails with fewer)', () => {
    for (let df = 1; df < 30; df++) {
      expect(studentTQuantile(0.975, df + 1)).toBeLessThan(studentTQuantile(0.975, df));
    }
  });

  it('rejects impossible arguments', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
    expect(() => studentTCdf(1, 0)).toThrow(RangeError);
    expect(() => studentTCdf(1, 2.5)).toThrow(RangeError);
  });
});
