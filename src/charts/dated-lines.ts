import { escapeHtml } from './escape';
import type { ChartOption } from './types';

export interface DatedSeries {
  name: string;
  /** ISO dates (YYYY-MM-DD) on a true time axis, so uneven dates keep their spacing. */
  points: readonly { date: string; value: number }[];
  dashed?: boolean;
}

export interface DatedPanel {
  series: readonly DatedSeries[];
  yName: string;
  decimals: number;
  yMin?: number;
  yMax?: number;
  /** Ranks: 1 at the top. */
  inverse?: boolean;
  /** Decimals of the axis labels (default 0). */
  axisDecimals?: number;
}

export interface DatedLinesInput {
  /** One or more stacked panels sharing one time axis (same min and max). */
  panels: readonly DatedPanel[];
  format: (v: number, decimals: number) => string;
  /** Shared axis range, ISO dates; defaults to the data's range padded by half a year. */
  min?: string;
  max?: string;
  height: number;
  /**
   * Every series named in a list above the panels, one per line (a scrolling legend hides
   * most names behind pages). The list takes `listLegendHeight(series count)` of `height`.
   */
  listLegend?: boolean;
  /**
   * Each series named beside its last point instead of in a legend (labels that would
   * overlap are hidden; the tooltip and the table name every point).
   */
  directLabels?: boolean;
}

const LEGEND_LINE = 20;

/** Pixels the listed legend of `count` series takes (add it to the chart's height). */
export function listLegendHeight(count: number): number {
  return count > 1 ? count * LEGEND_LINE : 0;
}

const PALETTE = [
  '#b3261e',
  '#2f6f9f',
  '#5b8c3a',
  '#c27c0e',
  '#6a4c93',
  '#1b998b',
  '#6e7074',
  '#d45087',
  '#8c564b',
  '#17becf',
  '#bcbd22',
  '#003f5c',
];
const HALF_YEAR = 182 * 24 * 3600 * 1000;
const YEAR = 365 * 24 * 3600 * 1000;

/**
 * Lines over a real time axis, in stacked panels that share it: a presenter can put the
 * UN indices (0–1) above national service ratios (%) without mixing their units on one
 * axis. Each series is only its own points: a series is never joined to another with a
 * different scope. Every name in the tooltip is HTML-escaped.
 */
export function datedLines(input: DatedLinesInput): ChartOption {
  const times = input.panels.flatMap((p) => p.series.flatMap((s) => s.points.map((q) => Date.parse(q.date))));
  const min = input.min ? Date.parse(input.min) : Math.min(...times) - HALF_YEAR;
  const max = input.max ? Date.parse(input.max) : Math.max(...times) + HALF_YEAR;
  const n = input.panels.length;
  const count = input.panels.flatMap((p) => p.series).length;
  const direct = input.directLabels === true;
  const listed = !direct && input.listLegend === true && count > 1;
  const top = (direct ? 40 : 64) + (listed ? listLegendHeight(count) : 0);
  const gap = 36;
  const each = (input.height - top - 24 - gap * (n - 1)) / n;
  let colour = 0;
  return {
    animation: false,
    color: PALETTE,
    legend: listed
      ? {
          show: true,
          type: 'plain',
          orient: 'vertical',
          top: 0,
          left: 64,
          itemGap: LEGEND_LINE - 14,
          itemHeight: 14,
        }
      : { show: !direct && count > 1, type: 'scroll', top: 0 },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const one = Array.isArray(p) ? p[0] : p;
        const v = one && Array.isArray(one.value) ? one.value : [];
        const date = typeof v[0] === 'string' ? v[0] : '';
        const value = typeof v[1] === 'number' ? v[1] : null;
        const decimals =
          input.panels[one?.seriesIndex === undefined ? 0 : panelOf(input.panels, one.seriesIndex)]
            ?.decimals ?? 2;
        return [
          escapeHtml(one?.seriesName ?? ''),
          escapeHtml(date.slice(0, 7)),
          value === null ? '' : escapeHtml(input.format(value, decimals)),
        ].join('<br/>');
      },
    },
    grid: input.panels.map((_, i) => ({
      left: 64,
      right: direct ? 200 : 24,
      top: top + i * (each + gap),
      height: each,
      containLabel: false,
    })),
    xAxis: input.panels.map((_, i) => ({
      type: 'time' as const,
      gridIndex: i,
      min,
      max,
      minInterval: YEAR,
      axisLabel: { show: i === n - 1, formatter: '{yyyy}' },
    })),
    yAxis: input.panels.map((p, i) => ({
      type: 'value' as const,
      gridIndex: i,
      name: p.yName,
      // An inverted (rank) axis ends at the bottom: its name goes at the top, clear of the ticks.
      nameLocation: p.inverse ? ('start' as const) : ('end' as const),
      nameGap: 14,
      nameTextStyle: { align: 'left' as const },
      inverse: p.inverse ?? false,
      // Ranks start at 1.
      ...(p.yMin !== undefined ? { min: p.yMin } : p.inverse ? { min: 1, minInterval: 1 } : {}),
      ...(p.yMax !== undefined ? { max: p.yMax } : {}),
      axisLabel: { formatter: (v: number) => input.format(v, p.axisDecimals ?? 0) },
    })),
    series: input.panels.flatMap((p, i) =>
      p.series.map((s) => ({
        type: 'line' as const,
        name: s.name,
        xAxisIndex: i,
        yAxisIndex: i,
        color: PALETTE[colour++ % PALETTE.length],
        showSymbol: true,
        symbolSize: 8,
        lineStyle: { width: 2.5, type: s.dashed ? ('dashed' as const) : ('solid' as const) },
        data: s.points.map((q, k) =>
          direct && k === s.points.length - 1
            ? {
                value: [q.date, q.value],
                label: {
                  show: true,
                  position: 'right' as const,
                  formatter: () => s.name,
                  width: 190,
                  overflow: 'truncate' as const,
                  color: PALETTE[(colour - 1) % PALETTE.length],
                  fontSize: 11,
                },
              }
            : [q.date, q.value],
        ),
        ...(direct ? { labelLayout: { hideOverlap: true } } : {}),
      })),
    ),
  };
}

function panelOf(panels: readonly DatedPanel[], seriesIndex: number): number {
  let seen = 0;
  for (let i = 0; i < panels.length; i++) {
    seen += panels[i]?.series.length ?? 0;
    if (seriesIndex < seen) return i;
  }
  return 0;
}
