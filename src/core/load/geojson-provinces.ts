import type { Gazetteer } from './gazetteer';

/** A user's province boundary file, checked and matched to GB/T 2260 codes. */
export interface ProvinceGeoJson {
  /** The parsed FeatureCollection, to hand to the chart library as is. */
  geojson: { type: 'FeatureCollection'; features: unknown[] };
  /** Feature name (properties.name) -> province code. */
  codeByName: Map<string, string>;
  /** Feature names that are no provincial-level division (e.g. 南海诸岛 insets). */
  unmatched: string[];
}

/** Why a file cannot be used as a map; the UI words it by `code` and `params`. */
export type GeoJsonProblem =
  | 'too-large'
  | 'not-json'
  | 'not-feature-collection'
  | 'not-a-feature'
  | 'no-geometry'
  | 'geometry-type'
  | 'bad-coordinates'
  | 'no-match';

export interface GeoJsonRefusal {
  /** English, for logs and tests. */
  error: string;
  code: GeoJsonProblem;
  /** `feature` (1-based), `name`, `type` as the file has them: data, shown as text. */
  params: Record<string, string | number>;
}

const MAX_BYTES = 50 * 1024 * 1024;

/** The geometry types a map can draw: areas, and lines (a standard map's boundary lines). */
const DRAWABLE = ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'] as const;
type Drawable = (typeof DRAWABLE)[number];

const isPosition = (p: unknown) =>
  Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
/** A line: at least two positions; a ring: at least four. */
const isLine = (l: unknown, min: number) => Array.isArray(l) && l.length >= min && l.every(isPosition);
const isRings = (r: unknown) => Array.isArray(r) && r.length > 0 && r.every((ring) => isLine(ring, 4));

/** Whether the coordinates have the shape their type needs, every number finite. */
function validCoordinates(type: Drawable, c: unknown): boolean {
  switch (type) {
    case 'LineString':
      return isLine(c, 2);
    case 'MultiLineString':
      return Array.isArray(c) && c.length > 0 && c.every((l) => isLine(l, 2));
    case 'Polygon':
      return isRings(c);
    case 'MultiPolygon':
      return Array.isArray(c) && c.length > 0 && c.every(isRings);
  }
}

const refuse = (code: GeoJsonProblem, error: string, params: Record<string, string | number> = {}) => ({
  error,
  code,
  params,
});

/**
 * Reads a GeoJSON FeatureCollection of China's provinces supplied by the user (an
 * approved standard map; the app ships no boundary file). Each feature is matched by
 * `properties.name` (浙江省, 浙江, Zhejiang) or `properties.adcode` (330000) to a province
 * code. Every feature must be drawable: a Polygon, MultiPolygon, LineString or
 * MultiLineString whose coordinates are arrays of finite numbers of the right depth; a
 * feature without geometry, a Point, or empty or non-numeric coordinates refuses the whole
 * file, naming the feature and the reason, so a map that would break the chart is never
 * drawn. Names are kept as data only (the caller shows them as text).
 */
export function readProvinceGeoJson(text: string, provinces: Gazetteer): ProvinceGeoJson | GeoJsonRefusal {
  if (text.length > MAX_BYTES) return refuse('too-large', 'file larger than 50 MB', { limit: 50 });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('not-json', 'not JSON');
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { type?: unknown }).type !== 'FeatureCollection' ||
    !Array.isArray((data as { features?: unknown }).features)
  ) {
    return refuse('not-feature-collection', 'not a GeoJSON FeatureCollection');
  }
  const features = (data as { features: unknown[] }).features;
  const codeByName = new Map<string, string>();
  const unmatched: string[] = [];
  for (const [i, f] of features.entries()) {
    const feature = i + 1;
    if (typeof f !== 'object' || f === null || (f as { type?: unknown }).type !== 'Feature')
      return refuse('not-a-feature', `feature ${feature} is not a GeoJSON Feature`, { feature });
    const rawProps = (f as { properties?: unknown }).properties;
    const props =
      typeof rawProps === 'object' && rawProps !== null ? (rawProps as Record<string, unknown>) : {};
    const name = typeof props['name'] === 'string' ? props['name'] : '';
    const adcode =
      typeof props['adcode'] === 'number' || typeof props['adcode'] === 'string'
        ? String(props['adcode'])
        : '';
    const label = name || adcode || '—';
    const geometry = (f as { geometry?: unknown }).geometry;
    if (typeof geometry !== 'object' || geometry === null)
      return refuse('no-geometry', `feature ${feature} (${label}) has no geometry`, { feature, name: label });
    const type = (geometry as { type?: unknown }).type;
    if (typeof type !== 'string' || !(DRAWABLE as readonly string[]).includes(type))
      return refuse(
        'geometry-type',
        `feature ${feature} (${label}) is a ${String(type)}, not an area or a line`,
        {
          feature,
          name: label,
          type: typeof type === 'string' ? type : '—',
        },
      );
    if (!validCoordinates(type as Drawable, (geometry as { coordinates?: unknown }).coordinates))
      return refuse('bad-coordinates', `feature ${feature} (${label}) has empty or non-numeric coordinates`, {
        feature,
        name: label,
        type,
      });
    const code = (name && provinces.resolve(name)) || (adcode && provinces.resolve(adcode)) || null;
    if (code && name) codeByName.set(name, code);
    else unmatched.push(name || adcode || '(unnamed)');
  }
  if (codeByName.size === 0) return refuse('no-match', 'no feature matches a provincial-level division');
  return { geojson: { type: 'FeatureCollection', features }, codeByName, unmatched };
}
