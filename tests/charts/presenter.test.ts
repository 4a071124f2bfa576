import { describe, expect, it } from 'vitest';
import { PRESENTER, lastValueIndex, leadLineIndex, presenterOption } from '../../src/charts/presenter';
import { lineOverTime } from '../../src/charts/line-over-time';

const base = lineOverTime({
  series: [
    {
      name: 'China',
      points: [
        { year: 2003, value: 0.25 },
        { year: 2004, value: null },
      ],
      emphasis: true,
    },
    { name: 'World mean', points: [{ year: 2003, value: 0.5 }], dashed: true },
  ],
  yName: 'EGDI',
  decimals: 4,
  format: (v, d) => v.toFixed(d),
  missingLabel: 'not assessed',
});
const fmt = (v: number) => v.toFixed(2);

type Series = {
  lineStyle: { width: number; type: string };
  label: { show: boolean; formatter: (p: unknown) => string };
};

describe('presenterOption', () => {
  const out = presenterOption(base, fmt);
  const series = out.series as unknown as Series[];

  it('doubles line widths, never below the minimum, and keeps dashes', () => {
    // lineOverTime draws emphasised lines 3.5 px and others 2 px.
    expect(series.map((s) => s.lineStyle.width)).toEqual([7, PRESENTER.minLineWidth]);
    expect(series[1]?.lineStyle.type).toBe('dashed');
  });

  it('labels every value on the chart and leaves missing values unlabelled', () => {
    const label = series[0]?.label;
    expect(label?.show).toBe(true);
    expect(label?.formatter({ value: [2003, 0.25] })).toBe('0.25');
    expect(label?.formatter({ value: [2004, null] })).toBe('');
    expect(label?.formatter({ value: [2004, Number.NaN] })).toBe('');
  });

  it('writes no value labels on a map (areas outside the data would read NaN)', () => {
    const map = presenterOption(
      { series: [{ type: 'map', map: 'world', data: [{ name: 'CHN', value: 0.87 }] }] } as never,
      fmt,
    );
    const s = (map.series as unknown as { label?: { show?: boolean } }[])[0];
    expect(s?.label?.show).not.toBe(true);
  });

  it('labels every point of the emphasised line above it, and only the last value of the others', () => {
    expect((series[0]?.label as { position?: string }).position).toBe('top');
    const other = series[1]?.label as Series['label'] & { position?: string };
    expect(other.position).toBe('right');
    // World mean has one point (index 0), so that is its last value.
    expect(other.formatter({ value: [2003, 0.5], dataIndex: 0 })).toBe('0.50');
    expect(other.formatter({ value: [2004, 0.6], dataIndex: 1 })).toBe('');
    // China's last value (2003; 2004 is missing) is written right of its point, like the others' ends.
    expect((out.series as unknown as { data: unknown[] }[])[0]?.data).toEqual([
      { value: [2003, 0.25], label: { position: 'right' } },
      [2004, null],
    ]);
  });

  it('enlarges type on the axes and legend', () => {
    const y = out.yAxis as { axisLabel: { fontSize: number; formatter: unknown }; name: string };
    expect(y.axisLabel.fontSize).toBe(PRESENTER.axisFontSize);
    expect(typeof y.axisLabel.formatter).toBe('function');
    expect(y.name).toBe('EGDI');
    expect((out.legend as { textStyle: { fontSize: number } }).textStyle.fontSize).toBe(PRESENTER.fontSize);
  });

  it('does not change the option it is given', () => {
    expect((base.series as unknown as Series[])[0]?.lineStyle.width).toBe(3.5);
  });
});

describe('which line labels every point', () => {
  const line = (width?: number) => ({ type: 'line', ...(width ? { lineStyle: { width } } : {}) });
  it.each([
    ['one line: all lines label every point', [line(3.5)], -1],
    ['the widest line leads', [line(2), line(3.5), line(2)], 1],
    ['equal widths: the first line leads', [line(), line()], 0],
    ['bars do not count as lines', [{ type: 'bar' }, line(2)], -1],
  ])('%s', (_, list, expected) => {
    expect(leadLineIndex(list)).toBe(expected);
  });

  it.each([
    [
      'last number in [x, y] pairs',
      [
        [2003, 0.1],
        [2004, 0.2],
        [2005, null],
      ],
      1,
    ],
    ['plain values', [0.1, null, 0.3], 2],
    ['no values', [null, null], -1],
    ['not an array', undefined, -1],
  ])('lastValueIndex: %s', (_, data, expected) => {
    expect(lastValueIndex(data)).toBe(expected);
  });
});
