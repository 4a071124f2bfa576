// Key findings from hand-made fixtures: each kind, each missing-data case, ties under both
// rules, and the sources each finding cites. Every value here is invented.
import { describe, expect, it } from 'vitest';
import {
  bandsFinding,
  changeFinding,
  egdiDriver,
  gapVeryHighFinding,
  leaderFinding,
  moverFindings,
  peersFasterFinding,
  rangeChangeFinding,
  regionMediansFinding,
  standingFinding,
} from '../../../src/core/findings/findings';
import {
  chinaFindings,
  compareFindings,
  rankingsFindings,
  trendsFindings,
} from '../../../src/core/findings/views';
import type { Finding } from '../../../src/core/findings/types';
import type { PeerGroup } from '../../../src/core/groups/peer-groups';
import type { SurveyRow } from '../../../src/core/types';
import { country, dataset, row } from '../trends/fixture';

/** The params of a finding of kind `K` (fails the test for another kind). */
function params<K extends Finding['kind']>(f: Finding, kind: K) {
  expect(f.kind).toBe(kind);
  return (f as Extract<Finding, { kind: K }>).params as Extract<Finding, { kind: K }>['params'];
}

const COUNTRIES = [
  { ...country('AAA', 'Asia'), nameZh: '甲国', nameEn: 'Aland' },
  { ...country('BBB', 'Asia'), nameZh: '乙国', nameEn: 'Bland' },
  { ...country('CCC', 'Europe'), nameZh: '丙国', nameEn: 'Cland' },
  { ...country('DDD', 'Europe'), nameZh: '丁国', nameEn: 'Dland' },
  { ...country('EEE', 'Africa'), nameZh: '戊国', nameEn: 'Eland' },
];

// 2024 EGDI: AAA 0.9, BBB and CCC tie at 0.8 (0.800001 is 0.80000 at the published 5
// decimals), DDD 0.7, EEE not assessed.
const ties = dataset(
  [
    row(2024, 'AAA', { egdi: 0.9 }),
    row(2024, 'BBB', { egdi: 0.8 }),
    row(2024, 'CCC', { egdi: 0.800001 }),
    row(2024, 'DDD', { egdi: 0.7 }),
    row(2024, 'EEE', {}),
  ],
  COUNTRIES,
);

describe('standing: value, rank, countries assessed, tie rule', () => {
  it.each([
    { iso3: 'AAA', rule: 'competition', rank: 1, tiedWith: 0 },
    { iso3: 'BBB', rule: 'competition', rank: 2, tiedWith: 1 },
    { iso3: 'CCC', rule: 'competition', rank: 2, tiedWith: 1 },
    { iso3: 'DDD', rule: 'competition', rank: 4, tiedWith: 0 },
    { iso3: 'BBB', rule: 'dense', rank: 2, tiedWith: 1 },
    { iso3: 'DDD', rule: 'dense', rank: 3, tiedWith: 0 },
  ] as const)('$iso3 under $rule: rank $rank, tied with $tiedWith', ({ iso3, rule, rank, tiedWith }) => {
    const p = params(standingFinding(ties, { iso3, index: 'egdi', year: 2024, rule }), 'standing');
    expect(p).toMatchObject({ rank, tiedWith, rule, assessed: 4, year: 2024 });
    expect(p.country).toEqual({ iso3, nameEn: expect.any(String), nameZh: expect.any(String) });
  });

  it('gives the EGDI group for the EGDI only', () => {
    expect(
      params(standingFinding(ties, { iso3: 'AAA', index: 'egdi', year: 2024, rule: 'dense' }), 'standing')
        .group,
    ).toBe('very-high');
    const osi = dataset([row(2024, 'AAA', { osi: 0.9 })], COUNTRIES);
    expect(
      params(standingFinding(osi, { iso3: 'AAA', index: 'osi', year: 2024, rule: 'dense' }), 'standing')
        .group,
    ).toBeNull();
  });

  it.each([
    { case: 'a country without a value', iso3: 'EEE', year: 2024 },
    { case: 'a country without a row', iso3: 'ZZZ', year: 2024 },
    { case: 'an edition not in the data', iso3: 'AAA', year: 2030 },
  ])('$case is not assessed (not a rank, not zero)', ({ iso3, year }) => {
    const p = params(
      standingFinding(ties, { iso3, index: 'egdi', year, rule: 'competition' }),
      'not-assessed',
    );
    expect(p).toMatchObject({ topic: 'standing', years: [year], missing: [year] });
  });
});

