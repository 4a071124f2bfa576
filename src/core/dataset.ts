import { INDEX_IDS } from './types';
import type { Country, IndexId, SurveyRow } from './types';

/**
 * The survey rows indexed for the views: by edition and by country. Editions are the
 * years present in the rows (so a newly imported 2026 edition appears on its own).
 */
export interface Dataset {
  rows: readonly SurveyRow[];
  editions: readonly number[];
  countries: ReadonlyMap<string, Country>;
  get(year: number, iso3: string): SurveyRow | undefined;
  rowsForYear(year: number): readonly SurveyRow[];
  /** One point per edition for a country; value null where not assessed or absent. */
  series(iso3: string, index: IndexId): { year: number; value: number | null }[];
  /** As `series`, with the imported dataset's name on the points an import supplied. */
  sourcedSeries(iso3: string, index: IndexId): { year: number; value: number | null; source?: string }[];
  /** The edition before `year`, or null for the first. */
  previousEdition(year: number): number | null;
}

export function buildDataset(rows: readonly SurveyRow[], countries: readonly Country[]): Dataset {
  const byYear = new Map<number, SurveyRow[]>();
  const byKey = new Map<string, SurveyRow>();
  for (const r of rows) {
    const list = byYear.get(r.year) ?? [];
    list.push(r);
    byYear.set(r.year, list);
    byKey.set(`${r.year}|${r.iso3}`, r);
  }
  const editions = [...byYear.keys()].sort((a, b) => a - b);
  return {
    rows,
    editions,
    countries: new Map(countries.map((c) => [c.iso3, c])),
    get: (year, iso3) => byKey.get(`${year}|${iso3}`),
    rowsForYear: (year) => byYear.get(year) ?? [],
    series: (iso3, index) =>
      editions.map((year) => ({ year, value: byKey.get(`${year}|${iso3}`)?.[index] ?? null })),
    sourcedSeries: (iso3, index) =>
      editions.map((year) => {
        const r = byKey.get(`${year}|${iso3}`);
        const value = r?.[index] ?? null;
        return r?.source ? { year, value, source: r.source } : { year, value };
      }),
    previousEdition(year) {
      const i = editions.indexOf(year);
      return i > 0 ? (editions[i - 1] ?? null) : null;
    },
  };
}

export function isIndexId(s: string): s is IndexId {
  return (INDEX_IDS as readonly string[]).includes(s);
}

/**
 * Names of the imported datasets that supplied any row of the given editions (all
 * editions when `years` is omitted), sorted; empty when only the shipped data is used.
 */
export function importedSources(ds: Dataset, years?: readonly number[]): string[] {
  const names = new Set<string>();
  for (const year of years ?? ds.editions) {
    for (const r of ds.rowsForYear(year)) if (r.source) names.add(r.source);
  }
  return [...names].sort();
}

/**
 * Whether the given editions consist only of imported rows (so they must be attributed to
 * their datasets, not to the UN). False for no editions or an edition with shipped rows.
 */
export function onlyImported(ds: Dataset, years: readonly number[]): boolean {
  const present = years.filter((y) => ds.rowsForYear(y).length > 0);
  return present.length > 0 && present.every((y) => ds.rowsForYear(y).every((r) => r.source));
}
