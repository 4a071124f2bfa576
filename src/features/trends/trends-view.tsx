import { useCallback, useDeferredValue, useMemo } from 'react';
import type { ViewProps } from '../../state/url/view-props';
import type { TrendsParams } from './params';
import type { PeerGroup } from '../../core/groups/peer-groups';
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
import { CountryPicker } from '../../components/country-picker';
import { readStoredGroups, usePeerGroups } from '../../components/use-peer-groups';
import { useSource } from '../../components/use-source';
import { namedPeerGroups } from '../../data/peer-groups';
import { useMessages } from '../../i18n/messages';
import { trendsMessages } from './messages';
import { editionRange, rangeChoices, rangeParams } from './range';

const NO_GROUPS: readonly PeerGroup[] = [];

export default function TrendsView({ dataset, state, update }: ViewProps<TrendsParams>) {
  // The controls show a change at once; the chart and its table follow from the deferred
  // values, after the next paint.
  const index = useDeferredValue(state.index);
  const countries = useDeferredValue(state.countries);
  const from = useDeferredValue(state.from);
  const to = useDeferredValue(state.to);
  const onChange = update;
  const i18n = useI18n();
  const { t, num, countryName } = i18n;
  const m = useMessages(trendsMessages);
  const name = (iso3: string) => countryName(dataset.countries.get(iso3), iso3);
  // Peer groups for the picker: the named lists once loaded (regions and income groups at
  // once), and the custom groups saved in this browser.
  const named = useSource(namedPeerGroups);
  const stored = useMemo(() => readStoredGroups(), []);
  const groups = usePeerGroups(dataset, named.status === 'ready' ? named.value : NO_GROUPS, stored);
  // The editions drawn: the controls follow the state at once, the chart the deferred range.
  const shownRange = editionRange(dataset.editions, state.from, state.to);
  const choices = rangeChoices(dataset.editions, shownRange);
  const range = useMemo(() => editionRange(dataset.editions, from, to), [dataset, from, to]);
  const inRange = useMemo(() => new Set(range.years), [range]);
  const setRange = (a: number, b: number) => onChange(rangeParams(dataset.editions, a, b));
  const series = useMemo(
    () =>
      countries.map((iso3) => ({
        name: countryName(dataset.countries.get(iso3), iso3),
        // Only the points an imported dataset supplied carry its name (drawn as diamonds).
        points: dataset.sourcedSeries(iso3, index).filter((p) => inRange.has(p.year)),
        emphasis: iso3 === 'CHN',
      })),
    [dataset, countries, index, countryName, inRange],
  );
  const option = useLineOption({ series, yName: t(`indexShort.${index}`), decimals: 4, yMin: 0, yMax: 1 });
  // Each country's change over the range of editions the chart draws.
  const findings = useMemo(
    () => trendsFindings(dataset, { index, countries, from: range.from, to: range.to }),
    [dataset, index, countries, range],
  );
  const span = range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
  const title = t('trends.title', { index: t(`index.${index}`), span });
  const sourceLine = useSourceLine(dataset);
  // The whole comparison: built only when the user exports it (every index, each edition of
  // the range, for the countries in view).
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
        range.years,
      ),
    [dataset, countries, countryName, t, index, state.rule, range],
  );
  const rows = range.years.map((year) => ({ year }));

  return (
    <FindingsProvider dataset={dataset} years={range.years} findings={findings}>
      <div className="view">
        <h1>{title}</h1>
        <div className="controls" role="group">
          <IndexSelect value={state.index} onChange={(v) => onChange({ index: v })} />
          <SelectField
            label={m('from')}
            value={shownRange.from}
            options={choices.from.map((y) => ({ value: y, label: String(y) }))}
            onChange={(v) => setRange(v, shownRange.to)}
            testId="from-select"
          />
          <SelectField
            label={m('to')}
            value={shownRange.to}
            options={choices.to.map((y) => ({ value: y, label: String(y) }))}
            onChange={(v) => setRange(shownRange.from, v)}
            testId="to-select"
          />
          <CountryPicker
            ds={dataset}
            groups={groups}
            present={state.countries}
            onAdd={(iso3s) => onChange({ countries: [...state.countries, ...iso3s] })}
            label={t('field.addCountry')}
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
            fileParts: [
              'trends',
              index,
              range.whole ? null : `${range.from}-${range.to}`,
              ...countries.slice(0, 5),
            ],
            data: seriesToTable(series, t('col.year'), 5),
            option,
            full,
            fullSpan: range.whole ? undefined : span,
            filters: range.whole ? undefined : [[m('range'), span]],
          }}
          source={sourceLine(range.years, 'span')}
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
