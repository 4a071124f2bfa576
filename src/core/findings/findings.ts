import type { Dataset } from '../dataset';
import type { PeerGroup } from '../groups/peer-groups';
import { EGDI_GROUPS, egdiGroup, VERY_HIGH_THRESHOLD } from '../indicators/groups';
import type { EgdiGroup } from '../indicators/groups';
import { rankValues } from '../indicators/rank';
import type { TieRule } from '../indicators/rank';
import { summarizeChange } from '../trends/change';
import { decomposeEgdi } from '../trends/decomposition';
import type { EgdiDecomposition } from '../trends/decomposition';
import { gapReport } from '../trends/gap-report';
import { moverScore, movers } from '../trends/movers';
import type { Mover, MoverMeasure } from '../trends/movers';
import { fasterPeers, peerChanges } from '../trends/peer-pace';
import { summarize } from '../trends/summary';
import { REGIONS } from '../types';
import type { IndexId, Region } from '../types';
import { countryRef, editionSources, mergeSources, rowSources } from './sources';
import type { EgdiPart, EgdiParts, Finding, GroupRef, MissingTopic, RegionMedian } from './types';

/**
 * The finding kinds, each from the same core statistics its view's charts draw: ranks from
 * rankValues (as the Rankings table), changes from summarizeChange, the EGDI split from
 * decomposeEgdi, peers from peerChanges/fasterPeers (as Compare), the gap from gapReport,
 * movers from movers(), medians from summarize() (as the box plots).
 */

const valueOf = (ds: Dataset, year: number, iso3: string, index: IndexId) =>
  ds.get(year, iso3)?.[index] ?? null;

function notAssessed(
  ds: Dataset,
  topic: MissingTopic,
  iso3: string | null,
  index: IndexId,
  years: readonly number[],
  extra: { group?: GroupRef } = {},
): Finding {
  const unique = [...new Set(years)].sort((a, b) => a - b);
  const missing = iso3 === null ? unique : unique.filter((y) => valueOf(ds, y, iso3, index) === null);
  return {
    kind: 'not-assessed',
    params: {
      topic,
      country: iso3 === null ? null : countryRef(ds, iso3),
      index,
      years: unique,
      missing,
      ...extra,
    },
    // The editions that lack the value are cited too: "not assessed in 2003" is a statement about it.
    sources: editionSources(ds, unique),
  };
}

/** The ranks of one edition for one index (as the Rankings table ranks it) and how many are assessed. */
function editionRanks(ds: Dataset, year: number, index: IndexId, rule: TieRule) {
  const rows = ds.rowsForYear(year);
  const ranks = rankValues(
    rows.map((r) => ({ key: r.iso3, value: r[index] })),
    rule,
  );
  const assessed = rows.filter((r) => r[index] !== null).length;
  return { ranks, assessed };
}

/** A country's value in an edition, its rank under `rule` among the countries assessed, and ties. */
export function standingFinding(
  ds: Dataset,
  input: { iso3: string; index: IndexId; year: number; rule: TieRule },
): Finding {
  const { iso3, index, year, rule } = input;
  const value = valueOf(ds, year, iso3, index);
  const { ranks, assessed } = editionRanks(ds, year, index, rule);
  const rank = ranks.get(iso3) ?? null;
  if (value === null || rank === null) return notAssessed(ds, 'standing', iso3, index, [year]);
  const tiedWith = [...ranks].filter(([k, r]) => k !== iso3 && r === rank).length;
  return {
    kind: 'standing',
    params: {
      country: countryRef(ds, iso3),
      index,
      year,
      value,
      rank,
      assessed,
      rule,
      tiedWith,
      group: index === 'egdi' ? egdiGroup(value) : null,
    },
    sources: editionSources(ds, [year]),
  };
}

/** The country or countries at rank 1 of an edition (ties listed by ISO3). */
export function leaderFinding(ds: Dataset, input: { index: IndexId; year: number; rule: TieRule }): Finding {
  const { index, year, rule } = input;
  const { ranks, assessed } = editionRanks(ds, year, index, rule);
  const leaders = [...ranks]
    .filter(([, r]) => r === 1)
    .map(([k]) => k)
    .sort();
  const value = leaders[0] === undefined ? null : valueOf(ds, year, leaders[0], index);
  if (value === null) return notAssessed(ds, 'edition', null, index, [year]);
  return {
    kind: 'leader',
    params: { index, year, rule, leaders: leaders.map((c) => countryRef(ds, c)), value, assessed },
    sources: editionSources(ds, [year]),
  };
}

/**
 * The part of an EGDI change that contributed most in the direction of the change (the
 * largest positive contribution of a rise, the most negative of a fall); null when the
 * change is zero or missing, a part is missing, or no part moved with the change.
 */
