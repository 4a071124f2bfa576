import { escapeHtml } from './escape';
import { ARIA_DECAL, NEGATIVE_COLOR, POSITIVE_COLOR } from './common';
import type { NumberFormat } from './common';
import type { ChartOption } from './types';

export interface WaterfallStep {
  label: string;
  /** For `total` steps the level itself; otherwise the change this step adds. */
  value: number | null;
  total?: boolean;
}

export interface WaterfallInput {
  steps: readonly WaterfallStep[];
  format: NumberFormat;
  missingLabel: string;
}

/**
 * A waterfall: totals stand on the axis, each change floats from the running level
 * (an invisible stacked bar carries it up). A missing change interrupts nothing: it is
 * drawn as no bar and labelled missing, and the running level carries on without it.
 */
export function waterfall(input: WaterfallInput): ChartOption {
  let level = 0;
  let lowest = Infinity;
  // '-' is ECharts' missing value (a null in a stack reads "NaN" in its aria description).
  const base: (number | '-')[] = [];
  const bar: { value: number | '-'; itemStyle: { color: string } }[] = [];
  for (const s of input.steps) {
    if (s.total) {
      level = s.value ?? level;
      base.push(0);
      bar.push({ value: s.value ?? '-', itemStyle: { color: '#2f4554' } });
    } else if (s.value === null) {
      base.push('-');
      bar.push({ value: '-', itemStyle: { color: POSITIVE_COLOR } });
    } else {
      base.push(Math.min(level, level + s.value));
      bar.push({
        value: Math.abs(s.value),
        itemStyle: { color: s.value < 0 ? NEGATIVE_COLOR : POSITIVE_COLOR },
      });
      level += s.value;
    }
    lowest = Math.min(lowest, level, ...(s.total && s.value !== null ? [s.value] : []));
  }
  // Start the axis just below the lowest level so changes of a few hundredths are visible;
  // bars are drawn from the axis start, so totals still read as levels.
  const yMin = Number.isFinite(lowest) ? Math.max(0, Math.floor((lowest - 0.05) * 20 + 1e-9) / 20) : 0;
  const shown = (i: number) => {
    const s = input.steps[i];
    if (!s || s.value === null) return input.missingLabel;
    return s.total
      ? input.format(s.value, 4)
      : `${s.value >= 0 ? '+' : '−'}${input.format(Math.abs(s.value), 4)}`;
  };
  return {
    animation: false,
    // ECharts' own description of a stack reads its internal stacked values (NaN for the
    // bottom of each stack); the steps as the labels show them instead.
    aria: {
      ...ARIA_DECAL,
      label: { description: input.steps.map((s, i) => `${s.label}: ${shown(i)}`).join('; ') },
    },
    grid: { left: 16, right: 16, top: 32, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const i = (Array.isArray(p) ? p[0] : p)?.dataIndex ?? -1;
        return `${escapeHtml(input.steps[i]?.label ?? '')}: ${escapeHtml(shown(i))}`;
      },
    },
    xAxis: { type: 'category', data: input.steps.map((s) => s.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: yMin, axisLabel: { formatter: (v: number) => input.format(v, 2) } },
    series: [
      {
        type: 'bar',
        stack: 'w',
        silent: true,
        itemStyle: { color: 'transparent', decal: { symbol: 'none' } },
        // Item-level labels win over series-level ones (presenter mode labels every series).
        data: base.map((value) => ({ value, label: { show: false } })),
      },
      {
        type: 'bar',
        stack: 'w',
        data: bar,
        label: { show: true, position: 'top', formatter: (p) => shown(p.dataIndex) },
      },
    ],
  };
}
