/**
 * A file name for an export that says what it holds, e.g.
 * `egov-atlas_rankings_osi_2018.csv`. Parts are lower-cased and reduced to
 * `[a-z0-9-]`; empty parts are dropped.
 */
export function exportFileName(parts: readonly (string | number | null | undefined)[], ext: string): string {
  const clean = parts
    .map((p) =>
      String(p ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean);
  return `${['egov-atlas', ...clean].join('_')}.${ext}`;
}
