import { escapeHtml } from './escape';
import { FOCUS_COLOR, OTHER_COLOR } from './common';
import type { NumberFormat } from './common';
import type { ChartOption } from './types';

export interface DumbbellRow {
  /** Category label (e.g. "Very High threshold 0.75"). */
  label: string;
  /** The country's value (circle). */
  value: number | null;
  /** The target's value (diamond). */
  target: number | null;
}

export interface DumbbellInput {
  rows: readonly DumbbellRow[];
  valueName: string;
  targetName: string;
  format: NumberFormat;
  gapLabel: string;
  missingLabel: string;
}

/**
 * A dumbbell chart of gaps: one row per target, a circle at the country's value, a
 * diamond at the target, the segment between them is the gap. Rows with a missing end
 * draw only the end that exists. Built from line series only (no extra chart kind).
 */
export function dumbbell(input: DumbbellInput): ChartOption {
  const labels = input.rows.map((r) => r.label);
  const f = (v: number | null) => (v === null ? input.missingLabel : input.format(v, 4));
  return {
    animation: false,
    grid: { left: 16, right: 32, top: 32, bottom: 32, containLabel: true },
    legend: { show: false },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const row = input.rows[item?.seriesIndex ?? -1];
        if (!row) return '';
        const gap =
          row.value !== null && row.target !== null
            ? input.format(row.target - row.value, 4)
            : input.missingLabel;
        return [
          escapeHtml(row.label),
          `${escapeHtml(input.valueName)}: ${escapeHtml(f(row.value))}`,
          `${escapeHtml(input.targetName)}: ${escapeHtml(f(row.target))}`,
          `${escapeHtml(input.gapLabel)}: ${escapeHtml(gap)}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => input.format(v, 2) } },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: input.rows.map((r) => ({
      type: 'line' as const,
      name: r.label,
      lineStyle: { width: 4, color: OTHER_COLOR },
      symbolSize: 14,
      data: [
        { value: [r.value, r.label], symbol: 'circle', itemStyle: { color: FOCUS_COLOR } },
        { value: [r.target, r.label], symbol: 'diamond', itemStyle: { color: OTHER_COLOR } },
      ].filter((d) => d.value[0] !== null),
    })),
  };
}
