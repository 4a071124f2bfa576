import Papa from 'papaparse';
import { guessDelimiter, stripBom } from '../load/delimited';
import type { Table } from '../load/delimited';
import { fileIssue } from './issues';
import type { ImportIssue } from './issues';

export interface ParsedText {
  header: string[];
  rows: Table['rows'];
  delimiter: string;
  issues: ImportIssue[];
  /** Data rows read (blank ones not counted), kept in `rows` or given to a row sink. */
  rowCount: number;
  /** The first data rows, for the column-mapping preview. */
  preview: string[][];
}

/** Receives each data row instead of the table keeping it. */
export type RowSink = (line: number, cells: string[]) => void;

const PREVIEW_ROWS = 5;

export interface ParseTextOptions {
  /** Characters per chunk (default 1 MiB). */
  chunkSize?: number;
  /** Called after each chunk with the characters parsed so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Called once with the header (and the delimiter). A returned sink receives every data
   * row as it is parsed, and `rows` stays empty: a large file is validated as it streams
   * instead of being held whole.
   */
  onHeader?: (header: string[], delimiter: string) => RowSink | null;
}

/**
 * Parses delimited text chunk by chunk (papaparse streaming over the string), so a
 * worker can report progress on a large file. Same conventions as `parseDelimited`:
 * delimiter (comma, semicolon, tab) guessed with blank lines skipped, blank records
 * skipped but counted, `line` = the row number a spreadsheet shows (header = 1). Rows
 * with a different cell count than the header are returned as `ragged-row` issues
 * instead of rows, because their cells cannot be trusted to sit under the right column.
 */
export function parseTextTable(text: string, options: ParseTextOptions = {}): ParsedText {
  const body = stripBom(text);
  const issues: ImportIssue[] = [];
  if (body.trim() === '') {
    return {
      header: [],
      rows: [],
      delimiter: ',',
      issues: [fileIssue('empty-file', 'The file is empty.')],
      rowCount: 0,
      preview: [],
    };
  }
  const delimiter = guessDelimiter(body);
  let header: string[] | null = null;
  const rows: Table['rows'] = [];
  const preview: string[][] = [];
  let sink: RowSink | null = null;
  let rowCount = 0;
  let record = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    chunkSize: options.chunkSize ?? 1024 * 1024,
    chunk(results: Papa.ParseResult<string[]>) {
      for (const err of results.errors) {
        issues.push({
          severity: 'error',
          code: 'parse-error',
          row: record + (err.row ?? 0) + 1,
          column: null,
          message: err.message,
        });
      }
      for (const cells of results.data) {
        record++;
        if (header === null) {
          header = cells.map((h) => h.trim());
          sink = options.onHeader?.(header, delimiter) ?? null;
          continue;
        }
        if (cells.every((c) => c.trim() === '')) continue;
        rowCount++;
        if (preview.length < PREVIEW_ROWS) preview.push(cells);
        if (cells.length !== header.length) {
          issues.push({
            severity: 'error',
            code: 'ragged-row',
            row: record,
            column: null,
            message: `Row ${record} has ${cells.length} cells; the header has ${header.length}.`,
            params: { cells: cells.length, expected: header.length },
          });
          continue;
        }
        if (sink) sink(record, cells);
        else rows.push({ line: record, cells });
      }
      options.onProgress?.(results.meta.cursor, body.length);
    },
    // The string streamer runs synchronously: every chunk has been handled on return.
    complete() {},
  });
  return { header: header ?? [], rows, delimiter, issues, rowCount, preview };
}
