// Loaded only when the user exports: registers the SVG renderer and the graphic
// component (for the citation footer) and, on demand, the XLSX writer.
import { GraphicComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from '../echarts-setup';
import type { ChartOption } from '../../charts/types';
import { tableToCsv } from '../../core/export/csv';
import type { ExportTable } from '../../core/export/csv';
import { exportFileName } from '../../core/export/file-name';
import type { ExportKind, ExportSpec } from '../export-menu';
import { saveBlob } from '../save-blob';

echarts.use([GraphicComponent, SVGRenderer]);

export interface ExportTexts {
  /** "Exported on 2026-01-02". */
  exported: string;
  /** What an empty cell means. */
  empty: string;
  lang: string;
}

const WIDTH = 1200;
const HEIGHT = 640;
const LINE = 20;

/** Title, citation, notes, filters and export date: what every exported file carries. */
function footerLines(spec: ExportSpec, texts: ExportTexts): string[] {
  const filters = (spec.filters ?? []).map(([k, v]) => `${k}: ${v}`);
  return [spec.title, spec.source, ...(spec.notes ?? []), ...filters, texts.exported];
}

/** The chart option with room at the bottom and the footer lines drawn there. */
function withFooter(option: ChartOption, lines: readonly string[]): Record<string, unknown> {
  const footerHeight = lines.length * LINE + 16;
  const grid = (option as { grid?: unknown }).grid;
  const lift = (g: unknown) => {
    const o = (typeof g === 'object' && g !== null ? g : {}) as { bottom?: unknown };
    return { ...o, bottom: (typeof o.bottom === 'number' ? o.bottom : 40) + footerHeight };
  };
  return {
    ...option,
    animation: false,
    backgroundColor: '#ffffff',
    grid: Array.isArray(grid) ? grid.map(lift) : lift(grid),
    graphic: lines.map((text, i) => ({
      type: 'text',
      left: 16,
      bottom: 8 + (lines.length - 1 - i) * LINE,
      style: {
        text,
        fill: i === 0 ? '#1d2433' : '#5b6477',
        font: `${i === 0 ? 'bold ' : ''}14px sans-serif`,
      },
    })),
  };
}

function renderPng(option: Record<string, unknown>): Blob {
  const el = document.createElement('div');
  el.style.cssText = `position:fixed;left:-10000px;top:0;width:${WIDTH}px;height:${HEIGHT}px`;
  document.body.appendChild(el);
  const chart = echarts.init(el, undefined, { renderer: 'canvas', width: WIDTH, height: HEIGHT });
  try {
    chart.setOption(option);
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type: 'image/png' });
  } finally {
    chart.dispose();
    el.remove();
  }
}

function renderSvg(option: Record<string, unknown>): Blob {
  // Server-side-style rendering: no DOM element, the SVG comes back as a string.
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption(option);
    return new Blob([chart.renderToSVGString()], { type: 'image/svg+xml' });
  } finally {
    chart.dispose();
  }
}

async function renderXlsx(table: ExportTable, spec: ExportSpec, texts: ExportTexts): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = table.columns.map((value) => ({ value, fontWeight: 'bold' as const }));
  const data = [header, ...table.rows.map((r) => r.map((c) => (c === null ? null : c)))];
  // XLSX cells are written as text (never formulas), so user text needs no apostrophe here.
  const source = [
    [spec.title],
    [spec.source],
    ...(spec.notes ?? []).map((n) => [n]),
    ...(spec.filters ?? []),
    [texts.exported],
    [texts.empty],
  ];
  return writeXlsxFile([
    { data, sheet: 'data' },
    { data: source, sheet: 'source' },
  ]).toBlob();
}

/** Writes one export and starts its download; returns the file name. */
export async function runExport(spec: ExportSpec, kind: ExportKind, texts: ExportTexts): Promise<string> {
  const full = kind === 'full-csv' || kind === 'full-xlsx';
  const table = full && spec.full ? (typeof spec.full === 'function' ? spec.full() : spec.full) : spec.data;
  const lines = footerLines(spec, texts);
  const ext = kind === 'full-csv' ? 'csv' : kind === 'full-xlsx' ? 'xlsx' : kind;
  const name = exportFileName([...spec.fileParts, full ? 'all-editions' : null, texts.lang], ext);
  let blob: Blob;
  if (kind === 'png' || kind === 'svg') {
    if (!spec.option) throw new Error('no chart to export');
    const option = withFooter(spec.option, lines);
    blob = kind === 'png' ? renderPng(option) : renderSvg(option);
  } else if (ext === 'csv') {
    const notes = [
      spec.title,
      spec.source,
      ...(spec.notes ?? []),
      ...(spec.filters ?? []),
      texts.exported,
      texts.empty,
    ];
    blob = new Blob([tableToCsv(table, notes)], { type: 'text/csv;charset=utf-8' });
  } else {
    blob = await renderXlsx(table, spec, texts);
  }
  saveBlob(blob, name);
  return name;
}
