import type { Issue } from './issues';

/** The five UN E-Government Survey indices, in the order the project's CSV uses. */
export const INDEX_IDS = ['egdi', 'osi', 'hci', 'tii', 'epi'] as const;
export type IndexId = (typeof INDEX_IDS)[number];

/** Published editions of the UN E-Government Survey (uneven spacing is real). */
export const EDITIONS = [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024] as const;

/** Editions in which an unassessed country was published as EGDI 0 rather than left blank. */
export const ZERO_MEANS_UNASSESSED_UNTIL = 2012;

export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * One country in one survey edition. Index values are in [0, 1] with 5 decimals as
 * published; `null` means "not assessed / not published", never zero.
 */
export interface SurveyRow {
  year: number;
  iso3: string;
  nameEn: string;
  /** The EGDI rank exactly as the UN published it (standard competition ranking). */
  egdiRank: number | null;
  egdi: number | null;
  osi: number | null;
  hci: number | null;
  tii: number | null;
  epi: number | null;
  /** Name of the imported dataset the row comes from; absent for the shipped data. */
  source?: string;
}

export interface Country {
  iso3: string;
  iso2: string;
  nameEn: string;
  nameZh: string;
  region: Region;
  subRegion: string;
  incomeGroup: string;
}

/** Rows a loader accepted, and the problems it found (rows with an error are left out). */
export interface LoadResult<T> {
  rows: T[];
  issues: Issue[];
}
