// The one place that registers ECharts parts (every `echarts.use` of the app is in this
// file). What every page draws (lines, grid, legend, tooltip, aria) is registered here at
// once. What only some pages or modes draw (bars, maps, scatters, box plots, presenter
// mode's label layout) and the export's SVG renderer live in ./parts: lazy-parts.ts loads
// each, as a chunk of its own, when an option first needs it and registers it through
// `register`, so the map and geo code stay out of the first page. The build puts this
// file and its imports in one chunk (vite.config.ts), so nothing here imports lazily; the
// app loads that chunk through engine.ts, beside the first view.
import { dispose, getInstanceByDom, init, registerMap, use as install } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

install([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

/** Chart kinds, components or renderers, as `echarts/charts` and the others export them. */
export type Parts = Parameters<typeof install>[0];

/** Registers parts that load later (see lazy-parts.ts). */
export function register(parts: Parts): void {
  install(parts);
}

/**
 * What echarts-for-react calls on its `echarts` prop, and nothing more: passing the whole
 * `echarts/core` namespace would keep every export of it in the bundle.
 */
export const engine = { init, dispose, getInstanceByDom };

/** For this folder only (still images); charts on screen go through e-chart.tsx. */
export { init };

/** Registers a map's geometry (lazy-parts.ts, after the map series' part). */
export { registerMap as registerGeometry };
