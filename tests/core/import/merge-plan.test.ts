import { describe, expect, it } from 'vitest';
import { overlayRows, planMerge, resolveMerge } from '../../../src/core/import/merge-plan';
import type { SurveyRow } from '../../../src/core/types';

const row = (year: number, iso3: string, egdi: number | null, egdiRank: number | null = null): SurveyRow => ({
  year,
  iso3,
  nameEn: iso3,
  egdiRank,
  egdi,
  osi: null,
  hci: null,
  tii: null,
  epi: null,
});

const loaded = Object.freeze([row(2022, 'CHN', 0.8119, 43), row(2022, 'JPN', 0.9002, 14)]);

describe('planMerge', () => {
  const incoming = [
    row(2022, 'CHN', 0.82, 43), // conflict: EGDI differs
    row(2022, 'JPN', 0.9002, 14), // identical
    row(2026, 'CHN', 0.9, 1), // new
    row(2022, 'KOR', null), // new, unassessed
  ];
  const plan = planMerge(loaded, incoming);

  it('sorts rows into added, unchanged and conflicts', () => {
    expect(plan.added.map((r) => `${r.year} ${r.iso3}`)).toEqual(['2026 CHN', '2022 KOR']);
    expect(plan.unchanged.map((r) => `${r.year} ${r.iso3}`)).toEqual(['2022 JPN']);
    expect(plan.conflicts.map((c) => [c.key, c.fields])).toEqual([['2022|CHN', ['egdi']]]);
  });

  it('treats a blank against a number as a blank, not a conflict; a number against a blank as a conflict', () => {
    const p = planMerge(loaded, [row(2022, 'CHN', null, 43)]);
    expect(p.conflicts).toEqual([]);
    expect(p.blankOnly[0]?.blanks).toEqual(['egdi']);
    const q = planMerge([row(2022, 'CHN', null, 43)], [row(2022, 'CHN', 0.8, 43)]);
    expect(q.conflicts[0]?.fields).toEqual(['egdi']);
  });

  it.each([
    // choice, imported keys, separate keys, merged 2022 CHN EGDI
    ['keep', ['2026|CHN', '2022|KOR'], [], 0.8119],
    ['replace', ['2026|CHN', '2022|KOR', '2022|CHN'], [], 0.82],
    ['separate', ['2026|CHN', '2022|KOR'], ['2022|CHN'], 0.8119],
  ] as const)('choice %s', (choice, importedKeys, separateKeys, egdi) => {
    const out = resolveMerge(plan, new Map([['2022|CHN', choice]]));
    expect(out.imported.map((r) => `${r.year}|${r.iso3}`)).toEqual(importedKeys);
    expect(out.separate.map((r) => `${r.year}|${r.iso3}`)).toEqual(separateKeys);
    const merged = overlayRows(loaded, out.imported);
    expect(merged.find((r) => r.year === 2022 && r.iso3 === 'CHN')?.egdi).toBe(egdi);
    expect(merged).toHaveLength(4);
    expect(loaded[0]?.egdi).toBe(0.8119);
  });

  it('uses the fallback choice for conflicts the user did not decide', () => {
    expect(resolveMerge(plan, new Map(), 'replace').imported).toHaveLength(3);
    expect(resolveMerge(plan, new Map()).imported).toHaveLength(2);
  });
});

describe('overlayRows', () => {
  it('lays later layers over earlier ones, keeping base order', () => {
    const out = overlayRows(loaded, [row(2026, 'CHN', 0.5)], [row(2026, 'CHN', 0.6), row(2022, 'JPN', 0.1)]);
    expect(out.map((r) => [r.year, r.iso3, r.egdi])).toEqual([
      [2022, 'CHN', 0.8119],
      [2022, 'JPN', 0.1],
      [2026, 'CHN', 0.6],
    ]);
  });
});
