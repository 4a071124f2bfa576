/** A cell as exported: text, a number, or null for a missing value (an empty cell, never 0). */
export type ExportCell = string | number | null;

/** A table as it is exported: header row plus data rows, in display order. */
export interface ExportTable {
  columns: string[];
  rows: ExportCell[][];
  /**
   * Decimals a column's numbers are written with, as the source published them and the
   * screen shows them (0.22270, not 0.2227); by column position, null or absent = as is.
   */
  decimals?: readonly (number | null)[];
}

/** A number cell as text with `decimals` decimals (when given), else as JavaScript writes it. */
export function numberText(value: number, decimals: number | null | undefined): string {
  if (!Number.isFinite(value)) return '';
  return decimals === null || decimals === undefined ? String(value) : value.toFixed(decimals);
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
export function neutralizeCell(cell: ExportCell, decimals?: number | null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return numberText(cell, decimals);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * RFC 4180 CSV: cells neutralised (see `neutralizeCell`), quoted when they hold a comma,
 * quote or line break, rows joined by CRLF. With `bom`, the text starts with U+FEFF so
 * Excel reads it as UTF-8 (Chinese names stay readable).
 */
export function toCsv(
  rows: readonly (readonly ExportCell[])[],
  options: { bom?: boolean; decimals?: readonly (number | null)[] } = {},
): string {
  const body = rows
    .map((r) => r.map((c, i) => quote(neutralizeCell(c, options.decimals?.[i]))).join(','))
    .join('\r\n');
  return (options.bom ? '\uFEFF' : '') + body + '\r\n';
}

/**
 * The CSV file for an exported table: header, data rows, a blank line, then one line per
 * note (the source first), so the citation travels with the numbers. A note is one cell
 * of text, or several cells (e.g. a filter's label and its value).
 */
export function tableToCsv(table: ExportTable, notes: readonly (string | readonly ExportCell[])[]): string {
  const noteRows = notes.map((n) => (typeof n === 'string' ? [n] : n));
  const data = toCsv([table.columns, ...table.rows], {
    bom: true,
    ...(table.decimals ? { decimals: table.decimals } : {}),
  });
  return notes.length ? `${data}\r\n${toCsv(noteRows)}` : data;
}
