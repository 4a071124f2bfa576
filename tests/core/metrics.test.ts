/**
 * The long-format loader for sub-national metrics. Every table here is hand-made; the
 * values are invented and mean nothing beyond these tests.
 */
import { describe, expect, it } from 'vitest';
import {
  loadMetricsCsv,
  normalizeGroupLabel,
  parseAsOf,
  parseMetricNumber,
  publishedDecimals,
} from '../../src/core/load/metrics';
import type { MetricRow } from '../../src/core/load/metrics';
import { loadMetricCatalogueCsv, metricResolver } from '../../src/core/load/metric-catalogue';
import {
  loadProvincesCsv,
  neighbourTile,
  provinceGazetteer,
  shortProvinceName,
} from '../../src/core/load/provinces';

const PROVINCES_CSV = `code,name_zh,short_zh,name_en,row,col
11,北京市,北京,Beijing,0,1
33,浙江省,浙江,Zhejiang,1,1
44,广东省,广东,Guangdong,2,0
45,广西壮族自治区,广西,Guangxi,2,1
`;
const provinces = loadProvincesCsv(PROVINCES_CSV).rows;
const gz = provinceGazetteer(provinces);
const load = (text: string, extra = {}) => loadMetricsCsv(text, { provinces: gz, ...extra });
const pick = (r: MetricRow) => [r.regionCode, r.metricId, r.value ?? r.group, r.unit, r.asOf];

describe('shortProvinceName', () => {
  it.each([
    ['浙江省', '浙江'],
    ['北京市', '北京'],
    ['广西壮族自治区', '广西'],
    ['新疆维吾尔自治区', '新疆'],
    ['宁夏回族自治区', '宁夏'],
    ['西藏自治区', '西藏'],
    ['香港特别行政区', '香港'],
    ['浙江', '浙江'],
  ])('%s -> %s', (full, short) => expect(shortProvinceName(full)).toBe(short));
});

describe('parseMetricNumber', () => {
  it.each([
    ['82.13%', 82.13, true],
    ['82.13 %', 82.13, true],
    ['８２％', 82, true],
    ['1,234', 1234, false],
    ['0.27', 0.27, false],
    ['', null, false],
    ['-', null, false],
    ['about 5', Number.NaN, false],
  ])('%j -> %s (percent %s)', (raw, value, percent) => {
    expect(parseMetricNumber(raw)).toEqual({ value, percent });
  });
});

describe('publishedDecimals', () => {
  it.each([
    ['68.90', 2],
    ['68.9', 1],
    ['82.13%', 2],
    ['８２．１０％', 2],
    ['2900', 0],
    ['1,234.500', 3],
    ['70.', 0],
    ['.5', 1],
    ['1.25e3', 0],
    ['1.5e-2', 3],
    ['非常高', 0],
  ])('%j -> %i fraction digits', (raw, decimals) => {
    expect(publishedDecimals(raw)).toBe(decimals);
  });
});

describe('normalizeGroupLabel', () => {
  it.each([
    ['非常高', '非常高'],
    ['Very high', '非常高'],
    ['HIGH', '高'],
    ['medium', '中'],
    ['低', '低'],
    ['优秀', '优秀'],
    ['很高', null],
  ])('%s -> %s', (raw, zh) => expect(normalizeGroupLabel(raw)).toBe(zh));
});

describe('parseAsOf', () => {
  it.each([
    ['2019', '2019'],
    ['2019-12', '2019-12'],
    ['2019/3/31', '2019-03'],
    ['2019年12月', '2019-12'],
    ['2019年', '2019'],
    ['', null],
    ['2019-13', undefined],
    ['end of 2019', undefined],
  ])('%j -> %j', (raw, out) => expect(parseAsOf(raw)).toBe(out));
});