describe('leader', () => {
  it('lists every country tied at rank 1, under either rule', () => {
    const ds = dataset(
      [row(2024, 'CCC', { egdi: 0.9 }), row(2024, 'AAA', { egdi: 0.9 }), row(2024, 'BBB', { egdi: 0.5 })],
      COUNTRIES,
    );
    for (const rule of ['competition', 'dense'] as const) {
      const p = params(leaderFinding(ds, { index: 'egdi', year: 2024, rule }), 'leader');
      expect(p.leaders.map((c) => c.iso3)).toEqual(['AAA', 'CCC']);
      expect(p).toMatchObject({ value: 0.9, assessed: 3, rule });
    }
  });

  it('an edition without any value is not assessed', () => {
    const p = params(leaderFinding(ties, { index: 'osi', year: 2024, rule: 'dense' }), 'not-assessed');
    expect(p).toMatchObject({ topic: 'edition', country: null, years: [2024] });
  });
});

describe('change since a base edition, and what drove an EGDI change', () => {
  // AAA: OSI +0.45 (contributes +0.15), HCI +0.03 (+0.01), TII +0.12 (+0.04); EGDI +0.2.
  // BBB: EGDI falls 0.1 with TII −0.24 (−0.08) the biggest fall, OSI rising.
  // CCC: the published EGDI rises 0.1 while the components add up to 0.01: residual 0.09.
  // DDD: HCI missing at the base: no split.
  const ds = dataset(
    [
      row(2018, 'AAA', { egdi: 0.5, osi: 0.4, hci: 0.6, tii: 0.5 }),
      row(2024, 'AAA', { egdi: 0.7, osi: 0.85, hci: 0.63, tii: 0.62 }),
      row(2018, 'BBB', { egdi: 0.6, osi: 0.5, hci: 0.7, tii: 0.6 }),
      row(2024, 'BBB', { egdi: 0.5, osi: 0.53, hci: 0.7, tii: 0.36 }),
      row(2018, 'CCC', { egdi: 0.5, osi: 0.5, hci: 0.5, tii: 0.5 }),
      row(2024, 'CCC', { egdi: 0.6, osi: 0.51, hci: 0.51, tii: 0.51 }),
      row(2018, 'DDD', { egdi: 0.5, osi: 0.5, tii: 0.5 }),
      row(2024, 'DDD', { egdi: 0.6, osi: 0.6, hci: 0.6, tii: 0.6 }),
      row(2024, 'EEE', { egdi: 0.4 }),
    ],
    COUNTRIES,
  );
  const change = (iso3: string, index: 'egdi' | 'osi' = 'egdi', base = 2018) =>
    changeFinding(ds, { iso3, index, base, year: 2024 });

  it.each([
    { iso3: 'AAA', absolute: 0.2, driver: 'osi' },
    { iso3: 'BBB', absolute: -0.1, driver: 'tii' },
    { iso3: 'CCC', absolute: 0.1, driver: 'residual' },
    { iso3: 'DDD', absolute: 0.1, driver: null },
  ])('$iso3: change $absolute, driven by $driver', ({ iso3, absolute, driver }) => {
    const p = params(change(iso3), 'change');
    expect(p.absolute).toBeCloseTo(absolute, 12);
    expect(p.perYear).toBeCloseTo(absolute / 6, 12);
    expect(p.parts?.driver ?? null).toBe(driver);
  });

  it('keeps the contributions of each component (change / 3) and the residual', () => {
    const parts = params(change('AAA'), 'change').parts;
    expect(parts?.osi).toBeCloseTo(0.15, 12);
    expect(parts?.hci).toBeCloseTo(0.01, 12);
    expect(parts?.tii).toBeCloseTo(0.04, 12);
    expect(parts?.residual).toBeCloseTo(0, 12);
    // A missing component leaves its contribution and the residual missing, not zero.
    const d = params(change('DDD'), 'change').parts;
    expect(d).toMatchObject({ hci: null, residual: null, driver: null });
  });

  it('has no split for the other indices', () => {
    expect(params(change('AAA', 'osi'), 'change').parts).toBeNull();
  });

  it('no part moved with a zero change or a missing one', () => {
    expect(
      egdiDriver({ fromYear: 2018, toYear: 2024, egdiChange: 0, osi: 0.1, hci: -0.1, tii: 0, residual: 0 }),
    ).toBeNull();
    expect(
      egdiDriver({
        fromYear: 2018,
        toYear: 2024,
        egdiChange: null,
        osi: 0.1,
        hci: 0,
        tii: 0,
        residual: null,
      }),
    ).toBeNull();
  });

  it.each([
    { case: 'missing at the base', iso3: 'EEE', base: 2018, missing: [2018] },
    { case: 'missing at both', iso3: 'ZZZ', base: 2018, missing: [2018, 2024] },
  ])('$case is not assessed', ({ iso3, base, missing }) => {
    const p = params(change(iso3, 'egdi', base), 'not-assessed');
    expect(p).toMatchObject({ topic: 'change', years: [2018, 2024], missing });
  });
});

