import type { Dataset } from '../dataset';
import { topNMean } from '../indicators/aggregates';
import { VERY_HIGH_THRESHOLD } from '../indicators/groups';
import type { IndexId } from '../types';
import { closingOutlook, closingPace, gapTo } from './gap';
import type { ClosingOutlook } from './gap';

export type GapTargetKind = 'leader' | 'top10' | 'peer' | 'very-high';

export interface GapRow {
  target: GapTargetKind;
  /** The leader's or peer's ISO3 in the later edition; null for the mean and the threshold. */
  targetIso3: string | null;
  fromTarget: number | null;
  toTarget: number | null;
  /** target − value at the earlier edition (index points; positive = below). */
  fromGap: number | null;
  toGap: number | null;
  /** Index points per year by which the gap shrank (positive = closing). */
  pace: number | null;
  outlook: ClosingOutlook;
}

function leaderOf(ds: Dataset, year: number, index: IndexId): { iso3: string; value: number } | null {
  let best: { iso3: string; value: number } | null = null;
  for (const r of ds.rowsForYear(year)) {
    const v = r[index];
    if (v !== null && (best === null || v > best.value)) best = { iso3: r.iso3, value: v };
  }
  return best;
}

/**
 * A country's gap in one index to the leader (of each edition), the top-10 mean, a chosen
 * peer, and the Very High threshold (0.75), at two editions, with the pace of closing
 * and the outlook at that pace (see closingOutlook). Missing values give null gaps and an
 * `unknown` outlook. Note a gap of 0 to 0.75 is still "High": Very High is strictly above.
 */
export function gapReport(
  ds: Dataset,
  index: IndexId,
  iso3: string,
  fromYear: number,
  toYear: number,
  peerIso3: string | null,
): GapRow[] {
  const valueAt = (year: number, who: string) => ds.get(year, who)?.[index] ?? null;
  const own = [valueAt(fromYear, iso3), valueAt(toYear, iso3)] as const;
  const leaderTo = leaderOf(ds, toYear, index);
  const top10 = topNMean(ds, index, 10);
  const topTenMean = (year: number) => top10.find((a) => a.year === year)?.value ?? null;
  const targets: {
    target: GapTargetKind;
    targetIso3: string | null;
    values: readonly [number | null, number | null];
  }[] = [
    {
      target: 'leader',
      targetIso3: leaderTo?.iso3 ?? null,
      values: [leaderOf(ds, fromYear, index)?.value ?? null, leaderTo?.value ?? null],
    },
    { target: 'top10', targetIso3: null, values: [topTenMean(fromYear), topTenMean(toYear)] },
    { target: 'very-high', targetIso3: null, values: [VERY_HIGH_THRESHOLD, VERY_HIGH_THRESHOLD] },
  ];
  if (peerIso3 !== null) {
    targets.splice(2, 0, {
      target: 'peer',
      targetIso3: peerIso3,
      values: [valueAt(fromYear, peerIso3), valueAt(toYear, peerIso3)],
    });
  }
  return targets.map(({ target, targetIso3, values }) => {
    const fromGap = gapTo(own[0], values[0]);
    const toGap = gapTo(own[1], values[1]);
    const a = { year: fromYear, value: fromGap };
    const b = { year: toYear, value: toGap };
    return {
      target,
      targetIso3,
      fromTarget: values[0],
      toTarget: values[1],
      fromGap,
      toGap,
      pace: closingPace(a, b),
      outlook: closingOutlook(a, b),
    };
  });
}
