import { groupGrid } from '../../core/indicators/cn-metrics';
import type { MetricRow } from '../../core/load/metrics';
import type { Province } from '../../core/load/provinces';
import { formatMetric } from '../../components/metric-text';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { GROUP_COLOURS, NO_DATA } from './colours';
import { MESSAGES } from './messages';

/**
 * Provinces x report editions for a group metric. Every province is a row (an unlisted
 * province is "not published", not a low group); clicking a province opens its detail.
 */
export function GroupGrid({
  rows,
  metricId,
  provinces,
  onSelect,
}: {
  rows: readonly MetricRow[];
  metricId: string;
  provinces: readonly Province[];
  onSelect: (code: string) => void;
}) {
  const i18n = useI18n();
  const m = useMessages(MESSAGES);
  const { years, cells } = groupGrid(rows, metricId);
  const withData = provinces.filter((p) => cells.has(p.code));
  const without = provinces.filter((p) => !cells.has(p.code));
  return (
    <div className="table-wrap">
      <table className="data-table group-grid" data-testid="group-grid">
        <caption>{m('groupsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('province')}</th>
            {years.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...withData, ...without].map((p) => (
            <tr key={p.code}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(p.code)}>
                  {i18n.lang === 'zh' ? p.shortZh : p.nameEn}
                </button>
              </th>
              {years.map((y) => {
                const r = cells.get(p.code)?.get(y);
                const c = r?.group ? (GROUP_COLOURS[r.group] ?? NO_DATA) : NO_DATA;
                return (
                  <td key={y} style={{ background: c.bg, color: c.fg }}>
                    {r ? (
                      // The quote (hover) is the source's Chinese wording; the cell, UI text.
                      <span title={r.quote || undefined} lang="zh-CN">
                        <span lang={i18n.lang === 'zh' ? 'zh-CN' : 'en'}>{formatMetric(r, i18n)}</span>
                      </span>
                    ) : (
                      <span className="na">{m('groupsNone')}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