describe('loadMetricsCsv', () => {
  it('reads the English long format', () => {
    const { rows, issues } = load(`region_code,metric_id,value,unit,as_of,scope,label_zh,source,quote,note
33,share_a,12.5,percent,2019-12,省级事项,甲比例,https://example.org/a,原文甲,
00,share_a,40,percent,2019,全国,甲比例,seed:x,原文乙,
`);
    expect(issues).toEqual([]);
    expect(rows.map(pick)).toEqual([
      ['33', 'share_a', 12.5, 'percent', '2019-12'],
      ['00', 'share_a', 40, 'percent', '2019'],
    ]);
    expect(rows[0]).toMatchObject({
      year: 2019,
      scope: '省级事项',
      source: 'https://example.org/a',
      quote: '原文甲',
      line: 2,
    });
  });

  it('keeps the fraction digits the source wrote (68.90 stays 2 decimals); none for group labels', () => {
    const { rows, issues } = load(`region_code,metric_id,value,unit,as_of
00,share_a,68.90,percent,2018-12
00,share_a,68.9%,,2019
33,grp,非常高,group,2017
`);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.value ?? r.group, r.decimals])).toEqual([
      [68.9, 2],
      [68.9, 1],
      ['非常高', null],
    ]);
  });

  it('reads Chinese headers, province names in all forms and percent strings', () => {
    const { rows, issues } = load(`省份,指标,数值,单位,日期,来源,原文,备注
浙江,share_a,82.13%,,2019年12月,来源甲,原文甲,
广东省,share_a,"1,500",count,2020,来源乙,原文乙,
Guangxi,share_a,3,rank,2020,来源丙,原文丙,
330000,share_b,7%,,2021,来源丁,原文丁,
全国,share_b,5%,percent,2021,来源戊,原文戊,
`);
    expect(issues).toEqual([]);
    expect(rows.map(pick)).toEqual([
      ['33', 'share_a', 82.13, 'percent', '2019-12'],
      ['44', 'share_a', 1500, 'count', '2020'],
      ['45', 'share_a', 3, 'rank', '2020'],
      ['33', 'share_b', 7, 'percent', '2021'],
      ['00', 'share_b', 5, 'percent', '2021'],
    ]);
  });

  it('reads group labels for categorical metrics, in either language', () => {
    const { rows, issues } = load(`地区代码,指标,数值,单位,日期
33,grp,非常高,group,2017
11,grp,medium,,2017
44,grp,高,,2017
`);
    expect(issues).toEqual([]);
    expect(rows.map(pick)).toEqual([
      ['33', 'grp', '非常高', 'group', '2017'],
      ['11', 'grp', '中', 'group', '2017'],
      ['44', 'grp', '高', 'group', '2017'],
    ]);
    expect(rows.every((r) => r.value === null)).toBe(true);
  });

  it('reports unknown provinces with the nearest names and skips them', () => {
    const { rows, issues } = load(`省份,指标,数值
浙江省,m,1
浙西省,m,2
Guangdon,m,3
`);
    expect(rows.map((r) => r.regionCode)).toEqual(['33']);
    expect(issues.map((i) => [i.code, i.row, i.params?.name])).toEqual([
      ['unknown-region', 3, '浙西省'],
      ['unknown-region', 4, 'Guangdon'],
    ]);
    expect(issues[0]?.suggestions?.[0]).toBe('浙江省');
    expect(issues[1]?.suggestions?.[0]).toBe('Guangdong');
  });

  it('reports the same province, metric and date with different values, and keeps both rows', () => {
    const { rows, issues } = load(`region_code,metric_id,value,as_of,source
33,m,10%,2019,a
33,m,10%,2019,b
33,m,12%,2019,c
33,m,12%,2020,d
`);
    expect(rows).toHaveLength(4);
    expect(issues.map((i) => [i.code, i.severity, i.row, i.params?.other])).toEqual([
      ['conflict', 'warning', 4, 2],
    ]);
  });

  it.each([
    ['an empty value (missing is not zero)', '33,m,,percent,2019', 'missing-value'],
    ['a word as a number', '33,m,many,count,2019', 'not-a-number'],
    ['an unknown unit', '33,m,5,furlongs,2019', 'unknown-unit'],
    ['a percent string with another unit', '33,m,5%,count,2019', 'unknown-unit'],
    ['a group label that is not one', '33,m,很高,group,2019', 'not-a-group'],
    ['a bad date', '33,m,5,count,late 2019', 'bad-date'],
  ])('rejects %s', (_what, line, code) => {
    const { rows, issues } = load(`region_code,metric_id,value,unit,as_of\n${line}\n`);
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([[code, 2]]);
  });

  it('says which columns are missing', () => {
    const { rows, issues } = load('名称,数值\n浙江,1\n');
    expect(rows).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['missing-column']);
    expect(issues[0]?.column).toContain('指标');
  });

  it('requires a source and a quote when asked', () => {
    const { issues } = load('region_code,metric_id,value,source,quote\n33,m,1,s,\n33,n,1,s,q\n', {
      requireCitation: true,
    });
    expect(issues.map((i) => [i.code, i.row])).toEqual([['missing-citation', 2]]);
  });

  it('resolves metric names through the catalogue and warns about unknown metrics', () => {
    const catalogue =
      loadMetricCatalogueCsv(`id,name_zh,name_en,unit,higher_is_better,scope,definition_zh,definition_en
online_share,网上可办率,Online share,percent,true,provincial,定义,Definition
`).rows;
    const { rows, issues } = load(
      '省份,指标,数值,日期\n浙江,网上可办率,90%,2019\n浙江,Online Share,91%,2020\n浙江,其他,1,2020\n',
      {
        resolveMetric: metricResolver(catalogue),
      },
    );
    expect(rows.map((r) => r.metricId)).toEqual(['online_share', 'online_share', '其他']);
    expect(issues.map((i) => [i.severity, i.row])).toEqual([['warning', 4]]);
  });
});

describe('neighbourTile', () => {
  // The fixture grid:   row 0: 北京(0,1)
  //                     row 1: 浙江(1,1)
  //                     row 2: 广东(2,0) 广西(2,1)
  it.each([
    ['11', 'down', '33'],
    ['33', 'up', '11'],
    ['33', 'down', '45'],
    ['45', 'left', '44'],
    ['44', 'right', '45'],
    ['44', 'up', '33'],
    ['11', 'up', null],
    ['45', 'right', null],
  ] as const)('%s %s -> %s', (code, dir, want) => expect(neighbourTile(provinces, code, dir)).toBe(want));
});
