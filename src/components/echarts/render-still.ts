// Still images of a chart for export, drawn with the same registrations as the charts on
// screen (setup.ts). The SVG renderer and the graphic component are registered on the
// first export, so they stay out of every page until then.
import type { EChartsCoreOption } from 'echarts/core';
import { init } from './setup';
import { loadParts, partsFor } from './lazy-parts';

export interface StillSize {
  width: number;
  height: number;
}

/** Registers what `option` draws with, plus the export's own parts. */
const ready = (option: EChartsCoreOption) => loadParts([...partsFor(option), 'still']);

/**
 * The option drawn as a PNG at `pixelRatio` times the size, on a white background, in an
 * element off screen (removed again).
 */
export async function renderPng(option: EChartsCoreOption, size: StillSize, pixelRatio = 2): Promise<Blob> {
  await ready(option);
  const el = document.createElement('div');
  el.style.cssText = `position:fixed;left:-10000px;top:0;width:${size.width}px;height:${size.height}px`;
  document.body.appendChild(el);
  const chart = init(el, undefined, { renderer: 'canvas', ...size });
  try {
    chart.setOption(option);
    const url = chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#ffffff' });
    const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type: 'image/png' });
  } finally {
    chart.dispose();
    el.remove();
  }
}

/**
 * The option drawn as an SVG document, without a DOM element (ECharts' server-side mode,
 * so this also runs in Node). ECharts escapes every text it writes.
 */
export async function renderSvg(option: EChartsCoreOption, size: StillSize): Promise<string> {
  await ready(option);
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
