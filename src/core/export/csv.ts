/**
 * Makes a cell safe to open in a spreadsheet: text starting with = + - @ (a formula in
 * Excel, LibreOffice, Google Sheets), or with a tab or carriage return, gets a leading
 * apostrophe so it is shown as text and never run. Numbers are left alone: they are
 * written by the program, not taken from a user's file, and -0.5 must stay a number.
 */
export function neutralizeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a cell for CSV (RFC 4180) when it holds a comma, quote, CR or LF. */
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel opens Chinese text correctly. */
  bom?: boolean;
}

/**
 * Writes rows (the first row is the header) as CSV with CRLF line ends, every cell
 * neutralised (see `neutralizeCell`) and quoted where needed. null is an empty cell.
 */
export function toCsv(
  rows: readonly (readonly (string | number | null | undefined)[])[],
  options: CsvOptions = {},
): string {
  const body = rows.map((r) => r.map((c) => quote(neutralizeCell(c))).join(',')).join('\r\n');
  return (options.bom ? '\uFEFF' : '') + body + '\r\n';
}
