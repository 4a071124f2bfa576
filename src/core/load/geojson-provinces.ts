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

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Reads a GeoJSON FeatureCollection of China's provinces supplied by the user (an
 * approved standard map; the app ships no boundary file). Each feature is matched by
 * `properties.name` (浙江省, 浙江, Zhejiang) or `properties.adcode` (330000) to a province
 * code. Returns an error message for anything that is not such a file; names are kept as
 * data only (the caller shows them as text).
 */
export function readProvinceGeoJson(text: string, provinces: Gazetteer): ProvinceGeoJson | { error: string } {
  if (text.length > MAX_BYTES) return { error: 'file larger than 50 MB' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { type?: unknown }).type !== 'FeatureCollection' ||
    !Array.isArray((data as { features?: unknown }).features)
  ) {
    return { error: 'not a GeoJSON FeatureCollection' };
  }
  const features = (data as { features: unknown[] }).features;
  const codeByName = new Map<string, string>();
  const unmatched: string[] = [];
  for (const f of features) {
    const props = (f as { properties?: Record<string, unknown> } | null)?.properties ?? {};
    const name = typeof props['name'] === 'string' ? props['name'] : '';
    const adcode =
      typeof props['adcode'] === 'number' || typeof props['adcode'] === 'string'
        ? String(props['adcode'])
        : '';
    const code = (name && provinces.resolve(name)) || (adcode && provinces.resolve(adcode)) || null;
    if (code && name) codeByName.set(name, code);
    else unmatched.push(name || adcode || '(unnamed)');
  }
  if (codeByName.size === 0) return { error: 'no feature matches a provincial-level division' };
  return { geojson: { type: 'FeatureCollection', features }, codeByName, unmatched };
}
