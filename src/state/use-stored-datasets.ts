import { useEffect, useState } from 'react';
import { listDatasets, onDatasetsChanged } from './imported-datasets';
import type { StoredList } from './imported-datasets';

/** The imported datasets in browser storage, refreshed after every change. */
export function useStoredDatasets(): StoredList {
  const [stored, setStored] = useState<StoredList>({ datasets: [], problem: null });
  useEffect(() => {
    let live = true;
    const refresh = () => void listDatasets().then((list) => live && setStored(list));
    refresh();
    const off = onDatasetsChanged(refresh);
    return () => {
      live = false;
      off();
    };
  }, []);
  return stored;
}
