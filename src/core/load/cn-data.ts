import type { Issue } from '../issues';
import { loadMetricCatalogueCsv, metricResolver } from './metric-catalogue';
import type { MetricDef } from './metric-catalogue';
import { loadMetricsCsv } from './metrics';
import type { MetricRow } from './metrics';
import { loadProvincesCsv, provinceGazetteer } from './provinces';
import type { Province } from './provinces';
import type { Gazetteer } from './gazetteer';

/** The Chinese metrics as the views use them (data/cn/*.csv, loaded and validated). */
export interface CnData {
  provinces: Province[];
  gazetteer: Gazetteer;
  catalogue: MetricDef[];
  defs: Map<string, MetricDef>;
  rows: MetricRow[];
  issues: Issue[];
}

/** Loads the three data/cn files from their text; every shipped row must carry a source and a quote. */
export function buildCnData(provincesText: string, catalogueText: string, metricsText: string): CnData {
  const provinces = loadProvincesCsv(provincesText);
  const catalogue = loadMetricCatalogueCsv(catalogueText);
  const gazetteer = provinceGazetteer(provinces.rows);
  const metrics = loadMetricsCsv(metricsText, {
    provinces: gazetteer,
    resolveMetric: metricResolver(catalogue.rows),
    requireCitation: true,
  });
  return {
    provinces: provinces.rows,
    gazetteer,
    catalogue: catalogue.rows,
    defs: new Map(catalogue.rows.map((d) => [d.id, d])),
    rows: metrics.rows,
    issues: [...provinces.issues, ...catalogue.issues, ...metrics.issues],
  };
}
