// Property tests (issue 9, item 8): random bytes and random tables through every reader of
// a user's file or of stored data. None may throw: each answers with its own error values
// (issues, { error }, { ok: false }, false). And nothing loaded changes until the user
// confirms: planning and resolving a merge leave the loaded rows as they were.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { MAX_LISTED_ISSUES } from '../../src/core/import/import-table';
import type { ImportResult } from '../../src/core/import/import-table';
import { overlayRows, planMerge, resolveMerge } from '../../src/core/import/merge-plan';
import type { ConflictChoice } from '../../src/core/import/merge-plan';
import { readMetricsFile } from '../../src/core/import/metrics-file';
import { importBytes } from '../../src/core/import/read-file';
import { SURVEY_LONG_COLUMNS, SURVEY_WIDE_COLUMNS, surveyHeaderFinder } from '../../src/core/import/shapes';
import { readDelimited } from '../../src/core/load/delimited';
import { readProvinceGeoJson } from '../../src/core/load/geojson-provinces';
import { METRIC_COLUMNS } from '../../src/core/load/metrics';
import { TEMPLATE_HEADERS } from '../../src/core/load/metrics-template';
import { loadProvincesCsv, provinceGazetteer } from '../../src/core/load/provinces';
import { INDEX_IDS } from '../../src/core/types';
import type { SurveyRow } from '../../src/core/types';
import { ISSUE_TEXT, issueText } from '../../src/i18n/issue-text';
import { VIEW_PARAMS } from '../../src/app/views';
import {
  MAX_SAVED_VIEWS,
  SAVED_VIEWS_FORMAT,
  parseSavedViews,
  savedViewProblem,
  serializeSavedViews,
} from '../../src/state/saved-views';
import { readStoredRecord, validRow } from '../../src/state/storage/imported-datasets';
import { allCodecs } from '../../src/state/url/url-state';
import { loadShipped } from '../helpers/shipped';

const shipped = loadShipped();
const { gazetteer } = shipped;
const provinceList = loadProvincesCsv(
  readFileSync(new URL('../../data/cn/provinces.csv', import.meta.url), 'utf8'),
).rows;
const provinces = provinceGazetteer(provinceList);
const provinceCodes = new Set(provinceList.map((p) => p.code));
const KNOWN_PARAMS = new Set(allCodecs(VIEW_PARAMS).keys());
/** Runs per property; FUZZ_RUNS=5000 for a long search. */
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 150) };
vi.setConfig({ testTimeout: 600_000 });

// ---- Arbitraries -------------------------------------------------------------------

/** Header cells a reader knows, in every shape, plus strangers. */
const headerCell = fc.oneof(
  fc.constantFrom(
    ...Object.values(SURVEY_WIDE_COLUMNS).flat(),
    ...Object.values(SURVEY_LONG_COLUMNS).flat(),
    ...Object.values(METRIC_COLUMNS).flat(),
    ...TEMPLATE_HEADERS.zh,
    ...TEMPLATE_HEADERS.en,
    '值/Value',
    '排名',
  ),
  fc.string({ maxLength: 12, unit: 'binary' }),
);
/** Cells as files write them: numbers in every form, "no data" marks, names, junk. */
const cell = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.double({ min: 0, max: 1, noNaN: true }).map((v) => v.toFixed(5)),
  fc.double({ min: 0, max: 1, noNaN: true }).map((v) => v.toFixed(3).replace('.', ',')),
  fc.integer({ min: 0, max: 120 }).map((v) => `${v}%`),
  fc.integer({ min: 1990, max: 2110 }).map(String),
  fc.constantFrom('', 'N/A', 'n.a.', '..', '…', '—', '-', '/', '无', '#DIV/0!', '=1+1', '@SUM(A1)'),
  fc.constantFrom('China', 'CHN', 'Japan', 'Türkiye', "Côte d'Ivoire", 'C?te d?Ivoire', '浙江省', '33', '00'),
  fc.constantFrom(
    'egdi',
    'osi',
    'hci',
    'tii',
    'epi',
    'E-Government Index',
    'percent',
    'group',
    '高',
    '2020-12',
  ),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '"',
    '""',
    ',',
    ';',
    '\t',
    '\n',
    '\r\n',
    '\uFEFF',
    '\u0000',
  ),
  fc.string({ maxLength: 10 }),
  fc.string({ maxLength: 10, unit: 'binary' }),
);
const delimiter = fc.constantFrom(',', ';', '\t', '|');
/** A table as text: a header of known and strange cells, rows of any width, quoted or not. */
const tableText = fc
  .record({
    titles: fc.array(fc.string({ maxLength: 20, unit: 'binary' }), { maxLength: 2 }),
    header: fc.array(headerCell, { minLength: 1, maxLength: 10 }),
    subHeader: fc.option(fc.array(fc.constantFrom('', '值', 'Value', '排名', 'Rank'), { maxLength: 10 })),
    rows: fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 30 }),
    delimiter,
    quote: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
  })
  .map(({ titles, header, subHeader, rows, delimiter: d, quote, eol }) => {
    const q = (c: string) => (quote ? `"${c.replace(/"/g, '""')}"` : c);
    const line = (cells: readonly string[]) => cells.map(q).join(d);
    return [...titles, line(header), ...(subHeader ? [line(subHeader)] : []), ...rows.map(line)].join(eol);
  });
