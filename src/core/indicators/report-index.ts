import type { MetricRow } from '../load/metrics';
import { NATIONAL_CODE } from '../load/provinces';
import { SUB_INDICES } from '../load/report-index';
import type {
  EntryFlag,
  GroupCount,
  ReportEntry,
  ReportIndicator,
  ReportLevel,
  SubIndex,
} from '../load/report-index';

/**
 * The report index as a reader checks it: per edition and level, one row per region with
 * every rank, value and group some copy states (several when copies disagree, side by
 * side), and notes on what the copies get wrong. Ranks are as stated by the source: never
 * recomputed, never filled; a group is never derived from a value; a gap stays a gap.
 */

/** The provincial metrics rows that state results of the same report series. */
const METRIC_INDICATORS: Record<string, { indicator: ReportIndicator; flags: EntryFlag[] }> = {
  cps_capability_group: { indicator: 'group', flags: [] },
  cps_capability_rank: { indicator: 'rank', flags: [] },
  cps_capability_top10_list_position: { indicator: 'rank', flags: ['list-position'] },
  cps_capability_score: { indicator: 'overall', flags: [] },
  cps_subindex_rank_guide_accuracy: { indicator: 'guide_accuracy', flags: [] },
  cps_subindex_rank_online_service_effectiveness: { indicator: 'service_effectiveness', flags: [] },
  cps_subindex_rank_online_handling_maturity: { indicator: 'online_maturity', flags: [] },
};

/**
 * The provincial rows of metrics.csv that report this series (group, stated rank, list
 * position, score, sub-index rank; `as_of` is the edition year) as report entries, so the
 * report index shows them beside the report tables. `assessed` gives each edition's
 * assessed year as the report tables state it; `nameOf` a province's Chinese name.
 */
export function entriesFromMetrics(
  rows: readonly MetricRow[],
  assessed: ReadonlyMap<number, number>,
  nameOf: (code: string) => string = () => '',
): ReportEntry[] {
  return rows.flatMap((r): ReportEntry[] => {
    const known = METRIC_INDICATORS[r.metricId];
    if (!known || r.regionCode === NATIONAL_CODE || r.year === null || r.asOf !== String(r.year)) return [];
    const { indicator, flags } = known;
    const number = r.value;
    if (indicator === 'group' ? r.group === null : number === null) return [];
    return [
      {
        line: r.line,
        edition: r.year,
        assessedYear: assessed.get(r.year) ?? null,
        level: 'province',
        regionCode: r.regionCode,
        nameZh: nameOf(r.regionCode),
        indicator,
        value: indicator === 'overall' ? number : null,
        decimals: indicator === 'overall' ? r.decimals : null,
        rank: indicator !== 'overall' && indicator !== 'group' ? number : null,
        group: indicator === 'group' ? r.group : null,
        flags,
        citationId: r.citationId,
        quote: r.quote,
        fromMetrics: true,
      },
    ];
  });
}

/**
 * The groups the report tables name for provinces, as rows of the capability-group metric,
 * so the map and the group grid show them beside the metrics rows: only those no metrics
 * row already states for that province and edition, only provinces with a code. Values
 * and ranks stay in the report index (their ranks are as stated, never recomputed there).
 */
export function groupRowsFromReport(
  entries: readonly ReportEntry[],
  rows: readonly MetricRow[],
): MetricRow[] {
  const stated = new Set(
    rows
      .filter((r) => r.metricId === 'cps_capability_group')
      .map((r) => `${r.regionCode}|${r.year}|${r.group}`),
  );
  return entries.flatMap((e): MetricRow[] => {
    const key = `${e.regionCode}|${e.edition}|${e.group}`;
    if (e.fromMetrics || e.indicator !== 'group' || e.level !== 'province' || !/^\d\d$/.test(e.regionCode))
      return [];
    if (stated.has(key)) return [];
    stated.add(key);
    return [
      {
        regionCode: e.regionCode,
        metricId: 'cps_capability_group',
        value: null,
        decimals: null,
        group: e.group,
        unit: 'group',
        asOf: String(e.edition),
        year: e.edition,
        scope:
          e.assessedYear === null
            ? `省级政府(${e.edition}年版报告)`
            : `省级政府(${e.edition}年版报告,评估${e.assessedYear}年度)`,
        label: '',
        source: '',
        quote: e.quote,
        note: '',
        citationId: e.citationId,
        flags: ['edition-year'],
        line: e.line,
      },
    ];
  });
}

