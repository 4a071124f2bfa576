/** A named view: its URL query (as `serializeViewState` writes it, '' for the defaults). */
export interface SavedView {
  name: string;
  query: string;
}

/** The `format` tag of an exported saved-views file. */
export const SAVED_VIEWS_FORMAT = 'egov-atlas/saved-views';
export const SAVED_VIEWS_VERSION = 1;
export const MAX_SAVED_VIEWS = 100;
export const MAX_NAME_LENGTH = 80;
const MAX_QUERY_LENGTH = 2000;
/** Larger files are refused before parsing (a deck of 100 views is about 20 kB). */
export const MAX_FILE_BYTES = 200_000;

export type SavedViewsError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-a-deck' }
  | { code: 'version'; version: string }
  | { code: 'too-many'; max: number }
  | { code: 'bad-entry'; entry: number; reason: 'shape' | 'name' | 'query' };

export type SavedViewsResult = { ok: true; views: SavedView[] } | { ok: false; error: SavedViewsError };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const hasExactKeys = (o: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(o).length === keys.length && keys.every((k) => Object.hasOwn(o, k));

/** Checks one saved view; `null` if it is well formed. A query may use only `known` parameter names. */
export function savedViewProblem(v: unknown, known: ReadonlySet<string>): 'shape' | 'name' | 'query' | null {
  if (!isPlainObject(v) || !hasExactKeys(v, ['name', 'query'])) return 'shape';
  const { name, query } = v;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) return 'name';
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return 'query';
  if (query !== '' && !query.startsWith('?')) return 'query';
  for (const key of new URLSearchParams(query).keys()) if (!known.has(key)) return 'query';
  return null;
}

/**
 * Validates a saved-views file strictly: a JSON object with exactly `format`, `version`
 * and `views`; every view exactly `{ name, query }` with a non-empty name of at most
 * 80 characters and a query of `known` URL parameter names (the view registry's). Anything else is refused with the
 * first problem found, so an import either takes the whole file or changes nothing.
 * (The values inside a query are checked later, against the data, by `parseViewState`.)
 */
export function parseSavedViews(text: string, known: ReadonlySet<string>): SavedViewsResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: { code: 'too-large' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!isPlainObject(data) || !hasExactKeys(data, ['format', 'version', 'views']))
    return { ok: false, error: { code: 'not-a-deck' } };
  if (data.format !== SAVED_VIEWS_FORMAT || !Array.isArray(data.views))
    return { ok: false, error: { code: 'not-a-deck' } };
  if (data.version !== SAVED_VIEWS_VERSION)
    return { ok: false, error: { code: 'version', version: String(data.version) } };
  if (data.views.length > MAX_SAVED_VIEWS)
    return { ok: false, error: { code: 'too-many', max: MAX_SAVED_VIEWS } };
  const views: SavedView[] = [];
  for (const [i, v] of (data.views as unknown[]).entries()) {
    const reason = savedViewProblem(v, known);
    if (reason) return { ok: false, error: { code: 'bad-entry', entry: i + 1, reason } };
    const { name, query } = v as SavedView;
    views.push({ name: name.trim(), query });
  }
  return { ok: true, views };
}

/** The exportable file for a list of saved views (read back by `parseSavedViews`). */
export function serializeSavedViews(views: readonly SavedView[]): string {
  return `${JSON.stringify({ format: SAVED_VIEWS_FORMAT, version: SAVED_VIEWS_VERSION, views }, null, 2)}\n`;
}

/**
 * Moves the view at `index` by `delta` places (−1 up, +1 down). Out-of-range moves
 * return the list unchanged. Returns a new array.
 */
export function moveView<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** What could be read of the saved views in browser storage. */
export interface StoredViews {
  views: SavedView[];
  /** Entries left out because they are damaged (or the whole text, when it is not a saved-views file). */
  dropped: number;
  /** True when the stored text was not a readable saved-views file at all. */
  unreadable: boolean;
}

/**
 * Reads the saved views kept in browser storage leniently: unlike an imported file, which
 * is taken whole or not at all, one damaged entry must not hide the others, so each valid
 * entry is kept and the damaged ones are counted.
 */
export function readStoredViews(text: string, known: ReadonlySet<string>): StoredViews {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { views: [], dropped: 0, unreadable: true };
  }
  if (!isPlainObject(data) || data.format !== SAVED_VIEWS_FORMAT || !Array.isArray(data.views))
    return { views: [], dropped: 0, unreadable: true };
  const views: SavedView[] = [];
  let dropped = 0;
  for (const v of data.views as unknown[]) {
    if (savedViewProblem(v, known) !== null || views.length >= MAX_SAVED_VIEWS) dropped++;
    else views.push({ name: (v as SavedView).name.trim(), query: (v as SavedView).query });
  }
  return { views, dropped, unreadable: false };
}
