import { describe, expect, it } from 'vitest';
import { UrlStore, allCodecs } from '../../../src/state/url/url-state';
import type { UrlValues } from '../../../src/state/url/url-state';
import type { UrlContext } from '../../../src/state/url/codec';
import { VIEW_PARAMS } from '../../../src/app/views';
import { paramLabels } from '../../../src/app/url-messages';
import { FakeHistory } from './fake-history';

const SHIPPED: UrlContext = {
  editions: [2003, 2018, 2024],
  isCountry: (c) => ['CHN', 'JPN', 'KOR'].includes(c),
};
// The same data with an imported 2026 edition laid over it.
const WITH_IMPORT: UrlContext = { ...SHIPPED, editions: [...SHIPPED.editions, 2026] };

function storeAt(search: string, ctx: UrlContext = SHIPPED) {
  const history = new FakeHistory(search);
  const store = new UrlStore(history, VIEW_PARAMS);
  store.listen();
  store.setContext(ctx);
  return { history, store, state: () => store.getSnapshot().state };
}
const defaults = () => storeAt('').state();

describe('the URL store: round trips through the URL', () => {
  const cases: [string, Partial<UrlValues>][] = [
    ['defaults', {}],
    [
      'rankings 2018 OSI dense Asia',
      { view: 'rankings', year: 2018, index: 'osi', rule: 'dense', region: 'Asia' },
    ],
    ['trends, English, three countries', { view: 'trends', lang: 'en', countries: ['CHN', 'JPN', 'KOR'] }],
    ['trends without any country', { view: 'trends', countries: [] }],
    ['a search with spaces and Chinese', { view: 'rankings', q: '中 国&x=1' }],
    ['two panels on their table tab', { tables: ['components', 'benchmarks'] }],
    [
      'compare from 2018 against a custom group',
      { view: 'compare', base: 2018, peer: 'custom:我的; 组', groups: '%E6%88%91:CHN,KOR' },
    ],
    [
      'provinces: a metric, a year and an open province',
      { view: 'provinces', metric: 'e_licence_types', cnYear: 2021, province: '51' },
    ],
  ];
  it.each(cases)('%s', (_name, patch) => {
    const { store } = storeAt('');
    const state = { ...defaults(), ...patch } as UrlValues;
    const query = store.serialize(state);
    const back = storeAt(query);
    expect(back.state()).toEqual(state);
    expect(back.store.getSnapshot().invalid).toEqual([]);
  });

  it('writes nothing for the defaults, and only what differs', () => {
    const { store } = storeAt('');
    expect(store.serialize(defaults())).toBe('');
    expect(store.serialize({ ...defaults(), view: 'rankings', year: 2018, rule: 'dense' })).toBe(
      '?view=rankings&year=2018&rule=dense',
    );
    expect(store.serialize({ ...defaults(), view: 'provinces', province: '33' })).toBe(
      '?view=provinces&province=33',
    );
  });

  it("writes only the view's own parameters: a country list stays in memory, not in the China link", () => {
    const { store } = storeAt('?view=trends&countries=CHN,JPN');
    store.update({ view: 'china' });
    expect(store.serialize(store.getSnapshot().state)).toBe('');
    store.update({ view: 'compare' });
    expect(store.getSnapshot().state.countries).toEqual(['CHN', 'JPN']);
    expect(store.serialize(store.getSnapshot().state)).toBe('?view=compare&countries=CHN%2CJPN');
  });
});

describe('the URL store: invalid or stale parameters fall back and are named', () => {
  it.each([
    ['?view=globe', ['view'], { view: 'china' }],
    ['?year=2019', ['year'], { year: null }],
    ['?view=compare&base=2019', ['base'], { view: 'compare', base: null }],
    ['?year=abc', ['year'], { year: null }],
    ['?index=gdp', ['index'], { index: 'egdi' }],
    ['?rule=olympic', ['rule'], { rule: 'competition' }],
    ['?view=rankings&region=Atlantis', ['region'], { view: 'rankings', region: 'all' }],
    ['?lang=fr', ['lang'], { lang: 'zh' }],
    ['?view=trends&countries=CHN,XXX,jpn', ['countries'], { view: 'trends', countries: ['CHN', 'JPN'] }],
    ['?tables=components,<script>', ['tables'], { tables: ['components'] }],
    ['?view=rankings&year=1999&index=osi', ['year'], { view: 'rankings', index: 'osi' }],
    ['?view=provinces&metric=<script>', ['metric'], { view: 'provinces' }],
    ['?view=provinces&cnYear=20xx', ['cnYear'], { view: 'provinces' }],
    ['?view=provinces&province=330000', ['province'], { view: 'provinces' }],
  ] as const)('%s reports %j', (search, invalid, expected) => {
    const { store, state } = storeAt(search);
    expect(store.getSnapshot().invalid).toEqual(invalid);
    expect(state()).toEqual({ ...defaults(), ...expected });
  });

  it('ignores unknown parameters and those of other views, without a notice', () => {
    const { store, state } = storeAt('?utm_source=mail&q=china');
    expect(store.getSnapshot().invalid).toEqual([]);
    expect(state()).toEqual(defaults());
  });

  it('deduplicates countries, upper-cases codes, and keeps 100 characters of a search', () => {
    expect(storeAt('?view=trends&countries=chn,CHN,kor').state().countries).toEqual(['CHN', 'KOR']);
    const long = storeAt(`?view=rankings&q=${'a'.repeat(150)}`);
    expect(long.state().q).toHaveLength(100);
    expect(long.store.getSnapshot().invalid).toEqual(['q']);
  });

  it('names every parameter in both UI languages', () => {
    for (const key of allCodecs(VIEW_PARAMS).keys()) {
      expect(paramLabels.zh[key as keyof typeof paramLabels.zh], key).toBeTruthy();
      expect(paramLabels.en[key as keyof typeof paramLabels.en], key).toBeTruthy();
    }
  });
});

