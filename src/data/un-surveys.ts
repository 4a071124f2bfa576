import surveysUrl from '../../data/un-egov/surveys.csv?url';
import countriesUrl from '../../data/un-egov/countries.csv?url';
import aliasesUrl from '../../data/un-egov/name-aliases.csv?url';
import { buildDataset } from '../core/dataset';
import type { Dataset } from '../core/dataset';
import { buildGazetteer } from '../core/load/gazetteer';
import { loadAliasesCsv, loadCountriesCsv } from '../core/load/countries';
import { loadSurveyCsv } from '../core/load/surveys';
import { defineSource, fetchText } from './source';

/** The shipped UN E-Government Survey data (data/un-egov), validated by the core loaders. */
export const unSurveys = defineSource<Dataset>('un-surveys', async () => {
  const [surveysText, countriesText, aliasesText] = await Promise.all([
    fetchText(surveysUrl),
    fetchText(countriesUrl),
    fetchText(aliasesUrl),
  ]);
  const countries = loadCountriesCsv(countriesText);
  const aliases = loadAliasesCsv(aliasesText);
  const gazetteer = buildGazetteer(countries.rows, aliases.rows);
  const surveys = loadSurveyCsv(surveysText, gazetteer, { outOfRange: 'keep' });
  return {
    value: buildDataset(surveys.rows, countries.rows),
    issues: [...countries.issues, ...aliases.issues, ...surveys.issues],
  };
});
