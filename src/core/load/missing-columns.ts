import type { Issue } from '../issues';

/** Names of the fields that mapColumns did not find (index -1). */
export function unmappedFields(col: Record<string, number>): string[] {
  return Object.entries(col)
    .filter(([, i]) => i < 0)
    .map(([k]) => k);
}

/** The row-1 error for a table that lacks required columns; null when none is missing. */
export function missingColumnIssue(missing: readonly string[], header: readonly string[]): Issue | null {
  if (missing.length === 0) return null;
  return {
    severity: 'error',
    code: 'missing-column',
    row: 1,
    column: missing.join(', '),
    message: `Missing column(s): ${missing.join(', ')} (header: ${header.join(', ')}).`,
    params: { columns: missing.join(', '), header: header.join(', ') },
  };
}
