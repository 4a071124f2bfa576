// Files as government offices save them (issue 9, item 6): a title row or two above the
// header, a header of two rows with merged cells; otherwise the user picks the header row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes, readFileTable } from '../../../src/core/import/read-file';
import { mergeHeaderRows, surveyHeaderFinder } from '../../../src/core/import/shapes';
import { readMetricsFile } from '../../../src/core/import/metrics-file';
import { readDelimited } from '../../../src/core/load/delimited';
import { loadProvincesCsv, provinceGazetteer } from '../../../src/core/load/provinces';
import { loadShipped } from '../../helpers/shipped';

const { gazetteer } = loadShipped();
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/bad-input/${name}`, import.meta.url)));
const bytes = (text: string) => new TextEncoder().encode(text);
const provinces = provinceGazetteer(
  loadProvincesCsv(readFileSync(new URL('../../../data/cn/provinces.csv', import.meta.url), 'utf8')).rows,
);
const values = (r: { rows: { iso3: string; egdi: number | null; egdiRank: number | null }[] }) =>
  r.rows.map((x) => [x.iso3, x.egdi, x.egdiRank]);

describe('the header below title rows', () => {
  it('finds it in a CSV and says which rows it skipped', async () => {
    const r = await importBytes('title-rows.csv', fixture('title-rows.csv'), gazetteer);
    expect(r.match?.shape).toBe('survey-wide');
    expect(r.headerRow).toBe(3);
    expect(values(r)).toEqual([
      ['CHN', 0.88123, 30],
      ['JPN', 0.9, 12],
    ]);
    expect(r.issues.find((i) => i.code === 'header-row')?.params).toEqual({ row: 3, skipped: 2 });
    // Row numbers stay the file's own.
    expect(r.dataRows).toBe(2);
  });

  it('reads a header of two rows, "EGDI" merged over "值/Value" and "排名/Rank"', async () => {
    const r = await importBytes('two-row-header.csv', fixture('two-row-header.csv'), gazetteer);
    expect(r.header).toEqual(['国家', '年份', 'EGDI', 'EGDI Rank', 'OSI', 'HCI', 'TII', 'EPI']);
    expect(r.rows[0]).toMatchObject({
      iso3: 'CHN',
      year: 2026,
      egdi: 0.88123,
      egdiRank: 30,
      osi: 0.9,
      epi: 0.87,
    });
    expect(r.issues.find((i) => i.code === 'two-row-header')?.params).toEqual({ first: 1, row: 2 });
    expect(r.rejectedRows).toBe(0);
  });

  it('reads a workbook with a merged title row over a merged two-row header', async () => {
    const r = await importBytes('title-merged-header.xlsx', fixture('title-merged-header.xlsx'), gazetteer);
    expect(r.encoding).toBe('xlsx');
    expect(r.headerRow).toBe(3);
    expect(values(r)).toEqual([
      ['CHN', 0.88123, 30],
      ['JPN', 0.9, 12],
    ]);
    expect(r.rows[1]).toMatchObject({ osi: 0.91, hci: 0.92, tii: 0.85, epi: 0.8 });
    expect(Object.keys(r.issueCounts).sort()).toEqual(['header-row', 'two-row-header', 'unknown-edition']);
  });

  it('leaves a file whose first row is its header as it was', async () => {
    const text = 'year,iso3,name_en,egdi\n2026,CHN,China,0.9\n';
    const r = await importBytes('plain.csv', bytes(text), gazetteer);
    expect(r.headerRow).toBe(1);
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-edition']);
  });

  it('finds the header of a provincial table below its title too (the Provinces page)', async () => {
    const text =
      '浙江省网上政务服务数据,,,,,\n地区代码,省份,指标,数值,单位,日期\n33,浙江省,online_ratio,82.13,percent,2020\n';
    const r = await readMetricsFile('zj.csv', bytes(text), { provinces });
    expect(r.rows.map((x) => [x.regionCode, x.value])).toEqual([['33', 82.13]]);
    expect(r.issues.map((i) => i.code)).toEqual(['header-row']);
  });
});

describe('the header row the user picks', () => {
  // A header the finder does not know (German), below a title.
  const text = 'Tabelle 1: E-Government;;\nLand;Jahr;Wert\nChina;2026;0,9\nJapan;2026;0,8\n';

  it('is not guessed when no known table is recognised: the first row, and the first rows to pick from', async () => {
    const read = await readFileTable('de.csv', bytes(text));
    if (!read.ok) throw new Error('not read');
    expect(read.table.header).toEqual(['Tabelle 1: E-Government', '', '']);
    expect(read.table.top.map((r) => r.line)).toEqual([1, 2, 3, 4]);
  });

  it('reads the file from the picked row, rows above it skipped', async () => {
    const read = await readFileTable('de.csv', bytes(text), { headerRow: 2 });
    if (!read.ok) throw new Error('not read');
    expect(read.table.header).toEqual(['Land', 'Jahr', 'Wert']);
    expect(read.table.rows.map((r) => r.line)).toEqual([3, 4]);
    expect(read.table.issues.map((i) => [i.code, i.params])).toEqual([
      ['header-row', { row: 2, skipped: 1 }],
    ]);
  });
});

describe('mergeHeaderRows', () => {
  it.each([
    [
      ['国家', '年份', 'EGDI', '', 'OSI', ''],
      ['', '', '值', '排名', 'Value', 'Rank'],
      ['国家', '年份', 'EGDI', 'EGDI Rank', 'OSI', 'OSI Rank'],
    ],
    [
      ['Country', 'EGDI'],
      ['', 'Score (得分)'],
      ['Country', 'EGDI'],
    ],
    [
      ['', 'Survey'],
      ['Country', 'Year'],
      ['Country', 'Survey Year'],
    ],
  ])('%j over %j', (upper, lower, merged) => {
    expect(mergeHeaderRows(upper, lower)).toEqual(merged);
  });

  it('never takes a row of data for the lower half of a header', () => {
    const find = surveyHeaderFinder(null);
    const records = [
      ['year', 'iso3', 'egdi'],
      ['2024', 'CHN', '0.88'],
    ];
    expect(find(records)).toBeNull();
    expect(readDelimited('year,iso3,egdi\n2024,CHN,0.88\n', { findHeader: find }).rows).toHaveLength(1);
  });
});
