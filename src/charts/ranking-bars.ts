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
}

/**
 * Horizontal bars, best rank on top. Only provinces with a figure are drawn: a province
 * without one is not a zero-length bar. Names reaching the tooltip are HTML-escaped.
 */
export function rankingBars(input: RankingBarsInput): ChartOption {
  const bars = [...input.bars].reverse();
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
    xAxis: { type: 'value', name: input.valueName, nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'category', data: bars.map((b) => `${b.rank}. ${b.name}`) },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => b.value),
        itemStyle: { color: input.color ?? '#2f6f9f' },
        label: { show: true, position: 'right', formatter: (p) => input.format(Number(p.value)) },
      },
    ],
  };
}
