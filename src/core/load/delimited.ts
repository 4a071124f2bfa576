import Papa from 'papaparse';
import { NO_UNLISTED, fileIssue, issueLog } from '../issues';
import type { Issue, IssueLog, UnlistedIssues } from '../issues';

// The one front end for delimited text (CSV, TSV, semicolon files): every loader of
// core/load and core/groups, the import of a user's file (core/import, also in the import
// worker) and the data build read text through `readDelimited`, so a BOM, the delimiter,
// blank lines, the header and ragged rows are handled the same way everywhere.

export interface TableRow {
  /** The 1-based row number in the file as a spreadsheet shows it (header = 1). */
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  /** Data rows; blank ones are left out (but counted in `line`). */
  rows: TableRow[];
  issues: Issue[];
}

/** A table with what a reader of a user's file also needs to know. */
export interface ParsedTable extends Table {
  /** The delimiter used (',' for an empty file or a workbook). */
  delimiter: string;
  /** Data rows read (blank ones not counted), ragged rows included. */
  rowCount: number;
  /** The first data rows, ragged rows included, for the column-mapping preview. */
  preview: string[][];
  /** The file's first non-blank records, header and any title rows above it included. */
  top: TableRow[];
  /** The 1-based row of the header (the last one of a two-row header). */
  headerRow: number;
  /** Issues past `maxIssues`, counted only. */
  unlisted: UnlistedIssues;
}

/** Receives each accepted data row instead of the table keeping it. */
export type RowSink = (line: number, cells: string[]) => void;

/** How many leading non-blank records are searched for the header (and kept in `top`). */
export const HEADER_SCAN_ROWS = 10;

/**
 * Finds the header among a file's first non-blank records (title rows above it, a header
 * of two rows such as "EGDI" merged over "Value"). Returns the index of its first record,
 * how many records it spans and the header cells, or null for "the first record".
 */
export type HeaderFinder = (
  records: readonly (readonly string[])[],
) => { index: number; span: 1 | 2; header: string[] } | null;

export interface TableOptions {
  /**
   * Called once with the header (and the delimiter). A returned sink receives every
   * accepted data row as it is parsed, and `rows` stays empty: a large file is validated
   * as it streams instead of being held whole.
   */
  onHeader?: (header: string[], delimiter: string) => RowSink | null;
  /** Errors and warnings listed (each); past that they are only counted. Default: all. */
  maxIssues?: number;
  /** Looks for the header in the first records; without it the first record is the header. */
  findHeader?: HeaderFinder;
  /** The user's choice: the header is this 1-based row (rows above it are skipped). */
  headerRow?: number;
}

export interface ReadDelimitedOptions extends TableOptions {
  /** Characters per chunk (default 1 MiB). */
  chunkSize?: number;
  /** Called after each chunk with the characters parsed so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

const PREVIEW_ROWS = 5;

/** Drops a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Guesses the delimiter (comma, semicolon or tab) and the line break from the first rows,
 * with blank lines skipped: Papa's guess counts a blank line (the one after a final
 * newline, too) as a 1-cell row, which drags a 2-column file below its 2-cells-per-row
 * threshold and falls back to ','. The text is then parsed with both fixed, keeping blank
 * lines, so row numbers still count them, and every chunk splits lines the same way (a
 * guess made on the first chunk alone could take the CR of a CRLF cut at its end for the
 * line break). Only the first 64 KB are read; the guess looks at 10 rows anyway.
 */
export function guessLayout(body: string): { delimiter: string; newline: '\r\n' | '\n' | '\r' } {
  const { delimiter, linebreak } = Papa.parse<string[]>(body.slice(0, 64 * 1024), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    preview: 10,
  }).meta;
  const newline = linebreak === '\r\n' || linebreak === '\r' ? linebreak : '\n';
  return { delimiter, newline };
}