describe('peers that moved faster', () => {
  // OSI 2018 → 2024: DDD +0.06 (0.01 a year); AAA +0.12, BBB +0.06 (equal: not faster),
  // CCC +0.03; EEE not assessed in 2024.
  const ds = dataset(
    [
      row(2018, 'DDD', { osi: 0.5 }),
      row(2024, 'DDD', { osi: 0.56 }),
      row(2018, 'AAA', { osi: 0.4 }),
      row(2024, 'AAA', { osi: 0.52 }),
      row(2018, 'BBB', { osi: 0.3 }),
      row(2024, 'BBB', { osi: 0.36 }),
      row(2018, 'CCC', { osi: 0.6 }),
      row(2024, 'CCC', { osi: 0.63 }),
      row(2018, 'EEE', { osi: 0.1 }),
      row(2024, 'EEE', {}),
    ],
    COUNTRIES,
  );
  const group = (members: string[]): PeerGroup => ({
    id: 'g',
    kind: 'named',
    nameEn: 'Group',
    nameZh: '组',
    members,
    source: '',
    asOf: '',
  });
  const run = (iso3: string, members: string[]) =>
    peersFasterFinding(ds, {
      iso3,
      index: 'osi',
      base: 2018,
      year: 2024,
      rule: 'competition',
      group: group(members),
    });

  it('counts strictly faster peers among those assessed at both editions; the country is not its own peer', () => {
    const p = params(run('DDD', ['AAA', 'BBB', 'CCC', 'EEE']), 'peers-faster');
    expect(p).toMatchObject({ faster: 1, assessed: 3, group: { id: 'g', nameEn: 'Group', nameZh: '组' } });
    expect(p.ownPerYear).toBeCloseTo(0.01, 12);
    // Being a member of the group changes nothing.
    expect(params(run('DDD', ['AAA', 'DDD', 'BBB', 'CCC', 'EEE']), 'peers-faster')).toMatchObject({
      faster: 1,
      assessed: 3,
    });
  });

  it('a group with no other member assessed at both editions has none to compare', () => {
    expect(params(run('DDD', ['EEE']), 'peers-faster')).toMatchObject({ faster: 0, assessed: 0 });
  });

  it('a country not assessed at an edition is not assessed, with the group named', () => {
    const p = params(run('EEE', ['AAA', 'BBB']), 'not-assessed');
    expect(p).toMatchObject({ topic: 'peers', missing: [2024], group: { id: 'g' } });
  });
});

