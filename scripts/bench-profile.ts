// Where the app's time goes: a diagnosis to read next to `npm run bench`, not a benchmark.
//
//   npm run bench:profile   (= vite build && tsx scripts/bench-profile.ts)
//   BENCH_DIST=other/dist tsx scripts/bench-profile.ts --waterfall-only
//   BENCH_TASK_MS=5 tsx scripts/bench-profile.ts --cold-only   (parts 1-2, tasks from 5 ms; BENCH_TOP=20 lines per list)
//   BENCH_DIST=other/dist BENCH_SOURCE=other tsx scripts/bench-profile.ts   (another checkout)
//
// 1. Request waterfall of a cold load of dist/ (minified, as shipped): when each request
//    starts and ends relative to navigation start (Resource Timing, median of 3 fresh
//    contexts), with the main-thread long tasks and the 'first-chart' mark.
// 2. Trace (devtools.timeline) and CPU profile (CDP Profiler, 100 us sampling) of a cold
//    load of an unminified build of the same code (built into a temp folder, so function
//    names survive and every chunk line maps to its source module): every main-thread task
//    of 30 ms or more with the browser's work in it (compile, style, layout, paint, GC)
//    and the JavaScript that ran, by source module and function.
// 3. For every interaction the bench drives (scripts/bench-ratios.ts APP_STEPS), on the
//    unminified build: its Event Timing duration, a trace and CPU profile of it (browser
//    work, time by library, the app functions that took longest, inclusive; per task of
//    16 ms or more) and, on a second press, which
//    app functions ran and how often (V8 precise coverage with call counts), e.g. which
//    React components rendered and which option builders ran.
//
// Profiling slows the page down: read the milliseconds here as shares, not as figures.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import {
  APP_STEPS,
  TIMEOUT,
  VIEWPORT,
  clickNav,
  installObservers,
  measureInteraction,
  pressOnSelect,
  settle,
  waitForFirstChart,
  THRESHOLD_MS,
} from './bench-ratios';
import type { Interaction } from './bench-ratios';
import { DIST, ROOT, median, ms, printTable } from './bench-report';

/** The checkout whose code parts 2 and 3 build and profile; BENCH_SOURCE overrides it. */
const SOURCE = process.env.BENCH_SOURCE ? path.resolve(process.env.BENCH_SOURCE) : ROOT;
const WATERFALL_RUNS = 3;
/** `--waterfall-only`: part 1 only (with BENCH_DIST, of any build). */
const WATERFALL_ONLY = process.argv.includes('--waterfall-only');
/** `--cold-only`: parts 1 and 2 (no interactions). */
const COLD_ONLY = process.argv.includes('--cold-only');
/** Tasks of the cold load listed one by one: this long or longer (BENCH_TASK_MS, default 30). */
const TASK_MS = Number(process.env.BENCH_TASK_MS ?? 30);
const SAMPLING_US = 100;
/** Idle stretches of the main thread at least this long are listed for the cold load. */
const IDLE_MS = 30;

// ---------------------------------------------------------------------------------------
// 1. Waterfall

interface Timed {
  name: string;
  kind: string;
  start: number;
  end: number;
}

async function coldWaterfall(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    const firstChart = await waitForFirstChart(page);
    await settle(page);
    return await page.evaluate((mark) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const rows = performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return {
          name: new URL(r.name).pathname,
          kind: r.initiatorType,
          start: r.startTime,
          end: r.responseEnd,
        };
      });
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      return {
        firstChart: mark,
        document: { name: '(document)', kind: 'navigation', start: 0, end: nav?.responseEnd ?? 0 },
        domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
        resources: rows,
        longTasks: w.__longTasks.filter((t) => t.start <= mark + 50),
      };
    }, firstChart);
  } finally {
    await context.close();
  }
}

