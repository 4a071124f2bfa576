import { memo, useDeferredValue, useMemo } from 'react';
import type { Dataset } from '../../core/dataset';
import type { IndexId } from '../../core/types';
import type { TieRule } from '../../core/indicators/rank';
import { REGIONS } from '../../core/types';
import type { ViewProps } from '../../state/url/view-props';
import type { RankingsParams } from './params';
import { rankingTable } from '../../core/indicators/rankings';
import type { RankingEntry } from '../../core/indicators/rankings';
import { nameKey } from '../../core/load/gazetteer';
import { DataTable } from '../../components/data-table';
import type { Column } from '../../components/data-table';
import { IndexSelect } from '../../components/index-select';
import { SelectField } from '../../components/select-field';
import { useI18n } from '../../i18n/i18n-context';
import { ExportMenu } from '../../components/export-menu';
import type { ExportTable } from '../../core/export/csv';
import { comparisonTable } from '../../core/export/comparison';
import { useSourceLine } from '../../components/use-source-line';
import { FindingsProvider, KeyFindings } from '../../components/key-findings';
import { SlidePanel } from '../../components/slides';
import type { ExportSpec } from '../../components/echarts/export-spec';
import { rankingsFindings } from '../../core/findings/views';

/** Rows a slide of the ranking shows (what fits a 1280x720 projector). */
const SLIDE_ROWS = 12;

export default function RankingsView({ dataset, state, year: shownYear, update }: ViewProps<RankingsParams>) {
  const onChange = update;
  const i18n = useI18n();
  const { t, countryName } = i18n;
  // The controls show each change at once; the table (193 rows) and what depends on it are
  // drawn from the deferred state, after the next paint and interruptibly.
  const deferred = useDeferredValue(state);
  const year = useDeferredValue(shownYear);
  const { index, rule, region, q: query } = deferred;
  const prev = dataset.previousEdition(year);

  const all = useMemo(() => rankingTable(dataset, year, index, rule), [dataset, year, index, rule]);
  const shown = useMemo(() => {
    const q = nameKey(query);
    return all.filter((e) => {
      const c = dataset.countries.get(e.iso3);
      if (region !== 'all' && c?.region !== region) return false;
      if (!q) return true;
      return [e.nameEn, c?.nameZh ?? '', e.iso3].some(
        (s) => nameKey(s).includes(q) || s.includes(query.trim()),
      );
    });
  }, [all, dataset, region, query]);

  // The key findings from the same (deferred) edition, index, rule and region as the table.
  const findings = useMemo(
    () => rankingsFindings(dataset, { year, index, rule, region }),
    [dataset, year, index, rule, region],
  );
  const cited = useMemo(() => (prev === null ? [year] : [prev, year]), [prev, year]);

  const sourceLine = useSourceLine(dataset)([year]);
  const ruleText = t('rankings.ruleNote', { rule: t(`rule.${rule}`) });
  const exportData: ExportTable = {
    columns: [
      `${t('col.rank')} (${t(`rule.${rule}.short`)})`,
      t('col.country'),
      'ISO3',
      t('col.region'),
      t(`indexShort.${index}`),
      t('col.group'),
      prev !== null ? `${t('col.change')} (${prev})` : t('col.change'),
      t('col.rankChange'),
      ...(index === 'egdi' ? [t('col.publishedRank')] : []),
    ],
    rows: shown.map((e) => {
      const r = dataset.countries.get(e.iso3)?.region;
      return [
        e.rank,
        countryName(dataset.countries.get(e.iso3), e.nameEn),
        e.iso3,
        r ? t(`region.${r}`) : null,
        e.value,
        e.group ? t(`group.${e.group}`) : null,
        e.valueChange === null ? null : Number(e.valueChange.toFixed(5)),
        e.rankChange,
        ...(index === 'egdi' ? [e.publishedRank] : []),
      ];
    }),
    // The value and its change with the 5 decimals the UN publishes.
    decimals: [null, null, null, null, 5, null, 5, null, null],
  };
  const exportFull = () =>
    comparisonTable(
      dataset,
      shown.map((e) => e.iso3),
      (iso3) => countryName(dataset.countries.get(iso3), iso3),
      {
        country: t('col.country'),
        iso3: 'ISO3',
        year: t('col.year'),
        index: { egdi: 'EGDI', osi: 'OSI', hci: 'HCI', tii: 'TII', epi: 'EPI' },
        rank: `${t('col.rank')} ${t(`indexShort.${index}`)} (${t(`rule.${rule}.short`)})`,
        publishedRank: t('col.publishedRank'),
      },
      index,
      rule,
    );

  // A slide shows the top of the ranking (ties in page order; unranked last).
  const top = [...shown].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)).slice(0, SLIDE_ROWS);
  const spec: ExportSpec = {
    title: t('rankings.title', { year, index: t(`indexShort.${index}`) }),
    source: `${sourceLine}, ${t(`indexShort.${index}`)}`,
    notes: [ruleText],
    filters: [
      ...(region !== 'all' ? [[t('field.region'), t(`region.${region}`)] as [string, string]] : []),
      ...(query.trim() ? [[t('field.search'), query.trim()] as [string, string]] : []),
    ],
    fileParts: ['rankings', index, year, rule, region === 'all' ? null : region],
    data: exportData,
    full: exportFull,
  };

  return (
    <FindingsProvider dataset={dataset} years={cited} findings={findings}>
      <div className="view">
        <h1>{t('rankings.title', { year: shownYear, index: t(`indexShort.${state.index}`) })}</h1>
        <div className="controls" role="group">
          <SelectField
            label={t('field.edition')}
            value={shownYear}
            options={[...dataset.editions].reverse().map((y) => ({ value: y, label: String(y) }))}
            onChange={(v) => onChange({ year: v })}
            testId="edition-select"
          />
          <IndexSelect value={state.index} onChange={(v) => onChange({ index: v })} />
          <SelectField
            label={t('rule.label')}
            value={state.rule}
            options={(['competition', 'dense'] as const).map((r) => ({ value: r, label: t(`rule.${r}`) }))}
            onChange={(v) => onChange({ rule: v })}
          />
          <SelectField
            label={t('field.region')}
            value={state.region}
            options={[
              { value: 'all' as const, label: t('region.all') },
              ...REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) })),
            ]}
            onChange={(v) => onChange({ region: v })}
          />
          <label className="field">
            <span>{t('field.search')}</span>
            <input
              type="search"
              value={state.q}
              onChange={(e) => onChange({ q: e.target.value })}
              data-testid="rankings-search"
            />
          </label>
        </div>
        <KeyFindings />
        <p className="note">
          {t('rankings.ruleNote', { rule: t(`rule.${rule}`) })}{' '}
          {index === 'egdi' ? t('rankings.publishedNote') : null}{' '}
          {prev !== null ? t('rankings.changeNote', { prev }) : t('noPrevious')}
        </p>
        <p className="note" aria-live="polite">
          {t('rankings.count', { shown: shown.length, total: all.length })} · {t('group.legend')}
        </p>
        <ExportMenu spec={spec} />
        <SlidePanel
          id="ranking-table"
          title={spec.title}
          source={spec.source}
          spec={spec}
          slideContent={
            <>
              <RankingsTable dataset={dataset} shown={top} year={year} index={index} rule={rule} />
              <p className="note">
                {t('rankings.count', { shown: Math.min(SLIDE_ROWS, shown.length), total: all.length })}
              </p>
            </>
          }
        >
          <RankingsTable dataset={dataset} shown={shown} year={year} index={index} rule={rule} />
        </SlidePanel>
        <p className="source">{sourceLine}</p>
      </div>
    </FindingsProvider>
  );
}

