import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSavedViews } from '../../../src/state/storage/saved-views-store';
import { LOCAL_KEYS } from '../../../src/state/storage/keys';
import { SAVED_VIEWS_FORMAT } from '../../../src/state/saved-views';

const KNOWN = new Set(['view', 'year', 'index']);

/** window.localStorage in memory; `broken` makes every call throw as disabled storage does. */
function fakeStorage(initial: Record<string, string> = {}, broken = false) {
  const data = new Map(Object.entries(initial));
  const guard = () => {
    if (broken) throw new DOMException('denied', 'SecurityError');
  };
  const localStorage = {
    getItem: (k: string) => (guard(), data.get(k) ?? null),
    setItem: (k: string, v: string) => (guard(), void data.set(k, v)),
    removeItem: (k: string) => (guard(), void data.delete(k)),
  };
  (globalThis as { window?: unknown }).window = { localStorage };
  return data;
}
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const file = (views: unknown[]) => JSON.stringify({ format: SAVED_VIEWS_FORMAT, version: 1, views });

describe('saved views in browser storage', () => {
  beforeEach(() => fakeStorage());

  it('one invalid view leaves the valid ones listed, counts it, and keeps the text as a backup', () => {
    const text = file([
      { name: 'A', query: '?view=rankings' },
      { name: 'B', query: '?evil=1' },
      { name: 'C', query: '' },
    ]);
    const data = fakeStorage({ [LOCAL_KEYS.savedViews]: text });
    const read = readSavedViews(KNOWN);
    expect(read.views.map((v) => v.name)).toEqual(['A', 'C']);
    expect(read.dropped).toBe(1);
    expect(read.writable).toBe(true);
    expect(JSON.parse(data.get(LOCAL_KEYS.savedViewsBackup) ?? '[]')).toEqual([text]);
  });

  it('an unreadable list is kept as a backup; reading it twice keeps one copy', () => {
    const data = fakeStorage({ [LOCAL_KEYS.savedViews]: '{"format": broken' });
    expect(readSavedViews(KNOWN)).toEqual({ views: [], dropped: -1, writable: true });
    readSavedViews(KNOWN);
    expect(JSON.parse(data.get(LOCAL_KEYS.savedViewsBackup) ?? '[]')).toEqual(['{"format": broken']);
  });

  it('a list that is fine needs no backup', () => {
    const data = fakeStorage({ [LOCAL_KEYS.savedViews]: file([{ name: 'A', query: '' }]) });
    expect(readSavedViews(KNOWN)).toEqual({ views: [{ name: 'A', query: '' }], dropped: 0, writable: true });
    expect(data.has(LOCAL_KEYS.savedViewsBackup)).toBe(false);
  });

  it('storage that cannot be read is never to be written', () => {
    fakeStorage({}, true);
    expect(readSavedViews(KNOWN).writable).toBe(false);
  });
});
