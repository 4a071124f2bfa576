/**
 * Derives data/cn/ (provinces.csv, metric-catalogue.csv, metrics.csv, citations.csv,
 * report-index.csv, group-counts.csv) from the collected Chinese figures in
 * ../shared/data/cn (or $EGOV_CN_DIR), the province list of the china-area-data package
 * and this project's words: names and definitions of the metrics
 * (data-src/cn/metric-text.csv), the seed documents' citations
 * (data-src/cn/seed-citations.csv) and the plain form of the publications the citation
 * fixes name (data-src/cn/publications.csv). Run with `npm run build-cn-data` (also part
 * of `build-data`).
 *
 * No figure is made here: every metrics.csv row is one row of national-figures.csv or
 * provincial-figures.csv, every report-index.csv row one row of provincial-index.csv,
 * with its quote and citation. The output goes back through the app's own loaders
 * (src/core/load/cn-data.ts) and the build fails on any load error.
 *
 * With `--check` nothing is written: the outputs are compared with the files on disk and
 * the script exits 1 when they differ.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citationStanding, isWebAddress, parseCopyKind, siteOf } from '../src/core/citation';
import type { CopyKind } from '../src/core/citation';
import { editionTable, regionKey, reportEditions } from '../src/core/indicators/report-index';
import type { TableNote } from '../src/core/indicators/report-index';
import { CITATION_HEADER } from '../src/core/load/citations';
import { buildCnData } from '../src/core/load/cn-data';
import { METRIC_UNITS } from '../src/core/load/metrics';
import type { MetricUnit } from '../src/core/load/metrics';
import { idDerivedMetricName, loadMetricCatalogueCsv } from '../src/core/load/metric-catalogue';
import { loadReportIndexCsv } from '../src/core/load/report-index';
import type { EntryFlag } from '../src/core/load/report-index';
import {
  loadProvincesCsv,
  NATIONAL_CODE,
  provinceGazetteer,
  shortProvinceName,
} from '../src/core/load/provinces';
import { checksumTables } from './lib/checksums';
import { csvRecords } from './lib/records';

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
if (args.some((a) => a !== '--check')) {
  console.error('build-cn-data: usage: build-cn-data [--check]');
  process.exit(1);
}

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cnDir = resolve(process.env.EGOV_CN_DIR ?? join(root, '..', 'shared', 'data', 'cn'));
const outDir = join(root, 'data', 'cn');

function fail(message: string): never {
  console.error(`build-cn-data: ${message}`);
  process.exit(1);
}
const read = (name: string) => {
  const p = join(cnDir, name);
  if (!existsSync(p)) fail(`missing input ${p} (set EGOV_CN_DIR to the folder of the Chinese figures)`);
  return readFileSync(p, 'utf8');
};
const records = (name: string, text: string) => csvRecords(name, text, fail);
const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (header: readonly string[], rows: string[][]) =>
  [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';

// 1. The 34 provincial-level divisions. Codes and Chinese names come from the
//    china-area-data package (GB/T 2260 codes, six digits: 330000 -> 33). The English
//    names and the tile-grid positions are this project's own: names as commonly
//    written in English, positions a rough geographic layout (row 0 = north, col 0 = west).
const AREA_PACKAGE = 'china-area-data/data.json';
const areaData = require(AREA_PACKAGE) as Record<string, Record<string, string>>;
const TILES: Record<string, { en: string; row: number; col: number }> = {
  '23': { en: 'Heilongjiang', row: 0, col: 8 },
  '15': { en: 'Inner Mongolia', row: 1, col: 5 },
  '22': { en: 'Jilin', row: 1, col: 8 },
  '65': { en: 'Xinjiang', row: 2, col: 1 },
  '64': { en: 'Ningxia', row: 2, col: 4 },
  '14': { en: 'Shanxi', row: 2, col: 5 },
  '11': { en: 'Beijing', row: 2, col: 6 },
  '12': { en: 'Tianjin', row: 2, col: 7 },
  '21': { en: 'Liaoning', row: 2, col: 8 },
  '63': { en: 'Qinghai', row: 3, col: 2 },
  '62': { en: 'Gansu', row: 3, col: 3 },
  '61': { en: 'Shaanxi', row: 3, col: 4 },
  '41': { en: 'Henan', row: 3, col: 5 },
  '13': { en: 'Hebei', row: 3, col: 6 },
  '37': { en: 'Shandong', row: 3, col: 7 },
  '54': { en: 'Tibet', row: 4, col: 2 },
  '51': { en: 'Sichuan', row: 4, col: 3 },
  '50': { en: 'Chongqing', row: 4, col: 4 },
  '42': { en: 'Hubei', row: 4, col: 5 },
  '34': { en: 'Anhui', row: 4, col: 6 },
  '32': { en: 'Jiangsu', row: 4, col: 7 },
  '53': { en: 'Yunnan', row: 5, col: 3 },
  '52': { en: 'Guizhou', row: 5, col: 4 },
  '43': { en: 'Hunan', row: 5, col: 5 },
  '36': { en: 'Jiangxi', row: 5, col: 6 },
  '33': { en: 'Zhejiang', row: 5, col: 7 },
  '31': { en: 'Shanghai', row: 5, col: 8 },
  '45': { en: 'Guangxi', row: 6, col: 4 },
  '44': { en: 'Guangdong', row: 6, col: 5 },
  '35': { en: 'Fujian', row: 6, col: 6 },
  '71': { en: 'Taiwan', row: 6, col: 7 },
  '46': { en: 'Hainan', row: 7, col: 4 },
  '82': { en: 'Macao', row: 7, col: 5 },
  '81': { en: 'Hong Kong', row: 7, col: 6 },
};
const provinceRows = Object.entries(areaData['86'] ?? {})
  .map(([code6, nameZh]) => {
    const code = code6.slice(0, 2);
    const tile = TILES[code];
    if (!tile) fail(`no English name / tile for ${code6} ${nameZh}`);
    return { code, nameZh, tile };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
if (provinceRows.length !== 34) fail(`expected 34 provincial-level divisions, found ${provinceRows.length}`);
const cells = new Set(provinceRows.map((p) => `${p.tile.row},${p.tile.col}`));
if (cells.size !== 34) fail('two provinces share a tile');
const provincesCsv = csv(
  ['code', 'name_zh', 'short_zh', 'name_en', 'row', 'col'],
  provinceRows.map((p) => [
    p.code,
    p.nameZh,
    shortProvinceName(p.nameZh),
    p.tile.en,
    String(p.tile.row),
    String(p.tile.col),
  ]),
);
const provinces = loadProvincesCsv(provincesCsv);
if (provinces.issues.length > 0) fail(`provinces.csv: ${provinces.issues.map((i) => i.message).join('; ')}`);
const gazetteer = provinceGazetteer(provinces.rows);

// 2. Citations. Every figure cites the original publication first (publisher, title,
//    date) and then the copy it was read from, with its kind (official / media / copy).
//    - Seed documents: data-src/cn/seed-citations.csv (this project's words, each row
//      checked against the seed's line in SOURCES.md).
//    - Rows of provincial-figures.csv on aggregator or look-alike sites: citation-fixes.csv
//      (better_url used where quote_found = yes; a candidate page where the passage could
//      not be seen is kept as unverified), with the original publication written plainly
//      in data-src/cn/publications.csv (one row per publisher/title/date of the fixes).
//    - Other rows cite their page, official or established media (OFFICIAL/MEDIA hosts).
//    - Rows of the report tables cite the report edition and the page read.
const SEED_INPUT = 'data-src/cn/seed-citations.csv';
const PUBLICATIONS_INPUT = 'data-src/cn/publications.csv';
const seedText = readFileSync(join(root, SEED_INPUT), 'utf8');
const publicationsText = readFileSync(join(root, PUBLICATIONS_INPUT), 'utf8');
const sourcesMd = read('SOURCES.md');
const fixesText = read('citation-fixes.csv');
const indexText = read('provincial-index.csv');
const countsText = read('group-counts.csv');

type CitationRow = Record<(typeof CITATION_HEADER)[number], string>;
const citationRows: CitationRow[] = [];
const citationIds = new Map<string, string>();
/** The id of a citation with these fields (the same fields, the same id). */
function citationId(fields: Partial<CitationRow>): string {
  const row = Object.fromEntries(CITATION_HEADER.map((h) => [h, (fields[h] ?? '').trim()])) as CitationRow;
  const key = JSON.stringify({ ...row, id: '' });
  const known = citationIds.get(key);
  if (known) return known;
  row.id = `c${String(citationRows.length + 1).padStart(3, '0')}`;
  citationRows.push(row);
  citationIds.set(key, row.id);
  return row.id;
}
/** 《title》 -> title; a text that is more than one title in 《》 is a description. */
function titleFields(raw: string): { title: string; description: string } {
  const m = /^《([^《》]+)》$/.exec(raw.trim());
  return m ? { title: m[1] ?? '', description: '' } : { title: '', description: raw.trim() };
}
const kindOf = (raw: string, where: string): CopyKind => {
  const k = parseCopyKind(raw);
  if (!k) fail(`${where}: page kind "${raw}" is not official, media or mirror`);
  return k;
};

