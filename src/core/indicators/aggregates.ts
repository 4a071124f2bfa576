import { mean } from 'd3-array';
import type { Dataset } from '../dataset';
import type { IndexId, Region } from '../types';

export interface EditionAggregate {
  year: number;
  /** Mean over assessed countries; null when none was assessed. */
  value: number | null;
  /** How many countries had a value (missing values are left out, not counted as 0). */
  count: number;
}

function present(values: (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

/** Mean of an index over all assessed countries, per edition. */
export function worldMean(ds: Dataset, index: IndexId): EditionAggregate[] {
  return ds.editions.map((year) => {
    const vs = present(ds.rowsForYear(year).map((r) => r[index]));
    return { year, value: mean(vs) ?? null, count: vs.length };
  });
}

/** Mean of an index over the assessed countries of one UN region, per edition. */
export function regionMean(ds: Dataset, index: IndexId, region: Region): EditionAggregate[] {
  return ds.editions.map((year) => {
    const vs = present(
      ds
        .rowsForYear(year)
        .filter((r) => ds.countries.get(r.iso3)?.region === region)
        .map((r) => r[index]),
    );
    return { year, value: mean(vs) ?? null, count: vs.length };
  });
}

/**
 * Mean of the `n` highest values of an index in each edition (the top-n of that index
 * in that edition, so membership changes between editions). Ties at the cut-off are
 * broken by taking the first n after sorting; count says how many were averaged.
 */
export function topNMean(ds: Dataset, index: IndexId, n = 10): EditionAggregate[] {
  return ds.editions.map((year) => {
    const vs = present(ds.rowsForYear(year).map((r) => r[index]))
      .sort((a, b) => b - a)
      .slice(0, n);
    return { year, value: mean(vs) ?? null, count: vs.length };
  });
}
