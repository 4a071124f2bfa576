// A slide's key figures from hand-made findings: the headline number of each finding with a
// short label, in both languages; missing figures give no key figure (never a zero).
import { describe, expect, it } from 'vitest';
import type { CountryRef, Finding, FindingSource } from '../../src/core/findings/types';
import { keyFigures, MAX_KEY_FIGURES } from '../../src/i18n/key-figures';

const A: CountryRef = { iso3: 'AAA', nameEn: 'Aland', nameZh: '甲国' };
const B: CountryRef = { iso3: 'BBB', nameEn: 'Bland', nameZh: '乙国' };
const UN = (edition: number): FindingSource => ({ kind: 'un-survey', edition });

const standing: Finding = {
  kind: 'standing',
  params: {
    country: A,
    index: 'egdi',
    year: 2024,
    value: 0.81234,
    rank: 2,
    assessed: 4,
    rule: 'dense',
    tiedWith: 0,
    group: 'very-high',
  },
  sources: [UN(2024)],
};
const change: Finding = {
  kind: 'change',
  params: {
    country: A,
    index: 'egdi',
    base: 2018,
    year: 2024,
    from: 0.7,
    to: 0.81234,
    absolute: 0.11234,
    perYear: 0.0187,
    parts: null,
  },
  sources: [UN(2018), UN(2024)],
};
const missing: Finding = {
  kind: 'not-assessed',
  params: { topic: 'change', country: A, index: 'egdi', years: [2018, 2024], missing: [2018] },
  sources: [UN(2024)],
};
const leaders: Finding = {
  kind: 'leader',
  params: { index: 'osi', year: 2022, rule: 'competition', leaders: [A, B], value: 1, assessed: 4 },
  sources: [UN(2022)],
};

describe('keyFigures', () => {
  it.each([
    [
      'zh',
      [
        { label: '甲国 EGDI(2024)', value: '0.8123' },
        { label: '甲国 排名(密集排名)', value: '第 2 / 4' },
        { label: '甲国 EGDI 变化 2018–2024', value: '+0.1123' },
        { label: 'OSI 第 1 名(2022)', value: '甲国等 2 国' },
      ],
    ],
    [
      'en',
      [
        { label: 'Aland EGDI (2024)', value: '0.8123' },
        { label: 'Aland rank (dense)', value: '2 of 4' },
        { label: 'Aland EGDI change 2018–2024', value: '+0.1123' },
        { label: 'OSI rank 1 (2022)', value: 'Aland and 1 more' },
      ],
    ],
  ] as const)('writes value, rank with its tie rule, change and leaders in %s', (lang, expected) => {
    expect(keyFigures([standing, missing, change, leaders], lang)).toEqual(expected);
  });

  it('gives no figure for a missing value', () => {
    expect(keyFigures([missing], 'en')).toEqual([]);
  });

  it(`keeps at most ${MAX_KEY_FIGURES}`, () => {
    const many = keyFigures([standing, change, standing, change, standing], 'en');
    expect(many).toHaveLength(MAX_KEY_FIGURES);
    expect(keyFigures([standing, change], 'en', 2)).toHaveLength(2);
  });
});
