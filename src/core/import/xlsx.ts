import { fileIssue } from './issues';
import type { ReadTable } from './import-table';

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
export async function readXlsxTable(name: string, bytes: Uint8Array): Promise<ReadTable> {
  const empty: ReadTable = {
    header: [],
    rows: [],
    delimiter: ',',
    issues: [],
    encoding: 'xlsx',
    rowCount: 0,
    preview: [],
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
  const [head, ...rest] = data;
  if (!head) return { ...empty, issues: [fileIssue('empty-file', 'The workbook is empty.')] };
  const header = head.map((c) => cellText(c as Cell).trim());
  const rows: ReadTable['rows'] = [];
  const issues: ReadTable['issues'] = [];
  rest.forEach((raw, i) => {
    const cells = raw.map((c) => cellText(c as Cell));
    while (cells.length < header.length) cells.push('');
    if (cells.every((c) => c.trim() === '')) return;
    const line = i + 2;
    if (cells.slice(header.length).some((c) => c.trim() !== '')) {
      issues.push({
        severity: 'error',
        code: 'ragged-row',
        row: line,
        column: null,
        message: `Row ${line} has cells beyond the header's ${header.length} columns.`,
        params: { cells: cells.length, expected: header.length },
      });
      return;
    }
    rows.push({ line, cells: cells.slice(0, header.length) });
  });
  return {
    header,
    rows,
    delimiter: ',',
    issues,
    encoding: 'xlsx',
    rowCount: rows.length + issues.length,
    preview: rows.slice(0, 5).map((r) => r.cells),
  };
}
