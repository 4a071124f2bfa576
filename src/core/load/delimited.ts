import Papa from 'papaparse';
import type { LoadIssue } from '../types';

export interface Table {
  header: string[];
  /** Data rows; `line` is the 1-based row number in the file (header = 1). */
  rows: { line: number; cells: string[] }[];
  issues: LoadIssue[];
}

/** Drops a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Guesses the delimiter (comma, semicolon or tab) from the first rows, with blank lines
 * skipped: Papa's guess counts a blank line (the one after a final newline, too) as a
 * 1-cell row, which drags a 2-column file below its 2-cells-per-row threshold and falls
 * back to ','. Callers then parse with that delimiter keeping blank lines, so row numbers
 * still count them. Only the first 64 KB are read; the guess looks at 10 rows anyway.
 */
export function guessDelimiter(body: string): string {
  return Papa.parse<string[]>(body.slice(0, 64 * 1024), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    preview: 10,
  }).meta.delimiter;
}

/**
 * Parses delimited text (comma, semicolon or tab, detected) into a header and rows.
 * Takes a string, not a URL, so tests feed fixture text. A leading BOM is dropped and
 * blank lines are skipped. Rows with a different number of cells than the header are
 * kept and reported as `ragged-row` warnings, so the caller decides what to do.
 */
export function parseDelimited(text: string): Table {
  const body = stripBom(text);
  const issues: LoadIssue[] = [];
  if (body.trim() === '') {
    return {
      header: [],
      rows: [],
      issues: [
        { severity: 'error', code: 'empty-file', row: 0, column: null, message: 'The file is empty.' },
      ],
    };
  }
  const delimiter = guessDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  // (The guess's own errors, such as UndetectableDelimiter on a one-column file, are
  // not worth showing; only the real parse reports.)
  for (const err of parsed.errors) {
    issues.push({
      severity: 'error',
      code: 'parse-error',
      row: (err.row ?? -1) + 1,
      column: null,
      message: err.message,
    });
  }
  const [header = [], ...data] = parsed.data;
  const rows: Table['rows'] = [];
  // Row numbers count records as a spreadsheet shows them (header = 1); blank records
  // are skipped but still counted, so a reported row is the one the user sees.
  data.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) {
      issues.push({
        severity: 'warning',
        code: 'ragged-row',
        row: line,
        column: null,
        message: `Row ${line} has ${cells.length} cells; the header has ${header.length}.`,
        params: { cells: cells.length, expected: header.length },
      });
    }
    rows.push({ line, cells });
  });
  return { header: header.map((h) => h.trim()), rows, issues };
}

/** Lower-cases and strips everything but letters and digits: "E-Government Index " -> "egovernmentindex". */
export function normalizeHeader(h: string): string {
  return h
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Finds, for each wanted field, the column index whose normalised header is one of the
 * field's aliases. Returns -1 for a field not present.
 */
export function mapColumns<F extends string>(
  header: string[],
  aliases: Record<F, readonly string[]>,
): Record<F, number> {
  const norm = header.map(normalizeHeader);
  const out = {} as Record<F, number>;
  for (const field of Object.keys(aliases) as F[]) {
    const wanted = aliases[field].map(normalizeHeader);
    out[field] = norm.findIndex((h) => wanted.includes(h));
  }
  return out;
}

/** Parses a number cell; '' and common "no data" marks give null; anything else non-numeric gives NaN. */
export function parseNumberCell(raw: string): number | null {
  const s = raw.trim();
  if (s === '' || /^(n\/?a|na|nan|null|none|\.\.|-|—|–)$/i.test(s)) return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number.NaN;
  return Number(s);
}
