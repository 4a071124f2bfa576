import { escapeHtml } from './escape';
import { ARIA_DECAL, FOCUS_COLOR, NEGATIVE_COLOR, POSITIVE_COLOR } from './common';
import type { NumberFormat } from './common';
import type { ChartOption } from './types';

export interface BarItem {
  name: string;
  value: number | null;
  focus?: boolean;
  /** Extra tooltip lines (already in the UI language; escaped here). */
  detail?: string[];
}

export interface RankedBarInput {
  items: readonly BarItem[];
  valueName: string;
  decimals: number;
  format: NumberFormat;
  missingLabel: string;
  /** Signed values: rises green, falls red; otherwise one colour. */
  signed?: boolean;
}

/**
 * Horizontal bars in the given order (first on top), for changes or gaps across
 * countries. The focus country is coloured and bold; missing values are listed with no
 * bar (not drawn as zero).
 */
export function rankedBar(input: RankedBarInput): ChartOption {
  const names = input.items.map((i) => i.name);
  return {
    animation: false,
    aria: ARIA_DECAL,
    // Bottom room for the axis name, centred under the tick labels (at the end it sat on the zero tick of all-negative charts).
    grid: { left: 16, right: 48, top: 24, bottom: 44, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = input.items[(Array.isArray(p) ? p[0] : p)?.dataIndex ?? -1];
        if (!item) return '';
        const v = item.value === null ? input.missingLabel : input.format(item.value, input.decimals);
        return [
          `${escapeHtml(item.name)}`,
          `${escapeHtml(input.valueName)}: ${escapeHtml(v)}`,
          ...(item.detail ?? []).map(escapeHtml),
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      name: input.valueName,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: (v: number) => input.format(v, input.decimals > 2 ? 3 : input.decimals) },
    },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: {
        interval: 0,
        formatter: (v: string) => (input.items.find((i) => i.name === v)?.focus ? `{focus|${v}}` : v),
        rich: { focus: { color: FOCUS_COLOR, fontWeight: 'bold' } },
      },
    },
    series: [
      {
        type: 'bar',
        name: input.valueName,
        data: input.items.map((i) => ({
          value: i.value,
          itemStyle: {
            color: i.focus
              ? FOCUS_COLOR
              : input.signed && i.value !== null && i.value < 0
                ? NEGATIVE_COLOR
                : input.signed
                  ? POSITIVE_COLOR
                  : '#61a0a8',
          },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p) =>
            typeof p.value === 'number' ? input.format(p.value, input.decimals) : input.missingLabel,
        },
      },
    ],
  };
}
