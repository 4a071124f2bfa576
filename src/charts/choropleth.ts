import { escapeHtml } from './escape';
import type { NumberFormat } from './common';
import type { ChartOption } from './types';

/** A band of the legend: its bounds (as ECharts pieces take them), label and colour. */
export interface ChoroplethBand {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  label: string;
  color: string;
}

export interface ChoroplethInput {
  /** The name under which the geometry was registered (echarts.registerMap). */
  mapName: string;
  /** ISO3 → value; countries absent or null are drawn in the "not assessed" grey. */
  values: ReadonlyMap<string, number | null>;
  /** ISO3 → display name (escaped here before it reaches the tooltip). */
  names: ReadonlyMap<string, string>;
  bands: readonly ChoroplethBand[];
  seriesName: string;
  format: NumberFormat;
  missingLabel: string;
  /** Text for map areas the survey does not cover (territories). */
  notCoveredLabel: string;
}

export const MISSING_COLOR = '#d9dde3';

/**
 * A world choropleth keyed by ISO3 (the geometry's `iso_a3` property), with a piecewise
 * legend of fixed bands (the same [0, 1] scale in every edition, so colours compare
 * across years). Missing values are grey and listed as not assessed, never as zero.
 */
export function choropleth(input: ChoroplethInput): ChartOption {
  const data = [...input.values]
    .filter((e): e is [string, number] => e[1] !== null)
    .map(([name, value]) => ({ name, value }));
  return {
    animation: false,
    aria: { enabled: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const iso3 = String(item?.name ?? '');
        const name = input.names.get(iso3);
        if (name === undefined) return escapeHtml(input.notCoveredLabel);
        const v = input.values.get(iso3);
        const shown = typeof v === 'number' ? input.format(v, 4) : input.missingLabel;
        return `${escapeHtml(name)}<br/>${escapeHtml(input.seriesName)}: ${escapeHtml(shown)}`;
      },
    },
    visualMap: {
      type: 'piecewise',
      left: 8,
      bottom: 8,
      pieces: input.bands.map((b) => ({ ...b })),
      outOfRange: { color: MISSING_COLOR },
      textStyle: { fontSize: 12 },
    },
    series: [
      {
        type: 'map',
        map: input.mapName,
        name: input.seriesName,
        nameProperty: 'iso_a3',
        roam: true,
        selectedMode: false,
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f6c85f' } },
        itemStyle: { areaColor: MISSING_COLOR, borderColor: '#ffffff', borderWidth: 0.5 },
        data,
      },
    ],
  };
}
