import { useCallback, useMemo } from 'react';
import type { ProvincialMetric } from '../../core/indicators/cn-metrics';
import type { MetricRow } from '../../core/load/metrics';
import { Combobox } from '../../components/combobox';
import type { ComboSection } from '../../components/combobox';
import { formatMetric, metricName } from '../../components/metric-text';
import { useI18n } from '../../i18n/i18n-context';
import { useMessages } from '../../i18n/messages';
import { MESSAGES } from './messages';
import { groupMetrics, latestFigures } from './metric-groups';

/**
 * The metric picker: searchable, grouped by the kind of figure, and, once a province is
 * clicked, each metric's latest figure for it at the start of its option (highlighted;
 * metrics with a figure for it first in each group).
 */
export function MetricPicker({
  metrics,
  selected,
  rows,
  province,
  onPick,
}: {
  metrics: readonly ProvincialMetric[];
  selected: ProvincialMetric | null;
  rows: readonly MetricRow[];
  /** The province open on the map: code and name; null when none. */
  province: { code: string; name: string } | null;
  onPick: (metric: ProvincialMetric) => void;
}) {
  const i18n = useI18n();
  const { lang } = i18n;
  const m = useMessages(MESSAGES);
  const figures = useMemo(
    () => (province ? latestFigures(rows, province.code) : new Map<string, MetricRow>()),
    [rows, province],
  );
  const search = useCallback(
    (query: string): ComboSection<ProvincialMetric>[] =>
      groupMetrics(
        metrics,
        query,
        (x) => ({ unit: x.def.unit, nameZh: x.def.nameZh, nameEn: x.def.nameEn }),
        (x) => figures.has(x.def.id),
      ).map((g) => ({ label: m(`unitGroup.${g.unit}`), items: g.items })),
    [metrics, figures, m],
  );
  const renderItem = useCallback(
    (x: ProvincialMetric) => {
      const row = figures.get(x.def.id);
      return (
        <>
          {province ? (
            row ? (
              <span className="metric-figure" data-testid="metric-figure">
                {formatMetric(row, i18n)}
                {row.year !== null ? <span className="metric-figure-year"> {row.year}</span> : null}
              </span>
            ) : (
              <span className="metric-figure none" title={m('metricNoFigure', { province: province.name })}>
                —
              </span>
            )
          ) : null}
          <span className="combo-main">{metricName(x.def, x.def.id, lang)}</span>
          <span className="combo-sub">{m('provincesWithData', { n: x.provinces })}</span>
        </>
      );
    },
    [figures, province, i18n, lang, m],
  );
  return (
    <Combobox<ProvincialMetric>
      label={province ? `${m('metric')} · ${province.name}` : m('metric')}
      placeholder={m('metricPlaceholder')}
      search={search}
      itemKey={(x) => x.def.id}
      itemText={(x) => metricName(x.def, x.def.id, lang)}
      renderItem={renderItem}
      onPick={onPick}
      selected={selected}
      emptyText={m('metricNone')}
      toggleLabel={m('metricToggle')}
      testId="cn-metric"
      className="combo-metric"
    />
  );
}
