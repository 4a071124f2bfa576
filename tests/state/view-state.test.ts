import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseViewState, serializeViewState } from '../../src/state/view-state';
import type { ViewState } from '../../src/state/view-state';

const EDITIONS = [2003, 2018, 2024];
const KNOWN = new Set(['CHN', 'JPN', 'KOR']);
const parse = (search: string) => parseViewState(search, EDITIONS, (c) => KNOWN.has(c));

describe('serializeViewState / parseViewState round trip', () => {
  const cases: [string, Partial<ViewState>][] = [
    ['defaults', {}],
    [
      'rankings 2018 OSI dense Asia',
      { view: 'rankings', year: 2018, index: 'osi', rule: 'dense', region: 'Asia' },
    ],
    ['trends, English, three countries', { view: 'trends', lang: 'en', countries: ['CHN', 'JPN', 'KOR'] }],
    ['no countries at all', { countries: [] }],
    ['a search with spaces and Chinese', { q: '中 国&x=1' }],
    ['two panels on their table tab', { tables: ['components', 'benchmarks'] }],
    [
      'compare from 2018 against a custom group',
      { view: 'compare', base: 2018, peer: 'custom:我的; 组', groups: '%E6%88%91:CHN,KOR' },
    ],
  ];
  it.each(cases)('%s', (_name, patch) => {
    const state = { ...DEFAULT_STATE, ...patch };
    const { state: back, invalid } = parse(serializeViewState(state));
    expect(back).toEqual(state);
    expect(invalid).toEqual([]);
  });

  it('writes nothing for the defaults, so the default link is the bare page', () => {
    expect(serializeViewState(DEFAULT_STATE)).toBe('');
  });

  it('writes only the fields that differ', () => {
    expect(serializeViewState({ ...DEFAULT_STATE, view: 'rankings', year: 2018, rule: 'dense' })).toBe(
      '?view=rankings&year=2018&rule=dense',
    );
  });
});

describe('parseViewState with invalid or stale parameters', () => {
  it.each([
    ['?view=globe', ['view'], { view: DEFAULT_STATE.view }],
    ['?year=2019', ['year'], { year: null }],
    ['?base=2019', ['base'], { base: null }],
    ['?year=abc', ['year'], { year: null }],
    ['?index=gdp', ['index'], { index: DEFAULT_STATE.index }],
    ['?rule=olympic', ['rule'], { rule: DEFAULT_STATE.rule }],
    ['?region=Atlantis', ['region'], { region: DEFAULT_STATE.region }],
    ['?lang=fr', ['lang'], { lang: DEFAULT_STATE.lang }],
    ['?countries=CHN,XXX,jpn', ['countries'], { countries: ['CHN', 'JPN'] }],
    ['?tables=components,<script>', ['tables'], { tables: ['components'] }],
    ['?view=rankings&year=1999&index=osi', ['year'], { view: 'rankings', year: null, index: 'osi' }],
  ] as const)('%s falls back and reports %j', (search, invalid, expected) => {
    const r = parse(search);
    expect(r.invalid).toEqual(invalid);
    expect(r.state).toEqual({ ...DEFAULT_STATE, ...expected });
  });

  it('ignores parameters it does not know, without a notice', () => {
    expect(parse('?utm_source=mail')).toEqual({ state: DEFAULT_STATE, invalid: [] });
  });

  it('deduplicates countries and upper-cases codes', () => {
    expect(parse('?countries=chn,CHN,kor').state.countries).toEqual(['CHN', 'KOR']);
  });

  it('keeps at most 100 characters of a search', () => {
    expect(parse(`?q=${'a'.repeat(150)}`).state.q).toHaveLength(100);
  });
});
