import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { derivedGroups, groupSummaries, loadGroupsCsv } from '../../../src/core/groups/peer-groups';
import { decodeCustomGroups, encodeCustomGroups } from '../../../src/core/groups/custom-groups';
import { loadCountriesCsv } from '../../../src/core/load/countries';
import { country, dataset, row } from '../trends/fixture';

describe('named peer groups', () => {
  const csv = [
    'group_id,name_zh,name_en,iso3,source,as_of',
    'g2,二国,G2,AAA,"Org, members page",2024-07-04',
    'g2,二国,G2,bbb,"Org, members page",2024-07-04',
    'g2,二国,G2,AAA,"Org, members page",2024-07-04',
    'g2,二国,G2,ZZZ,"Org, members page",2024-07-04',
  ].join('\n');
  const known = new Set(['AAA', 'BBB']);

  it('groups rows by id, upper-cases codes, reports unknown and duplicate members', () => {
    const { rows, issues } = loadGroupsCsv(csv, (c) => known.has(c));
    expect(rows).toEqual([
      {
        id: 'g2',
        kind: 'named',
        nameZh: '二国',
        nameEn: 'G2',
        members: ['AAA', 'BBB'],
        source: 'Org, members page',
        asOf: '2024-07-04',
      },
    ]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([
      ['duplicate', 4],
      ['unknown-country', 5],
    ]);
  });

  it('reads the optional Chinese source note (source_zh) when the file has it', () => {
    const text = [
      'group_id,name_zh,name_en,iso3,source,source_zh,as_of',
      'g2,二国,G2,AAA,Org,某组织,2024-07-04',
    ].join('\n');
    const [g] = loadGroupsCsv(text, () => true).rows;
    expect(g?.source).toBe('Org');
    expect(g?.sourceZh).toBe('某组织');
  });

  it('reports a missing column', () => {
    const { rows, issues } = loadGroupsCsv('group_id,iso3\ng,AAA', () => true);
    expect(rows).toEqual([]);
    expect(issues[0]?.code).toBe('missing-column');
  });

  it('the shipped groups list only known countries, once each, with a source and an as-of date', () => {
    const countries = loadCountriesCsv(readFileSync('data/un-egov/countries.csv', 'utf8')).rows;
    const iso = new Set(countries.map((c) => c.iso3));
    const { rows, issues } = loadGroupsCsv(readFileSync('data/groups/groups.csv', 'utf8'), (c) => iso.has(c));
    expect(issues).toEqual([]);
    expect(rows.map((g) => g.id).sort()).toEqual(['asean', 'brics', 'eu27', 'g20', 'oecd', 'sco']);
    for (const g of rows) {
      expect(g.source).not.toBe('');
      // The zh UI shows this note, so it must be Chinese text, not the English one again.
      expect(g.sourceZh).toMatch(/[\u4e00-\u9fff]/);
      expect(g.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(g.nameZh).not.toBe('');
    }
  });
});

describe('derived groups and group aggregates', () => {
  const countries = [
    country('AAA', 'Asia', 'Eastern Asia'),
    country('BBB', 'Asia', 'Southern Asia'),
    country('CCC', 'Europe', 'Northern Europe'),
  ];

  it('builds region, sub-region and income groups from the countries table', () => {
    const groups = derivedGroups(countries, { region: 'M49', income: 'World Bank' });
    const byId = new Map(groups.map((g) => [g.id, g.members]));
    // Regions and sub-regions cite M49, income groups their own source.
    expect(new Set(groups.map((g) => `${g.kind}:${g.source}`))).toEqual(
      new Set(['region:M49', 'sub-region:M49', 'income:World Bank']),
    );
    expect(byId.get('region:Asia')).toEqual(['AAA', 'BBB']);
    expect(byId.get('region:Europe')).toEqual(['CCC']);
    expect(byId.get('sub-region:Southern Asia')).toEqual(['BBB']);
    expect(byId.get('income:High')).toEqual(['AAA', 'BBB', 'CCC']);
    expect(groups[0]?.kind).toBe('region');
  });

  it('summarizes each edition over the members, counting the unassessed apart', () => {
    const ds = dataset(
      [
        row(2020, 'AAA', { osi: 0.2 }),
        row(2020, 'BBB', { osi: 0.6 }),
        row(2020, 'CCC', { osi: 0.9 }),
        row(2022, 'AAA', { osi: 0.4 }),
        row(2022, 'BBB', { osi: null }),
      ],
      countries,
    );
    const s = groupSummaries(ds, 'osi', ['AAA', 'BBB']);
    expect(s.map((x) => [x.year, x.count, x.missing])).toEqual([
      [2020, 2, 0],
      [2022, 1, 1],
    ]);
    expect(s[0]?.mean).toBeCloseTo(0.4, 12);
    expect(s[0]?.iqr).toBeCloseTo(0.2, 12); // 0.2, 0.6: q1 0.3, q3 0.5
    expect(s[1]?.median).toBeCloseTo(0.4, 12);
  });
});

describe('custom groups in the URL', () => {
  it('round-trips names with separators in them', () => {
    const groups = [
      { name: '我的对标; A:B, C~', members: ['CHN', 'KOR'] },
      { name: 'Nordics', members: ['DNK', 'FIN'] },
    ];
    expect(decodeCustomGroups(encodeCustomGroups(groups))).toEqual(groups);
  });

  const bad: [string, { name: string; members: string[] }[]][] = [
    ['', []],
    ['noColon', []],
    ['a:', []],
    ['a:chn,CHN,xx1,KOR', [{ name: 'a', members: ['CHN', 'KOR'] }]],
    ['%E0%A4%A:CHN', []],
    ['a:CHN;a~KOR', [{ name: 'a', members: ['CHN'] }]],
  ];
  it.each(bad)('decodes %j defensively', (text, want) => {
    expect(decodeCustomGroups(text)).toEqual(want);
  });

  it('any list of named groups of three-letter codes survives the round trip', () => {
    const code = fc.stringMatching(/^[A-Z]{3}$/);
    const group = fc.record({
      name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
      members: fc.uniqueArray(code, { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(group, { selector: (g) => g.name, maxLength: 4 }), (groups) => {
        expect(decodeCustomGroups(encodeCustomGroups(groups))).toEqual(groups);
      }),
    );
  });
});
