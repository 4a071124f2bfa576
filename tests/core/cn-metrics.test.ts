/**
 * Province snapshots, ranks, group grids and national series over hand-made rows; every
 * value is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import {
  asOfToIsoDate,
  displayQuote,
  figureDecimals,
  groupGrid,
  nationalSeries,
  provincialMetrics,
  provincialSnapshot,
  rankSnapshot,
} from '../../src/core/indicators/cn-metrics';
import { loadMetricsCsv } from '../../src/core/load/metrics';
import type { MetricRow } from '../../src/core/load/metrics';
import { loadMetricCatalogueCsv } from '../../src/core/load/metric-catalogue';
import { metricsTemplateCsv } from '../../src/core/load/metrics-template';
import { loadProvincesCsv, provinceGazetteer } from '../../src/core/load/provinces';

const provinces = loadProvincesCsv(`code,name_zh,short_zh,name_en,row,col
11,北京市,北京,Beijing,0,0
31,上海市,上海,Shanghai,0,1
33,浙江省,浙江,Zhejiang,1,1
44,广东省,广东,Guangdong,2,0
`).rows;
const gz = provinceGazetteer(provinces);
const rowsOf = (body: string): MetricRow[] =>
  loadMetricsCsv(`region_code,metric_id,value,unit,as_of,scope\n${body}`, { provinces: gz }).rows;

const ROWS = rowsOf(`33,share,90,percent,2020-05,省级
44,share,95,percent,2020-11,省级
11,share,90,percent,2020,市区两级
31,share,80,percent,2019,市级
44,share,96,percent,2020-11,省级
33,grp,非常高,group,2017,
44,grp,高,group,2017,
44,grp,非常高,group,2020,
00,ratio,68.9,percent,2018-12,平台甲
00,ratio,82.13,percent,2019-12,事项乙
00,ratio,82,percent,2020-12,事项乙
00,ratio,82,percent,2020-12,事项乙
00,days,5,days,2019,全国
`);

describe('provincialSnapshot', () => {
  it('keeps every row of a province in the year, and no row of another year or of 00', () => {
    const snap = provincialSnapshot(ROWS, 'share', 2020);
    expect([...snap.keys()].sort()).toEqual(['11', '33', '44']);
    expect(snap.get('44')?.map((r) => r.value)).toEqual([95, 96]);
    expect(provincialSnapshot(ROWS, 'ratio', 2019).size).toBe(0);
  });
});

describe('rankSnapshot', () => {
  it.each([
    [
      'competition',
      true,
      [
        ['44', 95, 1],
        ['11', 90, 2],
        ['33', 90, 2],
      ],
    ],
    [
      'dense',
      true,
      [
        ['44', 95, 1],
        ['11', 90, 2],
        ['33', 90, 2],
      ],
    ],
    [
      'competition',
      false,
      [
        ['11', 90, 1],
        ['33', 90, 1],
        ['44', 95, 3],
      ],
    ],
    [
      'dense',
      false,
      [
        ['11', 90, 1],
        ['33', 90, 1],
        ['44', 95, 2],
      ],
    ],
  ] as const)('%s ties, higher is better = %s', (rule, higher, want) => {
    const ranked = rankSnapshot(provincialSnapshot(ROWS, 'share', 2020), higher, rule);
    expect(ranked.map((r) => [r.code, r.value, r.rank])).toEqual(want);
  });
});

describe('groupGrid', () => {
  it('gives each province its label per report year; unlisted provinces are absent', () => {
    const { years, cells } = groupGrid(ROWS, 'grp');
    expect(years).toEqual([2017, 2020]);
    expect(cells.get('44')?.get(2020)?.group).toBe('非常高');
    expect(cells.get('33')?.get(2020)).toBeUndefined();
    expect(cells.has('11')).toBe(false);
  });
});

describe('provincialMetrics', () => {
  it('counts provinces per metric, most first, and ignores national-only metrics', () => {
    const defs =
      loadMetricCatalogueCsv(`id,name_zh,name_en,unit,higher_is_better,scope,definition_zh,definition_en
grp,分组,Group,group,,provincial,定义,d
share,比例,Share,percent,true,provincial,定义,d
ratio,全国比例,Ratio,percent,true,national,定义,d
`).rows;
    expect(provincialMetrics(ROWS, defs).map((m) => [m.def.id, m.provinces, m.years])).toEqual([
      ['share', 4, [2019, 2020]],
      ['grp', 2, [2017, 2020]],
    ]);
  });
  it('lists a metric the catalogue does not know (an imported one) under its id', () => {
    const imported = rowsOf('33,mine,7,rank,2024,\n');
    expect(provincialMetrics(imported, []).map((m) => [m.def.id, m.def.unit, m.def.higherIsBetter])).toEqual([
      ['mine', 'rank', false],
    ]);
  });
});

describe('nationalSeries', () => {
  it('splits by scope, merges a figure stated twice into one point with two rows', () => {
    const series = nationalSeries(ROWS).filter((s) => s.metricId === 'ratio');
    expect(series.map((s) => [s.scope, s.points.map((p) => [p.asOf, p.value, p.rows.length])])).toEqual([
      ['平台甲', [['2018-12', 68.9, 1]]],
      [
        '事项乙',
        [
          ['2019-12', 82.13, 1],
          ['2020-12', 82, 2],
        ],
      ],
    ]);
  });
});

describe('decimals as published', () => {
  const rows = rowsOf(`00,r,68.9,percent,2018-12,甲
00,r,68.90,percent,2018-12,甲
00,r,82.13,percent,2019-12,甲
33,s,12.50,percent,2020,省级
44,s,7,percent,2020,省级
`);
  it('gives a national point the most digits any of its sources wrote', () => {
    const [series] = nationalSeries(rows);
    expect(series?.points.map((p) => [p.value, p.decimals, p.rows.length])).toEqual([
      [68.9, 2, 2],
      [82.13, 2, 1],
    ]);
  });
  it('carries each ranked province’s published decimals', () => {
    const ranked = rankSnapshot(provincialSnapshot(rows, 's', 2020), true, 'competition');
    expect(ranked.map((r) => [r.code, r.value, r.decimals])).toEqual([
      ['33', 12.5, 2],
      ['44', 7, 0],
    ]);
  });
  it.each([
    [68.9, 2, 2],
    [68.9, null, 1],
    [68.9, undefined, 1],
    [1 / 3, null, 4],
    [2900, 0, 0],
  ])('figureDecimals(%s, %s) -> %i', (value, published, expected) => {
    expect(figureDecimals(value, published)).toBe(expected);
  });
});

describe('asOfToIsoDate', () => {
  it.each([
    ['2019', '2019-07-01'],
    ['2019-12', '2019-12-31'],
    ['2020-02', '2020-02-29'],
    ['2019-02', '2019-02-28'],
  ])('%s -> %s', (asOf, iso) => expect(asOfToIsoDate(asOf)).toBe(iso));
});

describe('displayQuote', () => {
  it.each([
    ['共享了 16 個(gè)重點(diǎn)領(lǐng)域', '共享了 16 個重點領域'],
    ['在线服务指数(OSI)为0.86', '在线服务指数(OSI)为0.86'],
    ['(超过 90)', '(超过 90)'],
  ])('%s -> %s', (raw, shown) => expect(displayQuote(raw)).toBe(shown));
});

describe('metricsTemplateCsv', () => {
  it.each(['zh', 'en'] as const)('a %s template loads back: one row per province, values empty', (lang) => {
    const text = metricsTemplateCsv(provinces, { id: 'share', unit: 'percent' }, lang);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { rows, issues } = loadMetricsCsv(text, { provinces: gz });
    // Empty values are reported (missing is not zero), one per province, and no other problem.
    expect(rows).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(provinces.map(() => 'missing-value'));
  });

  it('neutralises a cell that would run as a spreadsheet formula', () => {
    const text = metricsTemplateCsv(provinces.slice(0, 1), { id: '=HYPERLINK("x")', unit: 'count' }, 'en');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
