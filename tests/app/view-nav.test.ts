import { describe, expect, it } from 'vitest';
import { fitItems } from '../../src/app/view-nav';

describe('fitItems (which views the header has room for)', () => {
  const widths = [50, 60, 70, 80];
  const total = 50 + 60 + 70 + 80 + 3 * 4;

  it('shows every view when they all fit', () => {
    expect(fitItems(widths, 2, total, 40)).toEqual([true, true, true, true]);
  });

  it('keeps the current view and fills the rest in order beside the More button', () => {
    // 40 (More) + 80 + 4 (current, last) + 50 + 4 = 178: the second view no longer fits.
    expect(fitItems(widths, 3, 180, 40)).toEqual([true, false, false, true]);
  });

  it('shows only the current view when nothing else fits', () => {
    expect(fitItems(widths, 1, 110, 40)).toEqual([false, true, false, false]);
  });
});
