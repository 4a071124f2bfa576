/**
 * The Provinces page's key findings over hand-made rows (every value invented here): the
 * leader(s) and the open province's standing for a numeric metric, ranks as stated for a
 * rank metric, group counts for a group metric, a missing figure said to be missing, and
 * each finding citing the publications of its rows; then the sentences in both languages
 * and the references the Cite dialog makes of them.
 */
import { describe, expect, it } from 'vitest';
import { buildCitation } from '../../../src/core/citation';
import type { Citation } from '../../../src/core/citation';
import { references } from '../../../src/core/cite/cite';
import { provincesFindings } from '../../../src/core/findings/provinces';
import type { Finding } from '../../../src/core/findings/types';
import type { MetricDef } from '../../../src/core/load/metric-catalogue';
import { loadMetricsCsv } from '../../../src/core/load/metrics';
import { loadProvincesCsv, provinceGazetteer } from '../../../src/core/load/provinces';
import { findingText, sourcesText } from '../../../src/i18n/finding-text';
import { keyFigures } from '../../../src/i18n/key-figures';

const provinces = loadProvincesCsv(`code,name_zh,short_zh,name_en,row,col
11,北京市,北京,Beijing,0,0
31,上海市,上海,Shanghai,0,1
33,浙江省,浙江,Zhejiang,1,1
44,广东省,广东,Guangdong,2,0
`).rows;
const gz = provinceGazetteer(provinces);
const rows = loadMetricsCsv(
  `region_code,metric_id,value,unit,as_of,scope,citation
33,idx,96.73,index,2020,省级,r1
44,idx,96.73,index,2020,省级,r1
11,idx,91.33,index,2020,省级,r2
31,idx,90.50,index,2019,省级,r1
33,rk,1,rank,2020,省级,r1
44,rk,1,rank,2020,省级,r1
11,rk,4,rank,2020,省级,r1
33,grp,非常高,group,2020,省级,r1
44,grp,非常高,group,2020,省级,r1
11,grp,高,group,2020,省级,r2
`,
  { provinces: gz },
).rows;

const report: Citation = buildCitation({
  publisher: '某研究中心',
  title: '省级政府网上政务服务能力调查评估报告(2020)',
  published: '2020-05',
  source: 'http://example.org/r1',
  sourceKind: 'copy',
});
const untraced: Citation = buildCitation({
  source: 'http://example.org/r2',
  sourceKind: 'copy',
  untraced: 'yes',
});
const citations = new Map([
  ['r1', report],
  ['r2', untraced],
]);
const def = (id: string, unit: MetricDef['unit'], higherIsBetter: boolean | null): MetricDef => ({
  id,
  nameZh: `指标${id}`,
  nameEn: `Metric ${id}`,
  unit,
  higherIsBetter,
  scope: 'provincial',
  definitionZh: '',
  definitionEn: '',
});
const IDX = def('idx', 'index', true);
const RK = def('rk', 'rank', false);
const GRP = def('grp', 'group', null);

const run = (d: MetricDef, year: number | null, province: string | null) =>
  provincesFindings({ rows, def: d, year, province, provinces, citations });
const kinds = (f: Finding[]) => f.map((x) => x.kind);

