import { describe, expect, it } from 'vitest';
import { forEachPairStatistic } from '../../../src/core/trends/all-statistics';
import type { PairStatistics } from '../../../src/core/trends/all-statistics';
import { gapReport } from '../../../src/core/trends/gap-report';
import { country, dataset, row } from './fixture';

describe('every statistic for every pair', () => {
  const ds = dataset(
    [
      row(2016, 'CHN', { egdi: 0.4, osi: 0.5, hci: 0.4, tii: 0.3 }),
      row(2016, 'AAA', { egdi: 0.8, osi: 0.9, hci: 0.8, tii: 0.7 }),
      row(2018, 'CHN', { egdi: 0.5, osi: 0.6, hci: 0.5, tii: 0.4 }),
      row(2018, 'AAA', { egdi: 0.85, osi: 0.95, hci: 0.8, tii: 0.8 }),
      row(2022, 'CHN', { egdi: 0.6, osi: 0.8, hci: 0.5, tii: 0.5 }),
      row(2022, 'AAA', { egdi: null, osi: null, hci: 0.8, tii: 0.9 }),
    ],
    [country('CHN'), country('AAA', 'Europe')],
  );
  const all: PairStatistics[] = [];
  forEachPairStatistic(ds, 'competition', (s) => all.push(s));

  it('covers countries x 5 indices x edition pairs (3 editions → 3 pairs)', () => {
    expect(all).toHaveLength(2 * 5 * 3);
  });

  it('agrees with the single-country functions', () => {
    const s = all.find(
      (x) => x.iso3 === 'CHN' && x.index === 'osi' && x.fromYear === 2016 && x.toYear === 2022,
    );
    // 0.5 → 0.8 over 6 years: 0.05 per year; the window fit runs through 2016, 2018, 2022
    expect(s?.change.perYear).toBeCloseTo(0.05, 12);
    expect(s?.fit?.n).toBe(3);
    expect(s?.gapVeryHigh).toEqual({ kind: 'closed' });
    const vh = gapReport(ds, 'osi', 'CHN', 2016, 2022, null).find((g) => g.target === 'very-high');
    expect(s?.gapVeryHigh).toEqual(vh?.outlook);
    // AAA unassessed in OSI 2022: CHN is first of one in the world, alone in Asia
    expect(s?.toRank).toBe(1);
    expect(s?.world.percentile).toBe(50);
    expect(s?.region.n).toBe(1);
  });

  it('decomposes only the EGDI', () => {
    const e = all.find(
      (x) => x.iso3 === 'CHN' && x.index === 'egdi' && x.fromYear === 2016 && x.toYear === 2018,
    );
    expect(e?.decomposition?.osi).toBeCloseTo(0.1 / 3, 12);
    expect(e?.decomposition?.residual).toBeCloseTo(0.1 - 0.3 / 3, 12);
    expect(all.filter((x) => x.index !== 'egdi').every((x) => x.decomposition === null)).toBe(true);
  });
});
