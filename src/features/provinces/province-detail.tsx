import { NOT_COVERED, provinceFigures } from '../../core/indicators/cn-metrics';
import type { CnData } from '../../core/load/cn-data';
import type { MetricRow } from '../../core/load/metrics';
import type { Province } from '../../core/load/provinces';
import { FigureSource, formatMetric, metricName } from '../../components/metric-text';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { MESSAGES } from './messages';
import { RegionHistory } from './report-index';

/**
 * Every figure of one province, each with its quote, citation, date and scope; above
 * them, the province's results in every edition of the report series.
 */
export function ProvinceDetail({
  province,
  rows,
  data,
  imported,
}: {
  province: Province | null;
  rows: readonly MetricRow[];
  data: CnData;
  imported: ReadonlySet<MetricRow>;
}) {
  const i18n = useI18n();
  const m = useMessages(MESSAGES);
  if (!province) return <p className="muted">{m('detailNone')}</p>;
  const name = i18n.lang === 'zh' ? province.nameZh : province.nameEn;
  const figures = provinceFigures(rows, province.code);
  const inReport = data.report.entries.some((e) => e.level === 'province' && e.regionCode === province.code);
  return (
    <section className="panel province-detail" aria-live="polite" data-testid="province-detail">
      <h2>{m('detailTitle', { name })}</h2>
      {inReport ? <RegionHistory data={data} regionKey={province.code} name={name} /> : null}
      {figures.length === 0 ? (
        <p className="muted">
          {NOT_COVERED.has(province.code) ? m('detailNotCovered', { name }) : m('detailEmpty', { name })}
        </p>
      ) : null}
      <ol className="figures">
        {figures.map((r, i) => (
          <li key={`${r.line}-${imported.has(r) ? `i${i}` : 's'}`} data-metric={r.metricId}>
            <p className="figure-head">
              <strong>{metricName(data.defs.get(r.metricId), r.metricId, i18n.lang)}</strong>{' '}
              <span className="figure-value" data-testid="figure-value">
                {formatMetric(r, i18n)}
              </span>{' '}
              <span className="muted">
                {r.asOf ?? ''} {imported.has(r) ? m('imported') : ''}
              </span>
            </p>
            <FigureSource row={r} citation={data.citations.get(r.citationId) ?? null} />
          </li>
        ))}
      </ol>
    </section>
  );
}
