// Every place the app keeps something in the browser, in one registry, so no two pieces
// of code pick the same key and a repair or an export can find them all.

/** local-storage keys. */
export const LOCAL_KEYS = {
  /** Saved views, in the saved-views file format (state/saved-views.ts). */
  savedViews: 'egov-atlas:saved-views',
  /**
   * Copies of saved-views texts that could not be read whole (a JSON list of the raw texts,
   * newest first), kept before the list is written again, so nothing is lost.
   */
  savedViewsBackup: 'egov-atlas:saved-views.backup',
  /** Custom peer groups, in their URL encoding (core/groups/custom-groups.ts). */
  customGroups: 'egov-atlas.custom-groups',
} as const;
export type LocalKey = (typeof LOCAL_KEYS)[keyof typeof LOCAL_KEYS];

/** The IndexedDB database and its object stores. */
export const IDB = {
  name: 'egov-atlas',
  version: 1,
  stores: {
    /** Imported survey datasets (state/storage/imported-datasets.ts), keyed by `id`. */
    importedDatasets: 'imported-datasets',
  },
} as const;

/**
 * The Provinces page's own database: provincial metrics tables the user imported
 * (state/storage/provincial-imports.ts), keyed by `id`. A database of its own, so the
 * survey datasets' database, its version and its repair stay as they are.
 */
export const PROVINCES_IDB = {
  name: 'egov-atlas-provinces',
  version: 1,
  stores: {
    provincialImports: 'provincial-imports',
  },
} as const;
