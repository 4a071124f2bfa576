import type { IssueCode, IssueSeverity, LoadIssue } from '../types';

/**
 * Problems an import can meet beyond those of the core loaders: the file as a whole
 * (too large, not text, a web page, a damaged workbook) and the long format.
 */
export type ImportOnlyCode =
  | 'too-large'
  | 'binary-file'
  | 'html-file'
  | 'not-xlsx'
  | 'xlsx-renamed'
  | 'header-only'
  | 'bad-encoding'
  | 'unknown-indicator'
  | 'formula-like'
  | 'provincial-table'
  | 'lossy-name';

export type ImportIssueCode = IssueCode | ImportOnlyCode;

/** A LoadIssue whose code may also be one of the import-only codes. */
export interface ImportIssue extends Omit<LoadIssue, 'code'> {
  code: ImportIssueCode;
}

/** An issue about the file as a whole (row 0, no column). */
export function fileIssue(
  code: ImportIssueCode,
  message: string,
  params?: Record<string, string | number>,
  severity: IssueSeverity = 'error',
): ImportIssue {
  return { severity, code, row: 0, column: null, message, ...(params ? { params } : {}) };
}
