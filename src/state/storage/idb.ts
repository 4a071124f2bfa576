/**
 * The IndexedDB plumbing the stores of imported data share: open a database (creating
 * its store on first use), run one request in a transaction, name what went wrong.
 */

/** A database with one object store keyed by `id`. */
export interface StoreSpec {
  name: string;
  version: number;
  store: string;
}

/**
 * Why stored data could not (all) be used: storage off, damaged records or rows, full, a
 * database written by a newer version of the app, a database without its store, or
 * another failure. The app then runs on the shipped data plus what could be read.
 */
export type StorageProblem =
  'unavailable' | 'corrupt' | 'full' | 'failed' | 'newer-version' | 'missing-store';

/** Opens the database at `version` (creating its store), or at whatever version it has. */
export function openDatabase(
  spec: StoreSpec,
  version: number | 'current' = spec.version,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    // A browser that never answers (storage disabled by policy) must not keep the app
    // from starting on the shipped data.
    const timer = setTimeout(() => reject(new Error('IndexedDB is not available (no answer)')), 3000);
    const req = version === 'current' ? indexedDB.open(spec.name) : indexedDB.open(spec.name, version);
    req.onupgradeneeded = () => {
      if (version !== 'current' && !req.result.objectStoreNames.contains(spec.store))
        req.result.createObjectStore(spec.store, { keyPath: 'id' });
    };
    req.onsuccess = () => {
      clearTimeout(timer);
      resolve(req.result);
    };
    req.onerror = () => {
      clearTimeout(timer);
      reject(req.error ?? new Error('IndexedDB open failed'));
    };
    req.onblocked = () => {
      clearTimeout(timer);
      reject(new Error('IndexedDB is blocked'));
    };
  });
}

/** Runs `run` in one transaction on the spec's store and closes the database after it. */
export async function withStore<T>(
  spec: StoreSpec,
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T> | undefined,
  db?: IDBDatabase,
): Promise<T | undefined> {
  const open = db ?? (await openDatabase(spec));
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = open.transaction(spec.store, mode);
      const req = run(tx.objectStore(spec.store));
      tx.oncomplete = () => resolve(req ? req.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    open.close();
  }
}

/** The problem an IndexedDB failure stands for. */
export function problemOf(e: unknown): StorageProblem {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'VersionError') return 'newer-version';
  if (name === 'NotFoundError') return 'missing-store';
  if (/not available|blocked/i.test(message) || name === 'SecurityError') return 'unavailable';
  return 'failed';
}
