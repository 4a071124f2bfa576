import { INDEX_IDS } from '../../core/types';
import type { SurveyRow } from '../../core/types';
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
}

/** Why the stored datasets could not be used; the app then runs on the shipped data. */
export type StorageProblem = 'unavailable' | 'corrupt' | 'full' | 'failed';

export interface StoredList {
  datasets: StoredDataset[];
  problem: StorageProblem | null;
}

const DB_NAME = IDB.name;
const STORE = IDB.stores.importedDatasets;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    // A browser that never answers (storage disabled by policy) must not keep the app
    // from starting on the shipped data.
    const timer = setTimeout(() => reject(new Error('IndexedDB is not available (no answer)')), 3000);
    const req = indexedDB.open(DB_NAME, IDB.version);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE))
        req.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    req.onsuccess = () => {
      clearTimeout(timer);
      resolve(req.result);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked'));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

const isNum = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

/**
 * A stored row is used only if it has the SurveyRow shape; anything else marks the record
 * corrupt. Pure (exported for the property tests of the stored-record validation).
 */
export function validRow(r: unknown): r is SurveyRow {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as Record<string, unknown>;
  return (
    typeof o.year === 'number' &&
    Number.isInteger(o.year) &&
    typeof o.iso3 === 'string' &&
    typeof o.nameEn === 'string' &&
    isNum(o.egdiRank) &&
    INDEX_IDS.every(
      (id) => isNum(o[id]) && (o[id] === null || ((o[id] as number) >= 0 && (o[id] as number) <= 1)),
    )
  );
}

/** A stored record is a dataset only with this shape and valid rows. Pure. */
export function validRecord(x: unknown): x is StoredDataset {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    typeof o.id === 'string' &&
    typeof o.name === 'string' &&
    typeof o.createdAt === 'string' &&
    typeof o.active === 'boolean' &&
    (o.kind === 'merged' || o.kind === 'separate') &&
    Array.isArray(o.rows) &&
    o.rows.every(validRow)
  );
}

const problemOf = (e: unknown): StorageProblem =>
  e instanceof DOMException && e.name === 'QuotaExceededError'
    ? 'full'
    : e instanceof Error && /not available|blocked|SecurityError/i.test(`${e.message} ${e.name}`)
      ? 'unavailable'
      : 'failed';

const byCreation = (a: StoredDataset, b: StoredDataset) => a.createdAt.localeCompare(b.createdAt);

/** Reads every stored dataset, oldest first. Records that fail validation are skipped and reported as `corrupt`. */
async function readAll(): Promise<StoredList> {
  try {
    const all = ((await withStore<unknown[]>('readonly', (s) => s.getAll())) ?? []) as unknown[];
    const datasets = all.filter(validRecord).sort(byCreation);
    return { datasets, problem: datasets.length === all.length ? null : 'corrupt' };
  } catch (e) {
    return { datasets: [], problem: problemOf(e) };
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
  const list = current ?? { datasets: [], problem: null };
  current = { ...list, datasets: change([...list.datasets]).sort(byCreation) };
  notify();
}

/** Saves (adds or replaces) datasets in one transaction; returns the problem, or null on success. */
export async function saveDatasets(records: readonly StoredDataset[]): Promise<StorageProblem | null> {
  try {
    await withStore('readwrite', (s) => {
      for (const r of records) s.put(r);
      return undefined;
    });
  } catch (e) {
    return problemOf(e);
  }
  const ids = new Set(records.map((r) => r.id));
  changeList((datasets) => [...datasets.filter((d) => !ids.has(d.id)), ...records]);
  return null;
}

/** Changes one dataset (rename, switch on or off). */
export async function updateDataset(
  id: string,
  patch: Partial<Pick<StoredDataset, 'name' | 'active'>>,
): Promise<StorageProblem | null> {
  await loadStoredDatasets();
  const found = current?.datasets.find((d) => d.id === id);
  if (!found) return current?.problem ?? 'failed';
  return saveDatasets([{ ...found, ...patch }]);
}

export async function removeDataset(id: string): Promise<StorageProblem | null> {
  try {
    await withStore('readwrite', (s) => {
      s.delete(id);
      return undefined;
    });
  } catch (e) {
    return problemOf(e);
  }
  changeList((datasets) => datasets.filter((d) => d.id !== id));
  return null;
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