const seedCitations = new Map<string, Partial<CitationRow>>();
for (const r of records(SEED_INPUT, seedText)) {
  const file = r['seed_file'] ?? '';
  const says = r['sources_md_says'] ?? '';
  const line = sourcesMd.split('\n').find((l) => l.startsWith(`| \`${file}\``));
  if (!line) fail(`${SEED_INPUT}: ${file} is not in the seed table of SOURCES.md`);
  if (!says || !line.includes(says)) fail(`${SEED_INPUT}: SOURCES.md does not say "${says}" of ${file}`);
  seedCitations.set(file, {
    publisher: r['publisher'],
    title: r['title'],
    description: r['description'],
    published: r['published'],
    source: r['copy_address'],
    source_kind: kindOf(r['copy_kind'] ?? '', `${SEED_INPUT}: ${file}`),
    untraced: r['untraced'],
  });
}
const seedCitation = (file: string, where: string) => {
  const c = seedCitations.get(file);
  if (!c) fail(`${where}: unknown seed "${file}"`);
  return citationId(c);
};

const publications = new Map<string, Record<string, string>>();
const pubKey = (r: Record<string, string>, prefix: string) =>
  JSON.stringify([r[`${prefix}publisher`], r[`${prefix}title`], r[`${prefix}date`]]);
