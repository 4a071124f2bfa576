import { expect } from 'vitest';
import { buildDataset } from '../../../src/core/dataset';
import type { Country, Region, SurveyRow } from '../../../src/core/types';

type Values = Partial<Pick<SurveyRow, 'egdi' | 'osi' | 'hci' | 'tii' | 'epi'>>;

/** A country for hand-made fixtures. */
export function country(iso3: string, region: Region = 'Asia', subRegion = 'Eastern Asia'): Country {
  return { iso3, iso2: iso3.slice(0, 2), nameEn: iso3, nameZh: iso3, region, subRegion, incomeGroup: 'High' };
}

/** A survey row with every index missing unless given. */
export function row(year: number, iso3: string, v: Values): SurveyRow {
  return {
    year,
    iso3,
    nameEn: iso3,
    egdiRank: null,
    egdi: v.egdi ?? null,
    osi: v.osi ?? null,
    hci: v.hci ?? null,
    tii: v.tii ?? null,
    epi: v.epi ?? null,
  };
}

export function dataset(rows: SurveyRow[], countries: Country[]) {
  return buildDataset(rows, countries);
}

/** Expects null for a missing expectation, else a value equal to 12 decimals. */
export function expectCloseOrNull(got: number | null | undefined, want: number | null): void {
  if (want === null) expect(got).toBeNull();
  else expect(got).toBeCloseTo(want, 12);
}
