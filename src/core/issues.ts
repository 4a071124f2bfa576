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
  | 'header-row'
  | 'two-row-header'
  | 'footer-notes'
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
  | 'formula-no-value'
  // Provincial metrics
  | 'unknown-region'
  | 'unknown-metric'
  | 'missing-metric'
  | 'missing-value'
  | 'not-a-group'
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

/** What a reader counted but did not list (past its limit). */
export interface UnlistedIssues {
  /** Unlisted issues by code. */
  counts: Partial<Record<IssueCode, number>>;
  /** Rows with an error, none of which is listed. */
  rows: number;
}

export const NO_UNLISTED: UnlistedIssues = Object.freeze({ counts: Object.freeze({}), rows: 0 });

/** The sum of several readers' unlisted issues. */
export function addUnlisted(...parts: readonly UnlistedIssues[]): UnlistedIssues {
  const counts: Partial<Record<IssueCode, number>> = {};
  let rows = 0;
  for (const p of parts) {
    rows += p.rows;
    for (const [code, n] of Object.entries(p.counts) as [IssueCode, number][])
      counts[code] = (counts[code] ?? 0) + n;
  }
  return { counts, rows };
}

/**
 * The issues of one reader: up to `max` errors and `max` warnings are listed, the rest
 * only counted (by code, and the rows they reject), so a file of a million bad rows
 * holds no million issue objects, and no list is ever spread into a call's arguments.
 * `build` runs only for an issue that is listed (messages and suggestions cost time).
 * A row's errors are expected together (a reader checks one row at a time).
 */
export function issueLog(max = Infinity) {
  const listed: Issue[] = [];
  const counts: Partial<Record<IssueCode, number>> = {};
  const kept = { error: 0, warning: 0 };
  let rows = 0;
  // The last row with an error, and whether it is already accounted for (listed or counted).
  let lastRow = -1;
  /** Whether an issue of this severity would be listed now (build it only then). */
  const listing = (severity: IssueSeverity): boolean => kept[severity] < max;
  /** Counts an issue without listing it. */
  const count = (severity: IssueSeverity, code: IssueCode, row: number): void => {
    counts[code] = (counts[code] ?? 0) + 1;
    if (severity === 'error' && row > 1 && row !== lastRow) {
      rows++;
      lastRow = row;
    }
  };
  const push = (issue: Issue): void => {
    const { severity, code, row } = issue;
    if (!listing(severity)) {
      count(severity, code, row);
      return;
    }
    kept[severity]++;
    listed.push(issue);
    if (severity === 'error' && row > 1) lastRow = row;
  };
  return {
    listed,
    listing,
    count,
    push,
    add: (severity: IssueSeverity, code: IssueCode, row: number, build: () => Issue): void => {
      if (listing(severity)) push(build());
      else count(severity, code, row);
    },
    unlisted: (): UnlistedIssues => ({ counts: { ...counts }, rows }),
  };
}

export type IssueLog = ReturnType<typeof issueLog>;
