import { useMemo } from 'react';
import type { IndexId } from '../../core/types';
import { lineOverTime } from '../../charts/line-over-time';
import { ChartPanel } from '../../components/chart-panel';
import { DataTable } from '../../components/data-table';
import { EChart } from '../../components/echarts/e-chart';
import type { CompareModel } from './compare-model';
import { useCompareText } from './use-compare-text';

interface Props {
  iso3: string;
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
export function TrendPanel({ iso3, countryLabel, index, base, year, actual, model, source }: Props) {
  const { m, t, num, labels, na, lang } = useCompareText();
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
  // The index lies in 0–1, so the band is drawn clipped to 0–1 (the axis stays 0–1 and its
  // ticks even); the note says when the interval goes beyond, and the table and exports
  // give its full ends.
  const bounds = useMemo(() => {
    const ends = rows.flatMap((r) => [r.lower, r.upper]).filter((v): v is number => v !== null);
    return ends.length > 0 ? { min: Math.min(...ends), max: Math.max(...ends) } : { min: 0, max: 1 };
  }, [rows]);
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
        { name: m('lower'), points: bridge((r) => clip01(r.lower)), dashed: true },
        { name: m('upper'), points: bridge((r) => clip01(r.upper)), dashed: true },
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
  const noteText = fit
    ? m('trendNote', {
        slope: num(fit.slope, 4),
        r2: fit.r2 === null ? '—' : num(fit.r2, 3),
        n: fit.n,
        years: model.projections.map((p) => p.year).join(lang === 'zh' ? '、' : ' and '),
      })
    : m('trendNone');
  const beyond = bounds.min < 0 || bounds.max > 1;
  const beyondText = m('trendBeyond', { min: num(bounds.min, 4), max: num(bounds.max, 4) });
  return (
    <ChartPanel
      title={title}
      panelId="compare-trend"
      exportSpec={{
        fileParts: ['compare', 'trend', iso3, index, base, year],
        data: {
          columns: [t('col.year'), m('actual'), m('fitted'), m('projection'), m('lower'), m('upper')],
          rows: rows.map((r) => [
            r.year,
            r.year <= year ? r.actual : null,
            r.fitted,
            r.projection,
            r.lower,
            r.upper,
          ]),
        },
        option,
        notes: [noteText, ...(beyond ? [beyondText] : [])],
      }}
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
        <>
          <p className="note">{noteText}</p>
          {beyond ? (
            <p className="note" data-testid="trend-beyond">
              {beyondText}
            </p>
          ) : null}
        </>
      }
      source={source}
      labels={labels}
    />
  );
}

/** A band end clipped to the index's range 0–1 (missing stays missing). */
function clip01(v: number | null): number | null {
  return v === null ? null : Math.min(1, Math.max(0, v));
}
