import { useEffect, useSyncExternalStore } from 'react';
import { loadStoredDatasets, onDatasetsChanged, storedDatasets } from './imported-datasets';
import type { StoredList } from './imported-datasets';

const EMPTY: StoredList = { datasets: [], problem: null, unreadable: 0 };

/** The imported datasets in browser storage (read once, then kept up to date by every change). */
export function useStoredDatasets(): StoredList {
  const list = useSyncExternalStore(onDatasetsChanged, storedDatasets);
  useEffect(() => {
    void loadStoredDatasets();
  }, []);
  return list ?? EMPTY;
}
