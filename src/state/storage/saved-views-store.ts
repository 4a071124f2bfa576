import { readStoredViews } from '../saved-views';
import type { SavedView } from '../saved-views';
import { LOCAL_KEYS } from './keys';
import { readLocal, writeLocal } from './local-storage';

/** At most this many unreadable texts are kept as backups. */
const MAX_BACKUPS = 5;

/** Keeps a copy of a stored text that could not be read whole, before it is ever written over. */
function keepBackup(text: string): boolean {
  const read = readLocal(LOCAL_KEYS.savedViewsBackup);
  let backups: unknown = [];
  try {
    backups = read.ok && read.text ? JSON.parse(read.text) : [];
  } catch {
    // An unreadable backup list is itself kept, as the first entry of the new one.
    backups = read.ok && read.text ? [read.text] : [];
  }
  const list = Array.isArray(backups) ? backups.filter((b): b is string => typeof b === 'string') : [];
  if (list.includes(text)) return true;
  return writeLocal(LOCAL_KEYS.savedViewsBackup, JSON.stringify([text, ...list].slice(0, MAX_BACKUPS)));
}

export interface StoredViewsRead {
  views: SavedView[];
  /** Damaged entries left out (their text is kept as a backup), or -1 when the whole text was unreadable. */
  dropped: number;
  /** False when the list may not be written: storage could not be read, or no backup could be kept. */
  writable: boolean;
}

/**
 * The saved views in local storage: every valid entry, the damaged ones counted; a text that
 * could not be read whole is first kept as a backup, so writing the list again loses nothing.
 */
export function readSavedViews(known: ReadonlySet<string>): StoredViewsRead {
  const read = readLocal(LOCAL_KEYS.savedViews);
  if (!read.ok) return { views: [], dropped: 0, writable: false };
  if (read.text === null) return { views: [], dropped: 0, writable: true };
  const r = readStoredViews(read.text, known);
  if (r.dropped === 0 && !r.unreadable) return { views: r.views, dropped: 0, writable: true };
  return { views: r.views, dropped: r.unreadable ? -1 : r.dropped, writable: keepBackup(read.text) };
}
