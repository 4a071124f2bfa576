import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/core/import/read-file';
import { MAX_IMPORT_BYTES } from '../../../src/core/import/sniff';
import { overlayRows, planMerge, resolveMerge } from '../../../src/core/import/merge-plan';
import type { IssueCode } from '../../../src/core/issues';
import { loadShipped } from '../../helpers/shipped';

const DIR = new URL('../../fixtures/bad-input/', import.meta.url);
const shipped = loadShipped();
// Frozen, so any attempt of the import code to modify the loaded rows throws.
const loaded = Object.freeze(shipped.surveys.map((r) => Object.freeze({ ...r })));
const loadedCopy = JSON.stringify(loaded);

interface Case {
  /** Every issue code the file must produce, no more. */
  codes: IssueCode[];
  /** Rows that pass validation. */
  accepted: number;
  encoding?: string;
}

// 2026 is not a published edition yet: rows for it are kept with an `unknown-edition`
// warning, which is why that code appears for most hand-made files.
const CASES: Record<string, Case> = {
  'empty.csv': { codes: ['empty-file'], accepted: 0 },
  'whitespace-only.csv': { codes: ['empty-file'], accepted: 0 },
  'header-only.csv': { codes: ['header-only'], accepted: 0 },
  'binary.bin.csv': { codes: ['binary-file'], accepted: 0 },
  'png-renamed.csv': { codes: ['binary-file'], accepted: 0 },
  'control-chars.csv': { codes: ['binary-file'], accepted: 0 },
  'html-page.csv': { codes: ['html-file'], accepted: 0 },
  'html-table.csv': { codes: ['html-file'], accepted: 0 },
  'xml-as-csv.csv': { codes: ['html-file'], accepted: 0 },
  'zip-junk-renamed.csv': { codes: ['not-xlsx'], accepted: 0 },
  'text-named.xlsx': { codes: ['not-xlsx'], accepted: 0 },
  'good-un-2026.xlsx': { codes: ['unknown-edition'], accepted: 2, encoding: 'xlsx' },
  'good-xlsx-renamed.csv': { codes: ['xlsx-renamed', 'unknown-edition'], accepted: 2, encoding: 'xlsx' },
  'pipe-delimited.csv': { codes: ['unknown-format'], accepted: 0 },
  'one-column.csv': { codes: ['unknown-format'], accepted: 0 },
  'unrelated-columns.csv': { codes: ['unknown-format'], accepted: 0 },
  'unu-egov-no-year.csv': { codes: ['unknown-format'], accepted: 0 },
  'provincial-metrics.csv': { codes: ['provincial-table'], accepted: 0 },
  'mixed-delimiters.csv': { codes: ['ragged-row', 'unknown-edition'], accepted: 1 },
  'ragged-rows.csv': { codes: ['ragged-row', 'unknown-edition'], accepted: 1 },
  'unterminated-quote.csv': { codes: ['parse-error', 'ragged-row'], accepted: 0 },
  'duplicate-keys.csv': { codes: ['duplicate', 'unknown-edition'], accepted: 1 },
  'index-above-one.csv': { codes: ['out-of-range', 'unknown-edition'], accepted: 0 },
  'index-below-zero.csv': { codes: ['out-of-range', 'unknown-edition'], accepted: 0 },
  'na-values.csv': { codes: ['unknown-edition'], accepted: 1 },
  'na-egdi.csv': { codes: ['unassessed', 'unknown-edition'], accepted: 1 },
  'dotdot-values.csv': { codes: ['unassessed', 'unknown-edition'], accepted: 1 },
  'em-dash-values.csv': { codes: ['unassessed', 'unknown-edition'], accepted: 1 },
  'text-in-number.csv': { codes: ['not-a-number', 'unknown-edition'], accepted: 0 },
  'formula-values.csv': { codes: ['not-a-number', 'unknown-edition'], accepted: 0 },
  'unknown-countries.csv': { codes: ['unknown-country', 'unknown-edition'], accepted: 0 },
  'years-outside.csv': { codes: ['bad-year'], accepted: 0 },
  'year-text.csv': { codes: ['bad-year'], accepted: 0 },
  'year-not-edition.csv': { codes: ['unknown-edition'], accepted: 1 },
  'bad-rank.csv': { codes: ['bad-rank', 'unknown-edition'], accepted: 0 },
  'script-names.csv': { codes: ['unknown-country', 'unknown-edition'], accepted: 1 },
  'script-names-iso3.csv': { codes: ['unknown-edition'], accepted: 2 },
  'formula-names.csv': { codes: ['formula-like', 'unknown-edition'], accepted: 4 },
  'invalid-bytes.csv': { codes: ['bad-encoding', 'unknown-edition'], accepted: 2, encoding: 'gb18030' },
  'good-utf8.csv': { codes: ['unknown-edition'], accepted: 2, encoding: 'utf-8' },
  'good-utf8-bom.csv': { codes: ['unknown-edition'], accepted: 2, encoding: 'utf-8-bom' },
  'good-crlf-blank-lines.csv': { codes: ['unknown-edition'], accepted: 2, encoding: 'utf-8' },
  'good-utf16le.txt': { codes: ['unknown-edition'], accepted: 2, encoding: 'utf-16le' },
  'good-utf16be.csv': { codes: ['unknown-edition'], accepted: 2, encoding: 'utf-16be' },
  'good-tab.tsv': { codes: ['unknown-edition'], accepted: 2, encoding: 'utf-8' },
  'good-gbk.csv': { codes: ['unknown-edition'], accepted: 2, encoding: 'gb18030' },
  'good-gb18030.csv': { codes: ['unknown-edition'], accepted: 2, encoding: 'gb18030' },
  'gbk-lost-characters.csv': {
    codes: ['lossy-name', 'unknown-country', 'unknown-edition'],
    accepted: 2,
    encoding: 'gb18030',
  },
  'semicolon-decimal-comma.csv': { codes: ['unknown-edition'], accepted: 2 },
  'percent-values.csv': { codes: ['unknown-edition'], accepted: 1 },
  'unu-egov-2016-copy.csv': { codes: [], accepted: 1 },
  'conflict-china-2022.csv': { codes: [], accepted: 2 },
  'long-good.csv': { codes: [], accepted: 2 },
  'long-unknown-indicator.csv': { codes: ['unknown-indicator'], accepted: 1 },
  'long-duplicates.csv': { codes: ['duplicate'], accepted: 1 },
  // Blank is not a value (issue 9): a missing cell blanks only itself.
  'na-one-cell.csv': { codes: ['unknown-edition'], accepted: 1 },
  'government-missing-marks.csv': { codes: ['unknown-edition'], accepted: 5 },
  'formula-no-cache.xlsx': { codes: ['formula-no-value'], accepted: 3, encoding: 'xlsx' },
  // Files as government offices save them (issue 9).
  'title-rows.csv': { codes: ['header-row', 'unknown-edition'], accepted: 2 },
  'two-row-header.csv': { codes: ['two-row-header', 'unknown-edition'], accepted: 2 },
  'title-merged-header.xlsx': {
    codes: ['header-row', 'two-row-header', 'unknown-edition'],
    accepted: 2,
    encoding: 'xlsx',
  },
};

