import { describe, expect, it } from 'vitest';
import { neutralizeCell, tableToCsv, toCsv } from '../../../src/core/export/csv';
import { exportFileName } from '../../../src/core/export/file-name';
import { seriesToTable } from '../../../src/core/export/series-table';

describe('neutralizeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 10', "'+86 10"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['中国', '中国'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('text %j becomes %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it.each([
    [-0.0123, '-0.0123'],
    [0.8119, '0.8119'],
    [12, '12'],
    [Number.NaN, ''],
  ])('number %j is written as %j (negative numbers are data, not formulas)', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it('writes a missing value as an empty cell, not 0', () => {
    expect(neutralizeCell(null)).toBe('');
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks and joins rows with CRLF', () => {
    expect(
      toCsv([
        ['a,b', 'say "hi"', 'x\ny'],
        [1, null, 'z'],
      ]),
    ).toBe('"a,b","say ""hi""","x\ny"\r\n1,,z\r\n');
  });

  it('starts with a UTF-8 byte order mark only when asked', () => {
    expect(toCsv([['中国']], { bom: true })).toBe('\uFEFF中国\r\n');
    expect(toCsv([['中国']]).charCodeAt(0)).toBe('中'.charCodeAt(0));
  });

  it('neutralises before quoting, so a quoted formula still gets its apostrophe', () => {
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe('"\'=HYPERLINK(""http://x"",""y"")"\r\n');
  });
});

describe('tableToCsv', () => {
  it('writes BOM, header, rows, a blank line, then the source and other notes', () => {
    const csv = tableToCsv(
      {
        columns: ['国家', 'EGDI'],
        rows: [
          ['中国', 0.8119],
          ['=cmd', null],
        ],
      },
      ['Source: UN E-Government Survey 2024, EGDI', 'Exported 2026-01-02'],
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF国家,EGDI',
      '中国,0.8119',
      "'=cmd,",
      '',
      '"Source: UN E-Government Survey 2024, EGDI"',
      'Exported 2026-01-02',
      '',
    ]);
  });
});

describe('tableToCsv notes with several cells', () => {
  it('writes a [label, value] note as two cells and neutralises the value', () => {
    const csv = tableToCsv({ columns: ['A'], rows: [[1]] }, ['Source: x', ['Search', '=HYPERLINK("x")']]);
    expect(csv.split('\r\n').slice(3, 5)).toEqual(['Source: x', 'Search,"\'=HYPERLINK(""x"")"']);
  });
});

describe('exportFileName', () => {
  it.each([
    [['rankings', 'osi', 2018], 'csv', 'egov-atlas_rankings_osi_2018.csv'],
    [['trends', 'egdi', null, 'all editions'], 'xlsx', 'egov-atlas_trends_egdi_all-editions.xlsx'],
    [['China view', '中国', 2024], 'png', 'egov-atlas_china-view_2024.png'],
  ] as const)('%j.%s is %s', (parts, ext, expected) => {
    expect(exportFileName(parts, ext)).toBe(expected);
  });
});

describe('seriesToTable', () => {
  it('has one row per year, one column per series, null where a series has no value', () => {
    const t = seriesToTable(
      [
        {
          name: 'A',
          points: [
            { year: 2003, value: 0.123456 },
            { year: 2005, value: null },
          ],
        },
        {
          name: 'B',
          points: [
            { year: 2005, value: 0.5 },
            { year: 2004, value: 0.25 },
          ],
        },
      ],
      'Year',
      4,
    );
    expect(t).toEqual({
      columns: ['Year', 'A', 'B'],
      rows: [
        [2003, 0.1235, null],
        [2004, null, 0.25],
        [2005, null, 0.5],
      ],
      decimals: [null, 4, 4],
    });
  });
});
