/** Matching a user's province boundary file to codes; the geometries are made-up squares. */
import { describe, expect, it } from 'vitest';
import { readProvinceGeoJson } from '../../src/core/load/geojson-provinces';
import { loadProvincesCsv, provinceGazetteer } from '../../src/core/load/provinces';

const gz = provinceGazetteer(
  loadProvincesCsv(
    'code,name_zh,short_zh,name_en,row,col\n33,浙江省,浙江,Zhejiang,0,0\n44,广东省,广东,Guangdong,1,0\n',
  ).rows,
);
const square = [
  [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [0, 0],
  ],
];
const feature = (properties: Record<string, unknown>) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: square },
});
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('readProvinceGeoJson', () => {
  it('matches by name in either form and by adcode, and lists what it cannot match', () => {
    const out = readProvinceGeoJson(
      fc(
        feature({ name: '浙江省' }),
        feature({ name: 'Guangdong' }),
        feature({ name: '南海诸岛', adcode: '100000' }),
      ),
      gz,
    );
    expect('error' in out).toBe(false);
    if ('error' in out) return;
    expect([...out.codeByName]).toEqual([
      ['浙江省', '33'],
      ['Guangdong', '44'],
    ]);
    expect(out.unmatched).toEqual(['南海诸岛']);
  });

  it('uses the adcode when the name is not a province name', () => {
    const out = readProvinceGeoJson(fc(feature({ name: 'ZJ', adcode: 330000 })), gz);
    expect('error' in out ? out.error : [...out.codeByName]).toEqual([['ZJ', '33']]);
  });

  it.each([
    ['{', 'not JSON'],
    ['{"type":"Feature"}', 'not a GeoJSON FeatureCollection'],
    [fc(feature({ name: 'Atlantis' })), 'no feature matches a provincial-level division'],
  ])('refuses %s', (text, error) => {
    expect(readProvinceGeoJson(text, gz)).toEqual({ error });
  });
});
