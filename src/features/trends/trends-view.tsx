import { useCallback, useDeferredValue, useMemo } from 'react';
import type { ViewProps } from '../../state/url/view-props';
import type { TrendsParams } from './params';
import { IndexSelect } from '../../components/index-select';
import { useLineOption } from '../../components/use-line-option';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { SelectField } from '../../components/select-field';
import { useI18n } from '../../i18n/i18n-context';
import { seriesToTable } from '../../core/export/series-table';
import { comparisonTable } from '../../core/export/comparison';
import { useSourceLine } from '../../components/use-source-line';
import { FindingsProvider, KeyFindings } from '../../components/key-findings';
import { trendsFindings } from '../../core/findings/views';

export default function TrendsView({ dataset, state, update }: ViewProps<TrendsParams>) {
  // The controls show a change at once; the chart and its table follow from the deferred
  // values, after the next paint.
  const index = useDeferredValue(state.index);
  const countries = useDeferredValue(state.countries);
  const onChange = update;
  const i18n = useI18n();
  const { t, num, countryName, lang } = i18n;
  const name = (iso3: string) => countryName(dataset.countries.get(iso3), iso3);
  const options = useMemo(
    () =>
      [...dataset.countries.values()]
        .map((c) => ({ value: c.iso3, label: lang === 'zh' ? c.nameZh : c.nameEn }))
        .sort((a, b) => a.label.localeCompare(b.label, lang === 'zh' ? 'zh-CN' : 'en')),
    [dataset, lang],
  );
  const series = useMemo(
    () =>
      countries.map((iso3) => ({
        name: countryName(dataset.countries.get(iso3), iso3),
        // Only the points an imported dataset supplied carry its name (drawn as diamonds).
        points: dataset.sourcedSeries(iso3, index),
        emphasis: iso3 === 'CHN',
      })),
    [dataset, countries, index, countryName],
  );
  const option = useLineOption({ series, yName: t(`indexShort.${index}`), decimals: 4, yMin: 0, yMax: 1 });
  // The range of editions the chart draws (the whole series) and each country's change over it.
  const from = dataset.editions[0] ?? 0;
  const to = dataset.editions.at(-1) ?? from;
  const findings = useMemo(
    () => trendsFindings(dataset, { index, countries, from, to }),
    [dataset, index, countries, from, to],
  );
  const span = `${dataset.editions[0]}–${dataset.editions[dataset.editions.length - 1]}`;
  const title = t('trends.title', { index: t(`index.${index}`), span });
  const sourceLine = useSourceLine(dataset);
  // The whole comparison: built only when the user exports it (every edition for the countries in view).
  const full = useCallback(
    () =>
      comparisonTable(
        dataset,
        countries,
        (iso3) => countryName(dataset.countries.get(iso3), iso3),
        {
          country: t('col.country'),
          iso3: 'ISO3',
          year: t('col.year'),
          index: { egdi: 'EGDI', osi: 'OSI', hci: 'HCI', tii: 'TII', epi: 'EPI' },
          rank: `${t('col.rank')} ${t(`indexShort.${index}`)} (${t(`rule.${state.rule}.short`)})`,
          publishedRank: t('col.publishedRank'),
        },
        index,
        state.rule,
      ),
    [dataset, countries, countryName, t, index, state.rule],
  );
  const rows = dataset.editions.map((year) => ({ year }));

  return (
    <FindingsProvider dataset={dataset} years={dataset.editions} findings={findings}>
      <div className="view">
        <h1>{title}</h1>
        <div className="controls" role="group">
          <IndexSelect value={state.index} onChange={(v) => onChange({ index: v })} />
          <SelectField
            label={t('field.addCountry')}
            value=""
            options={[
              { value: '', label: '—' },
              ...options.filter((o) => !state.countries.includes(o.value)),
            ]}
            onChange={(v) => v && onChange({ countries: [...state.countries, v] })}
            testId="add-country"
          />
        </div>
        <ul className="chips" aria-label={t('field.countries')}>
          {state.countries.map((iso3) => (
            <li key={iso3}>
              {name(iso3)}
              <button
                type="button"
                aria-label={t('trends.remove', { name: name(iso3) })}
                onClick={() => onChange({ countries: state.countries.filter((c) => c !== iso3) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <KeyFindings />
        <ChartPanel
          title={title}
          chart={<EChart option={option} label={title} style={{ height: 420 }} />}
          table={
            <DataTable
              rows={rows}
              rowKey={(r) => String(r.year)}
              caption={t('trends.tableCaption')}
              columns={[
                { id: 'year', header: t('col.year'), sortValue: (r) => r.year, render: (r) => r.year },
                ...countries.map((iso3) => ({
                  id: iso3,
                  header: name(iso3),
                  numeric: true,
                  sortValue: (r: { year: number }) => dataset.get(r.year, iso3)?.[index] ?? null,
                  render: (r: { year: number }) => {
                    const row = dataset.get(r.year, iso3);
                    const v = row?.[index] ?? null;
                    if (v === null) return <span className="na">{t('notAssessed')}</span>;
                    return row?.source ? `${num(v, 5)} [${row.source}]` : num(v, 5);
                  },
                })),
              ]}
            />
          }
          notes={<p className="note">{t('trends.gapNote')}</p>}
          panelId="trend"
          exportSpec={{
            fileParts: ['trends', index, ...countries.slice(0, 5)],
            data: seriesToTable(series, t('col.year'), 5),
            option,
            full,
          }}
          source={sourceLine(dataset.editions, 'span')}
          labels={{
            chart: t('chart.chart'),
            table: t('chart.table'),
            error: t('chart.error'),
            retry: t('app.retry'),
          }}
        />
      </div>
    </FindingsProvider>
  );
}
