import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ISSUES, importTable } from '../../../src/core/import/import-table';
import type { ReadTable } from '../../../src/core/import/import-table';
import { readDelimited } from '../../../src/core/load/delimited';
import { importBytes } from '../../../src/core/import/read-file';
import { recognizeShape, yearFromFileName } from '../../../src/core/import/shapes';
import { loadShipped } from '../../helpers/shipped';

const { gazetteer } = loadShipped();
const table = (text: string): ReadTable => ({ ...readDelimited(text), encoding: 'utf-8' });

describe('column mapping', () => {
  const text = 'Land;Jahr;Wert\nChina;2026;0,9\nJapan;2026;0,8\n';
  const none = { iso3: -1, egdiRank: -1, osi: -1, hci: -1, tii: -1, epi: -1 };

  it('asks for a mapping when the header is not recognised', () => {
    const r = importTable(table(text), gazetteer, { fileName: 'x.csv' });
    expect(r.match).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-format']);
    expect(r.preview).toEqual([
      ['China', '2026', '0,9'],
      ['Japan', '2026', '0,8'],
    ]);
  });

  it('loads the rows with the columns the user mapped, decimal commas included', () => {
    const mapping = { shape: 'survey-wide', columns: { ...none, name: 0, year: 1, egdi: 2 } } as const;
    const r = importTable(table(text), gazetteer, { fileName: 'x.csv', mapping });
    expect(r.decimalComma).toBe(true);
    expect(r.rows.map((x) => [x.iso3, x.year, x.egdi])).toEqual([
      ['CHN', 2026, 0.9],
      ['JPN', 2026, 0.8],
    ]);
  });

  it('refuses a mapping without a value or a country column', () => {
    const mapping = { shape: 'survey-wide', columns: { ...none, name: -1, year: 1, egdi: 2 } } as const;
    const r = importTable(table(text), gazetteer, { fileName: 'x.csv', mapping });
    expect(r.issues.map((i) => [i.code, i.params?.columns])).toEqual([['missing-column', 'country']]);
    expect(r.rows).toEqual([]);
  });
});

describe('shapes', () => {
  it.each([
    [['Survey Year', 'Country Name', 'E-Government Rank', 'E-Government Index'], null, 'survey-wide'],
    [['Survey Year', 'Country', 'Rank', 'E_Index', 'Region'], null, 'survey-wide'],
    [['country-code', 'country-name', 'e-gov-index'], 2016, 'survey-wide'],
    [['country-code', 'country-name', 'e-gov-index'], null, null],
    [['year', 'iso3', 'indicator', 'value'], null, 'survey-long'],
    [['年份', '国家', '电子政务发展指数'], null, 'survey-wide'],
    [['city', 'population'], null, null],
  ] as const)('%j (year from name %s) → %s', (header, year, shape) => {
    expect(recognizeShape(header, year)?.shape ?? null).toBe(shape);
  });

  it.each([
    ['egdi-2016.csv', 2016],
    ['EGOV_DATA_2024.xlsx', 2024],
    ['2026 survey.csv', 2026],
    ['data.csv', null],
    ['v12026.csv', null],
  ])('year in %j is %s', (name, year) => {
    expect(yearFromFileName(name)).toBe(year);
  });
});

describe('many bad rows', () => {
  it('lists at most MAX_LISTED_ISSUES issues but counts every rejected row', () => {
    // 1,500 rows: one good, then the same key again 1,499 times (duplicates).
    const lines = ['year,iso3,indicator,value', ...Array.from({ length: 1500 }, () => '2026,CHN,egdi,0.5')];
    const r = importTable(table(lines.join('\n')), gazetteer, { fileName: 'many.csv' });
    expect(r.rows).toHaveLength(1);
    expect(r.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(r.issueCounts).toEqual({ duplicate: 1499 });
    expect(r.rejectedRows).toBe(1499);
  });
});

describe('long format, streamed or whole', () => {
  it('gives the same result when validated as the file streams', async () => {
    const text = [
      'year;iso3;indicator;value',
      '2026;CHN;egdi;0,88123',
      '2026;CHN;osi;90%',
      '2026;XXX;egdi;0,5',
      '2026;CHN;egdi;0,9',
      ...Array.from({ length: 300 }, (_, i) => `${2001 + (i % 100)};JPN;hci;0,${i + 100}`),
    ].join('\n');
    const bytes = new TextEncoder().encode(text);
    const streamed = await importBytes('long.csv', bytes, gazetteer);
    const whole = importTable(table(text), gazetteer, { fileName: 'long.csv' });
    expect(streamed.decimalComma).toBe(true);
    expect(streamed.rows.find((r) => r.iso3 === 'CHN')).toMatchObject({ egdi: 0.88123, osi: 0.9 });
    expect(streamed.issueCounts).toEqual({ 'unknown-country': 1, duplicate: 201 });
    expect({ ...streamed, encoding: null }).toEqual({ ...whole, encoding: null });
  });
});
