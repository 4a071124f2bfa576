import { describe, expect, it } from 'vitest';
import { gapReport } from '../../../src/core/trends/gap-report';
import { country, dataset, row } from './fixture';

describe('gap report for one country', () => {
  const ds = dataset(
    [
      row(2018, 'CHN', { osi: 0.5 }),
      row(2018, 'AAA', { osi: 0.9 }),
      row(2018, 'BBB', { osi: 0.8 }),
      row(2022, 'CHN', { osi: 0.6 }),
      row(2022, 'AAA', { osi: 0.95 }),
      row(2022, 'BBB', { osi: 0.7 }),
    ],
    ['CHN', 'AAA', 'BBB'].map((c) => country(c)),
  );
  const report = gapReport(ds, 'osi', 'CHN', 2018, 2022, 'BBB');
  const byTarget = new Map(report.map((g) => [g.target, g]));

  // [target, gap 2018, gap 2022, pace per year, years to close, editions]
  // leader AAA: 0.4 → 0.35, pace 0.05/4 = 0.0125, 0.35/0.0125 = 28 years, 14 editions
  // top-10 mean (only 3 countries): 2018 (0.5+0.9+0.8)/3 = 2.2/3, 2022 (0.6+0.95+0.7)/3 = 0.75
  //   gaps 2.2/3 − 0.5 and 0.15; pace (2.2/3 − 0.65)/4; years 0.15 / pace = 7.2; editions 4
  // peer BBB: 0.3 → 0.1, pace 0.05, 2 years, 1 edition
  // Very High 0.75: 0.25 → 0.15, pace 0.025, 6 years, 3 editions
  const cases: [string, number, number, number, number, number][] = [
    ['leader', 0.4, 0.35, 0.0125, 28, 14],
    ['top10', 2.2 / 3 - 0.5, 0.15, (2.2 / 3 - 0.65) / 4, 7.2, 4],
    ['peer', 0.3, 0.1, 0.05, 2, 1],
    ['very-high', 0.25, 0.15, 0.025, 6, 3],
  ];
  it.each(cases)('%s', (target, g1, g2, pace, years, editions) => {
    const g = byTarget.get(target as 'leader');
    expect(g?.fromGap).toBeCloseTo(g1, 12);
    expect(g?.toGap).toBeCloseTo(g2, 12);
    expect(g?.pace).toBeCloseTo(pace, 12);
    expect(g?.outlook.kind).toBe('closing');
    if (g?.outlook.kind === 'closing') {
      expect(g.outlook.years).toBeCloseTo(years, 9);
      expect(g.outlook.editions).toBe(editions);
    }
  });

  it('names the leader and the peer', () => {
    expect(byTarget.get('leader')?.targetIso3).toBe('AAA');
    expect(byTarget.get('peer')?.targetIso3).toBe('BBB');
    expect(report.map((g) => g.target)).toEqual(['leader', 'top10', 'peer', 'very-high']);
  });

  it('without a peer there is no peer row; a missing value gives an unknown outlook', () => {
    const r = gapReport(ds, 'hci', 'CHN', 2018, 2022, null);
    expect(r.map((g) => g.target)).toEqual(['leader', 'top10', 'very-high']);
    expect(r.every((g) => g.fromGap === null && g.outlook.kind === 'unknown')).toBe(true);
  });
});
