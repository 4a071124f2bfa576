import { describe, expect, it } from 'vitest';
import { withoutEdition } from '../../src/features/milestones/series-title';

describe('withoutEdition', () => {
  const cases: [string, string][] = [
    ['指数“高”的省级政府数(报告2017版) · 全国(省级汇总)', '指数“高”的省级政府数 · 全国(省级汇总)'],
    ['指数平均值\uff08报告2020版\uff09', '指数平均值'],
    ['连续居全国第一的年数(截至报告2021版)', '连续居全国第一的年数'],
    [
      '联合国电子政务发展指数全球排名 · 全国(联合国电子政务调查)',
      '联合国电子政务发展指数全球排名 · 全国(联合国电子政务调查)',
    ],
    ['Provinces in the “high” group (CPS) · 全国', 'Provinces in the “high” group (CPS) · 全国'],
    ['排名(报告版本)', '排名(报告版本)'],
  ];
  it.each(cases)('%s', (name, expected) => {
    expect(withoutEdition(name)).toBe(expected);
  });
});
