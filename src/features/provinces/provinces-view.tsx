import { useCallback, useMemo, useState } from 'react';
import type { ViewProps } from '../../state/url/view-props';
import type { ProvincesParams } from './params';
import {
  byCode,
  provincialMetrics,
  provincialSnapshot,
  rankSnapshot,
} from '../../core/indicators/cn-metrics';
import type { CnData } from '../../core/load/cn-data';
import { citationOf } from '../../core/load/cn-data';
import type { MetricRow } from '../../core/load/metrics';
import { metricsTemplateCsv, metricsTemplateRows } from '../../core/load/metrics-template';
import type { ReportLevel } from '../../core/load/report-index';
import { rankingBars } from '../../charts/ranking-bars';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { SelectField } from '../../components/select-field';
import { formatMetric, metricName, useUnitLabel } from '../../components/metric-text';
import { SourceGate } from '../../components/source-gate';
import { useCitationShortText, useCitationText } from '../../components/citation';
import { SlidePanel } from '../../components/slides';
import type { ExportSpec } from '../../components/echarts/export-spec';
import { cnMetrics } from '../../data/cn-metrics';
import { FindingsProvider, KeyFindings } from '../../components/key-findings';
import { provincesFindings, rowSource } from '../../core/findings/provinces';
import { usePanelLabels } from '../../components/view-fields';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { useProvincialImports } from '../../state/storage/use-provincial-imports';
import { rowColour } from './colours';
import { downloadBlob, downloadText } from './download';
import { GeoMapSection } from './geo-map-section';
import { GroupGrid } from './group-grid';
import { Legend } from './legend';
import { MESSAGES } from './messages';
import { MetricPicker } from './metric-picker';
import { ProvinceDetail } from './province-detail';
import { ProvincialImport } from './provincial-import';
import { ReportIndexSection, ReportJump } from './report-index';
import { TileMap } from './tile-map';
import './provinces.css';

const DEFAULT_METRIC = 'cps_capability_group';

export default function ProvincesView(props: ViewProps<ProvincesParams>) {
  const m = useMessages(MESSAGES);
  return (
    <SourceGate source={cnMetrics} failedLabel={m('loadFailed')}>
      {(data) => <Provinces data={data} {...props} />}
    </SourceGate>
  );
}

