import { describe, expect, it } from 'vitest';
import { rankValues } from '../../src/core/indicators/rank';
import type { TieRule } from '../../src/core/indicators/rank';

/** Ranks values keyed by position ("a", "b", ...) and returns the ranks in input order. */
function ranks(values: (number | null)[], rule: TieRule, decimals?: number): (number | null)[] {
  const keys = values.map((_, i) => String.fromCharCode(97 + i));
  const out = rankValues(
    values.map((value, i) => ({ key: keys[i] ?? '', value })),
    rule,
    decimals,
  );
  return keys.map((k) => out.get(k) ?? null);
}

describe('rankValues', () => {
  it.each<[string, (number | null)[], (number | null)[], (number | null)[]]>([
    // label, values, competition ("1224"), dense ("1223")
    ['no ties', [0.9, 0.8, 0.7, 0.6], [1, 2, 3, 4], [1, 2, 3, 4]],
    ['a tie in second place', [0.9, 0.8, 0.8, 0.7], [1, 2, 2, 4], [1, 2, 2, 3]],
    ['a tie at the top', [0.9, 0.9, 0.9, 0.7], [1, 1, 1, 4], [1, 1, 1, 2]],
    ['a tie at the bottom', [0.9, 0.5, 0.5], [1, 2, 2], [1, 2, 2]],
    ['two ties', [0.9, 0.9, 0.8, 0.7, 0.7, 0.6], [1, 1, 3, 4, 4, 6], [1, 1, 2, 3, 3, 4]],
    ['input in any order', [0.7, 0.9, 0.8, 0.8], [4, 1, 2, 2], [3, 1, 2, 2]],
    ['all equal', [0.5, 0.5, 0.5], [1, 1, 1], [1, 1, 1]],
    ['zeros are values, ranked last', [0, 0.5, 0], [2, 1, 2], [2, 1, 2]],
    ['values above 1 are ranked too', [1.422, 0.9], [1, 2], [1, 2]],
    ['a single value', [0.4], [1], [1]],
  ])('%s: competition %j, dense %j', (_label, values, competition, dense) => {
    expect(ranks(values, 'competition')).toEqual(competition);
    expect(ranks(values, 'dense')).toEqual(dense);
  });

  it.each<[string, (number | null)[], (number | null)[], (number | null)[]]>([
    ['a null in the middle', [0.9, null, 0.8, 0.7], [1, null, 2, 3], [1, null, 2, 3]],
    ['nulls next to a tie', [null, 0.9, 0.9, null, 0.8], [null, 1, 1, null, 3], [null, 1, 1, null, 2]],
    ['only nulls', [null, null], [null, null], [null, null]],
    ['NaN is not ranked either', [Number.NaN, 0.5], [null, 1], [null, 1]],
  ])('nulls are not ranked and take no place: %s', (_label, values, competition, dense) => {
    expect(ranks(values, 'competition')).toEqual(competition);
    expect(ranks(values, 'dense')).toEqual(dense);
  });

  it.each<[string, number[], number | undefined, number[], number[]]>([
    ['equal after rounding to 5 decimals', [0.800001, 0.8, 0.7], undefined, [1, 1, 3], [1, 1, 2]],
    ['binary noise is a tie', [0.6955600000000001, 0.69556, 0.5], undefined, [1, 1, 3], [1, 1, 2]],
    ['a difference in the 5th decimal is not a tie', [0.80001, 0.8, 0.7], undefined, [1, 2, 3], [1, 2, 3]],
    ['equal at 4 decimals only with decimals = 4', [0.68812, 0.68809, 0.6], 4, [1, 1, 3], [1, 1, 2]],
    ['equal at 4 decimals, different at 5', [0.68812, 0.68809, 0.6], 5, [1, 2, 3], [1, 2, 3]],
  ])('ties are decided after rounding: %s', (_label, values, decimals, competition, dense) => {
    expect(ranks(values, 'competition', decimals)).toEqual(competition);
    expect(ranks(values, 'dense', decimals)).toEqual(dense);
  });

  it.each<TieRule>(['competition', 'dense'])('empty input gives an empty map (%s)', (rule) => {
    expect(rankValues([], rule).size).toBe(0);
  });

  it('returns a rank for every key, in a Map keyed like the input', () => {
    const out = rankValues(
      [
        { key: 'CHN', value: 0.9059 },
        { key: 'JPN', value: 0.9059 },
        { key: 'KOR', value: 1 },
        { key: 'PRK', value: null },
      ],
      'competition',
    );
    expect([...out.entries()].sort()).toEqual([
      ['CHN', 2],
      ['JPN', 2],
      ['KOR', 1],
      ['PRK', null],
    ]);
  });
});