/** Strips the content hash: assets/china-view-DNXIRofY.js -> assets/china-view.js. */
const stem = (p: string) => p.replace(/^\//, '').replace(/-[A-Za-z0-9_-]{8}(\.\w+)$/, '$1');

async function reportWaterfall(browser: Browser, url: string): Promise<void> {
  const runs = [];
  for (let i = 0; i < WATERFALL_RUNS; i++) runs.push(await coldWaterfall(browser, url));
  const byName = new Map<string, Timed[]>();
  for (const run of runs) {
    for (const r of [run.document, ...run.resources]) {
      byName.set(stem(r.name), [...(byName.get(stem(r.name)) ?? []), r]);
    }
  }
  const firstChart = median(runs.map((r) => r.firstChart));
  const rows = [...byName.entries()]
    .map(([name, list]) => ({
      name,
      kind: list[0]?.kind ?? '',
      start: median(list.map((r) => r.start)),
      end: median(list.map((r) => r.end)),
      seen: list.length,
    }))
    .sort((a, b) => a.start - b.start);
  const scale = 60 / Math.max(firstChart, ...rows.map((r) => r.end));
  const bar = (a: number, b: number) =>
    ' '.repeat(Math.round(a * scale)) + '#'.repeat(Math.max(1, Math.round((b - a) * scale)));
  printTable(
    `Cold load of dist/, request waterfall (median of ${WATERFALL_RUNS} fresh contexts; ms from navigation start; first chart at ${ms(firstChart)} ms)`,
    ['request', 'initiator', 'start', 'end', 'after first chart', 'timeline'],
    rows.map((r) => [
      r.name + (r.seen < WATERFALL_RUNS ? ` (${r.seen}/${WATERFALL_RUNS})` : ''),
      r.kind,
      ms(r.start),
      ms(r.end),
      r.start > firstChart ? 'yes' : '',
      bar(r.start, r.end),
    ]),
  );
  const mid = runs.find((r) => r.firstChart === firstChart) ?? runs[0];
  if (mid) {
    printTable(
      `Main-thread long tasks up to the first chart (the median run: first chart ${ms(mid.firstChart)} ms, DOMContentLoaded ${ms(mid.domContentLoaded)} ms)`,
      ['start ms', 'duration ms'],
      mid.longTasks.map((t) => [ms(t.start), ms(t.duration)]),
    );
  }
}

// ---------------------------------------------------------------------------------------
// 2 + 3. CPU profiles of the unminified build

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** node_modules/<package>/... or src/... whatever the path before it. */
function normalizeModule(p: string): string {
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) return p.slice(nm);
  const src = p.startsWith('src/') ? 0 : p.indexOf('/src/') + 1;
  return src > 0 || p.startsWith('src/') ? p.slice(src) : p;
}

/** For each chunk of the unminified build: the source module of every line. */
async function moduleMaps(dir: string): Promise<Map<string, string[]>> {
  const maps = new Map<string, string[]>();
  const assets = path.join(dir, 'assets');
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js')) continue;
    const lines = (await readFile(path.join(assets, file), 'utf8')).split('\n');
    let current = `(chunk ${file})`;
    maps.set(
      file,
      lines.map((line) => {
        // Module markers are paths relative to the build's working directory.
        const m = /^\/\/ (\S+\.[cm]?[jt]sx?)$/.exec(line);
        if (m?.[1]) current = normalizeModule(m[1]);
        return current;
      }),
    );
  }
  return maps;
}

type Category = 'app' | 'react' | 'echarts' | 'other library' | 'browser (program)' | 'GC';

interface Frame {
  key: string;
  module: string;
  category: Category;
}

function frameOf(cf: CallFrame, maps: Map<string, string[]>): Frame | null {
  if (cf.functionName === '(idle)' || cf.functionName === '(root)') return null;
  if (cf.functionName === '(program)') return { key: '(program)', module: '', category: 'browser (program)' };
  if (cf.functionName === '(garbage collector)') return { key: '(gc)', module: '', category: 'GC' };
  const file = cf.url ? path.basename(new URL(cf.url, 'http://x/').pathname) : '';
  const module = maps.get(file)?.[cf.lineNumber] ?? (cf.url ? file : '(native)');
  const category: Category = module.startsWith('src/')
    ? 'app'
    : /node_modules\/(react|react-dom|scheduler)\//.test(module)
      ? 'react'
      : /node_modules\/(echarts|zrender)\//.test(module)
        ? 'echarts'
        : 'other library';
  const name = cf.functionName || '(anonymous)';
  return { key: `${name}  ${module.replace(/^node_modules\//, '')}`, module, category };
}

