import { describe, expect, it } from 'vitest';
import { rankingBars } from '../../src/charts/ranking-bars';
import type { ChartOption } from '../../src/charts/types';

// Stated ranks with a tie (two sources say "joint first") and a gap (no rank 2 retrieved).
const STATED = [
  { name: 'A', value: 1, rank: 1 },
  { name: 'B', value: 1, rank: 1 },
  { name: 'C', value: 3, rank: 3 },
  { name: 'D', value: 7, rank: 7 },
];

interface Series {
  type: string;
  data: number[];
}
const series = (o: ChartOption) => (o.series as Series[])[0];
const categories = (o: ChartOption) => (o.yAxis as { data: string[] }).data;
const xAxis = (o: ChartOption) =>
  o.xAxis as { min?: number; inverse?: boolean; axisLabel?: { formatter: (v: number) => string } };

describe('rankingBars', () => {
  const base = { valueName: 'rank', format: (v: number) => String(v), rankLabel: (r: number) => `#${r}` };

  it('higher is better: bars whose length is the value, best on top', () => {
    const o = rankingBars({
      ...base,
      bars: [
        { name: 'A', value: 90, rank: 1 },
        { name: 'B', value: 60, rank: 2 },
      ],
    });
    expect(series(o)?.type).toBe('bar');
    // ECharts draws the first category at the bottom: the best is last in the data.
    expect(categories(o)).toEqual(['2. B', '1. A']);
    expect(series(o)?.data).toEqual([60, 90]);
  });

  it('lower is better (ranks): no bar lengths, dots on an axis with the best at the left, best on top', () => {
    const o = rankingBars({ ...base, bars: STATED, lowerIsBetter: true });
    const s = series(o);
    // A bar would give rank 1 the shortest bar: the value is drawn as a position instead.
    expect(s?.type).toBe('scatter');
    expect(categories(o)).toEqual(['7. D', '3. C', '1. B', '1. A']);
    expect(s?.data).toEqual([7, 3, 1, 1]);
    // The axis runs from the left edge upwards (not inverted), so 1 is the leftmost value.
    expect(xAxis(o).inverse).toBeUndefined();
    expect(xAxis(o).min).toBe(0);
    expect(xAxis(o).axisLabel?.formatter(0)).toBe('');
    expect(xAxis(o).axisLabel?.formatter(1)).toBe('1');
  });

  it('labels each mark with the value and keeps the stated tie in the tooltip', () => {
    const o = rankingBars({ ...base, bars: STATED, lowerIsBetter: true });
    const s = (o.series as { label: { formatter: (p: { value: unknown }) => string } }[])[0];
    expect(s?.label.formatter({ value: 3 })).toBe('3');
    const tip = (o.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: 2 });
    expect(tip).toBe('B<br/>1<br/>#1');
  });
});
