// Big files full of bad rows (issue 9, item 3): generated here, never committed. Each must
// reach the review with its counts and the first rejections listed, in seconds.
import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ISSUES } from '../../../src/core/import/import-table';
import { importBytes } from '../../../src/core/import/read-file';
import { loadShipped } from '../../helpers/shipped';

const { gazetteer } = loadShipped();
const HEADER = 'year,iso3,name_en,egdi_rank,egdi,osi,hci,tii,epi';
const bytesOf = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');

describe('big files full of bad rows', () => {
  it('150,000 rows repeating one country-year: one row kept, the rest counted as duplicates', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 150_000; i++) lines.push('2024,CHN,China,35,0.88,0.9,0.91,0.8,0.87');
    const r = await importBytes('repeated.csv', bytesOf(lines), gazetteer);
    expect(r.dataRows).toBe(150_000);
    expect(r.rows).toHaveLength(1);
    expect(r.issueCounts).toEqual({ duplicate: 149_999 });
    expect(r.rejectedRows).toBe(149_999);
    expect(r.issues).toHaveLength(MAX_LISTED_ISSUES);
    // The first rejections are listed in file order: rows 3, 4, ...
    expect(r.issues.slice(0, 3).map((i) => [i.code, i.row])).toEqual([
      ['duplicate', 3],
      ['duplicate', 4],
      ['duplicate', 5],
    ]);
  }, 60_000);

  it('300,000 distinct unknown country names: all rejected, the first ones with suggestions', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 300_000; i++) lines.push(`2024,,Chinna ${i},,0.5,0.5,0.5,0.5,0.5`);
    const t0 = performance.now();
    const r = await importBytes('unknown.csv', bytesOf(lines), gazetteer);
    const ms = performance.now() - t0;
    expect(r.rows).toHaveLength(0);
    expect(r.issueCounts).toEqual({ 'unknown-country': 300_000 });
    expect(r.rejectedRows).toBe(300_000);
    expect(r.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(r.issues[0]).toMatchObject({ code: 'unknown-country', row: 2, params: { value: 'Chinna 0' } });
    expect(r.issues[0]?.suggestions?.[0]).toBe('China');
    // Well inside the 10 s the browser gets (the bench times that through the worker).
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it('a long-format file of 300,000 rows with lost characters in distinct names stays fast', async () => {
    // Each distinct name with a "?" asks for the nearest known names (about 1 ms each).
    const lines = ['year,name_en,indicator,value'];
    for (let i = 0; i < 300_000; i++) lines.push(`2024,C?ina ${i},egdi,0.5`);
    const t0 = performance.now();
    const r = await importBytes('lossy.csv', bytesOf(lines), gazetteer);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.issueCounts['unknown-country']).toBe(300_000);
    expect(r.rejectedRows).toBe(300_000);
  }, 60_000);
});
