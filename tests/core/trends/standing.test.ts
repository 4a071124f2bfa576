import { describe, expect, it } from 'vitest';
import { standingOf } from '../../../src/core/trends/standing';

describe('percentile and z-score', () => {
  // Reference 0.1, 0.2, 0.3, 0.4: mean 0.25, sample variance (2·0.15² + 2·0.05²)/3 = 0.05/3.
  const ref = [0.1, 0.2, 0.3, 0.4, null];
  const sd = Math.sqrt(0.05 / 3);
  const cases: [number | null, number | null, number | null][] = [
    // 0.3: 2 below, 1 equal → (2 + 0.5)/4 = 62.5; z = 0.05/sd = √0.15
    [0.3, 62.5, Math.sqrt(0.15)],
    [0.1, 12.5, -0.15 / sd],
    [0.4, 87.5, 0.15 / sd],
    [null, null, null],
  ];
  it.each(cases)('value %s → percentile %s, z %s', (v, pct, z) => {
    const s = standingOf(v, ref);
    expect(s.n).toBe(4);
    if (pct === null) expect(s.percentile).toBeNull();
    else expect(s.percentile).toBeCloseTo(pct, 12);
    if (z === null) expect(s.z).toBeNull();
    else expect(s.z).toBeCloseTo(z, 12);
  });

  it('ties share the midpoint percentile', () => {
    expect(standingOf(0.5, [0.5, 0.5, 0.5, 0.9]).percentile).toBeCloseTo(37.5, 12);
  });

  it('has no z-score when every value is equal or there is only one', () => {
    expect(standingOf(0.5, [0.5, 0.5]).z).toBeNull();
    expect(standingOf(0.5, [0.5]).z).toBeNull();
    expect(standingOf(0.5, [0.5]).percentile).toBe(50);
  });
});
