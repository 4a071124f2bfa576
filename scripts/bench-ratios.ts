// The app against the benchmark's floor page (scripts/bench-floor.ts), measured in the same
// run and interleaved (app, floor, floor, app, ...) so that noise from other jobs on the
// machine hits both. Called from scripts/bench.ts. Three figures, each as app / floor:
//
// 1. Cold time to first chart: COLD_RUNS fresh contexts each (empty cache), navigation
//    start -> performance.mark('first-chart'), median.
// 2. JS+CSS requested before the first chart (Resource Timing entries that start before the
//    mark), gzipped at level 9 from the served folder.
// 3. Interaction latency as INP measures it: Event Timing entries (PerformanceObserver
//    type 'event' with durationThreshold 16, and 'first-input') for real key presses on
//    focused native selects and real clicks driven by Playwright (CDP input, so the
//    browser times them like a user's). Entries are grouped by interactionId and the
//    longest entry of each interaction is its latency, as INP does. An interaction that
//    performance.interactionCount saw but that left no entry was under the 16 ms
//    threshold; it counts as 16 ms (an upper bound) and is reported as such.
//
// Timings never fail the run; a measurement that cannot be taken (a selector not found,
// no Event Timing entries at all) throws.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { kb, median, ms, percentile, printTable, round } from './bench-report';

// ---------------------------------------------------------------------------------------
// What the bench drives. The app is being refactored: keep every selector here.

const CHART = '.e-chart[data-rendered="true"]';

export type Step =
  /** A click on the link named `nav` in the page's navigation, then waits for `ready`. */
  | { name: string; nav: string; ready: readonly string[] }
  /** `presses` key presses (ArrowDown, or ArrowUp at the last option) on a focused select. */
  | { name: string; select: string; presses: number };

/** The app's interactions, in order, from its default view (China, zh). */
export const APP_STEPS: readonly Step[] = [
  { name: 'nav: Trends', nav: '趋势', ready: ['[data-testid="add-country"]', CHART] },
  { name: 'Trends index', select: '[data-testid="index-select"]', presses: 2 },
  { name: 'Trends range', select: '[data-testid="from-select"]', presses: 2 },
  { name: 'nav: Rankings', nav: '排名', ready: ['[data-testid="rankings-table"] tbody tr'] },
  { name: 'Rankings edition', select: '[data-testid="edition-select"]', presses: 2 },
  { name: 'Rankings index', select: '[data-testid="index-select"]', presses: 2 },
  {
    name: 'nav: Compare',
    nav: '对比',
    ready: ['[data-testid="peer-select"]', `[data-panel="compare-change"] ${CHART}`],
  },
  { name: 'Compare peer group', select: '[data-testid="peer-select"]', presses: 2 },
  { name: 'nav: Map', nav: '地图', ready: [`[data-panel="world-map"] ${CHART}`] },
  { name: 'Map index', select: '[data-testid="index-select"]', presses: 2 },
  { name: 'nav: China', nav: '中国', ready: [CHART] },
];

/** The floor's one interaction: its select. */
export const FLOOR_STEPS: readonly Step[] = [
  { name: 'floor select', select: '[data-testid="floor-select"]', presses: 10 },
];

// ---------------------------------------------------------------------------------------

/** Cold loads per page; BENCH_COLD_RUNS overrides it (more runs when the machine is noisy). */
export const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS) || 5;
/** Interaction sessions per page (fresh context each), interleaved app / floor; BENCH_ROUNDS overrides it. */
export const INTERACTION_ROUNDS = Number(process.env.BENCH_ROUNDS) || 3;
export const GOALS = { coldRatio: 1.3, gzipRatio: 1.3, inpMedianMs: 50, inpP95Ms: 100 } as const;
/** Event Timing's smallest threshold: shorter interactions leave no 'event' entry. */
export const THRESHOLD_MS = 16;
export const TIMEOUT = 30_000;
export const VIEWPORT = { width: 1280, height: 900 };

