import surveysUrl from '../../data/un-egov/surveys.csv?url';
import countriesUrl from '../../data/un-egov/countries.csv?url';
import aliasesUrl from '../../data/un-egov/name-aliases.csv?url';
import { buildDataset } from '../core/dataset';
import type { Dataset } from '../core/dataset';
import { buildGazetteer } from '../core/load/gazetteer';
import { loadAliasesCsv, loadCountriesCsv } from '../core/load/countries';
import { loadSurveyCsv } from '../core/load/surveys';
import { egdiMeanDeviations } from '../core/indicators/quality';
import type { QualityNote } from '../core/indicators/quality';

export interface ShippedData {
  dataset: Dataset;
  quality: QualityNote[];
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/** Fetches the bundled CSVs from the app's own origin and validates them with the core loaders. */
export async function loadShippedData(): Promise<ShippedData> {
  const [surveysText, countriesText, aliasesText] = await Promise.all([
    fetchText(surveysUrl),
    fetchText(countriesUrl),
    fetchText(aliasesUrl),
  ]);
  const countries = loadCountriesCsv(countriesText);
  const aliases = loadAliasesCsv(aliasesText);
  const gazetteer = buildGazetteer(countries.rows, aliases.rows);
  const surveys = loadSurveyCsv(surveysText, gazetteer, { outOfRange: 'keep' });
  const errors = [...countries.issues, ...aliases.issues, ...surveys.issues].filter(
    (i) => i.severity === 'error',
  );
  if (errors.length > 0) {
    throw new Error(errors.map((e) => `row ${e.row}: ${e.message}`).join('\n'));
  }
  return { dataset: buildDataset(surveys.rows, countries.rows), quality: egdiMeanDeviations(surveys.rows) };
}