describe('gap to Very High and the editions to close it', () => {
  const at = (v2018: number | null, v2024: number | null) =>
    gapVeryHighFinding(
      dataset([row(2018, 'AAA', { egdi: v2018 }), row(2024, 'AAA', { egdi: v2024 })], COUNTRIES),
      { iso3: 'AAA', index: 'egdi', base: 2018, year: 2024 },
    );

  it('closing: 0.60 → 0.70 leaves 0.05 at 0.1/6 a year: 3 years, 2 editions', () => {
    const p = params(at(0.6, 0.7), 'gap-very-high');
    expect(p.gap).toBeCloseTo(0.05, 12);
    expect(p.pace).toBeCloseTo(0.1 / 6, 12);
    expect(p.outlook).toEqual({ kind: 'closing', years: expect.closeTo(3, 9), editions: 2 });
  });

  it.each([
    { case: 'widening', from: 0.7, to: 0.65, outlook: 'not-closing' },
    { case: 'unchanged', from: 0.7, to: 0.7, outlook: 'not-closing' },
    { case: 'above the threshold', from: 0.6, to: 0.8, outlook: 'above' },
    { case: 'exactly on it (still High)', from: 0.6, to: 0.75, outlook: 'at-threshold' },
    { case: 'no earlier value', from: null, to: 0.7, outlook: 'unknown' },
    { case: 'above with no earlier value', from: null, to: 0.8, outlook: 'above' },
  ])('$case: $outlook', ({ from, to, outlook }) => {
    expect(params(at(from, to), 'gap-very-high').outlook.kind).toBe(outlook);
  });

  it('a missing later value is not assessed, not a gap of 0.75', () => {
    expect(params(at(0.6, null), 'not-assessed')).toMatchObject({ topic: 'gap', missing: [2024] });
  });

  it('cites the earlier edition only when the pace uses it', () => {
    expect(at(0.6, 0.7).sources).toEqual([
      { kind: 'un-survey', edition: 2018 },
      { kind: 'un-survey', edition: 2024 },
    ]);
    expect(at(0.6, 0.8).sources).toEqual([{ kind: 'un-survey', edition: 2024 }]);
  });
});

describe('movers', () => {
  // EGDI 2018 → 2024: AAA and BBB both +0.1, CCC +0.05, DDD −0.2 (Europe), EEE new in 2024.
  const ds = dataset(
    [
      row(2018, 'AAA', { egdi: 0.5 }),
      row(2024, 'AAA', { egdi: 0.6 }),
      row(2018, 'BBB', { egdi: 0.3 }),
      row(2024, 'BBB', { egdi: 0.4 }),
      row(2018, 'CCC', { egdi: 0.7 }),
      row(2024, 'CCC', { egdi: 0.75 }),
      row(2018, 'DDD', { egdi: 0.9 }),
      row(2024, 'DDD', { egdi: 0.7 }),
      row(2024, 'EEE', { egdi: 0.2 }),
    ],
    COUNTRIES,
  );
  const run = (
    measure: 'value' | 'rank',
    region: 'all' | 'Asia' | 'Europe',
    rule: 'competition' | 'dense' = 'competition',
  ) => moverFindings(ds, { index: 'egdi', base: 2018, year: 2024, rule, measure, region });

  it('lists every country tied for the biggest rise, and the biggest fall', () => {
    const [rise, fall] = run('value', 'all');
    const r = params(rise, 'mover');
    expect(r.movers.map((m) => m.country.iso3)).toEqual(['AAA', 'BBB']);
    expect(r.movers[0]?.score).toBeCloseTo(0.1, 12);
    expect(r.scored).toBe(4);
    const f = params(fall, 'mover');
    expect(f.movers.map((m) => [m.country.iso3, m.from, m.to])).toEqual([['DDD', 0.9, 0.7]]);
  });

  it('by rank: world ranks under the rule, places moved', () => {
    // 2018: DDD 1, CCC 2, AAA 3, BBB 4. 2024: CCC 1, DDD 2, AAA 3, BBB 4, EEE 5.
    const [rise, fall] = run('rank', 'all');
    expect(params(rise, 'mover').movers.map((m) => [m.country.iso3, m.from, m.to, m.score])).toEqual([
      ['CCC', 2, 1, 1],
    ]);
    expect(params(fall, 'mover').movers.map((m) => [m.country.iso3, m.score])).toEqual([['DDD', -1]]);
  });

  it('within a region; no country falling is an empty list, not a zero', () => {
    const [rise, fall] = run('value', 'Asia');
    expect(params(rise, 'mover').movers).toHaveLength(2);
    expect(params(fall, 'mover')).toMatchObject({ movers: [], scored: 2, region: 'Asia' });
  });
});

