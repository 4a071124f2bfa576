/**
 * Derives data/cn/ (provinces.csv, metric-catalogue.csv, metrics.csv) from the collected
 * Chinese figures in ../shared/data/cn (or $EGOV_CN_DIR), the province list of the
 * china-area-data package and this project's names and definitions of the metrics
 * (data-src/cn/metric-text.csv). Run with `npm run build-cn-data` (also part of `build-data`).
 *
 * No figure is made here: every metrics.csv row is one row of national-figures.csv or
 * provincial-figures.csv, with its source and quote. The output goes back through the
 * app's own loader (src/core/load/metrics.ts) and the build fails on any load error.
 *
 * With `--check` nothing is written: the outputs are compared with the files on disk and
 * the script exits 1 when they differ.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMetricsCsv, METRIC_UNITS } from '../src/core/load/metrics';
import type { MetricUnit } from '../src/core/load/metrics';
import {
  idDerivedMetricName,
  loadMetricCatalogueCsv,
  metricResolver,
} from '../src/core/load/metric-catalogue';
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

// 2. Metric rows. National rows: region 00, scope as the seed states it, source = the
//    seed document. Provincial rows: scope = the source's own wording of what was
//    measured (it names the level: 省级部门, 市区两级, …); national aggregates of the
//    provincial assessment become region 00.
const SEEDS: Record<string, string> = {
  '000_98784e8449457d89.txt': '“十三五”电子政务发展回顾与“十四五”趋势评论(无署名)',
  '001_e608aa0ff266004d.txt':
    '经济参考报 2020-12-24《数字化转型提升政府治理能力现代化水平》(house.china.com.cn 转载)',
  '002_a133281c122957dc.txt': '2020第二届中国电子政务安全大会讲话(肖稳田, 2020-09-16/17)',
  '003_509f77f7492c7533.txt': '李季《“十四五”期间电子政务发展趋势展望》',
  '004_c2990af12a92aebf.txt': '关于联合国2018年电子政务调查与中国的文章(约2019)',
};
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
] as const;
type Out = Record<(typeof HEADER)[number], string>;
const out: Out[] = [];
const nationalText = read('national-figures.csv');
const provincialText = read('provincial-figures.csv');
for (const r of records('national-figures.csv', nationalText)) {
  const seed = r['seed_file'] ?? '';
  const title = SEEDS[seed];
  if (!title) fail(`national-figures.csv: unknown seed "${seed}"`);
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
    source: `seed:${seed} ${title}`,
    quote: r['quote'] ?? '',
    note: '',
  });
}
for (const r of records('provincial-figures.csv', provincialText)) {
  const name = r['province_zh'] ?? '';
  const national = name.startsWith('全国');
  const code = national ? NATIONAL_CODE : (r['province_code'] ?? '');
  if (!national && gazetteer.resolve(name) !== code)
    fail(`provincial-figures.csv: ${name} is not code ${code}`);
  const metricId = r['metric_id'] ?? '';
  out.push({
    region_code: code,
    metric_id: metricId,
    value: r['value'] ?? '',
    unit: r['unit'] ?? '',
    as_of: r['as_of'] ?? '',
    scope: national ? '全国(省级汇总)' : (r['metric_zh'] ?? ''),
    label_zh: r['metric_zh'] ?? '',
    source: r['source_url'] ?? '',
    quote: r['quote'] ?? '',
    note: [
      metricId.startsWith('cps_') ? 'as_of = 报告版本年份 (report edition year)' : '',
      (r['as_of'] ?? '') === '' ? '原文无日期 (undated in the source)' : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
}
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

// 3. The catalogue: one row per metric_id. Names, direction and definitions in both
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

// 4. Round trip through the app's loader: any error fails the build.
const loaded = loadMetricsCsv(metricsCsv, {
  provinces: gazetteer,
  resolveMetric: metricResolver(catalogue.rows),
  requireCitation: true,
});
const errors = loaded.issues.filter((i) => i.severity === 'error');
if (errors.length > 0) fail(`metrics.csv: ${errors.map((e) => e.message).join('; ')}`);
if (loaded.rows.length !== out.length)
  fail(`metrics.csv: ${loaded.rows.length} rows loaded of ${out.length}`);
const conflicts = loaded.issues.filter((i) => i.code === 'conflict');

// 5. Checksums and notes, in their own block of data/README.md.
const outputs: Record<string, string> = {
  'cn/provinces.csv': provincesCsv,
  'cn/metric-catalogue.csv': catalogueCsv,
  'cn/metrics.csv': metricsCsv,
};
const inputs: [string, string][] = [
  ['shared/data/cn/national-figures.csv', nationalText],
  ['shared/data/cn/provincial-figures.csv', provincialText],
  ['shared/data/cn/SOURCES.md', read('SOURCES.md')],
  [TEXT_INPUT, textInput],
  [`node_modules/${AREA_PACKAGE}`, readFileSync(require.resolve(AREA_PACKAGE), 'utf8')],
];
const provincesWithData = new Set(out.map((o) => o.region_code).filter((c) => c !== NATIONAL_CODE));
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
  `- Every row has a source and a quote (checked by the build and by tests/core/cn-data.test.ts).`,
  `- Same region, metric, date and scope with different values: ${conflicts.length}${
    conflicts.length ? ` (${conflicts.map((c) => c.message).join('; ')})` : ''
  }.`,
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
    `build-cn-data: ${out.length} metric rows, ${catalogueRows.length} metrics, ${provinceRows.length} provinces from ${relative(root, cnDir)}`,
  );
}
