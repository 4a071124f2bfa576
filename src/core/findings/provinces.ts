import type { Citation } from '../citation';
import { CAPABILITY_GROUPS, provincialSnapshot, rankSnapshot } from '../indicators/cn-metrics';
import { citationOf } from '../load/cn-data';
import type { MetricDef } from '../load/metric-catalogue';
import type { MetricRow } from '../load/metrics';
import type { Province } from '../load/provinces';
import type { Finding, FindingSource, MetricRef, ProvinceRankRule, ProvinceRef } from './types';

/** What the Provinces page shows: the metric, its year and the open province (if any). */
export interface ProvincesFindingsInput {
  /** Every row on the page: imported tables first (the newest wins), then the shipped ones. */
  rows: readonly MetricRow[];
  def: MetricDef | undefined;
  year: number | null;
  province: string | null;
  provinces: readonly Province[];
  citations: ReadonlyMap<string, Citation>;
}

const provinceRef = (provinces: readonly Province[], code: string): ProvinceRef => {
  const p = provinces.find((x) => x.code === code);
  return { code, nameZh: p?.nameZh ?? code, nameEn: p?.nameEn ?? code };
};

const metricRef = (d: MetricDef): MetricRef => ({
  id: d.id,
  nameZh: d.nameZh,
  nameEn: d.nameEn,
  unit: d.unit,
});

/** A row's citation as a finding source: the shipped citation, or the source a user's table names. */
export function rowSource(row: MetricRow, citations: ReadonlyMap<string, Citation>): FindingSource {
  return {
    kind: 'cn-citation',
    key: row.citationId || `table|${row.source}`,
    citation: citationOf(row, citations),
  };
}

const sourcesOf = (rows: readonly (MetricRow | undefined)[], citations: ReadonlyMap<string, Citation>) => {
  const byKey = new Map<string, FindingSource>();
  for (const r of rows) {
    if (!r) continue;
    const s = rowSource(r, citations);
    if (s.kind === 'cn-citation' && !byKey.has(s.key)) byKey.set(s.key, s);
  }
  return [...byKey.values()];
};

/**
 * The Provinces page's key findings, from the figures its map and ranking show (the first
 * row per province, as there): for a numeric metric, the province(s) ranked first and the
 * open province's figure and rank; for a group metric (the report series' capability
 * groups), how many provinces each group holds and the open province's group. Ranks are
 * competition ranks of the values (1-2-2-4), except for a rank metric, whose ranks are as
 * the source states them. An open province without a figure is said to have none. Every
 * finding cites the publications of the figures it uses.
 */
export function provincesFindings(input: ProvincesFindingsInput): Finding[] {
  const { rows, def, year, province, provinces, citations } = input;
  if (!def || year === null) return [];
  const snapshot = provincialSnapshot(rows, def.id, year);
  const metric = metricRef(def);
  const first = (code: string) => snapshot.get(code)?.[0];
  const out: Finding[] = [];

  if (def.unit === 'group') {
    const groups = new Map<string, number>();
    for (const [code] of snapshot) {
      const g = first(code)?.group;
      if (g) groups.set(g, (groups.get(g) ?? 0) + 1);
    }
    const order = (g: string) => {
      const i = (CAPABILITY_GROUPS as readonly string[]).indexOf(g);
      return i < 0 ? CAPABILITY_GROUPS.length : i;
    };
    const counts = [...groups]
      .map(([group, count]) => ({ group, count }))
      .sort((a, b) => order(a.group) - order(b.group) || a.group.localeCompare(b.group));
    const grouped = [...snapshot.keys()].filter((c) => first(c)?.group);
    if (counts.length > 0)
      out.push({
        kind: 'province-groups',
        params: { metric, year, counts, assessed: grouped.length },
        sources: sourcesOf(grouped.map(first), citations),
      });
    if (province) {
      const row = first(province);
      out.push(
        row?.group
          ? {
              kind: 'province-group',
              params: { province: provinceRef(provinces, province), metric, year, group: row.group },
              sources: sourcesOf([row], citations),
            }
          : missing(provinces, province, metric, year),
      );
    }
    return out;
  }

  const asStated = def.unit === 'rank';
  const rule: ProvinceRankRule = asStated ? 'as-stated' : 'competition';
  const ranked = rankSnapshot(snapshot, def.higherIsBetter ?? true, 'competition').map((r) => ({
    ...r,
    // A rank metric keeps the ranks the sources state (ties such as 并列第一 kept).
    shownRank: asStated ? r.value : r.rank,
  }));
  const top = ranked.reduce((best, r) => Math.min(best, r.shownRank), Infinity);
  const leaders = ranked.filter((r) => r.shownRank === top);
  const lead = leaders[0];
  // A source's stated ranks name a first place only where a province is stated first.
  if (lead && (!asStated || top === 1))
    out.push({
      kind: 'province-leader',
      params: {
        metric,
        year,
        leaders: leaders.map((r) => provinceRef(provinces, r.code)),
        value: lead.value,
        decimals: lead.decimals,
        assessed: ranked.length,
        rule,
      },
      sources: sourcesOf(
        leaders.map((r) => first(r.code)),
        citations,
      ),
    });
  if (province) {
    const own = ranked.find((r) => r.code === province);
    out.push(
      own
        ? {
            kind: 'province-standing',
            params: {
              province: provinceRef(provinces, province),
              metric,
              year,
              value: own.value,
              decimals: own.decimals,
              rank: own.shownRank,
              assessed: ranked.length,
              rule,
              tiedWith: ranked.filter((r) => r.shownRank === own.shownRank).length - 1,
            },
            sources: sourcesOf([first(province)], citations),
          }
        : missing(provinces, province, metric, year),
    );
  }
  return out;
}

function missing(provinces: readonly Province[], code: string, metric: MetricRef, year: number): Finding {
  return {
    kind: 'province-missing',
    params: { province: provinceRef(provinces, code), metric, year },
    sources: [],
  };
}
