import { describe, expect, it } from 'vitest';
import { buildCompareModel } from '../../src/features/compare/compare-model';
import { defaultBase } from '../../src/core/trends/default-base';
import { country, dataset, row } from '../core/trends/fixture';
import { compareFindings } from '../../src/core/findings/views';

describe('Compare page model', () => {
  // OSI 2018 → 2024 (6 years): CHN 0.60 → 0.72 (+0.02/yr), AAA 0.50 → 0.74 (+0.04/yr),
  // BBB 0.90 → 0.93 (+0.005/yr), CCC 0.40 → missing.
  const ds = dataset(
    [
      row(2016, 'CHN', { osi: 0.5 }),
      row(2018, 'CHN', { egdi: 0.6, osi: 0.6, hci: 0.7, tii: 0.5 }),
      row(2018, 'AAA', { osi: 0.5 }),
      row(2018, 'BBB', { osi: 0.9 }),
      row(2018, 'CCC', { osi: 0.4 }),
      row(2024, 'CHN', { egdi: 0.69, osi: 0.72, hci: 0.73, tii: 0.62 }),
      row(2024, 'AAA', { osi: 0.74 }),
      row(2024, 'BBB', { osi: 0.93 }),
      row(2024, 'CCC', { osi: null }),
    ],
    [country('CHN'), country('AAA'), country('BBB', 'Europe'), country('CCC')],
  );
  const model = buildCompareModel(ds, {
    iso3: 'CHN',
    index: 'osi',
    base: 2018,
    year: 2024,
    peers: ['AAA', 'BBB', 'CCC'],
    peerIso3: 'AAA',
    rule: 'competition',
  });

  it('counts the peers that moved faster per year, among those assessed at both ends', () => {
    expect(model.own?.change.perYear).toBeCloseTo(0.02, 12);
    expect(model.fasterPeers).toBe(1);
    expect(model.peers.map((p) => p.iso3)).toEqual(['CHN', 'AAA', 'BBB', 'CCC']);
    expect(model.peers.find((p) => p.iso3 === 'CCC')?.change.perYear).toBeNull();
  });

  it('gives the gap to 0.75 and to the peer', () => {
    const vh = model.gaps.find((g) => g.target === 'very-high');
    expect(vh?.fromGap).toBeCloseTo(0.15, 12);
    expect(vh?.toGap).toBeCloseTo(0.03, 12);
    // 0.15 → 0.03 in 6 years: 0.02/yr; 0.03/0.02 = 1.5 years = 1 edition
    expect(vh?.outlook).toEqual({ kind: 'closing', years: expect.closeTo(1.5, 9), editions: 1 });
    const peer = model.gaps.find((g) => g.target === 'peer');
    // −0.1 → +0.02: the peer overtook, so the gap widened (not closing)
    expect(peer?.outlook).toEqual({ kind: 'not-closing' });
  });

  it('decomposes the EGDI change: OSI 0.04, HCI 0.01, TII 0.04, residual 0', () => {
    expect(model.decomposition?.osi).toBeCloseTo(0.04, 12);
    expect(model.decomposition?.hci).toBeCloseTo(0.01, 12);
    expect(model.decomposition?.tii).toBeCloseTo(0.04, 12);
    expect(model.decomposition?.residual).toBeCloseTo(0, 12);
  });

  it('summarizes the group (focus country included) per edition', () => {
    expect(model.aggregates.base.count).toBe(4);
    expect(model.aggregates.year.count).toBe(3);
    expect(model.aggregates.year.missing).toBe(1);
    expect(model.aggregates.year.median).toBeCloseTo(0.74, 12);
  });

  it('fits the trend over base..year only and projects two editions', () => {
    expect(model.fit?.n).toBe(2);
    expect(model.projections.map((p) => p.year)).toEqual([2026, 2028]);
    expect(model.projections[0]?.value).toBeCloseTo(0.76, 12);
    expect(model.projections[0]?.lower).toBeNull();
  });

  it('defaults the earlier edition to 2018, else the previous one', () => {
    expect(defaultBase(ds, 2024)).toBe(2018);
    expect(defaultBase(ds, 2018)).toBe(2016);
    expect(defaultBase(ds, 2016)).toBe(2016);
  });
});

describe('the Compare findings use the page model’s figures', () => {
  const ds = dataset(
    [
      row(2018, 'CHN', { osi: 0.6 }),
      row(2018, 'AAA', { osi: 0.5 }),
      row(2018, 'BBB', { osi: 0.9 }),
      row(2018, 'CCC', { osi: 0.4 }),
      row(2024, 'CHN', { osi: 0.72 }),
      row(2024, 'AAA', { osi: 0.74 }),
      row(2024, 'BBB', { osi: 0.93 }),
      row(2024, 'CCC', { osi: null }),
    ],
    [country('CHN'), country('AAA'), country('BBB', 'Europe'), country('CCC')],
  );
  const group = {
    id: 'g',
    kind: 'named' as const,
    nameEn: 'G',
    nameZh: 'G',
    members: ['AAA', 'BBB', 'CCC'],
    source: '',
    asOf: '',
  };
  const s = { iso3: 'CHN', index: 'osi' as const, base: 2018, year: 2024, rule: 'competition' as const };

  it('peers faster and assessed, gap and pace are the KPI figures', () => {
    const model = buildCompareModel(ds, { ...s, peers: group.members, peerIso3: null });
    const findings = compareFindings(ds, { ...s, group });
    const peers = findings.find((f) => f.kind === 'peers-faster');
    if (peers?.kind !== 'peers-faster') throw new Error('no peers finding');
    expect([peers.params.faster, peers.params.assessed]).toEqual([model.fasterPeers, model.peersAssessed]);
    expect(peers.params.ownPerYear).toBe(model.own?.change.perYear);
    const gap = findings.find((f) => f.kind === 'gap-very-high');
    const vh = model.gaps.find((g) => g.target === 'very-high');
    if (gap?.kind !== 'gap-very-high') throw new Error('no gap finding');
    expect(gap.params.gap).toBe(vh?.toGap);
    expect(gap.params.pace).toBe(vh?.pace);
    expect(gap.params.outlook).toEqual(vh?.outlook);
  });
});
