import loadShipped from 'virtual:shipped-surveys';
import { buildDataset } from '../core/dataset';
import type { Dataset } from '../core/dataset';
import { INDEX_IDS } from '../core/types';
import type { SurveyRow } from '../core/types';
import { defineSource } from './source';

/**
 * The shipped UN E-Government Survey data (data/un-egov). The build reads and checks the
 * CSV files with the core loaders (scripts/vite-shipped-data.ts) and ships the checked rows,
 * so the browser only unpacks them.
 */
export const unSurveys = defineSource<Dataset>('un-surveys', async () => {
  const payload = await loadShipped();
  const rows = payload.rows.map(([year, iso3, nameEn, egdiRank, ...values]): SurveyRow => {
    const row: SurveyRow = { year, iso3, nameEn, egdiRank, egdi: null, osi: null, hci: null, tii: null, epi: null };
    INDEX_IDS.forEach((id, i) => (row[id] = values[i] ?? null));
    return row;
  });
  return { value: buildDataset(rows, payload.countries), issues: payload.issues };
});