/** Text in the encodings files arrive in: UTF-8 with or without BOM, UTF-16 LE with BOM. */
const encoded = (text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le'): Uint8Array => {
  if (encoding === 'utf-8') return strToU8(text);
  if (encoding === 'utf-8-bom') return strToU8(`\uFEFF${text}`);
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + i * 2] = u & 0xff;
    out[3 + i * 2] = u >> 8;
  }
  return out;
};
const tableBytes = fc
  .tuple(
    tableText,
    fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le') as fc.Arbitrary<'utf-8' | 'utf-8-bom' | 'utf-16le'>,
  )
  .map(([text, encoding]) => encoded(text, encoding));
/** A ZIP holding workbook parts with random (possibly broken) XML: the workbook readers. */
const zipBytes = fc
  .record({
    sheet: fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(fc.tuple(fc.constantFrom('A1', 'B2', 'E2', 'ZZ9', ''), cell, fc.boolean()), { maxLength: 8 })
        .map(
          (cells) =>
            `<worksheet><sheetData><row r="1">${cells
              .map(
                ([r, v, formula]) =>
                  `<c r="${r}"${formula ? '' : ' t="inlineStr"'}>${formula ? `<f>${v}</f>` : `<is><t>${v}</t></is>`}</c>`,
              )
              .join('')}</row></sheetData></worksheet>`,
        ),
    ),
    workbook: fc.boolean(),
  })
  .map(({ sheet, workbook }) =>
    zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      ...(workbook
        ? {
            'xl/workbook.xml': strToU8(
              '<workbook><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>',
            ),
            'xl/_rels/workbook.xml.rels': strToU8(
              '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
            ),
          }
        : {}),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    }),
  );
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.uint8Array({ maxLength: 500 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
  tableBytes,
  zipBytes,
);
const fileName = fc.constantFrom('data.csv', 'egdi-2026.csv', 'table.tsv', 'book.xlsx', 'notes.txt');

// ---- What every import result must be ------------------------------------------------

/** The placeholders of an issue code's text, in either language. */
const placeholders = (code: keyof typeof ISSUE_TEXT) =>
  [...`${ISSUE_TEXT[code].zh} ${ISSUE_TEXT[code].en}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

function expectWellFormed(r: ImportResult) {
  expect(r.issues.length).toBeLessThanOrEqual(MAX_LISTED_ISSUES);
  for (const i of r.issues) {
    expect(ISSUE_TEXT[i.code]).toBeDefined();
    // Every reason can be shown in both languages with all its values filled in.
    for (const key of placeholders(i.code)) expect(i.params?.[key], `${i.code} {${key}}`).toBeDefined();
    expect(issueText(i, 'zh').length).toBeGreaterThan(0);
  }
  for (const [code, n] of Object.entries(r.issueCounts)) {
    expect(ISSUE_TEXT[code as keyof typeof ISSUE_TEXT]).toBeDefined();
    expect(n).toBeGreaterThan(0);
  }
  for (const row of r.rows) {
    expect(Number.isInteger(row.year) && row.year >= 2001 && row.year <= 2100).toBe(true);
    expect(gazetteer.has(row.iso3)).toBe(true);
    for (const id of INDEX_IDS) {
      const v = row[id];
      expect(v === null || (Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
    }
    expect(row.egdiRank === null || (Number.isInteger(row.egdiRank) && row.egdiRank >= 1)).toBe(true);
  }
  expect(r.rows.length).toBeLessThanOrEqual(r.dataRows);
}

// Frozen, so any attempt of the import code to modify the loaded rows throws.
const loaded = Object.freeze(shipped.surveys.map((r) => Object.freeze({ ...r })));
const loadedCopy = JSON.stringify(loaded);

describe('survey and long-format import (importBytes)', () => {
  it('reads any bytes into a result, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fileName, fileBytes, async (name, bytes) => {
        const r = await importBytes(name, bytes, gazetteer);
        expectWellFormed(r);
        // Planning the merge changes nothing that is loaded.
        const plan = planMerge(loaded, r.rows);
        resolveMerge(plan, new Map(), 'replace', 'clear');
        expect(JSON.stringify(loaded)).toBe(loadedCopy);
      }),
      RUNS,
    );
  });

  it('reads any table of known and strange columns, in any delimiter and header layout', async () => {
    await fc.assert(
      fc.asyncProperty(fileName, tableText, async (name, text) => {
        expectWellFormed(await importBytes(name.replace('.xlsx', '.csv'), strToU8(text), gazetteer));
      }),
      RUNS,
    );
  });

  it('reads any table the user picks a header row or a column mapping for', async () => {
    const mapping = fc.record({
      shape: fc.constant('survey-wide' as const),
      columns: fc.record({
        year: fc.integer({ min: -1, max: 12 }),
        iso3: fc.integer({ min: -1, max: 12 }),
        name: fc.integer({ min: -1, max: 12 }),
        egdiRank: fc.integer({ min: -1, max: 12 }),
        egdi: fc.integer({ min: -1, max: 12 }),
        osi: fc.integer({ min: -1, max: 12 }),
        hci: fc.integer({ min: -1, max: 12 }),
        tii: fc.integer({ min: -1, max: 12 }),
        epi: fc.integer({ min: -1, max: 12 }),
      }),
    });
    await fc.assert(
      fc.asyncProperty(
        tableText,
        fc.integer({ min: -2, max: 15 }),
        fc.option(mapping),
        async (text, headerRow, map) => {
          expectWellFormed(await importBytes('t.csv', strToU8(text), gazetteer, { headerRow, mapping: map }));
        },
      ),
      RUNS,
    );
  });
});

describe('the delimited-text front end (readDelimited)', () => {
  // (Where the quoting is malformed under the delimiter used, papaparse may report the
  // malformed quote once per chunk; the rows read are the same.)
  const rowsOf = (t: ReturnType<typeof readDelimited>) => ({
    ...t,
    issues: t.issues.filter((i) => i.code !== 'parse-error'),
    unlisted: null,
  });

  it('reads the same rows whatever the chunk size the worker streams the text in', () => {
    const findHeader = surveyHeaderFinder(null);
    fc.assert(
      fc.property(tableText, fc.integer({ min: 1, max: 64 }), (text, chunkSize) => {
        expect(rowsOf(readDelimited(text, { chunkSize, findHeader }))).toEqual(
          rowsOf(readDelimited(text, { findHeader })),
        );
      }),
      RUNS,
    );
  });
});

describe('provincial template (readMetricsFile)', () => {
  it('reads any bytes or table into rows of known provinces and issues, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fileName, fc.oneof(fileBytes, tableText.map(strToU8)), async (name, bytes) => {
        const r = await readMetricsFile(name, bytes, { provinces });
        for (const row of r.rows) {
          expect(provinceCodes.has(row.regionCode) || row.regionCode === '00').toBe(true);
          expect(row.value === null || Number.isFinite(row.value)).toBe(true);
        }
        for (const i of r.issues) expect(ISSUE_TEXT[i.code]).toBeDefined();
      }),
      RUNS,
    );
  });
});

describe('province boundary file (readProvinceGeoJson)', () => {
  const props = fc.record(
    {
      name: fc.oneof(
        fc.constantFrom(...provinceList.map((p) => p.nameZh), 'Zhejiang', '南海诸岛'),
        fc.anything(),
      ),
      adcode: fc.oneof(fc.constantFrom('330000', 440000, '100000'), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const feature = fc.oneof(
    fc.anything(),
    fc.record({
      type: fc.constant('Feature'),
      properties: fc.oneof(props, fc.anything()),
      geometry: fc.anything(),
    }),
  );
  const collection = fc
    .record({
      type: fc.oneof(fc.constant('FeatureCollection'), fc.string()),
      features: fc.array(feature, { maxLength: 6 }),
    })
    .map((o) => JSON.stringify(o));

  it('answers any text with a map or an error, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), collection), (text) => {
        const out = readProvinceGeoJson(text, provinces);
        if ('error' in out) {
          expect(typeof out.error).toBe('string');
          return;
        }
        expect(out.codeByName.size).toBeGreaterThan(0);
        for (const code of out.codeByName.values()) expect(provinceCodes.has(code)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('saved-views file (parseSavedViews)', () => {
  const query = fc.oneof(
    fc.constant(''),
    fc
      .array(fc.tuple(fc.constantFrom(...KNOWN_PARAMS, 'evil', ''), fc.string({ maxLength: 8 })), {
        maxLength: 4,
      })
      .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
    fc.string({ maxLength: 30 }),
  );
  const view = fc.oneof(fc.record({ name: fc.string({ maxLength: 90 }), query }), fc.anything());
  const deck = fc
    .record({
      format: fc.oneof(fc.constant(SAVED_VIEWS_FORMAT), fc.string()),
      version: fc.oneof(fc.constant(1), fc.anything()),
      views: fc.oneof(fc.array(view, { maxLength: 8 }), fc.anything()),
    })
    .map((o) => JSON.stringify(o));

  it('takes a whole valid file or refuses it with a reason, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), deck), (text) => {
        const out = parseSavedViews(text, KNOWN_PARAMS);
        if (!out.ok) {
          expect(typeof out.error.code).toBe('string');
          return;
        }
        expect(out.views.length).toBeLessThanOrEqual(MAX_SAVED_VIEWS);
        for (const v of out.views) expect(savedViewProblem(v, KNOWN_PARAMS)).toBeNull();
        // What was taken reads back the same.
        expect(parseSavedViews(serializeSavedViews(out.views), KNOWN_PARAMS)).toEqual(out);
      }),
      RUNS,
    );
  });
});

describe('stored records (readStoredRecord)', () => {
  const num = fc.oneof(
    fc.constant(null),
    fc.double(),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.anything(),
  );
  const row = fc.oneof(
    fc.record({
      year: fc.oneof(fc.integer({ min: 2001, max: 2100 }), fc.anything()),
      iso3: fc.oneof(fc.constantFrom('CHN', 'JPN'), fc.anything()),
      nameEn: fc.oneof(fc.string(), fc.anything()),
      egdiRank: num,
      egdi: num,
      osi: num,
      hci: num,
      tii: num,
      epi: num,
    }),
    fc.anything(),
  );
  const record = fc.oneof(
    fc.record(
      {
        id: fc.oneof(fc.string(), fc.anything()),
        name: fc.oneof(fc.string(), fc.anything()),
        createdAt: fc.oneof(fc.constant('2026-01-01T00:00:00.000Z'), fc.anything()),
        fileName: fc.string(),
        kind: fc.oneof(fc.constantFrom('merged', 'separate'), fc.anything()),
        active: fc.oneof(fc.boolean(), fc.anything()),
        rows: fc.oneof(fc.array(row, { maxLength: 5 }), fc.anything()),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );

  it('lists a record only with an id, keeps only valid rows, counts the rest, and never throws', () => {
    fc.assert(
      fc.property(record, (x) => {
        const d = readStoredRecord(x);
        const raw = typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
        if (d === null) {
          expect(typeof raw.id === 'string' && raw.id !== '').toBe(false);
          return;
        }
        expect(d.id).toBe(raw.id);
        const stored = Array.isArray(raw.rows) ? raw.rows.length : 0;
        expect(d.rows.length + (d.skippedRows ?? 0)).toBe(stored);
        // A record whose own fields are damaged is never switched on.
        if (d.damagedFields) expect(d.active).toBe(false);
        for (const r of d.rows) {
          expect(validRow(r)).toBe(true);
          for (const id of INDEX_IDS) expect(r[id] === null || (r[id] >= 0 && r[id] <= 1)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('the merge plan is pure: nothing loaded changes until the user confirms', () => {
  const value = fc.oneof(fc.constant(null), fc.constantFrom(0, 0.25, 0.5, 1));
  const surveyRow: fc.Arbitrary<SurveyRow> = fc.record({
    year: fc.constantFrom(2022, 2024),
    iso3: fc.constantFrom('CHN', 'JPN', 'KOR'),
    nameEn: fc.constantFrom('China', 'Japan', 'Korea'),
    egdiRank: fc.oneof(fc.constant(null), fc.constantFrom(1, 2)),
    egdi: value,
    osi: value,
    hci: value,
    tii: value,
    epi: value,
  });
  const unique = (rows: SurveyRow[]) => [...new Map(rows.map((r) => [`${r.year}|${r.iso3}`, r])).values()];
  const freeze = (rows: SurveyRow[]) => Object.freeze(rows.map((r) => Object.freeze({ ...r })));
  const choice = fc.constantFrom<ConflictChoice>('keep', 'replace', 'separate');
  const FIELDS = ['egdiRank', ...INDEX_IDS] as const;

  it('sorts every row once, keeps the loaded values where the file is blank, and touches no input', () => {
    fc.assert(
      fc.property(
        fc.array(surveyRow, { maxLength: 6 }).map(unique),
        fc.array(surveyRow, { maxLength: 6 }).map(unique),
        choice,
        fc.constantFrom('keep' as const, 'clear' as const),
        (loadedRows, incomingRows, fallback, blanks) => {
          const before = freeze(loadedRows);
          const incoming = freeze(incomingRows);
          const copy = JSON.stringify([before, incoming]);
          const plan = planMerge(before, incoming);
          expect(
            plan.added.length + plan.unchanged.length + plan.conflicts.length + plan.blankOnly.length,
          ).toBe(incoming.length);
          const out = resolveMerge(plan, new Map(), fallback, blanks);
          const merged = overlayRows(before, out.imported);
          expect(JSON.stringify([before, incoming])).toBe(copy);
          // Nothing chosen to change: the loaded rows are what they were.
          if (fallback !== 'replace' && blanks === 'keep') expect(out.imported).toEqual(plan.added);
          for (const old of before) {
            const now = merged.find((r) => r.year === old.year && r.iso3 === old.iso3);
            const file = incoming.find((r) => r.year === old.year && r.iso3 === old.iso3);
            for (const f of FIELDS) {
              // A blank never replaces a loaded value unless the user chose to clear blanks.
              if (old[f] !== null && blanks === 'keep') expect(now?.[f]).not.toBeNull();
              // A replaced conflict takes the file's values wherever the file has one.
              if (fallback === 'replace' && file && file[f] !== null) expect(now?.[f]).toBe(file[f]);
              if (fallback === 'keep' && blanks === 'keep') expect(now?.[f]).toBe(old[f]);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
