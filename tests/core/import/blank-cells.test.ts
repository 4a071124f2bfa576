// Blank is not a value (issue 9, item 5): a missing cell blanks only itself, and never
// replaces a loaded value unless the user chooses so for blank cells.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { importBytes } from '../../../src/core/import/read-file';
import { uncachedFormulaCells } from '../../../src/core/import/xlsx-formulas';
import { overlayRows, planMerge, resolveMerge } from '../../../src/core/import/merge-plan';
import { INDEX_IDS } from '../../../src/core/types';
import type { SurveyRow } from '../../../src/core/types';
import { loadShipped } from '../../helpers/shipped';

const shipped = loadShipped();
const { gazetteer } = shipped;
const loaded = Object.freeze(shipped.surveys.map((r) => Object.freeze({ ...r })));
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/bad-input/${name}`, import.meta.url)));
const HEADER = 'year,iso3,name_en,egdi_rank,egdi,osi,hci,tii,epi';
const csv = (...lines: string[]) => new TextEncoder().encode([HEADER, ...lines].join('\n'));
const shippedRow = (year: number, iso3: string) => {
  const r = loaded.find((x) => x.year === year && x.iso3 === iso3);
  if (!r) throw new Error(`no shipped row ${year} ${iso3}`);
  return r;
};

describe('a missing cell blanks only itself', () => {
  it('"N/A" in the EGDI cell leaves the row’s other values', async () => {
    const r = await importBytes('na-one-cell.csv', fixture('na-one-cell.csv'), gazetteer);
    expect(r.rows).toEqual([
      {
        year: 2026,
        iso3: 'CHN',
        nameEn: 'China',
        egdiRank: 30,
        egdi: null,
        osi: 0.9,
        hci: 0.91,
        tii: 0.8,
        epi: 0.87,
      },
    ]);
    expect(r.issueCounts.unassessed).toBeUndefined();
  });

  it.each([
    'N/A',
    'n/a',
    'NA',
    '-',
    '--',
    '..',
    '...',
    '…',
    '—',
    '——',
    '–',
    '－',
    '/',
    '',
    ' ',
    'n.a.',
    'N.A.',
    '无',
    '暂无',
  ])('reads %j in an index cell as missing, that cell only', async (mark) => {
    const r = await importBytes('marks.csv', csv(`2026,CHN,China,30,${mark},0.9,0.91,0.8,0.87`), gazetteer);
    expect(r.rejectedRows).toBe(0);
    expect(r.rows[0]).toMatchObject({ egdi: null, osi: 0.9, hci: 0.91, tii: 0.8, epi: 0.87, egdiRank: 30 });
  });

  it('reads the marks government tables write in any column', async () => {
    const r = await importBytes(
      'government-missing-marks.csv',
      fixture('government-missing-marks.csv'),
      gazetteer,
    );
    expect(r.rejectedRows).toBe(0);
    const blanks = r.rows.map((row) => INDEX_IDS.filter((id) => row[id] === null));
    expect(blanks).toEqual([['osi'], ['hci'], ['tii'], ['osi', 'epi'], ['epi']]);
  });

  it('still reads a row with every index blank as not assessed', async () => {
    const r = await importBytes('all-blank.csv', csv('2026,CHN,China,30,N/A,..,—,,-'), gazetteer);
    expect(r.rows[0]).toMatchObject({ egdi: null, osi: null, egdiRank: null });
    expect(r.issueCounts.unassessed).toBe(1);
  });

  it('in the long format too', async () => {
    const text = 'year,iso3,indicator,value\n2026,CHN,egdi,n.a.\n2026,CHN,osi,0.9\n';
    const r = await importBytes('long.csv', new TextEncoder().encode(text), gazetteer);
    expect(r.rows[0]).toMatchObject({ egdi: null, osi: 0.9 });
    expect(r.rejectedRows).toBe(0);
  });
});

const row = (p: Partial<SurveyRow>): SurveyRow => ({
  year: 2024,
  iso3: 'CHN',
  nameEn: 'China',
  egdiRank: 35,
  egdi: 0.87,
  osi: 0.92,
  hci: 0.79,
  tii: 0.9,
  epi: 0.93,
  ...p,
});

describe('a blank cell in the merge', () => {
  const existing = Object.freeze([Object.freeze(row({}))]);

  it('is no conflict: a row whose only differences are blanks changes nothing', () => {
    const plan = planMerge(existing, [row({ egdi: null, egdiRank: null })]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.blankOnly.map((c) => [c.key, c.blanks])).toEqual([['2024|CHN', ['egdiRank', 'egdi']]]);
    const out = resolveMerge(plan, new Map(), 'replace');
    expect(out.imported).toEqual([]);
  });

  it('replacing a conflict keeps the loaded values where the file is blank', () => {
    const plan = planMerge(existing, [row({ egdi: null, osi: 0.95 })]);
    expect(plan.conflicts.map((c) => [c.fields, c.blanks])).toEqual([[['osi'], ['egdi']]]);
    const [merged] = resolveMerge(plan, new Map(), 'replace').imported;
    expect(merged).toEqual(row({ osi: 0.95 }));
  });

  it('clears loaded values only when the user chooses so for blank cells', () => {
    const plan = planMerge(existing, [row({ egdi: null, osi: 0.95 }), row({ year: 2022, egdi: 0.8 })]);
    const kept = resolveMerge(plan, new Map(), 'keep', 'clear');
    // A conflict kept is kept whole, blanks included.
    expect(kept.imported.map((r) => r.year)).toEqual([2022]);
    const replaced = resolveMerge(plan, new Map(), 'replace', 'clear');
    expect(replaced.imported.find((r) => r.year === 2024)).toEqual(row({ egdi: null, osi: 0.95 }));
    const blankOnly = planMerge(existing, [row({ egdi: null })]);
    expect(resolveMerge(blankOnly, new Map(), 'keep', 'clear').imported).toEqual([row({ egdi: null })]);
  });

  it('leaves the loaded rows as they were', () => {
    const before = JSON.stringify(existing);
    resolveMerge(planMerge(existing, [row({ egdi: null, osi: 0.95 })]), new Map(), 'replace', 'clear');
    expect(JSON.stringify(existing)).toBe(before);
  });
});

describe('formula cells without cached values (a workbook saved by a tool that does not calculate)', () => {
  it('are named in a warning: which cells, which columns, how many', async () => {
    const r = await importBytes('formula-no-cache.xlsx', fixture('formula-no-cache.xlsx'), gazetteer);
    const notes = r.issues.filter((i) => i.code === 'formula-no-value');
    expect(notes.map((i) => [i.severity, i.column, i.params])).toEqual([
      ['warning', 'egdi', { count: 3, cells: 'E2, E3, E4' }],
      ['warning', 'epi', { count: 1, cells: 'I4' }],
    ]);
    expect(r.rows.map((x) => [x.iso3, x.egdi])).toEqual([
      ['CHN', null],
      ['JPN', null],
      ['DEU', null],
    ]);
  });

  it('are not conflicts, and "Replace all" keeps the loaded values in them', async () => {
    const r = await importBytes('formula-no-cache.xlsx', fixture('formula-no-cache.xlsx'), gazetteer);
    const plan = planMerge(loaded, r.rows);
    // Only China's OSI differs from the shipped 2024 edition (the fixture's one change).
    expect(plan.conflicts.map((c) => [c.key, c.fields])).toEqual([['2024|CHN', ['osi']]]);
    const merged = overlayRows(loaded, resolveMerge(plan, new Map(), 'replace').imported);
    for (const iso3 of ['CHN', 'JPN', 'DEU']) {
      const after = merged.find((x) => x.year === 2024 && x.iso3 === iso3);
      const before = shippedRow(2024, iso3);
      expect(after?.egdi).toBe(before.egdi);
      expect(after?.epi).toBe(before.epi);
    }
    expect(merged.find((x) => x.year === 2024 && x.iso3 === 'CHN')?.osi).toBe(0.93);
  });
});

describe('uncachedFormulaCells', () => {
  // The first sheet is the workbook's first <sheet>, wherever its relationship points.
  const book = (sheetXml: string) =>
    zipSync({
      'xl/workbook.xml': strToU8(
        '<x:workbook xmlns:r="r"><x:sheets><x:sheet name="b" r:id="rId7"/><x:sheet name="a" r:id="rId1"/></x:sheets></x:workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Target="/xl/worksheets/other.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData/></worksheet>'),
      'xl/worksheets/other.xml': strToU8(sheetXml),
    });

  it('names formulas without a saved result and formulas whose result is an error, in a prefixed sheet', async () => {
    const sheet =
      '<x:worksheet><x:sheetData><x:row r="2">' +
      '<x:c r="A2"><x:f>1+1</x:f><x:v>2</x:v></x:c>' +
      '<x:c r="B2"><x:f>1+1</x:f></x:c>' +
      '<x:c r="C2" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>' +
      '<x:c r="D2" t="str"><x:f t="shared" si="0"/><x:v/></x:c>' +
      '<x:c r="F2"><x:f t="shared" si="0"/><x:v></x:v></x:c>' +
      '<x:c r="E2" t="inlineStr"><x:is><x:t>text</x:t></x:is></x:c>' +
      '</x:row></x:sheetData></x:worksheet>';
    expect((await uncachedFormulaCells(book(sheet))).map((c) => [c.address, c.row, c.column])).toEqual([
      ['B2', 2, 1],
      ['C2', 2, 2],
      ['F2', 2, 5],
    ]);
  });

  it('gives none for a file that is no workbook', async () => {
    expect(await uncachedFormulaCells(strToU8('PK\u0003\u0004 not a zip'))).toEqual([]);
  });
});
