import { describe, expect, it } from 'vitest';
import { mapColumns, normalizeHeader, parseDelimited, parseNumberCell } from '../../src/core/load/delimited';
import { SURVEY_COLUMNS } from '../../src/core/load/surveys';
import type { SurveyField } from '../../src/core/load/surveys';

describe('parseDelimited', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n'],
    ['semicolon', 'a;b;c\n1;2;3\n'],
    ['tab', 'a\tb\tc\n1\t2\t3\n'],
    ['comma, CRLF line endings', 'a,b,c\r\n1,2,3\r\n'],
    ['comma, no final newline', 'a,b,c\n1,2,3'],
  ])('detects the delimiter: %s', (_label, text) => {
    expect(parseDelimited(text)).toEqual({
      header: ['a', 'b', 'c'],
      rows: [{ line: 2, cells: ['1', '2', '3'] }],
      issues: [],
    });
  });

  it.each([
    ['semicolon with decimal commas', 'year;egdi\n2020;0,5\n2022;0,7\n', ['2020', '0,5']],
    [
      'tab with a comma inside a name',
      'name\tegdi\n"Korea, Republic of"\t0.5\nChina\t0.6\n',
      ['Korea, Republic of', '0.5'],
    ],
    ['comma with a quoted name', 'name,egdi\n"Korea, Republic of",0.5\n', ['Korea, Republic of', '0.5']],
  ])('is not confused by the other delimiters inside cells: %s', (_label, text, firstRow) => {
    const table = parseDelimited(text);
    expect(table.header).toHaveLength(2);
    expect(table.rows[0]?.cells).toEqual(firstRow);
    expect(table.issues).toEqual([]);
  });

  // Regression: Papa's guess counted the blank record after the final newline as a
  // 1-cell row, so 2-column semicolon/tab files fell back to ',' and came out as one
  // column (e.g. two columns pasted from a spreadsheet).
  it.each([
    ['tab, 2 columns, final newline', 'Country\tEGDI\nChina\t0.81\n'],
    ['semicolon, 2 columns, final CRLF', 'Country;EGDI\r\nChina;0.81\r\n'],
    ['semicolon, 2 columns, blank lines between', 'Country;EGDI\n\nChina;0.81\n\n\n'],
  ])('detects the delimiter of a 2-column file: %s', (_label, text) => {
    const table = parseDelimited(text);
    expect(table.header).toEqual(['Country', 'EGDI']);
    expect(table.rows.map((r) => r.cells)).toEqual([['China', '0.81']]);
    expect(table.issues).toEqual([]);
  });

  it('detects a semicolon when blank lines outnumber the data lines', () => {
    const table = parseDelimited('a;b;c\n\n\n\n1;2;3\n\n\n');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([{ line: 5, cells: ['1', '2', '3'] }]);
  });

  it('reads a one-column file without a delimiter warning', () => {
    expect(parseDelimited('name\nChina\nCuba\n')).toEqual({
      header: ['name'],
      rows: [
        { line: 2, cells: ['China'] },
        { line: 3, cells: ['Cuba'] },
      ],
      issues: [],
    });
  });

  it('strips a leading byte order mark, so the first header is clean', () => {
    const table = parseDelimited('\uFEFFSurvey Year,Country Name\n2024,China\n');
    expect(table.header).toEqual(['Survey Year', 'Country Name']);
    expect(table.header[0]?.charCodeAt(0)).toBe('S'.charCodeAt(0));
  });

  it('trims header cells but leaves data cells as written', () => {
    const table = parseDelimited(' year , name \n2024,"China "\n');
    expect(table.header).toEqual(['year', 'name']);
    expect(table.rows[0]?.cells).toEqual(['2024', 'China ']);
  });

  it.each([
    ['a blank line', 'a,b\n\n1,2\n', [3]],
    ['several blank lines and whitespace-only lines', 'a,b\n1,2\n\n   \n3,4\n', [2, 5]],
    ['a line of empty cells', 'a,b\n,\n1,2\n', [3]],
    ['blank lines with CRLF', 'a,b\r\n\r\n1,2\r\n\r\n3,4\r\n', [3, 5]],
    ['trailing blank lines', 'a,b\n1,2\n\n\n', [2]],
  ])(
    'skips blank records but still counts them in row numbers (header = row 1): %s',
    (_label, text, lines) => {
      const table = parseDelimited(text);
      expect(table.rows.map((r) => r.line)).toEqual(lines);
      expect(table.issues).toEqual([]);
    },
  );

  it.each([
    ['a short row', 'a,b,c\n1,2,3\n1,2\n', 3, 2],
    ['a long row', 'a,b,c\n1,2,3,4\n', 2, 4],
    ['a short row after a blank line', 'a,b,c\n\n1\n', 3, 1],
  ])(
    'leaves ragged rows out and reports them as errors with the row number: %s',
    (_label, text, row, cells) => {
      const table = parseDelimited(text);
      expect(table.rows.map((r) => r.line)).not.toContain(row);
      expect(table.issues).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'ragged-row',
          row,
          params: { cells, expected: 3 },
        }),
      ]);
    },
  );

  it.each([
    ['an empty string', ''],
    ['only whitespace and newlines', '  \n\n \t\n'],
    ['only a byte order mark', '\uFEFF'],
  ])("reports 'empty-file' for %s", (_label, text) => {
    expect(parseDelimited(text)).toEqual({
      header: [],
      rows: [],
      issues: [expect.objectContaining({ severity: 'error', code: 'empty-file', row: 0 })],
    });
  });

  it('gives a header and no rows for a header-only file', () => {
    expect(parseDelimited('a;b;c')).toEqual({ header: ['a', 'b', 'c'], rows: [], issues: [] });
  });

  it("reports an unterminated quote as a 'parse-error' on the row where it starts", () => {
    const table = parseDelimited('a,b\n1,2\n3,"4\n5,6\n');
    expect(table.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'parse-error', row: 3 }),
    );
  });
});

