/**
 * Checks on data/cn/ (written by scripts/build-cn-data.ts). Expected values are read
 * from the shipped files themselves, never typed in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMetricsCsv } from '../../src/core/load/metrics';
import {
  idDerivedMetricName,
  loadMetricCatalogueCsv,
  metricResolver,
} from '../../src/core/load/metric-catalogue';
import { loadProvincesCsv, provinceGazetteer } from '../../src/core/load/provinces';
import { parseDelimited } from '../../src/core/load/delimited';
import { loadCitationsCsv } from '../../src/core/load/citations';

const read = (name: string) => readFileSync(new URL(`../../data/cn/${name}`, import.meta.url), 'utf8');
const provinces = loadProvincesCsv(read('provinces.csv'));
const catalogue = loadMetricCatalogueCsv(read('metric-catalogue.csv'));
const metricsText = read('metrics.csv');
const metrics = loadMetricsCsv(metricsText, {
  provinces: provinceGazetteer(provinces.rows),
  resolveMetric: metricResolver(catalogue.rows),
  requireCitation: true,
});

describe('data/cn', () => {
  it('loads without errors or warnings', () => {
    expect(provinces.issues).toEqual([]);
    expect(catalogue.issues).toEqual([]);
    expect(metrics.issues).toEqual([]);
  });

  it('has every data row of metrics.csv as a loaded row', () => {
    expect(metrics.rows.length).toBe(parseDelimited(metricsText).rows.length);
    expect(metrics.rows.length).toBeGreaterThan(0);
  });

  it('lists the 34 provincial-level divisions once each, on distinct tiles, including 台湾, 香港, 澳门', () => {
    expect(provinces.rows).toHaveLength(34);
    expect(new Set(provinces.rows.map((p) => p.code)).size).toBe(34);
    expect(new Set(provinces.rows.map((p) => `${p.row},${p.col}`)).size).toBe(34);
    expect(provinces.rows.filter((p) => ['71', '81', '82'].includes(p.code)).map((p) => p.shortZh)).toEqual([
      '台湾',
      '香港',
      '澳门',
    ]);
  });

  it('gives every shipped row a citation, a quote, a unit and a scope', () => {
    const cited = loadCitationsCsv(read('citations.csv')).citations;
    const bad = metrics.rows.filter((r) => !cited.has(r.citationId) || !r.quote || !r.unit || !r.scope);
    expect(bad.map((r) => r.line)).toEqual([]);
  });

  it('uses only region codes of provinces.csv or 00', () => {
    const codes = new Set(['00', ...provinces.rows.map((p) => p.code)]);
    expect(metrics.rows.filter((r) => !codes.has(r.regionCode))).toEqual([]);
  });

  it('describes every metric in the catalogue, with one unit per metric', () => {
    const defs = new Map(catalogue.rows.map((d) => [d.id, d]));
    for (const r of metrics.rows) {
      expect(defs.get(r.metricId)?.unit, r.metricId).toBe(r.unit);
    }
    expect(catalogue.rows.every((d) => d.nameZh && d.nameEn && d.definitionZh && d.definitionEn)).toBe(true);
  });

  it('gives every metric a written English name, not the one derived from its id, and no two the same', () => {
    const fallback = catalogue.rows.filter(
      (d) => d.nameEn.toLowerCase() === idDerivedMetricName(d.id).toLowerCase(),
    );
    expect(fallback.map((d) => d.id)).toEqual([]);
    const names = catalogue.rows.map((d) => d.nameEn.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('gives every metric a Chinese definition and an English one, each in its own column', () => {
    // Chinese text in the Chinese column; no run of Chinese and no English sentence in the
    // wrong one; no "中文 / English" pair packed into one cell.
    const wrong = catalogue.rows.filter(
      (d) =>
        !/[\u4e00-\u9fff]/u.test(d.definitionZh) ||
        /[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}/.test(d.definitionZh) ||
        /[\u4e00-\u9fff]{2,}/u.test(d.definitionEn) ||
        !/^[A-Z“]/.test(d.definitionEn) ||
        / \/ /.test(d.definitionZh + d.definitionEn),
    );
    expect(wrong.map((d) => d.id)).toEqual([]);
  });

  it('keeps group values as labels and numeric values as numbers', () => {
    for (const r of metrics.rows) {
      if (r.unit === 'group') expect(r.group).not.toBeNull();
      else expect(Number.isFinite(r.value)).toBe(true);
    }
  });
});