const METRIC_COUNTS: Record<string, string[]> = {
  cps_provinces_very_high_count: ['非常高'],
  cps_provinces_high_count: ['高'],
  cps_provinces_medium_count: ['中'],
  cps_provinces_low_count: ['低'],
  cps_provinces_high_or_above_count: ['非常高', '高'],
};

/** The national rows of metrics.csv that count provinces per group of this series, as group counts. */
export function countsFromMetrics(rows: readonly MetricRow[]): GroupCount[] {
  return rows.flatMap((r): GroupCount[] => {
    const groups = METRIC_COUNTS[r.metricId];
    if (!groups || r.regionCode !== NATIONAL_CODE || r.year === null || r.value === null) return [];
    return [
      {
        line: r.line,
        edition: r.year,
        level: 'province',
        label: r.label,
        groups,
        count: r.value,
        citationId: r.citationId,
        quote: r.quote,
      },
    ];
  });
}

/** Group counts from several files, each published count once per copy (the first kept). */
export function mergeCounts(
  lists: readonly (readonly GroupCount[])[],
  addressOf: (citationId: string) => string | null,
): GroupCount[] {
  const seen = new Set<string>();
  return lists.flat().filter((c) => {
    const key = [
      c.edition,
      c.level,
      c.groups.join('+'),
      c.count,
      addressOf(c.citationId) ?? c.citationId,
    ].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What an entry states, as one comparable value. */
function statement(e: ReportEntry): string {
  return e.indicator === 'group'
    ? `g:${e.group}`
    : e.indicator === 'overall'
      ? `v:${e.value}`
      : `r:${e.rank}`;
}

/** A region's identity within a level: its code, or its name when it has none. */
export const regionKey = (e: Pick<ReportEntry, 'regionCode' | 'nameZh'>) =>
  e.regionCode || `name:${e.nameZh}`;

/**
 * Report entries and metrics entries together, each statement once per copy: an entry
 * that states the same thing about the same region as an earlier one, read from the same
 * address, is left out (the first is kept).
 */
export function mergeEntries(
  lists: readonly (readonly ReportEntry[])[],
  addressOf: (citationId: string) => string | null,
): ReportEntry[] {
  const seen = new Set<string>();
  const out: ReportEntry[] = [];
  for (const list of lists) {
    for (const e of list) {
      const key = [
        e.edition,
        e.level,
        regionKey(e),
        e.indicator,
        statement(e),
        addressOf(e.citationId) ?? e.citationId,
      ].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  return out;
}

/** One distinct value stated for a region, and every entry (copy) stating it. */
export interface Stated<T> {
  value: T;
  entries: ReportEntry[];
}

/** A region of one edition and level, with all its stated figures. */
export interface RegionRow {
  key: string;
  regionCode: string;
  nameZh: string;
  /** Overall ranks as stated (several when copies disagree), in the order the copies come. */
  ranks: Stated<number>[];
  /** Overall index values as published. */
  values: Stated<number>[];
  groups: Stated<string>[];
  subRanks: { indicator: SubIndex; ranks: Stated<number>[] }[];
  /** Notes of the table that concern this row. */
  marks: Set<TableNote['kind']>;
}

/** A region as a note names it, with what the copy in question says of it. */
export interface NotePlace {
  key: string;
  nameZh: string;
  rank: number | null;
  value: number | null;
  decimals: number | null;
}

/**
 * What a reader must know about a table. Per copy (`copy` = the address read): an order
 * that contradicts the values, ranks that do not reach the number of entries (after ties
 * the next rank does not skip), ties (with equal or with different values), an entry
 * with a rank and no value where the others have one. Across copies: a region given two
 * different figures (`conflict`), a rank claimed for several regions by different copies
 * with no copy stating a tie (`separate-claims`), and ranks that are places in a
 * published list rather than stated ranks (`list-position`).
 */
export type TableNote =
  | { kind: 'order-contradiction'; copy: string; above: NotePlace; below: NotePlace }
  | { kind: 'dense-ranks'; copy: string; entries: number; maxRank: number }
  | { kind: 'tie'; copy: string; rank: number; places: NotePlace[] }
  | { kind: 'tie-different-values'; copy: string; rank: number; places: NotePlace[] }
  | { kind: 'no-value'; copy: string; place: NotePlace }
  | {
      kind: 'conflict';
      indicator: ReportIndicator;
      key: string;
      nameZh: string;
      stated: Stated<number | string>[];
    }
  | {
      kind: 'separate-claims';
      rank: number;
      claims: { key: string; nameZh: string; entries: ReportEntry[] }[];
    }
  | { kind: 'list-position'; places: number };

/** A published group count against the regions the copies name in those groups. */
export interface GroupCheck {
  /** The published count; null for groups that are named but whose count is not published. */
  count: GroupCount | null;
  groups: string[];
  listed: { key: string; nameZh: string }[];
  status: 'complete' | 'incomplete' | 'more-listed' | 'no-count';
}

export interface EditionTable {
  edition: number;
  level: ReportLevel;
  /** The assessed years the entries state (one, normally). */
  assessedYears: number[];
  rows: RegionRow[];
  notes: TableNote[];
  groupChecks: GroupCheck[];
}

function stated<T>(entries: readonly ReportEntry[], pick: (e: ReportEntry) => T | null): Stated<T>[] {
  const out: Stated<T>[] = [];
  for (const e of entries) {
    const v = pick(e);
    if (v === null) continue;
    const hit = out.find((s) => s.value === v);
    if (hit) hit.entries.push(e);
    else out.push({ value: v, entries: [e] });
  }
  return out;
}

/** The editions and levels that have entries, newest edition first, provinces before cities. */
export function reportEditions(entries: readonly ReportEntry[]): { edition: number; level: ReportLevel }[] {
  const keys = new Set(entries.map((e) => `${e.edition}|${e.level}`));
  return [...keys]
    .map((k) => {
      const [edition, level] = k.split('|');
      return { edition: Number(edition), level: level as ReportLevel };
    })
    .sort(
      (a, b) =>
        b.edition - a.edition || (a.level === 'province' ? -1 : 1) - (b.level === 'province' ? -1 : 1),
    );
}

/** The table of one edition and level, with its notes and group checks. `names` names a region by key. */
export function editionTable(
  all: readonly ReportEntry[],
  counts: readonly GroupCount[],
  edition: number,
  level: ReportLevel,
  addressOf: (citationId: string) => string | null,
  names: (key: string, fallback: string) => string = (_k, fallback) => fallback,
): EditionTable {
  const entries = all.filter((e) => e.edition === edition && e.level === level);
  const byRegion = new Map<string, ReportEntry[]>();
  for (const e of entries) byRegion.set(regionKey(e), [...(byRegion.get(regionKey(e)) ?? []), e]);
  const nameOf = (key: string) => names(key, byRegion.get(key)?.find((e) => e.nameZh)?.nameZh ?? key);
  const rows: RegionRow[] = [...byRegion].map(([key, list]) => ({
    key,
    regionCode: list[0]?.regionCode ?? '',
    nameZh: nameOf(key),
    ranks: stated(list, (e) => (e.indicator === 'rank' ? e.rank : null)),
    values: stated(list, (e) => (e.indicator === 'overall' ? e.value : null)),
    groups: stated(list, (e) => (e.indicator === 'group' ? e.group : null)),
    subRanks: SUB_INDICES.flatMap((indicator) => {
      const ranks = stated(list, (e) => (e.indicator === indicator ? e.rank : null));
      return ranks.length ? [{ indicator, ranks }] : [];
    }),
    marks: new Set(),
  }));
  const firstLine = (r: RegionRow) =>
    Math.min(...[...r.ranks, ...r.values, ...r.groups].flatMap((s) => s.entries.map((e) => e.line)));
  // As the copies list them: by the lowest stated rank, then in the order of the file
  // (within one copy, the copy's own order).
  const bestRank = (r: RegionRow) => Math.min(...r.ranks.map((s) => s.value));
  rows.sort((a, b) => bestRank(a) - bestRank(b) || firstLine(a) - firstLine(b));
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  const notes: TableNote[] = [];
  const mark = (key: string, kind: TableNote['kind']) => rowOf.get(key)?.marks.add(kind);

  // Per copy: the ranks and values one page states.
  const copies = new Map<string, ReportEntry[]>();
  for (const e of entries) {
    const copy = addressOf(e.citationId) ?? e.citationId;
    copies.set(copy, [...(copies.get(copy) ?? []), e]);
  }
  for (const [copy, list] of copies) {
    const ranked = list.filter((e) => e.indicator === 'rank' && !e.flags.includes('list-position'));
    if (ranked.length < 2) continue;
    const valueOf = new Map(
      list.filter((e) => e.indicator === 'overall').map((e) => [regionKey(e), e] as const),
    );
    const place = (e: ReportEntry): NotePlace => {
      const v = valueOf.get(regionKey(e));
      return {
        key: regionKey(e),
        nameZh: nameOf(regionKey(e)),
        rank: e.rank,
        value: v?.value ?? null,
        decimals: v?.decimals ?? null,
      };
    };
    const places = ranked.map(place).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) {
        const a = places[i];
        const b = places[j];
        if (!a || !b || a.rank === b.rank || a.value === null || b.value === null) continue;
        if (a.value < b.value) {
          notes.push({ kind: 'order-contradiction', copy, above: a, below: b });
          mark(a.key, 'order-contradiction');
          mark(b.key, 'order-contradiction');
        }
      }
    }
    const byRank = new Map<number, NotePlace[]>();
    for (const p of places) byRank.set(p.rank ?? 0, [...(byRank.get(p.rank ?? 0) ?? []), p]);
    let tied = false;
    for (const [rank, same] of [...byRank].sort(([a], [b]) => a - b)) {
      if (same.length < 2) continue;
      tied = true;
      const values = new Set(same.map((p) => p.value));
      const kind = values.size > 1 ? 'tie-different-values' : 'tie';
      notes.push({ kind, copy, rank, places: same });
      for (const p of same) mark(p.key, kind);
    }
    const maxRank = Math.max(...places.map((p) => p.rank ?? 0));
    const regions = new Set(places.map((p) => p.key)).size;
    if (tied && maxRank < regions) notes.push({ kind: 'dense-ranks', copy, entries: regions, maxRank });
    // A copy that gives values for most of its ranked entries is a table: an entry it gives no value is a gap in it.
    if (valueOf.size * 2 > ranked.length) {
      for (const p of places) {
        if (p.value !== null) continue;
        notes.push({ kind: 'no-value', copy, place: p });
        mark(p.key, 'no-value');
      }
    }
  }

  // Across copies: two figures for one region.
  for (const r of rows) {
    const lists: [ReportIndicator, Stated<number | string>[]][] = [
      ['rank', r.ranks],
      ['overall', r.values],
      ['group', r.groups],
      ...r.subRanks.map((s): [ReportIndicator, Stated<number>[]] => [s.indicator, s.ranks]),
    ];
    for (const [indicator, list] of lists) {
      if (list.length < 2) continue;
      notes.push({ kind: 'conflict', indicator, key: r.key, nameZh: r.nameZh, stated: list });
      mark(r.key, 'conflict');
    }
  }
  // One stated rank, several regions, and no copy that states them tied.
  const claims = new Map<number, Map<string, ReportEntry[]>>();
  for (const r of rows) {
    for (const s of r.ranks) {
      const stating = s.entries.filter((e) => !e.flags.includes('list-position'));
      if (stating.length === 0) continue;
      const m = claims.get(s.value) ?? new Map<string, ReportEntry[]>();
      m.set(r.key, stating);
      claims.set(s.value, m);
    }
  }
  for (const [rank, byKey] of [...claims].sort(([a], [b]) => a - b)) {
    if (byKey.size < 2) continue;
    const copiesOf = [...byKey.values()].map(
      (list) => new Set(list.map((e) => addressOf(e.citationId) ?? e.citationId)),
    );
    const [first, ...rest] = copiesOf;
    const oneCopyStatesAll = [...(first ?? [])].some((c) => rest.every((s) => s.has(c)));
    if (oneCopyStatesAll) continue;
    notes.push({
      kind: 'separate-claims',
      rank,
      claims: [...byKey].map(([key, list]) => ({ key, nameZh: nameOf(key), entries: list })),
    });
    for (const key of byKey.keys()) mark(key, 'separate-claims');
  }
  const positions = entries.filter((e) => e.flags.includes('list-position')).length;
  if (positions > 0) notes.push({ kind: 'list-position', places: positions });

  return {
    edition,
    level,
    assessedYears: [
      ...new Set(entries.flatMap((e) => (e.assessedYear === null ? [] : [e.assessedYear]))),
    ].sort(),
    rows,
    notes,
    groupChecks: groupChecks(
      rows,
      counts.filter((c) => c.edition === edition && c.level === level),
    ),
  };
}

/**
 * Each published count against the regions named in its groups; groups named by some copy
 * whose count is not published are listed as `no-count`. A list is complete only when the
 * named regions are exactly as many as the published count.
 */
export function groupChecks(rows: readonly RegionRow[], counts: readonly GroupCount[]): GroupCheck[] {
  const listedIn = (groups: readonly string[]) =>
    rows
      .filter((r) => r.groups.some((g) => groups.includes(g.value)))
      .map((r) => ({ key: r.key, nameZh: r.nameZh }));
  const checks: GroupCheck[] = counts.map((count) => {
    const listed = listedIn(count.groups);
    const status =
      listed.length === count.count ? 'complete' : listed.length < count.count ? 'incomplete' : 'more-listed';
    return { count, groups: count.groups, listed, status };
  });
  const counted = new Set(counts.flatMap((c) => c.groups));
  const named = [...new Set(rows.flatMap((r) => r.groups.map((g) => g.value)))];
  for (const g of named) {
    if (counted.has(g)) continue;
    checks.push({ count: null, groups: [g], listed: listedIn([g]), status: 'no-count' });
  }
  return checks;
}

/** One region's entries across editions (newest first), grouped by edition and level. */
export function regionHistory(
  all: readonly ReportEntry[],
  key: string,
): { edition: number; level: ReportLevel; assessedYear: number | null; entries: ReportEntry[] }[] {
  const mine = all.filter((e) => regionKey(e) === key);
  const editions = [...new Set(mine.map((e) => `${e.edition}|${e.level}`))];
  return editions
    .map((k) => {
      const list = mine.filter((e) => `${e.edition}|${e.level}` === k);
      const first = list[0];
      return {
        edition: first?.edition ?? 0,
        level: first?.level ?? 'province',
        assessedYear: list.find((e) => e.assessedYear !== null)?.assessedYear ?? null,
        entries: list,
      };
    })
    .sort((a, b) => b.edition - a.edition);
}
