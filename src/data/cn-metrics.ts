import provincesUrl from '../../data/cn/provinces.csv?url';
import catalogueUrl from '../../data/cn/metric-catalogue.csv?url';
import metricsUrl from '../../data/cn/metrics.csv?url';
import { buildCnData } from '../core/load/cn-data';
import type { CnData } from '../core/load/cn-data';
import { defineSource, fetchText } from './source';

/** The Chinese national and provincial metrics (data/cn), fetched the first time a view asks. */
export const cnMetrics = defineSource<CnData>('cn-metrics', async () => {
  const [p, c, m] = await Promise.all([fetchText(provincesUrl), fetchText(catalogueUrl), fetchText(metricsUrl)]);
  const data = buildCnData(p, c, m);
  return { value: data, issues: data.issues };
});
