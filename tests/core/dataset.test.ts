import { describe, expect, it } from 'vitest';
import { buildDataset, importedSources, onlyImported } from '../../src/core/dataset';
import { regionMean, topNMean, worldMean } from '../../src/core/indicators/aggregates';
import { rankHistory, rankingTable } from '../../src/core/indicators/rankings';
import type { SurveyRow } from '../../src/core/types';
import { COUNTRIES } from './fixtures';

// A made-up two-edition dataset: 2020 and 2022, four countries, one not assessed in 2020.
const row = (year: number, iso3: string, egdi: number | null, egdiRank: number | null = null): SurveyRow => ({
  year,
  iso3,
  nameEn: iso3,
  egdiRank,
  egdi,
  osi: egdi,
  hci: null,
  tii: null,
  epi: null,
});
const rows: SurveyRow[] = [
  row(2020, 'CHN', 0.6, 2),
  row(2020, 'DNK', 0.9, 1),
  row(2020, 'TCD', 0.2, 3),
  row(2020, 'SSD', null),
  row(2022, 'CHN', 0.8, 2),
  row(2022, 'DNK', 0.8, 2),
  row(2022, 'TCD', 0.3, 4),
  row(2022, 'SSD', 0.1, 5),
];
const ds = buildDataset(rows, COUNTRIES);

describe('buildDataset', () => {
  it('lists editions in order and finds the previous one', () => {
    expect(ds.editions).toEqual([2020, 2022]);
    expect(ds.previousEdition(2022)).toBe(2020);
    expect(ds.previousEdition(2020)).toBeNull();
    expect(ds.previousEdition(1999)).toBeNull();
  });
  it('gives a series with null where a country was not assessed or is absent', () => {
    expect(ds.series('SSD', 'egdi')).toEqual([
      { year: 2020, value: null },
      { year: 2022, value: 0.1 },
    ]);
    expect(ds.series('CUB', 'egdi')).toEqual([
      { year: 2020, value: null },
      { year: 2022, value: null },
    ]);
  });
  it('indexes rows by edition and country', () => {
    expect(ds.rowsForYear(2022)).toHaveLength(4);
    expect(ds.rowsForYear(2004)).toHaveLength(0);
    expect(ds.get(2020, 'DNK')?.egdi).toBe(0.9);
    expect(ds.get(2020, 'CUB')).toBeUndefined();
  });
});

describe('aggregates leave missing values out (never as zero)', () => {
  it.each([
    // 2020: (0.6 + 0.9 + 0.2) / 3 over 3 assessed; 2022: (0.8 + 0.8 + 0.3 + 0.1) / 4
    ['world', worldMean(ds, 'egdi'), [1.7 / 3, 2.0 / 4], [3, 4]],
    // Africa = TCD, SSD: 2020 only TCD; 2022 (0.3 + 0.1) / 2
    ['Africa', regionMean(ds, 'egdi', 'Africa'), [0.2, 0.2], [1, 2]],
    // top 2: 2020 (0.9 + 0.6) / 2; 2022 (0.8 + 0.8) / 2
    ['top 2', topNMean(ds, 'egdi', 2), [0.75, 0.8], [2, 2]],
  ])('%s mean', (_label, agg, values, counts) => {
    expect(agg.map((a) => a.year)).toEqual([2020, 2022]);
    agg.forEach((a, i) => {
      expect(a.value).toBeCloseTo(values[i] as number, 10);
      expect(a.count).toBe(counts[i]);
    });
  });
  it('is null for a region with no assessed country', () => {
    expect(regionMean(ds, 'egdi', 'Oceania').map((a) => a.value)).toEqual([null, null]);
    expect(worldMean(ds, 'hci').map((a) => a.count)).toEqual([0, 0]);
  });
});

