import { describe, expect, it } from 'vitest';
import { loadMetricsCsv } from '../../src/core/load/metrics';
import { loadProvincesCsv, provinceGazetteer } from '../../src/core/load/provinces';
import { ISSUE_TEXT, issueText } from '../../src/i18n/issue-text';

describe('issueText', () => {
  it.each([
    [{ code: 'not-a-number', params: { value: 'high' } }, 'zh', '“high”不是数字。'],
    [{ code: 'not-a-number', params: { value: 'high' } }, 'en', '“high” is not a number.'],
    [
      { code: 'too-large', params: { size: 100, limit: 50 } },
      'en',
      'The file is 100 MB; the limit is 50 MB.',
    ],
    [{ code: 'empty-file' }, 'zh', '文件是空的。'],
  ] as const)('%j in %s', (issue, lang, text) => {
    expect(issueText(issue, lang)).toBe(text);
  });

  it('has a reason in both languages for every code, with the same placeholders', () => {
    for (const [code, { zh, en }] of Object.entries(ISSUE_TEXT)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(zh.length, code).toBeGreaterThan(3);
      expect(en.length, code).toBeGreaterThan(3);
      expect(names(zh), code).toEqual(names(en));
    }
  });
});

describe('missing columns are named as a person reads them', () => {
  it('translates the survey fields, keeps a file column name as it is', () => {
    const issue = { code: 'missing-column' as const, params: { columns: 'egdi, year, region_code' } };
    expect(issueText(issue, 'zh')).toBe(
      '缺少必需的列:EGDI(或任一指数:OSI、HCI、TII、EPI)、年份、region_code。',
    );
    expect(issueText(issue, 'en')).toBe(
      'Required column(s) missing: EGDI (or any index: OSI, HCI, TII, EPI), year, region_code.',
    );
  });
});

describe('the Provinces page import, worded in the UI language', () => {
  // Every problem a filled-in provincial table can have (hand-made rows), as the page says it.
  const gz = provinceGazetteer(
    loadProvincesCsv('code,name_zh,short_zh,name_en,row,col\n33,浙江省,浙江,Zhejiang,0,0\n').rows,
  );
  const text = [
    'region_code,metric_id,value,unit,as_of',
    '99,m,1,count,2020',
    '33,,1,count,2020',
    '33,m,,count,2020',
    '33,m,many,count,2020',
    '33,m,很高,group,2020',
    '33,m,1,furlongs,2020',
    '33,m,5%,count,2020',
    '33,m,1,count,late 2020',
    '33,unknown_metric,1,count,2020',
    '33,m,1,count,2021',
    '33,m,2,count,2021',
  ].join('\n');
  const { issues } = loadMetricsCsv(text, {
    provinces: gz,
    resolveMetric: (raw) => (raw === 'm' ? 'm' : null),
  });
  const missing = loadMetricsCsv('名称,数值\n浙江,1\n', { provinces: gz }).issues;

  it('has a reason for each, every placeholder filled, in Chinese for the Chinese UI', () => {
    const all = [...issues, ...missing];
    expect(new Set(all.map((i) => i.code)).size).toBeGreaterThanOrEqual(9);
    for (const i of all) {
      const zh = issueText(i, 'zh');
      expect(zh, i.message).not.toMatch(/\{\w+\}/);
      expect(zh, i.message).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, i.message).not.toMatch(/\b(Row|Missing|unknown|not a)\b/);
      expect(issueText(i, 'en'), i.message).not.toMatch(/\{\w+\}/);
    }
  });
});
