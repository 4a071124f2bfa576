import { useCallback, useMemo } from 'react';
import type { Dataset } from '../../core/dataset';
import type { GapRow } from '../../core/trends/gap-report';
import type { IndexId } from '../../core/types';
import { dumbbell } from '../../charts/dumbbell';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { useCompareText } from './use-compare-text';
import { useSourceLine } from '../../components/use-source-line';

interface Props {
  ds: Dataset;
  iso3: string;
  index: IndexId;
  base: number;
  year: number;
  gaps: GapRow[];
}

/** Dumbbell of the gaps to the leader, top-10 mean, a peer and 0.75, with time to close. */
export function GapPanel({ ds, iso3, index, base, year, gaps }: Props) {
  const sourceLine = useSourceLine(ds);
  const { m, t, num, signed, countryName, labels, outlook, na } = useCompareText();
  const name = useCallback(
    (c: string | null) => (c ? countryName(ds.countries.get(c), c) : ''),
    [countryName, ds],
  );
  const targetLabel = useCallback(
    (g: GapRow) => m(`target.${g.target}`, { name: name(g.targetIso3) }),
    [m, name],
  );
  const own = ds.get(year, iso3)?.[index] ?? null;
  const option = useMemo(
    () =>
      dumbbell({
        rows: gaps.map((g) => ({ label: targetLabel(g), value: own, target: g.toTarget })),
        valueName: name(iso3),
        targetName: m('target'),
        gapLabel: m('gapAt', { year }),
        format: num,
        missingLabel: na,
      }),
    [gaps, own, m, num, na, year, iso3, targetLabel, name],
  );
  const title = m('gapTitle', { year, index: t(`indexShort.${index}`) });
  return (
    <ChartPanel
      title={title}
      panelId="compare-gaps"
      exportSpec={{
        fileParts: ['compare', 'gaps', iso3, index, base, year],
        data: {
          columns: [
            m('target'),
            m('targetValue'),
            m('ownValue'),
            m('gapAt', { year: base }),
            m('gapAt', { year }),
            m('pace'),
            m('outlook'),
          ],
          rows: gaps.map((g) => [
            targetLabel(g),
            g.toTarget,
            own,
            g.fromGap,
            g.toGap,
            g.pace,
            outlook(g.outlook),
          ]),
        },
        option,
        notes: [m('gapNote', { base, year })],
      }}
      chart={<EChart option={option} label={title} style={{ height: 280 }} />}
      table={
        <DataTable
          rows={gaps}
          rowKey={(g) => g.target}
          caption={m('gapCaption')}
          testId="gap-table"
          columns={[
            { id: 'target', header: m('target'), render: targetLabel },
            {
              id: 'tv',
              header: m('targetValue'),
              numeric: true,
              sortValue: (g) => g.toTarget,
              render: (g) => num(g.toTarget, 4),
            },
            {
              id: 'own',
              header: m('ownValue'),
              numeric: true,
              render: () => (own === null ? na : num(own, 4)),
            },
            {
              id: 'g0',
              header: m('gapAt', { year: base }),
              numeric: true,
              sortValue: (g) => g.fromGap,
              render: (g) => signed(g.fromGap, 4),
            },
            {
              id: 'g1',
              header: m('gapAt', { year }),
              numeric: true,
              sortValue: (g) => g.toGap,
              render: (g) => <span data-testid={`gap-${g.target}`}>{signed(g.toGap, 4)}</span>,
            },
            {
              id: 'pace',
              header: m('pace'),
              numeric: true,
              sortValue: (g) => g.pace,
              render: (g) => signed(g.pace, 4),
            },
            { id: 'outlook', header: m('outlook'), render: (g) => outlook(g.outlook) },
          ]}
        />
      }
      notes={<p className="note">{m('gapNote', { base, year })}</p>}
      source={sourceLine([base, year])}
      labels={labels}
    />
  );
}
