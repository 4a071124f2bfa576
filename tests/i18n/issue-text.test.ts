import { describe, expect, it } from 'vitest';
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
