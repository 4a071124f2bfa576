import { describe, expect, it } from 'vitest';
import { boxplotByGroup } from '../../src/charts/boxplot-by-group';
import { choropleth } from '../../src/charts/choropleth';
import { dumbbell } from '../../src/charts/dumbbell';
import { rankedBar } from '../../src/charts/ranked-bar';
import { scatterGroups } from '../../src/charts/scatter-groups';
import { slopeChart } from '../../src/charts/slope-chart';
import { waterfall } from '../../src/charts/waterfall';
import type { ChartOption } from '../../src/charts/types';

const EVIL = '<img src=x onerror=alert(1)>';
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';
const format = (v: number, d: number) => v.toFixed(d);

/** Calls the option's tooltip formatter as ECharts would for one item. */
function tooltip(option: ChartOption, params: Record<string, unknown>): string {
  const tip = option.tooltip as { formatter: (p: unknown) => string };
  return tip.formatter(params);
}

function seriesData(option: ChartOption, i = 0): unknown[] {
  const series = option.series as { data: unknown[] }[];
  return series[i]?.data ?? [];
}

describe('tooltips escape every name', () => {
  const cases: [string, ChartOption, Record<string, unknown>][] = [
    [
      'ranked bar',
      rankedBar({
        items: [{ name: EVIL, value: 0.1, detail: [EVIL] }],
        valueName: EVIL,
        decimals: 4,
        format,
        missingLabel: '—',
      }),
      { dataIndex: 0 },
    ],
    [
      'slope chart',
      slopeChart({
        fromLabel: EVIL,
        toLabel: '2024',
        lines: [{ name: EVIL, from: 0.1, to: 0.2 }],
        yName: 'OSI',
        format,
        missingLabel: '—',
      }),
      { seriesIndex: 0 },
    ],
    [
      'dumbbell',
      dumbbell({
        rows: [{ label: EVIL, value: 0.6, target: 0.75 }],
        valueName: EVIL,
        targetName: EVIL,
        format,
        gapLabel: 'gap',
        missingLabel: '—',
      }),
      { seriesIndex: 0 },
    ],
    [
      'waterfall',
      waterfall({ steps: [{ label: EVIL, value: 0.5, total: true }], format, missingLabel: '—' }),
      { dataIndex: 0 },
    ],
    [
      'choropleth',
      choropleth({
        mapName: 'm',
        values: new Map([['AAA', 0.5]]),
        names: new Map([['AAA', EVIL]]),
        bands: [],
        seriesName: EVIL,
        format,
        missingLabel: '—',
        notCoveredLabel: EVIL,
      }),
      { name: 'AAA' },
    ],
    [
      'boxplot',
      boxplotByGroup({
        groups: [{ name: EVIL, min: 0, q1: 0.1, median: 0.2, q3: 0.3, max: 0.4, count: 5 }],
        yName: 'OSI',
        format,
        labels: { min: EVIL, q1: 'q1', median: 'm', q3: 'q3', max: 'max', count: 'n' },
      }),
      { dataIndex: 0 },
    ],
    [
      'scatter',
      scatterGroups({
        groups: [
          {
            name: 'Asia',
            color: '#000',
            symbol: 'circle',
            points: [{ id: 'AAA', name: EVIL, x: 0.1, y: 0.2 }],
          },
        ],
        xName: EVIL,
        yName: 'HCI',
        format,
      }),
      { seriesIndex: 0, dataIndex: 0 },
    ],
  ];
  it.each(cases)('%s', (_name, option, params) => {
    const html = tooltip(option, params);
    expect(html).toContain(ESCAPED);
    expect(html).not.toContain('<img');
  });

  it('choropleth names map areas outside the survey as not covered (escaped)', () => {
    const option = cases[4]?.[1];
    if (!option) throw new Error('no case');
    expect(tooltip(option, { name: 'GRL' })).toBe(ESCAPED);
  });
});

describe('missing values are not drawn as zero', () => {
  it('choropleth leaves unassessed countries out of the data (grey), not at 0', () => {
    const option = choropleth({
      mapName: 'm',
      values: new Map<string, number | null>([
        ['AAA', 0.5],
        ['BBB', null],
      ]),
      names: new Map([
        ['AAA', 'A'],
        ['BBB', 'B'],
      ]),
      bands: [],
      seriesName: 'OSI',
      format,
      missingLabel: 'not assessed',
      notCoveredLabel: '',
    });
    expect(seriesData(option)).toEqual([{ name: 'AAA', value: 0.5 }]);
    expect(tooltip(option, { name: 'BBB' })).toBe('B<br/>OSI: not assessed');
  });

  it('a box plot group with nothing assessed has no box', () => {
    const option = boxplotByGroup({
      groups: [{ name: 'X', min: null, q1: null, median: null, q3: null, max: null, count: 0 }],
      yName: 'OSI',
      format,
      labels: { min: '', q1: '', median: '', q3: '', max: '', count: '' },
    });
    expect(seriesData(option)).toEqual([[]]);
  });

  it('a dumbbell row with a missing value draws only the target', () => {
    const option = dumbbell({
      rows: [{ label: 'L', value: null, target: 0.75 }],
      valueName: 'v',
      targetName: 't',
      format,
      gapLabel: 'g',
      missingLabel: '—',
    });
    expect(seriesData(option)).toHaveLength(1);
  });
});

describe('waterfall geometry', () => {
  // 0.60 → +0.05 → −0.02 → missing → 0.63: floating bars start at the running level.
  const option = waterfall({
    steps: [
      { label: 'start', value: 0.6, total: true },
      { label: 'up', value: 0.05 },
      { label: 'down', value: -0.02 },
      { label: 'gap', value: null },
      { label: 'end', value: 0.63, total: true },
    ],
    format,
    missingLabel: 'n/a',
  });
  it('invisible bases carry each change from the running level', () => {
    const items = seriesData(option, 0) as { value: number | null; label: { show: boolean } }[];
    expect(items.every((b) => !b.label.show)).toBe(true);
    const base = items.map((b) => b.value);
    expect(base[0]).toBe(0);
    expect(base[1]).toBeCloseTo(0.6, 12);
    // the fall hangs from 0.65 down to 0.63
    expect(base[2]).toBeCloseTo(0.63, 12);
    expect(base[3]).toBe('-'); // ECharts' missing value
    expect(base[4]).toBe(0);
  });
  it('bars are the sizes of the changes, falls coloured apart', () => {
    const bars = seriesData(option, 1) as { value: number | null; itemStyle: { color: string } }[];
    expect(bars.map((b) => b.value)).toEqual([0.6, 0.05, 0.02, '-', 0.63]);
    expect(bars[1]?.itemStyle.color).not.toBe(bars[2]?.itemStyle.color);
  });
  it('the axis starts just below the lowest level, on a 0.05 step', () => {
    expect((option.yAxis as { min: number }).min).toBeCloseTo(0.55, 12);
  });
});
