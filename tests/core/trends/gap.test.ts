import { describe, expect, it } from 'vitest';
import { closingOutlook, closingPace, gapTo } from '../../../src/core/trends/gap';
import type { ClosingOutlook } from '../../../src/core/trends/gap';

describe('gap to a target', () => {
  const gaps: [number | null, number | null, number | null][] = [
    [0.6, 0.75, 0.15],
    [0.8, 0.75, -0.05],
    [null, 0.75, null],
    [0.6, null, null],
  ];
  it.each(gaps)('value %s, target %s → gap %s', (v, t, g) => {
    const got = gapTo(v, t);
    if (g === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(g, 12);
  });

  // [gap at start, gap at end, years, outlook]
  const outlooks: [number | null, number | null, number, ClosingOutlook][] = [
    // 0.25 → 0.15 in 4 years: 0.025/yr; 0.15/0.025 = 6 years = 3 biennial editions
    [0.25, 0.15, 4, { kind: 'closing', years: 6, editions: 3 }],
    // 0.3 → 0.2 in 2 years: 0.05/yr; 4 years = 2 editions
    [0.3, 0.2, 2, { kind: 'closing', years: 4, editions: 2 }],
    // 5 years to close = 2.5 editions → 3 (a partial edition still needs the next survey)
    [0.2, 0.1, 5, { kind: 'closing', years: 5, editions: 3 }],
    [0.1, 0.15, 4, { kind: 'not-closing' }],
    [0.1, 0.1, 4, { kind: 'not-closing' }],
    [0.1, -0.02, 4, { kind: 'closed' }],
    [0.1, 0, 4, { kind: 'closed' }],
    [null, 0.1, 4, { kind: 'unknown' }],
    [0.1, 0.05, 0, { kind: 'unknown' }],
  ];
  it.each(outlooks)('gap %s → %s over %i years', (g1, g2, years, want) => {
    const got = closingOutlook({ year: 2018, value: g1 }, { year: 2018 + years, value: g2 });
    if (want.kind === 'closing' && got.kind === 'closing') {
      expect(got.years).toBeCloseTo(want.years, 9);
      expect(got.editions).toBe(want.editions);
    } else expect(got).toEqual(want);
  });

  it('pace is the gap shrink per year', () => {
    expect(closingPace({ year: 2018, value: 0.25 }, { year: 2022, value: 0.15 })).toBeCloseTo(0.025, 12);
    expect(closingPace({ year: 2018, value: 0.1 }, { year: 2022, value: 0.2 })).toBeCloseTo(-0.025, 12);
    expect(closingPace({ year: 2018, value: null }, { year: 2022, value: 0.2 })).toBeNull();
  });
});
