/**
 * The report index on hand-made copies: ranks as stated, values side by side where copies
 * disagree, and every defect of a copy flagged. Regions, values and pages are invented.
 */
import { describe, expect, it } from 'vitest';
import {
  editionTable,
  entriesFromMetrics,
  groupRowsFromReport,
  mergeEntries,
  regionHistory,
  reportEditions,
} from '../../src/core/indicators/report-index';
import { loadMetricsCsv } from '../../src/core/load/metrics';
import { loadProvincesCsv, provinceGazetteer } from '../../src/core/load/provinces';
import { loadGroupCountsCsv, loadReportIndexCsv } from '../../src/core/load/report-index';

// Citation id -> the page it was read from: A and B are two copies of one table, C a news page.
const pages: Record<string, string> = { a: 'http://a.example', b: 'http://b.example', c: 'http://c.example' };
const addressOf = (id: string) => pages[id] ?? null;

const HEAD = 'edition,assessed_year,level,region_code,region_zh,indicator,value,flags,citation,quote';
const { entries, issues } = loadReportIndexCsv(
  [
    HEAD,
    // Copy a: 甲 and 乙 tied first, 丙 third by value but ranked 2 after 丁 — and 丁 ranked 3 above it.
    '2020,2019,province,11,甲,rank,1,,a,1 甲',
    '2020,2019,province,11,甲,overall,96.73,,a,1 甲',
    '2020,2019,province,12,乙,rank,1,,a,1 乙',
    '2020,2019,province,12,乙,overall,96.73,,a,1 乙',
    '2020,2019,province,13,丙,rank,2,,a,2 丙',
    '2020,2019,province,13,丙,overall,90.82,,a,2 丙',
    '2020,2019,province,14,丁,rank,3,,a,3 丁',
    '2020,2019,province,14,丁,overall,91.11,,a,3 丁',
    '2020,2019,province,,戊,rank,4,,a,4 戊',
    // Copy c: another value and rank for 丁, and a rank 2 of its own for 己.
    '2020,2019,province,14,丁,overall,92.00,,c,丁 92.00',
    '2020,2019,province,14,丁,rank,2,,c,丁第二',
    '2020,2019,province,15,己,rank,4,edition-uncertain,c,己第四',
    '2020,2019,province,11,甲,group,非常高,,c,甲非常高',
    // Another edition: a published top-10 list.
    '2018,2017,province,11,甲,rank,1,list-position,b,前10名:甲、乙',
    '2018,2017,province,12,乙,rank,2,list-position,b,前10名:甲、乙',
    // Cities tied with different values.
    '2020,2019,city,110100,子市,rank,1,,a,1 子',
    '2020,2019,city,110100,子市,overall,96.45,,a,1 子',
    '2020,2019,city,120100,丑市,rank,1,,a,1 丑',
    '2020,2019,city,120100,丑市,overall,96.46,,a,1 丑',
  ].join('\n'),
);
const { counts } = loadGroupCountsCsv(
  [
    'edition,level,group,groups,count,citation,quote',
    '2020,province,非常高,非常高,2,c,2个非常高',
    '2020,province,高以上(非常高+高),非常高+高,1,c,1个高以上',
    '2018,province,非常高,非常高,3,b,3个',
  ].join('\n'),
);
const table = editionTable(entries, counts, 2020, 'province', addressOf);
const kinds = table.notes.map((n) => n.kind);

describe('loadReportIndexCsv', () => {
  it('reads every row as published', () => {
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(19);
    expect(entries.find((e) => e.indicator === 'overall')).toMatchObject({ value: 96.73, decimals: 2 });
  });

  it('refuses a row it cannot read', () => {
    const bad = loadReportIndexCsv(
      `${HEAD}\n2020,2019,province,11,甲,rank,first,,a,x\n2020,2019,state,11,甲,rank,1,,a,x\n`,
    );
    expect(bad.entries).toEqual([]);
    expect(bad.issues.map((i) => i.row)).toEqual([2, 3]);
  });
});

