// Benchmarks of the built app and of the data loaders.
//
//   npm run bench           (= vite build && tsx scripts/bench.ts && tsx scripts/bench-trends.ts)
//   npm run bench:ratios    (= vite build && tsx scripts/bench.ts --ratios-only: part 1 only)
//   npm run bench:single-file (= vite build --mode offline && tsx scripts/bench.ts --single-file-only: part 6)
//
// 1. The app against a floor page of the bench's own (scripts/bench-floor.ts: React +
//    tree-shaken ECharts, one line chart from a small CSV, a select), built into a temp
//    folder and measured in the same run, interleaved (scripts/bench-ratios.ts):
//    cold time to first chart (median of 5 fresh contexts each), the JS+CSS requested
//    before the first chart (gzip -9; the app's also against its budget), and interaction
//    latency as INP measures it (Event Timing of real key presses and clicks), each as
//    app / floor.
// 2. Import pipeline (scripts/bench-import.ts).
// 3. Parsing and validating the whole shipped dataset in Node (median of 20 runs after
//    3 warm-ups).
// 4. The import of a 1,000,000-row long CSV through the worker against raw Papa.parse,
//    and 5. a 300,000-row file where every row is bad, to the review (scripts/bench-import.ts).
// 6. The single-file build (dist-offline/egov-atlas.html, npm run build:offline): its size,
//    raw and gzip -9, and its cold time to first chart opened from file:// (median of 3).
// 7. A deck of 10 saved views exported as PPTX, click to download (scripts/bench-deck.ts;
//    `npm run bench:deck` runs only this part).
//
// Figures are printed as tables and, last, as one JSON line. Timings never fail the run;
// the exit code is non-zero only when a measurement could not be taken at all.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { BAD_ROWS_BUDGET_MS, IMPORT_BUDGET, measureBadRows, measureImport } from './bench-import';
import { buildFloor, compareWithAppConfig } from './bench-floor';
import { DECK_BUDGET_MS, DECK_VIEWS, measureDeck } from './bench-deck';
import { measureAppVsFloor, reportAppVsFloor } from './bench-ratios';
import { DIST, ROOT, kb, median, ms, printTable } from './bench-report';
import { loadAliasesCsv, loadCountriesCsv } from '../src/core/load/countries';
import { buildGazetteer } from '../src/core/load/gazetteer';
import { loadSurveyCsv } from '../src/core/load/surveys';

const DATA = path.join(ROOT, 'data', 'un-egov');
const SINGLE_FILE = path.join(ROOT, 'dist-offline', 'egov-atlas.html');
const SINGLE_FILE_RUNS = 3;

/** Budget for the first page's JS+CSS, gzipped (1 KB = 1000 bytes, as Vite reports). */
const BUDGET_KB = 330;
/** `--ratios-only` (npm run bench:ratios): only the app against the floor. */
const RATIOS_ONLY = process.argv.includes('--ratios-only');
/** `--single-file-only` (npm run bench:single-file): only part 6. */
const SINGLE_FILE_ONLY = process.argv.includes('--single-file-only');
/** `--deck-only` (npm run bench:deck): only part 7. */
const DECK_ONLY = process.argv.includes('--deck-only');
const NODE_WARMUPS = 3;
const NODE_RUNS = 20;

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

/** Import pipeline (issue 5): see scripts/bench-import.ts. */
async function reportImport(browser: Browser, url: string, result: Record<string, unknown>): Promise<void> {
  const imp = await measureImport(browser, url);
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
}

/** A file where every row is bad (issue 9): see scripts/bench-import.ts. */
async function reportBadRows(browser: Browser, url: string, result: Record<string, unknown>): Promise<void> {
  const bad = await measureBadRows(browser, url);
  const badMedian = median(bad.runs.map((r) => r.ms));
  printTable(
    `Import ${bad.rows.toLocaleString('en')}-row CSV (${bad.megabytes.toFixed(1)} MB), every row bad, through the worker to the review`,
    ['run', 'to review ms', 'longest task ms'],
    bad.runs.map((r, i) => [`#${i + 1}`, ms(r.ms), ms(r.longestTaskMs)]),
  );
  const status = badMedian <= BAD_ROWS_BUDGET_MS ? 'PASS' : 'OVER';
  console.log(`budget <= ${BAD_ROWS_BUDGET_MS} ms: median ${ms(badMedian)} ms -> ${status}`);
  console.log(`review summary: ${bad.summary}`);
  result.badRows = {
    rows: bad.rows,
    megabytes: Number(bad.megabytes.toFixed(1)),
    toReviewMsMedian: Number(ms(badMedian)),
    budgetMs: BAD_ROWS_BUDGET_MS,
    status,
  };
}