/** An error for a row whose cell count is not the header's. */
export function raggedRowIssue(line: number, cells: number, expected: number): Issue {
  return {
    severity: 'error',
    code: 'ragged-row',
    row: line,
    column: null,
    message: `Row ${line} has ${cells} cells; the header has ${expected}.`,
    params: { cells, expected },
  };
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** A line that reads as a note: one or two filled cells, the first of them text, not a number. */
function isNoteLine(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  const first = filled[0]?.trim() ?? '';
  return filled.length <= 2 && first !== '' && !/^[-+]?\d+([.,]\d+)?%?$/.test(first);
}

/** A note's text as a review quotes it (its filled cells, at most 80 characters). */
const noteText = (cells: readonly string[]) =>
  cells
    .filter((c) => c.trim() !== '')
    .join(' ')
    .slice(0, 80);

/**
 * The row rules of every table reader (delimited text and workbooks), fed one record at a
 * time in file order: the first record is the header (cells trimmed), unless `findHeader`
 * finds it further down or the user chose `headerRow` (the records above it are skipped,
 * with a `header-row` note); a record whose cells are all blank is skipped but still
 * counted in row numbers; a record with a different number of cells than the header is a
 * `ragged-row` error and is left out, because its cells cannot be trusted to sit under
 * the right column (mixed delimiters, an unquoted comma in a name).
 */
export function tableBuilder(
  delimiter: string,
  options: TableOptions = {},
): { add(line: number, cells: string[]): void; log: IssueLog; finish(): ParsedTable } {
  const { onHeader, findHeader, headerRow: chosenRow } = options;
  let header: string[] | null = null;
  let headerRow = 0;
  let sink: RowSink | null = null;
  const rows: TableRow[] = [];
  const preview: string[][] = [];
  const top: TableRow[] = [];
  const log = issueLog(options.maxIssues);
  let rowCount = 0;
  let skipped = 0;
  // Records held until the header is found (only with `findHeader`).
  let waiting: TableRow[] | null = findHeader && chosenRow === undefined ? [] : null;
  // Notes under a table: after a blank row, lines of one or two filled cells (a source, a
  // remark, the app's own export footer) are held; if only such lines follow to the end of
  // the file they are notes, not rows; a data row after them makes them rows again.
  let afterBlank = false;
  let notes: TableRow[] = [];

  const setHeader = (cells: readonly string[], line: number, above: number, firstLine = line) => {
    header = cells.map((h) => h.trim());
    headerRow = line;
    if (firstLine !== line)
      log.push({
        severity: 'warning',
        code: 'two-row-header',
        row: line,
        column: null,
        message: `The header spans rows ${firstLine}-${line}; they were read as one.`,
        params: { first: firstLine, row: line },
      });
    if (above > 0)
      log.push({
        severity: 'warning',
        code: 'header-row',
        row: line,
        column: null,
        message: `The header is on row ${firstLine}; the ${above} row(s) above it were skipped.`,
        params: { row: firstLine, skipped: above },
      });
    sink = onHeader?.(header, delimiter) ?? null;
  };
  const data = (line: number, cells: string[]) => {
    const width = (header as string[] | null)?.length ?? 0;
    rowCount++;
    if (preview.length < PREVIEW_ROWS) preview.push(cells);
    if (cells.length !== width) {
      if (log.listing('error')) log.push(raggedRowIssue(line, cells.length, width));
      else log.count('error', 'ragged-row', line);
      return;
    }
    if (sink) sink(line, cells);
    else rows.push({ line, cells });
  };
  const decide = () => {
    if (waiting === null) return;
    const held = waiting;
    waiting = null;
    const first = held[0];
    if (!first) return;
    const found = findHeader?.(held.map((r) => r.cells)) ?? null;
    const at = found ? found.index + found.span - 1 : 0;
    const last = held[at] ?? first;
    setHeader(found?.header ?? first.cells, last.line, found?.index ?? 0, held[found?.index ?? 0]?.line);
    for (const r of held.slice(at + 1)) data(r.line, r.cells);
  };

  return {
    log,
    add(line, cells) {
      if (isBlank(cells)) {
        if (header !== null && rowCount > 0) afterBlank = true;
        return;
      }
      if (top.length < HEADER_SCAN_ROWS) top.push({ line, cells });
      if (waiting !== null) {
        waiting.push({ line, cells });
        if (waiting.length >= HEADER_SCAN_ROWS) decide();
        return;
      }
      if (header === null) {
        if (chosenRow !== undefined && line < chosenRow) {
          skipped++;
          return;
        }
        setHeader(cells, line, skipped);
        return;
      }
      if (afterBlank && isNoteLine(cells)) {
        notes.push({ line, cells });
        return;
      }
      for (const n of notes) data(n.line, n.cells);
      notes = [];
      afterBlank = false;
      data(line, cells);
    },
    finish: () => {
      decide();
      const first = notes[0];
      if (first)
        log.push({
          severity: 'warning',
          code: 'footer-notes',
          row: first.line,
          column: null,
          message: `${notes.length} line(s) under the table were read as notes, not data ("${noteText(first.cells)}").`,
          params: { count: notes.length, text: noteText(first.cells) },
        });
      return {
        header: header ?? [],
        rows,
        issues: log.listed,
        delimiter,
        rowCount,
        preview,
        top,
        headerRow,
        unlisted: log.unlisted(),
      };
    },
  };
}

/**
 * Reads delimited text (comma, semicolon or tab, detected) into a header and rows, chunk
 * by chunk (papaparse streaming over the string), so a worker can report progress on a
 * large file. A leading BOM is dropped; an empty text is an `empty-file` error; rows
 * follow `tableBuilder`'s rules; a malformed record (an unclosed quote) is a
 * `parse-error` on the row where it starts. Takes a string, not a URL, so tests feed
 * fixture text.
 */
export function readDelimited(text: string, options: ReadDelimitedOptions = {}): ParsedTable {
  const body = stripBom(text);
  if (body.trim() === '') {
    return {
      header: [],
      rows: [],
      delimiter: ',',
      issues: [fileIssue('empty-file', 'The file is empty.')],
      rowCount: 0,
      preview: [],
      top: [],
      headerRow: 0,
      unlisted: NO_UNLISTED,
    };
  }
  const { delimiter, newline } = guessLayout(body);
  const table = tableBuilder(delimiter, options);
  let record = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    newline,
    skipEmptyLines: false,
    chunkSize: options.chunkSize ?? 1024 * 1024,
    chunk(results: Papa.ParseResult<string[]>) {
      // (The guess's own errors, such as UndetectableDelimiter on a one-column file, are
      // not worth showing; only the real parse reports.)
      for (const err of results.errors) {
        const row = record + (err.row ?? 0) + 1;
        table.log.add('error', 'parse-error', row, () => ({
          severity: 'error',
          code: 'parse-error',
          row,
          column: null,
          message: err.message,
        }));
      }
      for (const cells of results.data) table.add(++record, cells);
      options.onProgress?.(results.meta.cursor, body.length);
    },
    // The string streamer runs synchronously: every chunk has been handled on return.
    complete() {},
  });
  return table.finish();
}

