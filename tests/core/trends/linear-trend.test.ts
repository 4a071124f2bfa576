import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLinear, predict, project } from '../../../src/core/trends/linear-trend';

describe('least-squares trend', () => {
  // Hand calculation for (2000, 1), (2001, 3), (2002, 2):
  // mean year 2001, mean value 2, Sxy = 1, Sxx = 2 → slope 0.5, line through (2001, 2);
  // fitted 1.5, 2, 2.5 → SSE = 0.25 + 1 + 0.25 = 1.5; Syy = 2 → r² = 0.25; s = √1.5 (df 1).
  const pts = [
    { year: 2000, value: 1 },
    { year: 2001, value: 3 },
    { year: 2002, value: 2 },
  ];

  it('fits slope, intercept, r² and the residual error', () => {
    const fit = fitLinear(pts);
    expect(fit).not.toBeNull();
    if (!fit) return;
    expect(fit.slope).toBeCloseTo(0.5, 12);
    expect(predict(fit, 2001)).toBeCloseTo(2, 12);
    expect(fit.intercept).toBeCloseTo(2 - 0.5 * 2001, 8);
    expect(fit.r2).toBeCloseTo(0.25, 12);
    expect(fit.residualSe).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(fit.n).toBe(3);
  });

  it('projects with a t-based prediction interval', () => {
    const fit = fitLinear(pts);
    if (!fit) throw new Error('no fit');
    // At 2003: ŷ = 3; half-width = t(0.975, 1) · √1.5 · √(1 + 1/3 + 2²/2) = tan(0.475π) · √5.
    const p = project(fit, 2003);
    expect(p.value).toBeCloseTo(3, 12);
    const half = Math.tan(Math.PI * 0.475) * Math.sqrt(5);
    expect(p.lower).toBeCloseTo(3 - half, 5);
    expect(p.upper).toBeCloseTo(3 + half, 5);
    expect(p.level).toBe(0.95);
  });

  it('leaves missing values out instead of reading them as zero', () => {
    const fit = fitLinear([...pts, { year: 2003, value: null }]);
    expect(fit?.n).toBe(3);
    expect(fit?.slope).toBeCloseTo(0.5, 12);
  });

  const cases: [string, { year: number; value: number | null }[]][] = [
    ['no points', []],
    ['one point', [{ year: 2010, value: 0.5 }]],
    [
      'two missing',
      [
        { year: 2010, value: null },
        { year: 2012, value: null },
      ],
    ],
    [
      'one year only',
      [
        { year: 2010, value: 0.5 },
        { year: 2010, value: 0.6 },
      ],
    ],
  ];
  it.each(cases)('has no fit with %s', (_, p) => {
    expect(fitLinear(p)).toBeNull();
  });

  it('two points: an exact line with no interval', () => {
    const fit = fitLinear([
      { year: 2018, value: 0.5 },
      { year: 2022, value: 0.7 },
    ]);
    if (!fit) throw new Error('no fit');
    expect(fit.slope).toBeCloseTo(0.05, 12);
    const p = project(fit, 2026);
    expect(p.value).toBeCloseTo(0.9, 12);
    expect(p.lower).toBeNull();
  });

  it('recovers any exact line over the survey editions, with r² = 1 and a zero-width interval', () => {
    const years = [2003, 2004, 2005, 2008, 2010, 2012, 2014];
    fc.assert(
      fc.property(
        fc.double({ min: -0.05, max: 0.05, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (b, a) => {
          // Real slopes are of the order of 0.01 index points per year.
          fc.pre(Math.abs(b) > 1e-4);
          const fit = fitLinear(years.map((y) => ({ year: y, value: a + b * (y - 2003) })));
          if (!fit) throw new Error('no fit');
          expect(fit.slope).toBeCloseTo(b, 9);
          expect(fit.r2).toBeCloseTo(1, 9);
          const p = project(fit, 2026);
          expect(p.value).toBeCloseTo(a + b * 23, 8);
          expect((p.upper ?? 0) - (p.lower ?? 0)).toBeCloseTo(0, 6);
        },
      ),
    );
  });
});
