import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMetricsFile } from '../../../src/core/import/metrics-file';
import { loadProvincesCsv, provinceGazetteer } from '../../../src/core/load/provinces';

const provinces = provinceGazetteer(
  loadProvincesCsv(readFileSync(new URL('../../../data/cn/provinces.csv', import.meta.url), 'utf8')).rows,
);
const options = { provinces };

/** UTF-16 LE bytes with a BOM, as Excel's "Unicode text" writes them. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

describe('readMetricsFile', () => {
  it.each([
    ['UTF-8 with BOM, semicolons', new TextEncoder().encode('\uFEFF省份;指标;数值\n浙江;最多跑一次;90%\n')],
    ['UTF-16 LE with BOM, tabs', utf16le('省份\t指标\t数值\n浙江\t最多跑一次\t90%\n')],
  ])('reads %s', async (_label, bytes) => {
    const { rows, issues } = await readMetricsFile('upload.csv', bytes, options);
    expect(rows.map((r) => [r.regionCode, r.metricId, r.value, r.unit])).toEqual([
      ['33', '最多跑一次', 90, 'percent'],
    ]);
    expect(issues).toEqual([]);
  });

  it('reports every problem at the row of the file, ragged rows included', async () => {
    const text = '省份,指标,数值,日期\n浙江,m,90%,2019\n\n火星,m,1,2020\n江苏,m,1,2020,多余\n江苏,m,2,2021\n';
    const { rows, issues } = await readMetricsFile('upload.csv', new TextEncoder().encode(text), options);
    expect(rows.map((r) => [r.line, r.regionCode])).toEqual([
      [2, '33'],
      [6, '32'],
    ]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([
      ['ragged-row', 5],
      ['unknown-region', 4],
    ]);
  });

  it('refuses a file that is not a table, with the reason', async () => {
    const bytes = new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x00]);
    const { rows, issues } = await readMetricsFile('binary.csv', bytes, options);
    expect(rows).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['binary-file']);
  });
});
