import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankMovement } from '../../../src/core/trends/rank-movement';
import { rankValues } from '../../../src/core/indicators/rank';
import { country, dataset, row } from './fixture';

describe('rank movement', () => {
  const ds = dataset(
    [
      row(2018, 'AAA', { osi: 0.9 }),
      row(2018, 'BBB', { osi: 0.8 }),
      row(2018, 'CCC', { osi: 0.8 }),
      row(2018, 'DDD', { osi: 0.5 }),
      row(2022, 'AAA', { osi: 0.7 }),
      row(2022, 'BBB', { osi: 0.95 }),
      row(2022, 'CCC', { osi: 0.6 }),
      row(2022, 'DDD', { osi: null }),
    ],
    ['AAA', 'BBB', 'CCC', 'DDD'].map((c) => country(c)),
  );

  // 2018 competition: AAA 1, BBB 2, CCC 2, DDD 4; dense: DDD 3. 2022: BBB 1, AAA 2, CCC 3, DDD unranked.
  const cases: ['competition' | 'dense', string, number | null, number | null, number | null][] = [
    ['competition', 'AAA', 1, 2, -1],
    ['competition', 'BBB', 2, 1, 1],
    ['competition', 'CCC', 2, 3, -1],
    ['competition', 'DDD', 4, null, null],
    ['dense', 'DDD', 3, null, null],
    ['dense', 'CCC', 2, 3, -1],
  ];
  it.each(cases)('%s: %s from %s to %s (movement %s)', (rule, iso3, from, to, move) => {
    const m = rankMovement(ds, 'osi', 2018, 2022, rule).find((x) => x.iso3 === iso3);
    expect(m).toEqual({ iso3, fromRank: from, toRank: to, movement: move });
  });

  it('ranks are a permutation with ties: each rank is 1 + the count of higher values (competition)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }), { maxLength: 40 }),
        (ints) => {
          const values = ints.map((v) => (v === null ? null : v / 20));
          const ranks = rankValues(
            values.map((value, key) => ({ key, value })),
            'competition',
          );
          values.forEach((v, i) => {
            if (v === null) expect(ranks.get(i)).toBeNull();
            else expect(ranks.get(i)).toBe(1 + values.filter((w) => w !== null && w > v).length);
          });
        },
      ),
    );
  });

  it('dense ranks use every rank from 1 to the number of distinct values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }), (ints) => {
        const ranks = rankValues(
          ints.map((v, key) => ({ key, value: v / 10 })),
          'dense',
        );
        const used = new Set(ranks.values());
        const distinct = new Set(ints).size;
        expect([...used].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
          Array.from({ length: distinct }, (_, i) => i + 1),
        );
      }),
    );
  });
});
