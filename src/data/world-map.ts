import geoUrl from '@surbowl/world-geo-json-zh/world.zh.json?url';
import { defineSource, fetchText } from './source';

/**
 * The Chinese-standard world map (from @surbowl/world-geo-json-zh, emitted by Vite into the
 * app's own assets: no third-party request), as parsed GeoJSON. The Map view registers it
 * with ECharts.
 */
export const worldMap = defineSource<unknown>('world-map', async () => ({
  value: JSON.parse(await fetchText(geoUrl)) as unknown,
  issues: [],
}));
