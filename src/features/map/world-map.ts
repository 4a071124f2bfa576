// Registers the map chart kinds and the world geometry only when the Map page opens, so
// neither is part of the first page.
import geoUrl from '@surbowl/world-geo-json-zh/world.zh.json?url';
import { MapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent } from 'echarts/components';
import { echarts } from '../../components/echarts-setup';

echarts.use([MapChart, VisualMapPiecewiseComponent]);

export const WORLD_MAP = 'world-zh';

let loading: Promise<void> | null = null;

/**
 * Fetches the Chinese-standard world map (from @surbowl/world-geo-json-zh, emitted by Vite
 * into this app's own assets: no third-party request) and registers it once.
 */
export function loadWorldMap(): Promise<void> {
  loading ??= fetch(geoUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`${geoUrl}: HTTP ${res.status}`);
      return res.json() as Promise<Parameters<typeof echarts.registerMap>[1]>;
    })
    .then((geo) => {
      echarts.registerMap(WORLD_MAP, geo);
    })
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}
