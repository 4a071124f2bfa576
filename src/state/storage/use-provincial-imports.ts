import { useEffect, useSyncExternalStore } from 'react';
import { loadProvincialImports, onProvincialImportsChanged, provincialImports } from './provincial-imports';
import type { ProvincialImportList } from './provincial-imports';

const EMPTY: ProvincialImportList = { imports: [], problem: null };

/** The provincial imports in browser storage (read once, then kept up to date by every change). */
export function useProvincialImports(): ProvincialImportList {
  const list = useSyncExternalStore(onProvincialImportsChanged, provincialImports);
  useEffect(() => {
    void loadProvincialImports();
  }, []);
  return list ?? EMPTY;
}
