import type { IndexId } from '../types';
import { INDEX_IDS } from '../types';
import type { SurveyRow } from '../types';
import type { Gazetteer } from '../load/gazetteer';
import { loadSurveyTable } from '../load/surveys';
import type { ParsedTable, TableRow } from '../load/delimited';
import type { TextEncodingId } from './decode';
import { NO_UNLISTED, addUnlisted, fileIssue, issueLog } from '../issues';
import type { Issue, IssueCode, UnlistedIssues } from '../issues';
import { loadSurveyLong } from './long-format';
import { lossyNameGazetteer, repairedNameIssues } from './lossy-names';
import type { LongLoadResult } from './long-format';
import { detectNumberFormat, indexNumberParser } from './numbers';
import { isProvincialTable, recognizeShape, yearFromFileName } from './shapes';
import type { ShapeMatch } from './shapes';

/** At most this many issues are listed one by one; `issueCounts` still counts them all. */
export const MAX_LISTED_ISSUES = 1000;

/** Distinct unknown country names that get nearest-name suggestions (about 1 ms each). */
export const MAX_SUGGESTED_NAMES = 50;

/** A table read from a file (text or workbook), before it is matched to a shape. */
export interface ReadTable extends ParsedTable {
  /** 'xlsx' for a workbook. */
  encoding: TextEncodingId | 'xlsx';
  /** The rows of a long-format file, validated as they streamed in (`rows` is then empty). */
  streamed?: LongLoadResult;
}

export interface ImportResult {
  fileName: string;
  encoding: TextEncodingId | 'xlsx' | null;
  delimiter: string | null;
  decimalComma: boolean;
  /** The shape that was recognised or mapped; null when the user must map columns. */
  match: ShapeMatch | null;
  header: string[];
  /** The first data rows, for the column-mapping preview. */
  preview: string[][];
  /** The file's first non-blank records, for picking the header row in the mapping step. */
  top: TableRow[];
  /** The 1-based row read as the header (0 when there is none). */
  headerRow: number;
  /** Rows that passed validation (not yet compared with the loaded data). */
  rows: SurveyRow[];
  /** Errors (rows left out) and warnings, errors first, at most MAX_LISTED_ISSUES. */
  issues: Issue[];
  issueCounts: Partial<Record<IssueCode, number>>;
  /** Data rows with at least one error. */
  rejectedRows: number;
  /** Data rows read from the file. */
  dataRows: number;
}

/** An import result for a file refused as a whole (too large, binary, unreadable). */
export function refusedImport(fileName: string, issues: Issue[]): ImportResult {
  return finish(
    {
      fileName,
      encoding: null,
      delimiter: null,
      decimalComma: false,
      match: null,
      header: [],
      preview: [],
      top: [],
      headerRow: 0,
      rows: [],
      dataRows: 0,
    },
    issues,
  );
}

/**
 * The result with its issues counted and listed: errors first, each group in row order,
 * at most MAX_LISTED_ISSUES. `unlisted`: what the readers counted without listing.
 */
function finish(
  partial: Omit<ImportResult, 'issues' | 'issueCounts' | 'rejectedRows'>,
  all: readonly Issue[],
  unlisted: UnlistedIssues = NO_UNLISTED,
): ImportResult {
  const issueCounts: Partial<Record<IssueCode, number>> = { ...unlisted.counts };
  const rejected = new Set<number>();
  for (const i of all) {
    issueCounts[i.code] = (issueCounts[i.code] ?? 0) + 1;
    if (i.severity === 'error' && i.row > 1) rejected.add(i.row);
  }
  const byRow = (a: Issue, b: Issue) => a.row - b.row;
  const errors = all.filter((i) => i.severity === 'error').sort(byRow);
  const warnings = all.filter((i) => i.severity !== 'error').sort(byRow);
  return {
    ...partial,
    issues: errors.concat(warnings).slice(0, MAX_LISTED_ISSUES),
    issueCounts,
    rejectedRows: rejected.size + unlisted.rows,
  };
}

/**
 * Validates a table read from a file: recognises its shape (or uses the user's column
 * `mapping`), detects decimal commas, and loads the rows with the core loaders. Index
 * values outside [0, 1] are rejected; percent strings are read as fractions. Nothing is
 * merged here: see `planMerge`.
 */
