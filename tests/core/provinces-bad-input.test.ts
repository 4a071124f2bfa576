/**
 * The Provinces page's bad-input corpus (tests/fixtures/bad-input-provinces): boundary files
 * whose geometry would break the map and provincial tables that yield no row. Each is
 * refused with its reason, before anything loaded is touched.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMetricsFile } from '../../src/core/import/metrics-file';
import type { IssueCode } from '../../src/core/issues';
import { readProvinceGeoJson } from '../../src/core/load/geojson-provinces';
import type { GeoJsonProblem } from '../../src/core/load/geojson-provinces';
import { loadProvincesCsv, provinceGazetteer } from '../../src/core/load/provinces';

const DIR = new URL('../fixtures/bad-input-provinces/', import.meta.url);
const gz = provinceGazetteer(
  loadProvincesCsv(readFileSync(new URL('../../data/cn/provinces.csv', import.meta.url), 'utf8')).rows,
);

const MAPS: Record<string, GeoJsonProblem> = {
  'geojson-null-geometry.json': 'no-geometry',
  'geojson-point.json': 'geometry-type',
  'geojson-empty-coordinates.json': 'bad-coordinates',
  'geojson-non-numeric-coordinates.json': 'bad-coordinates',
};
/** Issue codes of the reading; [] for a table read whole that has no data row. */
const TABLES: Record<string, IssueCode[]> = {
  'provincial-header-only.csv': [],
  'provincial-binary.csv': ['binary-file'],
  'provincial-wrong-columns.csv': ['missing-column'],
};

describe('bad-input-provinces corpus', () => {
  it('has a case for every file', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'README.md');
    expect(files.sort()).toEqual([...Object.keys(MAPS), ...Object.keys(TABLES)].sort());
  });

  it.each(Object.entries(MAPS))('%s is refused as %s, naming the feature', (file, code) => {
    const out = readProvinceGeoJson(readFileSync(new URL(file, DIR), 'utf8'), gz);
    expect(out).toMatchObject({ code, params: { feature: 1, name: '北京市' } });
  });

  it.each(Object.entries(TABLES))('%s gives no row, with %j', async (file, codes) => {
    const out = await readMetricsFile(file, new Uint8Array(readFileSync(new URL(file, DIR))), {
      provinces: gz,
    });
    expect(out.rows).toEqual([]);
    expect(out.issues.map((i) => i.code)).toEqual(codes);
  });
});
