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

describe('chartSvg (SVG export)', () => {
  const svg = chartSvg(option, [
    'Title 标题',
    'Source: UN E-Government Survey 2024, EGDI',
    '</text><script>x()</script>',
  ]);

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
