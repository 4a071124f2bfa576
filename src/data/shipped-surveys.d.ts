// The shipped UN survey data, read and checked at build time (scripts/vite-shipped-data.ts).
declare module 'virtual:shipped-surveys' {
  import type { Country } from '../core/types';
  import type { Issue } from '../core/issues';
  /** year, iso3, nameEn, egdiRank, then egdi, osi, hci, tii, epi. */
  type PackedRow = [number, string, string, number | null, ...(number | null)[]];
  const loadShipped: () => Promise<{ columns: string[]; rows: PackedRow[]; countries: Country[]; issues: Issue[] }>;
  export default loadShipped;
}
