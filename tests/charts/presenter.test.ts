import { describe, expect, it } from 'vitest';
import { PRESENTER, presenterOption } from '../../src/charts/presenter';
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
