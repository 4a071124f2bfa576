// Benchmarks of the built app and of the data loaders.
//
//   npm run bench           (= vite build && tsx scripts/bench.ts)
//
// 1. First-page JS+CSS: every script and stylesheet the first page load requests (until
//    the first chart has rendered), gzipped at level 9 from dist/, against the budget.
// 2. Cold time to first chart: 5 loads, each in a fresh browser context (empty cache),
//    from navigation start to performance.mark('first-chart').
// 3. Parsing and validating the whole shipped dataset in Node (median of 20 runs after
//    3 warm-ups).
// 4. The import of a 1,000,000-row long CSV through the worker against raw Papa.parse,
//    and 5. a 300,000-row file where every row is bad, to the review (scripts/bench-import.ts).
//
// Figures are printed as tables and, last, as one JSON line. Timings never fail the run;
// the exit code is non-zero only when a measurement could not be taken at all.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { BAD_ROWS_BUDGET_MS, IMPORT_BUDGET, measureBadRows, measureImport } from './bench-import';
import { loadAliasesCsv, loadCountriesCsv } from '../src/core/load/countries';
import { buildGazetteer } from '../src/core/load/gazetteer';
import { loadSurveyCsv } from '../src/core/load/surveys';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The built app; BENCH_DIST overrides it (e.g. to compare with another build). */
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, 'dist');
const DATA = path.join(ROOT, 'data', 'un-egov');

/** Budget for the first page's JS+CSS, gzipped (1 KB = 1000 bytes, as Vite reports). */
const BUDGET_KB = 330;
const COLD_RUNS = 5;
const NODE_WARMUPS = 3;
const NODE_RUNS = 20;
const TIMEOUT = 30_000;
const CHART = '.e-chart[data-rendered="true"]';

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const ms = (v: number) => v.toFixed(1);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const hi = s[mid] ?? Number.NaN;
  return s.length % 2 === 1 ? hi : ((s[mid - 1] ?? Number.NaN) + hi) / 2;
}

function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

interface FirstPageFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** JS and CSS the first page load requests before its first chart, gzipped from dist/. */
async function measureFirstPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const requested = new Set<string>();
    let recording = true;
    context.on('request', (req) => {
      if (!recording) return;
      const type = req.resourceType();
      const { pathname } = new URL(req.url(), url);
      if (type === 'script' || type === 'stylesheet' || /\.(m?js|css)$/.test(pathname)) {
        requested.add(req.url());
      }
    });
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    await page.locator(CHART).first().waitFor({ state: 'attached', timeout: TIMEOUT });
    recording = false;

    const files: FirstPageFile[] = [];
    const origin = new URL(url).origin;
    const foreign: string[] = [];
    for (const u of requested) {
      const parsed = new URL(u);
      if (parsed.origin !== origin) {
        foreign.push(u);
        continue;
      }
      const rel = decodeURIComponent(parsed.pathname).replace(/^\/+/, '');
      const bytes = await readFile(path.join(DIST, rel));
      files.push({ file: rel, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
    }
    files.sort((a, b) => b.gzipBytes - a.gzipBytes);
    const gzipBytes = files.reduce((s, f) => s + f.gzipBytes, 0);
    const rawBytes = files.reduce((s, f) => s + f.rawBytes, 0);
    return { files, gzipBytes, rawBytes, foreign };
  } finally {
    await context.close();
  }
}

/** Cold loads in fresh contexts: navigation start -> performance.mark('first-chart'). */
async function measureColdFirstChart(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('first-chart')[0]?.startTime,
        undefined,
        { timeout: TIMEOUT, polling: 'raf' },
      );
      times.push(Number(await handle.jsonValue()));
    } finally {
      await context.close();
    }
  }
  return times;
}

interface NodeStep {
  step: string;
  rows: number;
  medianMs: number;
  rowsPerSec: number;
}

