import { mapColumns } from '../load/delimited';
import { SURVEY_COLUMNS } from '../load/surveys';
import type { SurveyField } from '../load/surveys';

/** Column aliases of the long survey format: one value per row (year, country, indicator, value). */
export const SURVEY_LONG_COLUMNS = {
  year: [...SURVEY_COLUMNS.year, '年份', '年度'],
  iso3: [...SURVEY_COLUMNS.iso3, 'iso3_code'],
  name: [...SURVEY_COLUMNS.name, '国家', '国家或地区'],
  indicator: ['indicator', 'index', 'metric', 'index_id', '指标', '指数'],
  value: ['value', 'score', '数值', '值', '得分'],
} as const;

/** The wide survey header aliases plus the Chinese headers a planner's own table may carry. */
export const SURVEY_WIDE_COLUMNS: Record<SurveyField, readonly string[]> = {
  year: [...SURVEY_COLUMNS.year, '年份', '年度'],
  iso3: [...SURVEY_COLUMNS.iso3, '国家代码', 'ISO3代码'],
  name: [...SURVEY_COLUMNS.name, '国家', '国家或地区'],
  egdiRank: [...SURVEY_COLUMNS.egdiRank, '排名', '电子政务发展指数排名'],
  egdi: [...SURVEY_COLUMNS.egdi, '电子政务发展指数'],
  osi: [...SURVEY_COLUMNS.osi, '在线服务指数'],
  hci: [...SURVEY_COLUMNS.hci, '人力资本指数'],
  tii: [...SURVEY_COLUMNS.tii, '电信基础设施指数'],
  epi: [...SURVEY_COLUMNS.epi, '电子参与指数'],
};

export type SurveyLongField = keyof typeof SURVEY_LONG_COLUMNS;

export type ShapeMatch =
  | { shape: 'survey-wide'; columns: Record<SurveyField, number> }
  | { shape: 'survey-long'; columns: Record<SurveyLongField, number> };

export type ShapeId = ShapeMatch['shape'];

/**
 * Recognises which known table a header belongs to. Order matters: the long format is
 * tried first because its "value" column would never match a wide table.
 *
 * Extension point: another shape adds a branch here returning its own `shape` id, and
 * `importTable` a case that loads it. The provincial long format (region_code,
 * metric_id, value, ...) is recognised in `importTable` and sent to the Provinces page,
 * which has its own importer for it.
 */
export function recognizeShape(header: readonly string[], yearFromName: number | null): ShapeMatch | null {
  const long = mapColumns([...header], SURVEY_LONG_COLUMNS);
  if (long.indicator >= 0 && long.value >= 0 && (long.iso3 >= 0 || long.name >= 0) && long.year >= 0) {
    return { shape: 'survey-long', columns: long };
  }
  const wide = mapColumns([...header], SURVEY_WIDE_COLUMNS);
  if (wide.egdi >= 0 && (wide.iso3 >= 0 || wide.name >= 0) && (wide.year >= 0 || yearFromName !== null)) {
    return { shape: 'survey-wide', columns: wide };
  }
  return null;
}

/** The edition in a file name such as "egdi-2016.csv" or "EGOV_DATA_2024.xlsx", or null. */
export function yearFromFileName(name: string): number | null {
  const m = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(name);
  return m ? Number(m[1]) : null;
}
