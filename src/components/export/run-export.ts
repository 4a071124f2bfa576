// Loaded only when the user exports: the citation footer, the file name and the writers
// (still images through components/echarts/render-still, the XLSX writer on demand).
import type { ChartOption } from '../../charts/types';
import { tableToCsv } from '../../core/export/csv';
import type { ExportTable } from '../../core/export/csv';
import { exportFileName } from '../../core/export/file-name';
import type { ExportKind, ExportSpec } from '../echarts/export-spec';
import { renderPng, renderSvg } from '../echarts/render-still';
import { saveBlob } from '../save-blob';

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

/**
 * Rows a plain (wrapping) legend needs at the export width, estimated from the series
 * names: about 7 px per Latin character, 14 px per CJK character, 40 px per symbol.
 */
function legendRows(option: ChartOption): number {
  const series = (option as { series?: unknown }).series;
  const names = (Array.isArray(series) ? series : [series]).flatMap((x) =>
    typeof x === 'object' && x !== null && typeof (x as { name?: unknown }).name === 'string'
      ? [(x as { name: string }).name]
      : [],
  );
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const cjk = name.match(/[\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0;
    const w = 40 + 14 * cjk + 7 * (name.length - cjk);
    if (used > 0 && used + w > WIDTH - 40) {
      rows++;
      used = 0;
    }
    used += w;
  }
  return rows;
}

/**
 * The chart option for a still image: the legend shows every entry (a scrolling legend
 * would hide some), grids move down to make room when it wraps, and the footer lines are
 * drawn under the chart. Returns the option and the image height.
 */
function withFooter(
  option: ChartOption,
  lines: readonly string[],
): { option: Record<string, unknown>; height: number } {
  const footerHeight = lines.length * LINE + 16;
  const legend = (option as { legend?: unknown }).legend;
  const extra = legend === undefined ? 0 : (legendRows(option) - 1) * 24;
  const grid = (option as { grid?: unknown }).grid;
  const place = (g: unknown) => {
    const o = (typeof g === 'object' && g !== null ? g : {}) as { bottom?: unknown; top?: unknown };
    return {
      ...o,
      ...(typeof o.top === 'number' ? { top: o.top + extra } : {}),
      bottom: (typeof o.bottom === 'number' ? o.bottom : 40) + footerHeight,
    };
  };
  const plain = (l: unknown) => ({ ...(typeof l === 'object' && l !== null ? l : {}), type: 'plain' });
  return {
    height: HEIGHT + extra,
    option: {
      ...option,
      ...(legend === undefined ? {} : { legend: Array.isArray(legend) ? legend.map(plain) : plain(legend) }),
      animation: false,
      backgroundColor: '#ffffff',
      grid: Array.isArray(grid) ? grid.map(place) : place(grid),
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
    },
  };
}

/**
 * The chart as an SVG document with its footer lines. ECharts escapes every text it writes
 * (names, footer), so untrusted names cannot become markup in the file.
 */
export function chartSvg(option: ChartOption, lines: readonly string[]): Promise<string> {
  const { option: full, height } = withFooter(option, lines);
  return renderSvg(full, { width: WIDTH, height });
}

async function renderXlsx(table: ExportTable, spec: ExportSpec, texts: ExportTexts): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = table.columns.map((value) => ({ value, fontWeight: 'bold' as const }));
  // A number keeps its published decimals on screen in Excel and WPS (0.22270): a number
  // format per column where the table gives its decimals.
  const format = (i: number) => {
    const d = table.decimals?.[i];
    return d === null || d === undefined ? undefined : d === 0 ? '0' : `0.${'0'.repeat(d)}`;
  };
  const data = [
    header,
    ...table.rows.map((r) =>
      r.map((c, i) => {
        if (c === null) return null;
        const f = typeof c === 'number' ? format(i) : undefined;
        return f ? { value: c, format: f } : c;
      }),
    ),
  ];
  // XLSX cells are written as text (never formulas), so user text needs no apostrophe here.
  const source = [
    [spec.title],
    [spec.source],
    ...(spec.notes ?? []).map((n) => [n]),
    ...(spec.filters ?? []),
    ...(spec.citation ?? []).map((c) => [c]),
    [texts.exported],
    [texts.empty],
  ];
  const findings = spec.findings ?? [];
  return writeXlsxFile([
    { data, sheet: 'data' },
    { data: source, sheet: 'source' },
    ...(findings.length > 0
      ? [
          {
            data: [
              [{ value: spec.findingsTitle ?? '', fontWeight: 'bold' as const }],
              ...findings.map((f) => [f]),
            ],
            sheet: 'findings',
          },
        ]
      : []),
  ]).toBlob();
}

/**
 * The lines under a CSV export's table: title, source, notes, filters, the citation, the
 * export date, what an empty cell means, then the key findings under their heading. One
 * or two cells a line, so the import reads the whole footer back as notes, not rows.
 */
export function csvNotes(spec: ExportSpec, texts: ExportTexts): (string | [string, string])[] {
  const findings = spec.findings ?? [];
  return [
    spec.title,
    spec.source,
    ...(spec.notes ?? []),
    ...(spec.filters ?? []),
    ...(spec.citation ?? []),
    texts.exported,
    texts.empty,
    ...(findings.length > 0 ? [spec.findingsTitle ?? '', ...findings] : []),
  ];
}

/** Writes one export and starts its download; returns the file name. */
export async function runExport(spec: ExportSpec, kind: ExportKind, texts: ExportTexts): Promise<string> {
  const full = kind === 'full-csv' || kind === 'full-xlsx';
  const table = full && spec.full ? (typeof spec.full === 'function' ? spec.full() : spec.full) : spec.data;
  const lines = footerLines(spec, texts);
  const ext = kind === 'full-csv' ? 'csv' : kind === 'full-xlsx' ? 'xlsx' : kind;
  const name = exportFileName(
    [...spec.fileParts, full ? (spec.fullSpan ? 'all-indices' : 'all-editions') : null, texts.lang],
    ext,
  );
  let blob: Blob;
  if (kind === 'png' || kind === 'svg') {
    if (!spec.option) throw new Error('no chart to export');
    if (kind === 'png') {
      const { option, height } = withFooter(spec.option, lines);
      blob = await renderPng(option, { width: WIDTH, height });
    } else {
      blob = new Blob([await chartSvg(spec.option, lines)], { type: 'image/svg+xml' });
    }
  } else if (ext === 'csv') {
    const notes = csvNotes(spec, texts);
    blob = new Blob([tableToCsv(table, notes)], { type: 'text/csv;charset=utf-8' });
  } else {
    blob = await renderXlsx(table, spec, texts);
  }
  saveBlob(blob, name);
  return name;
}