export interface Served {
  name: 'app' | 'floor';
  /** Base URL of the page (trailing slash). */
  url: string;
  /** The folder it is served from, to gzip the files it fetched. */
  dir: string;
}

interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

interface PageState {
  events: EventEntry[];
  firstInput: EventEntry[];
}

declare global {
  interface Window {
    __bench?: PageState;
  }
}

/**
 * Runs in every document before its scripts: records Event Timing entries. (No named inner
 * functions: tsx would wrap them in a helper that does not exist in the page.)
 */
export function installObservers(threshold: number): void {
  const state: PageState = { events: [], firstInput: [] };
  window.__bench = state;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      (e.entryType === 'first-input' ? state.firstInput : state.events).push({
        name: e.name,
        startTime: e.startTime,
        duration: e.duration,
        processingStart: e.processingStart,
        processingEnd: e.processingEnd,
        interactionId: e.interactionId,
      });
    }
  });
  const eventInit = { type: 'event', buffered: true, durationThreshold: threshold };
  observer.observe(eventInit);
  observer.observe({ type: 'first-input', buffered: true });
}

/** Waits until the page has had an idle period of 40 ms or more (no frame pending), up to 5 s. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async (limit) => {
    const end = performance.now() + limit;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    while (performance.now() < end) {
      const quiet = await new Promise<boolean>((resolve) =>
        requestIdleCallback((d) => resolve(d.timeRemaining() >= 40), { timeout: 1000 }),
      );
      if (quiet) break;
    }
  }, 5000);
}

export async function waitForFirstChart(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-chart')[0]?.startTime,
    undefined,
    { timeout: TIMEOUT, polling: 50 },
  );
  return Number(await handle.jsonValue());
}

// ---------------------------------------------------------------------------------------
// 1 + 2: cold loads

interface Resource {
  url: string;
  startTime: number;
}

interface ColdRun {
  firstChartMs: number;
  /** JS and CSS files (paths under the served folder) whose request started before the mark. */
  files: string[];
}

export async function coldRun(browser: Browser, target: Served): Promise<ColdRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(target.url, { waitUntil: 'commit', timeout: TIMEOUT });
    const firstChartMs = await waitForFirstChart(page);
    const resources: Resource[] = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ url: e.name, startTime: e.startTime })),
    );
    const origin = new URL(target.url).origin;
    const files = resources
      .filter((r) => r.startTime <= firstChartMs)
      .map((r) => new URL(r.url))
      .filter((u) => u.origin === origin && /\.(m?js|css)$/.test(u.pathname))
      .map((u) => decodeURIComponent(u.pathname).replace(/^\/+/, ''));
    return { firstChartMs, files };
  } finally {
    await context.close();
  }
}

export interface FirstPageFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

