import type { Dataset } from '../dataset';
import type { Country } from '../types';
import type { CountryRef, FindingSource } from './types';

const key = (s: FindingSource) =>
  s.kind === 'un-survey' ? `${s.edition}|` : s.kind === 'imported' ? `${s.edition}|${s.name}` : `cn|${s.key}`;

const ORDER: Record<FindingSource['kind'], number> = { 'un-survey': 0, imported: 1, 'cn-citation': 2 };
const editionOf = (s: FindingSource) => (s.kind === 'cn-citation' ? 0 : s.edition);

/**
 * Sources without repeats: survey sources by edition, the UN's before imported datasets (by
 * name), then Chinese citations in the order they first appear.
 */
export function mergeSources(...lists: readonly (readonly FindingSource[])[]): FindingSource[] {
  const byKey = new Map<string, FindingSource>();
  for (const list of lists) for (const s of list) if (!byKey.has(key(s))) byKey.set(key(s), s);
  return [...byKey.values()].sort((a, b) =>
    (a.kind === 'cn-citation') !== (b.kind === 'cn-citation')
      ? ORDER[a.kind] - ORDER[b.kind]
      : editionOf(a) - editionOf(b) ||
        ORDER[a.kind] - ORDER[b.kind] ||
        (a.kind === 'imported' && b.kind === 'imported' ? a.name.localeCompare(b.name) : 0),
  );
}

/**
 * The sources of statistics over whole editions (ranks, counts, medians): the UN survey
 * where an edition has shipped rows, and every imported dataset that supplied rows of it.
 */
export function editionSources(ds: Dataset, years: readonly number[]): FindingSource[] {
  const out: FindingSource[] = [];
  for (const edition of new Set(years)) {
    const rows = ds.rowsForYear(edition);
    if (rows.some((r) => !r.source)) out.push({ kind: 'un-survey', edition });
    for (const name of new Set(rows.flatMap((r) => (r.source ? [r.source] : []))))
      out.push({ kind: 'imported', name, edition });
  }
  return mergeSources(out);
}

/** The sources of particular countries' rows: the UN survey, or the dataset a row was imported from. */
export function rowSources(ds: Dataset, cells: readonly (readonly [number, string])[]): FindingSource[] {
  const out: FindingSource[] = [];
  for (const [edition, iso3] of cells) {
    const r = ds.get(edition, iso3);
    if (!r) continue;
    out.push(r.source ? { kind: 'imported', name: r.source, edition } : { kind: 'un-survey', edition });
  }
  return mergeSources(out);
}

/** A country as findings name it; an ISO3 the dataset does not know is named by its code. */
export function countryRef(ds: Dataset, iso3: string): CountryRef {
  const c: Country | undefined = ds.countries.get(iso3);
  const nameEn = c?.nameEn || ds.rows.find((r) => r.iso3 === iso3)?.nameEn || iso3;
  return { iso3, nameEn, nameZh: c?.nameZh || nameEn };
}
