import { escapeHtml } from './escape';
import type { ChartOption } from './types';

export interface GeoMapArea {
  /** The feature's name in the user's file (matched by ECharts on properties.name). */
  name: string;
  colour: string;
  /** What the tooltip says: the province and its figure, or "no data". */
  label: string;
}

/**
 * A choropleth on a boundary file the user loaded (registered under `mapName`), coloured
 * with the same colours as the tile map. Area names come from the user's file, so the
 * tooltip escapes them.
 */
export function provinceGeoMap(
  mapName: string,
  areas: readonly GeoMapArea[],
  noDataColour: string,
): ChartOption {
  const labelOf = new Map(areas.map((a) => [a.name, a.label]));
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const one = Array.isArray(p) ? p[0] : p;
        const name = one?.name ?? '';
        return escapeHtml(labelOf.get(name) ?? name);
      },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        roam: true,
        nameProperty: 'name',
        label: { show: false },
        itemStyle: { areaColor: noDataColour, borderColor: '#ffffff', borderWidth: 0.8 },
        emphasis: { label: { show: false }, itemStyle: { borderColor: '#1d2433', borderWidth: 1.5 } },
        select: { disabled: true },
        data: areas.map((a) => ({ name: a.name, itemStyle: { areaColor: a.colour } })),
      },
    ],
  };
}