for (const r of records(PUBLICATIONS_INPUT, publicationsText)) {
  const key = pubKey(r, 'fix_');
  if (publications.has(key)) fail(`${PUBLICATIONS_INPUT}: ${key} is listed twice`);
  if (!['yes', 'no'].includes(r['untraced'] ?? ''))
    fail(`${PUBLICATIONS_INPUT}: ${key}: untraced must be yes or no`);
  publications.set(key, r);
}
const usedPublications = new Set<string>();
const fixes = new Map<number, Record<string, string>>();
for (const r of records('citation-fixes.csv', fixesText)) {
  const row = Number(r['row']);
  if (!Number.isInteger(row) || fixes.has(row)) fail(`citation-fixes.csv: row "${r['row']}"`);
  if (!['yes', 'no'].includes(r['quote_found'] ?? '')) fail(`citation-fixes.csv: row ${row}: quote_found`);
  if (r['quote_found'] === 'yes' && !r['better_url'])
    fail(`citation-fixes.csv: row ${row}: quote found, no url`);
  fixes.set(row, r);
}
function fixCitation(fix: Record<string, string>, oldUrl: string): Partial<CitationRow> {
  const key = pubKey(
    {
      publisher: fix['original_publisher'] ?? '',
      title: fix['original_title'] ?? '',
      date: fix['original_date'] ?? '',
    },
    '',
  );
  const pub = publications.get(key);
  if (!pub)
    fail(`citation-fixes.csv: row ${fix['row']}: no plain citation in ${PUBLICATIONS_INPUT} for ${key}`);
  usedPublications.add(key);
  const kind = kindOf(fix['page_kind'] ?? '', `citation-fixes.csv: row ${fix['row']}`);
  const better = fix['better_url'] ?? '';
  const read =
    fix['quote_found'] === 'yes'
      ? { source: better, source_kind: kind, also_source: oldUrl, also_kind: 'copy', also_role: 'also' }
      : better
        ? {
            source: oldUrl,
            source_kind: 'copy',
            also_source: better,
            also_kind: kind,
            also_role: 'unverified',
          }
        : { source: oldUrl, source_kind: kind };
  return {
    publisher: pub['publisher'],
    title: pub['title'],
    description: pub['description'],
    published: pub['published'],
    source_title: pub['copy_title'],
    source_date: pub['copy_date'],
    untraced: pub['untraced'],
    ...read,
  };
}
// Hosts of the rows that cite an official or established-media page directly.
const OFFICIAL_HOSTS = /(^|\.)gov\.cn$|^ecas\.cas\.cn$/;
const MEDIA_HOSTS = new Set([
  'jsnews.jschina.com.cn',
  'www.xdkb.net',
  'taihainet.com',
  'www.dutenews.com',
  'ldwb.workerbj.cn',
  'china.org.cn',
  'gd.ifeng.com',
  'big5.china.com.cn',
]);
function pageCitation(url: string, where: string): Partial<CitationRow> {
  if (!isWebAddress(url)) fail(`${where}: "${url}" is not an http(s) address`);
  const host = siteOf(url);
  const kind = OFFICIAL_HOSTS.test(host) ? 'official' : MEDIA_HOSTS.has(host) ? 'media' : null;
  if (!kind) fail(`${where}: ${host} is neither a known official nor a known media site; add a citation fix`);
  return { source: url, source_kind: kind };
}