/** Times each loader over the shipped CSVs: median of NODE_RUNS after NODE_WARMUPS. */
async function measureNodeParse(): Promise<NodeStep[]> {
  const [countriesText, aliasesText, surveysText] = await Promise.all(
    ['countries.csv', 'name-aliases.csv', 'surveys.csv'].map((f) => readFile(path.join(DATA, f), 'utf8')),
  );
  const countries = loadCountriesCsv(countriesText ?? '');
  const aliases = loadAliasesCsv(aliasesText ?? '');
  const gazetteer = buildGazetteer(countries.rows, aliases.rows);
  const surveys = loadSurveyCsv(surveysText ?? '', gazetteer, { outOfRange: 'keep' });
  const errors = [...countries.issues, ...aliases.issues, ...surveys.issues].filter(
    (i) => i.severity === 'error',
  );
  if (errors.length > 0) {
    console.warn(
      `warning: the shipped data loads with ${errors.length} error(s), e.g. ${errors[0]?.message}`,
    );
  }

  const time = (fn: () => unknown): number => {
    for (let i = 0; i < NODE_WARMUPS; i++) fn();
    const runs: number[] = [];
    for (let i = 0; i < NODE_RUNS; i++) {
      const t0 = performance.now();
      fn();
      runs.push(performance.now() - t0);
    }
    return median(runs);
  };
  const step = (name: string, rows: number, fn: () => unknown): NodeStep => {
    const medianMs = time(fn);
    return { step: name, rows, medianMs, rowsPerSec: medianMs > 0 ? rows / (medianMs / 1000) : Infinity };
  };
  const all = [
    step('loadCountriesCsv', countries.rows.length, () => loadCountriesCsv(countriesText ?? '')),
    step('loadAliasesCsv', aliases.rows.length, () => loadAliasesCsv(aliasesText ?? '')),
    step('buildGazetteer', countries.rows.length + aliases.rows.length, () =>
      buildGazetteer(countries.rows, aliases.rows),
    ),
    step('loadSurveyCsv', surveys.rows.length, () =>
      loadSurveyCsv(surveysText ?? '', gazetteer, { outOfRange: 'keep' }),
    ),
  ];
  const totalRows = countries.rows.length + aliases.rows.length + surveys.rows.length;
  all.push(
    step('all (parse + validate)', totalRows, () => {
      const c = loadCountriesCsv(countriesText ?? '');
      const a = loadAliasesCsv(aliasesText ?? '');
      return loadSurveyCsv(surveysText ?? '', buildGazetteer(c.rows, a.rows), { outOfRange: 'keep' });
    }),
  );
  return all;
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
  let failed = false;

  const server = await serveDist({ root: DIST, port: 0 });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    result.chromium = browser.version();

    const first = await measureFirstPage(browser, server.url);
    const pass = first.gzipBytes <= BUDGET_KB * 1000;
    printTable(
      `First-page JS+CSS (requested before the first chart), gzip -9: ${first.files.length} files`,
      ['file', 'raw KB', 'gzip KB'],
      [
        ...first.files.slice(0, 8).map((f) => [f.file, kb(f.rawBytes), kb(f.gzipBytes)]),
        ...(first.files.length > 8 ? [[`(${first.files.length - 8} more)`, '', '']] : []),
        ['total', kb(first.rawBytes), kb(first.gzipBytes)],
      ],
    );
    console.log(`budget ${BUDGET_KB} KB gzip: ${kb(first.gzipBytes)} KB -> ${pass ? 'PASS' : 'OVER'}`);
    if (first.foreign.length > 0) console.log(`foreign-origin requests: ${first.foreign.join(', ')}`);
    result.firstPage = {
      files: first.files.length,
      rawKB: Number(kb(first.rawBytes)),
      gzipKB: Number(kb(first.gzipBytes)),
      budgetKB: BUDGET_KB,
      status: pass ? 'PASS' : 'OVER',
      largest: first.files.slice(0, 5).map((f) => ({ file: f.file, gzipKB: Number(kb(f.gzipBytes)) })),
    };

    const cold = await measureColdFirstChart(browser, server.url);
    printTable(
      `Cold time to first chart (${COLD_RUNS} fresh contexts, navigation start -> 'first-chart' mark)`,
      ['run', 'ms'],
      [...cold.map((t, i) => [`#${i + 1}`, ms(t)]), ['median', ms(median(cold))]],
    );
    result.coldFirstChartMs = { median: Number(ms(median(cold))), runs: cold.map((t) => Number(ms(t))) };

    // 4. Import pipeline (issue 5): see scripts/bench-import.ts.
    const imp = await measureImport(browser, server.url);
    const ratio = imp.runs.map((r) => r.pipelineMs / r.papaMs);
    const longest = Math.max(...imp.runs.map((r) => r.longestTaskMs));
    printTable(
      `Import ${imp.rows.toLocaleString('en')}-row long-format CSV (${imp.megabytes.toFixed(1)} MB) through the worker vs raw Papa.parse`,
      ['run', 'pipeline ms', 'Papa.parse ms', 'ratio', 'longest task ms', 'long tasks'],
      imp.runs.map((r, i) => [
        `#${i + 1}`,
        ms(r.pipelineMs),
        ms(r.papaMs),
        (r.pipelineMs / r.papaMs).toFixed(2),
        ms(r.longestTaskMs),
        r.longTasks,
      ]),
    );
    console.log(
      `budget ratio <= ${IMPORT_BUDGET.ratio}: median ${median(ratio).toFixed(2)}; ` +
        `budget longest main-thread task <= ${IMPORT_BUDGET.longTaskMs} ms: ${ms(longest)} ms`,
    );
    console.log(`review summary: ${imp.runs[0]?.summary ?? ''}`);
    result.import = {
      rows: imp.rows,
      megabytes: Number(imp.megabytes.toFixed(1)),
      pipelineMsMedian: Number(ms(median(imp.runs.map((r) => r.pipelineMs)))),
      papaMsMedian: Number(ms(median(imp.runs.map((r) => r.papaMs)))),
      ratioMedian: Number(median(ratio).toFixed(2)),
      longestTaskMs: Number(ms(longest)),
      budget: IMPORT_BUDGET,
    };

    // 5. A file where every row is bad (issue 9): see scripts/bench-import.ts.
    const bad = await measureBadRows(browser, server.url);
    const badMedian = median(bad.runs.map((r) => r.ms));
    printTable(
      `Import ${bad.rows.toLocaleString('en')}-row CSV (${bad.megabytes.toFixed(1)} MB), every row bad, through the worker to the review`,
      ['run', 'to review ms', 'longest task ms'],
      bad.runs.map((r, i) => [`#${i + 1}`, ms(r.ms), ms(r.longestTaskMs)]),
    );
    console.log(
      `budget <= ${BAD_ROWS_BUDGET_MS} ms: median ${ms(badMedian)} ms -> ${badMedian <= BAD_ROWS_BUDGET_MS ? 'PASS' : 'OVER'}`,
    );
    console.log(`review summary: ${bad.summary}`);
    result.badRows = {
      rows: bad.rows,
      megabytes: Number(bad.megabytes.toFixed(1)),
      toReviewMsMedian: Number(ms(badMedian)),
      budgetMs: BAD_ROWS_BUDGET_MS,
      status: badMedian <= BAD_ROWS_BUDGET_MS ? 'PASS' : 'OVER',
    };
  } catch (err) {
    failed = true;
    console.error(`\nbrowser benchmark failed: ${err instanceof Error ? err.message : String(err)}`);
    result.browserError = err instanceof Error ? err.message.split('\n')[0] : String(err);
  } finally {
    await browser?.close();
    await server.close();
  }

  const steps = await measureNodeParse();
  printTable(
    `Parse + validate the shipped dataset in Node (median of ${NODE_RUNS} runs after ${NODE_WARMUPS} warm-ups)`,
    ['step', 'rows', 'median ms', 'rows/s'],
    steps.map((s) => [s.step, s.rows, s.medianMs.toFixed(2), Math.round(s.rowsPerSec).toLocaleString('en')]),
  );
  result.nodeParse = steps.map((s) => ({
    step: s.step,
    rows: s.rows,
    medianMs: Number(s.medianMs.toFixed(3)),
    rowsPerSec: Math.round(s.rowsPerSec),
  }));

  console.log('');
  console.log(JSON.stringify(result));
  if (failed) process.exitCode = 1;
}

await main();
