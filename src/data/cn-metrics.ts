import provincesUrl from '../../data/cn/provinces.csv?url';
import catalogueUrl from '../../data/cn/metric-catalogue.csv?url';
import metricsUrl from '../../data/cn/metrics.csv?url';
import citationsUrl from '../../data/cn/citations.csv?url';
import reportUrl from '../../data/cn/report-index.csv?url';
import countsUrl from '../../data/cn/group-counts.csv?url';
import { buildCnData } from '../core/load/cn-data';
import type { CnData } from '../core/load/cn-data';
import { defineSource, fetchText } from './source';

/** The Chinese national and provincial metrics and report tables (data/cn), fetched the first time a view asks. */
export const cnMetrics = defineSource<CnData>('cn-metrics', async () => {
  const texts = await Promise.all(
    [provincesUrl, catalogueUrl, metricsUrl, citationsUrl, reportUrl, countsUrl].map(fetchText),
  );
  const [p = '', c = '', m = '', ci = '', r = '', g = ''] = texts;
  const data = buildCnData(p, c, m, ci, r, g);
  return { value: data, issues: data.issues };
});
