// Several builds of the app against each other and the floor page, interleaved in one run
// (one machine state for all): did a change help? Not part of `npm run bench`.
//
//   tsx scripts/bench-compare.ts dist /tmp/other-build/dist [...]
//   tsx scripts/bench-compare.ts 'dist' 'dist?lang=en'   (a query after the folder opens that URL)
//
// BENCH_COLD_RUNS (default 9) cold loads per build, navigation start -> 'first-chart';
// BENCH_ROUNDS (default 3; 0 for none) interaction sessions per build (scripts/bench-ratios.ts
// APP_STEPS); figures as in `npm run bench`. Timings never fail the run.

import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.mjs';
import { serveDist } from './serve-dist.mjs';
import { buildFloor } from './bench-floor';
import { APP_STEPS, coldRun, interactionSession } from './bench-ratios';
import type { Interaction, Served } from './bench-ratios';
import { median, ms, percentile, printTable } from './bench-report';

/** The path from the working directory when inside it, else the absolute path. */
function relativeOr(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') ? rel : dir;
}

const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS) || 9;
const ROUNDS = process.env.BENCH_ROUNDS === undefined ? 3 : Number(process.env.BENCH_ROUNDS);

async function main(): Promise<void> {
  const args = process.argv.slice(2).map((a) => {
    const at = a.indexOf('?');
    return at < 0
      ? { dir: path.resolve(a), query: '' }
      : { dir: path.resolve(a.slice(0, at)), query: a.slice(at) };
  });
  const dirs = args.map((a) => a.dir);
  if (dirs.length === 0) throw new Error('usage: tsx scripts/bench-compare.ts <dist> [<dist> ...]');
  const floor = await buildFloor();
  const servers = await Promise.all([floor.dir, ...dirs].map((root) => serveDist({ root, port: 0 })));
  const targets: (Served & { label: string })[] = [floor.dir, ...dirs].map((dir, i) => ({
    name: i === 0 ? 'floor' : 'app',
    label: i === 0 ? 'floor' : relativeOr(dir) + (args[i - 1]?.query ?? ''),
    url: (servers[i]?.url ?? '') + (i === 0 ? '' : (args[i - 1]?.query ?? '')),
    dir,
  }));
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // Round i starts at target i: each build is measured first, second, ... equally often.
    const order = (i: number) => targets.map((_, k) => (k + i) % targets.length);
    const cold = targets.map(() => [] as number[]);
    for (let i = 0; i < COLD_RUNS; i++) {
      for (const j of order(i)) {
        const target = targets[j];
        if (target) cold[j]?.push((await coldRun(browser, target)).firstChartMs);
      }
    }
    const apps = targets.slice(1);
    const interactions = apps.map(() => [] as Interaction[]);
    for (let i = 0; i < ROUNDS; i++) {
      for (const j of order(i).filter((k) => k > 0)) {
        const target = targets[j];
        if (target) interactions[j - 1]?.push(...(await interactionSession(browser, target, APP_STEPS)));
      }
    }
    const floorMedian = median(cold[0] ?? []);
    printTable(
      `Cold time to first chart, ms (${COLD_RUNS} fresh contexts each, interleaved)`,
      ['build', 'median', 'min', 'max', '/ floor'],
      targets.map((t, j) => {
        const c = cold[j] ?? [];
        return [
          t.label,
          ms(median(c)),
          ms(Math.min(...c)),
          ms(Math.max(...c)),
          (median(c) / floorMedian).toFixed(2),
        ];
      }),
    );
    if (ROUNDS === 0) return;
    const steps = [...new Set(APP_STEPS.map((s) => s.name))];
    const cell = (list: readonly Interaction[]) =>
      `${ms(median(list.map((x) => x.durationMs)))} / ${ms(median(list.map((x) => x.processingMs)))}`;
    printTable(
      `Interaction latency, ms: median duration / median processing (${ROUNDS} sessions each, interleaved)`,
      ['interaction', ...apps.map((a) => a.label)],
      [
        ...steps.map((s) => [s, ...interactions.map((l) => cell(l.filter((x) => x.step === s)))]),
        [
          'all: median / p95',
          ...interactions.map((l) => {
            const d = l.map((x) => x.durationMs);
            return `${ms(median(d))} / ${ms(percentile(d, 95))}`;
          }),
        ],
      ],
    );
  } finally {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
    await floor.cleanup();
  }
}

await main();
