import { describe, expect, it } from 'vitest';
import { loadAliasesCsv, loadCountriesCsv } from '../../src/core/load/countries';

const HEADER = 'iso3,iso2,name_en,name_zh,region,sub_region,income_group';

describe('loadCountriesCsv', () => {
  it('reads every column, trimmed', () => {
    const result = loadCountriesCsv(`${HEADER}\nCHN, CN ,China,中国,Asia,Eastern Asia,Upper-Middle\n`);
    expect(result).toEqual({
      rows: [
        {
          iso3: 'CHN',
          iso2: 'CN',
          nameEn: 'China',
          nameZh: '中国',
          region: 'Asia',
          subRegion: 'Eastern Asia',
          incomeGroup: 'Upper-Middle',
        },
      ],
      issues: [],
    });
  });

  it.each(['America', 'asia', ''])("rejects the region %j with an 'out-of-range' error", (region) => {
    const result = loadCountriesCsv(`${HEADER}\nCUB,CU,Cuba,古巴,${region},Caribbean,Upper-Middle\n`);
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'out-of-range', row: 2, column: 'region' }),
    ]);
  });

  it("reports missing columns with 'missing-column'", () => {
    const result = loadCountriesCsv('iso3,name_en\nCHN,China\n');
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'missing-column',
        column: 'iso2, nameZh, region, subRegion, incomeGroup',
      }),
    ]);
  });

  it("reports an empty file with 'empty-file'", () => {
    expect(loadCountriesCsv('').issues).toEqual([expect.objectContaining({ code: 'empty-file' })]);
  });
});

describe('loadAliasesCsv', () => {
  it('reads alias and iso3, ignoring other columns', () => {
    const result = loadAliasesCsv('alias,iso3,source\nTurkey,TUR,UNU-EGOV\n"Korea, Republic of",KOR,x\n');
    expect(result).toEqual({
      rows: [
        { alias: 'Turkey', iso3: 'TUR' },
        { alias: 'Korea, Republic of', iso3: 'KOR' },
      ],
      issues: [],
    });
  });

  it('reads a two-column semicolon file', () => {
    expect(loadAliasesCsv('alias;iso3\nTurkey;TUR\n').rows).toEqual([{ alias: 'Turkey', iso3: 'TUR' }]);
  });

  it("reports a missing iso3 column with 'missing-column'", () => {
    expect(loadAliasesCsv('alias\nTurkey\n').issues).toEqual([
      expect.objectContaining({ code: 'missing-column', column: 'iso3' }),
    ]);
  });
});
