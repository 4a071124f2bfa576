import { INDEX_IDS } from '../../core/types';
import type { SurveyRow } from '../../core/types';
import { openDatabase, problemOf, withStore as withSpecStore } from './idb';
import type { StorageProblem, StoreSpec } from './idb';
import { IDB } from './keys';

/**
 * Imported datasets kept in the browser (IndexedDB), so they survive a reload. The app
 * lays active datasets over the shipped data in the order they were created; a dataset
 * loaded "separately" starts inactive, so it is listed but changes no view until the
 * user switches it on.
 */
export interface StoredDataset {
  id: string;
  name: string;
  /** ISO timestamp. */
  createdAt: string;
  fileName: string;
  kind: 'merged' | 'separate';
  active: boolean;
  rows: SurveyRow[];
  /** Stored rows left out because they are damaged (kept in storage, never written over). */
  skippedRows?: number;
  /** The record's own fields were damaged (it is listed switched off, with safe values). */
  damagedFields?: boolean;
}

export type { StorageProblem };

/** Problems that only a repair (export what can be read, then recreate the store) clears. */
export const REPAIRABLE: ReadonlySet<StorageProblem> = new Set(['newer-version', 'missing-store']);

export interface StoredList {
  datasets: StoredDataset[];
  problem: StorageProblem | null;
  /** Records that could not be read as a dataset at all (no id, not an object). */
  unreadable: number;
}

const DB_NAME = IDB.name;
const SPEC: StoreSpec = { name: IDB.name, version: IDB.version, store: IDB.stores.importedDatasets };
const STORE = SPEC.store;
const openDb = (version: number | 'current' = IDB.version) => openDatabase(SPEC, version);
const withStore = <T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T> | undefined,
  db?: IDBDatabase,
) => withSpecStore(SPEC, mode, run, db);

const isNum = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A stored row is used only if it has the SurveyRow shape, its values in [0, 1] (exported for the property tests). */
export function validRow(r: unknown): r is SurveyRow {
  if (!isObject(r)) return false;
  return (
    typeof r.year === 'number' &&
    Number.isInteger(r.year) &&
    typeof r.iso3 === 'string' &&
    typeof r.nameEn === 'string' &&
    isNum(r.egdiRank) &&
    INDEX_IDS.every(
      (id) => isNum(r[id]) && (r[id] === null || ((r[id] as number) >= 0 && (r[id] as number) <= 1)),
    )
  );
}

/**
 * Reads one stored record as a dataset, row by row: damaged rows are left out and counted
 * (`skippedRows`); damaged fields take a safe value (an unnamed dataset is named by its id)
 * and the dataset is listed switched off (`damagedFields`). Null when the record has no id,
 * so it cannot be listed or removed by the app.
 */
export function readStoredRecord(x: unknown): StoredDataset | null {
  if (!isObject(x) || typeof x.id !== 'string' || x.id === '') return null;
  const raw = Array.isArray(x.rows) ? (x.rows as unknown[]) : [];
  const rows = raw.filter(validRow);
  const fieldsOk =
    typeof x.name === 'string' &&
    x.name.trim() !== '' &&
    typeof x.createdAt === 'string' &&
    typeof x.active === 'boolean' &&
    (x.kind === 'merged' || x.kind === 'separate') &&
    Array.isArray(x.rows);
  return {
    id: x.id,
    name: typeof x.name === 'string' && x.name.trim() !== '' ? x.name : x.id,
    createdAt: typeof x.createdAt === 'string' ? x.createdAt : '',
    fileName: typeof x.fileName === 'string' ? x.fileName : '',
    kind: x.kind === 'merged' ? 'merged' : 'separate',
    active: fieldsOk && x.active === true,
    rows,
    ...(raw.length > rows.length ? { skippedRows: raw.length - rows.length } : {}),
    ...(fieldsOk ? {} : { damagedFields: true }),
  };
}

/** The record as stored: the dataset without what the app worked out on reading it. */
function toRecord(d: StoredDataset): Omit<StoredDataset, 'skippedRows' | 'damagedFields'> {
  const { id, name, createdAt, fileName, kind, active, rows } = d;
  return { id, name, createdAt, fileName, kind, active, rows };
}

const byCreation = (a: StoredDataset, b: StoredDataset) => a.createdAt.localeCompare(b.createdAt);

/** Lists raw records into datasets; anything damaged is counted, nothing is written. */
function listRecords(all: readonly unknown[]): StoredList {
  const read = all.map(readStoredRecord);
  const datasets = read.filter((d): d is StoredDataset => d !== null).sort(byCreation);
  const unreadable = read.length - datasets.length;
  const damaged = unreadable > 0 || datasets.some((d) => (d.skippedRows ?? 0) > 0 || d.damagedFields);
  return { datasets, problem: damaged ? 'corrupt' : null, unreadable };
}

