import { figureDecimals } from '../core/indicators/cn-metrics';
import type { MetricRow } from '../core/load/metrics';
import { GROUP_LABELS } from '../core/load/metrics';
import type { I18n } from './i18n-context';

/**
 * A figure as text: 82.13%, 68.90%, 20,400,000, 非常高 / very high. Decimals as the source
 * wrote them (row.decimals) when known, else as the value needs (at most 4).
 */
export function formatMetric(
  row: Pick<MetricRow, 'value' | 'group' | 'unit'> & { decimals?: number | null },
  i18n: Pick<I18n, 'num' | 'lang'>,
): string {
  if (row.unit === 'group' || row.value === null) {
    const g = GROUP_LABELS.find((l) => l.zh === row.group);
    return i18n.lang === 'en' && g ? g.en : (row.group ?? '—');
  }
  const text = i18n.num(row.value, figureDecimals(row.value, row.decimals));
  return row.unit === 'percent' ? `${text}%` : text;
}
