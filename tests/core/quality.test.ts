import { describe, expect, it } from 'vitest';
import { EGDI_MEAN_TOLERANCE, egdiMeanDeviations } from '../../src/core/indicators/quality';
import { surveyRow } from './fixtures';

// mean(OSI, HCI, TII) = (0.6 + 0.6 + 0.6) / 3 = 0.6 for every row below.
const components = { osi: 0.6, hci: 0.6, tii: 0.6 };
const withEgdi = (iso3: string, egdi: number | null, extra = {}) =>
  surveyRow({ year: 2008, iso3, egdi, ...components, ...extra });

describe('egdiMeanDeviations', () => {
  it.each([
    ['exactly the mean', 0.6, false],
    ['within tolerance, above', 0.6004, false],
    ['within tolerance, below', 0.5996, false],
    ['just over tolerance, above', 0.6006, true],
    ['just over tolerance, below', 0.5994, true],
    ['far off', 0.65, true],
  ])('EGDI %s (%d) is listed: %s', (_label, egdi, listed) => {
    expect(egdiMeanDeviations([withEgdi('CHN', egdi)])).toHaveLength(listed ? 1 : 0);
  });

  it('reports the signed deviation, published EGDI minus the mean', () => {
    const [above] = egdiMeanDeviations([withEgdi('CHN', 0.61)]);
    const [below] = egdiMeanDeviations([withEgdi('CUB', 0.59)]);
    expect(above).toMatchObject({ year: 2008, iso3: 'CHN', nameEn: 'CHN', egdi: 0.61 });
    expect(above?.mean).toBeCloseTo(0.6, 12);
    expect(above?.deviation).toBeCloseTo(0.01, 12);
    expect(below?.deviation).toBeCloseTo(-0.01, 12);
  });

  it.each([
    ['EGDI', { egdi: null }],
    ['OSI', { osi: null }],
    ['HCI', { hci: null }],
    ['TII', { tii: null }],
  ])('skips a row with a missing %s', (_label, missing) => {
    expect(egdiMeanDeviations([withEgdi('CHN', 0.7, missing)])).toEqual([]);
  });

  it('ignores EPI, which is not part of EGDI', () => {
    expect(egdiMeanDeviations([withEgdi('CHN', 0.6, { epi: 0 })])).toEqual([]);
    expect(egdiMeanDeviations([withEgdi('CHN', 0.6, { epi: null })])).toEqual([]);
  });

  it('sorts by |deviation|, largest first, whatever the sign', () => {
    const notes = egdiMeanDeviations([
      withEgdi('AAA', 0.602),
      withEgdi('BBB', 0.59),
      withEgdi('CCC', 0.6),
      withEgdi('DDD', 0.62),
      withEgdi('EEE', 0.595),
    ]);
    expect(notes.map((n) => n.iso3)).toEqual(['DDD', 'BBB', 'EEE', 'AAA']);
  });

  it('takes a custom tolerance', () => {
    expect(EGDI_MEAN_TOLERANCE).toBe(0.0005);
    expect(egdiMeanDeviations([withEgdi('CHN', 0.61)], 0.02)).toEqual([]);
    expect(egdiMeanDeviations([withEgdi('CHN', 0.6004)], 0.0001)).toHaveLength(1);
  });

  it('gives an empty list for no rows', () => {
    expect(egdiMeanDeviations([])).toEqual([]);
  });
});
