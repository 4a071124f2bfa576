/**
 * formatMetric: figures shown with the fraction digits the source wrote, formatted for
 * the UI language. Rows are hand-made; the numbers mean nothing beyond this test.
 */
import { describe, expect, it } from 'vitest';
import { formatMetric } from '../../src/components/metric-text';
import { loadMetricsCsv } from '../../src/core/load/metrics';
import { provinceGazetteer } from '../../src/core/load/provinces';
import { makeI18n } from '../../src/i18n/i18n-context';

const rows = loadMetricsCsv(
  `region_code,metric_id,value,unit,as_of
00,a,68.90,percent,2018-12
00,b,20400000,count,2020
00,c,"1,234.50",count,2020
00,d,0.7000,index,2020
`,
  { provinces: provinceGazetteer([]) },
).rows;

describe('formatMetric', () => {
  it.each([
    ['en', 'a', '68.90%'],
    ['zh', 'a', '68.90%'],
    ['en', 'b', '20,400,000'],
    ['en', 'c', '1,234.50'],
    ['en', 'd', '0.7000'],
  ] as const)('%s: %s as published -> %s', (lang, id, text) => {
    const row = rows.find((r) => r.metricId === id);
    expect(row).toBeDefined();
    if (row) expect(formatMetric(row, makeI18n(lang))).toBe(text);
  });

  it('without published decimals shows as many as the number needs', () => {
    expect(formatMetric({ value: 68.9, group: null, unit: 'percent' }, makeI18n('en'))).toBe('68.9%');
  });

  it('shows a group label in the UI language', () => {
    const group = { value: null, group: '非常高', unit: 'group' as const };
    expect(formatMetric(group, makeI18n('zh'))).toBe('非常高');
    expect(formatMetric(group, makeI18n('en'))).toBe('very high');
  });
});
