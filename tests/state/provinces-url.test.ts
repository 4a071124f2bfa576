import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseViewState, serializeViewState } from '../../src/state/view-state';
import type { ViewState } from '../../src/state/view-state';

const parse = (search: string) => parseViewState(search, [2018, 2020], () => true);

describe('Provinces view state in the URL (metric, cnYear, province)', () => {
  it.each<[string, Partial<ViewState>, string]>([
    [
      'a metric, a year and an open province',
      { view: 'provinces', metric: 'e_licence_types', cnYear: 2021, province: '51' },
      '?view=provinces&metric=e_licence_types&cnYear=2021&province=51',
    ],
    ['only the open province', { view: 'provinces', province: '33' }, '?view=provinces&province=33'],
  ])('%s round-trips', (_name, patch, query) => {
    const state = { ...DEFAULT_STATE, ...patch };
    expect(serializeViewState(state)).toBe(query);
    expect(parse(query)).toEqual({ state, invalid: [] });
  });

  it.each([
    ['?metric=<script>', 'metric', { metric: '' }],
    ['?cnYear=20xx', 'cnYear', { cnYear: null }],
    ['?province=330000', 'province', { province: '' }],
  ])('%s is refused and reported', (query, key, fallback) => {
    const { state, invalid } = parse(query);
    expect(invalid).toEqual([key]);
    expect(state).toEqual({ ...DEFAULT_STATE, ...fallback });
  });
});
