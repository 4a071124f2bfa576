import type { LoadResult } from '../types';
import { loadMetricsTable } from '../load/metrics';
import type { MetricLoadOptions, MetricRow } from '../load/metrics';
import { readFileTable } from './read-file';

/**
 * Reads a user's table of provincial metrics the way the Import page reads any file
 * (CSV/TSV/TXT in UTF-8, UTF-16 or GB18030, any detected delimiter, or an XLSX
 * workbook's first sheet, such as the filled-in template) and loads it with
 * `loadMetricsTable`. The issues of reading (ragged rows, undecodable characters) come
 * first, then the loader's; every row number is the file's own. A file that cannot be
 * read as a table gives no rows and the reasons.
 */
export async function readMetricsFile(
  name: string,
  bytes: Uint8Array,
  options: MetricLoadOptions,
): Promise<LoadResult<MetricRow>> {
  const read = await readFileTable(name, bytes);
  if (!read.ok) return { rows: [], issues: read.issues };
  const loaded = loadMetricsTable(read.table, options);
  return { rows: loaded.rows, issues: [...read.table.issues, ...loaded.issues] };
}