export function egdiDriver(d: EgdiDecomposition): EgdiPart | null {
  const { egdiChange } = d;
  if (egdiChange === null || egdiChange === 0) return null;
  const { osi, hci, tii, residual } = d;
  if (osi === null || hci === null || tii === null || residual === null) return null;
  const sign = Math.sign(egdiChange);
  let best: { part: EgdiPart; v: number } | null = null;
  for (const [part, c] of [
    ['osi', osi],
    ['hci', hci],
    ['tii', tii],
    ['residual', residual],
  ] as const) {
    const v = c * sign;
    if (v > 0 && (best === null || v > best.v)) best = { part, v };
  }
  return best?.part ?? null;
}

/** A country's change between two editions; for the EGDI, the component that drove it. */
export function changeFinding(
  ds: Dataset,
  input: { iso3: string; index: IndexId; base: number; year: number },
): Finding {
  const { iso3, index, base, year } = input;
  const c = summarizeChange(
    { year: base, value: valueOf(ds, base, iso3, index) },
    { year, value: valueOf(ds, year, iso3, index) },
  );
  const from = c.from.value;
  const to = c.to.value;
  if (from === null || to === null || c.absolute === null || c.perYear === null)
    return notAssessed(ds, 'change', iso3, index, [base, year]);
  let parts: EgdiParts | null = null;
  const rowB = ds.get(base, iso3);
  const rowY = ds.get(year, iso3);
  if (index === 'egdi' && rowB && rowY) {
    const d = decomposeEgdi(rowB, rowY);
    parts = { osi: d.osi, hci: d.hci, tii: d.tii, residual: d.residual, driver: egdiDriver(d) };
  }
  return {
    kind: 'change',
    params: {
      country: countryRef(ds, iso3),
      index,
      base,
      year,
      from,
      to,
      absolute: c.absolute,
      perYear: c.perYear,
      parts,
    },
    sources: rowSources(ds, [
      [base, iso3],
      [year, iso3],
    ]),
  };
}

/** A peer group as findings name it. */
export function groupRef(g: Pick<PeerGroup, 'id' | 'nameEn' | 'nameZh'>): GroupRef {
  return { id: g.id, nameEn: g.nameEn, nameZh: g.nameZh };
}

/**
 * How many members of `group` moved faster per year than the country between two
 * editions, among those assessed at both (as Compare counts them: the country is added to
 * the members if absent and never counted as its own peer).
 */
export function peersFasterFinding(
  ds: Dataset,
  input: { iso3: string; index: IndexId; base: number; year: number; rule: TieRule; group: PeerGroup },
): Finding {
  const { iso3, index, base, year, rule, group } = input;
  const members = group.members.includes(iso3) ? [...group.members] : [iso3, ...group.members];
  const peers = peerChanges(ds, index, base, year, members, rule);
  const pace = fasterPeers(peers, iso3);
  const ref = groupRef(group);
  if (pace.faster === null || pace.own === null)
    return notAssessed(ds, 'peers', iso3, index, [base, year], { group: ref });
  return {
    kind: 'peers-faster',
    params: {
      country: countryRef(ds, iso3),
      index,
      base,
      year,
      group: ref,
      faster: pace.faster,
      assessed: pace.assessed,
      ownPerYear: pace.own,
    },
    sources: rowSources(
      ds,
      members.flatMap((c) => [[base, c] as const, [year, c] as const]),
    ),
  };
}

/**
 * The gap to the Very High threshold at `year` and the outlook at the pace since `base`
 * (the Very High row of gapReport, as Compare's gap panel). Above the threshold, on it
 * (still High: Very High is strictly above) and a missing earlier edition are their own outlooks.
 */
export function gapVeryHighFinding(
  ds: Dataset,
  input: { iso3: string; index: IndexId; base: number; year: number },
): Finding {
  const { iso3, index, base, year } = input;
  const row = gapReport(ds, index, iso3, base, year, null).find((g) => g.target === 'very-high');
  const value = valueOf(ds, year, iso3, index);
  if (!row || row.toGap === null || value === null) return notAssessed(ds, 'gap', iso3, index, [base, year]);
  const gap = row.toGap;
  const o = row.outlook;
  const outlook =
    gap < 0
      ? ({ kind: 'above' } as const)
      : gap === 0
        ? ({ kind: 'at-threshold' } as const)
        : o.kind === 'closing'
          ? o
          : o.kind === 'not-closing'
            ? o
            : ({ kind: 'unknown' } as const);
  return {
    kind: 'gap-very-high',
    params: {
      country: countryRef(ds, iso3),
      index,
      base,
      year,
      value,
      threshold: VERY_HIGH_THRESHOLD,
      gap,
      pace: row.pace,
      outlook,
    },
    // Above or on the threshold needs only the later value; a pace needs both.
    sources: rowSources(
      ds,
      gap <= 0
        ? [[year, iso3]]
        : [
            [base, iso3],
            [year, iso3],
          ],
    ),
  };
}