// 3. Metric rows. National rows: region 00, scope as the seed states it, cited by the
//    seed document. Provincial rows: scope = the source's own wording of what was
//    measured (it names the level: 省级部门, 市区两级, …); national aggregates of the
//    provincial assessment become region 00.
const HEADER = [
  'region_code',
  'metric_id',
  'value',
  'unit',
  'as_of',
  'scope',
  'label_zh',
  'source',
  'quote',
  'note',
  'citation',
  'flags',
] as const;
type Out = Record<(typeof HEADER)[number], string>;
const out: Out[] = [];
const nationalText = read('national-figures.csv');
const provincialText = read('provincial-figures.csv');
const addressOfId = (id: string) => citationRows.find((c) => c.id === id)?.source ?? '';
for (const r of records('national-figures.csv', nationalText)) {
  const seed = r['seed_file'] ?? '';
  const citation = seedCitation(seed, 'national-figures.csv');
  // A few seed figures are about one province (scope 北京市, 河南省): they get that
  // province's code, not 00, so they are never shown as national figures.
  const scope = r['scope'] ?? '';
  out.push({
    region_code: gazetteer.resolve(scope) ?? NATIONAL_CODE,
    metric_id: r['metric_id'] ?? '',
    value: r['value'] ?? '',
    unit: r['unit'] ?? '',
    as_of: r['as_of'] ?? '',
    scope,
    label_zh: r['metric_zh'] ?? '',
    source: addressOfId(citation),
    quote: r['quote'] ?? '',
    note: '',
    citation,
    flags: (r['as_of'] ?? '') === '' ? 'undated' : '',
  });
}
records('provincial-figures.csv', provincialText).forEach((r, index) => {
  const rowNumber = index + 1;
  const name = r['province_zh'] ?? '';
  const national = name.startsWith('全国');
  const code = national ? NATIONAL_CODE : (r['province_code'] ?? '');
  if (!national && gazetteer.resolve(name) !== code)
    fail(`provincial-figures.csv: ${name} is not code ${code}`);
  const metricId = r['metric_id'] ?? '';
  const url = r['source_url'] ?? '';
  const where = `provincial-figures.csv row ${rowNumber}`;
  const fix = fixes.get(rowNumber);
  if (fix && fix['old_source_url'] !== url.slice(0, fix['old_source_url']?.length ?? 0))
    fail(`${where}: citation fix is for ${fix['old_source_url']}, the row cites ${url}`);
  const seed = /^seed:(\S+)/.exec(url)?.[1];
  const citation = seed
    ? seedCitation(seed, where)
    : citationId(fix ? fixCitation(fix, url) : pageCitation(url, where));
  if (seed && fix)
    usedPublications.add(
      pubKey(
        {
          publisher: fix['original_publisher'] ?? '',
          title: fix['original_title'] ?? '',
          date: fix['original_date'] ?? '',
        },
        '',
      ),
    );
  out.push({
    region_code: code,
    metric_id: metricId,
    value: r['value'] ?? '',
    unit: r['unit'] ?? '',
    as_of: r['as_of'] ?? '',
    scope: national ? '全国(省级汇总)' : (r['metric_zh'] ?? ''),
    label_zh: r['metric_zh'] ?? '',
    source: addressOfId(citation),
    quote: r['quote'] ?? '',
    note: '',
    citation,
    flags: [metricId.startsWith('cps_') ? 'edition-year' : '', (r['as_of'] ?? '') === '' ? 'undated' : '']
      .filter(Boolean)
      .join(';'),
  });
});
const unusedFixes = [...fixes.keys()].filter(
  (row) => row > records('provincial-figures.csv', provincialText).length,
);
if (unusedFixes.length > 0)
  fail(`citation-fixes.csv: rows ${unusedFixes.join(', ')} are past the end of provincial-figures.csv`);
