import { useCallback, useState } from 'react';
import { parseSavedViews, serializeSavedViews } from '../../state/saved-views';
import type { SavedView } from '../../state/saved-views';
import { LOCAL_KEYS } from '../../state/storage/keys';
import { readLocal, writeLocal } from '../../state/storage/local-storage';
import { KNOWN_PARAMS } from '../url';

/** Saved views from local storage, in the same strictly validated format as the export file. */
function readStored(): SavedView[] {
  const read = readLocal(LOCAL_KEYS.savedViews);
  if (!read.ok || read.text === null) return [];
  const r = parseSavedViews(read.text, KNOWN_PARAMS);
  return r.ok ? r.views : [];
}

/** The saved views list, persisted to local storage on every change. */
export function useSavedViews() {
  const [views, setViews] = useState<SavedView[]>(readStored);
  const [storageOk, setStorageOk] = useState(true);
  const set = useCallback((next: SavedView[]) => {
    setViews(next);
    setStorageOk(writeLocal(LOCAL_KEYS.savedViews, serializeSavedViews(next)));
  }, []);
  return { views, setViews: set, storageOk };
}
