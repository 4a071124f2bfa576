import type { Issue } from '../issues';
import { mapColumns, parseDelimited } from './delimited';
import { missingColumnIssue, unmappedFields } from './missing-columns';
import { normalizeGroupLabel, publishedDecimals } from './metrics';

/**
 * The report series of 中央党校(国家行政学院)电子政务研究中心 on the online (later
 * 一体化) government service capability of the provincial governments and the key cities,
 * as published copies give it (data/cn/report-index.csv, data/cn/group-counts.csv).
 * Each edition assesses the previous year. Nothing here is derived: a rank is the rank a
 * copy states, a group the group a copy names.
 */

export const REPORT_LEVELS = ['province', 'city'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/** The overall index, the overall rank, the group, and the ranks on the five sub-indices. */
export const REPORT_INDICATORS = [
  'overall',
  'rank',
  'group',
  'service_effectiveness',
  'online_maturity',
  'channel_completeness',
  'item_coverage',
  'guide_accuracy',
] as const;
export type ReportIndicator = (typeof REPORT_INDICATORS)[number];
export const SUB_INDICES = REPORT_INDICATORS.slice(3) as readonly SubIndex[];
export type SubIndex = Exclude<ReportIndicator, 'overall' | 'rank' | 'group'>;

/**
 * What is known about an entry's copy beyond its value:
 * `list-position`: the value is the place in a published ordered list, not a stated rank;
 * `garbled-copy`: the copy is machine-reworded with names swapped (weak corroboration only);
 * `edition-uncertain`: the copy may be about another edition;
 * `edition-inferred`: the copy does not name the edition, it was inferred from its context;
 * `implied`: the copy implies the figure (仅次于…, 较上年…) rather than stating it.
 */
export const ENTRY_FLAGS = [
  'list-position',
  'garbled-copy',
  'edition-uncertain',
  'edition-inferred',
  'implied',
] as const;
export type EntryFlag = (typeof ENTRY_FLAGS)[number];

/** One figure of one region in one report edition, as one copy states it. */
export interface ReportEntry {
  /** Row in the file (header = 1); within one copy, the order the copy lists them. */
  line: number;
  edition: number;
  /** The year the edition assesses (the 2020 edition assesses 2019); null when not stated. */
  assessedYear: number | null;
  level: ReportLevel;
  /** Province: GB/T 2260 two-digit code; city: six-digit code; '' when it has none (新疆生产建设兵团). */
  regionCode: string;
  nameZh: string;
  indicator: ReportIndicator;
  /** The overall index as published (null for ranks and groups). */
  value: number | null;
  decimals: number | null;
  /** The rank as stated (overall or a sub-index), null otherwise. */
  rank: number | null;
  /** The group as named (非常高/高/中/低), null otherwise. */
  group: string | null;
  flags: EntryFlag[];
  /** Key into the citations table. */
  citationId: string;
  quote: string;
  /** The entry is a row of metrics.csv (see entriesFromMetrics), not of the report tables. */
  fromMetrics?: boolean;
}

/** A published count of one group (or of several together, 高以上) in one edition. */
export interface GroupCount {
  line: number;
  edition: number;
  level: ReportLevel;
  /** The group as the copy words it ("非常高", "高以上(非常高+高)"). */
  label: string;
  /** The groups counted: ['非常高'] or ['非常高', '高']. */
  groups: string[];
  count: number;
  citationId: string;
  quote: string;
}

const ENTRY_COLUMNS = {
  edition: ['edition'],
  assessedYear: ['assessed_year'],
  level: ['level'],
  regionCode: ['region_code'],
  nameZh: ['region_zh'],
  indicator: ['indicator'],
  value: ['value'],
  flags: ['flags'],
  citation: ['citation'],
  quote: ['quote'],
} as const;

const COUNT_COLUMNS = {
  edition: ['edition'],
  level: ['level'],
  label: ['group'],
  groups: ['groups'],
  count: ['count'],
  citation: ['citation'],
  quote: ['quote'],
} as const;

const isOneOf = <T extends string>(list: readonly T[], s: string): s is T =>
  (list as readonly string[]).includes(s);

const error = (line: number, column: string, message: string): Issue => ({
  severity: 'error',
  code: 'not-a-number',
  row: line,
  column,
  message: `Row ${line}: ${message}`,
  params: { value: message },
});

/** Loads data/cn/report-index.csv. Every problem is an error: the file is written by the build. */
export function loadReportIndexCsv(text: string): { entries: ReportEntry[]; issues: Issue[] } {
  const table = parseDelimited(text);
  const issues: Issue[] = [...table.issues];
  const entries: ReportEntry[] = [];
  const col = mapColumns(table.header, ENTRY_COLUMNS);
  const missing = missingColumnIssue(unmappedFields(col), table.header);
  if (missing) return { entries, issues: [...issues, missing] };
  for (const { line, cells } of table.rows) {
    const get = (i: number) => (cells[i] ?? '').trim();
    const edition = Number(get(col.edition));
    const assessed = get(col.assessedYear);
    const level = get(col.level);
    const indicator = get(col.indicator);
    const raw = get(col.value);
    const flags = get(col.flags).split(';').filter(Boolean);
    if (!Number.isInteger(edition) || (assessed !== '' && !/^\d{4}$/.test(assessed))) {
      issues.push(error(line, 'edition', `edition "${get(col.edition)}" / assessed year "${assessed}"`));
      continue;
    }
    if (!isOneOf(REPORT_LEVELS, level) || !isOneOf(REPORT_INDICATORS, indicator)) {
      issues.push(error(line, 'level', `level "${level}" / indicator "${indicator}"`));
      continue;
    }
    if (!flags.every((f) => isOneOf(ENTRY_FLAGS, f))) {
      issues.push(error(line, 'flags', `flags "${flags.join(';')}"`));
      continue;
    }
    let value: number | null = null;
    let decimals: number | null = null;
    let rank: number | null = null;
    let group: string | null = null;
    if (indicator === 'overall') {
      if (!/^\d+(\.\d+)?$/.test(raw)) {
        issues.push(error(line, 'value', `index "${raw}"`));
        continue;
      }
      value = Number(raw);
      decimals = publishedDecimals(raw);
    } else if (indicator === 'group') {
      group = normalizeGroupLabel(raw);
      if (group === null) {
        issues.push(error(line, 'value', `group "${raw}"`));
        continue;
      }
    } else {
      const m = /^(?:rank:)?(\d+)$/.exec(raw);
      if (!m) {
        issues.push(error(line, 'value', `rank "${raw}"`));
        continue;
      }
      rank = Number(m[1]);
    }
    const citationId = get(col.citation);
    if (citationId === '') {
      issues.push(error(line, 'citation', 'no citation'));
      continue;
    }
    entries.push({
      line,
      edition,
      assessedYear: assessed === '' ? null : Number(assessed),
      level,
      regionCode: get(col.regionCode),
      nameZh: get(col.nameZh),
      indicator,
      value,
      decimals,
      rank,
      group,
      flags: flags as EntryFlag[],
      citationId,
      quote: get(col.quote),
    });
  }
  return { entries, issues };
}

/** Loads data/cn/group-counts.csv. */
export function loadGroupCountsCsv(text: string): { counts: GroupCount[]; issues: Issue[] } {
  const table = parseDelimited(text);
  const issues: Issue[] = [...table.issues];
  const counts: GroupCount[] = [];
  const col = mapColumns(table.header, COUNT_COLUMNS);
  const missing = missingColumnIssue(unmappedFields(col), table.header);
  if (missing) return { counts, issues: [...issues, missing] };
  for (const { line, cells } of table.rows) {
    const get = (i: number) => (cells[i] ?? '').trim();
    const edition = Number(get(col.edition));
    const level = get(col.level);
    const count = Number(get(col.count));
    const groups = get(col.groups)
      .split('+')
      .map((g) => normalizeGroupLabel(g));
    if (
      !Number.isInteger(edition) ||
      !isOneOf(REPORT_LEVELS, level) ||
      !Number.isInteger(count) ||
      groups.length === 0 ||
      groups.some((g) => g === null) ||
      get(col.citation) === ''
    ) {
      issues.push(error(line, 'group', `group count "${cells.join(',')}"`));
      continue;
    }
    counts.push({
      line,
      edition,
      level,
      label: get(col.label),
      groups: groups as string[],
      count,
      citationId: get(col.citation),
      quote: get(col.quote),
    });
  }
  return { counts, issues };
}
