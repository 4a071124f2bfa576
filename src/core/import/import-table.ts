import type { SurveyRow } from '../types';
import type { Gazetteer } from '../load/gazetteer';
import { loadSurveyTable } from '../load/surveys';
import { mapColumns } from '../load/delimited';
import type { ParsedTable } from '../load/delimited';
import { METRIC_COLUMNS } from '../load/metrics';
import type { TextEncodingId } from './decode';
import { fileIssue } from '../issues';
import type { Issue, IssueCode } from '../issues';
import { loadSurveyLong } from './long-format';
import { lossyNameGazetteer, repairedNameIssues } from './lossy-names';
import type { LongLoadResult } from './long-format';
import { detectNumberFormat, indexNumberParser } from './numbers';
import { recognizeShape, yearFromFileName } from './shapes';
import type { ShapeMatch } from './shapes';

/** At most this many issues are listed one by one; `issueCounts` still counts them all. */
export const MAX_LISTED_ISSUES = 1000;

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
      rows: [],
      dataRows: 0,
    },
    issues,
  );
}

/** `overflow`: row errors counted but not kept, one per row (see `loadSurveyLong`). */
function finish(
  partial: Omit<ImportResult, 'issues' | 'issueCounts' | 'rejectedRows'>,
  all: Issue[],
  overflow: Partial<Record<IssueCode, number>> = {},
): ImportResult {
  const issueCounts: Partial<Record<IssueCode, number>> = { ...overflow };
  const rejected = new Set<number>();
  const overflowRows = Object.values(overflow).reduce((a, b) => a + (b ?? 0), 0);
  for (const i of all) {
    issueCounts[i.code] = (issueCounts[i.code] ?? 0) + 1;
    if (i.severity === 'error' && i.row > 1) rejected.add(i.row);
  }
  const sorted = [...all.filter((i) => i.severity === 'error'), ...all.filter((i) => i.severity !== 'error')];
  return {
    ...partial,
    issues: sorted.slice(0, MAX_LISTED_ISSUES),
    issueCounts,
    rejectedRows: rejected.size + overflowRows,
  };
}

/** The provincial long format (issue 4's loader, `loadMetricsCsv`), which the Provinces page imports. */
function isProvincialTable(header: readonly string[]): boolean {
  const c = mapColumns([...header], METRIC_COLUMNS);
  return (c.regionCode >= 0 || c.regionName >= 0) && c.metricId >= 0 && c.value >= 0;
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
  options: { fileName: string; mapping?: ShapeMatch | null },
): ImportResult {
  const issues: Issue[] = [...table.issues];
  const yearFromName = yearFromFileName(options.fileName);
  const match = options.mapping ?? recognizeShape(table.header, yearFromName);
  const base = {
    fileName: options.fileName,
    encoding: table.encoding,
    delimiter: table.encoding === 'xlsx' ? null : table.delimiter,
    header: table.header,
    preview: table.preview,
    dataRows: table.rowCount,
    match,
  };
  let overflow = {};
  const done = (rows: SurveyRow[], decimalComma = false) =>
    finish({ ...base, rows, decimalComma }, issues, overflow);
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
      ...(c.egdi < 0 ? ['egdi'] : []),
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
    issues.push(...loaded.issues);
    overflow = loaded.overflow;
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
      ...(c.year < 0 && yearFromName !== null ? { year: yearFromName } : {}),
    });
    rows = loaded.rows;
    issues.push(...loaded.issues);
  }
  issues.push(...repairedNameIssues(names.repaired));
  for (const r of rows) {
    // Kept as text (it is a name, never evaluated here), but said, because the same
    // cell exported to a spreadsheet would be a formula were it not neutralised.
    if (/^[=+\-@\t\r]/.test(r.nameEn)) {
      issues.push({
        severity: 'warning',
        code: 'formula-like',
        row: 0,
        column: null,
        message: `The name "${r.nameEn}" starts like a spreadsheet formula.`,
        params: { value: r.nameEn },
      });
    }
  }
  return done(rows, decimalComma);
}
