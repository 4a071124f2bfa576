// Storage faults, in Node against fake-indexeddb (a complete IndexedDB in memory).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredDataset } from '../../../src/state/storage/imported-datasets';

const DB = 'egov-atlas';
const STORE = 'imported-datasets';

const row = (iso3: string, egdi: number | null) => ({
  year: 2026,
  iso3,
  nameEn: iso3,
  egdiRank: null,
  egdi,
  osi: null,
  hci: null,
  tii: null,
  epi: null,
});
const dataset = (id: string, rows: unknown[]): Omit<StoredDataset, 'rows'> & { rows: unknown[] } => ({
  id,
  name: `Dataset ${id}`,
  createdAt: `2026-01-0${id.length}T00:00:00Z`,
  fileName: `${id}.csv`,
  kind: 'merged',
  active: true,
  rows,
});

/** Writes raw records behind the app's back, into a database at `version` (with or without the store). */
function seed(version: number, records: unknown[], withStore = true): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, version);
    req.onupgradeneeded = () => {
      if (withStore) req.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!withStore) {
        db.close();
        resolve();
        return;
      }
      const tx = db.transaction(STORE, 'readwrite');
      for (const r of records) tx.objectStore(STORE).put(r);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** The raw record as stored. */
function rawRecord(id: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB);
    req.onsuccess = () => {
      const get = req.result.transaction(STORE).objectStore(STORE).get(id);
      get.onsuccess = () => {
        req.result.close();
        resolve(get.result);
      };
      get.onerror = () => reject(get.error);
    };
    req.onerror = () => reject(req.error);
  });
}

/** A fresh copy of the storage module (its in-memory list is per page load). */
const fresh = async () => {
  vi.resetModules();
  return import('../../../src/state/storage/imported-datasets');
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('a stored dataset with a damaged row', () => {
  const records = [
    dataset('a', [row('CHN', 0.9), row('JPN', 1.7), row('KOR', 0.8)]),
    dataset('bb', [row('USA', 0.9)]),
  ];

  it('is listed with its good rows, says how many were skipped, and keeps the damaged row in storage', async () => {
    await seed(1, records);
    const store = await fresh();
    const list = await store.loadStoredDatasets();
    expect(list.problem).toBe('corrupt');
    expect(list.datasets.map((d) => [d.id, d.rows.map((r) => r.iso3), d.skippedRows])).toEqual([
      ['a', ['CHN', 'KOR'], 1],
      ['bb', ['USA'], undefined],
    ]);
    // Renaming writes the record in place: the row the app could not read is still there.
    expect(await store.updateDataset('a', { name: 'Renamed' })).toBeNull();
    const raw = (await rawRecord('a')) as { name: string; rows: unknown[] };
    expect(raw.name).toBe('Renamed');
    expect(raw.rows).toHaveLength(3);
    expect(store.storedDatasets()?.datasets[0]?.name).toBe('Renamed');
    // And it can be removed.
    expect(await store.removeDataset('a')).toBeNull();
    expect(await rawRecord('a')).toBeUndefined();
    expect(store.storedDatasets()?.datasets.map((d) => d.id)).toEqual(['bb']);
  });

  it('a record with damaged fields is listed switched off, one without an id is counted', async () => {
    await seed(1, [{ id: 'x', name: 7, rows: 'not rows' }]);
    await seed(1, [{ ...dataset('y', [row('CHN', 0.5)]), kind: 'weird' }]);
    const store = await fresh();
    const list = await store.loadStoredDatasets();
    expect(list.datasets.map((d) => [d.id, d.name, d.active, d.damagedFields])).toEqual([
      ['x', 'x', false, true],
      ['y', 'Dataset y', false, true],
    ]);
    expect(store.readStoredRecord({ name: 'no id' })).toBeNull();
  });
});

describe('a database the app cannot write to', () => {
  it('at a newer version: what it holds is listed, saving says why, and the repair keeps every dataset', async () => {
    await seed(3, [dataset('a', [row('CHN', 0.9)]), { junk: true, id: 'z', rows: [row('JPN', 2)] }]);
    const store = await fresh();
    const list = await store.loadStoredDatasets();
    expect(list.problem).toBe('newer-version');
    expect(list.datasets.map((d) => d.id)).toEqual(['z', 'a']);
    expect(store.REPAIRABLE.has('newer-version')).toBe(true);
    expect(await store.saveDatasets([dataset('n', [row('KOR', 0.4)]) as StoredDataset])).toBe(
      'newer-version',
    );

    const backup = await store.readRecoverable();
    expect(backup).toHaveLength(2);
    const after = await store.recreateStore(backup);
    expect(after.problem).toBeNull();
    expect(after.datasets.map((d) => [d.id, d.rows.length])).toEqual([
      ['z', 0],
      ['a', 1],
    ]);
    expect(await store.saveDatasets([dataset('n', [row('KOR', 0.4)]) as StoredDataset])).toBeNull();
  });

  it('without its object store: saving says why, and the repair recreates the store', async () => {
    await seed(1, [], false);
    const store = await fresh();
    expect((await store.loadStoredDatasets()).problem).toBe('missing-store');
    expect(await store.saveDatasets([dataset('n', [row('KOR', 0.4)]) as StoredDataset])).toBe(
      'missing-store',
    );
    expect(await store.readRecoverable()).toEqual([]);
    expect((await store.recreateStore([])).problem).toBeNull();
    expect(await store.saveDatasets([dataset('n', [row('KOR', 0.4)]) as StoredDataset])).toBeNull();
    expect(store.storedDatasets()?.datasets.map((d) => d.id)).toEqual(['n']);
  });
});
