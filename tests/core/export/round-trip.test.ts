// The app's exports read back through its own import (issue 13), in Node, on the shipped
// data: the whole comparison with its footer, Chinese country names, one-index tables,
// published decimals, and a published out-of-range value read back as it is.
import { describe, expect, it } from 'vitest';
import { loadShipped } from '../../helpers/shipped';
import { buildDataset } from '../../../src/core/dataset';
import { comparisonTable } from '../../../src/core/export/comparison';
import { tableToCsv, toCsv } from '../../../src/core/export/csv';
import { importBytes } from '../../../src/core/import/read-file';
import { planMerge } from '../../../src/core/import/merge-plan';
import { readDelimited } from '../../../src/core/load/delimited';

const { countries, gazetteer, surveys } = loadShipped();
const ds = buildDataset(surveys, countries);
const bytes = (s: string) => new TextEncoder().encode(s);
const NOTES = [
  '2024 年 OSI 排名',
  '来源:联合国电子政务调查 2024, OSI',
  ['地区', '亚洲'],
  '空单元格 = 未评估(不是 0)',
];

describe('export, then import', () => {
  it.each(['zh', 'en'] as const)(
    'the whole comparison (%s) reads back: no rejected row, no conflict',
    async (lang) => {
      const iso3s = ['CHN', 'FSM', 'USA', 'SSD'];
      const name = (iso3: string) => {
        const c = ds.countries.get(iso3);
        return (lang === 'zh' ? c?.nameZh : c?.nameEn) ?? iso3;
      };
      const table = comparisonTable(
        ds,
        iso3s,
        name,
        {
          country: lang === 'zh' ? '国家' : 'Country',
          iso3: 'ISO3',
          year: lang === 'zh' ? '年份' : 'Year',
          index: { egdi: 'EGDI', osi: 'OSI', hci: 'HCI', tii: 'TII', epi: 'EPI' },
          rank: lang === 'zh' ? '排名 OSI(标准竞争排名)' : 'Rank OSI (competition)',
          publishedRank: lang === 'zh' ? '联合国公布排名' : 'Published rank',
        },
        'osi',
        'competition',
      );
      const csv = tableToCsv(table, NOTES);
      const known = (year: number, iso3: string, index: 'egdi' | 'osi' | 'hci' | 'tii' | 'epi') =>
        ds.get(year, iso3)?.[index] ?? null;
      const r = await importBytes(`whole_${lang}.csv`, bytes(csv), gazetteer, { known });
      expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(r.rejectedRows).toBe(0);
      const assessed = surveys.filter((row) => iso3s.includes(row.iso3)).length;
      expect(r.rows).toHaveLength(assessed);
      expect(planMerge(ds.rows, r.rows).conflicts).toEqual([]);
      // The footer is read as notes, not as rows.
      expect(r.issues.find((i) => i.code === 'footer-notes')?.params).toMatchObject({ count: NOTES.length });
    },
  );

  it('writes the decimals the source published (0.22270, not 0.2227)', () => {
    const csv = toCsv([[0.2227, 0.5, null, 3]], { decimals: [5, 5, 5, null] });
    expect(csv).toBe('0.22270,0.50000,,3\r\n');
  });

  it('reads Chinese country names, as the app shows them', async () => {
    const china = ds.countries.get('CHN')?.nameZh ?? '';
    const korea = ds.countries.get('KOR')?.nameZh ?? '';
    const r = await importBytes(
      't.csv',
      bytes(`年份,国家,EGDI\n2024,${china},0.9\n2024,${korea},0.9\n`),
      gazetteer,
    );
    expect(r.rows.map((row) => row.iso3)).toEqual(['CHN', 'KOR']);
  });

  it('keeps a published value outside [0, 1] only where it equals the loaded one', async () => {
    const fsm = ds.get(2003, 'FSM');
    expect(fsm?.hci).toBeGreaterThan(1);
    const text = `year,iso3,egdi,hci\n2003,FSM,${fsm?.egdi},${fsm?.hci}\n2003,PLW,0.3,1.5\n`;
    const known = (year: number, iso3: string, index: 'egdi' | 'osi' | 'hci' | 'tii' | 'epi') =>
      ds.get(year, iso3)?.[index] ?? null;
    const { readFileTable } = await import('../../../src/core/import/read-file');
    const { importTable } = await import('../../../src/core/import/import-table');
    const read = await readFileTable('t.csv', bytes(text));
    if (!read.ok) throw new Error('not read');
    const r = importTable(read.table, gazetteer, { fileName: 't.csv', known });
    expect(r.rows.map((row) => row.iso3)).toEqual(['FSM']);
    expect(r.issues.map((i) => [i.severity, i.code, i.row])).toEqual([
      ['error', 'out-of-range', 3],
      ['warning', 'out-of-range', 2],
    ]);
  });
});

describe('notes under a table', () => {
  it('lines of one or two cells after a blank line, to the end, are notes', () => {
    const t = readDelimited('a,b,c\n1,2,3\n\nSource: x\n2024 年 OSI 排名\nFilter,Asia\n');
    expect(t.rows).toHaveLength(1);
    expect(t.issues.map((i) => [i.code, i.params?.count])).toEqual([['footer-notes', 3]]);
  });

  it('a data row after them makes them rows again (ragged, reported)', () => {
    const t = readDelimited('a,b,c\n1,2,3\n\nSource: x\n4,5,6\n');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(t.issues.map((i) => i.code)).toEqual(['ragged-row']);
  });

  it('a number alone is not a note', () => {
    const t = readDelimited('a,b,c\n1,2,3\n\n42\n');
    expect(t.issues.map((i) => i.code)).toEqual(['ragged-row']);
  });
});
