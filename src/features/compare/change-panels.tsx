import { useCallback, useMemo } from 'react';
import type { Dataset } from '../../core/dataset';
import type { IndexId } from '../../core/types';
import { rankedBar } from '../../charts/ranked-bar';
import { slopeChart } from '../../charts/slope-chart';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import type { Column } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import type { PeerChange } from './compare-model';
import { useCompareText } from './use-compare-text';
import { useSourceLine } from '../../components/use-source-line';

interface Props {
  ds: Dataset;
  iso3: string;
  index: IndexId;
  base: number;
  year: number;
  peers: PeerChange[];
  groupName: string;
  ruleText: string;
}

/** Slope chart of the peers between the two editions, and a bar of their change per year. */
export function ChangePanels({ ds, iso3, index, base, year, peers, groupName, ruleText }: Props) {
  const { m, t, num, signed, countryName, labels, na } = useCompareText();
  const name = useCallback((c: string) => countryName(ds.countries.get(c), c), [countryName, ds]);
  const byPace = useMemo(
    () =>
      [...peers].sort(
        (a, b) =>
          (b.change.perYear ?? -Infinity) - (a.change.perYear ?? -Infinity) || a.iso3.localeCompare(b.iso3),
      ),
    [peers],
  );
  const slope = useMemo(
    () =>
      slopeChart({
        fromLabel: String(base),
        toLabel: String(year),
        lines: peers.map((p) => ({
          name: name(p.iso3),
          from: p.change.from.value,
          to: p.change.to.value,
          focus: p.iso3 === iso3,
        })),
        yName: t(`indexShort.${index}`),
        format: num,
        missingLabel: na,
      }),
    [peers, base, year, iso3, index, num, na, t, name],
  );
  const bar = useMemo(
    () =>
      rankedBar({
        items: byPace.map((p) => ({ name: name(p.iso3), value: p.change.perYear, focus: p.iso3 === iso3 })),
        valueName: m('changePerYear'),
        decimals: 4,
        format: num,
        missingLabel: na,
        signed: true,
      }),
    [byPace, iso3, m, num, na, name],
  );
  const columns: Column<PeerChange>[] = [
    { id: 'country', header: t('col.country'), sortValue: (p) => name(p.iso3), render: (p) => name(p.iso3) },
    {
      id: 'from',
      header: String(base),
      numeric: true,
      sortValue: (p) => p.change.from.value,
      render: (p) => (p.change.from.value === null ? na : num(p.change.from.value, 4)),
    },
    {
      id: 'to',
      header: String(year),
      numeric: true,
      sortValue: (p) => p.change.to.value,
      render: (p) => (p.change.to.value === null ? na : num(p.change.to.value, 4)),
    },
    {
      id: 'abs',
      header: m('change'),
      numeric: true,
      sortValue: (p) => p.change.absolute,
      render: (p) => signed(p.change.absolute, 4),
    },
    {
      id: 'py',
      header: m('changePerYear'),
      numeric: true,
      sortValue: (p) => p.change.perYear,
      render: (p) => signed(p.change.perYear, 4),
    },
    {
      id: 'rel',
      header: m('relative'),
      numeric: true,
      sortValue: (p) => p.change.relative,
      render: (p) => (p.change.relative === null ? '—' : `${signed(p.change.relative * 100, 1)}%`),
    },
    {
      id: 'r0',
      header: m('rankFrom', { year: base }),
      numeric: true,
      sortValue: (p) => p.fromRank,
      render: (p) => p.fromRank ?? '—',
    },
    {
      id: 'r1',
      header: m('rankFrom', { year }),
      numeric: true,
      sortValue: (p) => p.toRank,
      render: (p) => p.toRank ?? '—',
    },
    {
      id: 'rm',
      header: m('rankMove'),
      numeric: true,
      sortValue: (p) => (p.fromRank === null || p.toRank === null ? null : p.fromRank - p.toRank),
      render: (p) => signed(p.fromRank === null || p.toRank === null ? null : p.fromRank - p.toRank, 0),
    },
  ];
  const source = useSourceLine(ds)([base, year]);
  const slopeTitle = m('slopeTitle', { base, year, group: groupName });
  const changeTitle = m('changeTitle', { base, year, group: groupName });
  const exportData = {
    columns: [
      t('col.country'),
      String(base),
      String(year),
      m('change'),
      m('changePerYear'),
      m('rankFrom', { year: base }),
      m('rankFrom', { year }),
    ],
    rows: byPace.map((p) => [
      name(p.iso3),
      p.change.from.value,
      p.change.to.value,
      p.change.absolute,
      p.change.perYear,
      p.fromRank,
      p.toRank,
    ]),
  };
  const rowClass = (p: PeerChange) => (p.iso3 === iso3 ? 'focus-row' : undefined);
  return (
    <>
      <ChartPanel
        title={changeTitle}
        panelId="compare-change"
        exportSpec={{
          fileParts: ['compare', 'change', index, base, year],
          data: exportData,
          option: bar,
          notes: [m('changeNote', { rule: ruleText })],
        }}
        chart={
          <EChart
            option={bar}
            label={changeTitle}
            style={{ height: Math.max(260, 26 * byPace.length + 60) }}
          />
        }
        table={
          <DataTable
            rows={byPace}
            rowKey={(p) => p.iso3}
            caption={m('changeCaption')}
            columns={columns}
            rowClassName={rowClass}
            testId="change-table"
          />
        }
        notes={<p className="note">{m('changeNote', { rule: ruleText })}</p>}
        source={source}
        labels={labels}
      />
      <ChartPanel
        title={slopeTitle}
        panelId="compare-slope"
        exportSpec={{
          fileParts: ['compare', 'slope', index, base, year],
          data: { columns: exportData.columns.slice(0, 3), rows: exportData.rows.map((r) => r.slice(0, 3)) },
          option: slope,
        }}
        chart={<EChart option={slope} label={slopeTitle} style={{ height: 420 }} />}
        table={
          <DataTable
            rows={peers}
            rowKey={(p) => p.iso3}
            caption={m('slopeCaption')}
            columns={columns.slice(0, 3)}
            rowClassName={rowClass}
          />
        }
        source={source}
        labels={labels}
      />
    </>
  );
}