function Provinces({ data, state, update }: ViewProps<ProvincesParams> & { data: CnData }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const m = useMessages(MESSAGES);
  const unitLabel = useUnitLabel();
  const citationText = useCitationText();
  // Imported tables (kept in the browser), newest first, then the shipped rows: where a
  // province has several figures the newest import is the one on the map; the province
  // panel lists them all.
  const importList = useProvincialImports();
  const imported = useMemo(
    () => [...importList.imports].reverse().flatMap((d) => d.rows),
    [importList.imports],
  );
  const rows = useMemo(
    () => [...imported, ...data.rows, ...data.reportGroupRows],
    [data.rows, data.reportGroupRows, imported],
  );
  const importedSet = useMemo(() => new Set(imported), [imported]);
  const [openCity, setOpenCity] = useState<string | null>(null);
  const metrics = useMemo(() => provincialMetrics(rows, data.catalogue), [rows, data.catalogue]);
  // Metric, year and open province live in the URL, so a link reopens the same map.
  const metricId = state.metric || DEFAULT_METRIC;
  const setMetric = (metric: string, cnYear: number | null) =>
    update({ metric: metric === DEFAULT_METRIC ? '' : metric, cnYear });
  const metric = metrics.find((x) => x.def.id === metricId) ?? metrics[0];
  const def = metric?.def;
  // The definition in the UI language; a metric with only one written shows that one.
  const definition =
    lang === 'zh' ? def?.definitionZh || def?.definitionEn : def?.definitionEn || def?.definitionZh;
  const bestYear = (years: number[]) =>
    years.reduce<number | null>((best, y) => {
      const n = provincialSnapshot(rows, def?.id ?? '', y).size;
      return best === null || n > provincialSnapshot(rows, def?.id ?? '', best).size ? y : best;
    }, null);
  const yearChoice = state.cnYear;
  const setYearChoice = (cnYear: number | null) => update({ cnYear });
  const year =
    metric && yearChoice !== null && metric.years.includes(yearChoice)
      ? yearChoice
      : bestYear(metric?.years ?? []);
  const selected = state.province || null;
  const setSelected = (province: string) => update({ province });

  const snapshot = useMemo(
    () => (def && year !== null ? provincialSnapshot(rows, def.id, year) : new Map<string, MetricRow[]>()),
    [rows, def, year],
  );
  const range = useMemo(() => {
    const values = [...snapshot.values()].flatMap((l) =>
      typeof l[0]?.value === 'number' ? [l[0].value] : [],
    );
    return values.length ? { min: Math.min(...values), max: Math.max(...values) } : null;
  }, [snapshot]);
  const higher = def?.higherIsBetter ?? true;
  const isGroup = def?.unit === 'group';
  const tileColour = useCallback(
    (row: MetricRow | undefined) => rowColour(row, range ?? { min: 0, max: 0 }, higher),
    [range, higher],
  );
  const groupsPresent = isGroup
    ? [...new Set([...snapshot.values()].flatMap((l) => (l[0]?.group ? [l[0].group] : [])))]
    : null;
  const metricLabel = def ? metricName(def, def.id, lang) : '';
  // Legend ends, bars and table cells get the value only: find its decimals as published.
  const publishedDecimals = useMemo(() => {
    const decimals = new Map<number, number>();
    for (const [first] of snapshot.values()) {
      if (first?.value != null && first.decimals !== null)
        decimals.set(first.value, Math.max(first.decimals, decimals.get(first.value) ?? 0));
    }
    return decimals;
  }, [snapshot]);
  const unit = def?.unit ?? 'count';
  const fmt = useCallback(
    (v: number) =>
      formatMetric({ value: v, decimals: publishedDecimals.get(v) ?? null, group: null, unit }, i18n),
    [publishedDecimals, unit, i18n],
  );

  const ranked = useMemo(
    () =>
      def && def.unit !== 'group' ? rankSnapshot(snapshot, def.higherIsBetter ?? true, 'competition') : [],
    [snapshot, def],
  );
  const provinceName = useCallback(
    (code: string) => {
      const p = data.provinces.find((x) => x.code === code);
      return p ? (lang === 'zh' ? p.shortZh : p.nameEn) : code;
    },
    [data.provinces, lang],
  );
  // A rank metric is shown with the ranks the sources state (ties such as 并列第一 kept),
  // not re-ranked here: a stated 7 stays 7 even when only four provinces have a figure.
  const asStated = def?.unit === 'rank';
  const rankOf = useCallback(
    (r: { rank: number; value: number }) => (asStated ? r.value : r.rank),
    [asStated],
  );
  const rankingOption = useMemo(
    () =>
      rankingBars({
        bars: ranked.map((r) => ({ name: provinceName(r.code), value: r.value, rank: rankOf(r) })),
        valueName: def ? unitLabel(def.unit) : '',
        format: fmt,
        rankLabel: (rank) =>
          m('rankLabel', { rank, rule: asStated ? m('ruleAsStated') : m('ruleCompetition') }),
        lowerIsBetter: !higher,
      }),
    [ranked, provinceName, rankOf, asStated, def, unitLabel, fmt, m, higher],
  );
  const labels = usePanelLabels();
  // The ranking's sources: each shown figure's citation, numbered in the ranking's order;
  // imported figures name their table.
  const rankingSources = useMemo(() => {
    const texts: string[] = [];
    const refOf = new Map<string, number>();
    const importNames = new Set<string>();
    for (const r of ranked) {
      const row = snapshot.get(r.code)?.[0];
      if (!row) continue;
      const owner = importList.imports.find((d) => d.rows.includes(row));
      if (owner) {
        importNames.add(owner.name);
        continue;
      }
      const text = citationText(citationOf(row, data.citations));
      if (!texts.includes(text)) texts.push(text);
      refOf.set(r.code, texts.indexOf(text) + 1);
    }
    const line = [
      texts.length
        ? m('sourcesCount', { n: refOf.size, sources: texts.map((t, i) => `[${i + 1}] ${t}`).join(' | ') })
        : '',
      importNames.size ? m('sourceImported', { names: [...importNames].join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return { line, ref: (code: string) => (refOf.has(code) ? `[${refOf.get(code)}]` : m('imported')) };
  }, [ranked, snapshot, importList.imports, citationText, data.citations, m]);

  const onTemplate = (headers: 'zh' | 'en') => {
    if (!def) return;
    downloadText(metricsTemplateCsv(data.provinces, def, headers), `template-${def.id}-${headers}.csv`);
  };
  // The XLSX writer is loaded only when asked for. Cells are written as text, never as formulas.
  const onTemplateXlsx = async () => {
    if (!def) return;
    const { default: writeXlsxFile } = await import('write-excel-file/browser');
    const blob = await writeXlsxFile(metricsTemplateRows(data.provinces, def, 'zh')).toBlob();
    downloadBlob(blob, `template-${def.id}.xlsx`);
  };
  const selectedProvince = data.provinces.find((p) => p.code === selected) ?? null;
  // Key findings from the figures the map and ranking show; the Cite dialog cites every
  // publication on the map.
  const findings = useMemo(
    () =>
      provincesFindings({
        rows,
        def,
        year,
        province: selected,
        provinces: data.provinces,
        citations: data.citations,
      }),
    [rows, def, year, selected, data.provinces, data.citations],
  );
  const mapTitle = m('mapTitle', { metric: metricLabel, year: year ?? '—' });
  // A slide of the map cites the publications of its figures (the first two, and how many).
  const shortCitation = useCitationShortText();
  const mapSourceLine = useMemo(() => {
    const texts = [
      ...new Set(
        [...snapshot.values()].flatMap((l) =>
          l[0] ? [shortCitation(citationOf(l[0], data.citations))] : [],
        ),
      ),
    ];
    return texts.length <= 2
      ? m('mapSources', { sources: texts.join(' | ') })
      : m('mapSourcesMore', { sources: texts.slice(0, 2).join(' | '), more: texts.length - 2 });
  }, [snapshot, shortCitation, data.citations, m]);
  // What the map shows as a table (the deck's slide of the map): province, figure, source.
  const mapSpec: ExportSpec = {
    title: mapTitle,
    source: mapSourceLine,
    fileParts: ['provinces', def?.id ?? null, year],
    data: {
      columns: [m('provinceCol'), m('valueCol'), m('sourceCol')],
      rows: byCode(data.provinces).flatMap((p) => {
        const row = snapshot.get(p.code)?.[0];
        return row
          ? [[provinceName(p.code), formatMetric(row, i18n), shortCitation(citationOf(row, data.citations))]]
          : [];
      }),
    },
  };
  const mapSources = useMemo(
    () => [...snapshot.values()].flatMap((l) => (l[0] ? [rowSource(l[0], data.citations)] : [])),
    [snapshot, data.citations],
  );
  const fewProvinces = (metric?.provinces ?? 0) < 2;

  return (
    <FindingsProvider findings={findings} sources={mapSources}>
      <div className="provinces-view">
        <h1>{m('title')}</h1>
        <p className="muted">
          {m('intro')} <ReportJump />
        </p>
        <div className="controls">
          <MetricPicker
            key={lang}
            metrics={metrics}
            selected={metric ?? null}
            rows={rows}
            province={
              selectedProvince
                ? { code: selectedProvince.code, name: provinceName(selectedProvince.code) }
                : null
            }
            onPick={(x) => setMetric(x.def.id, null)}
          />
          <SelectField
            label={m('year')}
            value={year ?? 0}
            testId="cn-year"
            options={(metric?.years ?? []).map((y) => ({ value: y, label: String(y) }))}
            onChange={(v) => setYearChoice(v)}
          />
        </div>
        {definition ? <p className="note">{definition}</p> : null}
        <KeyFindings />

        <div className="grid-2 provinces-top">
          <section className="panel" aria-labelledby="tile-map-title">
            <h2 id="tile-map-title">{mapTitle}</h2>
            <SlidePanel
              id="tile-map"
              title={mapTitle}
              source={mapSourceLine}
              spec={mapSpec}
              className="tile-slide"
            >
              <TileMap
                provinces={data.provinces}
                snapshot={snapshot}
                colour={tileColour}
                selected={selected}
                onSelect={setSelected}
              />
              <Legend
                groups={groupsPresent}
                range={isGroup ? null : range}
                higherIsBetter={higher}
                format={fmt}
                several={[...snapshot.values()].some((l) => l.length > 1)}
              />
            </SlidePanel>
            {fewProvinces ? (
              <p className="notice-inline" role="note" data-testid="no-series">
                {m('noSeries', { n: metric?.provinces ?? 0 })}
              </p>
            ) : null}
            <div className="template-actions">
              <button type="button" onClick={() => onTemplate('zh')}>
                {m('template')}
              </button>
              <button type="button" onClick={() => onTemplate('en')}>
                {m('templateEn')}
              </button>
              <button type="button" onClick={() => void onTemplateXlsx()}>
                {m('templateXlsx')}
              </button>
            </div>
            <ProvincialImport
              data={data}
              list={importList}
              onImported={(first) => setMetric(first.metricId, first.year)}
            />
            <p className="source">{m('sourceLine')}</p>
            <GeoMapSection
              gazetteer={data.gazetteer}
              provinces={data.provinces}
              snapshot={snapshot}
              colour={tileColour}
            />
          </section>
          <ProvinceDetail province={selectedProvince} rows={rows} data={data} imported={importedSet} />
        </div>

        <ReportIndexSection
          data={data}
          edition={state.report}
          level={state.reportLevel}
          open={state.reportLevel === 'city' ? openCity : selected}
          onChange={(patch) => update(patch)}
          onOpen={(key: string | null, level: ReportLevel) =>
            level === 'city' ? setOpenCity(key) : update({ province: key ?? '' })
          }
        />

        {!isGroup && def && year !== null ? (
          ranked.length >= 2 ? (
            <ChartPanel
              title={m('rankingTitle', { metric: metricLabel, year })}
              labels={labels}
              source={rankingSources.line}
              panelId="province-ranking"
              exportSpec={{
                fileParts: ['provinces', def.id, year],
                notes: [asStated ? m('rankAsStatedNote') : `${t('rule.label')}: ${t('rule.competition')}`],
                data: {
                  columns: [
                    `${t('col.rank')} (${asStated ? m('ruleAsStated') : t('rule.competition.short')})`,
                    m('province'),
                    `${m('valueCol')} (${unitLabel(def.unit)})`,
                    m('sourceCol'),
                  ],
                  rows: ranked.map((r) => [
                    rankOf(r),
                    provinceName(r.code),
                    r.value,
                    rankingSources.ref(r.code),
                  ]),
                },
                option: rankingOption,
              }}
              notes={
                <p className="muted" data-testid="ranking-tie-rule">
                  {asStated ? m('rankAsStatedNote') : `${t('rule.label')}: ${t('rule.competition')}`}
                </p>
              }
              chart={
                <EChart
                  option={rankingOption}
                  label={m('rankingTitle', { metric: metricLabel, year })}
                  style={{ height: Math.max(160, ranked.length * 28 + 60) }}
                />
              }
              table={
                <DataTable
                  rows={ranked}
                  rowKey={(r) => r.code}
                  caption={m('rankingTitle', { metric: metricLabel, year })}
                  columns={[
                    {
                      id: 'rank',
                      header: t('col.rank'),
                      numeric: true,
                      sortValue: (r) => rankOf(r),
                      render: (r) => rankOf(r),
                    },
                    {
                      id: 'p',
                      header: m('province'),
                      sortValue: (r) => provinceName(r.code),
                      render: (r) => provinceName(r.code),
                    },
                    {
                      id: 'v',
                      header: m('valueCol'),
                      numeric: true,
                      sortValue: (r) => r.value,
                      render: (r) => fmt(r.value),
                    },
                    { id: 's', header: m('sourceCol'), render: (r) => rankingSources.ref(r.code) },
                  ]}
                />
              }
            />
          ) : (
            <p className="note">{m('noSeriesYear', { year, n: ranked.length })}</p>
          )
        ) : null}

        <section className="panel">
          <h2>{m('groupsTitle')}</h2>
          <p className="muted">{m('groupsIntro')}</p>
          <GroupGrid
            rows={rows}
            metricId={isGroup && def ? def.id : DEFAULT_METRIC}
            provinces={data.provinces}
            onSelect={setSelected}
          />
        </section>
      </div>
    </FindingsProvider>
  );
}