/** The ranking table: memoised, so it renders only when what it shows changes. */
const RankingsTable = memo(function RankingsTable({
  dataset,
  shown,
  year,
  index,
  rule,
}: {
  dataset: Dataset;
  shown: readonly RankingEntry[];
  year: number;
  index: IndexId;
  rule: TieRule;
}) {
  const { t, num, signed, countryName } = useI18n();
  const na = <span className="na">{t('notAssessed')}</span>;
  const columns: Column<RankingEntry>[] = [
    {
      id: 'rank',
      header: `${t('col.rank')} (${t(rule === 'dense' ? 'rule.dense.short' : 'rule.competition.short')})`,
      sortValue: (e) => e.rank,
      render: (e) => (e.rank === null ? '—' : e.rank),
      numeric: true,
    },
    {
      id: 'country',
      header: t('col.country'),
      sortValue: (e) => countryName(dataset.countries.get(e.iso3), e.nameEn),
      render: (e) => {
        // A value from an imported dataset carries the dataset's name.
        const source = dataset.get(year, e.iso3)?.source;
        return (
          <>
            {countryName(dataset.countries.get(e.iso3), e.nameEn)}
            {source ? <span className="source-tag">{source}</span> : null}
          </>
        );
      },
    },
    {
      id: 'region',
      header: t('col.region'),
      sortValue: (e) => dataset.countries.get(e.iso3)?.region ?? null,
      render: (e) => {
        const r = dataset.countries.get(e.iso3)?.region;
        return r ? t(`region.${r}`) : '—';
      },
    },
    {
      id: 'value',
      header: t(`indexShort.${index}`),
      sortValue: (e) => e.value,
      render: (e) => (e.value === null ? na : num(e.value, 5)),
      numeric: true,
    },
    {
      id: 'group',
      header: t('col.group'),
      sortValue: (e) => (e.value === null ? null : -e.value),
      render: (e) => (e.group ? <span className={`group g-${e.group}`}>{t(`group.${e.group}`)}</span> : '—'),
    },
    {
      id: 'change',
      header: t('col.change'),
      sortValue: (e) => e.valueChange,
      render: (e) => signed(e.valueChange, 5),
      numeric: true,
    },
    {
      id: 'rankChange',
      header: t('col.rankChange'),
      sortValue: (e) => e.rankChange,
      render: (e) =>
        e.rankChange === null
          ? '—'
          : e.rankChange > 0
            ? `▲${e.rankChange}`
            : e.rankChange < 0
              ? `▼${-e.rankChange}`
              : '0',
      numeric: true,
    },
  ];
  if (index === 'egdi') {
    columns.push({
      id: 'published',
      header: t('col.publishedRank'),
      sortValue: (e) => e.publishedRank,
      render: (e) => e.publishedRank ?? '—',
      numeric: true,
    });
  }

  return (
    <DataTable
      rows={shown}
      columns={columns}
      rowKey={(e) => e.iso3}
      caption={t('rankings.title', { year, index: t(`indexShort.${index}`) })}
      initialSort={{ id: 'rank', dir: 'asc' }}
      sortLabel={(col) => t('table.sortBy', { col })}
      testId="rankings-table"
      rowClassName={(e) => (e.iso3 === 'CHN' ? 'highlight' : undefined)}
    />
  );
});
