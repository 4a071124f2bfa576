// Builds the benchmark's floor page (scripts/bench-floor/: React + tree-shaken ECharts, one
// line chart from a small CSV, a select that redraws it) with Vite's JS API into a
// temporary folder, with the app's production settings (base './', target es2022, no
// inlined assets, no source maps). The CSV it fetches is cut from the shipped survey data
// (five countries x every edition x five indices) and written next to the build; nothing
// is committed. scripts/bench.ts serves the folder like dist/ (scripts/serve-dist.mjs).

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, resolveConfig } from 'vite';
import { ROOT } from './bench-report';

const FLOOR_SRC = path.join(ROOT, 'scripts', 'bench-floor');
const SURVEYS = path.join(ROOT, 'data', 'un-egov', 'surveys.csv');
const FLOOR_COUNTRIES = new Set(['CHN', 'USA', 'DEU', 'JPN', 'KOR']);
const COLUMNS = ['year', 'iso3', 'egdi', 'osi', 'hci', 'tii', 'epi'];

/** The app's settings the floor must share; a difference is reported, not hidden. */
export const FLOOR_SETTINGS = { base: './', target: 'es2022' } as const;

/** The floor's CSV: `COLUMNS` of the shipped survey rows of `FLOOR_COUNTRIES`. */
export function floorCsv(surveysText: string): string {
  const lines = surveysText.trim().split(/\r?\n/);
  const header = (lines[0] ?? '').split(',');
  const at = COLUMNS.map((c) => header.indexOf(c));
  if (at.some((i) => i < 0)) throw new Error(`surveys.csv lacks one of ${COLUMNS.join(', ')}`);
  const iso3At = header.indexOf('iso3');
  const out = [COLUMNS.join(',')];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    if (FLOOR_COUNTRIES.has(cells[iso3At] ?? '')) out.push(at.map((i) => cells[i] ?? '').join(','));
  }
  return out.join('\n') + '\n';
}

/** Warnings when the app's Vite config no longer matches the floor's settings. */
export async function compareWithAppConfig(): Promise<string[]> {
  // resolveConfig sets process.env.NODE_ENV, which would turn the floor's React into its
  // development build: keep the caller's value.
  const nodeEnv = process.env.NODE_ENV;
  const app = await resolveConfig(
    { root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), mode: 'production' },
    'build',
    'production',
  ).finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  const warnings: string[] = [];
  if (app.base !== FLOOR_SETTINGS.base)
    warnings.push(`app base is ${app.base}, floor ${FLOOR_SETTINGS.base}`);
  const target = String(app.build.target);
  if (target !== FLOOR_SETTINGS.target)
    warnings.push(`app target is ${target}, floor ${FLOOR_SETTINGS.target}`);
  return warnings;
}

/** Builds the floor page into a new temporary folder; `cleanup()` removes it. */
export async function buildFloor(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'egov-bench-floor-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      root: FLOOR_SRC,
      base: FLOOR_SETTINGS.base,
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      build: {
        outDir: dir,
        emptyOutDir: true,
        target: FLOOR_SETTINGS.target,
        sourcemap: false,
        assetsInlineLimit: 0,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 2000,
      },
    });
    await writeFile(path.join(dir, 'series.csv'), floorCsv(await readFile(SURVEYS, 'utf8')));
    return { dir, cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
