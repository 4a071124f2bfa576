// Registers the world geometry only when the Map page opens, so it is not part of the first
// page (the map chart kinds are registered lazily by components/echarts/lazy-parts).
import { loadParts, registerMap } from '../../components/echarts/lazy-parts';
import type { MapGeometry } from '../../components/echarts/lazy-parts';
import { worldMap } from '../../data/world-map';

export const WORLD_MAP = 'world-zh';

let loading: Promise<void> | null = null;

/** Loads the world map through the data layer and registers it with ECharts once. */
export function loadWorldMap(): Promise<void> {
  // The map series' code loads while the geometry downloads.
  loading ??= Promise.all([worldMap.get(), loadParts(['map'])])
    .then(([geo]) => registerMap(WORLD_MAP, geo as MapGeometry))
    .catch((err: unknown) => {
      loading = null;
      throw err;
    });
  return loading;
}
