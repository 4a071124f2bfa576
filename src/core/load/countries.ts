import { REGIONS } from '../types';
import type { Country, LoadResult, Region } from '../types';
import type { Issue } from '../issues';
import type { NameAlias } from './gazetteer';
import { mapColumns, parseDelimited } from './delimited';

const COUNTRY_COLUMNS = {
  iso3: ['iso3'],
  iso2: ['iso2'],
  nameEn: ['name_en'],
  nameZh: ['name_zh'],
  region: ['region'],
  subRegion: ['sub_region'],
  incomeGroup: ['income_group'],
} as const;

function requireColumns(header: string[], col: Record<string, number>, issues: Issue[]): boolean {
  const missing = Object.entries(col)
    .filter(([, i]) => i < 0)
    .map(([k]) => k);
  if (missing.length === 0) return true;
  issues.push({
    severity: 'error',
    code: 'missing-column',
    row: 1,
    column: missing.join(', '),
    message: `Missing column(s): ${missing.join(', ')} (header: ${header.join(', ')}).`,
  });
  return false;
}

/** Loads the project's countries.csv (iso3, iso2, name_en, name_zh, region, sub_region, income_group). */
export function loadCountriesCsv(text: string): LoadResult<Country> {
  const table = parseDelimited(text);
  const issues = [...table.issues];
  const rows: Country[] = [];
  const col = mapColumns(table.header, COUNTRY_COLUMNS);
  if (table.header.length === 0 || !requireColumns(table.header, col, issues)) return { rows, issues };
  const get = (cells: string[], i: number) => (cells[i] ?? '').trim();
  for (const { line, cells } of table.rows) {
    const region = get(cells, col.region);
    if (!(REGIONS as readonly string[]).includes(region)) {
      issues.push({
        severity: 'error',
        code: 'out-of-range',
        row: line,
        column: 'region',
        message: `Unknown region "${region}".`,
      });
      continue;
    }
    rows.push({
      iso3: get(cells, col.iso3),
      iso2: get(cells, col.iso2),
      nameEn: get(cells, col.nameEn),
      nameZh: get(cells, col.nameZh),
      region: region as Region,
      subRegion: get(cells, col.subRegion),
      incomeGroup: get(cells, col.incomeGroup),
    });
  }
  return { rows, issues };
}

/** Loads name-aliases.csv (alias, iso3): historical or variant names of a country. */
export function loadAliasesCsv(text: string): LoadResult<NameAlias> {
  const table = parseDelimited(text);
  const issues = [...table.issues];
  const col = mapColumns(table.header, { alias: ['alias'], iso3: ['iso3'] });
  if (table.header.length === 0 || !requireColumns(table.header, col, issues)) return { rows: [], issues };
  const rows = table.rows.map(({ cells }) => ({
    alias: (cells[col.alias] ?? '').trim(),
    iso3: (cells[col.iso3] ?? '').trim(),
  }));
  return { rows, issues };
}
