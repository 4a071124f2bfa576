// Findings as sentences, in both languages, from hand-made findings: numbers formatted as
// the UI formats them, thresholds from their constants, names in the UI language, the tie
// rule said, and missing figures said to be missing (never a zero).
import { describe, expect, it } from 'vitest';
import { VERY_HIGH_THRESHOLD } from '../../src/core/indicators/groups';
import type { CountryRef, Finding, FindingSource } from '../../src/core/findings/types';
import { findingLine, findingMessages, findingText, sourcesText } from '../../src/i18n/finding-text';
import { LANGS } from '../../src/i18n/dictionary';
import { makeI18n } from '../../src/i18n/i18n-context';

const A: CountryRef = { iso3: 'AAA', nameEn: 'Aland', nameZh: '甲国' };
const B: CountryRef = { iso3: 'BBB', nameEn: 'Bland', nameZh: '乙国' };
const UN = (edition: number): FindingSource => ({ kind: 'un-survey', edition });
const vh = VERY_HIGH_THRESHOLD.toFixed(2);

/** One finding of every kind and variant. */
const CASES: { name: string; finding: Finding; zh: string[]; en: string[] }[] = [
  {
    name: 'standing with a tie, competition rule',
    finding: {
      kind: 'standing',
      params: {
        country: A,
        index: 'egdi',
        year: 2024,
        value: 0.81234,
        rank: 2,
        assessed: 4,
        rule: 'competition',
        tiedWith: 1,
        group: 'very-high',
      },
      sources: [UN(2024)],
    },
    zh: ['甲国', '0.8123', '第 2 位', '4 个已评估国家', '1-2-2-4', '另外 1 国并列', '非常高', `> ${vh}`],
    en: [
      'Aland',
      '0.8123',
      'rank 2 of 4',
      '1-2-2-4',
      'tied with 1 other country',
      'Very High',
      `above ${vh}`,
    ],
  },
  {
    name: 'standing, dense rule, no tie, no group',
    finding: {
      kind: 'standing',
      params: {
        country: A,
        index: 'osi',
        year: 2022,
        value: 0.5,
        rank: 3,
        assessed: 4,
        rule: 'dense',
        tiedWith: 0,
        group: null,
      },
      sources: [UN(2022)],
    },
    zh: ['OSI', '0.5000', '第 3 位', '1-2-2-3'],
    en: ['OSI', '0.5000', 'rank 3 of 4', 'dense ranking, 1-2-2-3'],
  },
  {
    name: 'leader, tied',
    finding: {
      kind: 'leader',
      params: { index: 'egdi', year: 2024, rule: 'competition', leaders: [A, B], value: 0.9, assessed: 5 },
      sources: [UN(2024)],
    },
    zh: ['第 1 名', '甲国、乙国', '0.9000', '并列', '5 个国家'],
    en: ['Rank 1', 'Aland and Bland', '0.9000', 'tied', '5 countries'],
  },
  {
    name: 'EGDI rise driven by the OSI',
    finding: {
      kind: 'change',
      params: {
        country: A,
        index: 'egdi',
        base: 2018,
        year: 2024,
        from: 0.5,
        to: 0.7,
        absolute: 0.2,
        perYear: 0.2 / 6,
        parts: { osi: 0.15, hci: 0.01, tii: 0.04, residual: 0, driver: 'osi' },
      },
      sources: [UN(2018), UN(2024)],
    },
    zh: ['升至', '0.5000', '0.7000', '+0.2000', '+0.0333', 'OSI', '+0.1500', '÷ 3'],
    en: ['rose', '0.5000', '0.7000', '+0.2000', '+0.0333 a year', 'OSI contributed +0.1500'],
  },
  {
    name: 'EGDI fall driven by the residual',
    finding: {
      kind: 'change',
      params: {
        country: A,
        index: 'egdi',
        base: 2018,
        year: 2024,
        from: 0.6,
        to: 0.5,
        absolute: -0.1,
        perYear: -0.1 / 6,
        parts: { osi: 0, hci: 0, tii: -0.01, residual: -0.09, driver: 'residual' },
      },
      sources: [UN(2018), UN(2024)],
    },
    zh: ['降至', '\u22120.1000', '残差', '\u22120.0900'],
    en: ['fell', '\u22120.1000', 'residual', '\u22120.0900'],
  },
  {
    name: 'EGDI change with a component missing',
    finding: {
      kind: 'change',
      params: {
        country: A,
        index: 'egdi',
        base: 2018,
        year: 2024,
        from: 0.5,
        to: 0.6,
        absolute: 0.1,
        perYear: 0.1 / 6,
        parts: { osi: 0.03, hci: null, tii: 0.03, residual: null, driver: null },
      },
      sources: [UN(2018), UN(2024)],
    },
    zh: ['未全部评估', '无法分解'],
    en: ['not all assessed', 'cannot be split'],
  },
  {
    name: 'peers faster',
    finding: {
      kind: 'peers-faster',
      params: {
        country: A,
        index: 'osi',
        base: 2018,
        year: 2024,
        group: { id: 'g20', nameEn: 'G20', nameZh: '二十国集团' },
        faster: 3,
        assessed: 18,
        ownPerYear: 0.01,
      },
      sources: [UN(2018), UN(2024)],
    },
    zh: ['二十国集团', '有 3 个国家', '共 18 个', '+0.0100'],
    en: ['3 of the 18 other G20 members', '+0.0100 a year'],
  },
  {
    name: 'peers: none assessed',
    finding: {
      kind: 'peers-faster',
      params: {
        country: A,
        index: 'osi',
        base: 2018,
        year: 2024,
        group: { id: 'x', nameEn: 'Neighbours', nameZh: '邻国' },
        faster: 0,
        assessed: 0,
        ownPerYear: 0.01,
      },
      sources: [UN(2018), UN(2024)],
    },
    zh: ['邻国中没有其他国家', '无法比较'],
    en: ['no other Neighbours member', 'cannot be compared'],
  },
  ...(
    [
      [
        'closing',
        { kind: 'closing', years: 3, editions: 2 },
        ['0.0500', '3.0 年', '2 期'],
        ['0.0500 below', 'about 3.0 years (2 editions)'],
      ],
      ['not-closing', { kind: 'not-closing' }, ['没有缩小', '不会追平'], ['not closing']],
      ['above', { kind: 'above' }, ['已高于'], ['above the Very High threshold']],
      [
        'at-threshold',
        { kind: 'at-threshold' },
        ['恰好等于', '“高”组'],
        ['exactly at the threshold', 'still High'],
      ],
      ['unknown', { kind: 'unknown' }, ['2018 年未评估', '无法计算'], ['not assessed in 2018']],
    ] as const
  ).map(([name, outlook, zh, en]) => ({
    name: `gap: ${name}`,
    finding: {
      kind: 'gap-very-high' as const,
      params: {
        country: A,
        index: 'egdi' as const,
        base: 2018,
        year: 2024,
        value: 0.7,
        threshold: VERY_HIGH_THRESHOLD,
        gap: 0.05,
        pace: name === 'closing' ? 0.05 / 3 : null,
        outlook,
      },
      sources: [UN(2018), UN(2024)],
    },
    zh: [...zh, vh],
    en: [...en, vh],
  })),
  {
    name: 'mover by value, one country, in a region',
    finding: {
      kind: 'mover',
      params: {
        direction: 'rise',
        measure: 'value',
        index: 'egdi',
        base: 2018,
        year: 2024,
        rule: 'competition',
        region: 'Asia',
        movers: [{ country: A, from: 0.5, to: 0.6, score: 0.1 }],
        scored: 40,
      },
      sources: [UN(2018), UN(2024)],
    },
    zh: ['亚洲', '上升最多', '甲国', '+0.1000', '0.5000 → 0.6000', '40 个国家'],
    en: ['in Asia', 'Biggest rise', 'Aland', '+0.1000', '0.5000 → 0.6000', '40 countries'],
  },
  {
    name: 'mover by rank, falling, dense rule',
    finding: {
      kind: 'mover',
      params: {
        direction: 'fall',
        measure: 'rank',
        index: 'osi',
        base: 2018,
        year: 2024,
        rule: 'dense',
        region: 'all',
        movers: [{ country: B, from: 10, to: 22, score: -12 }],
        scored: 193,
      },
      sources: [UN(2018), UN(2024)],
    },
    zh: ['名次下降最多', '乙国', '下降 12 位', '第 10 → 第 22 位', '1-2-2-3'],
    en: ['Biggest rank fall', 'Bland', 'down 12 places', '10 → 22', '1-2-2-3'],
  },
  {
    name: 'no mover',
    finding: {
      kind: 'mover',
      params: {
        direction: 'fall',
        measure: 'value',
        index: 'egdi',
        base: 2018,
        year: 2024,
        rule: 'competition',
        region: 'all',
        movers: [],
        scored: 3,
      },
      sources: [UN(2018), UN(2024)],
    },
    zh: ['没有国家', '下降'],
    en: ['No country', 'fell'],
  },
  {
    name: 'range change inside the range',
    finding: {
      kind: 'range-change',
      params: {
        country: A,
        index: 'egdi',
        range: { from: 2003, to: 2024 },
        first: { year: 2008, value: 0.3 },
        last: { year: 2024, value: 0.7 },
        absolute: 0.4,
        perYear: 0.025,
      },
      sources: [UN(2008), UN(2024)],
    },
    zh: ['2008 年的 0.3000', '2024 年的 0.7000', '+0.4000', '+0.0250', '2003–2024'],
    en: ['0.3000 in 2008', '0.7000 in 2024', '+0.4000', '+0.0250 a year', '2003–2024'],
  },
  {
    name: 'bands',
    finding: {
      kind: 'bands',
      params: {
        index: 'egdi',
        year: 2024,
        counts: { 'very-high': 76, high: 62, middle: 44, low: 11 },
        notAssessed: 0,
        total: 193,
      },
      sources: [UN(2024)],
    },
    zh: [`> ${vh})76 国`, '62 国', '44 国', '11 国', '未评估 0 国', '共 193 国'],
    en: [`above ${vh}) 76`, '62', '44', '11', 'not assessed 0', 'of 193'],
  },
  {
    name: 'region medians',
    finding: {
      kind: 'region-medians',
      params: {
        index: 'egdi',
        year: 2024,
        highest: { region: 'Europe', median: 0.86, count: 43 },
        lowest: { region: 'Africa', median: 0.41, count: 54 },
        world: { median: 0.66, count: 193 },
      },
      sources: [UN(2024)],
    },
    zh: ['欧洲(0.8600', '非洲(0.4100', '0.6600'],
    en: ['Europe (0.8600', 'Africa (0.4100', '0.6600'],
  },
  ...(
    [
      ['standing', [2024], [2024], ['未评估'], ['not assessed']],
      [
        'change',
        [2018, 2024],
        [2018],
        ['2018 年未评估', '2018–2024'],
        ['not assessed on EGDI in 2018', '2018–2024'],
      ],
      ['gap', [2018, 2024], [2024], ['2024 年未评估', vh], ['not assessed', vh]],
      ['peers', [2018, 2024], [2018, 2024], ['2018、2024 年未评估', '二十国集团'], ['2018 and 2024', 'G20']],
      [
        'range',
        [2003, 2005, 2008],
        [2003, 2008],
        ['2003–2008', '未评估:2003、2008'],
        ['2003–2008', 'not assessed: 2003 and 2008'],
      ],
    ] as const
  ).map(([topic, years, missing, zh, en]) => ({
    name: `not assessed: ${topic}`,
    finding: {
      kind: 'not-assessed' as const,
      params: {
        topic,
        country: A,
        index: 'egdi' as const,
        years: [...years],
        missing: [...missing],
        ...(topic === 'peers' ? { group: { id: 'g20', nameEn: 'G20', nameZh: '二十国集团' } } : {}),
      },
      sources: years.map(UN),
    },
    zh: ['甲国', ...zh],
    en: ['Aland', ...en],
  })),
  {
    name: 'not assessed: a whole edition',
    finding: {
      kind: 'not-assessed',
      params: { topic: 'edition', country: null, index: 'tii', years: [2026], missing: [2026] },
      sources: [],
    },
    zh: ['2026 年', 'TII', '未评估'],
    en: ['2026', 'TII', 'not assessed'],
  },
];