describe('parseNumberCell', () => {
  it.each(['', '   ', 'N/A', 'n/a', 'NA', 'NaN', 'null', 'None', '..', '—', '–', '-'])(
    'reads the "no data" mark %j as null',
    (raw) => {
      expect(parseNumberCell(raw)).toBeNull();
    },
  );

  it.each([
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1e-3', 0.001],
    ['1E-3', 0.001],
    ['0', 0],
    ['1', 1],
    ['0.00000', 0],
    [' 0.69556 ', 0.69556],
    ['+0.25', 0.25],
    ['-0.25', -0.25],
    ['5.', 5],
  ])('reads %j as the number %d', (raw, value) => {
    expect(parseNumberCell(raw)).toBe(value);
  });

  it.each(['abc', '0,5', '1.2.3', '0.5x', 'Infinity', '0x1', '1 000', '---', '-0-'])(
    'reads the non-number %j as NaN',
    (raw) => {
      expect(parseNumberCell(raw)).toBeNaN();
    },
  );
});

describe('normalizeHeader', () => {
  it.each([
    ['E-Government Index', 'egovernmentindex'],
    ['E-Government Index ', 'egovernmentindex'],
    ['Survey Year', 'surveyyear'],
    ['E_Index', 'eindex'],
    ['Tele_Infra', 'teleinfra'],
    ['e-gov-rank', 'egovrank'],
    ['country-code', 'countrycode'],
    ['Country Code', 'countrycode'],
    ['name_en', 'nameen'],
    ['EGDI', 'egdi'],
    ['ＥＧＤＩ', 'egdi'],
    ['Índice', 'índice'],
  ])('%j -> %j', (header, key) => {
    expect(normalizeHeader(header)).toBe(key);
  });
});

describe('mapColumns with SURVEY_COLUMNS', () => {
  // Column index for each field in each header variant; -1 = not present.
  const variants: [string, string, Record<SurveyField, number>][] = [
    [
      'UN Data Center download',
      'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index',
      { year: 0, iso3: -1, name: 1, egdiRank: 2, egdi: 3, epi: 4, osi: 5, hci: 6, tii: 7 },
    ],
    [
      'UN Data Center download with a Region column',
      'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index,Region',
      { year: 0, iso3: -1, name: 1, egdiRank: 2, egdi: 3, epi: 4, osi: 5, hci: 6, tii: 7 },
    ],
    [
      '2024 copy with renamed headers',
      'Survey Year,Country,Rank,E_Index,E_Participation,Online_Service,Human_Capital,Tele_Infra,Region',
      { year: 0, iso3: -1, name: 1, egdiRank: 2, egdi: 3, epi: 4, osi: 5, hci: 6, tii: 7 },
    ],
    [
      'UNU-EGOV copy (no year)',
      'country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii',
      { year: -1, iso3: 0, name: 1, egdiRank: 2, egdi: 3, epi: 4, osi: 5, hci: 6, tii: 7 },
    ],
    [
      "the project's own surveys.csv",
      'year,iso3,name_en,egdi_rank,egdi,osi,hci,tii,epi',
      { year: 0, iso3: 1, name: 2, egdiRank: 3, egdi: 4, osi: 5, hci: 6, tii: 7, epi: 8 },
    ],
    [
      'short upper-case names',
      'Year,ISO Code,Country,EGDI Rank,EGDI,OSI,HCI,TII,EPI',
      { year: 0, iso3: 1, name: 2, egdiRank: 3, egdi: 4, osi: 5, hci: 6, tii: 7, epi: 8 },
    ],
    [
      'headers with odd case and spacing',
      ' survey year , COUNTRY NAME ,e-government rank,E-GOVERNMENT INDEX',
      { year: 0, iso3: -1, name: 1, egdiRank: 2, egdi: 3, epi: -1, osi: -1, hci: -1, tii: -1 },
    ],
    [
      'a table that is not a survey',
      'iso3,iso2,name_en,name_zh,region',
      { year: -1, iso3: 0, name: 2, egdiRank: -1, egdi: -1, epi: -1, osi: -1, hci: -1, tii: -1 },
    ],
  ];

  it.each(variants)('%s', (_label, headerLine, expected) => {
    const header = headerLine.split(',').map((h) => h.trim());
    expect(mapColumns(header, SURVEY_COLUMNS)).toEqual(expected);
  });

  it('takes the first matching column when a header repeats', () => {
    expect(mapColumns(['egdi', 'EGDI'], { egdi: ['egdi'] })).toEqual({ egdi: 0 });
  });
});
