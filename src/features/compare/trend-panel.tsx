import { useMemo } from 'react';
import type { IndexId } from '../../core/types';
import { lineOverTime } from '../../charts/line-over-time';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/e-chart';
import type { CompareModel } from './compare-model';
import { useCompareText } from './use-compare-text';

interface Props {
  countryLabel: string;
  index: IndexId;
  base: number;
  year: number;
  actual: { year: number; value: number | null }[];
  model: Pick<CompareModel, 'fit' | 'fitted' | 'projections'>;
  /** The source line (with any imported dataset names). */
  source: string;
}

interface TrendRow {
  year: number;
  actual: number | null;
  fitted: number | null;
  projection: number | null;
  lower: number | null;
  upper: number | null;
}

/** The country's values over base..year, the least-squares line, and the 2026/2028 projection band. */
export function TrendPanel({ countryLabel, index, base, year, actual, model, source }: Props) {
  const { m, t, num, labels, na } = useCompareText();
  const rows: TrendRow[] = useMemo(() => {
    const fitted = new Map(model.fitted.map((p) => [p.year, p.value]));
    const past = actual.map((p) => ({
      year: p.year,
      actual: p.value,
      fitted: fitted.get(p.year) ?? null,
      projection: null,
      lower: null,
      upper: null,
    }));
    const future = model.projections.map((p) => ({
      year: p.year,
      actual: null,
      fitted: null,
      projection: p.value,
      lower: p.lower,
      upper: p.upper,
    }));
    return [...past, ...future];
  }, [actual, model]);
  const option = useMemo(() => {
    const lastFit = model.fitted[model.fitted.length - 1];
    // The projection line starts at the last fitted point so it reads as a continuation.
    const bridge = (v: (r: TrendRow) => number | null) => [
      ...(lastFit ? [{ year: lastFit.year, value: lastFit.value }] : []),
      ...rows.filter((r) => r.projection !== null).map((r) => ({ year: r.year, value: v(r) })),
    ];
    return lineOverTime({
      series: [
        {
          name: `${countryLabel} · ${m('actual')}`,
          points: rows.filter((r) => r.year <= year).map((r) => ({ year: r.year, value: r.actual })),
          emphasis: true,
        },
        { name: m('fitted'), points: model.fitted, dashed: true },
        { name: m('projection'), points: bridge((r) => r.projection), dashed: true },
        { name: m('lower'), points: bridge((r) => r.lower), dashed: true },
        { name: m('upper'), points: bridge((r) => r.upper), dashed: true },
      ],
      yName: t(`indexShort.${index}`),
      decimals: 4,
      yMin: 0,
      yMax: 1,
      format: num,
      missingLabel: na,
    });
  }, [rows, model, countryLabel, index, year, m, t, num, na]);
  const title = m('trendTitle', { index: t(`indexShort.${index}`), base, year });
  const fit = model.fit;
  const cell = (v: number | null) => (v === null ? '—' : num(v, 4));
  return (
    <ChartPanel
      title={title}
      panelId="compare-trend"
      chart={<EChart option={option} label={title} style={{ height: 360 }} />}
      table={
        <DataTable
          rows={rows}
          rowKey={(r) => String(r.year)}
          caption={m('trendCaption')}
          columns={[
            { id: 'year', header: t('col.year'), render: (r) => r.year },
            {
              id: 'a',
              header: m('actual'),
              numeric: true,
              render: (r) => (r.year <= year ? (r.actual === null ? na : num(r.actual, 5)) : '—'),
            },
            { id: 'f', header: m('fitted'), numeric: true, render: (r) => cell(r.fitted) },
            { id: 'p', header: m('projection'), numeric: true, render: (r) => cell(r.projection) },
            { id: 'l', header: m('lower'), numeric: true, render: (r) => cell(r.lower) },
            { id: 'u', header: m('upper'), numeric: true, render: (r) => cell(r.upper) },
          ]}
        />
      }
      notes={
        <p className="note">
          {fit
            ? m('trendNote', {
                slope: num(fit.slope, 4),
                r2: fit.r2 === null ? '—' : num(fit.r2, 3),
                n: fit.n,
              })
            : m('trendNone')}
        </p>
      }
      source={source}
      labels={labels}
    />
  );
}
