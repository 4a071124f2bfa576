import type { Citation } from '../citation';
import { buildCitation, readCopy } from '../citation';
import {
  countsFromMetrics,
  entriesFromMetrics,
  groupRowsFromReport,
  mergeCounts,
  mergeEntries,
} from '../indicators/report-index';
import type { Issue } from '../issues';
import { loadCitationsCsv } from './citations';
import { loadMetricCatalogueCsv, metricResolver } from './metric-catalogue';
import type { MetricDef } from './metric-catalogue';
import { loadMetricsCsv } from './metrics';
import type { MetricRow } from './metrics';
import { loadProvincesCsv, provinceGazetteer } from './provinces';
import type { Province } from './provinces';
import { loadGroupCountsCsv, loadReportIndexCsv } from './report-index';
import type { GroupCount, ReportEntry } from './report-index';
import type { Gazetteer } from './gazetteer';

/** The Chinese metrics as the views use them (data/cn/*.csv, loaded and validated). */
export interface CnData {
  provinces: Province[];
  gazetteer: Gazetteer;
  catalogue: MetricDef[];
  defs: Map<string, MetricDef>;
  rows: MetricRow[];
  /** Citations by id (metrics.csv, report-index.csv and group-counts.csv cite them). */
  citations: Map<string, Citation>;
  /** The address a citation's figure was read from (null when none): the identity of a copy. */
  addressOf: (citationId: string) => string | null;
  /**
   * The report series' results: the report tables with the metrics rows of the same
   * series (each statement once per copy), and the published group counts.
   */
  report: { entries: ReportEntry[]; counts: GroupCount[] };
  /** The groups the report tables name, as capability-group rows (see groupRowsFromReport). */
  reportGroupRows: MetricRow[];
  issues: Issue[];
}

const unknownCitation = (where: string, ids: string[]): Issue[] =>
  ids.length === 0
    ? []
    : [
        {
          severity: 'error',
          code: 'missing-citation',
          row: 0,
          column: 'citation',
          message: `${where}: unknown citation id(s) ${ids.slice(0, 5).join(', ')}.`,
        },
      ];

/**
 * Loads the data/cn files from their text; every shipped row must carry a quote and a
 * known citation.
 */
export function buildCnData(
  provincesText: string,
  catalogueText: string,
  metricsText: string,
  citationsText: string,
  reportText: string,
  countsText: string,
): CnData {
  const provinces = loadProvincesCsv(provincesText);
  const catalogue = loadMetricCatalogueCsv(catalogueText);
  const gazetteer = provinceGazetteer(provinces.rows);
  const metrics = loadMetricsCsv(metricsText, {
    provinces: gazetteer,
    resolveMetric: metricResolver(catalogue.rows),
    requireCitation: true,
  });
  const { citations, issues: citationIssues } = loadCitationsCsv(citationsText);
  const report = loadReportIndexCsv(reportText);
  const counts = loadGroupCountsCsv(countsText);
  const addressOf = (id: string) => {
    const c = citations.get(id);
    return (c && readCopy(c)?.address) ?? null;
  };
  const assessed = new Map(
    report.entries.flatMap((e) => (e.assessedYear === null ? [] : [[e.edition, e.assessedYear] as const])),
  );
  // A metrics row read from a page the report tables also cite is cited like them (the
  // report edition, then that page), so one page is one reference in the report index.
  const reportCitationAt = new Map<string, string>();
  for (const e of [...report.entries, ...counts.counts]) {
    const address = addressOf(e.citationId);
    const key = `${e.edition}|${address}`;
    if (address && !reportCitationAt.has(key)) reportCitationAt.set(key, e.citationId);
  }
  const asReport = <T extends { edition: number; citationId: string }>(e: T): T => {
    const same = reportCitationAt.get(`${e.edition}|${addressOf(e.citationId)}`);
    return same ? { ...e, citationId: same } : e;
  };
  const fromMetrics = entriesFromMetrics(
    metrics.rows,
    assessed,
    (code) => provinces.rows.find((p) => p.code === code)?.nameZh ?? '',
  ).map(asReport);
  const missing = (ids: readonly string[]) => [...new Set(ids.filter((id) => !citations.has(id)))];
  return {
    provinces: provinces.rows,
    gazetteer,
    catalogue: catalogue.rows,
    defs: new Map(catalogue.rows.map((d) => [d.id, d])),
    rows: metrics.rows,
    citations,
    addressOf,
    reportGroupRows: groupRowsFromReport(report.entries, metrics.rows),
    report: {
      entries: mergeEntries([report.entries, fromMetrics], addressOf),
      counts: mergeCounts([counts.counts, countsFromMetrics(metrics.rows).map(asReport)], addressOf),
    },
    issues: [
      ...provinces.issues,
      ...catalogue.issues,
      ...metrics.issues,
      ...citationIssues,
      ...report.issues,
      ...counts.issues,
      ...unknownCitation('metrics.csv', missing(metrics.rows.map((r) => r.citationId))),
      ...unknownCitation('report-index.csv', missing(report.entries.map((e) => e.citationId))),
      ...unknownCitation('group-counts.csv', missing(counts.counts.map((c) => c.citationId))),
    ],
  };
}

/**
 * A row's citation: the shipped one it names, or, for a row of a user's table, its
 * source as the copy read (kind not stated).
 */
export function citationOf(
  row: Pick<MetricRow, 'citationId' | 'source'>,
  citations: ReadonlyMap<string, Citation>,
): Citation {
  return citations.get(row.citationId) ?? buildCitation({ source: row.source });
}