describe('provincesFindings', () => {
  it('names the tied leaders and the open province with its competition rank', () => {
    const f = run(IDX, 2020, '11');
    expect(kinds(f)).toEqual(['province-leader', 'province-standing']);
    const [lead, own] = f;
    expect(lead?.kind === 'province-leader' && lead.params.leaders.map((p) => p.code)).toEqual(['33', '44']);
    expect(lead?.kind === 'province-leader' && lead.params.assessed).toBe(3);
    // Two provinces share rank 1, so Beijing is 3rd (1-1-3), not 2nd.
    expect(own?.kind === 'province-standing' && [own.params.rank, own.params.tiedWith]).toEqual([3, 0]);
    expect(own?.sources).toEqual([{ kind: 'cn-citation', key: 'r2', citation: untraced }]);
  });

  it('keeps the ranks a rank metric states, without a count of its own', () => {
    const own = run(RK, 2020, '33').find((x) => x.kind === 'province-standing');
    expect(own?.kind === 'province-standing' && own.params).toMatchObject({
      rank: 1,
      tiedWith: 1,
      rule: 'as-stated',
    });
    const beijing = run(RK, 2020, '11').find((x) => x.kind === 'province-standing') as Finding;
    expect(findingText(beijing, 'en')).toBe(
      'Beijing: rank 4 on “Metric rk” in 2020, as the source states it.',
    );
    expect(keyFigures([beijing], 'zh').at(-1)?.value).toBe('第 4');
  });

  it('names no first place when the best rank a source states is not 1', () => {
    const only = rows.filter((r) => !(r.metricId === 'rk' && r.value === 1));
    const f = provincesFindings({ rows: only, def: RK, year: 2020, province: null, provinces, citations });
    expect(f).toEqual([]);
  });

  it('counts the provinces in each group, in the series’ group order', () => {
    const [groups, own] = run(GRP, 2020, '11');
    expect(groups?.kind === 'province-groups' && groups.params.counts).toEqual([
      { group: '非常高', count: 2 },
      { group: '高', count: 1 },
    ]);
    expect(own?.kind === 'province-group' && own.params.group).toBe('高');
  });

  it('says an open province without a figure has none, and finds nothing without a year', () => {
    expect(kinds(run(IDX, 2019, '11'))).toEqual(['province-leader', 'province-missing']);
    expect(run(IDX, null, '11')).toEqual([]);
    expect(run(undefined as unknown as MetricDef, 2020, null)).toEqual([]);
  });
});

describe('province findings as text', () => {
  const f = run(IDX, 2020, '11');
  it.each([
    [
      'zh',
      [
        '浙江省、广东省',
        '96.73',
        '3 个省份',
        '北京市',
        '第 3 位',
        '1-2-2-4',
        '某研究中心 《省级政府网上政务服务能力调查评估报告(2020)》',
      ],
    ],
    [
      'en',
      [
        'Zhejiang and Guangdong',
        '96.73',
        'provinces with a figure: 3',
        'Beijing',
        'rank 3',
        '1-2-2-4',
        '省级政府网上政务服务能力调查评估报告(2020)',
      ],
    ],
  ] as const)('in %s names the provinces, the figures, the rule and the report', (lang, parts) => {
    const text = f.map((x) => `${findingText(x, lang)} ${sourcesText(x.sources, lang)}`).join(' ');
    for (const p of parts) expect(text).toContain(p);
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it('says a missing figure is missing, never zero', () => {
    const miss = run(IDX, 2019, '11').at(-1) as Finding;
    expect(findingText(miss, 'zh')).toContain('没有');
    expect(findingText(miss, 'en')).toContain('has no figure');
    expect(findingText(miss, 'en')).not.toMatch(/\b0\b/);
  });

  it('gives key figures of the leader and the open province', () => {
    expect(keyFigures(f, 'en').map((k) => k.value)).toEqual(['Zhejiang and 1 more', '91.33', '3 of 3']);
  });

  it('cites the report by its publisher in GB/T 7714 and APA, and an untraced copy as a copy', () => {
    const input = {
      sources: f.flatMap((x) => x.sources),
      app: { title: 'A', version: '1', url: 'u', accessed: '2026-01-02' },
    };
    const gbt = references(input, 'gbt7714', 'zh');
    expect(gbt).toContain('某研究中心. 省级政府网上政务服务能力调查评估报告(2020)[R]. 2020.');
    expect(gbt.some((r) => r.includes('http://example.org/r2') && r.includes('原始出处未能确认'))).toBe(true);
    const apa = references(input, 'apa', 'en');
    expect(apa).toContain('某研究中心. (2020). 省级政府网上政务服务能力调查评估报告(2020).');
  });
});
