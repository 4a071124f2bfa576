/** Picker matching over hand-made items (names invented or spelled here for the test). */
import { describe, expect, it } from 'vitest';
import { foldText, matchItems, matchRank } from '../../../src/core/search/match';

interface Item {
  code: string;
  zh: string;
  en: string;
}
const items: Item[] = [
  { code: 'BRB', zh: '巴巴多斯', en: 'Barbados' },
  { code: 'BRA', zh: '巴西', en: 'Brazil' },
  { code: 'CIV', zh: '科特迪瓦', en: 'Côte d’Ivoire' },
  { code: 'GBR', zh: '英国', en: 'United Kingdom of Great Britain and Northern Ireland' },
  { code: 'CHN', zh: '中国', en: 'China' },
  { code: 'TCD', zh: '乍得', en: 'Chad' },
  { code: 'CHE', zh: '瑞士', en: 'Switzerland' },
];
const keys = (i: Item) => ({ names: [i.zh, i.en], code: i.code });
const codes = (q: string) => matchItems(q, items, keys).map((i) => i.code);

describe('foldText', () => {
  it.each([
    ['Côte d’Ivoire', 'cote d’ivoire'],
    ['  ÅLAND ', 'aland'],
    ['Türkiye', 'turkiye'],
    ['巴西', '巴西'],
  ])('%s → %s', (raw, folded) => expect(foldText(raw)).toBe(folded));
});

describe('matchItems', () => {
  it.each<[string, string[]]>([
    // Case-insensitive prefix of the English name.
    ['bra', ['BRA']],
    ['BRA', ['BRA']],
    ['bri', ['GBR']],
    // Chinese: substring of the Chinese name.
    ['巴西', ['BRA']],
    ['巴', ['BRB', 'BRA']],
    ['国', ['GBR', 'CHN']],
    // Diacritics ignored both ways.
    ['cote', ['CIV']],
    ['côte', ['CIV']],
    // An exact ISO3 code comes first, before names that merely start with the letters.
    ['chn', ['CHN']],
    ['che', ['CHE']],
    ['ch', ['CHN', 'TCD', 'CHE']],
    // Word starts rank before inner substrings: "king" starts a word of the UK's name.
    ['king', ['GBR']],
    ['zil', ['BRA']],
    ['xyz', []],
  ])('"%s" → %j', (q, want) => expect(codes(q)).toEqual(want));

  it('an empty query keeps every item in its given order', () => {
    expect(codes('')).toEqual(items.map((i) => i.code));
    expect(codes('   ')).toEqual(items.map((i) => i.code));
  });

  it('ranks: code, name start, word start, inside, code start', () => {
    expect(matchRank('bra', { names: ['Brazil'], code: 'BRA' })).toBe(0);
    expect(matchRank('bra', { names: ['Brazil'] })).toBe(1);
    expect(matchRank('bri', { names: ['Great Britain'] })).toBe(2);
    expect(matchRank('rit', { names: ['Great Britain'] })).toBe(3);
    expect(matchRank('gb', { names: ['United Kingdom'], code: 'GBR' })).toBe(4);
    expect(matchRank('zz', { names: ['United Kingdom'], code: 'GBR' })).toBeNull();
  });
});