export function importTable(
  table: ReadTable,
  gazetteer: Gazetteer,
  options: {
    fileName: string;
    mapping?: ShapeMatch | null;
    /** The loaded data's value for a country, edition and index (see SurveyLoadOptions.known). */
    known?: (year: number, iso3: string, index: IndexId) => number | null;
  },
): ImportResult {
  // Lists are joined with concat, never spread into a call: a file of bad rows gives
  // more issues than a call takes arguments.
  let issues: Issue[] = table.issues.slice();
  let unlisted = table.unlisted;
  const yearFromName = yearFromFileName(options.fileName);
  const match = options.mapping ?? recognizeShape(table.header, yearFromName);
  const base = {
    fileName: options.fileName,
    encoding: table.encoding,
    delimiter: table.encoding === 'xlsx' ? null : table.delimiter,
    header: table.header,
    preview: table.preview,
    top: table.top,
    headerRow: table.headerRow,
    dataRows: table.rowCount,
    match,
  };
  const done = (rows: SurveyRow[], decimalComma = false) =>
    finish({ ...base, rows, decimalComma }, issues, unlisted);
  if (table.header.length === 0) return done([]);
  if (base.dataRows === 0) {
    issues.push(fileIssue('header-only', 'The file has a header but no data rows.'));
    return done([]);
  }
  if (!match && isProvincialTable(table.header)) {
    issues.push(
      fileIssue(
        'provincial-table',
        'This is a provincial metrics table (province, metric, value): import it on the Provinces page.',
      ),
    );
    return done([]);
  }
  if (!match) {
    issues.push(
      fileIssue(
        'unknown-format',
        table.header.length < 2
          ? 'Only one column was found: the delimiter is not a comma, semicolon or tab.'
          : `The columns were not recognised (${table.header.join(', ')}); map them to fields.`,
        { header: table.header.join(', '), columns: table.header.length },
      ),
    );
    return { ...done([]), match: null };
  }
  if (match.shape === 'survey-wide') {
    const c = match.columns;
    const missing = [
      ...(INDEX_IDS.every((id) => c[id] < 0) ? ['egdi'] : []),
      ...(c.iso3 < 0 && c.name < 0 ? ['country'] : []),
      ...(c.year < 0 && yearFromName === null ? ['year'] : []),
    ];
    if (missing.length > 0) {
      issues.push({
        ...fileIssue('missing-column', `No column for ${missing.join(', ')}.`, {
          columns: missing.join(', '),
        }),
        row: 1,
      });
      return done([]);
    }
  }
  let rows: SurveyRow[];
  let decimalComma = false;
  const names = lossyNameGazetteer(gazetteer);
  if (match.shape === 'survey-long') {
    // Rows validated while the file streamed, unless the user has mapped columns since.
    const loaded =
      table.streamed && !options.mapping
        ? table.streamed
        : loadSurveyLong(table, match.columns, names, table.delimiter, MAX_LISTED_ISSUES);
    rows = loaded.rows;
    issues = issues.concat(loaded.issues);
    unlisted = addUnlisted(unlisted, loaded.unlisted);
    decimalComma = loaded.decimalComma;
  } else {
    const c = match.columns;
    const format = detectNumberFormat(
      table.delimiter,
      table.rows,
      [c.egdi, c.osi, c.hci, c.tii, c.epi].filter((i) => i >= 0),
    );
    decimalComma = format.decimalComma;
    const loaded = loadSurveyTable(table, names, {
      columns: c,
      parseNumber: indexNumberParser(format),
      outOfRange: 'reject',
      ...(options.known ? { known: options.known } : {}),
      maxIssues: MAX_LISTED_ISSUES,
      maxSuggested: MAX_SUGGESTED_NAMES,
      ...(c.year < 0 && yearFromName !== null ? { year: yearFromName } : {}),
    });
    rows = loaded.rows;
    issues = issues.concat(loaded.issues);
    unlisted = addUnlisted(unlisted, loaded.unlisted);
  }
  const notes = issueLog(MAX_LISTED_ISSUES);
  for (const r of repairedNameIssues(names.repaired)) notes.push(r);
  for (const r of rows) {
    // Kept as text (it is a name, never evaluated here), but said, because the same
    // cell exported to a spreadsheet would be a formula were it not neutralised.
    if (/^[=+\-@\t\r]/.test(r.nameEn)) {
      notes.add('warning', 'formula-like', 0, () => ({
        severity: 'warning',
        code: 'formula-like',
        row: 0,
        column: null,
        message: `The name "${r.nameEn}" starts like a spreadsheet formula.`,
        params: { value: r.nameEn },
      }));
    }
  }
  issues = issues.concat(notes.listed);
  unlisted = addUnlisted(unlisted, notes.unlisted());
  return done(rows, decimalComma);
}