/** Reads every stored dataset, oldest first, with the problem met (if any). */
async function readAll(): Promise<StoredList> {
  try {
    const all = ((await withStore<unknown[]>('readonly', (s) => s.getAll())) ?? []) as unknown[];
    return listRecords(all);
  } catch (e) {
    const problem = problemOf(e);
    // A newer database is still readable at its own version: show what it holds.
    if (problem === 'newer-version') {
      const records = await readRecoverable().catch(() => []);
      return { ...listRecords(records), problem };
    }
    return { datasets: [], problem, unreadable: 0 };
  }
}

// IndexedDB is read once, at start; after that the list lives in memory and every change
// is written through to the database and then to the list.
let reading: Promise<StoredList> | null = null;
let current: StoredList | null = null;

/** The stored datasets: read from IndexedDB the first time, from memory after that. */
export function loadStoredDatasets(): Promise<StoredList> {
  reading ??= readAll().then((list) => {
    current = list;
    notify();
    return list;
  });
  return reading;
}

/** The stored datasets as last read or changed; null before the first read has finished. */
export function storedDatasets(): StoredList | null {
  return current;
}

function changeList(change: (datasets: StoredDataset[]) => StoredDataset[]) {
  const list = current ?? { datasets: [], problem: null, unreadable: 0 };
  current = { ...list, datasets: change([...list.datasets]).sort(byCreation) };
  notify();
}

function noteProblem(problem: StorageProblem) {
  if (current && current.problem !== problem && problem !== 'full') {
    current = { ...current, problem };
    notify();
  }
}

/** Saves (adds or replaces) datasets in one transaction; returns the problem, or null on success. */
export async function saveDatasets(records: readonly StoredDataset[]): Promise<StorageProblem | null> {
  try {
    await withStore('readwrite', (s) => {
      for (const r of records) s.put(toRecord(r));
      return undefined;
    });
  } catch (e) {
    const problem = problemOf(e);
    noteProblem(problem);
    return problem;
  }
  const ids = new Set(records.map((r) => r.id));
  changeList((datasets) => [...datasets.filter((d) => !ids.has(d.id)), ...records]);
  return null;
}

/**
 * Renames a dataset or switches it on or off. The stored record is changed in place, so
 * rows the app could not read stay in storage as they were.
 */
export async function updateDataset(
  id: string,
  patch: Partial<Pick<StoredDataset, 'name' | 'active'>>,
): Promise<StorageProblem | null> {
  await loadStoredDatasets();
  const found = current?.datasets.find((d) => d.id === id);
  if (!found) return current?.problem ?? 'failed';
  try {
    await withStore('readwrite', (s) => {
      const req = s.get(id);
      req.onsuccess = () => {
        const raw: unknown = req.result;
        s.put({ ...(isObject(raw) ? raw : {}), ...patch, id });
      };
      return undefined;
    });
  } catch (e) {
    const problem = problemOf(e);
    noteProblem(problem);
    return problem;
  }
  changeList((datasets) => datasets.map((d) => (d.id === id ? { ...d, ...patch } : d)));
  return null;
}

export async function removeDataset(id: string): Promise<StorageProblem | null> {
  try {
    await withStore('readwrite', (s) => {
      s.delete(id);
      return undefined;
    });
  } catch (e) {
    const problem = problemOf(e);
    noteProblem(problem);
    return problem;
  }
  changeList((datasets) => datasets.filter((d) => d.id !== id));
  return null;
}

/**
 * Every record the database still holds, read at whatever version it is (a newer app's
 * database included); [] when there is no store to read.
 */
export async function readRecoverable(): Promise<unknown[]> {
  const db = await openDb('current');
  if (!db.objectStoreNames.contains(STORE)) {
    db.close();
    return [];
  }
  return ((await withStore<unknown[]>('readonly', (s) => s.getAll(), db)) ?? []) as unknown[];
}

/**
 * The repair: deletes the database and creates it again at this app's version, then writes
 * back every dataset that could be read (damaged rows left out). The caller exports
 * `readRecoverable()` first, so nothing is lost. Returns the list as it is afterwards.
 */
export async function recreateStore(recovered: readonly unknown[]): Promise<StoredList> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('IndexedDB delete failed'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked'));
  });
  const keep = listRecords(recovered).datasets.map(toRecord);
  await withStore('readwrite', (s) => {
    for (const d of keep) s.put(d);
    return undefined;
  });
  reading = null;
  current = null;
  return loadStoredDatasets();
}

const listeners = new Set<() => void>();

/** Calls `listener` after any change to the stored datasets; returns the unsubscribe function. */
export function onDatasetsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const l of listeners) l();
}
