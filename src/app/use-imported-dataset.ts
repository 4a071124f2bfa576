import { useMemo } from 'react';
import { buildDataset } from '../core/dataset';
import type { Dataset } from '../core/dataset';
import { overlayRows } from '../core/import/merge-plan';
import { useStoredDatasets } from '../state/use-stored-datasets';
import type { StoredList } from '../state/imported-datasets';

/**
 * The dataset the views show: the shipped rows with every active imported dataset laid
 * over them (oldest first), each imported row marked with its dataset's name. When the
 * browser storage is unavailable or corrupt, the shipped dataset is used and `problem`
 * says why.
 */
export function useImportedDataset(shipped: Dataset | null): { dataset: Dataset | null; stored: StoredList } {
  const stored = useStoredDatasets();
  const dataset = useMemo(() => {
    const active = stored.datasets.filter((d) => d.active && d.rows.length > 0);
    if (!shipped || active.length === 0) return shipped;
    const layers = active.map((d) => d.rows.map((r) => ({ ...r, source: d.name })));
    return buildDataset(overlayRows(shipped.rows, ...layers), [...shipped.countries.values()]);
  }, [shipped, stored]);
  return { dataset, stored };
}