interface Sample {
  /** ms on the profile's clock, from its start. */
  t: number;
  dt: number;
  /** Innermost first; idle samples have none. */
  stack: Frame[];
}

function samplesOf(profile: CpuProfile, maps: Map<string, string[]>): Sample[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<number, Frame[]>();
  const stackOf = (id: number): Frame[] => {
    const hit = stacks.get(id);
    if (hit) return hit;
    const frames: Frame[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur);
      const f = node ? frameOf(node.callFrame, maps) : null;
      if (f) frames.push(f);
    }
    stacks.set(id, frames);
    return frames;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: Sample[] = [];
  let t = 0;
  for (let i = 0; i < samples.length; i++) {
    t += (deltas[i] ?? 0) / 1000;
    out.push({ t, dt: Math.max(0, deltas[i + 1] ?? 0) / 1000, stack: stackOf(samples[i] ?? 0) });
  }
  return out;
}

interface Summary {
  busyMs: number;
  byCategory: Map<Category, number>;
  /** Inclusive ms of app functions (each counted once per sample). */
  appFunctions: Map<string, number>;
  /** Self ms by app source module. */
  appModules: Map<string, number>;
  /** Inclusive ms of library functions called from app code, outermost first. */
  libraryEntries: Map<string, number>;
  /** Self ms of every function, app or library. */
  selfTime: Map<string, number>;
}

function summarize(samples: readonly Sample[]): Summary {
  const s: Summary = {
    busyMs: 0,
    byCategory: new Map(),
    appFunctions: new Map(),
    appModules: new Map(),
    libraryEntries: new Map(),
    selfTime: new Map(),
  };
  const add = <K>(m: Map<K, number>, k: K, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const x of samples) {
    const top = x.stack[0];
    if (!top) continue;
    s.busyMs += x.dt;
    add(s.byCategory, top.category, x.dt);
    add(s.selfTime, `${top.key} (${top.category})`, x.dt);
    if (top.category === 'app') add(s.appModules, top.module, x.dt);
    const seen = new Set<string>();
    for (const f of x.stack) {
      if (f.category !== 'app' || seen.has(f.key)) continue;
      seen.add(f.key);
      add(s.appFunctions, f.key, x.dt);
    }
    // The first library frame just inside app code: ECharts' setOption, React's render...
    for (let i = x.stack.length - 1; i > 0; i--) {
      const outer = x.stack[i];
      const inner = x.stack[i - 1];
      if (outer?.category === 'app' && inner && inner.category !== 'app') {
        add(s.libraryEntries, `${inner.key} (${inner.category})`, x.dt);
        break;
      }
    }
  }
  return s;
}

const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);

function printSummary(title: string, s: Summary, n = 12): void {
  console.log(`\n${title}`);
  console.log(
    `  busy ${ms(s.busyMs)} ms: ` +
      [...s.byCategory.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([c, v]) => `${c} ${ms(v)}`)
        .join(', '),
  );
  console.log('  app functions, inclusive ms:');
  for (const [k, v] of top(s.appFunctions, n)) console.log(`    ${ms(v).padStart(7)}  ${k}`);
  console.log('  library calls made from app code, inclusive ms:');
  for (const [k, v] of top(s.libraryEntries, 6)) console.log(`    ${ms(v).padStart(7)}  ${k}`);
  console.log('  app modules, self ms:');
  for (const [k, v] of top(s.appModules, 6)) console.log(`    ${ms(v).padStart(7)}  ${k}`);
  console.log('  functions, self ms:');
  for (const [k, v] of top(s.selfTime, 6)) console.log(`    ${ms(v).padStart(7)}  ${k}`);
}

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  return profile;
}

