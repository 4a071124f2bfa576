/** The Provinces metric picker's grouping, search and per-province figures, over hand-made rows. */
import { describe, expect, it } from 'vitest';
import { groupMetrics, latestFigures } from '../../src/features/provinces/metric-groups';
import { loadMetricsCsv } from '../../src/core/load/metrics';
import { loadProvincesCsv, provinceGazetteer } from '../../src/core/load/provinces';
import type { MetricUnit } from '../../src/core/load/metrics';

interface M {
  id: string;
  unit: MetricUnit;
  nameZh: string;
  nameEn: string;
}
const metrics: M[] = [
  { id: 'users', unit: 'count', nameZh: '注册用户数', nameEn: 'Registered users' },
  { id: 'tier', unit: 'group', nameZh: '能力分组', nameEn: 'Capability group' },
  { id: 'share', unit: 'percent', nameZh: '网办比例', nameEn: 'Share handled online' },
  { id: 'rank', unit: 'rank', nameZh: '总体排名', nameEn: 'Overall rank' },
  { id: 'apps', unit: 'count', nameZh: '移动端应用数', nameEn: 'Mobile apps' },
  { id: 'odd', unit: 'ratio', nameZh: '比率', nameEn: 'Odd ratio' },
];
const keys = (m: M) => m;
const shape = (groups: { unit: string; items: M[] }[]) =>
  groups.map((g) => [g.unit, g.items.map((m) => m.id)]);

describe('groupMetrics', () => {
  it('groups by unit, assessments first, in the given order within a group', () => {
    expect(shape(groupMetrics(metrics, '', keys))).toEqual([
      ['group', ['tier']],
      ['rank', ['rank']],
      ['percent', ['share']],
      ['ratio', ['odd']],
      ['count', ['users', 'apps']],
    ]);
  });

  it.each<[string, (string | string[])[][]]>([
    ['用户', [['count', ['users']]]],
    ['RANK', [['rank', ['rank']]]],
    ['online', [['percent', ['share']]]],
    ['数', [['count', ['users', 'apps']]]],
    ['nothing', []],
  ])('"%s" keeps only matching metrics and drops empty groups', (q, want) => {
    expect(shape(groupMetrics(metrics, q, keys))).toEqual(want);
  });

  it("puts metrics with the open province's figure first within their group", () => {
    const groups = groupMetrics(metrics, '', keys, (m) => m.id === 'apps');
    expect(groups.find((g) => g.unit === 'count')?.items.map((m) => m.id)).toEqual(['apps', 'users']);
    // Groups keep their order: a figure does not move a group.
    expect(groups.map((g) => g.unit)).toEqual(['group', 'rank', 'percent', 'ratio', 'count']);
  });
});

describe('latestFigures', () => {
  const gz = provinceGazetteer(
    loadProvincesCsv(`code,name_zh,short_zh,name_en,row,col
31,上海市,上海,Shanghai,0,0
33,浙江省,浙江,Zhejiang,0,1
`).rows,
  );
  const rows = loadMetricsCsv(
    `region_code,metric_id,value,unit,as_of,scope
31,users,100,count,2018,s
31,users,250,count,2020-06,s
31,users,180,count,2019,s
33,users,999,count,2021,s
31,share,12.5,percent,,s
31,apps,7,count,,s
31,apps,9,count,2017,s
`,
    { provinces: gz },
  ).rows;

  it("keeps each metric's latest dated row for the province; undated only when alone", () => {
    const f = latestFigures(rows, '31');
    expect(f.get('users')?.value).toBe(250);
    expect(f.get('share')?.value).toBe(12.5);
    expect(f.get('apps')?.value).toBe(9);
    expect(f.has('rank')).toBe(false);
  });

  it('a province without rows has no figures (not zeros)', () => {
    expect(latestFigures(rows, '11').size).toBe(0);
    expect(latestFigures(rows, '33').get('users')?.value).toBe(999);
  });
});
