import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decomposeEgdi } from '../../../src/core/trends/decomposition';
import { expectCloseOrNull } from './fixture';

const r = (
  year: number,
  egdi: number | null,
  osi: number | null,
  hci: number | null,
  tii: number | null,
) => ({
  year,
  egdi,
  osi,
  hci,
  tii,
});

describe('EGDI change decomposition', () => {
  // [from, to, ΔEGDI, OSI part, HCI part, TII part, residual]
  const cases: [
    ReturnType<typeof r>,
    ReturnType<typeof r>,
    number | null,
    number | null,
    number | null,
    number | null,
    number | null,
  ][] = [
    // EGDI = mean: OSI 0.3→0.6 gives 0.1, TII 0.3→0.6 gives 0.1, HCI flat; residual 0
    [r(2018, 0.4, 0.3, 0.6, 0.3), r(2022, 0.6, 0.6, 0.6, 0.6), 0.2, 0.1, 0, 0.1, 0],
    // published EGDI 0.61 instead of 0.60: residual 0.01
    [r(2018, 0.4, 0.3, 0.6, 0.3), r(2022, 0.61, 0.6, 0.6, 0.6), 0.21, 0.1, 0, 0.1, 0.01],
    // HCI fell: 0.9 → 0.6 contributes −0.1
    [r(2020, 0.6, 0.6, 0.9, 0.3), r(2022, 0.6, 0.9, 0.6, 0.3), 0, 0.1, -0.1, 0, 0],
    // missing TII: its part and the residual are missing, the others are not
    [r(2018, 0.4, 0.3, 0.6, null), r(2022, 0.6, 0.6, 0.6, 0.6), 0.2, 0.1, 0, null, null],
    // missing EGDI: no change, no residual
    [r(2018, null, 0.3, 0.6, 0.3), r(2022, 0.6, 0.6, 0.6, 0.6), null, 0.1, 0, 0.1, null],
  ];
  it.each(cases)('%o → %o', (a, b, d, osi, hci, tii, residual) => {
    const got = decomposeEgdi(a, b);
    expectCloseOrNull(got.egdiChange, d);
    expectCloseOrNull(got.osi, osi);
    expectCloseOrNull(got.hci, hci);
    expectCloseOrNull(got.tii, tii);
    expectCloseOrNull(got.residual, residual);
    expect([got.fromYear, got.toYear]).toEqual([a.year, b.year]);
  });

  it('contributions sum to the change when the EGDI is the mean of its components', () => {
    const v = fc.double({ min: 0, max: 1, noNaN: true });
    const comp = fc.tuple(v, v, v);
    fc.assert(
      fc.property(comp, comp, ([o1, h1, t1], [o2, h2, t2]) => {
        const d = decomposeEgdi(
          r(2018, (o1 + h1 + t1) / 3, o1, h1, t1),
          r(2022, (o2 + h2 + t2) / 3, o2, h2, t2),
        );
        expect(d.residual).toBeCloseTo(0, 12);
        expect((d.osi ?? 0) + (d.hci ?? 0) + (d.tii ?? 0)).toBeCloseTo(d.egdiChange ?? Number.NaN, 12);
      }),
    );
  });
});
