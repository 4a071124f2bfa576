import { NOT_COVERED, provinceFigures } from '../../core/indicators/cn-metrics';
import type { MetricDef } from '../../core/load/metric-catalogue';
import type { MetricRow } from '../../core/load/metrics';
import type { Province } from '../../core/load/provinces';
import { Citation, formatMetric, metricName } from '../../components/metric-text';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { MESSAGES } from './messages';

/** Every figure of one province, each with its quote, source, date and scope. */
export function ProvinceDetail({
  province,
  rows,
  defs,
  imported,
}: {
  province: Province | null;
  rows: readonly MetricRow[];
  defs: ReadonlyMap<string, MetricDef>;
  imported: ReadonlySet<MetricRow>;
}) {
  const i18n = useI18n();
  const m = useMessages(MESSAGES);
  if (!province) return <p className="muted">{m('detailNone')}</p>;
  const name = i18n.lang === 'zh' ? province.nameZh : province.nameEn;
  const figures = provinceFigures(rows, province.code);
  return (
    <section className="panel province-detail" aria-live="polite" data-testid="province-detail">
      <h2>{m('detailTitle', { name })}</h2>
      {figures.length === 0 ? (
        <p className="muted">
          {NOT_COVERED.has(province.code) ? m('detailNotCovered', { name }) : m('detailEmpty', { name })}
        </p>
      ) : null}
      <ol className="figures">
        {figures.map((r) => (
          <li key={`${r.line}-${imported.has(r) ? 'i' : 's'}`} data-metric={r.metricId}>
            <p className="figure-head">
              <strong>{metricName(defs.get(r.metricId), r.metricId, i18n.lang)}</strong>{' '}
              <span className="figure-value" data-testid="figure-value">
                {formatMetric(r, i18n)}
              </span>{' '}
              <span className="muted">
                {r.asOf ?? ''} {imported.has(r) ? m('imported') : ''}
              </span>
            </p>
            <Citation row={r} />
          </li>
        ))}
      </ol>
    </section>
  );
}
