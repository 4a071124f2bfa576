// The chart kinds only some pages draw, and the export's own parts: each is a chunk of its
// own (./parts), registered through setup.ts when an option first needs it.
import type { registerMap as registerGeometry } from 'echarts/core';
import { loadEngine } from './engine';
import type { Parts } from './setup';

/** Parts registered on demand; each import is a chunk of its own. */
const LAZY = {
  /** Map series and the piecewise visual map. */
  map: () => import('./parts/map'),
  bar: () => import('./parts/bar'),
  scatter: () => import('./parts/scatter'),
  boxplot: () => import('./parts/boxplot'),
  /** Series labels that hide when they overlap (presenter mode). */
  labelLayout: () => import('./parts/label-layout'),
  markLine: () => import('./parts/mark-line'),
  title: () => import('./parts/title'),
  /** The SVG renderer and the graphic component (export only). */
  still: () => import('./parts/still'),
} satisfies Record<string, () => Promise<{ parts: Parts }>>;

export type LazyPart = keyof typeof LAZY;

const registered = new Set<LazyPart>();
const pending = new Map<LazyPart, Promise<void>>();
const listeners = new Set<() => void>();

function loadPart(part: LazyPart): Promise<void> {
  if (registered.has(part)) return Promise.resolve();
  let p = pending.get(part);
  if (!p) {
    p = Promise.all([LAZY[part](), loadEngine()]).then(
      ([mod, engine]) => {
        engine.register(mod.parts);
        registered.add(part);
        pending.delete(part);
        for (const l of listeners) l();
      },
      (err: unknown) => {
        // A failed chunk load may succeed on the next attempt.
        pending.delete(part);
        throw err;
      },
    );
    pending.set(part, p);
  }
  return p;
}

/** Registers the given parts (once each); resolves when all are registered. */
export async function loadParts(parts: Iterable<LazyPart>): Promise<void> {
  await Promise.all([...parts].map(loadPart));
}

/** Whether every one of `parts` is registered already. */
export function partsRegistered(parts: readonly LazyPart[]): boolean {
  return parts.every((p) => registered.has(p));
}

/** Calls `listener` whenever a part has been registered; returns the unsubscribe function. */
export function onPartsRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const SERIES_PART: Partial<Record<string, LazyPart>> = {
  map: 'map',
  bar: 'bar',
  scatter: 'scatter',
  boxplot: 'boxplot',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The lazily registered parts an option draws with, in a fixed order: from its series
 * (type map, bar, scatter or boxplot; a labelLayout; a markLine) and its components (a visual
 * map, registered with the map series; a title).
 */
export function partsFor(option: object): LazyPart[] {
  const { series, visualMap, title } = option as { series?: unknown; visualMap?: unknown; title?: unknown };
  const found = new Set<LazyPart>();
  for (const s of Array.isArray(series) ? series : [series]) {
    if (!isObject(s)) continue;
    const part = typeof s.type === 'string' ? SERIES_PART[s.type] : undefined;
    if (part) found.add(part);
    if (s.labelLayout !== undefined) found.add('labelLayout');
    if (s.markLine !== undefined) found.add('markLine');
  }
  if (visualMap !== undefined) found.add('map');
  if (title !== undefined) found.add('title');
  return (Object.keys(LAZY) as LazyPart[]).filter((p) => found.has(p));
}

/** The geometry a map series draws, as ECharts takes it (GeoJSON or SVG). */
export type MapGeometry = Parameters<typeof registerGeometry>[1];

/**
 * Registers a map's geometry under `name`, for map series that name it. The map series'
 * part comes first: ECharts' registerMap does nothing without it.
 */
export async function registerMap(name: string, geometry: MapGeometry): Promise<void> {
  await loadParts(['map']);
  (await loadEngine()).registerGeometry(name, geometry);
}
