/** Trends' edition range over hand-made edition lists. */
import { describe, expect, it } from 'vitest';
import { editionRange, rangeChoices, rangeParams } from '../../src/features/trends/range';

const editions = [2003, 2005, 2008, 2010, 2012, 2014, 2016];

describe('editionRange', () => {
  it.each<[number | null, number | null, number[], boolean]>([
    [null, null, editions, true],
    [2012, null, [2012, 2014, 2016], false],
    [null, 2008, [2003, 2005, 2008], false],
    [2008, 2012, [2008, 2010, 2012], false],
    [2010, 2010, [2010], false],
    // A reversed pair reads as the span it names.
    [2014, 2005, [2005, 2008, 2010, 2012, 2014], false],
    [2003, 2016, editions, true],
  ])('from %s to %s → %j', (from, to, years, whole) => {
    const r = editionRange(editions, from, to);
    expect(r.years).toEqual(years);
    expect(r.from).toBe(years[0]);
    expect(r.to).toBe(years.at(-1));
    expect(r.whole).toBe(whole);
  });

  it('sorts the editions it is given', () => {
    expect(editionRange([2016, 2003, 2010], 2010, null).years).toEqual([2010, 2016]);
  });

  it('a range between two editions (none inside) falls back to all', () => {
    expect(editionRange([2003, 2010], 2004, 2009)).toEqual({
      from: 2003,
      to: 2010,
      years: [2003, 2010],
      whole: true,
    });
  });

  it('no editions: an empty range', () => {
    expect(editionRange([], null, null).years).toEqual([]);
  });
});

describe('rangeChoices', () => {
  it('from is never after to, to never before from', () => {
    const c = rangeChoices(editions, editionRange(editions, 2008, 2012));
    expect(c.from).toEqual([2003, 2005, 2008, 2010, 2012]);
    expect(c.to).toEqual([2008, 2010, 2012, 2014, 2016]);
  });
});

describe('rangeParams', () => {
  it.each<[number, number, { from: number | null; to: number | null }]>([
    [2003, 2016, { from: null, to: null }],
    [2012, 2016, { from: 2012, to: null }],
    [2003, 2010, { from: null, to: 2010 }],
    [2008, 2012, { from: 2008, to: 2012 }],
    [2012, 2008, { from: 2008, to: 2012 }],
  ])('%s..%s → %j', (a, b, want) => expect(rangeParams(editions, a, b)).toEqual(want));
});
