import { escapeHtml } from './escape';
import type { ChartOption } from './types';

export interface TimePoint {
  year: number;
  value: number | null;
  /** The imported dataset a point comes from; absent for the shipped data. */
  source?: string;
}

export interface TimeSeries {
  name: string;
  points: readonly TimePoint[];
  /** Drawn thicker and on top (e.g. China). */
  emphasis?: boolean;
  /** Dashed line, for benchmarks such as means. */
  dashed?: boolean;
}

export interface LineOverTimeInput {
  series: readonly TimeSeries[];
  yName: string;
  /** Decimals in labels and tooltips. */
  decimals: number;
  yMin?: number;
  yMax?: number;
  /** Ranks: 1 at the top. */
  inverse?: boolean;
  /** Formats a number for the UI language (tooltip, axis). */
  format: (v: number, decimals: number) => string;
  /** Text for a missing value in the tooltip. */
  missingLabel: string;
}

/** The note of a data item written by `lineOverTime`, if any. */
function noteOf(data: unknown): string | undefined {
  if (data && typeof data === 'object' && 'note' in data && typeof data.note === 'string') return data.note;
  return undefined;
}

const PALETTE = [
  '#c23531',
  '#2f4554',
  '#61a0a8',
  '#d48265',
  '#749f83',
  '#ca8622',
  '#6e7074',
  '#546570',
  '#91c7ae',
  '#bda29a',
];

/**
 * A line chart over a true time axis (x is the year as a number, so the gap between
 * 2008 and 2010 is twice that between 2003 and 2004). Missing values are gaps: the line
 * is broken, never drawn to zero. Every name in the tooltip is HTML-escaped.
 */
export function lineOverTime(input: LineOverTimeInput): ChartOption {
  const years = input.series.flatMap((s) => s.points.map((p) => p.year));
  const minYear = years.length ? Math.min(...years) : 2003;
  const maxYear = years.length ? Math.max(...years) : 2024;
  return {
    color: PALETTE,
    animation: false,
    grid: { left: 56, right: 24, top: 48, bottom: 40, containLabel: true },
    legend: { type: 'scroll', top: 0 },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0];
        const year = first && Array.isArray(first.value) ? String(first.value[0]) : '';
        const lines = list.map((p) => {
          const v = Array.isArray(p.value) ? p.value[1] : null;
          const shown = typeof v === 'number' ? input.format(v, input.decimals) : input.missingLabel;
          const note = noteOf(p.data);
          return `${typeof p.marker === 'string' ? p.marker : ''}${escapeHtml(p.seriesName ?? '')}: ${escapeHtml(shown)}${note ? ` [${escapeHtml(note)}]` : ''}`;
        });
        return [escapeHtml(year), ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      min: minYear - 1,
      max: maxYear + 1,
      interval: 1,
      axisLabel: {
        formatter: (v: number) => (years.includes(v) ? String(v) : ''),
        hideOverlap: true,
      },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: input.yName,
      // An inverted (rank) axis ends at the bottom: its name goes at the top, clear of the ticks.
      nameLocation: input.inverse ? ('start' as const) : ('end' as const),
      nameGap: 16,
      nameTextStyle: { align: 'left' as const },
      inverse: input.inverse ?? false,
      // Ranks start at 1.
      ...(input.yMin !== undefined ? { min: input.yMin } : input.inverse ? { min: 1 } : {}),
      ...(input.yMax !== undefined ? { max: input.yMax } : {}),
      minInterval: input.inverse ? 1 : 0,
      axisLabel: { formatter: (v: number) => input.format(v, input.inverse ? 0 : 2) },
    },
    series: input.series.map((s) => ({
      type: 'line' as const,
      name: s.name,
      connectNulls: false,
      showSymbol: true,
      symbolSize: s.emphasis ? 8 : 5,
      z: s.emphasis ? 3 : 2,
      lineStyle: { width: s.emphasis ? 3.5 : 2, type: s.dashed ? ('dashed' as const) : ('solid' as const) },
      // An imported point is drawn as a larger diamond so it stands apart without colour.
      data: s.points.map((p) =>
        p.source
          ? { value: [p.year, p.value], note: p.source, symbol: 'diamond', symbolSize: 12 }
          : [p.year, p.value],
      ),
    })),
  };
}
