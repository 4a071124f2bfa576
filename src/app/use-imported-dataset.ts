import { useMemo } from 'react';
import { buildDataset } from '../core/dataset';
import type { Dataset } from '../core/dataset';
import { overlayRows } from '../core/import/merge-plan';
import { useStoredDatasets } from '../state/use-stored-datasets';
import type { StoredDataset, StoredList } from '../state/imported-datasets';

/**
 * The dataset the views show: the shipped rows with every active imported dataset laid
 * over them (oldest first), each imported row marked with its dataset's name. When the
 * browser storage is unavailable or corrupt, the shipped dataset is used and `problem`
 * says why.
 */
export function useImportedDataset(shipped: Dataset | null): { dataset: Dataset | null; stored: StoredList } {
  const stored = useStoredDatasets();
  const dataset = useMemo(() => (shipped ? withImports(shipped, stored.datasets) : null), [shipped, stored]);
  return { dataset, stored };
}

/** The shipped dataset with the active imported datasets laid over it (the same object when there are none). */
export function withImports(shipped: Dataset, stored: readonly StoredDataset[]): Dataset {
  const active = stored.filter((d) => d.active && d.rows.length > 0);
  if (active.length === 0) return shipped;
  const layers = active.map((d) => d.rows.map((r) => ({ ...r, source: d.name })));
  return buildDataset(overlayRows(shipped.rows, ...layers), [...shipped.countries.values()]);
}
