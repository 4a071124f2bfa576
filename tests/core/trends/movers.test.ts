import { describe, expect, it } from 'vitest';
import { movers } from '../../../src/core/trends/movers';
import { country, dataset, row } from './fixture';

describe('risers and fallers', () => {
  // 2020 → 2024 OSI changes: A +0.3, B +0.1, C +0.1, D −0.2, E flat, F missing in 2024.
  const ds = dataset(
    [
      row(2020, 'AAA', { osi: 0.2 }),
      row(2020, 'BBB', { osi: 0.5 }),
      row(2020, 'CCC', { osi: 0.6 }),
      row(2020, 'DDD', { osi: 0.9 }),
      row(2020, 'EEE', { osi: 0.4 }),
      row(2020, 'FFF', { osi: 0.3 }),
      row(2024, 'AAA', { osi: 0.5 }),
      row(2024, 'BBB', { osi: 0.6 }),
      row(2024, 'CCC', { osi: 0.7 }),
      row(2024, 'DDD', { osi: 0.7 }),
      row(2024, 'EEE', { osi: 0.4 }),
      row(2024, 'FFF', { osi: null }),
    ],
    ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'].map((c) => country(c)),
  );

  it('orders by value change; ties at the cut-off are all kept', () => {
    const r = movers(ds, 'osi', 2020, 2024, 'competition', 'value', 2);
    expect(r.risers.map((m) => m.iso3)).toEqual(['AAA', 'BBB', 'CCC']);
    expect(r.fallers.map((m) => m.iso3)).toEqual(['DDD']);
    expect(r.scored).toBe(5);
    expect(r.risers[0]?.change.perYear).toBeCloseTo(0.3 / 4, 12);
  });

  it('orders by rank movement under the tie rule', () => {
    // 2020 ranks: DDD 1, CCC 2, BBB 3, EEE 4, FFF 5, AAA 6.
    // 2024 (competition): CCC 1, DDD 1, BBB 3, AAA 4, EEE 5.
    // moves: AAA +2, CCC +1, BBB 0, DDD 0, EEE −1.
    const r = movers(ds, 'osi', 2020, 2024, 'competition', 'rank', 5);
    expect(r.risers.map((m) => [m.iso3, m.rankMove])).toEqual([
      ['AAA', 2],
      ['CCC', 1],
    ]);
    expect(r.fallers.map((m) => [m.iso3, m.rankMove])).toEqual([['EEE', -1]]);
    // dense 2024: CCC 1, DDD 1, BBB 2, AAA 3, EEE 4; 2020 dense = competition (no ties)
    // → AAA +3, BBB +1, CCC +1, DDD 0, EEE 0: nobody falls.
    const d = movers(ds, 'osi', 2020, 2024, 'dense', 'rank', 5);
    expect(d.risers.map((m) => [m.iso3, m.rankMove])).toEqual([
      ['AAA', 3],
      ['BBB', 1],
      ['CCC', 1],
    ]);
    expect(d.fallers).toEqual([]);
  });

  it('filters to a subset', () => {
    const r = movers(ds, 'osi', 2020, 2024, 'competition', 'value', 10, (c) => c !== 'AAA');
    expect(r.risers.map((m) => m.iso3)).toEqual(['BBB', 'CCC']);
  });
});

describe('ties at the published precision', () => {
  it('0.6 − 0.5 and 0.4 − 0.3 are both +0.1: tied at the cut-off, though not equal as floats', () => {
    expect(0.6 - 0.5).not.toBe(0.4 - 0.3);
    const ds = dataset(
      [
        row(2020, 'AAA', { egdi: 0.5 }),
        row(2024, 'AAA', { egdi: 0.6 }),
        row(2020, 'BBB', { egdi: 0.3 }),
        row(2024, 'BBB', { egdi: 0.4 }),
        row(2020, 'CCC', { egdi: 0.2 }),
        row(2024, 'CCC', { egdi: 0.25 }),
      ],
      ['AAA', 'BBB', 'CCC'].map((c) => country(c)),
    );
    expect(movers(ds, 'egdi', 2020, 2024, 'competition', 'value', 1).risers.map((m) => m.iso3)).toEqual([
      'AAA',
      'BBB',
    ]);
  });
});
