import { useCallback, useMemo, useState } from 'react';
import { INDEX_IDS, REGIONS } from '../../core/types';
import { PublishedFigures } from '../../components/published-figures';
import type { AggregateScope } from '../../core/load/published-aggregates';

/** The published aggregates shown beside the regional box plots: the world and every region. */
const ALL_SCOPES: readonly AggregateScope[] = ['World', ...REGIONS];
import type { IndexId } from '../../core/types';
import { summarize } from '../../core/trends/summary';
import type { ViewProps } from '../../state/url/view-props';
import type { PeerGroup } from '../../core/groups/peer-groups';
import { SourceGate } from '../../components/source-gate';
import { namedPeerGroups } from '../../data/peer-groups';
import type { DistributionParams } from './params';
import { boxplotByGroup } from '../../charts/boxplot-by-group';
import { REGION_COLORS } from '../../charts/common';
import { scatterGroups } from '../../charts/scatter-groups';
import { IndexSelect } from '../../components/index-select';
import { usePeerGroupOptions, usePeerGroups } from '../../components/use-peer-groups';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { SelectField } from '../../components/select-field';
import { usePanelLabels } from '../../components/view-fields';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { distributionMessages } from './messages';
import { useSourceLine } from '../../components/use-source-line';
import { FindingsProvider, KeyFindings } from '../../components/key-findings';
import { distributionFindings } from '../../core/findings/views';

const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'arrow'];

export default function DistributionView(props: ViewProps<DistributionParams>) {
  const { t } = useI18n();
  return (
    <SourceGate source={namedPeerGroups} failedLabel={t('app.loadFailed')}>
      {(named) => <Distribution {...props} named={named} />}
    </SourceGate>
  );
}