/**
 * The biggest riser and the biggest faller between two editions by value or rank change,
 * within a region or the world (movers() with a cut-off of one, so every country tied at
 * the top is listed). Ranks are world ranks under `rule`, as the Movers page ranks them.
 */
export function moverFindings(
  ds: Dataset,
  input: {
    index: IndexId;
    base: number;
    year: number;
    rule: TieRule;
    measure: MoverMeasure;
    region: Region | 'all';
  },
): [Finding, Finding] {
  const { index, base, year, rule, measure, region } = input;
  const result = movers(
    ds,
    index,
    base,
    year,
    rule,
    measure,
    1,
    (c) => region === 'all' || ds.countries.get(c)?.region === region,
  );
  const entries = (list: Mover[]) =>
    list.map((m) => ({
      country: countryRef(ds, m.iso3),
      from: measure === 'value' ? m.change.from.value : m.fromRank,
      to: measure === 'value' ? m.change.to.value : m.toRank,
      score: moverScore(m, measure) ?? 0,
    }));
  const sources = editionSources(ds, [base, year]);
  const one = (direction: 'rise' | 'fall', list: Mover[]): Finding => ({
    kind: 'mover',
    params: {
      direction,
      measure,
      index,
      base,
      year,
      rule,
      region,
      movers: entries(list),
      scored: result.scored,
    },
    sources,
  });
  return [one('rise', result.risers), one('fall', result.fallers)];
}

/**
 * A country's change over a range of editions, from its first to its last assessed
 * edition in the range (a line with gaps starts and ends where it is drawn); fewer than
 * two assessed editions is a `not-assessed` finding.
 */
export function rangeChangeFinding(
  ds: Dataset,
  input: { iso3: string; index: IndexId; from: number; to: number },
): Finding {
  const { iso3, index, from, to } = input;
  const inRange = ds.series(iso3, index).filter((p) => p.year >= from && p.year <= to);
  const assessed = inRange.filter((p): p is { year: number; value: number } => p.value !== null);
  const first = assessed[0];
  const last = assessed.at(-1);
  const c = first && last && first !== last ? summarizeChange(first, last) : null;
  if (!first || !last || c === null || c.absolute === null || c.perYear === null)
    return notAssessed(
      ds,
      'range',
      iso3,
      index,
      inRange.map((p) => p.year),
    );
  return {
    kind: 'range-change',
    params: {
      country: countryRef(ds, iso3),
      index,
      range: { from, to },
      first,
      last,
      absolute: c.absolute,
      perYear: c.perYear,
    },
    sources: rowSources(ds, [
      [first.year, iso3],
      [last.year, iso3],
    ]),
  };
}

/**
 * How many of the dataset's countries fall in each EGDI group band of `index` in one
 * edition (the Map's legend: every country once, unassessed counted apart).
 */
export function bandsFinding(ds: Dataset, input: { index: IndexId; year: number }): Finding {
  const { index, year } = input;
  const counts = Object.fromEntries(EGDI_GROUPS.map((g) => [g, 0])) as Record<EgdiGroup, number>;
  let notAssessedCount = 0;
  for (const iso3 of ds.countries.keys()) {
    const g = egdiGroup(valueOf(ds, year, iso3, index));
    if (g === null) notAssessedCount++;
    else counts[g]++;
  }
  const total = ds.countries.size;
  if (notAssessedCount === total) return notAssessed(ds, 'edition', null, index, [year]);
  return {
    kind: 'bands',
    params: { index, year, counts, notAssessed: notAssessedCount, total },
    sources: editionSources(ds, [year]),
  };
}

/**
 * The regions with the highest and lowest median of `index` in one edition, and the
 * world median (summarize(), as the Distribution page's box plots).
 */
export function regionMediansFinding(ds: Dataset, input: { index: IndexId; year: number }): Finding {
  const { index, year } = input;
  const rows = ds.rowsForYear(year);
  const world = summarize(rows.map((r) => r[index]));
  const regions: RegionMedian[] = [];
  for (const region of REGIONS) {
    const s = summarize(rows.filter((r) => ds.countries.get(r.iso3)?.region === region).map((r) => r[index]));
    if (s.median !== null) regions.push({ region, median: s.median, count: s.count });
  }
  const sorted = [...regions].sort((a, b) => b.median - a.median);
  const highest = sorted[0];
  const lowest = sorted.at(-1);
  if (world.median === null || !highest || !lowest) return notAssessed(ds, 'edition', null, index, [year]);
  return {
    kind: 'region-medians',
    params: { index, year, highest, lowest, world: { median: world.median, count: world.count } },
    sources: editionSources(ds, [year]),
  };
}

/** Every source of a list of findings, merged. */
export function findingSources(findings: readonly Finding[]) {
  return mergeSources(...findings.map((f) => f.sources));
}
