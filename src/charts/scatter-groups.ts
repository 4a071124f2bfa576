import { escapeHtml } from './escape';
import { FOCUS_COLOR } from './common';
import type { NumberFormat } from './common';
import type { ChartOption } from './types';

export interface ScatterPoint {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Drawn larger and labelled with its name. */
  labelled?: boolean;
}

export interface ScatterGroup {
  name: string;
  color: string;
  /** Marker shape, so groups differ without colour too. */
  symbol: string;
  points: readonly ScatterPoint[];
}

export interface ScatterInput {
  groups: readonly ScatterGroup[];
  xName: string;
  yName: string;
  format: NumberFormat;
}

/**
 * A scatter of two indices, one series per group (colour and marker shape), with the
 * selected countries labelled. Points missing either value are left out by the caller.
 */
export function scatterGroups(input: ScatterInput): ChartOption {
  return {
    animation: false,
    aria: { enabled: true },
    legend: { top: 0 },
    grid: { left: 24, right: 32, top: 40, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const pt = input.groups[item?.seriesIndex ?? -1]?.points[item?.dataIndex ?? -1];
        if (!pt) return '';
        return `${escapeHtml(pt.name)}<br/>${escapeHtml(input.xName)}: ${input.format(pt.x, 4)}<br/>${escapeHtml(input.yName)}: ${input.format(pt.y, 4)}`;
      },
    },
    xAxis: { type: 'value', name: input.xName, min: 0, max: 1, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', name: input.yName, min: 0, max: 1 },
    series: input.groups.map((g) => ({
      type: 'scatter' as const,
      name: g.name,
      symbol: g.symbol,
      itemStyle: { color: g.color, opacity: 0.85 },
      data: g.points.map((pt) => ({
        value: [pt.x, pt.y],
        symbolSize: pt.labelled ? 14 : 8,
        itemStyle: pt.labelled ? { borderColor: FOCUS_COLOR, borderWidth: 2 } : {},
        label: pt.labelled
          ? { show: true, position: 'right' as const, formatter: () => pt.name, fontWeight: 'bold' as const }
          : { show: false },
      })),
    })),
  };
}
