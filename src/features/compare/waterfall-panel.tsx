import { useMemo } from 'react';
import type { Dataset } from '../../core/dataset';
import type { EgdiDecomposition } from '../../core/trends/decomposition';
import { waterfall } from '../../charts/waterfall';
import type { WaterfallStep } from '../../charts/waterfall';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import { useCompareText } from './use-compare-text';
import { useSourceLine } from '../../components/use-source-line';

interface Props {
  ds: Dataset;
  iso3: string;
  base: number;
  year: number;
  decomposition: EgdiDecomposition | null;
}

/** EGDI at the earlier edition, + OSI/3, + HCI/3, + TII/3, + residual = EGDI at the later one. */
export function WaterfallPanel({ ds, iso3, base, year, decomposition: d }: Props) {
  const sourceLine = useSourceLine(ds);
  const { m, num, signed, labels, na } = useCompareText();
  const steps: WaterfallStep[] = useMemo(
    () => [
      { label: `EGDI ${base}`, value: ds.get(base, iso3)?.egdi ?? null, total: true },
      { label: 'OSI ÷ 3', value: d?.osi ?? null },
      { label: 'HCI ÷ 3', value: d?.hci ?? null },
      { label: 'TII ÷ 3', value: d?.tii ?? null },
      { label: m('residual'), value: d?.residual ?? null },
      { label: `EGDI ${year}`, value: ds.get(year, iso3)?.egdi ?? null, total: true },
    ],
    [ds, base, year, iso3, d, m],
  );
  const option = useMemo(() => waterfall({ steps, format: num, missingLabel: na }), [steps, num, na]);
  const title = m('waterfallTitle', { base, year });
  return (
    <ChartPanel
      title={title}
      panelId="compare-waterfall"
      exportSpec={{
        fileParts: ['compare', 'egdi-decomposition', iso3, base, year],
        data: { columns: [m('step'), m('contribution')], rows: steps.map((s) => [s.label, s.value]) },
        option,
        notes: [m('waterfallNote')],
      }}
      chart={<EChart option={option} label={title} style={{ height: 320 }} />}
      table={
        <DataTable
          rows={steps}
          rowKey={(s) => s.label}
          caption={m('waterfallCaption')}
          testId="waterfall-table"
          columns={[
            { id: 'step', header: m('step'), render: (s) => s.label },
            {
              id: 'v',
              header: m('contribution'),
              numeric: true,
              render: (s) => (s.value === null ? na : s.total ? num(s.value, 5) : signed(s.value, 5)),
            },
          ]}
        />
      }
      notes={<p className="note">{m('waterfallNote')}</p>}
      source={sourceLine([base, year])}
      labels={labels}
    />
  );
}