/** `readDelimited` of a whole text, for the loaders: header, rows and issues. */
export function parseDelimited(text: string): Table {
  const { header, rows, issues } = readDelimited(text);
  return { header, rows, issues };
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

/**
 * The marks tables write for "no data": blank, N/A, n.a., NA, "..", "…", "-", "--", "—",
 * "——", "–", "/", 无, 暂无, 缺, 不详 (compared after NFKC, so a full-width "－" is "-").
 */
const MISSING_MARK =
  /^(n\/?a\.?|n\.a\.?|na|nan|null|none|\.{2,3}|-{1,2}|—{1,2}|–{1,2}|\/|无|暂无|缺|缺失|不详|空)$/i;

/** True for a cell that says "no data" (see MISSING_MARK). */
export function isMissingMark(raw: string): boolean {
  const s = raw.trim();
  if (s === '') return true;
  const c = s.charCodeAt(0);
  // A cell starting with a digit is never a mark (the common case: no normalising).
  return !(c >= 48 && c <= 57) && MISSING_MARK.test(s.normalize('NFKC').trim());
}

/** Parses a number cell; '' and common "no data" marks give null; anything else non-numeric gives NaN. */
export function parseNumberCell(raw: string): number | null {
  const s = raw.trim();
  if (isMissingMark(s)) return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number.NaN;
  return Number(s);
}