const unusedPublications = [...publications.keys()].filter((k) => !usedPublications.has(k));
if (unusedPublications.length > 0) fail(`${PUBLICATIONS_INPUT}: not used: ${unusedPublications.join('; ')}`);
out.sort(
  (a, b) =>
    a.region_code.localeCompare(b.region_code) ||
    a.metric_id.localeCompare(b.metric_id) ||
    a.as_of.localeCompare(b.as_of) ||
    a.source.localeCompare(b.source),
);
const metricsCsv = csv(
  HEADER,
  out.map((o) => HEADER.map((h) => o[h] ?? '')),
);

// 4. The catalogue: one row per metric_id. Names, direction and definitions in both
//    languages from data-src/cn/metric-text.csv (words, not figures; written by this
//    project). Where that file leaves `name_zh` empty, the Chinese name is the source's
//    wording on the metric's first row; a metric it does not list gets that wording as its
//    Chinese name and definition and an English name derived from the id.
const TEXT_INPUT = 'data-src/cn/metric-text.csv';
const textInput = readFileSync(join(root, TEXT_INPUT), 'utf8');
interface MetricText {
  nameZh: string;
  nameEn: string;
  higherIsBetter: boolean | null;
  definitionZh: string;
  definitionEn: string;
}
const metricText = new Map<string, MetricText>();
for (const r of records(TEXT_INPUT, textInput)) {
  const id = r['metric_id'] ?? '';
  const hib = r['higher_is_better'] ?? '';
  const text: MetricText = {
    nameZh: r['name_zh'] ?? '',
    nameEn: r['name_en'] ?? '',
    higherIsBetter: hib === 'true' ? true : hib === 'false' ? false : null,
    definitionZh: r['definition_zh'] ?? '',
    definitionEn: r['definition_en'] ?? '',
  };
  if (!id || metricText.has(id)) fail(`${TEXT_INPUT}: metric_id "${id}" is empty or repeated`);
  if (!['', 'true', 'false'].includes(hib)) fail(`${TEXT_INPUT}: ${id}: higher_is_better "${hib}"`);
  if (!text.nameEn || !text.definitionZh || !text.definitionEn)
    fail(`${TEXT_INPUT}: ${id}: name_en, definition_zh and definition_en are required`);
  metricText.set(id, text);
}
const byId = new Map<string, Out[]>();
for (const o of out) byId.set(o.metric_id, [...(byId.get(o.metric_id) ?? []), o]);
const unused = [...metricText.keys()].filter((id) => !byId.has(id));
if (unused.length > 0) fail(`${TEXT_INPUT}: no figures for ${unused.join(', ')}`);
const catalogueRows: string[][] = [];
for (const [id, rows] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
  const units = new Set(rows.map((r) => r.unit));
  if (units.size !== 1) fail(`${id}: more than one unit (${[...units].join(', ')})`);
  const first = rows[0];
  if (!first) continue;
  const unit = first.unit as MetricUnit;
  if (!(METRIC_UNITS as readonly string[]).includes(unit)) fail(`${id}: unknown unit ${unit}`);
  const text = metricText.get(id);
  const regions = new Set(rows.map((r) => r.region_code));
  const scope = !regions.has(NATIONAL_CODE)
    ? 'provincial'
    : regions.size > 1
      ? 'mixed'
      : rows.some((r) => r.scope === '全国(省级汇总)')
        ? 'national-aggregate'
        : 'national';
  const higher =
    unit === 'group' ? '' : String(text?.higherIsBetter ?? !['rank', 'days', 'visits'].includes(unit));
  catalogueRows.push([
    id,
    text?.nameZh || first.label_zh,
    text?.nameEn ?? idDerivedMetricName(id),
    unit,
    higher,
    scope,
    text?.definitionZh ?? first.label_zh,
    text?.definitionEn ?? '',
  ]);
}
const catalogueCsv = csv(
  ['id', 'name_zh', 'name_en', 'unit', 'higher_is_better', 'scope', 'definition_zh', 'definition_en'],
  catalogueRows,
);
const catalogue = loadMetricCatalogueCsv(catalogueCsv);
if (catalogue.issues.length > 0)
  fail(`metric-catalogue.csv: ${catalogue.issues.map((i) => i.message).join('; ')}`);

