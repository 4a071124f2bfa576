import { escapeHtml } from './escape';
import { FOCUS_COLOR, OTHER_COLOR } from './common';
import type { NumberFormat } from './common';
import type { ChartOption } from './types';

export interface SlopeLine {
  name: string;
  from: number | null;
  to: number | null;
  focus?: boolean;
}

export interface SlopeInput {
  fromLabel: string;
  toLabel: string;
  lines: readonly SlopeLine[];
  yName: string;
  format: NumberFormat;
  missingLabel: string;
}

/**
 * A slope chart between two editions: one line per country from its earlier to its later
 * value. The focus country is drawn thick and labelled; a missing end leaves only a dot.
 */
export function slopeChart(input: SlopeInput): ChartOption {
  const f = (v: number | null) => (v === null ? input.missingLabel : input.format(v, 4));
  return {
    animation: false,
    grid: { left: 24, right: 120, top: 32, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const line = input.lines[item?.seriesIndex ?? -1];
        if (!line) return '';
        return `${escapeHtml(line.name)}<br/>${escapeHtml(input.fromLabel)}: ${escapeHtml(f(line.from))}<br/>${escapeHtml(input.toLabel)}: ${escapeHtml(f(line.to))}`;
      },
    },
    xAxis: { type: 'category', data: [input.fromLabel, input.toLabel], boundaryGap: false },
    yAxis: {
      type: 'value',
      name: input.yName,
      scale: true,
      axisLabel: { formatter: (v: number) => input.format(v, 2) },
    },
    series: input.lines.map((l) => ({
      type: 'line' as const,
      name: l.name,
      z: l.focus ? 3 : 2,
      symbolSize: l.focus ? 9 : 5,
      lineStyle: {
        width: l.focus ? 4 : 1.5,
        color: l.focus ? FOCUS_COLOR : OTHER_COLOR,
        opacity: l.focus ? 1 : 0.7,
      },
      itemStyle: { color: l.focus ? FOCUS_COLOR : OTHER_COLOR },
      // Every line's end is labelled; labels that would overlap are hidden (the focus
      // line's drawn last, above the others, and keeps its label).
      labelLayout: { hideOverlap: true },
      data: [
        l.from,
        {
          value: l.to,
          label: {
            show: true,
            position: 'right' as const,
            formatter: () => l.name,
            color: l.focus ? FOCUS_COLOR : '#3d4452',
            fontWeight: l.focus ? ('bold' as const) : ('normal' as const),
          },
        },
      ],
    })),
  };
}
