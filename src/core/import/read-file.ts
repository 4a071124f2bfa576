import { decodeText } from './decode';
import { fileIssue } from '../issues';
import { MAX_LISTED_ISSUES, importTable, refusedImport } from './import-table';
import { createLongLoader } from './long-format';
import type { LongLoader } from './long-format';
import { recognizeShape, surveyHeaderFinder, yearFromFileName } from './shapes';
import { lossyNameGazetteer, repairedNameIssues } from './lossy-names';
import type { ImportResult, ReadTable } from './import-table';
import type { Gazetteer } from '../load/gazetteer';
import type { ShapeMatch } from './shapes';
import { readDelimited } from '../load/delimited';
import type { TableOptions } from '../load/delimited';
import { SNIFF_BYTES, sniffFile } from './sniff';
import { readXlsxTable } from './xlsx';

export type ReadOutcome = { ok: true; table: ReadTable } | { ok: false; issues: ReadTable['issues'] };

export interface ReadFileOptions {
  onProgress?: (done: number, total: number) => void;
  /** Given, a long-format file is validated as it streams (see `ReadTable.streamed`). */
  gazetteer?: Gazetteer;
  /** The header row the user picked (1-based); otherwise it is looked for in the first rows. */
  headerRow?: number;
}

/**
 * Reads a file's bytes into a table: sniffs what it is (size, ZIP, binary, web page),
 * then reads a workbook or decodes and parses text (chunked, with progress). The header
 * is found below title rows or over two merged rows (`surveyHeaderFinder`), unless the
 * user picked its row. The file is refused as a whole (ok: false) only when nothing in
 * it can be read as a table.
 */
export async function readFileTable(
  name: string,
  bytes: Uint8Array,
  options: ReadFileOptions = {},
): Promise<ReadOutcome> {
  const sniffed = sniffFile(name, bytes.length, bytes.subarray(0, SNIFF_BYTES));
  if (sniffed.kind === 'rejected') return { ok: false, issues: sniffed.issues };
  const tableOptions: TableOptions = {
    maxIssues: MAX_LISTED_ISSUES,
    ...(options.headerRow === undefined
      ? { findHeader: surveyHeaderFinder(yearFromFileName(name)) }
      : { headerRow: options.headerRow }),
  };
  if (sniffed.kind === 'xlsx') {
    const table = await readXlsxTable(name, bytes, tableOptions);
    if (table.issues.some((i) => i.code === 'not-xlsx')) return { ok: false, issues: table.issues };
    return { ok: true, table: { ...table, issues: [...sniffed.issues, ...table.issues] } };
  }
  const decoded = decodeText(bytes);
  const { onProgress, gazetteer } = options;
  let loader: LongLoader | null = null;
  let names: ReturnType<typeof lossyNameGazetteer> | null = null;
  const parsed = readDelimited(decoded.text, {
    ...tableOptions,
    ...(onProgress ? { onProgress } : {}),
    onHeader: (header, delimiter) => {
      const match = gazetteer ? recognizeShape(header, yearFromFileName(name)) : null;
      if (!gazetteer || match?.shape !== 'survey-long') return null;
      names = lossyNameGazetteer(gazetteer);
      loader = createLongLoader(header, match.columns, names, delimiter, MAX_LISTED_ISSUES);
      return loader.add;
    },
  });
  const finished = (loader as LongLoader | null)?.finish();
  const repaired = (names as ReturnType<typeof lossyNameGazetteer> | null)?.repaired ?? [];
  const streamed = finished && { ...finished, issues: [...finished.issues, ...repairedNameIssues(repaired)] };
  const issues = [...parsed.issues];
  if (decoded.replaced > 0) {
    issues.unshift(
      fileIssue(
        'bad-encoding',
        `${decoded.replaced} character(s) could not be decoded (read as ${decoded.encoding}).`,
        { count: decoded.replaced, encoding: decoded.encoding },
        'warning',
      ),
    );
  }
  return {
    ok: true,
    table: { ...parsed, issues, encoding: decoded.encoding, ...(streamed ? { streamed } : {}) },
  };
}

/** Reads and validates a file in one step (see `readFileTable` and `importTable`). */
export async function importBytes(
  name: string,
  bytes: Uint8Array,
  gazetteer: Gazetteer,
  options: Omit<ReadFileOptions, 'gazetteer'> & {
    mapping?: ShapeMatch | null;
    known?: Parameters<typeof importTable>[2]['known'];
  } = {},
): Promise<ImportResult> {
  const { mapping, known, ...read0 } = options;
  const read = await readFileTable(name, bytes, { ...read0, gazetteer });
  if (!read.ok) return refusedImport(name, read.issues);
  return importTable(read.table, gazetteer, {
    fileName: name,
    mapping: mapping ?? null,
    ...(known ? { known } : {}),
  });
}