// 5. The report tables (provincial-index.csv) and the published group counts
//    (group-counts.csv), kept as published: row order, ranks, values and gaps as the
//    copies give them. What the research notes say of a copy becomes a flag the app
//    words (list position, garbled copy, uncertain or inferred edition, implied figure);
//    the defects a reader can see in the figures themselves (order against values, ranks
//    1-30 over 32 entries, ties) are found by src/core/indicators/report-index.ts, and
//    the build checks that it finds every one the notes name.
const NOTE_FLAGS: [RegExp, EntryFlag][] = [
  [/position in (the )?published top-10 list/i, 'list-position'],
  [/SPUN\/GARBLED/, 'garbled-copy'],
  [/edition uncertain/i, 'edition-uncertain'],
  [/edition inferred/i, 'edition-inferred'],
  [/implied by/i, 'implied'],
];
const UNATTRIBUTED = /no original outlet named|original outlet not (named|shown)|no outlet line/i;
const indexRecords = records('provincial-index.csv', indexText);
const untracedUrls = new Set<string>();
for (const r of indexRecords)
  if (r['page_kind'] === 'mirror' && UNATTRIBUTED.test(r['notes'] ?? ''))
    untracedUrls.add(r['retrieved_url'] ?? '');
for (const f of fixes.values()) {
  const pub = publications.get(
    pubKey(
      {
        publisher: f['original_publisher'] ?? '',
        title: f['original_title'] ?? '',
        date: f['original_date'] ?? '',
      },
      '',
    ),
  );
  if (pub?.['untraced'] === 'yes' && !f['better_url']) untracedUrls.add(f['old_source_url'] ?? '');
}
const reportOf = new Map<string, { publisher: string; title: string; count: number }>();
for (const r of indexRecords) {
  const key = `${r['report_edition']}|${r['publisher']}|${r['title']}`;
  const hit = reportOf.get(key);
  reportOf.set(key, {
    publisher: r['publisher'] ?? '',
    title: r['title'] ?? '',
    count: (hit?.count ?? 0) + 1,
  });
}
/** The edition's report as most of its rows cite it. */
const editionReport = (edition: string) => {
  const best = [...reportOf]
    .filter(([k]) => k.startsWith(`${edition}|`))
    .sort(([, a], [, b]) => b.count - a.count)[0]?.[1];
  if (!best) fail(`group-counts.csv: no report of the ${edition} edition in provincial-index.csv`);
  return best;
};
const reportCitation = (
  edition: string,
  publisher: string,
  title: string,
  url: string,
  kind: string,
  where: string,
) =>
  citationId({
    publisher,
    ...titleFields(title),
    published: edition,
    source: url,
    source_kind: kindOf(kind, where),
    untraced: untracedUrls.has(url) ? 'yes' : 'no',
  });
const REPORT_HEADER = [
  'edition',
  'assessed_year',
  'level',
  'region_code',
  'region_zh',
  'indicator',
  'value',
  'flags',
  'citation',
  'quote',
  'input_note',
] as const;
const reportRows = indexRecords.map((r, i) => {
  const where = `provincial-index.csv row ${i + 1}`;
  const edition = r['report_edition'] ?? '';
  const assessed = r['assessed_year'] ?? '';
  if (assessed !== String(Number(edition) - 1))
    fail(`${where}: assessed year ${assessed} of edition ${edition}`);
  const level = r['level'] ?? '';
  const name = r['region_zh'] ?? '';
  const code6 = r['region_code'] ?? '';
  let code = code6;
  if (level === 'province') {
    code = code6 === '' ? '' : code6.slice(0, 2);
    if (code6 !== '' && (!/^\d\d0000$/.test(code6) || gazetteer.resolve(name) !== code))
      fail(`${where}: ${name} is not province ${code6}`);
    if (code6 === '' && gazetteer.resolve(name) !== null) fail(`${where}: ${name} has a code`);
  } else if (!/^\d{6}$/.test(code6)) fail(`${where}: city code "${code6}"`);
  const notes = r['notes'] ?? '';
  const flags = NOTE_FLAGS.filter(([re]) => re.test(notes)).map(([, f]) => f);
  return {
    edition,
    assessed_year: assessed,
    level,
    region_code: code,
    region_zh: name,
    indicator: r['indicator'] ?? '',
    value: r['value'] ?? '',
    flags: flags.join(';'),
    citation: reportCitation(
      edition,
      r['publisher'] ?? '',
      r['title'] ?? '',
      r['retrieved_url'] ?? '',
      r['page_kind'] ?? '',
      where,
    ),
    quote: r['quote'] ?? '',
    input_note: notes,
  };
});
const reportCsv = csv(
  REPORT_HEADER,
  reportRows.map((o) => REPORT_HEADER.map((h) => o[h])),
);
const COUNT_HEADER = ['edition', 'level', 'group', 'groups', 'count', 'citation', 'quote'] as const;
const countRows = records('group-counts.csv', countsText).map((r, i) => {
  const where = `group-counts.csv row ${i + 1}`;
  const label = r['group'] ?? '';
  // "高以上(非常高+高)" counts the groups in its brackets; a plain label counts itself.
  const groups = /\(([^()]+\+[^()]+)\)$/.exec(label)?.[1] ?? label;
  const edition = r['report_edition'] ?? '';
  const report = editionReport(edition);
  return {
    edition,
    level: r['level'] ?? '',
    group: label,
    groups,
    count: r['count'] ?? '',
    citation: reportCitation(
      edition,
      report.publisher,
      report.title,
      r['retrieved_url'] ?? '',
      r['page_kind'] ?? '',
      where,
    ),
    quote: r['quote'] ?? '',
  };
});
const countsCsv = csv(
  COUNT_HEADER,
  countRows.map((o) => COUNT_HEADER.map((h) => o[h])),
);
const citationsCsv = csv(
  CITATION_HEADER,
  citationRows.map((c) => CITATION_HEADER.map((h) => c[h])),
);