describe('change over a Trends range', () => {
  const ds = dataset(
    [
      row(2016, 'AAA', { egdi: 0.3 }),
      row(2018, 'AAA', {}),
      row(2020, 'AAA', { egdi: 0.5 }),
      row(2022, 'AAA', {}),
      row(2024, 'AAA', { egdi: 0.6 }),
      row(2020, 'BBB', { egdi: 0.4 }),
    ],
    COUNTRIES,
  );

  it('runs from the first to the last edition assessed within the range', () => {
    const p = params(
      rangeChangeFinding(ds, { iso3: 'AAA', index: 'egdi', from: 2018, to: 2024 }),
      'range-change',
    );
    expect(p.first).toEqual({ year: 2020, value: 0.5 });
    expect(p.last).toEqual({ year: 2024, value: 0.6 });
    expect(p.absolute).toBeCloseTo(0.1, 12);
    expect(p.perYear).toBeCloseTo(0.025, 12);
    expect(p.range).toEqual({ from: 2018, to: 2024 });
  });

  it('fewer than two assessed editions in the range is not assessed, with the missing editions', () => {
    const p = params(
      rangeChangeFinding(ds, { iso3: 'BBB', index: 'egdi', from: 2016, to: 2024 }),
      'not-assessed',
    );
    expect(p).toMatchObject({ topic: 'range', missing: [2016, 2018, 2022, 2024] });
  });

  it('Trends gives one finding per chosen country', () => {
    const fs = trendsFindings(ds, { index: 'egdi', countries: ['AAA', 'BBB'], from: 2016, to: 2024 });
    expect(fs.map((f) => f.kind)).toEqual(['range-change', 'not-assessed']);
  });
});

describe('bands and region medians', () => {
  const ds = dataset(
    [
      row(2024, 'AAA', { egdi: 0.76 }),
      row(2024, 'BBB', { egdi: 0.75 }),
      row(2024, 'CCC', { egdi: 0.5 }),
      row(2024, 'DDD', { egdi: 0.2 }),
      row(2024, 'EEE', {}),
    ],
    COUNTRIES,
  );

  it('counts each country once in its band (0.75 is High), unassessed apart', () => {
    const p = params(bandsFinding(ds, { index: 'egdi', year: 2024 }), 'bands');
    expect(p.counts).toEqual({ 'very-high': 1, high: 2, middle: 0, low: 1 });
    expect(p).toMatchObject({ notAssessed: 1, total: 5 });
  });

  it('names the regions with the highest and lowest medians', () => {
    // Asia: 0.76, 0.75 → 0.755; Europe: 0.5, 0.2 → 0.35; Africa: none assessed (left out).
    const p = params(regionMediansFinding(ds, { index: 'egdi', year: 2024 }), 'region-medians');
    expect(p.highest).toMatchObject({ region: 'Asia', count: 2 });
    expect(p.highest.median).toBeCloseTo(0.755, 12);
    expect(p.lowest).toMatchObject({ region: 'Europe', count: 2 });
    expect(p.lowest.median).toBeCloseTo(0.35, 12);
    expect(p.world.count).toBe(4);
  });

  it('an index nobody was assessed on is not assessed', () => {
    expect(params(bandsFinding(ds, { index: 'tii', year: 2024 }), 'not-assessed').topic).toBe('edition');
    expect(params(regionMediansFinding(ds, { index: 'tii', year: 2024 }), 'not-assessed').topic).toBe(
      'edition',
    );
  });
});