/** A deck of 10 saved views (issue 11): see scripts/bench-deck.ts. */
async function reportDeck(browser: Browser, url: string, result: Record<string, unknown>): Promise<void> {
  const runs = await measureDeck(browser, url);
  const mid = median(runs.map((r) => r.ms));
  printTable(
    `Deck of ${DECK_VIEWS.length} saved views, "Export deck (PPTX)" click to download`,
    ['run', 'ms', 'file KB'],
    runs.map((r, i) => [`#${i + 1}`, ms(r.ms), kb(r.bytes)]),
  );
  const status = mid <= DECK_BUDGET_MS ? 'PASS' : 'OVER';
  console.log(`budget <= ${DECK_BUDGET_MS} ms: median ${ms(mid)} ms -> ${status}`);
  result.deck = { views: DECK_VIEWS.length, msMedian: Number(ms(mid)), budgetMs: DECK_BUDGET_MS, status };
}

async function main(): Promise<void> {
  const result: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
  let failed = false;

  if (SINGLE_FILE_ONLY) {
    const browser = await launchChromium();
    try {
      await reportSingleFile(browser, result);
    } finally {
      await browser.close();
    }
    console.log(`\n${JSON.stringify(result)}`);
    return;
  }

  if (DECK_ONLY) {
    const server = await serveDist({ root: DIST, port: 0 });
    const browser = await launchChromium();
    try {
      await reportDeck(browser, server.url, result);
    } finally {
      await browser.close();
      await server.close();
    }
    console.log(`\n${JSON.stringify(result)}`);
    return;
  }

  for (const w of await compareWithAppConfig()) console.warn(`warning: floor settings differ: ${w}`);
  const floor = await buildFloor();
  const server = await serveDist({ root: DIST, port: 0 });
  const floorServer = await serveDist({ root: floor.dir, port: 0 });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    result.chromium = browser.version();

    const vs = await measureAppVsFloor(
      browser,
      { name: 'app', url: server.url, dir: DIST },
      { name: 'floor', url: floorServer.url, dir: floor.dir },
    );
    Object.assign(result, reportAppVsFloor(vs, BUDGET_KB));

    if (!RATIOS_ONLY) {
      await reportImport(browser, server.url, result);
      await reportBadRows(browser, server.url, result);
      await reportSingleFile(browser, result);
      await reportDeck(browser, server.url, result);
    }
  } catch (err) {
    failed = true;
    console.error(`\nbrowser benchmark failed: ${err instanceof Error ? err.message : String(err)}`);
    result.browserError = err instanceof Error ? err.message.split('\n')[0] : String(err);
  } finally {
    await browser?.close();
    await server.close();
    await floorServer.close();
    await floor.cleanup();
  }

  if (!RATIOS_ONLY) await reportNodeParse(result);
  console.log('');
  console.log(JSON.stringify(result));
  if (failed) process.exitCode = 1;
}

/** The single-file build: size, and cold time to the first chart from file://. */
async function reportSingleFile(browser: Browser, result: Record<string, unknown>): Promise<void> {
  const bytes = await readFile(SINGLE_FILE).catch(() => null);
  if (!bytes) {
    console.log(`\nSingle-file build: ${path.relative(ROOT, SINGLE_FILE)} not built (npm run build:offline)`);
    return;
  }
  const gzipBytes = gzipSync(bytes, { level: 9 }).length;
  const runs: number[] = [];
  for (let i = 0; i < SINGLE_FILE_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(SINGLE_FILE).href, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, null, {
        timeout: 30_000,
      });
      runs.push(await page.evaluate(() => performance.getEntriesByName('first-chart')[0]?.startTime ?? NaN));
    } finally {
      await context.close();
    }
  }
  printTable(
    `Single-file build (${path.relative(ROOT, SINGLE_FILE)}), opened from file://`,
    ['file', 'raw KB', 'gzip -9 KB', `first chart ms (median of ${SINGLE_FILE_RUNS})`],
    [[path.basename(SINGLE_FILE), kb(bytes.length), kb(gzipBytes), ms(median(runs))]],
  );
  result.singleFile = {
    rawKB: Number(kb(bytes.length)),
    gzipKB: Number(kb(gzipBytes)),
    firstChartMsMedian: Number(ms(median(runs))),
  };
}

async function reportNodeParse(result: Record<string, unknown>): Promise<void> {
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
}

await main();