// ---------------------------------------------------------------------------------------
// Chromium trace (devtools.timeline) for the task boundaries and the browser's own work
// (style, layout, paint, compile, GC), next to the V8 CPU profile for the JavaScript. Both
// use the same monotonic clock in microseconds, so samples fall into trace tasks as they are.

const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Browser work inside tasks, by trace event name (inclusive; they can nest). */
const WORK_EVENTS: Record<string, string> = {
  EvaluateScript: 'evaluate script',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'v8.evaluateModule': 'evaluate module',
  ParseHTML: 'parse HTML',
  FunctionCall: 'JS callback',
  EventDispatch: 'event dispatch',
  FireAnimationFrame: 'animation frame',
  TimerFire: 'timer',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'BlinkGC.AtomicPhase': 'GC',
};

interface Trace {
  /** Main-thread tasks (RunTask), in trace microseconds. */
  tasks: { ts: number; dur: number; work: Map<string, number> }[];
  marks: Map<string, number>;
}

function parseTrace(buffer: Buffer): Trace {
  const raw = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);
  const threadKey = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map(threadKey),
  );
  // The page's renderer main thread: the one that ran the most script.
  const scriptTime = new Map<string, number>();
  for (const e of events) {
    if (!mains.has(threadKey(e)) || !(e.name in WORK_EVENTS)) continue;
    scriptTime.set(threadKey(e), (scriptTime.get(threadKey(e)) ?? 0) + (e.dur ?? 0));
  }
  const main = [...scriptTime.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => threadKey(e) === main);
  // Top-level tasks only (RunTask nests inside ThreadControllerImpl::RunTask).
  const tasks: Trace['tasks'] = [];
  const runs = onMain
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const e of runs) {
    const last = tasks.at(-1);
    if (last && e.ts < last.ts + last.dur) continue;
    tasks.push({ ts: e.ts, dur: e.dur ?? 0, work: new Map<string, number>() });
  }
  for (const e of onMain) {
    const kind = WORK_EVENTS[e.name];
    if (!kind || e.ph !== 'X') continue;
    const task = tasks.find((t) => e.ts >= t.ts && e.ts < t.ts + t.dur);
    if (task) task.work.set(kind, (task.work.get(kind) ?? 0) + (e.dur ?? 0) / 1000);
  }
  const marks = new Map<string, number>();
  for (const e of onMain)
    if (e.name === 'first-chart' || e.name === 'navigationStart') marks.set(e.name, e.ts);
  return { tasks, marks };
}

async function traced(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  act: () => Promise<void>,
): Promise<{ trace: Trace; profile: CpuProfile }> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await startProfiler(cdp);
  let failure: unknown = null;
  await act().catch((err: unknown) => (failure = err));
  const profile = await stopProfiler(cdp);
  const buffer = await browser.stopTracing();
  if (failure !== null) throw failure;
  return { trace: parseTrace(buffer), profile };
}

