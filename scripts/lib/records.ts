import { parseDelimited } from '../../src/core/load/delimited';

/**
 * The rows of a CSV input of a data build as records keyed by header, read through the
 * app's own delimited-text front end (BOM, delimiter guess, blank lines, ragged rows).
 * A header repeated keeps its first column. Any issue the front end reports (a ragged
 * row, an unclosed quote) fails the build: an input is never read half.
 */
export function csvRecords(
  name: string,
  text: string,
  fail: (message: string) => never,
): Record<string, string>[] {
  const table = parseDelimited(text);
  if (table.issues.length > 0) fail(`${name}: ${table.issues.map((i) => i.message).join('; ')}`);
  return table.rows.map(({ cells }) => {
    const record: Record<string, string> = {};
    table.header.forEach((h, i) => {
      if (!(h in record)) record[h] = cells[i] ?? '';
    });
    return record;
  });
}
