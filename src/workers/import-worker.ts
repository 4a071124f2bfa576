/// <reference lib="webworker" />
// Parses and validates imported files off the main thread. Imports only src/core, so the
// page stays responsive and the same code is tested in Node.
import { buildGazetteer } from '../core/load/gazetteer';
import type { Gazetteer } from '../core/load/gazetteer';
import { loadAliasesCsv, loadCountriesCsv } from '../core/load/countries';
import { readFileTable } from '../core/import/read-file';
import { importTable, refusedImport } from '../core/import/import-table';
import type { ReadTable } from '../core/import/import-table';
import { planMerge } from '../core/import/merge-plan';
import type { SurveyRow } from '../core/types';
import type { ShapeMatch } from '../core/import/shapes';
import type { FromImportWorker, ToImportWorker } from './import-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let gazetteer: Gazetteer | null = null;
/**
 * Tables read so far, by request id, so a column mapping does not re-read the file; the
 * bytes are kept for reading it again with another header row.
 */
const tables = new Map<number, { name: string; bytes: Uint8Array; table: ReadTable }>();

const post = (m: FromImportWorker) => scope.postMessage(m);

/** Validates a table read before (with the user's column mapping, if any) and posts the result and plan. */
function finish(
  id: number,
  name: string,
  table: ReadTable,
  existing: readonly SurveyRow[],
  mapping: ShapeMatch | null,
) {
  if (!gazetteer) throw new Error('The import worker was not initialised.');
  const loaded = new Map(existing.map((r) => [`${r.year}|${r.iso3}`, r]));
  const result = importTable(table, gazetteer, {
    fileName: name,
    mapping,
    known: (year, iso3, index) => loaded.get(`${year}|${iso3}`)?.[index] ?? null,
  });
  const plan = planMerge(existing, result.rows);
  post({ type: 'result', id, result: { ...result, rows: [] }, plan });
}

scope.addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  const m = event.data;
  void (async () => {
    if (m.type === 'init') {
      const countries = loadCountriesCsv(m.countriesCsv).rows;
      gazetteer = buildGazetteer(countries, loadAliasesCsv(m.aliasesCsv).rows);
      return;
    }
    if (m.type === 'forget') {
      tables.delete(m.id);
      return;
    }
    try {
      if (m.type === 'import') {
        const bytes = new Uint8Array(await m.file.arrayBuffer());
        let last = 0;
        const read = await readFileTable(m.name, bytes, {
          gazetteer: gazetteer ?? undefined,
          onProgress: (done, total) => {
            // At most ~100 progress messages per file.
            if (done - last >= total / 100 || done === total) {
              last = done;
              post({ type: 'progress', id: m.id, done, total });
            }
          },
        });
        if (!read.ok) {
          if (!gazetteer) throw new Error('The import worker was not initialised.');
          post({
            type: 'result',
            id: m.id,
            result: refusedImport(m.name, read.issues),
            plan: planMerge([], []),
          });
          return;
        }
        // Kept for a later column mapping; a streamed table holds no rows to map.
        if (!read.table.streamed) tables.set(m.id, { name: m.name, bytes, table: read.table });
        finish(m.id, m.name, read.table, m.existing, null);
      } else if (m.type === 'reheader') {
        const kept = tables.get(m.id);
        if (!kept) throw new Error('The file is no longer held; pick it again.');
        const read = await readFileTable(kept.name, kept.bytes, {
          ...(gazetteer ? { gazetteer } : {}),
          headerRow: m.headerRow,
        });
        if (!read.ok) throw new Error('The file could not be read again; pick it again.');
        tables.set(m.id, { ...kept, table: read.table });
        finish(m.id, kept.name, read.table, m.existing, null);
      } else {
        const kept = tables.get(m.id);
        if (!kept) throw new Error('The file is no longer held; pick it again.');
        finish(m.id, kept.name, kept.table, m.existing, m.mapping);
      }
    } catch (e) {
      post({ type: 'failed', id: m.id, message: e instanceof Error ? e.message : String(e) });
    }
  })();
});