const read = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));

describe('bad-input corpus', () => {
  it('has at least 40 files, each listed in the table', () => {
    const files = readdirSync(DIR).sort();
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', async (name, expected) => {
    const result = await importBytes(name, read(name), shipped.gazetteer);
    expect(Object.keys(result.issueCounts).sort()).toEqual([...expected.codes].sort());
    expect(result.rows).toHaveLength(expected.accepted);
    if (expected.encoding) expect(result.encoding).toBe(expected.encoding);
    // Every issue says where and what, in words.
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
    // Nothing changes until the user confirms; planning and resolving leave the loaded rows as they were.
    const plan = planMerge(loaded, result.rows);
    const outcome = resolveMerge(plan, new Map(), 'replace');
    const merged = overlayRows(loaded, outcome.imported);
    expect(JSON.stringify(loaded)).toBe(loadedCopy);
    expect(merged.length).toBe(loaded.length + plan.added.length);
  });

  it('refuses a file over the size limit before reading it (generated: 100 MB)', async () => {
    const big = new Uint8Array(100 * 1024 * 1024).fill(0x31);
    const result = await importBytes('huge.csv', big, shipped.gazetteer);
    expect(MAX_IMPORT_BYTES).toBeLessThan(big.length);
    expect(Object.keys(result.issueCounts)).toEqual(['too-large']);
    expect(result.issues[0]?.params).toEqual({ size: 100, limit: 50 });
    expect(result.rows).toEqual([]);
  });
});

