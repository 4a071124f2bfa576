import { useCallback, useMemo } from 'react';
import type { ViewProps } from '../../state/url/view-props';
import { asOfToIsoDate, nationalSeries } from '../../core/indicators/cn-metrics';
import type { NationalSeries } from '../../core/indicators/cn-metrics';
import { citationOf } from '../../core/load/cn-data';
import type { CnData } from '../../core/load/cn-data';
import type { MetricRow } from '../../core/load/metrics';
import { datedLines } from '../../charts/dated-lines';
import type { DatedSeries } from '../../charts/dated-lines';
import { ChartPanel } from '../../components/chart-panel';
import { CitationView, useCitationShortText, useCitationText } from '../../components/citation';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { formatMetric, metricName, useUnitLabel } from '../../components/metric-text';
import { SourceGate } from '../../components/source-gate';
import { cnMetrics } from '../../data/cn-metrics';
import { usePanelLabels } from '../../components/view-fields';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { KpiCard } from './kpi-card';
import { withoutEdition } from './series-title';
import { MESSAGES } from './messages';
import { scopeName } from './scope-names';
import './milestones.css';

const CHINA = 'CHN';

export default function MilestonesView(props: ViewProps) {
  const m = useMessages(MESSAGES);
  return (
    <SourceGate source={cnMetrics} failedLabel={m('loadFailed')}>
      {(data) => <Milestones data={data} {...props} />}
    </SourceGate>
  );
}

interface TableRow {
  key: string;
  series: string;
  date: string;
  value: string;
  source: string;
}

