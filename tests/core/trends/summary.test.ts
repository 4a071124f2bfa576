import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/trends/summary';

describe('group summary', () => {
  it('summarizes assessed values and counts the missing ones apart', () => {
    // 1, 2, 3, 4 (and one missing): R-7 quartiles at positions 0.75 and 2.25 → 1.75, 3.25
    const s = summarize([3, null, 1, 4, 2]);
    expect(s).toEqual({
      count: 4,
      missing: 1,
      mean: 2.5,
      median: 2.5,
      min: 1,
      max: 4,
      q1: 1.75,
      q3: 3.25,
      iqr: 1.5,
    });
  });

  it('odd count: median is the middle value', () => {
    // 0.2, 0.4, 0.9: q1 at position 0.5 → 0.3, q3 at 1.5 → 0.65
    const s = summarize([0.9, 0.2, 0.4]);
    expect(s.median).toBe(0.4);
    expect(s.q1).toBeCloseTo(0.3, 12);
    expect(s.q3).toBeCloseTo(0.65, 12);
    expect(s.iqr).toBeCloseTo(0.35, 12);
  });

  it('with nothing assessed every statistic is missing, not zero', () => {
    expect(summarize([null, null])).toEqual({
      count: 0,
      missing: 2,
      mean: null,
      median: null,
      min: null,
      max: null,
      q1: null,
      q3: null,
      iqr: null,
    });
  });
});
