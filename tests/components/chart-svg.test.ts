import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../src/components/export/run-export';
import { lineOverTime } from '../../src/charts/line-over-time';

const option = lineOverTime({
  series: [
    {
      name: '<img src=x onerror=alert(1)>',
      points: [
        { year: 2003, value: 0.5 },
        { year: 2004, value: 0.6 },
      ],
    },
  ],
  yName: 'EGDI',
  decimals: 4,
  format: (v, d) => v.toFixed(d),
  missingLabel: 'not assessed',
});

const svg = await chartSvg(option, [
  'Title 标题',
  'Source: UN E-Government Survey 2024, EGDI',
  '</text><script>x()</script>',
]);

describe('chartSvg (SVG export)', () => {
  it('is an SVG document of the export size', () => {
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="640"/);
  });

  it('carries the footer lines as text', () => {
    expect(svg).toContain('>Title 标题</text>');
    expect(svg).toContain('>Source: UN E-Government Survey 2024, EGDI</text>');
  });

  it('escapes untrusted names and footer text instead of writing markup', () => {
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
  });
});

// 12 names of 19 CJK characters and a number: 40 + 14 * 19 + 7 * (1 or 2) = 313-320 px each,
// 3 to a 1160 px row, so 4 rows.
const names = Array.from(
  { length: 12 },
  (_, i) => `${'省级平台网上办理事项比例'.repeat(2).slice(0, 19)}${i}`,
);
const wide = lineOverTime({
  series: names.map((name) => ({ name, points: [{ year: 2020, value: 0.5 }] })),
  yName: 'x',
  decimals: 2,
  format: (v, d) => v.toFixed(d),
  missingLabel: '',
});
const wideSvg = await chartSvg(wide, ['t']);

describe('chartSvg legend', () => {
  it('lists every series in the image (no scrolling legend)', () => {
    for (const n of names) expect(wideSvg).toContain(`>${n}</text>`);
  });

  it('grows the image by the extra legend rows (3 × 24 px)', () => {
    expect(wideSvg).toMatch(/^<svg [^>]*height="712"/);
  });
});