function Milestones({ data, dataset }: ViewProps & { data: CnData }) {
  const i18n = useI18n();
  const { t, lang, num } = i18n;
  const m = useMessages(MESSAGES);
  const unitLabel = useUnitLabel();
  const labels = usePanelLabels();
  const citationText = useCitationText();
  const citationShort = useCitationShortText();
  const citeRow = useCallback(
    (r: MetricRow) => citationText(citationOf(r, data.citations)),
    [citationText, data.citations],
  );
  const citeShort = useCallback(
    (r: MetricRow) => citationShort(citationOf(r, data.citations)),
    [citationShort, data.citations],
  );
  const { ratios, multiples } = useMemo(() => {
    const all = nationalSeries(data.rows);
    return {
      ratios: all.filter((s) => s.unit === 'percent'),
      multiples: all.filter((s) => new Set(s.points.map((p) => p.asOf)).size > 1),
    };
  }, [data.rows]);
  const nameOf = useCallback(
    (s: NationalSeries) =>
      `${metricName(data.defs.get(s.metricId), s.metricId, lang)} · ${scopeName(s.scope, lang).text}`,
    [data.defs, lang],
  );
  const toDated = useCallback(
    (s: NationalSeries): DatedSeries => ({
      name: nameOf(s),
      points: s.points.map((p) => ({ date: asOfToIsoDate(p.asOf), value: p.value })),
    }),
    [nameOf],
  );

  // China in context: the UN editions from a few years before the first national ratio.
  const unSeries: DatedSeries[] = useMemo(() => {
    const firstRatioYear = Math.min(
      ...ratios.flatMap((s) => s.points.map((p) => Number(p.asOf.slice(0, 4)))),
    );
    return (['egdi', 'osi'] as const).map((id) => ({
      name: t(`indexShort.${id}`),
      points: dataset
        .series(CHINA, id)
        .filter((p) => p.year >= firstRatioYear - 4)
        .flatMap((p) => (p.value === null ? [] : [{ date: `${p.year}-07-01`, value: p.value }])),
    }));
  }, [ratios, dataset, t]);
  const contextHeight = 560;
  const contextOption = useMemo(
    () =>
      datedLines({
        panels: [
          { series: unSeries, yName: m('unPanel'), decimals: 4, yMin: 0, yMax: 1, axisDecimals: 1 },
          { series: ratios.map(toDated), yName: m('ratioPanel'), decimals: 2, yMin: 0, yMax: 100 },
        ],
        format: (v, d) => num(v, d),
        height: contextHeight,
        directLabels: true,
      }),
    [unSeries, ratios, toDated, m, num, contextHeight],
  );
  // One small chart per metric with several dates. The catalogue name may name one report
  // edition; these panels plot several dates.
  const multipleCharts = useMemo(
    () =>
      multiples.map((s) => ({
        s,
        title: withoutEdition(nameOf(s)),
        option: datedLines({
          panels: [
            {
              series: [toDated(s)],
              yName: unitLabel(s.unit),
              decimals: Math.max(0, ...s.points.map((p) => p.decimals)),
              inverse: s.unit === 'rank',
              axisDecimals: s.unit === 'index' ? 2 : 0,
            },
          ],
          format: (v, d) => num(v, d),
          height: 220,
        }),
      })),
    [multiples, nameOf, toDated, unitLabel, num],
  );
  const contextTable: TableRow[] = [
    ...unSeries.flatMap((s) =>
      s.points.map((p) => ({
        key: `${s.name}-${p.date}`,
        series: s.name,
        date: p.date.slice(0, 4),
        value: num(p.value, 4),
        source: m('unSource', { year: p.date.slice(0, 4) }),
      })),
    ),
    ...ratios.flatMap((s) =>
      s.points.map((p) => ({
        key: `${nameOf(s)}-${p.asOf}-${p.value}`,
        series: nameOf(s),
        date: p.asOf,
        value: formatMetric({ value: p.value, decimals: p.decimals, group: null, unit: s.unit }, i18n),
        source: [...new Set(p.rows.map(citeShort))].join(' / '),
      })),
    ),
  ];
  const tableColumns = [
    {
      id: 'series',
      header: m('series'),
      sortValue: (r: TableRow) => r.series,
      render: (r: TableRow) => r.series,
    },
    { id: 'date', header: m('date'), sortValue: (r: TableRow) => r.date, render: (r: TableRow) => r.date },
    { id: 'value', header: m('value'), numeric: true, render: (r: TableRow) => r.value },
    { id: 'source', header: m('sourceCol'), render: (r: TableRow) => r.source },
  ];

  return (
    <div className="milestones-view">
      <h1>{m('title')}</h1>
      <p className="muted">{m('intro')}</p>
      <h2>{m('kpiTitle')}</h2>
      <div className="kpis cn-kpis" data-testid="cn-kpis">
        {ratios.map((s) => (
          <KpiCard
            key={`${s.metricId}|${s.scope}`}
            series={s}
            def={data.defs.get(s.metricId)}
            citations={data.citations}
          />
        ))}
      </div>

      <h2>{m('multiplesTitle')}</h2>
      <p className="muted">{m('multiplesIntro')}</p>
      <div className="small-multiples">
        {multipleCharts.map(({ s, title, option }) => {
          return (
            <ChartPanel
              key={`${s.metricId}|${s.scope}`}
              title={title}
              labels={labels}
              source={m('sourcesShort', {
                sources: [...new Set(s.points.flatMap((p) => p.rows.map(citeShort)))].join(' | '),
              })}
              exportSpec={{
                fileParts: ['milestones', s.metricId, s.scope],
                data: {
                  columns: [m('date'), `${m('value')} (${unitLabel(s.unit)})`, m('sourceCol')],
                  rows: s.points.map((p) => [p.asOf, p.value, [...new Set(p.rows.map(citeRow))].join(' | ')]),
                },
                option,
              }}
              chart={<EChart option={option} label={title} style={{ height: 220 }} />}
              table={
                <DataTable
                  rows={s.points}
                  rowKey={(p) => `${p.asOf}-${p.value}`}
                  caption={title}
                  columns={[
                    { id: 'date', header: m('date'), sortValue: (p) => p.asOf, render: (p) => p.asOf },
                    {
                      id: 'value',
                      header: m('value'),
                      numeric: true,
                      sortValue: (p) => p.value,
                      render: (p) =>
                        formatMetric(
                          { value: p.value, decimals: p.decimals, group: null, unit: s.unit },
                          i18n,
                        ),
                    },
                    {
                      id: 'source',
                      header: m('sourceCol'),
                      render: (p) =>
                        p.rows.map((r) => (
                          <CitationView key={r.line} citation={citationOf(r, data.citations)} />
                        )),
                    },
                  ]}
                />
              }
            />
          );
        })}
      </div>

      <ChartPanel
        title={m('contextTitle')}
        labels={labels}
        source={m('sourceLine')}
        panelId="china-context"
        exportSpec={{
          fileParts: ['milestones', 'context'],
          data: {
            columns: tableColumns.map((c) => c.header),
            rows: [
              ...unSeries.flatMap((s) =>
                s.points.map((p) => [
                  s.name,
                  p.date.slice(0, 4),
                  p.value,
                  m('unSource', { year: p.date.slice(0, 4) }),
                ]),
              ),
              ...ratios.flatMap((s) =>
                s.points.map((p) => [
                  nameOf(s),
                  p.asOf,
                  p.value,
                  [...new Set(p.rows.map(citeRow))].join(' | '),
                ]),
              ),
            ],
          },
          option: contextOption,
        }}
        notes={<p className="muted">{m('contextIntro')}</p>}
        chart={<EChart option={contextOption} label={m('contextTitle')} style={{ height: contextHeight }} />}
        table={
          <DataTable
            rows={contextTable}
            rowKey={(r) => r.key}
            caption={m('contextTitle')}
            columns={tableColumns}
          />
        }
      />
    </div>
  );
}