describe('values read from the corpus', () => {
  const first = async (name: string) => (await importBytes(name, read(name), shipped.gazetteer)).rows[0];

  it.each([
    // file, the China row as written in the fixture
    ['good-utf8.csv', { egdi: 0.88123, osi: 0.9, hci: 0.91, tii: 0.8, epi: 0.87, egdiRank: 30 }],
    ['semicolon-decimal-comma.csv', { egdi: 0.88123, osi: 0.9, hci: 0.91, tii: 0.8, epi: 0.87 }],
    ['percent-values.csv', { egdi: 0.88123, osi: 0.9, hci: 0.91, tii: 0.8, epi: 0.87 }],
    // The UN column order is EGDI, EPI, OSI, HCI, TII.
    ['good-un-2026.xlsx', { egdi: 0.88123, epi: 0.9, osi: 0.91, hci: 0.8, tii: 0.87 }],
    ['good-utf16le.txt', { egdi: 0.88123, epi: 0.87, osi: 0.9, hci: 0.91, tii: 0.8 }],
    ['good-gbk.csv', { egdi: 0.88123, osi: 0.9, hci: 0.91, tii: 0.8, epi: 0.87 }],
    ['na-values.csv', { egdi: 0.88, osi: null }],
    ['long-good.csv', { egdi: 0.88123, osi: 0.9, hci: null, egdiRank: null }],
    ['unu-egov-2016-copy.csv', { year: 2016, iso3: 'IRQ', egdi: 0.33335 }],
  ] as const)('%s', async (name, values) => {
    expect(await first(name)).toMatchObject(values);
  });

  it('recovers a name whose characters Excel lost when saving as GBK, and says so', async () => {
    const r = await importBytes(
      'gbk-lost-characters.csv',
      read('gbk-lost-characters.csv'),
      shipped.gazetteer,
    );
    expect(r.rows.map((x) => x.iso3)).toEqual(['CIV', 'TUR']);
    expect(r.issues.find((i) => i.code === 'lossy-name')?.params).toEqual({
      value: "C?te d'Ivoire",
      name: "Côte d'Ivoire",
    });
    // Five lost characters match nothing uniquely: still an unknown country.
    expect(r.issues.find((i) => i.code === 'unknown-country')?.params).toEqual({ value: '?????' });
  });

  it('reads Türkiye and Côte d’Ivoire through UTF-16 and GBK', async () => {
    const le = await importBytes('good-utf16le.txt', read('good-utf16le.txt'), shipped.gazetteer);
    expect(le.rows.map((r) => r.iso3)).toEqual(['CHN', 'CIV']);
    const gbk = await importBytes('good-gbk.csv', read('good-gbk.csv'), shipped.gazetteer);
    expect(gbk.rows.map((r) => r.nameEn)).toEqual(['China', 'Türkiye']);
  });

  it('keeps names carrying HTML as plain text, never altered into markup', async () => {
    const r = await importBytes('script-names-iso3.csv', read('script-names-iso3.csv'), shipped.gazetteer);
    expect(r.rows.map((x) => x.nameEn)).toEqual([
      '<img src=x onerror="window.__xss=1">',
      '<b onmouseover=alert(1)>Japan</b>',
    ]);
  });

  it('reports rejected rows by spreadsheet row and column', async () => {
    const r = await importBytes('text-in-number.csv', read('text-in-number.csv'), shipped.gazetteer);
    const err = r.issues.find((i) => i.code === 'not-a-number');
    expect(err).toMatchObject({ row: 2, column: 'egdi', params: { value: 'high' } });
    expect(r.rejectedRows).toBe(1);
  });
});
