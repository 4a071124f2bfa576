import { escapeHtml } from './escape';
import { ARIA_DECAL } from './common';
import type { NumberFormat } from './common';
import type { ChartOption } from './types';

export interface BoxGroup {
  name: string;
  /** Five-number summary; null when the group has no assessed value. */
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  count: number;
}

export interface BoxplotInput {
  groups: readonly BoxGroup[];
  yName: string;
  format: NumberFormat;
  labels: { min: string; q1: string; median: string; q3: string; max: string; count: string };
}

/**
 * One box per group: the box spans the quartiles, the line is the median and the whiskers
 * reach the minimum and maximum (no outlier rule, so every country is inside the range).
 * A group with nothing assessed gets no box.
 */
export function boxplotByGroup(input: BoxplotInput): ChartOption {
  const { labels: l } = input;
  return {
    animation: false,
    aria: ARIA_DECAL,
    grid: { left: 24, right: 24, top: 40, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const g = input.groups[(Array.isArray(p) ? p[0] : p)?.dataIndex ?? -1];
        if (!g) return '';
        const f = (v: number | null) => (v === null ? '—' : input.format(v, 4));
        return [
          escapeHtml(g.name),
          `${escapeHtml(l.max)}: ${f(g.max)}`,
          `${escapeHtml(l.q3)}: ${f(g.q3)}`,
          `${escapeHtml(l.median)}: ${f(g.median)}`,
          `${escapeHtml(l.q1)}: ${f(g.q1)}`,
          `${escapeHtml(l.min)}: ${f(g.min)}`,
          `${escapeHtml(l.count)}: ${g.count}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: input.groups.map((g) => g.name) },
    yAxis: {
      type: 'value',
      name: input.yName,
      min: 0,
      max: 1,
      axisLabel: { formatter: (v: number) => input.format(v, 2) },
    },
    series: [
      {
        type: 'boxplot',
        name: input.yName,
        itemStyle: { color: '#cfe3e8', borderColor: '#2f4554', borderWidth: 1.5 },
        data: input.groups.map((g) =>
          g.min === null || g.q1 === null || g.median === null || g.q3 === null || g.max === null
            ? []
            : [g.min, g.q1, g.median, g.q3, g.max],
        ),
      },
    ],
  };
}
