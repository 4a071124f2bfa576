/**
 * The one vocabulary of problems that every reader of data reports: the loaders of the
 * shipped files (core/load, core/groups) and the import of a user's file (core/import).
 * The UI translates an issue by its `code` and `params` (one table for all of them), so
 * the English `message` is for logs, tests and the build.
 */
export type IssueSeverity = 'error' | 'warning';

export type IssueCode =
  // Reading a table (the delimited-text front end, the workbook reader)
  | 'empty-file'
  | 'parse-error'
  | 'ragged-row'
  | 'missing-column'
  | 'unknown-format'
  // Survey rows
  | 'not-a-number'
  | 'out-of-range'
  | 'bad-year'
  | 'unknown-edition'
  | 'bad-rank'
  | 'unknown-country'
  | 'duplicate'
  | 'unassessed'
  | 'unknown-indicator'
  | 'lossy-name'
  | 'formula-like'
  // Provincial metrics
  | 'unknown-region'
  | 'unknown-unit'
  | 'bad-date'
  | 'missing-citation'
  | 'conflict'
  // A file as a whole, before or instead of its rows (import)
  | 'too-large'
  | 'binary-file'
  | 'html-file'
  | 'not-xlsx'
  | 'xlsx-renamed'
  | 'header-only'
  | 'bad-encoding'
  | 'provincial-table';

/**
 * A problem found while reading. `row` is the 1-based row number in the file as a
 * spreadsheet shows it (the header is row 1), or 0 for the file as a whole; `column` is
 * the column's header as the file writes it, or null.
 */
export interface Issue {
  severity: IssueSeverity;
  code: IssueCode;
  row: number;
  column: string | null;
  /** English message; the UI translates by `code` and `params`. */
  message: string;
  params?: Record<string, string | number>;
  /** Nearest known names, for `unknown-country`. */
  suggestions?: string[];
}

/** An issue about the file as a whole (row 0, no column). */
export function fileIssue(
  code: IssueCode,
  message: string,
  params?: Record<string, string | number>,
  severity: IssueSeverity = 'error',
): Issue {
  return { severity, code, row: 0, column: null, message, ...(params ? { params } : {}) };
}
