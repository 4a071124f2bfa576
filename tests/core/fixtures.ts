/**
 * Hand-made test data shared by the src/core unit tests. Nothing here is read from
 * data/: the countries are a small made-up subset and every index value in the fixture
 * files under tests/fixtures/core/ is invented.
 */
import { readFileSync } from 'node:fs';
import { buildGazetteer } from '../../src/core/load/gazetteer';
import type { Gazetteer, NameAlias } from '../../src/core/load/gazetteer';
import type { Country, Region, SurveyRow } from '../../src/core/types';

const country = (iso3: string, iso2: string, nameEn: string, nameZh: string, region: Region): Country => ({
  iso3,
  iso2,
  nameEn,
  nameZh,
  region,
  subRegion: '',
  incomeGroup: '',
});

export const COUNTRIES: readonly Country[] = [
  country('CHN', 'CN', 'China', '中国', 'Asia'),
  country('TCD', 'TD', 'Chad', '乍得', 'Africa'),
  country('CUB', 'CU', 'Cuba', '古巴', 'Americas'),
  country('CIV', 'CI', "Côte d'Ivoire", '科特迪瓦', 'Africa'),
  country('DNK', 'DK', 'Denmark', '丹麦', 'Europe'),
  country('KIR', 'KI', 'Kiribati', '基里巴斯', 'Oceania'),
  country('MKD', 'MK', 'North Macedonia', '北马其顿', 'Europe'),
  country('SSD', 'SS', 'South Sudan', '南苏丹', 'Africa'),
  country('TUR', 'TR', 'Türkiye', '土耳其', 'Asia'),
];

export const ALIASES: readonly NameAlias[] = [
  { alias: 'Turkey', iso3: 'TUR' },
  { alias: 'The former Yugoslav Republic of Macedonia', iso3: 'MKD' },
  { alias: 'Ivory Coast', iso3: 'CIV' },
];

export const gazetteer: Gazetteer = buildGazetteer(COUNTRIES, ALIASES);

/** Reads a fixture file from tests/fixtures/core/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/core/${name}`, import.meta.url), 'utf8');
}

/** A survey row with every field given; unspecified values are null. */
export function surveyRow(partial: Partial<SurveyRow> & Pick<SurveyRow, 'year' | 'iso3'>): SurveyRow {
  return {
    nameEn: partial.iso3,
    egdiRank: null,
    egdi: null,
    osi: null,
    hci: null,
    tii: null,
    epi: null,
    ...partial,
  };
}
