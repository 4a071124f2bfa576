import type { Dataset } from '../dataset';
import type { IndexId } from '../types';
import { egdiGroup } from './groups';
import type { EgdiGroup } from './groups';
import { rankValues } from './rank';
import type { TieRule } from './rank';

export interface RankingEntry {
  iso3: string;
  nameEn: string;
  value: number | null;
  /** Rank under `rule`; null when not assessed. */
  rank: number | null;
  /** The EGDI rank as the UN published it (only meaningful for the EGDI). */
  publishedRank: number | null;
  group: EgdiGroup | null;
  previousValue: number | null;
  previousRank: number | null;
  /** value - previousValue; null when either is missing. */
  valueChange: number | null;
  /** previousRank - rank (positive = moved up); null when either is missing. */
  rankChange: number | null;
}

function ranksFor(ds: Dataset, year: number, index: IndexId, rule: TieRule) {
  return rankValues(
    ds.rowsForYear(year).map((r) => ({ key: r.iso3, value: r[index] })),
    rule,
  );
}

/**
 * Rank changes compare places in two rankings; they mean something only when both rank
 * comparable fields. Below this share of the larger field (e.g. an imported edition
 * with a few countries against the UN's 193) the rank change is left empty.
 */
export const COMPARABLE_FIELD_SHARE = 0.5;

/**
 * The ranking of every country in one edition for one index, with the change since the
 * previous edition. Ranks are computed from values with the given tie rule; groups use
 * the UN EGDI thresholds on the index value. Rank changes are null when the two editions
 * rank fields of very different sizes (see COMPARABLE_FIELD_SHARE).
 */
export function rankingTable(ds: Dataset, year: number, index: IndexId, rule: TieRule): RankingEntry[] {
  const prevYear = ds.previousEdition(year);
  const ranks = ranksFor(ds, year, index, rule);
  const ranked = (m: Map<string, number | null>) => [...m.values()].filter((r) => r !== null).length;
  const prevAll = prevYear === null ? null : ranksFor(ds, prevYear, index, rule);
  const comparable =
    prevAll !== null &&
    Math.min(ranked(ranks), ranked(prevAll)) >=
      COMPARABLE_FIELD_SHARE * Math.max(ranked(ranks), ranked(prevAll));
  const prevRanks = comparable ? prevAll : null;
  return ds.rowsForYear(year).map((r) => {
    const value = r[index];
    const prev = prevYear === null ? undefined : ds.get(prevYear, r.iso3);
    const previousValue = prev?.[index] ?? null;
    const rank = ranks.get(r.iso3) ?? null;
    const previousRank = prevRanks?.get(r.iso3) ?? null;
    return {
      iso3: r.iso3,
      nameEn: r.nameEn,
      value,
      rank,
      publishedRank: r.egdiRank,
      group: egdiGroup(value),
      previousValue,
      previousRank,
      valueChange: value !== null && previousValue !== null ? value - previousValue : null,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
    };
  });
}

/** The rank of one country in each edition, for a rank-history chart. */
export function rankHistory(ds: Dataset, iso3: string, index: IndexId, rule: TieRule) {
  return ds.editions.map((year) => ({
    year,
    rank: ranksFor(ds, year, index, rule).get(iso3) ?? null,
    published: index === 'egdi' ? (ds.get(year, iso3)?.egdiRank ?? null) : null,
    of: ds.rowsForYear(year).filter((r) => r[index] !== null).length,
  }));
}
