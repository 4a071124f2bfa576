// Registers the world geometry only when the Map page opens, so it is not part of the first
// page (the map chart kinds are registered lazily by components/echarts/setup).
import geoUrl from '@surbowl/world-geo-json-zh/world.zh.json?url';
import { loadParts, registerMap } from '../../components/echarts/lazy-parts';
import type { MapGeometry } from '../../components/echarts/lazy-parts';

export const WORLD_MAP = 'world-zh';

let loading: Promise<void> | null = null;

/**
 * Fetches the Chinese-standard world map (from @surbowl/world-geo-json-zh, emitted by Vite
 * into this app's own assets: no third-party request) and registers it once.
 */
export function loadWorldMap(): Promise<void> {
  if (loading) return loading;
  const geometry = fetch(geoUrl).then((res) => {
    if (!res.ok) throw new Error(`${geoUrl}: HTTP ${res.status}`);
    return res.json() as Promise<MapGeometry>;
  });
  // The map series' code loads while the geometry downloads.
  loading = Promise.all([geometry, loadParts(['map'])])
    .then(([geo]) => registerMap(WORLD_MAP, geo))
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}
