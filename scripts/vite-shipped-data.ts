// A Vite plugin that reads the shipped UN survey data (data/un-egov/*.csv) with the app's
// own core loaders at build time, so the browser gets rows already checked instead of
// parsing and validating 2,316 CSV rows before the first chart. An error in the data fails
// the build, with its row. The module `virtual:shipped-surveys` exports a function that
// returns the rows, the countries and the loaders' warnings: in a build, from one JSON
// asset it fetches (index.html preloads it); in the dev server and the single-file build
// (`inline`), from the module itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadAliasesCsv, loadCountriesCsv } from '../src/core/load/countries';
import { buildGazetteer } from '../src/core/load/gazetteer';
import { loadSurveyCsv } from '../src/core/load/surveys';
import { INDEX_IDS } from '../src/core/types';
import type { Country, SurveyRow } from '../src/core/types';
import type { Issue } from '../src/core/issues';

export const SHIPPED_MODULE = 'virtual:shipped-surveys';
/** The JSON asset's name in the build (the first-view plugin preloads it). */
export const SHIPPED_ASSET = 'un-surveys.json';
const RESOLVED = `\0${SHIPPED_MODULE}`;

/** A row as the JSON carries it: year, iso3, nameEn, egdiRank, then the indices in INDEX_IDS order. */
type PackedRow = [number, string, string, number | null, ...(number | null)[]];

export interface ShippedPayload {
  columns: string[];
  rows: PackedRow[];
  countries: Country[];
  issues: Issue[];
}

/** Reads and checks the three files; throws on any error in them. */
export function readShipped(dataDir: string): ShippedPayload {
  const read = (f: string) => readFileSync(path.join(dataDir, f), 'utf8');
  const countries = loadCountriesCsv(read('countries.csv'));
  const aliases = loadAliasesCsv(read('name-aliases.csv'));
  const gazetteer = buildGazetteer(countries.rows, aliases.rows);
  const surveys = loadSurveyCsv(read('surveys.csv'), gazetteer, { outOfRange: 'keep' });
  const issues = [...countries.issues, ...aliases.issues, ...surveys.issues];
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0)
    throw new Error(`shipped data: ${errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  const pack = (r: SurveyRow): PackedRow => [
    r.year,
    r.iso3,
    r.nameEn,
    r.egdiRank,
    ...INDEX_IDS.map((id) => r[id]),
  ];
  return {
    columns: ['year', 'iso3', 'nameEn', 'egdiRank', ...INDEX_IDS],
    rows: surveys.rows.map(pack),
    countries: countries.rows,
    issues,
  };
}

export function shippedData({ dataDir, inline = false }: { dataDir: string; inline?: boolean }): Plugin {
  let build = false;
  return {
    name: 'shipped-surveys',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === SHIPPED_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      for (const f of ['countries.csv', 'name-aliases.csv', 'surveys.csv'])
        this.addWatchFile(path.join(dataDir, f));
      const json = JSON.stringify(readShipped(dataDir));
      // JSON.parse of a string literal is parsed faster than the same object as a literal.
      if (!build || inline) return `export default async () => JSON.parse(${JSON.stringify(json)});`;
      const ref = this.emitFile({ type: 'asset', name: SHIPPED_ASSET, source: json });
      return [
        `const url = import.meta.ROLLUP_FILE_URL_${ref};`,
        'export default async () => {',
        '  const res = await fetch(url);',
        "  if (!res.ok) throw new Error('HTTP ' + res.status);",
        '  return res.json();',
        '};',
      ].join('\n');
    },
  };
}
