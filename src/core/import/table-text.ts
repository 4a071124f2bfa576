import Papa from 'papaparse';
import { readFileTable } from './read-file';

export type TableText = { ok: true; text: string } | { ok: false; messages: string[] };

/**
 * Reads any file the Import page reads (CSV/TSV/TXT in UTF-8, UTF-16 or GB18030, any of
 * the detected delimiters, or an XLSX workbook's first sheet) back into comma-separated
 * UTF-8 text, so a text loader such as `loadMetricsCsv` takes a filled-in XLSX template
 * or a GBK file from Excel the same way as a plain CSV. A file that cannot be read as a
 * table gives the reasons instead.
 */
export async function fileToCsvText(name: string, bytes: Uint8Array): Promise<TableText> {
  const read = await readFileTable(name, bytes);
  if (!read.ok) return { ok: false, messages: read.issues.map((i) => i.message) };
  const { header, rows } = read.table;
  return { ok: true, text: Papa.unparse([header, ...rows.map((r) => r.cells)]) };
}
