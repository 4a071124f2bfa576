import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SCOPE_EN, scopeName } from '../../src/features/milestones/scope-names';

describe('scope names of the national figures', () => {
  it('names every national scope of the shipped data in English', () => {
    const text = readFileSync(new URL('../../data/cn/metrics.csv', import.meta.url), 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const scopes = new Set(rows.filter((r) => r.region_code === '00').map((r) => r.scope ?? ''));
    expect(scopes.size).toBeGreaterThan(0);
    const missing = [...scopes].filter((s) => !Object.hasOwn(SCOPE_EN, s));
    expect(missing).toEqual([]);
  });

  it('keeps the Chinese wording, flagged, for a scope it does not know', () => {
    expect(scopeName('某个口径', 'en')).toEqual({ text: '某个口径', translated: false });
    expect(scopeName('某个口径', 'zh')).toEqual({ text: '某个口径', translated: true });
  });
});
