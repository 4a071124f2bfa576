import { fileIssue } from '../issues';
import type { ReadTable } from './import-table';
import { NO_UNLISTED } from '../issues';
import type { Issue } from '../issues';
import { uncachedFormulaCells } from './xlsx-formulas';
import type { UncachedCell } from './xlsx-formulas';
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
  const read = table.finish();
  const formulas = formulaIssues(await uncachedFormulaCells(bytes), read.header, read.headerRow);
  return { ...read, issues: read.issues.concat(formulas), encoding: 'xlsx' };
}

/** Cells named in a warning, at most. */
const NAMED_CELLS = 10;

/**
 * One warning per column with formula cells that hold no value (below the header): which
 * cells and how many. They are read as blank, and a blank never replaces a loaded value.
 */
function formulaIssues(
  cells: readonly UncachedCell[],
  header: readonly string[],
  headerRow: number,
): Issue[] {
  const byColumn = new Map<number, string[]>();
  for (const c of cells) {
    if (c.row <= headerRow) continue;
    const list = byColumn.get(c.column) ?? [];
    list.push(c.address);
    byColumn.set(c.column, list);
  }
  return [...byColumn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([column, addresses]) => {
      const name = header[column] || (addresses[0] ?? '').replace(/\d+$/, '');
      const shown =
        addresses.slice(0, NAMED_CELLS).join(', ') + (addresses.length > NAMED_CELLS ? ', …' : '');
      return {
        severity: 'warning',
        code: 'formula-no-value',
        row: 0,
        column: name,
        message: `${addresses.length} formula cell(s) in column "${name}" hold no saved result (${shown}); they are read as blank.`,
        params: { count: addresses.length, cells: shown },
      };
    });
}
