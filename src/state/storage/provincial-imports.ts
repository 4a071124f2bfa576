import { METRIC_UNITS } from '../../core/load/metrics';
import type { MetricRow } from '../../core/load/metrics';
import { problemOf, withStore as withSpecStore } from './idb';
import type { StorageProblem, StoreSpec } from './idb';
import { PROVINCES_IDB } from './keys';

/**
 * Provincial metrics tables the user imported on the Provinces page, kept in the
 * browser (IndexedDB) so they survive a reload; listed, renamed, exported and removed
 * like the survey datasets. Read once, per row: a damaged row is left out and counted,
 * never written over. When the browser cannot store them, an import is still kept for
 * this session (`unsaved`) and the problem is reported.
 */
export interface ProvincialImport {
  id: string;
  name: string;
  /** ISO timestamp. */
  createdAt: string;
  fileName: string;
  rows: MetricRow[];
  /** Stored rows left out because they are damaged (kept in storage as they are). */
  skippedRows?: number;
  /** Not in browser storage (it could not be written): gone after a reload. */
  unsaved?: boolean;
}

export interface ProvincialImportList {
  imports: ProvincialImport[];
  problem: StorageProblem | null;
}

const SPEC: StoreSpec = {
  name: PROVINCES_IDB.name,
  version: PROVINCES_IDB.version,
  store: PROVINCES_IDB.stores.provincialImports,
};
const withStore = <T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T> | undefined) =>
  withSpecStore(SPEC, mode, run);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown) => typeof v === 'string';
const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';
const isIntOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v));

/** A stored row is used only if it has the MetricRow shape (exported for the tests). */
export function validProvincialRow(r: unknown): r is MetricRow {
  if (!isObject(r)) return false;
  return (
    typeof r.regionCode === 'string' &&
    /^\d\d$/.test(r.regionCode) &&
    typeof r.metricId === 'string' &&
    r.metricId !== '' &&
    (r.value === null || (typeof r.value === 'number' && Number.isFinite(r.value))) &&
    isIntOrNull(r.decimals) &&
    isTextOrNull(r.group) &&
    (r.value !== null || r.group !== null) &&
    typeof r.unit === 'string' &&
    (METRIC_UNITS as readonly string[]).includes(r.unit) &&
    (r.asOf === null || (typeof r.asOf === 'string' && /^\d{4}(-\d\d)?$/.test(r.asOf))) &&
    isIntOrNull(r.year) &&
    [r.scope, r.label, r.source, r.quote, r.note].every(isText) &&
    typeof r.line === 'number'
  );
}

/** One stored record as an import, row by row; null when it has no id (it cannot be listed or removed). */
export function readProvincialRecord(x: unknown): ProvincialImport | null {
  if (!isObject(x) || typeof x.id !== 'string' || x.id === '') return null;
  const raw = Array.isArray(x.rows) ? (x.rows as unknown[]) : [];
  // A shipped-data citation or flag never comes from a user's file.
  const rows = raw.filter(validProvincialRow).map((r) => ({ ...r, citationId: '', flags: [] }));
  return {
    id: x.id,
    name: typeof x.name === 'string' && x.name.trim() !== '' ? x.name : x.id,
    createdAt: typeof x.createdAt === 'string' ? x.createdAt : '',
    fileName: typeof x.fileName === 'string' ? x.fileName : '',
    rows,
    ...(raw.length > rows.length ? { skippedRows: raw.length - rows.length } : {}),
  };
}

const toRecord = ({ id, name, createdAt, fileName, rows }: ProvincialImport) => ({
  id,
  name,
  createdAt,
  fileName,
  rows,
});
const byCreation = (a: ProvincialImport, b: ProvincialImport) => a.createdAt.localeCompare(b.createdAt);

let reading: Promise<ProvincialImportList> | null = null;
let current: ProvincialImportList | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

async function readAll(): Promise<ProvincialImportList> {
  try {
    const all = ((await withStore<unknown[]>('readonly', (s) => s.getAll())) ?? []) as unknown[];
    const read = all.map(readProvincialRecord);
    const imports = read.filter((d): d is ProvincialImport => d !== null).sort(byCreation);
    const damaged = imports.length < read.length || imports.some((d) => (d.skippedRows ?? 0) > 0);
    return { imports, problem: damaged ? 'corrupt' : null };
  } catch (e) {
    return { imports: [], problem: problemOf(e) };
  }
}

/** The stored imports: read from IndexedDB the first time, from memory after that. */
export function loadProvincialImports(): Promise<ProvincialImportList> {
  reading ??= readAll().then((list) => {
    // An import made while the first read was under way stays listed.
    current = { ...list, imports: [...list.imports, ...(current?.imports ?? [])].sort(byCreation) };
    notify();
    return current;
  });
  return reading;
}

/** The imports as last read or changed; null before the first read has finished. */
export function provincialImports(): ProvincialImportList | null {
  return current;
}

export function onProvincialImportsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function change(edit: (imports: ProvincialImport[]) => ProvincialImport[], problem?: StorageProblem | null) {
  const list = current ?? { imports: [], problem: null };
  current = {
    imports: edit([...list.imports]).sort(byCreation),
    problem: problem === undefined ? list.problem : (problem ?? list.problem),
  };
  notify();
}

/**
 * Adds an import. When the browser cannot store it, it is kept for this session
 * (`unsaved`) and the problem is returned; null on success.
 */
export async function saveProvincialImport(record: ProvincialImport): Promise<StorageProblem | null> {
  await loadProvincialImports().catch(() => undefined);
  try {
    await withStore('readwrite', (s) => s.put(toRecord(record)));
  } catch (e) {
    const problem = problemOf(e);
    change(
      (imports) => [...imports.filter((d) => d.id !== record.id), { ...record, unsaved: true }],
      problem,
    );
    return problem;
  }
  change((imports) => [...imports.filter((d) => d.id !== record.id), record]);
  return null;
}

/** Renames an import; the stored record is changed in place (rows it could not read stay as they were). */
export async function renameProvincialImport(id: string, name: string): Promise<StorageProblem | null> {
  const found = current?.imports.find((d) => d.id === id);
  if (!found) return 'failed';
  if (!found.unsaved) {
    try {
      await withStore('readwrite', (s) => {
        const req = s.get(id);
        req.onsuccess = () => {
          const raw: unknown = req.result;
          s.put({ ...(isObject(raw) ? raw : {}), name, id });
        };
        return undefined;
      });
    } catch (e) {
      return problemOf(e);
    }
  }
  change((imports) => imports.map((d) => (d.id === id ? { ...d, name } : d)));
  return null;
}

export async function removeProvincialImport(id: string): Promise<StorageProblem | null> {
  const found = current?.imports.find((d) => d.id === id);
  if (found && !found.unsaved) {
    try {
      await withStore('readwrite', (s) => s.delete(id));
    } catch (e) {
      return problemOf(e);
    }
  }
  change((imports) => imports.filter((d) => d.id !== id));
  return null;
}
