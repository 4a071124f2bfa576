import { useCallback, useMemo } from 'react';
import { PublishedFigures } from '../../components/published-figures';
import type { AggregateScope } from '../../core/load/published-aggregates';

/** The published aggregates shown beside China's benchmarks: the world and China's region. */
const CHINA_SCOPES: readonly AggregateScope[] = ['World', 'Asia'];
import { INDEX_IDS } from '../../core/types';
import type { ViewProps } from '../../state/url/view-props';
import { regionMean, topNMean, worldMean } from '../../core/indicators/aggregates';
import { egdiGroup } from '../../core/indicators/groups';
import type { TimeSeries } from '../../charts/line-over-time';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { IndexSelect } from '../../components/index-select';
import { useLineOption } from '../../components/use-line-option';
import { useI18n } from '../../i18n/i18n-context';
import { seriesToTable } from '../../core/export/series-table';
import { comparisonTable } from '../../core/export/comparison';
import { useSourceLine } from '../../components/use-source-line';
import { FindingsProvider, KeyFindings } from '../../components/key-findings';
import { chinaFindings } from '../../core/findings/views';

const CHINA = 'CHN';

/** A table twin for any set of time series: one row per edition, one column per series. */
function SeriesTable({
  series,
  caption,
  decimals,
}: {
  series: readonly TimeSeries[];
  caption: string;
  decimals: number;
}) {
  const { t, num } = useI18n();
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const valueAt = (s: TimeSeries, year: number) => s.points.find((p) => p.year === year)?.value ?? null;
  return (
    <DataTable
      rows={years}
      rowKey={(y) => String(y)}
      caption={caption}
      columns={[
        { id: 'year', header: t('col.year'), sortValue: (y) => y, render: (y) => y },
        ...series.map((s, i) => ({
          id: `s${i}`,
          header: s.name,
          numeric: true,
          sortValue: (y: number) => valueAt(s, y),
          render: (y: number) => {
            const v = valueAt(s, y);
            return v === null ? <span className="na">{t('notAssessed')}</span> : num(v, decimals);
          },
        })),
      ]}
    />
  );
}

