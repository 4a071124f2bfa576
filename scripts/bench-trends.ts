// Benchmark of the trend statistics (src/core/trends) on the shipped data, in Node.
//
//   npm run bench:trends   (also run at the end of `npm run bench`)
//
// Workload: every statistic (change, annualized and compound rate, rank movement,
// least-squares trend with 2026/2028 projections, gaps with closing outlook, world and
// region standing, EGDI decomposition) for all countries x 5 indices x all edition pairs.
// Prints the median wall time of 15 runs after 3 warm-ups against a 50 ms budget (PASS or
// OVER), and the median CPU time, which shows the cost when the machine is busy.
// A timing never fails the run.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '../src/core/dataset';
import { loadAliasesCsv, loadCountriesCsv } from '../src/core/load/countries';
import { buildGazetteer } from '../src/core/load/gazetteer';
import { loadSurveyCsv } from '../src/core/load/surveys';
import { forEachPairStatistic } from '../src/core/trends/all-statistics';

const DATA = path.join(fileURLToPath(new URL('../', import.meta.url)), 'data', 'un-egov');
const BUDGET_MS = 50;
const WARMUPS = 3;
const RUNS = 15;

const read = (f: string) => readFileSync(path.join(DATA, f), 'utf8');
const countries = loadCountriesCsv(read('countries.csv')).rows;
const gazetteer = buildGazetteer(countries, loadAliasesCsv(read('name-aliases.csv')).rows);
const rows = loadSurveyCsv(read('surveys.csv'), gazetteer, { outOfRange: 'keep' }).rows;
const ds = buildDataset(rows, countries);

let results = 0;
const cpuTimes: number[] = [];
const run = () => {
  results = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  forEachPairStatistic(ds, 'competition', () => {
    results++;
  });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
  return wall;
};
for (let i = 0; i < WARMUPS; i++) run();
cpuTimes.length = 0;
const times = Array.from({ length: RUNS }, run).sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)] ?? Number.NaN;
// CPU time of this process: less disturbed than wall time when other jobs share the machine.
const cpuMedian = cpuTimes.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
const pairs = (ds.editions.length * (ds.editions.length - 1)) / 2;

console.log('\nTrend statistics (all countries x 5 indices x all edition pairs, Node)');
console.log(
  `countries ${ds.countries.size}, editions ${ds.editions.length}, pairs ${pairs}, results ${results}`,
);
console.log(
  `median ${median.toFixed(1)} ms (min ${(times[0] ?? 0).toFixed(1)}, max ${(times[RUNS - 1] ?? 0).toFixed(1)}, ${RUNS} runs)  budget ${BUDGET_MS} ms  ${median <= BUDGET_MS ? 'PASS' : 'OVER'}`,
);
console.log(`CPU time median ${cpuMedian.toFixed(1)} ms (user + system of this process, all threads)`);
console.log(
  JSON.stringify({
    trendStatisticsMedianMs: Number(median.toFixed(2)),
    cpuMedianMs: Number(cpuMedian.toFixed(2)),
    budgetMs: BUDGET_MS,
    results,
  }),
);
