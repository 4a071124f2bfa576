/**
 * Checks on the shipped report tables, group counts and citations (data/cn, written by
 * scripts/build-cn-data.ts). Every expected figure is read from the shipped files
 * themselves: the test counts and compares, it types no result in.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { citationStanding } from '../../src/core/citation';
import { editionTable, reportEditions } from '../../src/core/indicators/report-index';
import type { TableNote } from '../../src/core/indicators/report-index';
import { buildCnData } from '../../src/core/load/cn-data';

const read = (name: string) => readFileSync(new URL(`../../data/cn/${name}`, import.meta.url), 'utf8');
const csv = (name: string) =>
  Papa.parse<Record<string, string>>(read(name), { header: true, skipEmptyLines: true }).data;
const data = buildCnData(
  read('provinces.csv'),
  read('metric-catalogue.csv'),
  read('metrics.csv'),
  read('citations.csv'),
  read('report-index.csv'),
  read('group-counts.csv'),
);
const reportRows = csv('report-index.csv');
const countRows = csv('group-counts.csv');
const metricRows = csv('metrics.csv');
const citationRows = csv('citations.csv');
const tables = reportEditions(data.report.entries).map(({ edition, level }) =>
  editionTable(data.report.entries, data.report.counts, edition, level, data.addressOf),
);
const tableOf = (edition: string, level: string) =>
  tables.find((t) => String(t.edition) === edition && t.level === level);
const key = (code: string, name: string) => code || `name:${name}`;
const notesOf = (edition: string, level: string, kind: TableNote['kind']) =>
  (tableOf(edition, level)?.notes ?? []).filter((n) => n.kind === kind);

describe('data/cn report tables', () => {
  it('load without an issue, every row citing a known citation', () => {
    expect(data.issues).toEqual([]);
    expect(reportRows.length).toBeGreaterThan(0);
    const ids = new Set(citationRows.map((c) => c['id']));
    const cited = [...reportRows, ...countRows, ...metricRows].map((r) => r['citation']);
    expect(cited.filter((id) => !ids.has(id ?? ''))).toEqual([]);
  });

  it('state each edition with the year it assesses: the year before', () => {
    expect(reportRows.filter((r) => Number(r['assessed_year']) !== Number(r['edition']) - 1)).toEqual([]);
  });

  it('flag every order the research notes call a page error, for the regions it names', () => {
    const named = reportRows.filter((r) => /PAGE ERROR/.test(r['input_note'] ?? ''));
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) {
      const k = key(r['region_code'] ?? '', r['region_zh'] ?? '');
      const notes = notesOf(r['edition'] ?? '', r['level'] ?? '', 'order-contradiction');
      expect(
        notes.some((n) => n.kind === 'order-contradiction' && (n.above.key === k || n.below.key === k)),
      ).toBe(true);
    }
  });

  it('flag ranks that stop short of the number of entries, with the counts of the copy', () => {
    const named = reportRows.filter((r) => /dense\/tied ranking/.test(r['input_note'] ?? ''));
    expect(named.length).toBeGreaterThan(0);
    for (const group of new Set(named.map((r) => `${r['edition']}|${r['level']}|${r['citation']}`))) {
      const [edition = '', level = ''] = group.split('|');
      const ranked = reportRows.filter(
        (r) => `${r['edition']}|${r['level']}|${r['citation']}` === group && r['indicator'] === 'rank',
      );
      const regions = new Set(ranked.map((r) => key(r['region_code'] ?? '', r['region_zh'] ?? ''))).size;
      const maxRank = Math.max(...ranked.map((r) => Number(r['value'])));
      expect(maxRank).toBeLessThan(regions);
      expect(notesOf(edition, level, 'dense-ranks')).toContainEqual(
        expect.objectContaining({ entries: regions, maxRank }),
      );
    }
  });

  it('flag ties, ties with different values and ranks given without a value, as the copies have them', () => {
    for (const r of reportRows.filter((x) => /PAGE INCONSISTENCY/.test(x['input_note'] ?? ''))) {
      const k = key(r['region_code'] ?? '', r['region_zh'] ?? '');
      const notes = notesOf(r['edition'] ?? '', r['level'] ?? '', 'tie-different-values');
      expect(notes.some((n) => n.kind === 'tie-different-values' && n.places.some((p) => p.key === k))).toBe(
        true,
      );
    }
    for (const r of reportRows.filter((x) => /NO index value/.test(x['input_note'] ?? ''))) {
      const notes = notesOf(r['edition'] ?? '', r['level'] ?? '', 'no-value');
      expect(notes.some((n) => n.kind === 'no-value' && n.place.nameZh === r['region_zh'])).toBe(true);
      // Never filled in: the region has no overall value in the file.
      expect(
        reportRows.some(
          (x) =>
            x['region_zh'] === r['region_zh'] &&
            x['edition'] === r['edition'] &&
            x['indicator'] === 'overall',
        ),
      ).toBe(false);
    }
  });

  it('show two copies that give one region two values side by side, each with its copy', () => {
    const byRegion = new Map<string, Set<string>>();
    for (const r of reportRows.filter((x) => x['indicator'] === 'overall')) {
      const k = `${r['edition']}|${r['level']}|${key(r['region_code'] ?? '', r['region_zh'] ?? '')}`;
      byRegion.set(k, new Set([...(byRegion.get(k) ?? []), r['value'] ?? '']));
    }
    const twice = [...byRegion].filter(([, values]) => values.size > 1);
    expect(twice.length).toBeGreaterThan(0);
    for (const [k, values] of twice) {
      const [edition = '', level = '', region = ''] = k.split('|');
      const note = notesOf(edition, level, 'conflict').find(
        (n) => n.kind === 'conflict' && n.key === region && n.indicator === 'overall',
      );
      expect(note?.kind === 'conflict' ? note.stated.map((s) => String(s.value)).sort() : []).toEqual(
        [...values].map((v) => String(Number(v))).sort(),
      );
      // Each value keeps the copy it came from.
      if (note?.kind === 'conflict')
        expect(new Set(note.stated.map((s) => data.addressOf(s.entries[0]?.citationId ?? ''))).size).toBe(
          values.size,
        );
    }
  });

  it('flag a first place that different copies give to different provinces', () => {
    // Rank 1 statements per edition (report tables and metrics rows), by province and copy.
    const firsts = new Map<string, Map<string, Set<string>>>();
    const add = (edition: string, code: string, citation: string) => {
      const m = firsts.get(edition) ?? new Map<string, Set<string>>();
      m.set(code, new Set([...(m.get(code) ?? []), data.addressOf(citation) ?? citation]));
      firsts.set(edition, m);
    };
    for (const r of reportRows)
      if (r['level'] === 'province' && r['indicator'] === 'rank' && r['value'] === '1' && !r['flags'])
        add(r['edition'] ?? '', r['region_code'] ?? '', r['citation'] ?? '');
    for (const r of metricRows)
      if (r['metric_id'] === 'cps_capability_rank' && r['value'] === '1')
        add(r['as_of'] ?? '', r['region_code'] ?? '', r['citation'] ?? '');
    const disputed = [...firsts].filter(([, byCode]) => {
      const copies = [...byCode.values()];
      return copies.length > 1 && ![...(copies[0] ?? [])].some((c) => copies.every((s) => s.has(c)));
    });
    expect(disputed.length).toBeGreaterThan(0);
    for (const [edition, byCode] of disputed) {
      const note = notesOf(edition, 'province', 'separate-claims').find(
        (n) => n.kind === 'separate-claims' && n.rank === 1,
      );
      expect(note?.kind === 'separate-claims' ? note.claims.map((c) => c.key).sort() : []).toEqual(
        [...byCode.keys()].sort(),
      );
    }
  });
});

describe('data/cn group lists against the published counts', () => {
  // The regions each copy names in a group, per edition and level: report tables and the
  // capability-group rows of metrics.csv (provinces).
  const named = new Map<string, Set<string>>();
  const name = (edition: string, level: string, group: string, region: string) => {
    const k = `${edition}|${level}|${group}`;
    named.set(k, new Set([...(named.get(k) ?? []), region]));
  };
  for (const r of reportRows)
    if (r['indicator'] === 'group')
      name(
        r['edition'] ?? '',
        r['level'] ?? '',
        r['value'] ?? '',
        key(r['region_code'] ?? '', r['region_zh'] ?? ''),
      );
  for (const r of metricRows)
    if (r['metric_id'] === 'cps_capability_group')
      name(r['as_of'] ?? '', 'province', r['value'] ?? '', r['region_code'] ?? '');

  it.each(countRows.map((r) => [r['edition'], r['level'], r['group'], r] as const))(
    '%s %s %s: named regions counted and the list called complete only when they are as many',
    (edition, level, _label, r) => {
      const groups = (r['groups'] ?? '').split('+');
      const regions = new Set(groups.flatMap((g) => [...(named.get(`${edition}|${level}|${g}`) ?? [])]));
      const check = tableOf(edition ?? '', level ?? '')?.groupChecks.find(
        (c) =>
          c.count?.line !== undefined &&
          c.count.count === Number(r['count']) &&
          c.groups.join('+') === r['groups'],
      );
      expect(check?.listed.map((l) => l.key).sort()).toEqual([...regions].sort());
      const count = Number(r['count']);
      expect(check?.status).toBe(
        regions.size === count ? 'complete' : regions.size < count ? 'incomplete' : 'more-listed',
      );
    },
  );
});

describe('data/cn citations', () => {
  it('never present a copy as the source', () => {
    for (const c of data.citations.values()) {
      const read = c.copies.find((x) => x.role === 'read');
      if (read?.kind === 'copy') expect(citationStanding(c)).not.toBe('page');
    }
  });

  it('mark as untraced every copy the research notes call unattributed', () => {
    for (const r of reportRows.filter((x) =>
      /no original outlet named|original outlet not (named|shown)/.test(x['input_note'] ?? ''),
    )) {
      expect(data.citations.get(r['citation'] ?? '')?.untraced, r['region_zh']).toBe(true);
    }
  });

  it('cite the seed documents by publisher, title or description and never by file name', () => {
    const text = [read('metrics.csv'), read('citations.csv')].join('\n');
    expect(text).not.toMatch(/seed:|\d{3}_[0-9a-f]{16}\.txt/);
    // National figures (not national sums of the provincial assessment) all come from the seed documents.
    const national = data.rows.filter((r) => r.regionCode === '00' && r.scope !== '全国(省级汇总)');
    expect(national.length).toBeGreaterThan(0);
    for (const r of national) {
      const o = data.citations.get(r.citationId)?.original;
      expect(o?.publisher || o?.title || o?.description, `row ${r.line}`).toBeTruthy();
    }
  });

  it('link only http or https addresses', () => {
    for (const c of citationRows)
      for (const a of [c['source'], c['also_source']])
        if (a && /^[a-z][a-z0-9+.-]*:/i.test(a)) expect(a).toMatch(/^https?:\/\//);
  });
});