export default function ChinaView({ dataset, state, year, update }: ViewProps) {
  const { index, rule } = state;
  const onChange = update;
  const i18n = useI18n();
  const { t, num } = i18n;
  // The headline edition: the app's default (latest shipped edition) or the one in the URL.
  const latest = year;
  const row = dataset.get(latest, CHINA);
  const assessed = dataset.rowsForYear(latest).filter((r) => r.egdi !== null).length;
  const group = egdiGroup(row?.egdi ?? null);
  const sourceLine = useSourceLine(dataset);
  const labels = {
    chart: t('chart.chart'),
    table: t('chart.table'),
    error: t('chart.error'),
    retry: t('app.retry'),
  };

  const components = useMemo<TimeSeries[]>(
    () =>
      INDEX_IDS.map((id) => ({
        name: t(`indexShort.${id}`),
        points: dataset.sourcedSeries(CHINA, id),
        emphasis: id === 'egdi',
      })),
    [dataset, t],
  );
  const rankSeries = useMemo<TimeSeries[]>(
    () => [
      {
        name: t('china.publishedRank'),
        points: dataset.editions.map((year) => {
          const r = dataset.get(year, CHINA);
          const value = r?.egdiRank ?? null;
          return r?.source ? { year, value, source: r.source } : { year, value };
        }),
        emphasis: true,
      },
    ],
    [dataset, t],
  );
  const benchmarks = useMemo<TimeSeries[]>(
    () => [
      { name: t('nav.china'), points: dataset.sourcedSeries(CHINA, index), emphasis: true },
      { name: t('china.worldMean'), points: worldMean(dataset, index), dashed: true },
      { name: t('china.asiaMean'), points: regionMean(dataset, index, 'Asia'), dashed: true },
      { name: t('china.top10Mean'), points: topNMean(dataset, index, 10), dashed: true },
    ],
    [dataset, index, t],
  );
  const componentsOption = useLineOption({
    series: components,
    yName: t('col.value'),
    decimals: 4,
    yMin: 0,
    yMax: 1,
  });
  const rankOption = useLineOption({
    series: rankSeries,
    yName: t('col.rank'),
    decimals: 0,
    yMin: 1,
    inverse: true,
  });
  const benchOption = useLineOption({
    series: benchmarks,
    yName: t(`indexShort.${index}`),
    decimals: 4,
    yMin: 0,
    yMax: 1,
  });

  // The whole comparison behind the page (China in every edition, all indices), built
  // only when the user exports it.
  const full = useCallback(
    () =>
      comparisonTable(
        dataset,
        [CHINA],
        (iso3) => i18n.countryName(dataset.countries.get(iso3), iso3),
        {
          country: t('col.country'),
          iso3: 'ISO3',
          year: t('col.year'),
          index: { egdi: 'EGDI', osi: 'OSI', hci: 'HCI', tii: 'TII', epi: 'EPI' },
          rank: `${t('col.rank')} EGDI (${t('rule.competition.short')})`,
          publishedRank: t('col.publishedRank'),
        },
        'egdi',
        'competition',
      ),
    [dataset, i18n, t],
  );

  // The key findings, from the edition, index and tie rule the charts and headline use.
  const findings = useMemo(
    () => chinaFindings(dataset, { year: latest, index, rule }),
    [dataset, latest, index, rule],
  );

  const kpis = [
    { id: 'egdi', label: t('china.headline', { year: latest }), value: num(row?.egdi ?? null, 4) },
    {
      id: 'rank',
      label: t('china.rankHeadline', { year: latest }),
      value: row?.egdiRank ? String(row.egdiRank) : '—',
      sub: row?.source
        ? t('china.rankOfImported', { n: assessed, name: row.source })
        : t('china.rankOf', { n: assessed }),
    },
    { id: 'group', label: t('china.group', { year: latest }), value: group ? t(`group.${group}`) : '—' },
    ...(['osi', 'hci', 'tii', 'epi'] as const).map((id) => ({
      id,
      label: `${t(`indexShort.${id}`)} ${latest}`,
      value: num(row?.[id] ?? null, 4),
    })),
  ];

  return (
    <FindingsProvider dataset={dataset} years={dataset.editions} findings={findings}>
      <div className="view">
        <h1>{t('china.title')}</h1>
        <ul className="kpis">
          {kpis.map((k) => (
            <li key={k.id} className={`kpi kpi-${k.id}`} data-testid={`kpi-${k.id}`}>
              <span className="kpi-label">{k.label}</span>
              <span className="kpi-value">{k.value}</span>
              {'sub' in k && k.sub ? <span className="kpi-sub">{k.sub}</span> : null}
            </li>
          ))}
        </ul>
        <p className="source">{sourceLine([latest])}</p>
        <KeyFindings />
        <div className="grid-2">
          <ChartPanel
            title={t('china.components')}
            chart={<EChart option={componentsOption} label={t('china.components')} />}
            table={<SeriesTable series={components} caption={t('china.components')} decimals={5} />}
            source={sourceLine(dataset.editions, 'span')}
            notes={<p className="note">{t('trends.gapNote')}</p>}
            labels={labels}
            panelId="components"
            exportSpec={{
              fileParts: ['china', 'components', latest],
              data: seriesToTable(components, t('col.year'), 5),
              option: componentsOption,
              full,
            }}
          />
          <ChartPanel
            title={t('china.rankHistory')}
            chart={<EChart option={rankOption} label={t('china.rankHistory')} />}
            table={<SeriesTable series={rankSeries} caption={t('china.rankHistory')} decimals={0} />}
            source={sourceLine(dataset.editions, 'span')}
            notes={<p className="note">{t('rankings.publishedNote')}</p>}
            labels={labels}
            panelId="rank-history"
            exportSpec={{
              fileParts: ['china', 'rank-history', 'egdi', latest],
              notes: [t('rankings.publishedNote')],
              data: seriesToTable(rankSeries, t('col.year'), 0),
              option: rankOption,
              full,
            }}
          />
        </div>
        <div className="controls" role="group">
          <IndexSelect value={index} onChange={(v) => onChange({ index: v })} testId="benchmark-index" />
        </div>
        <ChartPanel
          title={t('china.benchmarks', { index: t(`indexShort.${index}`) })}
          chart={
            <EChart
              option={benchOption}
              label={t('china.benchmarks', { index: t(`indexShort.${index}`) })}
              style={{ height: 420 }}
            />
          }
          table={
            <SeriesTable
              series={benchmarks}
              caption={t('china.benchmarks', { index: t(`indexShort.${index}`) })}
              decimals={4}
            />
          }
          source={sourceLine(dataset.editions, 'span')}
          notes={
            <>
              <p className="note">{t('china.benchmarkNote')}</p>
              {index === 'egdi' ? (
                <PublishedFigures dataset={dataset} year={latest} scopes={CHINA_SCOPES} />
              ) : null}
            </>
          }
          labels={labels}
          panelId="benchmarks"
          exportSpec={{
            fileParts: ['china', 'benchmarks', index, latest],
            notes: [t('china.benchmarkNote')],
            data: seriesToTable(benchmarks, t('col.year'), 4),
            option: benchOption,
            full,
          }}
        />
      </div>
    </FindingsProvider>
  );
}