describe('sources', () => {
  const imported = (r: SurveyRow, source: string): SurveyRow => ({ ...r, source });
  const ds = dataset(
    [
      row(2024, 'AAA', { egdi: 0.7 }),
      imported(row(2024, 'BBB', { egdi: 0.6 }), 'Provincial table'),
      imported(row(2026, 'AAA', { egdi: 0.8 }), 'Survey 2026 draft'),
    ],
    COUNTRIES,
  );

  it('an edition with shipped and imported rows cites the UN survey and the dataset', () => {
    expect(
      standingFinding(ds, { iso3: 'AAA', index: 'egdi', year: 2024, rule: 'competition' }).sources,
    ).toEqual([
      { kind: 'un-survey', edition: 2024 },
      { kind: 'imported', name: 'Provincial table', edition: 2024 },
    ]);
  });

  it('a figure from an imported edition cites the dataset, never the UN', () => {
    expect(changeFinding(ds, { iso3: 'AAA', index: 'egdi', base: 2024, year: 2026 }).sources).toEqual([
      { kind: 'un-survey', edition: 2024 },
      { kind: 'imported', name: 'Survey 2026 draft', edition: 2026 },
    ]);
  });
});

describe('the findings of a view follow its state', () => {
  const ds = dataset(
    [
      row(2018, 'CHN', { egdi: 0.6, osi: 0.6, hci: 0.6, tii: 0.6 }),
      row(2018, 'AAA', { egdi: 0.5 }),
      row(2020, 'CHN', { egdi: 0.65, osi: 0.7, hci: 0.6, tii: 0.65 }),
      row(2022, 'CHN', { egdi: 0.7 }),
      row(2024, 'CHN', { egdi: 0.8, osi: 0.9, hci: 0.7, tii: 0.8 }),
      row(2024, 'AAA', { egdi: 0.7 }),
    ],
    [country('CHN'), country('AAA')],
  );

  it('China: standing, change since the default base, gap; the first edition has only a standing', () => {
    const kinds = (year: number, index: 'egdi' | 'osi') =>
      chinaFindings(ds, { year, index, rule: 'competition' }).map((f) => f.kind);
    expect(kinds(2024, 'egdi')).toEqual(['standing', 'change', 'gap-very-high']);
    expect(kinds(2024, 'osi')).toEqual(['standing', 'change', 'gap-very-high', 'standing', 'change']);
    expect(kinds(2018, 'egdi')).toEqual(['standing']);
    // The default base before 2024 is 2018; before 2020 the previous edition.
    expect(
      params(chinaFindings(ds, { year: 2020, index: 'egdi', rule: 'dense' })[1] as Finding, 'change').base,
    ).toBe(2018);
  });

  it('Compare: the peer count only with a group; the edition and base change the figures', () => {
    const group: PeerGroup = {
      id: 'x',
      kind: 'custom',
      nameEn: 'X',
      nameZh: 'X',
      members: ['AAA'],
      source: '',
      asOf: '',
    };
    const s = { iso3: 'CHN', index: 'egdi', base: 2018, year: 2024, rule: 'competition' } as const;
    expect(compareFindings(ds, { ...s, group }).map((f) => f.kind)).toEqual([
      'standing',
      'change',
      'peers-faster',
      'gap-very-high',
    ]);
    expect(compareFindings(ds, { ...s, group: undefined }).map((f) => f.kind)).toEqual([
      'standing',
      'change',
      'gap-very-high',
    ]);
    const later = params(compareFindings(ds, { ...s, group })[1] as Finding, 'change');
    const earlier = params(compareFindings(ds, { ...s, year: 2022, group })[1] as Finding, 'change');
    expect(later.to).toBe(0.8);
    expect(earlier.to).toBe(0.7);
  });

  it('Rankings: leader, China, biggest rise since the previous edition', () => {
    expect(
      rankingsFindings(ds, { year: 2024, index: 'egdi', rule: 'dense', region: 'all' }).map((f) => f.kind),
    ).toEqual(['leader', 'standing', 'mover']);
    expect(rankingsFindings(ds, { year: 2018, index: 'egdi', rule: 'dense', region: 'all' })).toHaveLength(2);
  });
});
