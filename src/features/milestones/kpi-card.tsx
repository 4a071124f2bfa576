import type { NationalSeries } from '../../core/indicators/cn-metrics';
import type { MetricDef } from '../../core/load/metric-catalogue';
import type { Citation } from '../../core/citation';
import { citationOf } from '../../core/load/cn-data';
import { FigureSource, formatMetric, metricName, useUnitLabel } from '../../components/metric-text';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { MESSAGES } from './messages';
import { scopeName } from './scope-names';

/** One national figure: its latest value, unit, scope and date; opening it shows every citation. */
export function KpiCard({
  series,
  def,
  citations,
}: {
  series: NationalSeries;
  def: MetricDef | undefined;
  citations: ReadonlyMap<string, Citation>;
}) {
  const i18n = useI18n();
  const m = useMessages(MESSAGES);
  const unitLabel = useUnitLabel();
  const latest = series.points[series.points.length - 1];
  if (!latest) return null;
  const rows = series.points.flatMap((p) => p.rows);
  const scope = scopeName(series.scope, i18n.lang);
  return (
    <article className="kpi cn-kpi" data-testid={`kpi-${series.metricId}`}>
      <h3 className="kpi-label">{metricName(def, series.metricId, i18n.lang)}</h3>
      <p className="kpi-value">
        {formatMetric(
          { value: latest.value, decimals: latest.decimals, group: null, unit: series.unit },
          i18n,
        )}
        {series.unit === 'percent' ? null : <span className="kpi-unit"> {unitLabel(series.unit)}</span>}
      </p>
      <p className="kpi-sub">
        {m('scopeLead')}
        <span lang={scope.translated ? undefined : 'zh-CN'}>{scope.text}</span> · {m('asOf')} {latest.asOf}
        {series.points.length > 1 ? ` · ${m('pointsOverTime', { n: series.points.length })}` : ''}
      </p>
      <details>
        <summary>{m('citations', { n: rows.length })}</summary>
        {rows.map((r) => (
          <div key={r.line} className="kpi-citation">
            <p className="figure-head">
              {formatMetric(r, i18n)} · {r.asOf}
            </p>
            <FigureSource row={r} citation={citationOf(r, citations)} />
          </div>
        ))}
      </details>
    </article>
  );
}
