import type { Dataset } from '../dataset';
import { mapColumns, parseDelimited } from '../load/delimited';
import { summarize } from '../trends/summary';
import type { ValueSummary } from '../trends/summary';
import type { Country, IndexId, LoadResult } from '../types';
import type { Issue } from '../issues';

export type PeerGroupKind = 'region' | 'sub-region' | 'income' | 'named' | 'custom';

/** A set of countries compared together. Members are ISO3 codes of UN member states. */
export interface PeerGroup {
  /** Unique: 'g20', 'region:Asia', 'sub-region:Eastern Asia', 'income:High', 'custom:<name>'. */
  id: string;
  kind: PeerGroupKind;
  nameZh: string;
  nameEn: string;
  members: string[];
  /** Where the membership list comes from (organisation's member page). */
  source: string;
  /** The same source note in Chinese (column `source_zh`); absent when the file has none. */
  sourceZh?: string;
  /** Date the list was last checked against the source (YYYY-MM-DD); '' when derived. */
  asOf: string;
}

const GROUP_COLUMNS = {
  id: ['group_id'],
  nameZh: ['name_zh'],
  nameEn: ['name_en'],
  iso3: ['iso3'],
  source: ['source'],
  asOf: ['as_of'],
} as const;

/** Optional columns: files without them still load. */
const OPTIONAL_GROUP_COLUMNS = { sourceZh: ['source_zh'] } as const;

/**
 * Loads data/groups/groups.csv (one row per member: group_id, name_zh, name_en, iso3,
 * source, optional source_zh, as_of). Members not in `isCountry` are reported as `unknown-country` and left out.
 */
export function loadGroupsCsv(text: string, isCountry: (iso3: string) => boolean): LoadResult<PeerGroup> {
  const table = parseDelimited(text);
  const issues: Issue[] = [...table.issues];
  const col = mapColumns(table.header, GROUP_COLUMNS);
  const opt = mapColumns(table.header, OPTIONAL_GROUP_COLUMNS);
  const missing = Object.entries(col).filter(([, i]) => i < 0);
  if (missing.length > 0) {
    issues.push({
      severity: 'error',
      code: 'missing-column',
      row: 1,
      column: missing.map(([k]) => k).join(', '),
      message: `Missing column(s): ${missing.map(([k]) => k).join(', ')}.`,
    });
    return { rows: [], issues };
  }
  const byId = new Map<string, PeerGroup>();
  for (const { line, cells } of table.rows) {
    const get = (i: number) => (cells[i] ?? '').trim();
    const id = get(col.id);
    const iso3 = get(col.iso3).toUpperCase();
    if (!isCountry(iso3)) {
      issues.push({
        severity: 'warning',
        code: 'unknown-country',
        row: line,
        column: 'iso3',
        message: `Unknown country code ${iso3} in group ${id}.`,
      });
      continue;
    }
    let g = byId.get(id);
    if (!g) {
      g = {
        id,
        kind: 'named',
        nameZh: get(col.nameZh),
        nameEn: get(col.nameEn),
        members: [],
        source: get(col.source),
        ...(opt.sourceZh >= 0 && get(opt.sourceZh) ? { sourceZh: get(opt.sourceZh) } : {}),
        asOf: get(col.asOf),
      };
      byId.set(id, g);
    }
    if (g.members.includes(iso3)) {
      issues.push({
        severity: 'warning',
        code: 'duplicate',
        row: line,
        column: 'iso3',
        message: `${iso3} listed twice in group ${id}.`,
      });
    } else g.members.push(iso3);
  }
  return { rows: [...byId.values()], issues };
}

/**
 * Region, sub-region and income groups derived from the countries table at run time
 * (data/un-egov/countries.csv), so they never drift from it. Names are the English
 * labels as stored; the UI translates regions and income groups itself.
 */
export function derivedGroups(
  countries: Iterable<Country>,
  source: Record<'region' | 'income', string>,
): PeerGroup[] {
  const out = new Map<string, PeerGroup>();
  const add = (kind: PeerGroupKind, label: string, iso3: string) => {
    if (!label) return;
    const id = `${kind}:${label}`;
    let g = out.get(id);
    if (!g) {
      g = {
        id,
        kind,
        nameZh: label,
        nameEn: label,
        members: [],
        source: kind === 'income' ? source.income : source.region,
        asOf: '',
      };
      out.set(id, g);
    }
    g.members.push(iso3);
  };
  for (const c of countries) {
    add('region', c.region, c.iso3);
    add('sub-region', c.subRegion, c.iso3);
    add('income', c.incomeGroup, c.iso3);
  }
  const order: PeerGroupKind[] = ['region', 'sub-region', 'income'];
  return [...out.values()].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
}

export interface GroupEditionSummary extends ValueSummary {
  year: number;
}

/**
 * Per-edition summary (mean, median, min, max, quartiles, IQR, count assessed) of an
 * index over a group's members. Members not assessed in an edition count as missing,
 * never as zero.
 */
export function groupSummaries(
  ds: Dataset,
  index: IndexId,
  members: readonly string[],
): GroupEditionSummary[] {
  return ds.editions.map((year) => ({
    year,
    ...summarize(members.map((iso3) => ds.get(year, iso3)?.[index] ?? null)),
  }));
}
