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
