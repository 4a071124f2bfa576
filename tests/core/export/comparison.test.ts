import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import { comparisonTable } from '../../../src/core/export/comparison';
import type { Country, SurveyRow } from '../../../src/core/types';

const country = (iso3: string, nameEn: string): Country => ({
  iso3,
  iso2: iso3.slice(0, 2),
  nameEn,
  nameZh: nameEn,
  region: 'Asia',
  subRegion: '',
  incomeGroup: '',
});
const row = (
  year: number,
  iso3: string,
  egdi: number | null,
  osi: number | null,
  egdiRank: number | null,
): SurveyRow => ({
  year,
  iso3,
  nameEn: iso3,
  egdiRank,
  egdi,
  osi,
  hci: null,
  tii: null,
  epi: null,
});

// Two editions; in 2018 AAA and BBB tie on OSI, CCC is not assessed in 2020.
const ds = buildDataset(
  [
    row(2018, 'AAA', 0.5, 0.7, 2),
    row(2018, 'BBB', 0.6, 0.7, 1),
    row(2018, 'CCC', 0.4, 0.6, 3),
    row(2020, 'AAA', 0.7, 0.9, 1),
    row(2020, 'BBB', 0.6, 0.8, 2),
    row(2020, 'CCC', null, null, null),
  ],
  [country('AAA', 'Aland'), country('BBB', 'Bland'), country('CCC', 'Cland')],
);
const headers = {
  country: 'Country',
  iso3: 'ISO3',
  year: 'Year',
  index: { egdi: 'EGDI', osi: 'OSI', hci: 'HCI', tii: 'TII', epi: 'EPI' },
  rank: 'OSI rank',
  publishedRank: 'Published EGDI rank',
};
const name = (iso3: string) => ds.countries.get(iso3)?.nameEn ?? iso3;

describe('comparisonTable', () => {
  it('has one row per chosen country and edition, in the order chosen', () => {
    const t = comparisonTable(ds, ['CCC', 'AAA'], name, headers, 'osi', 'competition');
    expect(t.columns).toEqual([
      'Country',
      'ISO3',
      'Year',
      'EGDI',
      'OSI',
      'HCI',
      'TII',
      'EPI',
      'OSI rank',
      'Published EGDI rank',
    ]);
    expect(t.rows).toEqual([
      ['Cland', 'CCC', 2018, 0.4, 0.6, null, null, null, 3, 3],
      ['Cland', 'CCC', 2020, null, null, null, null, null, null, null],
      ['Aland', 'AAA', 2018, 0.5, 0.7, null, null, null, 1, 2],
      ['Aland', 'AAA', 2020, 0.7, 0.9, null, null, null, 1, 1],
    ]);
  });

  it('computes ranks with the chosen tie rule (OSI 2018: 0.7, 0.7, 0.6)', () => {
    const rankOf = (rule: 'competition' | 'dense') =>
      comparisonTable(ds, ['CCC'], name, headers, 'osi', rule).rows[0]?.[8];
    expect(rankOf('competition')).toBe(3);
    expect(rankOf('dense')).toBe(2);
  });
});
