import { describe, expect, it } from 'vitest';
import { neutralizeCell, toCsv } from '../../../src/core/export/csv';

describe('neutralizeCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+cmd', `'+cmd`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['China', 'China'],
    ['中国', '中国'],
    ['a=b', 'a=b'],
    ['', ''],
    [-0.5, '-0.5'],
    [0.87184, '0.87184'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
  ])('%j → %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('neutralises, quotes and ends lines with CRLF', () => {
    const csv = toCsv([
      ['name', 'egdi'],
      ['=1+1', 0.5],
      ['Korea, Republic of', null],
      ['say "hi"', -0.1],
    ]);
    expect(csv).toBe(`name,egdi\r\n'=1+1,0.5\r\n"Korea, Republic of",\r\n"say ""hi""",-0.1\r\n`);
  });

  it('starts with a BOM when asked', () => {
    expect(toCsv([['中国']], { bom: true })).toBe('\uFEFF中国\r\n');
    expect(toCsv([['中国']])).toBe('中国\r\n');
  });
});
