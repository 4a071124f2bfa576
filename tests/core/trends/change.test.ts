import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  absoluteChange,
  annualizedChange,
  compoundAnnualRate,
  relativeChange,
  summarizeChange,
} from '../../../src/core/trends/change';
import { expectCloseOrNull } from './fixture';

describe('change between two editions', () => {
  // [from, to, absolute, relative, per year, compound]
  const cases: [
    { year: number; value: number | null },
    { year: number; value: number | null },
    number | null,
    number | null,
    number | null,
    number | null,
  ][] = [
    // 2008 → 2010 is two years: 0.1 / 2 per year; (0.5/0.4)^(1/2) − 1
    [{ year: 2008, value: 0.4 }, { year: 2010, value: 0.5 }, 0.1, 0.25, 0.05, Math.sqrt(1.25) - 1],
    // 2005 → 2008 is three years (uneven spacing)
    [{ year: 2005, value: 0.6 }, { year: 2008, value: 0.3 }, -0.3, -0.5, -0.1, Math.cbrt(0.5) - 1],
    // one-year step 2003 → 2004
    [{ year: 2003, value: 0.2 }, { year: 2004, value: 0.2 }, 0, 0, 0, 0],
    // missing stays missing
    [{ year: 2018, value: null }, { year: 2020, value: 0.5 }, null, null, null, null],
    [{ year: 2018, value: 0.5 }, { year: 2020, value: null }, null, null, null, null],
    // from zero: absolute and per-year exist, relative and compound do not
    [{ year: 2010, value: 0 }, { year: 2014, value: 0.2 }, 0.2, null, 0.05, null],
    // same year: no rate
    [{ year: 2010, value: 0.3 }, { year: 2010, value: 0.4 }, 0.1, 1 / 3, null, null],
  ];
  it.each(cases)('%o → %o', (a, b, abs, rel, perYear, compound) => {
    const s = summarizeChange(a, b);
    expectCloseOrNull(s.absolute, abs);
    expectCloseOrNull(s.relative, rel);
    expectCloseOrNull(s.perYear, perYear);
    expectCloseOrNull(s.compound, compound);
  });

  const edition = fc.constantFrom(2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024);
  const value = fc.double({ min: 0.001, max: 1, noNaN: true });

  it('annualized change equals the simple change divided by the years between editions', () => {
    fc.assert(
      fc.property(edition, edition, value, value, (y1, y2, v1, v2) => {
        fc.pre(y1 !== y2);
        const a = { year: y1, value: v1 };
        const b = { year: y2, value: v2 };
        expect(annualizedChange(a, b)).toBeCloseTo((absoluteChange(v1, v2) ?? Number.NaN) / (y2 - y1), 12);
      }),
    );
  });

  it('the compound rate applied over the years reproduces the later value', () => {
    fc.assert(
      fc.property(edition, edition, value, value, (y1, y2, v1, v2) => {
        fc.pre(y1 < y2);
        const r = compoundAnnualRate({ year: y1, value: v1 }, { year: y2, value: v2 });
        expect(v1 * (1 + (r ?? Number.NaN)) ** (y2 - y1)).toBeCloseTo(v2, 9);
      }),
    );
  });

  it('relative change times the start value is the absolute change', () => {
    fc.assert(
      fc.property(value, value, (v1, v2) => {
        expect((relativeChange(v1, v2) ?? Number.NaN) * v1).toBeCloseTo(
          absoluteChange(v1, v2) ?? Number.NaN,
          12,
        );
      }),
    );
  });
});
