// One delimited-text front end for the loaders (core/load) and the import (core/import):
// the same text gives the same rows and the same issues whichever way it is read, whole
// or in chunks, kept or streamed to a sink. The ragged-row rule is the import's: a row
// with another cell count than the header is an error and is left out (the loaders kept
// it with a warning before).
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { importBytes, readFileTable } from '../../src/core/import/read-file';
import { parseDelimited, readDelimited } from '../../src/core/load/delimited';
import { loadSurveyCsv } from '../../src/core/load/surveys';
import { gazetteer } from './fixtures';

const HEADER = 'year,iso3,name_en,egdi_rank,egdi,osi,hci,tii,epi';
const TEXT = [
  HEADER,
  '2024,CHN,China,35,0.88,0.9,0.91,0.8,0.87',
  '',
  '2024,DNK,Denmark,1,0.98', // row 4: short
  '2024,CUB,Cuba,100,0.6,0.5,0.6,0.5,0.4,0.3', // row 5: long
  '2024,TUR,Türkiye,27,0.8,0.8,0.8,0.8,0.8',
  '',
].join('\n');

const ragged = (row: number, cells: number) => ({
  severity: 'error',
  code: 'ragged-row',
  row,
  column: null,
  message: `Row ${row} has ${cells} cells; the header has 9.`,
  params: { cells, expected: 9 },
});

describe('the ragged-row rule, the same for load and import', () => {
  it('the loaders leave ragged rows out, each with an error', () => {
    const loaded = loadSurveyCsv(TEXT, gazetteer);
    expect(loaded.rows.map((r) => r.iso3)).toEqual(['CHN', 'TUR']);
    expect(loaded.issues).toEqual([ragged(4, 5), ragged(5, 10)]);
  });

  it('the import leaves the same rows out with the same issues', async () => {
    const imported = await importBytes('survey.csv', new TextEncoder().encode(TEXT), gazetteer);
    expect(imported.rows.map((r) => r.iso3)).toEqual(['CHN', 'TUR']);
    expect(imported.issues).toEqual([ragged(4, 5), ragged(5, 10)]);
    expect(imported.rejectedRows).toBe(2);
    expect(imported.dataRows).toBe(4);
  });

  it('a long-format import, validated as it streams, leaves ragged rows out the same way', async () => {
    const long =
      'year,iso3,indicator,value\n2024,CHN,egdi,0.88\n2024,DNK,egdi\n\n2024,TUR,egdi,0.8,x\n2024,CUB,osi,0.5\n';
    const imported = await importBytes('long.csv', new TextEncoder().encode(long), gazetteer);
    expect(imported.rows.map((r) => r.iso3)).toEqual(['CHN', 'CUB']);
    expect(imported.issues.map((i) => [i.code, i.row, i.params])).toEqual([
      ['ragged-row', 3, { cells: 3, expected: 4 }],
      ['ragged-row', 5, { cells: 5, expected: 4 }],
    ]);
  });

  it('a workbook is read as Excel saves it as CSV: every row at the width of the sheet, so none is ragged', async () => {
    const cell = (value: string | null) => (value === null ? null : { value, type: String });
    const sheet = [
      ['year', 'iso3', 'name_en', 'egdi', 'osi'],
      ['2024', 'CHN', 'China', '0.88', '0.9'],
      ['2024', 'DNK', 'Denmark', '0.98'],
      ['2024', 'CUB', 'Cuba', '0.6', '0.5', 'a note beside the table'],
    ].map((r) => r.map(cell));
    const bytes = new Uint8Array(await writeXlsxFile(sheet).toBuffer());
    const read = await readFileTable('survey.xlsx', bytes);
    if (!read.ok) throw new Error('the workbook was not read');
    expect(read.table.header).toEqual(['year', 'iso3', 'name_en', 'egdi', 'osi', '']);
    expect(read.table.rows).toEqual([
      { line: 2, cells: ['2024', 'CHN', 'China', '0.88', '0.9', ''] },
      { line: 3, cells: ['2024', 'DNK', 'Denmark', '0.98', '', ''] },
      { line: 4, cells: ['2024', 'CUB', 'Cuba', '0.6', '0.5', 'a note beside the table'] },
    ]);
    expect(read.table.issues).toEqual([]);
    // The same sheet saved as CSV by Excel reads the same.
    const csv = readDelimited(
      'year,iso3,name_en,egdi,osi,\n2024,CHN,China,0.88,0.9,\n2024,DNK,Denmark,0.98,,\n2024,CUB,Cuba,0.6,0.5,a note beside the table\n',
    );
    expect([csv.header, csv.rows, csv.issues]).toEqual([read.table.header, read.table.rows, []]);
  });
});

describe('readDelimited in chunks', () => {
  const whole = readDelimited(TEXT);

  it.each([1, 7, 16, 50])('gives the same table with %i-character chunks', (chunkSize) => {
    expect(readDelimited(TEXT, { chunkSize })).toEqual(whole);
  });

  it('is what parseDelimited gives the loaders', () => {
    const { header, rows, issues } = whole;
    expect(parseDelimited(TEXT)).toEqual({ header, rows, issues });
    expect(whole).toMatchObject({ delimiter: ',', rowCount: 4 });
    expect(whole.preview.map((cells) => cells[1])).toEqual(['CHN', 'DNK', 'CUB', 'TUR']);
  });

  it('splits CRLF lines the same when the first chunk ends between CR and LF (found by fuzzing)', () => {
    const text = 'year,iso3,egdi\r\n2024,CHN,0.88\r\n2024,JPN,0.93\r\n';
    const whole = readDelimited(text);
    expect(whole.rows.map((r) => r.cells[1])).toEqual(['CHN', 'JPN']);
    // 15 characters: the first chunk ends right after the header's CR.
    for (const chunkSize of [1, 15, 16]) expect(readDelimited(text, { chunkSize })).toEqual(whole);
  });

  it('streams only the accepted rows to a sink, and keeps none', () => {
    const seen: number[] = [];
    const streamed = readDelimited(TEXT, {
      chunkSize: 16,
      onHeader: (header, delimiter) => {
        expect([header.length, delimiter]).toEqual([9, ',']);
        return (line) => seen.push(line);
      },
    });
    expect(seen).toEqual([2, 6]);
    expect(streamed.rows).toEqual([]);
    expect(streamed.issues).toEqual(whole.issues);
  });

  it('numbers an unclosed quote in a later chunk by the row where it starts', () => {
    const text = `${HEADER}\n2024,CHN,China,35,0.88,0.9,0.91,0.8,0.87\n\n2024,DNK,"Denmark,1,0.9,0.9,0.9,0.9,0.9\n`;
    for (const chunkSize of [undefined, 20]) {
      const table = readDelimited(text, chunkSize ? { chunkSize } : {});
      expect(table.issues.filter((i) => i.code === 'parse-error').map((i) => i.row)).toEqual([4]);
    }
  });
});
