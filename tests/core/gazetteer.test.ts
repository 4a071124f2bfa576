import { describe, expect, it } from 'vitest';
import { buildGazetteer, editDistance, nameKey } from '../../src/core/load/gazetteer';
import { ALIASES, COUNTRIES, gazetteer } from './fixtures';

describe('nameKey', () => {
  it.each([
    ['China', 'china'],
    ['  China  ', 'china'],
    ['Türkiye', 'turkiye'],
    ["Côte d'Ivoire", 'cote d ivoire'],
    ['Cote d’Ivoire', 'cote d ivoire'],
    ['Micronesia (Federated States of)', 'micronesia federated states of'],
    ['Guinea-Bissau', 'guinea bissau'],
    ['SÃO TOMÉ AND PRÍNCIPE', 'sao tome and principe'],
  ])('%j -> %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('gazetteer.resolve', () => {
  it.each([
    ['China', 'CHN'],
    ['china', 'CHN'],
    ['CHINA', 'CHN'],
    ['  China ', 'CHN'],
    ['China ', 'CHN'],
    ['Türkiye', 'TUR'],
    ['Turkiye', 'TUR'],
    ['TÜRKİYE', 'TUR'],
    ['TURKIYE', 'TUR'],
    ['Turkey', 'TUR'],
    ["Côte d'Ivoire", 'CIV'],
    ["cote d'ivoire", 'CIV'],
    ['Cote d Ivoire', 'CIV'],
    ['Ivory Coast', 'CIV'],
    ['North Macedonia', 'MKD'],
    ['north-macedonia', 'MKD'],
    ['The former Yugoslav Republic of Macedonia', 'MKD'],
    ['THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA', 'MKD'],
    ['CHN', 'CHN'],
    ['chn', 'CHN'],
    ['Chna', null],
    ['Atlantis', null],
    ['', null],
  ])('%j -> %s', (name, iso3) => {
    expect(gazetteer.resolve(name)).toBe(iso3);
  });

  it('knows the ISO3 codes of its countries, not of aliases or unknown codes', () => {
    expect(gazetteer.has('CHN')).toBe(true);
    expect(gazetteer.has('TUR')).toBe(true);
    expect(gazetteer.has('chn')).toBe(false);
    expect(gazetteer.has('XYZ')).toBe(false);
  });

  it('a gazetteer without aliases does not know old names', () => {
    const plain = buildGazetteer(COUNTRIES);
    expect(plain.resolve('Türkiye')).toBe('TUR');
    expect(plain.resolve('Turkey')).toBeNull();
  });

  it('resolves every country and alias of the fixture to its own code', () => {
    for (const c of COUNTRIES) expect(gazetteer.resolve(c.nameEn), c.nameEn).toBe(c.iso3);
    for (const a of ALIASES) expect(gazetteer.resolve(a.alias), a.alias).toBe(a.iso3);
  });
});

describe('gazetteer.suggest', () => {
  it.each([
    ['Chna', ['China', 'Chad', 'Cuba']],
    ['Denmrak', ['Denmark']],
    ['Turky', ['Turkey', 'Türkiye']],
    ['turkiye', ['Türkiye']],
    ['Kiribaty', ['Kiribati']],
    ['Soth Sudan', ['South Sudan']],
    ['Nort Macedonia', ['North Macedonia']],
    ['Cote dIvoire', ["Côte d'Ivoire"]],
  ])('%j -> starts with %j', (name, nearest) => {
    expect(gazetteer.suggest(name).slice(0, nearest.length)).toEqual(nearest);
  });

  it('returns 3 names by default, or n', () => {
    expect(gazetteer.suggest('Chna')).toHaveLength(3);
    expect(gazetteer.suggest('Chna', 1)).toEqual(['China']);
    expect(gazetteer.suggest('Chna', 100)).toHaveLength(COUNTRIES.length + ALIASES.length);
  });

  it('suggests names as written (with accents), never ISO3 codes', () => {
    const all = gazetteer.suggest('x', 100);
    expect(all).toContain('Türkiye');
    expect(all).toContain('Turkey');
    expect(all).not.toContain('TUR');
  });

  it('ranks by plain edit distance: a transposition costs 2, so it can tie with another name', () => {
    expect(gazetteer.suggest('Chian', 2)).toEqual(['Chad', 'China']);
  });

  it('is edit distance, not substring search: a part of a long name is far from it', () => {
    expect(gazetteer.suggest('Sudan')).not.toContain('South Sudan');
  });

  it('breaks ties in distance alphabetically', () => {
    // "Cxxx" is 3 edits from both Chad and Cuba.
    expect(gazetteer.suggest('Cxxx', 2)).toEqual(['Chad', 'Cuba']);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['china', 'china', 0],
    ['chna', 'china', 1],
    ['china', 'chian', 2],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['turkey', 'turkiye', 2],
    ['sunday', 'saturday', 3],
    ['abc', 'xyz', 3],
  ])('%j vs %j = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
