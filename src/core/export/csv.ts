/** A cell as exported: text, a number, or null for a missing value (an empty cell, never 0). */
export type ExportCell = string | number | null;

/** A table as it is exported: header row plus data rows, in display order. */
export interface ExportTable {
  columns: string[];
  rows: ExportCell[][];
}

// A spreadsheet treats text starting with one of these as a formula (or, for tab and
// carriage return, as a cell break that can hide one); see OWASP "CSV injection".
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe to open in a spreadsheet: text that starts like a formula
 * (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading apostrophe, so Excel shows it
 * as text instead of running it. Numbers pass through unchanged (a negative number is
 * data, not a formula); null (missing) becomes an empty cell.
 */
export function neutralizeCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * RFC 4180 CSV: cells neutralised (see `neutralizeCell`), quoted when they hold a comma,
 * quote or line break, rows joined by CRLF. With `bom`, the text starts with U+FEFF so
 * Excel reads it as UTF-8 (Chinese names stay readable).
 */
export function toCsv(rows: readonly (readonly ExportCell[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map((c) => quote(neutralizeCell(c))).join(',')).join('\r\n');
  return (options.bom ? '\uFEFF' : '') + body + '\r\n';
}

/**
 * The CSV file for an exported table: header, data rows, a blank line, then one line per
 * note (the source first), so the citation travels with the numbers. A note is one cell
 * of text, or several cells (e.g. a filter's label and its value).
 */
export function tableToCsv(table: ExportTable, notes: readonly (string | readonly ExportCell[])[]): string {
  const noteRows = notes.map((n) => (typeof n === 'string' ? [n] : n));
  return toCsv([table.columns, ...table.rows, ...(notes.length ? [[]] : []), ...noteRows], { bom: true });
}