describe('finding sentences', () => {
  it.each(CASES.flatMap((c) => LANGS.map((lang) => ({ ...c, lang }))))(
    '$name ($lang)',
    ({ finding, lang, zh, en }) => {
      const text = findingText(finding, lang);
      for (const part of lang === 'zh' ? zh : en) expect(text).toContain(part);
      // Every placeholder filled; the other language's country name absent.
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toContain(lang === 'zh' ? 'Aland' : '甲国');
      if (finding.kind === 'not-assessed') {
        expect(text).toContain(lang === 'zh' ? '未评估' : 'not assessed');
        expect(text).not.toMatch(/0\.0000/);
      }
    },
  );

  it('formats numbers as the UI does (num / signed)', () => {
    const f = CASES.find((c) => c.name.startsWith('EGDI fall'))?.finding;
    if (!f || f.kind !== 'change') throw new Error('fixture');
    for (const lang of LANGS) {
      const { num, signed } = makeI18n(lang);
      const text = findingText(f, lang);
      expect(text).toContain(num(f.params.from, 4));
      expect(text).toContain(signed(f.params.absolute, 4));
    }
  });

  it('both languages have the same message keys and no typed threshold', () => {
    expect(Object.keys(findingMessages.zh).sort()).toEqual(Object.keys(findingMessages.en).sort());
    for (const table of [findingMessages.zh, findingMessages.en])
      for (const [key, text] of Object.entries(table)) expect(text, key).not.toMatch(/\b0\.(75|50|25)\b/);
  });
});

describe('finding sources', () => {
  it.each([
    {
      sources: [UN(2018), UN(2024)],
      zh: '〔联合国电子政务调查 2018、2024〕',
      en: '[UN E-Government Survey 2018 and 2024]',
    },
    {
      sources: [UN(2024), { kind: 'imported', name: 'Draft <b>', edition: 2026 } as const],
      zh: '〔联合国电子政务调查 2024;导入数据集“Draft <b>” 2026〕',
      en: '[UN E-Government Survey 2024; imported dataset “Draft <b>” 2026]',
    },
    {
      sources: [{ kind: 'imported', name: 'Draft', edition: 2026 } as const],
      zh: '〔导入数据集“Draft” 2026〕',
      en: '[imported dataset “Draft” 2026]',
    },
  ])('$en', ({ sources, zh, en }) => {
    expect(sourcesText(sources, 'zh')).toBe(zh);
    expect(sourcesText(sources, 'en')).toBe(en);
  });

  it('an export line is the sentence followed by its sources', () => {
    const f = CASES[0]?.finding;
    if (!f) throw new Error('fixture');
    expect(findingLine(f, 'en')).toBe(`${findingText(f, 'en')} ${sourcesText(f.sources, 'en')}`);
  });
});