function Distribution({
  dataset: ds,
  state,
  year,
  update,
  named,
}: ViewProps<DistributionParams> & { named: readonly PeerGroup[] }) {
  const { t, num, countryName, lang } = useI18n();
  const m = useMessages(distributionMessages);
  const labels = usePanelLabels();
  const x = state.index;
  const [yChoice, setY] = useState<IndexId | null>(null);
  const [colourBy, setColourBy] = useState('region');
  const peerGroups = usePeerGroups(ds, named, state.groups);
  const groupOptions = usePeerGroupOptions(peerGroups);
  const y: IndexId = yChoice ?? (x === 'hci' ? 'osi' : 'hci');
  const rows = useMemo(() => ds.rowsForYear(year), [ds, year]);
  const regionOf = useCallback((iso3: string) => ds.countries.get(iso3)?.region, [ds]);
  const short = useCallback((i: IndexId) => t(`indexShort.${i}`), [t]);

  const boxes = useMemo(() => {
    const groups = [
      { name: m('world'), values: rows.map((r) => r[x]) },
      ...REGIONS.map((region) => ({
        name: t(`region.${region}`),
        values: rows.filter((r) => regionOf(r.iso3) === region).map((r) => r[x]),
      })),
    ];
    return groups.map((g) => ({ name: g.name, ...summarize(g.values) }));
  }, [rows, x, m, t, regionOf]);
  const boxOption = useMemo(
    () =>
      boxplotByGroup({
        groups: boxes,
        yName: short(x),
        format: num,
        labels: {
          min: m('min'),
          q1: m('q1'),
          median: m('median'),
          q3: m('q3'),
          max: m('max'),
          count: m('count'),
        },
      }),
    [boxes, x, num, m, short],
  );

  const countries = state.countries;
  const points = useMemo(() => {
    const labelled = new Set(['CHN', ...countries]);
    return rows
      .filter((r) => r[x] !== null && r[y] !== null)
      .map((r) => ({
        id: r.iso3,
        name: countryName(ds.countries.get(r.iso3), r.nameEn),
        x: r[x] ?? 0,
        y: r[y] ?? 0,
        labelled: labelled.has(r.iso3),
        region: regionOf(r.iso3),
      }));
  }, [rows, x, y, countries, countryName, ds, regionOf]);
  const left = rows.length - points.length;
  const group = colourBy === 'region' ? undefined : peerGroups.find((g) => g.id === colourBy);
  const groupName = group ? (lang === 'zh' ? group.nameZh : group.nameEn) : '';
  // Each point's series: its region, or member / not member of the chosen peer group.
  const seriesOf = useCallback(
    (p: (typeof points)[number]) =>
      group
        ? group.members.includes(p.id)
          ? groupName
          : m('others')
        : p.region
          ? t(`region.${p.region}`)
          : '—',
    [group, groupName, m, t],
  );
  const scatterOption = useMemo(() => {
    const seriesDefs = group
      ? [
          { name: groupName, color: REGION_COLORS[2] ?? '#c23531', symbol: 'diamond' },
          { name: m('others'), color: '#9aa5b1', symbol: 'circle' },
        ]
      : REGIONS.map((region, i) => ({
          name: t(`region.${region}`),
          color: REGION_COLORS[i] ?? '#888',
          symbol: SYMBOLS[i] ?? 'circle',
        }));
    return scatterGroups({
      groups: seriesDefs.map((d) => ({ ...d, points: points.filter((p) => seriesOf(p) === d.name) })),
      xName: short(x),
      yName: short(y),
      format: num,
    });
  }, [group, groupName, m, t, points, seriesOf, short, x, y, num]);

  // The key findings from the edition and index the box plots show.
  const rule = state.rule;
  const findings = useMemo(() => distributionFindings(ds, { index: x, year, rule }), [ds, x, year, rule]);
  const cited = useMemo(() => [year], [year]);
  const boxTitle = m('boxTitle', { year, index: short(x) });
  const scatterTitle = m('scatterTitle', { year, x: short(x), y: short(y) });
  const source = useSourceLine(ds)([year]);
  const cell = (v: number | null) => num(v, 4);
  return (
    <FindingsProvider dataset={ds} years={cited} findings={findings}>
      <div className="view">
        <h1>{m('title', { year, index: short(x) })}</h1>
        <div className="controls" role="group">
          <IndexSelect value={x} onChange={(v) => update({ index: v })} />
          <SelectField
            label={m('yIndex')}
            value={y}
            options={INDEX_IDS.filter((i) => i !== x).map((i) => ({ value: i, label: t(`index.${i}`) }))}
            onChange={setY}
            testId="y-index-select"
          />
          <SelectField
            label={m('colourBy')}
            value={colourBy}
            options={[{ value: 'region', label: m('byRegion') }, ...groupOptions]}
            onChange={setColourBy}
            testId="colour-by"
          />
          <SelectField
            label={t('field.edition')}
            value={year}
            options={ds.editions.map((e) => ({ value: e, label: String(e) }))}
            onChange={(v) => update({ year: v })}
            testId="edition-select"
          />
        </div>
        <KeyFindings />
        <ChartPanel
          title={boxTitle}
          panelId="region-boxes"
          exportSpec={{
            fileParts: ['distribution', 'regions', x, year],
            data: {
              columns: [t('col.region'), m('count'), m('min'), m('q1'), m('median'), m('q3'), m('max')],
              rows: boxes.map((b) => [b.name, b.count, b.min, b.q1, b.median, b.q3, b.max]),
            },
            option: boxOption,
            notes: [m('boxNote')],
          }}
          chart={<EChart option={boxOption} label={boxTitle} style={{ height: 380 }} />}
          table={
            <DataTable
              rows={boxes}
              rowKey={(b) => b.name}
              caption={m('boxCaption')}
              columns={[
                { id: 'g', header: t('col.region'), render: (b) => b.name },
                {
                  id: 'n',
                  header: m('count'),
                  numeric: true,
                  sortValue: (b) => b.count,
                  render: (b) => b.count,
                },
                {
                  id: 'min',
                  header: m('min'),
                  numeric: true,
                  sortValue: (b) => b.min,
                  render: (b) => cell(b.min),
                },
                {
                  id: 'q1',
                  header: m('q1'),
                  numeric: true,
                  sortValue: (b) => b.q1,
                  render: (b) => cell(b.q1),
                },
                {
                  id: 'md',
                  header: m('median'),
                  numeric: true,
                  sortValue: (b) => b.median,
                  render: (b) => cell(b.median),
                },
                {
                  id: 'q3',
                  header: m('q3'),
                  numeric: true,
                  sortValue: (b) => b.q3,
                  render: (b) => cell(b.q3),
                },
                {
                  id: 'max',
                  header: m('max'),
                  numeric: true,
                  sortValue: (b) => b.max,
                  render: (b) => cell(b.max),
                },
              ]}
            />
          }
          notes={
            <>
              <p className="note">{m('boxNote')}</p>
              {x === 'egdi' ? <PublishedFigures dataset={ds} year={year} scopes={ALL_SCOPES} /> : null}
            </>
          }
          source={source}
          labels={labels}
        />
        <ChartPanel
          title={scatterTitle}
          panelId="index-scatter"
          exportSpec={{
            fileParts: ['distribution', 'scatter', x, y, year],
            data: {
              columns: [t('col.country'), m('colourBy'), short(x), short(y)],
              rows: points.map((p) => [p.name, seriesOf(p), p.x, p.y]),
            },
            option: scatterOption,
          }}
          chart={<EChart option={scatterOption} label={scatterTitle} style={{ height: 520 }} />}
          table={
            <DataTable
              rows={points}
              rowKey={(p) => p.id}
              caption={m('scatterCaption')}
              rowClassName={(p) => (p.labelled ? 'focus-row' : undefined)}
              columns={[
                { id: 'c', header: t('col.country'), sortValue: (p) => p.name, render: (p) => p.name },
                { id: 'r', header: m('colourBy'), sortValue: seriesOf, render: seriesOf },
                {
                  id: 'x',
                  header: short(x),
                  numeric: true,
                  sortValue: (p) => p.x,
                  render: (p) => num(p.x, 5),
                },
                {
                  id: 'y',
                  header: short(y),
                  numeric: true,
                  sortValue: (p) => p.y,
                  render: (p) => num(p.y, 5),
                },
              ]}
            />
          }
          notes={<p className="note">{m('scatterNote', { n: left })}</p>}
          source={source}
          labels={labels}
        />
      </div>
    </FindingsProvider>
  );
}
