import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bilingualHalf } from '../../src/core/load/bilingual-text';
import { loadMetricCatalogueCsv } from '../../src/core/load/metric-catalogue';

describe('bilingualHalf', () => {
  const cases: [string, string, string, string][] = [
    ['one pair', '省级排名。 / Provincial rank.', '省级排名。', 'Provincial rank.'],
    [
      'a pair and a bilingual note',
      '用户数。 / Users. (原文为下限:超过/余/多) / Lower bound: “more than”.',
      '用户数。 (原文为下限:超过/余/多)',
      'Users. Lower bound: “more than”.',
    ],
    [
      'a full-width parenthesis',
      '比例(%)。 / Share (%). （一行为约数） / One row is approximate.',
      '比例(%)。 （一行为约数）',
      'Share (%). One row is approximate.',
    ],
    ['no separator: the whole text', '只有中文', '只有中文', '只有中文'],
    ['a slash without spaces is not a separator', '超过/余/多', '超过/余/多', '超过/余/多'],
    ['three parts without a parenthesis: the whole text', 'a / b / c', 'a / b / c', 'a / b / c'],
  ];
  it.each(cases)('%s', (_name, text, zh, en) => {
    expect(bilingualHalf(text, 'zh')).toBe(zh);
    expect(bilingualHalf(text, 'en')).toBe(en);
  });

  it('splits every shipped catalogue definition into a Chinese half and an English half', () => {
    const text = readFileSync(new URL('../../data/cn/metric-catalogue.csv', import.meta.url), 'utf8');
    const defs = loadMetricCatalogueCsv(text).rows.filter((d) => d.definition.includes(' / '));
    expect(defs.length).toBeGreaterThan(0);
    for (const { id, definition } of defs) {
      const zh = bilingualHalf(definition, 'zh');
      const en = bilingualHalf(definition, 'en');
      // No English sentence in the Chinese half, no run of Chinese text in the English half.
      expect([id, zh]).not.toEqual([id, expect.stringMatching(/[A-Za-z]{3,} [A-Za-z]{3,}/)]);
      expect([id, en]).not.toEqual([id, expect.stringMatching(/[\u4e00-\u9fff]{4,}/u)]);
      expect(zh.length + en.length).toBeGreaterThan(definition.length - 3 * definition.split(' / ').length);
    }
  });
});
