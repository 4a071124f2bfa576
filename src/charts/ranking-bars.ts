import { escapeHtml } from './escape';
import type { ChartOption } from './types';

export interface RankingBar {
  name: string;
  value: number;
  rank: number;
}

export interface RankingBarsInput {
  bars: readonly RankingBar[];
  /** Axis name, with the unit. */
  valueName: string;
  format: (v: number) => string;
  /** Tooltip line for the rank, e.g. "rank 2 (ties: 1224)". */
  rankLabel: (rank: number) => string;
  color?: string;
  /**
   * The value is a rank or another figure where lower is better. A bar's length would then
   * make the best the smallest, so each province is drawn as a dot on an axis with the
   * best value (1) at the left, best on top, and labelled with its value.
   */
  lowerIsBetter?: boolean;
}

/**
 * Horizontal bars, best rank on top (dots when lower is better). Only provinces with a
 * figure are drawn: a province without one is not a zero-length bar. Names reaching the
 * tooltip are HTML-escaped.
 */
export function rankingBars(input: RankingBarsInput): ChartOption {
  const bars = [...input.bars].reverse();
  const lower = input.lowerIsBetter === true;
  const color = input.color ?? '#2f6f9f';
  const label = {
    show: true,
    position: 'right' as const,
    formatter: (p: { value: unknown }) => input.format(Number(p.value)),
  };
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 16, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const one = Array.isArray(p) ? p[0] : p;
        const bar = bars[one?.dataIndex ?? -1];
        if (!bar) return '';
        return [
          escapeHtml(bar.name),
          escapeHtml(input.format(bar.value)),
          escapeHtml(input.rankLabel(bar.rank)),
        ].join('<br/>');
      },
    },
    xAxis: lower
      ? {
          type: 'value',
          name: input.valueName,
          nameLocation: 'middle',
          nameGap: 24,
          // Room left of the best value (1 for ranks) so its dot is not cut by the grid edge.
          min: 0,
          minInterval: 1,
          axisLabel: { formatter: (v: number) => (v === 0 ? '' : input.format(v)) },
        }
      : { type: 'value', name: input.valueName, nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', data: bars.map((b) => `${b.rank}. ${b.name}`) },
    series: [
      lower
        ? {
            type: 'scatter',
            data: bars.map((b) => b.value),
            symbolSize: 14,
            itemStyle: { color },
            label,
          }
        : {
            type: 'bar',
            data: bars.map((b) => b.value),
            itemStyle: { color },
            label,
          },
    ],
  };
}
