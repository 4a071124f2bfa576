import { fileIssue } from '../issues';
import type { ReadTable } from './import-table';
import { NO_UNLISTED } from '../issues';
import { tableBuilder } from '../load/delimited';
import type { TableOptions } from '../load/delimited';

type Cell = string | number | boolean | Date | null | undefined | object;

const cellText = (c: Cell): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return String(c);
};

/**
 * Reads the first sheet of an XLSX workbook into a table. The reader
 * (read-excel-file, universal build: no DOM, no nested worker) is imported lazily, so
 * it is fetched only when a workbook is imported. Numbers become their shortest
 * round-trip text ("0.87184"), so the text validators apply unchanged.
 */
export async function readXlsxTable(
  name: string,
  bytes: Uint8Array,
  options: Omit<TableOptions, 'onHeader'> = {},
): Promise<ReadTable> {
  const empty: ReadTable = {
    header: [],
    rows: [],
    delimiter: ',',
    issues: [],
    encoding: 'xlsx',
    rowCount: 0,
    preview: [],
    top: [],
    headerRow: 0,
    unlisted: NO_UNLISTED,
  };
  let data: unknown[][];
  try {
    const { readSheet } = await import('read-excel-file/universal');
    const copy = bytes.slice().buffer;
    data = (await readSheet(copy)) as unknown[][];
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ...empty,
      issues: [fileIssue('not-xlsx', `"${name}" could not be read as a workbook: ${why}`, { name })],
    };
  }
  const head = data[0];
  if (!head) return { ...empty, issues: [fileIssue('empty-file', 'The workbook is empty.')] };
  // The reader gives every row at the width of the sheet, as Excel writes it as CSV. A
  // row that still comes shorter (a sheet stores no empty cell at a row's end) is read
  // at the first row's width, empty cells past it are dropped; only a cell written beyond
  // it makes a row ragged. Rows then follow the rules of delimited text (the header
  // found below title rows or over two merged rows included).
  const table = tableBuilder(',', options);
  const width = head.length;
  data.forEach((raw, i) => {
    const cells = raw.map((c) => cellText(c as Cell));
    let end = cells.length;
    while (end > width && (cells[end - 1] ?? '').trim() === '') end--;
    const fitted = cells.slice(0, end);
    while (fitted.length < width) fitted.push('');
    table.add(i + 1, fitted);
  });
  return { ...table.finish(), encoding: 'xlsx' };
}
