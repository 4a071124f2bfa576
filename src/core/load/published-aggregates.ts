import { COPY_KINDS } from '../citation';
import type { CopyKind } from '../citation';
import { EGDI_GROUPS } from '../indicators/groups';
import type { EgdiGroup } from '../indicators/groups';
import { REGIONS } from '../types';
import type { LoadResult, Region } from '../types';
import type { Issue } from '../issues';
import { mapColumns, parseDelimited, parseNumberCell } from './delimited';
import { missingColumnIssue, unmappedFields } from './missing-columns';

/** What a published figure counts or averages, over the assessed countries of its scope. */
export const AGGREGATE_METRICS = [
  /** Mean EGDI. */
  'mean_egdi',
  /** Number of countries. */
  'countries',
  /** Number of countries in the EGDI group(s) of `groups`. */
  'count_in_group',
  /** Per cent of the scope's countries in the EGDI group(s) of `groups`. */
  'percent_in_group',
  /** Number of countries with an EGDI above the world mean of the edition. */
  'count_above_world_mean',
] as const;
export type AggregateMetric = (typeof AGGREGATE_METRICS)[number];

/** 'World' (every member state) or one of the five UN regions. */
export type AggregateScope = 'World' | Region;

/** Kind of the copy a figure was read from (the same kinds as every citation's). */
export type { CopyKind };

/** One figure the UN published about an edition, with where it was read. */
export interface PublishedAggregate {
  /** Row in the file as a spreadsheet shows it (header = 1). */
  line: number;
  year: number;
  scope: AggregateScope;
  metric: AggregateMetric;
  /** The EGDI groups a group metric counts (one, or several added up); empty otherwise. */
  groups: EgdiGroup[];
  value: number;
  /** Decimals as published ("0.55" has 2): the precision a computed figure is compared at. */
  decimals: number;
  /** The published sentence or table cell, verbatim. */
  quote: string;
  /** The original publication: publisher, title, place, date. */
  original: string;
  /** Where in the original (page, table, figure), or what the copy says of it. */
  locator: string;
  /** The copy the figure was read from. */
  copyUrl: string;
  copyKind: CopyKind;
  /** Why the app's computed figure differs from this one; '' when it should match. */
  knownDifference: string;
  /** The same explanation in Chinese (column known_difference_zh). */
  knownDifferenceZh: string;
}

const COLUMNS = {
  year: ['year'],
  scope: ['scope'],
  metric: ['metric'],
  group: ['group'],
  value: ['value'],
  quote: ['quote'],
  original: ['original'],
  locator: ['locator'],
  copyUrl: ['copy_url'],
  copyKind: ['copy_kind'],
  knownDifference: ['known_difference'],
  knownDifferenceZh: ['known_difference_zh'],
} as const;

const GROUP_METRICS: readonly AggregateMetric[] = ['count_in_group', 'percent_in_group'];
const SCOPES: readonly string[] = ['World', ...REGIONS];

/** Decimals of a number as written: "0.8493" -> 4, "76" -> 0. */
function decimalsOf(raw: string): number {
  const dot = raw.indexOf('.');
  return dot < 0 ? 0 : raw.length - dot - 1;
}

/**
 * Loads data/un-egov/published-aggregates.csv: one figure per row (year, scope, metric,
 * group, value as published, quote, original, locator, copy_url, copy_kind,
 * known_difference). A row with an unknown scope, metric or group, a value that is not a
 * number, a missing quote or citation, or the same figure twice from one copy is left out
 * with an error that names the row; two copies that disagree on a figure give a warning.
 */
