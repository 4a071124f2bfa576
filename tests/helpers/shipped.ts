import { readFileSync } from 'node:fs';
import { buildGazetteer } from '../../src/core/load/gazetteer';
import { loadAliasesCsv, loadCountriesCsv } from '../../src/core/load/countries';
import { loadSurveyCsv } from '../../src/core/load/surveys';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

/** The shipped countries, aliases and survey rows, loaded as the app loads them. */
export function loadShipped() {
  const countries = loadCountriesCsv(read('data/un-egov/countries.csv')).rows;
  const aliases = loadAliasesCsv(read('data/un-egov/name-aliases.csv')).rows;
  const gazetteer = buildGazetteer(countries, aliases);
  const surveys = loadSurveyCsv(read('data/un-egov/surveys.csv'), gazetteer, { outOfRange: 'keep' }).rows;
  return { countries, aliases, gazetteer, surveys };
}