async function gzipFiles(dir: string, files: Iterable<string>): Promise<FirstPageFile[]> {
  const out: FirstPageFile[] = [];
  for (const file of files) {
    const bytes = await readFile(path.join(dir, file));
    out.push({ file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  return out.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

// ---------------------------------------------------------------------------------------
// 3: interactions

export interface Interaction {
  step: string;
  /** Longest Event Timing duration of the interaction (THRESHOLD_MS when under it). */
  durationMs: number;
  belowThreshold: boolean;
  /** Input delay, event processing, and the wait for the next paint (see measureInteraction). */
  inputDelayMs: number;
  processingMs: number;
  presentationMs: number;
  events: string[];
}

export async function pressOnSelect(page: Page, selector: string): Promise<void> {
  const select = page.locator(selector).first();
  await select.focus({ timeout: TIMEOUT });
  const key = await select.evaluate((el) =>
    el instanceof HTMLSelectElement && el.selectedIndex >= el.options.length - 1 ? 'ArrowUp' : 'ArrowDown',
  );
  await page.keyboard.press(key);
}

/** A real click on the link named `name` in the page's navigation. */
export async function clickNav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click({ timeout: TIMEOUT });
}

/** Runs `act`, waits for `ready` and for the page to settle, and returns its interaction(s). */
export async function measureInteraction(
  page: Page,
  step: string,
  act: () => Promise<void>,
  ready: readonly string[] = [],
): Promise<Interaction[]> {
  const before = await page.evaluate(() => ({ t0: performance.now(), count: performance.interactionCount }));
  await act();
  for (const selector of ready) {
    await page.locator(selector).first().waitFor({ state: 'attached', timeout: TIMEOUT });
  }
  await settle(page);
  // Entries arrive after the frame that ended the interaction; under load that can be
  // after the page went quiet. Give missing ones a little longer before calling them short.
  const after = await page.evaluate(async ({ t0, count }) => {
    // (No named inner function here: see installObservers.)
    for (let waited = 0; ; waited += 50) {
      const now = {
        count: performance.interactionCount,
        events: (window.__bench?.events ?? []).filter((e) => e.interactionId > 0 && e.startTime >= t0),
      };
      const complete = new Set(now.events.map((e) => e.interactionId)).size >= now.count - count;
      if (complete || waited >= 500) return now;
      await new Promise((r) => setTimeout(r, 50));
    }
  }, before);
  const seen = after.count - before.count;
  if (seen < 1) throw new Error(`${step}: the browser counted no interaction`);
  const byId = new Map<number, EventEntry[]>();
  for (const e of after.events) byId.set(e.interactionId, [...(byId.get(e.interactionId) ?? []), e]);
  // As web-vitals' INP attribution: input delay to the first handler, processing from the
  // first handler to the end of the last one (keydown/keyup, pointerdown/up/click), and
  // the rest until the next paint.
  const out: Interaction[] = [...byId.values()].map((entries) => {
    const longest = entries.reduce((a, b) => (b.duration > a.duration ? b : a));
    const duration = longest.duration;
    // The entries that ended with the same paint (durations are rounded to 8 ms).
    const end = longest.startTime + duration;
    const frame = entries.filter((e) => Math.abs(e.startTime + e.duration - end) <= 8);
    const start = Math.min(...frame.map((e) => e.startTime));
    const firstHandler = Math.min(...frame.map((e) => e.processingStart));
    const lastHandler = Math.max(...frame.map((e) => e.processingEnd));
    return {
      step,
      durationMs: duration,
      belowThreshold: false,
      inputDelayMs: firstHandler - start,
      processingMs: lastHandler - firstHandler,
      presentationMs: Math.max(0, end - lastHandler),
      events: [...new Set(entries.map((e) => e.name))],
    };
  });
  for (let i = out.length; i < seen; i++) {
    out.push({
      step,
      durationMs: THRESHOLD_MS,
      belowThreshold: true,
      inputDelayMs: 0,
      processingMs: 0,
      presentationMs: 0,
      events: [],
    });
  }
  return out;
}

export async function interactionSession(
  browser: Browser,
  target: Served,
  steps: readonly Step[],
): Promise<Interaction[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(installObservers, THRESHOLD_MS);
    const page = await context.newPage();
    await page.goto(target.url, { waitUntil: 'load', timeout: TIMEOUT });
    await waitForFirstChart(page);
    await settle(page);
    const all: Interaction[] = [];
    for (const step of steps) {
      if ('nav' in step) {
        all.push(...(await measureInteraction(page, step.name, () => clickNav(page, step.nav), step.ready)));
      } else {
        for (let i = 0; i < step.presses; i++) {
          all.push(...(await measureInteraction(page, step.name, () => pressOnSelect(page, step.select))));
        }
      }
    }
    // The instrument check: the first input always leaves a 'first-input' entry.
    const firstInputs = await page.evaluate(() => window.__bench?.firstInput.length ?? 0);
    if (firstInputs === 0) throw new Error(`${target.name}: no 'first-input' Event Timing entry`);
    return all;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------

export interface AppVsFloor {
  cold: Record<Served['name'], number[]>;
  firstPage: Record<Served['name'], FirstPageFile[]>;
  interactions: Record<Served['name'], Interaction[]>;
}

/** Interleaves every measurement of `app` and `floor` (the order flips each round). */
export async function measureAppVsFloor(browser: Browser, app: Served, floor: Served): Promise<AppVsFloor> {
  const order = (i: number) => (i % 2 === 0 ? [app, floor] : [floor, app]);
  const cold: AppVsFloor['cold'] = { app: [], floor: [] };
  const files: Record<Served['name'], Set<string>> = { app: new Set(), floor: new Set() };
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const target of order(i)) {
      const run = await coldRun(browser, target);
      cold[target.name].push(run.firstChartMs);
      for (const f of run.files) files[target.name].add(f);
    }
  }
  const interactions: AppVsFloor['interactions'] = { app: [], floor: [] };
  for (let i = 0; i < INTERACTION_ROUNDS; i++) {
    for (const target of order(i)) {
      const steps = target.name === 'app' ? APP_STEPS : FLOOR_STEPS;
      interactions[target.name].push(...(await interactionSession(browser, target, steps)));
    }
  }
  for (const name of ['app', 'floor'] as const) {
    if (interactions[name].every((x) => x.belowThreshold)) {
      console.warn(`warning: ${name}: every interaction was under ${THRESHOLD_MS} ms (no 'event' entry)`);
    }
  }
  return {
    cold,
    firstPage: { app: await gzipFiles(app.dir, files.app), floor: await gzipFiles(floor.dir, files.floor) },
    interactions,
  };
}

const sum = (files: readonly FirstPageFile[], key: 'rawBytes' | 'gzipBytes') =>
  files.reduce((s, f) => s + f[key], 0);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');

function latencyStats(list: readonly Interaction[]) {
  const d = list.map((x) => x.durationMs);
  return {
    count: list.length,
    belowThreshold: list.filter((x) => x.belowThreshold).length,
    median: median(d),
    p95: percentile(d, 95),
    max: Math.max(...d),
  };
}

/** Prints the tables and returns the figures for the JSON line. */
export function reportAppVsFloor(r: AppVsFloor, budgetKB: number): Record<string, unknown> {
  printTable(
    `Cold time to first chart, ms (${COLD_RUNS} fresh contexts each, interleaved; navigation start -> 'first-chart')`,
    ['page', ...r.cold.app.map((_, i) => `#${i + 1}`), 'median'],
    (['app', 'floor'] as const).map((n) => [n, ...r.cold[n].map(ms), ms(median(r.cold[n]))]),
  );

  const appFiles = r.firstPage.app;
  printTable(
    `App JS+CSS requested before the first chart, gzip -9: ${appFiles.length} files`,
    ['file', 'raw KB', 'gzip KB'],
    [
      ...appFiles.slice(0, 8).map((f) => [f.file, kb(f.rawBytes), kb(f.gzipBytes)]),
      ...(appFiles.length > 8 ? [[`(${appFiles.length - 8} more)`, '', '']] : []),
      ['total', kb(sum(appFiles, 'rawBytes')), kb(sum(appFiles, 'gzipBytes'))],
      ['floor total', kb(sum(r.firstPage.floor, 'rawBytes')), kb(sum(r.firstPage.floor, 'gzipBytes'))],
    ],
  );
  const appGzip = sum(appFiles, 'gzipBytes');
  console.log(`app budget ${budgetKB} KB gzip: ${kb(appGzip)} KB -> ${verdict(appGzip <= budgetKB * 1000)}`);

  const steps = [...new Set(r.interactions.app.map((x) => x.step))];
  const pct = (list: readonly Interaction[], key: 'inputDelayMs' | 'processingMs' | 'presentationMs') =>
    ms(median(list.filter((x) => !x.belowThreshold).map((x) => x[key])));
  printTable(
    `Interaction latency, ms (Event Timing, longest entry per interactionId; ${INTERACTION_ROUNDS} sessions each; under ${THRESHOLD_MS} ms counts as ${THRESHOLD_MS})`,
    ['interaction', 'n', 'median', 'max', 'delay', 'processing', 'to paint'],
    [...steps.map((s) => ['app', s] as const), ['floor', 'floor select'] as const].map(([page, s]) => {
      const list = r.interactions[page].filter((x) => x.step === s);
      const st = latencyStats(list);
      return [
        `${page === 'floor' ? 'floor: ' : ''}${s}`,
        st.count,
        ms(st.median),
        ms(st.max),
        pct(list, 'inputDelayMs'),
        pct(list, 'processingMs'),
        pct(list, 'presentationMs'),
      ];
    }),
  );

  const app = latencyStats(r.interactions.app);
  const floor = latencyStats(r.interactions.floor);
  const coldApp = median(r.cold.app);
  const coldFloor = median(r.cold.floor);
  const floorGzip = sum(r.firstPage.floor, 'gzipBytes');
  const ratios = {
    coldFirstChart: coldApp / coldFloor,
    firstPageGzip: appGzip / floorGzip,
    interactionMedian: app.median / floor.median,
    interactionP95: app.p95 / floor.p95,
  };
  const figures = [
    [
      'cold first chart, median ms',
      ms(coldApp),
      ms(coldFloor),
      ratios.coldFirstChart,
      `<= ${GOALS.coldRatio}x`,
      ratios.coldFirstChart <= GOALS.coldRatio,
    ],
    [
      'JS+CSS before first chart, gzip KB',
      kb(appGzip),
      kb(floorGzip),
      ratios.firstPageGzip,
      `<= ${GOALS.gzipRatio}x`,
      ratios.firstPageGzip <= GOALS.gzipRatio,
    ],
    [
      'interaction median ms',
      ms(app.median),
      ms(floor.median),
      ratios.interactionMedian,
      `app <= ${GOALS.inpMedianMs} ms`,
      app.median <= GOALS.inpMedianMs,
    ],
    [
      'interaction p95 ms',
      ms(app.p95),
      ms(floor.p95),
      ratios.interactionP95,
      `app <= ${GOALS.inpP95Ms} ms`,
      app.p95 <= GOALS.inpP95Ms,
    ],
  ] as const;
  printTable(
    'App / floor (same run)',
    ['figure', 'app', 'floor', 'app/floor', 'goal', 'status'],
    figures.map(([figure, a, f, ratio, goal, ok]) => [figure, a, f, ratio.toFixed(2), goal, verdict(ok)]),
  );
  console.log(
    `interactions: app ${app.count} (${app.belowThreshold} under ${THRESHOLD_MS} ms), floor ${floor.count} (${floor.belowThreshold} under ${THRESHOLD_MS} ms); ` +
      `a ratio against a floor figure at ${THRESHOLD_MS} ms is a lower bound`,
  );

  const bySteps = Object.fromEntries(
    steps.map((s) => {
      const st = latencyStats(r.interactions.app.filter((x) => x.step === s));
      return [s, { median: round(st.median), max: round(st.max) }];
    }),
  );
  return {
    coldFirstChartMs: {
      app: { median: round(coldApp), runs: r.cold.app.map((v) => round(v)) },
      floor: { median: round(coldFloor), runs: r.cold.floor.map((v) => round(v)) },
    },
    firstPage: {
      app: {
        files: appFiles.length,
        gzipKB: round(appGzip / 1000),
        budgetKB,
        status: verdict(appGzip <= budgetKB * 1000),
        largest: appFiles.slice(0, 5).map((f) => ({ file: f.file, gzipKB: round(f.gzipBytes / 1000) })),
      },
      floor: { files: r.firstPage.floor.length, gzipKB: round(floorGzip / 1000) },
    },
    interactionMs: {
      app: { ...app, median: round(app.median), p95: round(app.p95), max: round(app.max), bySteps },
      floor: { ...floor, median: round(floor.median), p95: round(floor.p95), max: round(floor.max) },
    },
    ratios: {
      coldFirstChart: round(ratios.coldFirstChart, 2),
      firstPageGzip: round(ratios.firstPageGzip, 2),
      interactionMedian: round(ratios.interactionMedian, 2),
      interactionP95: round(ratios.interactionP95, 2),
    },
    goals: GOALS,
  };
}