export function loadPublishedAggregatesCsv(text: string): LoadResult<PublishedAggregate> {
  const table = parseDelimited(text);
  const issues: Issue[] = [...table.issues];
  const col = mapColumns(table.header, COLUMNS);
  const missing = missingColumnIssue(unmappedFields(col), table.header);
  if (table.header.length === 0 || missing) {
    if (missing) issues.push(missing);
    return { rows: [], issues };
  }
  const rows: PublishedAggregate[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const get = (i: number) => (cells[i] ?? '').trim();
    const error = (code: Issue['code'], column: string, message: string) =>
      issues.push({ severity: 'error', code, row: line, column, message });
    const yearRaw = get(col.year);
    const year = Number(yearRaw);
    if (!/^\d{4}$/.test(yearRaw)) {
      error('bad-year', 'year', `Year "${yearRaw}" is not a four-digit year.`);
      continue;
    }
    const scope = get(col.scope);
    if (!SCOPES.includes(scope)) {
      error('unknown-region', 'scope', `Scope "${scope}" is not World or one of ${REGIONS.join(', ')}.`);
      continue;
    }
    const metric = get(col.metric);
    if (!(AGGREGATE_METRICS as readonly string[]).includes(metric)) {
      error('unknown-format', 'metric', `Metric "${metric}" is not one of ${AGGREGATE_METRICS.join(', ')}.`);
      continue;
    }
    const groupRaw = get(col.group);
    const groups = groupRaw === '' ? [] : groupRaw.split('+').map((g) => g.trim());
    const isGroupMetric = GROUP_METRICS.includes(metric as AggregateMetric);
    if (
      isGroupMetric !== groups.length > 0 ||
      groups.some((g) => !(EGDI_GROUPS as readonly string[]).includes(g)) ||
      new Set(groups).size !== groups.length
    ) {
      error(
        'unknown-format',
        'group',
        isGroupMetric
          ? `Group "${groupRaw}" is not one or more of ${EGDI_GROUPS.join(', ')} joined by "+".`
          : `Metric ${metric} takes no group (found "${groupRaw}").`,
      );
      continue;
    }
    const valueRaw = get(col.value);
    const value = parseNumberCell(valueRaw);
    if (value === null || Number.isNaN(value)) {
      error('not-a-number', 'value', `Value "${valueRaw}" is not a number.`);
      continue;
    }
    const copyKind = get(col.copyKind);
    if (!(COPY_KINDS as readonly string[]).includes(copyKind)) {
      error(
        'missing-citation',
        'copy_kind',
        `Copy kind "${copyKind}" is not one of ${COPY_KINDS.join(', ')}.`,
      );
      continue;
    }
    const cited = { quote: get(col.quote), original: get(col.original), copyUrl: get(col.copyUrl) };
    const uncited = Object.entries(cited).filter(([, v]) => v === '');
    if (uncited.length > 0 || !/^https?:\/\//.test(cited.copyUrl)) {
      error(
        'missing-citation',
        uncited.map(([k]) => k).join(', ') || 'copy_url',
        uncited.length > 0
          ? `Every figure needs its quote, original publication and copy address (missing: ${uncited.map(([k]) => k).join(', ')}).`
          : `Copy address "${cited.copyUrl}" is not an http(s) address.`,
      );
      continue;
    }
    // The same figure may be cited from several copies; the same copy twice is an error,
    // and two copies that publish different values for one figure are flagged.
    const key = [year, scope, metric, groups.join('+')].join('|');
    const first = seen.get(`${key}|${cited.copyUrl}`);
    if (first !== undefined) {
      error(
        'duplicate',
        'value',
        `Row ${line} repeats the figure of row ${first} (${key}) from the same copy.`,
      );
      continue;
    }
    seen.set(`${key}|${cited.copyUrl}`, line);
    const other = rows.find(
      (r) =>
        r.year === year &&
        r.scope === scope &&
        r.metric === metric &&
        r.groups.join('+') === groups.join('+') &&
        r.value !== value,
    );
    if (other) {
      issues.push({
        severity: 'warning',
        code: 'conflict',
        row: line,
        column: 'value',
        message: `Row ${line} publishes ${valueRaw} for ${key}; row ${other.line} publishes ${other.value}.`,
      });
    }
    // An explanation shown to a user is given in both UI languages, or in neither.
    if ((get(col.knownDifference) === '') !== (get(col.knownDifferenceZh) === '')) {
      error(
        'missing-citation',
        'known_difference_zh',
        'known_difference and known_difference_zh must both be given, or both be empty.',
      );
      continue;
    }
    rows.push({
      line,
      year,
      scope: scope as AggregateScope,
      metric: metric as AggregateMetric,
      groups: groups as EgdiGroup[],
      value,
      decimals: decimalsOf(valueRaw),
      ...cited,
      locator: get(col.locator),
      copyKind: copyKind as CopyKind,
      knownDifference: get(col.knownDifference),
      knownDifferenceZh: get(col.knownDifferenceZh),
    });
  }
  return { rows, issues };
}