// 6. Round trip through the app's loaders: any error fails the build.
const data = buildCnData(provincesCsv, catalogueCsv, metricsCsv, citationsCsv, reportCsv, countsCsv);
const errors = data.issues.filter((i) => i.severity === 'error');
if (errors.length > 0) fail(`data/cn: ${errors.map((e) => e.message).join('; ')}`);
if (data.rows.length !== out.length) fail(`metrics.csv: ${data.rows.length} rows loaded of ${out.length}`);
if (loadReportIndexCsv(reportCsv).entries.length !== reportRows.length)
  fail('report-index.csv: not every row loaded');
const conflicts = data.issues.filter((i) => i.code === 'conflict');
const uncited = data.rows.filter((r) => !data.citations.has(r.citationId));
if (uncited.length > 0)
  fail(`metrics.csv: rows ${uncited.map((r) => r.line).join(', ')} cite no known citation`);
// Every defect the notes name is found in the figures, for the region they name.
function notesConcern(n: TableNote, code: string, nameZh: string): boolean {
  const key = regionKey({ regionCode: code, nameZh });
  switch (n.kind) {
    case 'order-contradiction':
      return n.above.key === key || n.below.key === key;
    case 'tie':
    case 'tie-different-values':
      return n.places.some((p) => p.key === key);
    case 'no-value':
      return n.place.key === key;
    case 'conflict':
      return n.key === key;
    case 'separate-claims':
      return n.claims.some((c) => c.key === key);
    case 'dense-ranks':
    case 'list-position':
      return true;
  }
}
const tables = reportEditions(data.report.entries).map(({ edition, level }) =>
  editionTable(data.report.entries, data.report.counts, edition, level, data.addressOf),
);
const noteKinds: [RegExp, TableNote['kind'][]][] = [
  [/PAGE ERROR/, ['order-contradiction']],
  [/PAGE INCONSISTENCY/, ['tie-different-values']],
  [/NO index value/, ['no-value']],
  [/dense\/tied ranking/, ['dense-ranks']],
  // Two copies giving one region two figures, or two regions the same first place.
  [/CONFLICT/, ['conflict', 'separate-claims']],
];
for (const [re, kinds] of noteKinds) {
  const named = reportRows.filter((r) => re.test(r.input_note));
  for (const r of named) {
    const table = tables.find((t) => String(t.edition) === r.edition && t.level === r.level);
    if (!table?.notes.some((n) => kinds.includes(n.kind) && notesConcern(n, r.region_code, r.region_zh)))
      fail(
        `report-index.csv: the notes name a ${kinds.join(' or ')} in ${r.edition} ${r.level} (${r.region_zh}); the app does not find it`,
      );
  }
}
const defects = tables.flatMap((t) => t.notes.map((n) => `${t.edition} ${t.level}: ${n.kind}`));
const checks = tables.flatMap((t) =>
  t.groupChecks.map(
    (c) =>
      `${t.edition} ${t.level} ${c.groups.join('+')}: ${c.listed.length} named${c.count ? ` of ${c.count.count} published` : ''} (${c.status})`,
  ),
);