describe('the URL store against an imported edition (?year=2026)', () => {
  it('keeps it on reload', () => {
    const { store, state } = storeAt('?view=rankings&year=2026', WITH_IMPORT);
    expect(state().year).toBe(2026);
    expect(store.getSnapshot().invalid).toEqual([]);
  });

  it('keeps it on Back and Forward', () => {
    const { history, store, state } = storeAt('?view=rankings&year=2026', WITH_IMPORT);
    store.update({ view: 'trends' });
    expect(history.entries).toEqual(['?view=rankings&year=2026', '?view=trends&year=2026']);
    store.update({ year: 2018 });
    history.back();
    expect(state()).toMatchObject({ view: 'trends', year: 2026 });
    history.back();
    expect(state()).toMatchObject({ view: 'rankings', year: 2026 });
    history.forward();
    expect(state()).toMatchObject({ view: 'trends', year: 2026 });
    expect(store.getSnapshot().invalid).toEqual([]);
  });

  it('opens a saved view or a presenter slide with it, in the language on screen', () => {
    const { history, store, state } = storeAt('?lang=en', WITH_IMPORT);
    store.open('?view=map&year=2026&index=osi');
    expect(state()).toMatchObject({ view: 'map', year: 2026, index: 'osi', lang: 'en' });
    expect(store.getSnapshot().invalid).toEqual([]);
    expect(history.entries.at(-1)).toBe('?view=map&lang=en&year=2026&index=osi');
  });

  it('reports it when the import is gone', () => {
    const { store, state } = storeAt('?year=2026', WITH_IMPORT);
    store.setContext(SHIPPED);
    expect(state().year).toBeNull();
    expect(store.getSnapshot().invalid).toEqual(['year']);
  });
});

describe('the URL store: history entries', () => {
  it('adds one entry per change and none for a change to the same value', () => {
    const { history, store } = storeAt('');
    store.update({ index: 'osi' });
    store.update({ index: 'osi' });
    store.update({ view: 'rankings' });
    expect(history.entries).toEqual(['', '?index=osi', '?view=rankings&index=osi']);
  });

  it('typing in the search box replaces one entry instead of adding one per keystroke', () => {
    const { history, store } = storeAt('?view=rankings');
    for (const q of ['c', 'ch', 'chi', 'chin', 'china']) store.update({ q });
    expect(history.entries).toEqual(['?view=rankings', '?view=rankings&q=china']);
    store.update({ index: 'hci' });
    store.update({ q: 'japan' });
    expect(history.entries).toHaveLength(4);
  });

  it('a restoring change (replace) adds no entry', () => {
    const { history, store } = storeAt('?view=compare');
    store.update({ groups: 'x:CHN,JPN' }, { replace: true });
    expect(history.entries).toEqual(['?view=compare&groups=x%3ACHN%2CJPN']);
    expect(history.pushes).toBe(0);
  });
});

describe('the URL store before the imports are read', () => {
  it('fits a URL the shipped data can show, not one only an import can', () => {
    const at = (search: string) => new UrlStore(new FakeHistory(search), VIEW_PARAMS);
    expect(at('?view=rankings&year=2018').fits(SHIPPED)).toBe(true);
    expect(at('?view=rankings&year=2026').fits(SHIPPED)).toBe(false);
    expect(at('?view=rankings&year=2026').fits(WITH_IMPORT)).toBe(true);
  });

  it('reads the same context once: setting it again changes nothing', () => {
    const { store } = storeAt('?view=rankings');
    const before = store.getSnapshot();
    store.setContext(SHIPPED);
    expect(store.getSnapshot()).toBe(before);
  });
});
