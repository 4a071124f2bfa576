import { describe, expect, it } from 'vitest';
import { datedLines, listLegendHeight } from '../../src/charts/dated-lines';

const series = (name: string) => ({ name, points: [{ date: '2020-07-01', value: 1 }] });
const input = (listLegend?: boolean) => ({
  panels: [{ series: [series('a'), series('b'), series('c')], yName: 'y', decimals: 0 }],
  format: (v: number) => String(v),
  height: 400,
  ...(listLegend === undefined ? {} : { listLegend }),
});

describe('datedLines legend', () => {
  it('pages the legend by default', () => {
    expect(datedLines(input()).legend).toMatchObject({ type: 'scroll' });
  });

  it('with listLegend, lists every series (no pages) and moves the panels below the list', () => {
    const plain = datedLines(input());
    const listed = datedLines(input(true));
    expect(listed.legend).toMatchObject({ type: 'plain', orient: 'vertical', show: true });
    const top = (o: typeof plain) => (o.grid as { top: number }[])[0]?.top ?? 0;
    expect(top(listed) - top(plain)).toBe(listLegendHeight(3));
    expect(listLegendHeight(3)).toBeGreaterThan(0);
    expect(listLegendHeight(1)).toBe(0);
  });
});
