import { useSyncExternalStore } from 'react';
import type { UrlSnapshot, UrlStore } from './url-state';

/** The URL store's current state, re-rendering on every change. */
export function useUrlSnapshot(store: UrlStore): UrlSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
