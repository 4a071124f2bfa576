import type { Dataset } from '../dataset';

/**
 * The earlier edition of a two-edition comparison when the user has not chosen one:
 * 2018 when it precedes `year` (the planners' usual reference, before the 2020 survey
 * reflected the pandemic), else the edition before `year`, else the first edition.
 */
export function defaultBase(ds: Dataset, year: number): number {
  if (ds.editions.includes(2018) && year > 2018) return 2018;
  return ds.previousEdition(year) ?? ds.editions[0] ?? year;
}