const workLine = (work: Map<string, number>) =>
  [...work.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${ms(v)}`)
    .join(', ');

/** Prints each main-thread task of at least `minMs` with its browser work and its JavaScript. */
function printTasks(
  trace: Trace,
  samples: readonly Sample[],
  profileStart: number,
  zero: number,
  minMs: number,
  n: number,
): void {
  for (const task of trace.tasks.filter((t) => t.dur / 1000 >= minMs)) {
    const from = (task.ts - zero) / 1000;
    const inTask = samples.filter((x) => {
      const at = profileStart + x.t * 1000;
      return at >= task.ts && at < task.ts + task.dur;
    });
    const summary = summarize(inTask);
    // Tasks that only wait (a nested run loop while the driver talks to the page).
    if (summary.busyMs < 2 && [...task.work.values()].reduce((a, b) => a + b, 0) < 2) continue;
    printSummary(
      `Task at ${ms(from)} ms, ${ms(task.dur / 1000)} ms — trace: ${workLine(task.work)}`,
      summary,
      n,
    );
  }
}

async function profileColdLoad(browser: Browser, url: string, maps: Map<string, string[]>): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    let firstChart = Number.NaN;
    const { trace, profile } = await traced(browser, page, cdp, async () => {
      await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
      firstChart = await waitForFirstChart(page);
    });
    const requests = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        name: new URL(e.name).pathname,
        start: e.startTime,
        end: (e as PerformanceResourceTiming).responseEnd,
      })),
    );
    const samples = samplesOf(profile, maps);
    const markTs = trace.marks.get('first-chart');
    // Navigation start on the trace clock, from the mark's trace time and its page time.
    const zero = markTs !== undefined ? markTs - firstChart * 1000 : profile.startTime;
    const load = samples.filter((x) => profile.startTime + x.t * 1000 <= zero + firstChart * 1000);
    console.log(
      `\nCold load of the unminified build, trace + CPU profile: first chart at ${ms(firstChart)} ms ` +
        `(profiled and unminified: slower than dist/; read shares)`,
    );
    const all = new Map<string, number>();
    for (const t of trace.tasks) {
      if (t.ts > zero + firstChart * 1000) continue;
      for (const [k, v] of t.work) all.set(k, (all.get(k) ?? 0) + v);
    }
    printSummary(`Everything up to the first chart — trace: ${workLine(all)}`, summarize(load), 15);
    printTasks(
      { ...trace, tasks: trace.tasks.filter((t) => t.ts <= zero + firstChart * 1000) },
      samples,
      profile.startTime,
      zero,
      TASK_MS,
      Number(process.env.BENCH_TOP ?? 8),
    );
    // Where the main thread waits: for the network, or for nothing (a timer, a throttle).
    const busy = trace.tasks
      .filter((t) => t.dur >= 1000)
      .map((t) => ({ from: (t.ts - zero) / 1000, to: (t.ts + t.dur - zero) / 1000 }));
    const rows: string[][] = [];
    let last = 0;
    for (const b of [...busy, { from: firstChart, to: firstChart }]) {
      if (b.from - last >= IDLE_MS && last < firstChart) {
        const waiting = requests.filter((r) => r.start < b.from && r.end > last).map((r) => stem(r.name));
        rows.push([ms(last), ms(b.from), ms(b.from - last), waiting.join(', ') || '(no request in flight)']);
      }
      last = Math.max(last, b.to);
    }
    printTable(
      `Main thread idle for ${IDLE_MS} ms or more before the first chart (unminified build, ms from navigation start)`,
      ['from', 'to', 'ms', 'requests in flight'],
      rows,
    );
  } finally {
    await context.close();
  }
}

/** ECharts instance methods whose calls are counted next to the app's functions. */
const ECHARTS_CALLS = new Set(['setOption', 'resize', 'init', 'dispose']);

interface Coverage {
  result: {
    url: string;
    functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[];
  }[];
}

/** App functions called during `act` and how often (V8 precise coverage, call counts). */
async function callCounts(
  cdp: CDPSession,
  dir: string,
  maps: Map<string, string[]>,
  act: () => Promise<unknown>,
): Promise<[string, number][]> {
  await cdp.send('Profiler.takePreciseCoverage');
  await act();
  const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as Coverage;
  const counts = new Map<string, number>();
  const texts = new Map<string, string>();
  for (const script of result) {
    const file = script.url ? path.basename(new URL(script.url).pathname) : '';
    const map = maps.get(file);
    if (!map) continue;
    let text = texts.get(file);
    if (text === undefined) {
      text = await readFile(path.join(dir, 'assets', file), 'utf8');
      texts.set(file, text);
    }
    for (const fn of script.functions) {
      const range = fn.ranges[0];
      if (!range || range.count === 0 || !fn.functionName) continue;
      const line = text.slice(0, range.startOffset).split('\n').length - 1;
      const module = map[line] ?? '';
      // Methods are named like 'ECharts.setOption' or 'setOption'.
      const method = fn.functionName.split('.').pop() ?? '';
      const echartsCall = module.endsWith('echarts/lib/core/echarts.js') && ECHARTS_CALLS.has(method);
      if (!module.startsWith('src/') && !echartsCall) continue;
      const key = echartsCall ? `ECharts ${method}` : `${fn.functionName}  ${module}`;
      counts.set(key, (counts.get(key) ?? 0) + range.count);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

async function profileInteractions(
  browser: Browser,
  url: string,
  dir: string,
  maps: Map<string, string[]>,
): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(installObservers, THRESHOLD_MS);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    await waitForFirstChart(page);
    await settle(page);
    const profiled = async (name: string, act: () => Promise<void>, ready: readonly string[]) => {
      let measured: Interaction[] = [];
      const { trace, profile } = await traced(browser, page, cdp, async () => {
        measured = await measureInteraction(page, name, act, ready);
      });
      const durations = measured.map((x) => `${x.durationMs}${x.belowThreshold ? ' (under threshold)' : ''}`);
      const work = new Map<string, number>();
      for (const t of trace.tasks) for (const [k, v] of t.work) work.set(k, (work.get(k) ?? 0) + v);
      const samples = samplesOf(profile, maps);
      printSummary(
        `${name}: Event Timing ${durations.join(', ')} ms (profiled) — trace: ${workLine(work)}`,
        summarize(samples),
        10,
      );
      const first = trace.tasks[0]?.ts ?? profile.startTime;
      printTasks(trace, samples, profile.startTime, first, 16, 5);
    };
    for (const step of APP_STEPS) {
      if ('nav' in step) {
        await profiled(step.name, () => clickNav(page, step.nav), step.ready);
        continue;
      }
      await profiled(step.name, () => pressOnSelect(page, step.select), []);
      await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
      const counts = await callCounts(cdp, dir, maps, async () => {
        await pressOnSelect(page, step.select);
        await settle(page);
      });
      await cdp.send('Profiler.stopPreciseCoverage');
      console.log(`  app functions called on a second press (calls):`);
      const echartsCalls = counts.filter(([k]) => k.startsWith('ECharts '));
      const app = counts.filter(([k]) => !k.startsWith('ECharts '));
      const components = app.filter(([k]) => /^[A-Z]/.test(k));
      const builders = app.filter(([k]) => /^\S+ {2}src\/charts\//.test(k));
      const list = (l: [string, number][]) => l.map(([k, c]) => `${k.split('  ')[0]} ${c}`).join(', ');
      console.log(`    components rendered: ${list(components)}`);
      console.log(`    ECharts calls: ${list(echartsCalls) || 'none'}`);
      console.log(`    src/charts functions: ${list(builders) || 'none'}`);
      for (const [k, c] of app.filter(([k2]) => !/^[A-Z]/.test(k2)).slice(0, 12)) {
        console.log(`    ${String(c).padStart(7)}  ${k}`);
      }
    }
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (WATERFALL_ONLY) {
    const shipped = await serveDist({ root: DIST, port: 0 });
    const browser = await launchChromium();
    try {
      await reportWaterfall(browser, shipped.url);
    } finally {
      await browser.close();
      await shipped.close();
    }
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'egov-bench-profile-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: SOURCE,
      configFile: path.join(SOURCE, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: {
        outDir: dir,
        emptyOutDir: true,
        minify: false,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 5000,
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const maps = await moduleMaps(dir);
  const shipped = await serveDist({ root: DIST, port: 0 });
  const unminified = await serveDist({ root: dir, port: 0 });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    await reportWaterfall(browser, shipped.url);
    await profileColdLoad(browser, unminified.url, maps);
    if (!COLD_ONLY) await profileInteractions(browser, unminified.url, dir, maps);
  } finally {
    await browser?.close();
    await shipped.close();
    await unminified.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
