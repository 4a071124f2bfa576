import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { buildDataset } from '../core/dataset';
import type { Dataset } from '../core/dataset';
import { overlayRows } from '../core/import/merge-plan';
import { loadStoredDatasets, onDatasetsChanged, storedDatasets } from '../state/storage/imported-datasets';
import type { StoredDataset, StoredList } from '../state/storage/imported-datasets';

const NONE: StoredList = { datasets: [], problem: null, unreadable: 0 };

/**
 * The dataset the views show: the shipped rows with every active imported dataset laid
 * over them (oldest first), each imported row marked with its dataset's name. `ready` once
 * browser storage has been read (once, at start). When the storage is unavailable or
 * corrupt, the shipped dataset is used and `stored.problem` says why.
 */
export function useImportedDataset(shipped: Dataset | null): {
  dataset: Dataset | null;
  stored: StoredList;
  ready: boolean;
} {
  const list = useSyncExternalStore(onDatasetsChanged, storedDatasets);
  useEffect(() => {
    void loadStoredDatasets();
  }, []);
  const stored = list ?? NONE;
  const dataset = useMemo(() => (shipped ? withImports(shipped, stored.datasets) : null), [shipped, stored]);
  return { dataset, stored, ready: list !== null };
}

/** The shipped dataset with the active imported datasets laid over it (the same object when there are none). */
export function withImports(shipped: Dataset, stored: readonly StoredDataset[]): Dataset {
  const active = stored.filter((d) => d.active && d.rows.length > 0);
  if (active.length === 0) return shipped;
  const layers = active.map((d) => d.rows.map((r) => ({ ...r, source: d.name })));
  return buildDataset(overlayRows(shipped.rows, ...layers), [...shipped.countries.values()]);
}
