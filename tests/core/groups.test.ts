import { describe, expect, it } from 'vitest';
import { EGDI_GROUPS, egdiGroup, VERY_HIGH_THRESHOLD } from '../../src/core/indicators/groups';
import type { EgdiGroup } from '../../src/core/indicators/groups';

describe('egdiGroup', () => {
  it.each<[number | null, EgdiGroup | null]>([
    [1, 'very-high'],
    [0.75001, 'very-high'],
    [0.75, 'high'],
    [0.6, 'high'],
    [0.5, 'high'],
    [0.49999, 'middle'],
    [0.25, 'middle'],
    [0.24999, 'low'],
    [0, 'low'],
    [null, null],
    [Number.NaN, null],
  ])('%s -> %s', (value, group) => {
    expect(egdiGroup(value)).toBe(group);
  });

  it('Very High is strictly above the threshold 0.75', () => {
    expect(VERY_HIGH_THRESHOLD).toBe(0.75);
    expect(egdiGroup(VERY_HIGH_THRESHOLD)).toBe('high');
  });

  it('lists the four groups from highest to lowest', () => {
    expect(EGDI_GROUPS).toEqual(['very-high', 'high', 'middle', 'low']);
  });
});
