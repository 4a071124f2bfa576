import { useCallback, useState } from 'react';
import { parseSavedViews, serializeSavedViews } from '../../state/saved-views';
import type { SavedView } from '../../state/saved-views';

const KEY = 'egov-atlas:saved-views';

/** Saved views from local storage, in the same strictly validated format as the export file. */
function readStored(): SavedView[] {
  try {
    const text = window.localStorage.getItem(KEY);
    if (text === null) return [];
    const r = parseSavedViews(text);
    return r.ok ? r.views : [];
  } catch {
    return [];
  }
}

/** The saved views list, persisted to local storage on every change. */
export function useSavedViews() {
  const [views, setViews] = useState<SavedView[]>(readStored);
  const [storageOk, setStorageOk] = useState(true);
  const set = useCallback((next: SavedView[]) => {
    setViews(next);
    try {
      window.localStorage.setItem(KEY, serializeSavedViews(next));
      setStorageOk(true);
    } catch {
      setStorageOk(false);
    }
  }, []);
  return { views, setViews: set, storageOk };
}
