import type { Dataset } from '../dataset';
import type { PeerGroup } from '../groups/peer-groups';
import type { TieRule } from '../indicators/rank';
import { defaultBase } from '../trends/default-base';
import type { MoverMeasure } from '../trends/movers';
import type { IndexId, Region } from '../types';
import {
  bandsFinding,
  changeFinding,
  gapVeryHighFinding,
  leaderFinding,
  moverFindings,
  peersFasterFinding,
  rangeChangeFinding,
  regionMediansFinding,
  standingFinding,
} from './findings';
import type { Finding } from './types';

/**
 * The key findings of each survey view, from the view's own state (edition, index, tie
 * rule, base edition, peer group, countries): the same inputs its charts are drawn from.
 */

/** The country the China view, and the China rows of other views, are about. */
export const CHINA = 'CHN';

/** The country's standing, its change since `base` and its gap to Very High. */
function countryFindings(
  ds: Dataset,
  s: { iso3: string; index: IndexId; base: number; year: number; rule: TieRule },
): Finding[] {
  const out = [standingFinding(ds, s)];
  // A comparison needs an earlier edition; the first edition has none.
  if (s.base < s.year) out.push(changeFinding(ds, s), gapVeryHighFinding(ds, s));
  return out;
}

/**
 * China: its EGDI in the edition shown (rank, tie rule), the change since the default base
 * edition with the component that drove it, the gap to Very High; and, when the benchmark
 * chart shows another index, that index's standing and change too.
 */
export function chinaFindings(ds: Dataset, s: { year: number; index: IndexId; rule: TieRule }): Finding[] {
  const base = defaultBase(ds, s.year);
  const out = countryFindings(ds, { iso3: CHINA, index: 'egdi', base, year: s.year, rule: s.rule });
  if (s.index !== 'egdi') {
    out.push(standingFinding(ds, { iso3: CHINA, index: s.index, year: s.year, rule: s.rule }));
    if (base < s.year) out.push(changeFinding(ds, { iso3: CHINA, index: s.index, base, year: s.year }));
  }
  return out;
}

/**
 * Rankings: who is first, where China stands, and the biggest riser since the previous
 * edition within the region shown.
 */
export function rankingsFindings(
  ds: Dataset,
  s: { year: number; index: IndexId; rule: TieRule; region: Region | 'all' },
): Finding[] {
  const out = [leaderFinding(ds, s), standingFinding(ds, { ...s, iso3: CHINA })];
  const prev = ds.previousEdition(s.year);
  if (prev !== null) {
    const [rise] = moverFindings(ds, { ...s, base: prev, measure: 'value' });
    out.push(rise);
  }
  return out;
}

/** Trends: each chosen country's change over the range of editions drawn. */
export function trendsFindings(
  ds: Dataset,
  s: { index: IndexId; countries: readonly string[]; from: number; to: number },
): Finding[] {
  return s.countries.map((iso3) => rangeChangeFinding(ds, { iso3, index: s.index, from: s.from, to: s.to }));
}

/**
 * Compare: the country's standing, its change since the base edition (the EGDI split into
 * components), how many peers moved faster, and the gap to Very High.
 */
export function compareFindings(
  ds: Dataset,
  s: {
    iso3: string;
    index: IndexId;
    base: number;
    year: number;
    rule: TieRule;
    group: PeerGroup | undefined;
  },
): Finding[] {
  const out = [standingFinding(ds, s)];
  if (s.base < s.year) {
    out.push(changeFinding(ds, s));
    if (s.group) out.push(peersFasterFinding(ds, { ...s, group: s.group }));
    out.push(gapVeryHighFinding(ds, s));
  }
  return out;
}

/** Movers: the biggest riser and faller between the two editions, by the measure chosen. */
export function moversFindings(
  ds: Dataset,
  s: {
    index: IndexId;
    base: number;
    year: number;
    rule: TieRule;
    measure: MoverMeasure;
    region: Region | 'all';
  },
): Finding[] {
  return moverFindings(ds, s);
}

/** Map: how many countries fall in each band, and where China stands. */
export function mapFindings(ds: Dataset, s: { index: IndexId; year: number; rule: TieRule }): Finding[] {
  return [bandsFinding(ds, s), standingFinding(ds, { ...s, iso3: CHINA })];
}

/** Distribution: the regions with the highest and lowest medians, and where China stands. */
export function distributionFindings(
  ds: Dataset,
  s: { index: IndexId; year: number; rule: TieRule },
): Finding[] {
  return [regionMediansFinding(ds, s), standingFinding(ds, { ...s, iso3: CHINA })];
}
