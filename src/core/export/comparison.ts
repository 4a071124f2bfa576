import type { Dataset } from '../dataset';
import { INDEX_IDS } from '../types';
import type { IndexId } from '../types';
import { rankingTable } from '../indicators/rankings';
import type { TieRule } from '../indicators/rank';
import type { ExportTable } from './csv';

export interface ComparisonHeaders {
  country: string;
  iso3: string;
  year: string;
  /** Column header per index, e.g. "EGDI". */
  index: Record<IndexId, string>;
  /** Header of the computed rank column (should name the index and the tie rule). */
  rank: string;
  publishedRank: string;
}

/**
 * The whole comparison behind a view: for each chosen country (in the given order) and
 * each edition in the data, the five index values, the rank of `rankIndex` computed with
 * `rule` among all countries assessed in that edition, and the EGDI rank as the UN
 * published it. Not-assessed values and ranks are null (empty cells), never 0. `years`
 * narrows the editions (Trends' range); by default every edition of the data.
 */
export function comparisonTable(
  ds: Dataset,
  iso3s: readonly string[],
  name: (iso3: string) => string,
  headers: ComparisonHeaders,
  rankIndex: IndexId,
  rule: TieRule,
  years: readonly number[] = ds.editions,
): ExportTable {
  const ranks = new Map(
    years.map((year) => [
      year,
      new Map(rankingTable(ds, year, rankIndex, rule).map((e) => [e.iso3, e.rank])),
    ]),
  );
  return {
    columns: [
      headers.country,
      headers.iso3,
      headers.year,
      ...INDEX_IDS.map((id) => headers.index[id]),
      headers.rank,
      headers.publishedRank,
    ],
    // Index values with the 5 decimals the UN publishes.
    decimals: [null, null, null, ...INDEX_IDS.map(() => 5), null, null],
    rows: iso3s.flatMap((iso3) =>
      years.map((year) => {
        const r = ds.get(year, iso3);
        return [
          name(iso3),
          iso3,
          year,
          ...INDEX_IDS.map((id) => r?.[id] ?? null),
          ranks.get(year)?.get(iso3) ?? null,
          r?.egdiRank ?? null,
        ];
      }),
    ),
  };
}
