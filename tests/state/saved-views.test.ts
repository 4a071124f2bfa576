import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  MAX_SAVED_VIEWS,
  SAVED_VIEWS_FORMAT,
  moveView,
  parseSavedViews,
  serializeSavedViews,
} from '../../src/state/saved-views';
import type { SavedView } from '../../src/state/saved-views';
import { allCodecs } from '../../src/state/url/url-state';
import { VIEW_PARAMS } from '../../src/app/views';

/** The URL parameter names of the real view registry. */
const KNOWN = new Set(allCodecs(VIEW_PARAMS).keys());

const deck: SavedView[] = [
  { name: '中国总览', query: '' },
  { name: 'Asia OSI 2018', query: '?view=rankings&year=2018&index=osi&rule=dense&region=Asia' },
];
const file = (body: unknown) => JSON.stringify(body);
const wrap = (views: unknown) => file({ format: SAVED_VIEWS_FORMAT, version: 1, views });

describe('saved views file', () => {
  it('round-trips through serializeSavedViews / parseSavedViews', () => {
    expect(parseSavedViews(serializeSavedViews(deck), KNOWN)).toEqual({ ok: true, views: deck });
  });

  it('trims names', () => {
    expect(parseSavedViews(wrap([{ name: '  A  ', query: '' }]), KNOWN)).toEqual({
      ok: true,
      views: [{ name: 'A', query: '' }],
    });
  });

  it.each([
    ['not JSON', '{views: []', { code: 'not-json' }],
    ['a JSON array', '[]', { code: 'not-a-deck' }],
    ['another format', file({ format: 'x', version: 1, views: [] }), { code: 'not-a-deck' }],
    [
      'an extra top-level key',
      file({ format: SAVED_VIEWS_FORMAT, version: 1, views: [], x: 1 }),
      { code: 'not-a-deck' },
    ],
    [
      'views not an array',
      file({ format: SAVED_VIEWS_FORMAT, version: 1, views: {} }),
      { code: 'not-a-deck' },
    ],
    [
      'a future version',
      file({ format: SAVED_VIEWS_FORMAT, version: 2, views: [] }),
      { code: 'version', version: '2' },
    ],
    ['an entry that is a string', wrap(['?view=rankings']), { code: 'bad-entry', entry: 1, reason: 'shape' }],
    [
      'an entry with an extra key',
      wrap([{ name: 'a', query: '', html: '<b>' }]),
      { code: 'bad-entry', entry: 1, reason: 'shape' },
    ],
    [
      'an empty name',
      wrap([...deck, { name: '  ', query: '' }]),
      { code: 'bad-entry', entry: 3, reason: 'name' },
    ],
    [
      'a name that is a number',
      wrap([{ name: 5, query: '' }]),
      { code: 'bad-entry', entry: 1, reason: 'name' },
    ],
    [
      'a name over 80 characters',
      wrap([{ name: 'x'.repeat(81), query: '' }]),
      { code: 'bad-entry', entry: 1, reason: 'name' },
    ],
    [
      'a query that is a full URL',
      wrap([{ name: 'a', query: 'https://evil.example/?view=china' }]),
      { code: 'bad-entry', entry: 1, reason: 'query' },
    ],
    [
      'a query with an unknown parameter',
      wrap([{ name: 'a', query: '?view=china&redirect=x' }]),
      { code: 'bad-entry', entry: 1, reason: 'query' },
    ],
    [
      'too many views',
      wrap(Array.from({ length: MAX_SAVED_VIEWS + 1 }, () => deck[0])),
      { code: 'too-many', max: MAX_SAVED_VIEWS },
    ],
    ['a file over the size limit', ' '.repeat(MAX_FILE_BYTES + 1), { code: 'too-large' }],
  ])('refuses %s', (_name, text, error) => {
    expect(parseSavedViews(text, KNOWN)).toEqual({ ok: false, error });
  });
});

describe('moveView', () => {
  it.each([
    [['a', 'b', 'c'], 1, -1, ['b', 'a', 'c']],
    [['a', 'b', 'c'], 1, 1, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 2, 1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 5, -1, ['a', 'b', 'c']],
  ])('%j moving index %i by %i gives %j', (list, index, delta, expected) => {
    expect(moveView(list, index, delta)).toEqual(expected);
  });
});