describe('editionTable', () => {
  it('keeps ranks as stated and orders rows by them, copies in file order', () => {
    expect(table.rows.map((r) => [r.nameZh, r.ranks.map((s) => s.value)])).toEqual([
      ['甲', [1]],
      ['乙', [1]],
      ['丙', [2]],
      ['丁', [3, 2]],
      ['戊', [4]],
      ['己', [4]],
    ]);
    expect(table.assessedYears).toEqual([2019]);
  });

  it('flags an order that contradicts the values, in that copy', () => {
    const n = table.notes.find((x) => x.kind === 'order-contradiction');
    expect(n).toMatchObject({
      copy: 'http://a.example',
      above: { nameZh: '丙', rank: 2 },
      below: { nameZh: '丁', rank: 3 },
    });
    expect(table.rows.find((r) => r.nameZh === '丙')?.marks.has('order-contradiction')).toBe(true);
  });

  it('flags ties, dense ranks (ranks short of the entries) and an entry without a value', () => {
    expect(table.notes.find((x) => x.kind === 'tie')).toMatchObject({
      rank: 1,
      places: [{ nameZh: '甲' }, { nameZh: '乙' }],
    });
    expect(table.notes.find((x) => x.kind === 'dense-ranks')).toMatchObject({ entries: 5, maxRank: 4 });
    // 戊 is a gap in copy a's table; copy c is no table (one value for two ranks), so 己 is no gap.
    expect(table.notes.filter((x) => x.kind === 'no-value')).toMatchObject([
      { place: { nameZh: '戊', rank: 4 } },
    ]);
  });

  it('shows two copies that disagree side by side, each with its own entries', () => {
    const conflicts = table.notes.filter((x) => x.kind === 'conflict');
    expect(
      conflicts.map((c) =>
        c.kind === 'conflict' ? [c.nameZh, c.indicator, c.stated.map((s) => s.value)] : [],
      ),
    ).toEqual([
      ['丁', 'rank', [3, 2]],
      ['丁', 'overall', [91.11, 92]],
    ]);
  });

  it('flags a rank that different copies give to different regions, but not a tie one copy states', () => {
    const claims = table.notes.filter((x) => x.kind === 'separate-claims');
    // Rank 2: 丙 (copy a) and 丁 (copy c); rank 4: 戊 (a) and 己 (c). Rank 1 is a tie in copy a.
    expect(
      claims.map((c) => (c.kind === 'separate-claims' ? [c.rank, c.claims.map((x) => x.nameZh)] : [])),
    ).toEqual([
      [2, ['丙', '丁']],
      [4, ['戊', '己']],
    ]);
  });

  it('flags ties with different values', () => {
    const cities = editionTable(entries, counts, 2020, 'city', addressOf);
    expect(cities.notes.map((n) => n.kind)).toEqual(['tie-different-values', 'dense-ranks']);
  });

  it('says when ranks are places in a published list', () => {
    const old = editionTable(entries, counts, 2018, 'province', addressOf);
    expect(old.notes).toEqual([{ kind: 'list-position', places: 2 }]);
    expect(kinds).not.toContain('list-position');
  });

  it('checks group lists against published counts and never derives a group from a value', () => {
    expect(
      table.groupChecks.map((c) => [
        c.groups.join('+'),
        c.count?.count ?? null,
        c.listed.map((l) => l.nameZh),
        c.status,
      ]),
    ).toEqual([
      ['非常高', 2, ['甲'], 'incomplete'],
      ['非常高+高', 1, ['甲'], 'complete'],
    ]);
    // 乙 has 96.73 like 甲 but no copy names its group: it is not listed.
    const old = editionTable(entries, counts, 2018, 'province', addressOf);
    expect(old.groupChecks).toMatchObject([{ status: 'incomplete', listed: [] }]);
  });

  it('says a group named without a published count cannot be checked', () => {
    const none = editionTable(entries, [], 2020, 'province', addressOf);
    expect(none.groupChecks).toMatchObject([{ count: null, groups: ['非常高'], status: 'no-count' }]);
  });
});

describe('editions, history and the metrics rows of the same series', () => {
  it('lists editions newest first, provinces before cities', () => {
    expect(reportEditions(entries)).toEqual([
      { edition: 2020, level: 'province' },
      { edition: 2020, level: 'city' },
      { edition: 2018, level: 'province' },
    ]);
  });

  it('gives a region every edition it appears in, newest first', () => {
    expect(regionHistory(entries, '11').map((h) => [h.edition, h.assessedYear, h.entries.length])).toEqual([
      [2020, 2019, 3],
      [2018, 2017, 1],
    ]);
  });

  const gz = provinceGazetteer(
    loadProvincesCsv('code,name_zh,short_zh,name_en,row,col\n11,甲省,甲,Jia,0,0\n12,乙省,乙,Yi,0,1\n').rows,
  );
  const metrics = loadMetricsCsv(
    [
      'region_code,metric_id,value,unit,as_of,citation',
      '11,cps_capability_rank,1,rank,2020,a',
      '12,cps_capability_group,高,group,2020,c',
      '11,cps_capability_group,非常高,group,2020,c',
      '12,cps_capability_top10_list_position,2,rank,2018,b',
      '11,some_other_metric,5,count,2020,a',
    ].join('\n'),
    { provinces: gz },
  ).rows;
  const fromMetrics = entriesFromMetrics(metrics, new Map([[2020, 2019]]));

  it('takes the stated ranks, list positions and groups of metrics.csv as entries', () => {
    expect(
      fromMetrics.map((e) => [
        e.edition,
        e.assessedYear,
        e.regionCode,
        e.indicator,
        e.rank ?? e.group,
        e.flags,
      ]),
    ).toEqual([
      [2020, 2019, '11', 'rank', 1, []],
      [2020, 2019, '12', 'group', '高', []],
      [2020, 2019, '11', 'group', '非常高', []],
      [2018, null, '12', 'rank', 2, ['list-position']],
    ]);
  });

  it('keeps each statement once per copy', () => {
    const merged = mergeEntries([entries, fromMetrics], addressOf);
    // 甲 rank 1 (copy a), 甲 非常高 (copy c) and 乙 list position 2 (copy b) were there already.
    expect(merged.length - entries.length).toBe(1);
    expect(merged.at(-1)).toMatchObject({ regionCode: '12', group: '高' });
  });

  it('turns the groups only the report tables name into group rows, once each', () => {
    const rows = groupRowsFromReport(entries, metrics);
    // 甲's 非常高 is in metrics.csv already; the report tables name no other province group.
    expect(rows).toEqual([]);
    const withoutMetrics = groupRowsFromReport(entries, []);
    expect(withoutMetrics.map((r) => [r.regionCode, r.year, r.group, r.citationId])).toEqual([
      ['11', 2020, '非常高', 'c'],
    ]);
  });
});