// 7. Checksums and notes, in their own block of data/README.md.
const outputs: Record<string, string> = {
  'cn/provinces.csv': provincesCsv,
  'cn/metric-catalogue.csv': catalogueCsv,
  'cn/metrics.csv': metricsCsv,
  'cn/citations.csv': citationsCsv,
  'cn/report-index.csv': reportCsv,
  'cn/group-counts.csv': countsCsv,
};
const inputs: [string, string][] = [
  ['shared/data/cn/national-figures.csv', nationalText],
  ['shared/data/cn/provincial-figures.csv', provincialText],
  ['shared/data/cn/SOURCES.md', sourcesMd],
  ['shared/data/cn/provincial-index.csv', indexText],
  ['shared/data/cn/group-counts.csv', countsText],
  ['shared/data/cn/citation-fixes.csv', fixesText],
  ['shared/data/cn/REPORTS.md', read('REPORTS.md')],
  [TEXT_INPUT, textInput],
  [SEED_INPUT, seedText],
  [PUBLICATIONS_INPUT, publicationsText],
  [`node_modules/${AREA_PACKAGE}`, readFileSync(require.resolve(AREA_PACKAGE), 'utf8')],
];
const provincesWithData = new Set(out.map((o) => o.region_code).filter((c) => c !== NATIONAL_CODE));
const standing = new Map<string, number>();
for (const r of data.rows) {
  const c = data.citations.get(r.citationId);
  const s = c ? citationStanding(c) : 'unknown';
  standing.set(s, (standing.get(s) ?? 0) + 1);
}
const block = [
  '<!-- build-cn-data:start (written by `npm run build-cn-data`; do not edit by hand) -->',
  '',
  ...checksumTables(
    {
      inputs: 'Chinese metrics: inputs (sha256)',
      inputColumn: 'file',
      outputs: 'Chinese metrics: outputs (sha256)',
    },
    inputs,
    outputs,
  ),
  '',
  `- ${out.filter((o) => o.region_code === NATIONAL_CODE).length} national rows (region_code 00), ${
    out.filter((o) => o.region_code !== NATIONAL_CODE).length
  } provincial rows for ${provincesWithData.size} of 34 provincial-level divisions; ${catalogueRows.length} metrics.`,
  `- Every row has a citation and a quote (checked by the build and by tests/core/cn-data.test.ts); ${citationRows.length} distinct citations. Metric rows by what their citation names: ${[
    'original',
    'page',
    'untraced',
  ]
    .map(
      (s) =>
        `${standing.get(s) ?? 0} ${s === 'original' ? 'name the original publication' : s === 'page' ? 'cite an official or media page' : 'cite an untraced copy'}`,
    )
    .join(
      ', ',
    )}; ${[...fixes.values()].filter((f) => f['quote_found'] === 'yes').length} read from the better page of citation-fixes.csv.`,
  `- Same region, metric, date and scope with different values: ${conflicts.length}${
    conflicts.length ? ` (${conflicts.map((c) => c.message).join('; ')})` : ''
  }.`,
  `- Report tables: ${reportRows.length} entries in ${tables.length} edition tables; ${countRows.length} published group counts.`,
  `- What the app flags in them: ${[...new Set(defects)].join('; ')}.`,
  `- Group lists against the published counts: ${checks.join('; ')}.`,
  '',
  '<!-- build-cn-data:end -->',
].join('\n');
const readmePath = join(root, 'data', 'README.md');
const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '# data\n';
const marker = /<!-- build-cn-data:start[\s\S]*?<!-- build-cn-data:end -->/;
const replaced = marker.test(readme) ? readme.replace(marker, block) : `${readme.trimEnd()}\n\n${block}\n`;

const files: [string, string][] = [
  ...Object.entries(outputs).map(([rel, text]): [string, string] => [join(root, 'data', rel), text]),
  [readmePath, replaced],
];
if (checkOnly) {
  const stale = files
    .filter(([p, text]) => !existsSync(p) || readFileSync(p, 'utf8') !== text)
    .map(([p]) => relative(root, p));
  if (stale.length > 0) {
    console.error(`build-cn-data --check: ${stale.length} file(s) differ:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log('build-cn-data --check: data/cn is up to date');
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [p, text] of files) writeFileSync(p, text);
  console.log(
    `build-cn-data: ${out.length} metric rows, ${catalogueRows.length} metrics, ${provinceRows.length} provinces, ${reportRows.length} report entries, ${citationRows.length} citations from ${relative(root, cnDir)}`,
  );
}