describe('rankingTable', () => {
  it.each([
    // 2022 values CHN 0.8, DNK 0.8, TCD 0.3, SSD 0.1
    ['competition', { CHN: 1, DNK: 1, TCD: 3, SSD: 4 }],
    ['dense', { CHN: 1, DNK: 1, TCD: 2, SSD: 3 }],
  ] as const)('ranks with the %s rule', (rule, expected) => {
    const table = rankingTable(ds, 2022, 'egdi', rule);
    expect(Object.fromEntries(table.map((e) => [e.iso3, e.rank]))).toEqual(expected);
  });

  it('computes the change since the previous edition, null where either side is missing', () => {
    const byIso = new Map(rankingTable(ds, 2022, 'egdi', 'competition').map((e) => [e.iso3, e]));
    const chn = byIso.get('CHN');
    expect(chn?.valueChange).toBeCloseTo(0.2, 10);
    // 2020 competition rank of CHN is 2 (DNK 0.9 above), 2022 rank 1: moved up 1.
    expect(chn?.previousRank).toBe(2);
    expect(chn?.rankChange).toBe(1);
    expect(byIso.get('DNK')?.rankChange).toBe(0);
    const ssd = byIso.get('SSD');
    expect(ssd?.previousValue).toBeNull();
    expect(ssd?.valueChange).toBeNull();
    expect(ssd?.rankChange).toBeNull();
    expect(chn?.publishedRank).toBe(2);
    expect(chn?.group).toBe('very-high');
  });

  it('has no previous values for the first edition and no rank for unassessed rows', () => {
    const table = rankingTable(ds, 2020, 'egdi', 'competition');
    expect(table.every((e) => e.previousValue === null && e.rankChange === null)).toBe(true);
    const ssd = table.find((e) => e.iso3 === 'SSD');
    expect(ssd?.rank).toBeNull();
    expect(ssd?.group).toBeNull();
  });
});

describe('rankHistory', () => {
  it('gives the computed and the published rank per edition, and how many were ranked', () => {
    expect(rankHistory(ds, 'CHN', 'egdi', 'competition')).toEqual([
      { year: 2020, rank: 2, published: 2, of: 3 },
      { year: 2022, rank: 1, published: 2, of: 4 },
    ]);
    expect(rankHistory(ds, 'SSD', 'osi', 'dense')).toEqual([
      { year: 2020, rank: null, published: null, of: 3 },
      { year: 2022, rank: 3, published: null, of: 4 },
    ]);
  });
});

describe('importedSources', () => {
  it('names the imported datasets behind the given editions, and none for shipped rows', () => {
    const mixed = buildDataset(
      [
        row(2020, 'CHN', 0.6),
        { ...row(2022, 'CHN', 0.7), source: 'provincial-upload' },
        { ...row(2022, 'DNK', 0.8), source: 'a-survey-2026' },
        { ...row(2022, 'TCD', 0.3), source: 'provincial-upload' },
      ],
      COUNTRIES,
    );
    expect(importedSources(mixed, [2020])).toEqual([]);
    expect(importedSources(mixed, [2020, 2022])).toEqual(['a-survey-2026', 'provincial-upload']);
    expect(importedSources(mixed)).toEqual(['a-survey-2026', 'provincial-upload']);
    expect(importedSources(ds)).toEqual([]);
  });
});

describe('rank changes need comparable fields', () => {
  it('leaves the rank change empty when an edition ranks under half as many countries', () => {
    // A made-up 2024 edition with only CHN (e.g. an import) after 4 ranked in 2022.
    const partial = buildDataset([...rows, row(2024, 'CHN', 0.9)], COUNTRIES);
    const chn = rankingTable(partial, 2024, 'egdi', 'competition').find((e) => e.iso3 === 'CHN');
    expect(chn?.rank).toBe(1);
    expect(chn?.valueChange).toBeCloseTo(0.1, 10);
    expect(chn?.previousRank).toBeNull();
    expect(chn?.rankChange).toBeNull();
  });
});

describe('onlyImported', () => {
  it('is true only for editions whose every row is imported', () => {
    const mixed = buildDataset(
      [
        row(2022, 'CHN', 0.7),
        { ...row(2026, 'CHN', 0.9), source: 'mine' },
        { ...row(2026, 'DNK', 0.9), source: 'mine' },
      ],
      COUNTRIES,
    );
    expect(onlyImported(mixed, [2026])).toBe(true);
    expect(onlyImported(mixed, [2022, 2026])).toBe(false);
    expect(onlyImported(mixed, [2022])).toBe(false);
    expect(onlyImported(mixed, [])).toBe(false);
    expect(onlyImported(mixed, [1999])).toBe(false);
  });
});
