import { useCallback, useState } from 'react';
import { serializeSavedViews } from '../../state/saved-views';
import { readSavedViews } from '../../state/storage/saved-views-store';
import type { SavedView } from '../../state/saved-views';
import { LOCAL_KEYS } from '../../state/storage/keys';
import { writeLocal } from '../../state/storage/local-storage';
import { KNOWN_PARAMS } from '../url';

/** The saved views list, persisted to local storage on every change. */
export function useSavedViews() {
  const [initial] = useState(() => readSavedViews(KNOWN_PARAMS));
  const [views, setViews] = useState<SavedView[]>(initial.views);
  const [storageOk, setStorageOk] = useState(initial.writable);
  const set = useCallback(
    (next: SavedView[]) => {
      setViews(next);
      // Storage that could not be read, and of which no copy could be kept, is never written over.
      setStorageOk(initial.writable && writeLocal(LOCAL_KEYS.savedViews, serializeSavedViews(next)));
    },
    [initial.writable],
  );
  return { views, setViews: set, storageOk, dropped: initial.dropped };
}
