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
    ['{', 'not-json'],
    ['{"type":"Feature"}', 'not-feature-collection'],
    [fc(feature({ name: 'Atlantis' })), 'no-match'],
  ])('refuses %s', (text, code) => {
    expect(readProvinceGeoJson(text, gz)).toMatchObject({ code });
  });

  // Issue 9 item 1: files the reader used to accept, whose geometry then broke the chart.
  const withGeometry = (geometry: unknown) =>
    fc(feature({ name: '广东省' }), { type: 'Feature', properties: { name: '浙江省' }, geometry });
  it.each([
    ['a null geometry', null, 'no-geometry', {}],
    ['no geometry at all', undefined, 'no-geometry', {}],
    ['a Point', { type: 'Point', coordinates: [120, 30] }, 'geometry-type', { type: 'Point' }],
    ['a GeometryCollection', { type: 'GeometryCollection', geometries: [] }, 'geometry-type', {}],
    ['empty coordinates', { type: 'Polygon', coordinates: [] }, 'bad-coordinates', {}],
    ['an empty ring', { type: 'Polygon', coordinates: [[]] }, 'bad-coordinates', {}],
    [
      'non-numeric coordinates',
      {
        type: 'Polygon',
        coordinates: [
          [
            ['a', 'b'],
            [1, 0],
            [1, 1],
            ['a', 'b'],
          ],
        ],
      },
      'bad-coordinates',
      {},
    ],
    [
      'a ring of three positions',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      'bad-coordinates',
      {},
    ],
    ['a polygon one level too shallow', { type: 'MultiPolygon', coordinates: square }, 'bad-coordinates', {}],
    ['no coordinates', { type: 'MultiPolygon' }, 'bad-coordinates', {}],
  ])('refuses a feature with %s, naming the feature', (_what, geometry, code, params) => {
    const out = readProvinceGeoJson(withGeometry(geometry), gz);
    expect(out).toMatchObject({ code, params: { feature: 2, name: '浙江省', ...params } });
  });

  it('refuses a list entry that is not a Feature', () => {
    expect(readProvinceGeoJson(fc(feature({ name: '浙江省' }), 'x'), gz)).toMatchObject({
      code: 'not-a-feature',
      params: { feature: 2 },
    });
  });

  it('accepts the boundary lines a standard map carries beside its areas', () => {
    const out = readProvinceGeoJson(
      fc(feature({ name: '浙江省' }), {
        type: 'Feature',
        properties: { name: '九段线' },
        geometry: {
          type: 'MultiLineString',
          coordinates: [
            [
              [110, 10],
              [111, 11],
            ],
          ],
        },
      }),
      gz,
    );
    expect('error' in out ? out.code : out.unmatched).toEqual(['九段线']);
  });
});
