import type { Country } from '../types';

/** Resolves country names (current, historical, with stray spaces or case) to ISO3 codes. */
export interface Gazetteer {
  resolve(name: string): string | null;
  /** Up to `n` known names nearest to `name` (edit distance), best first. */
  suggest(name: string, n?: number): string[];
  has(iso3: string): boolean;
}

export interface NameAlias {
  alias: string;
  iso3: string;
}

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, O(a*b) with one row of memory. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

export function buildGazetteer(countries: readonly Country[], aliases: readonly NameAlias[] = []): Gazetteer {
  const byKey = new Map<string, string>();
  const display = new Map<string, string>();
  const codes = new Set<string>();
  for (const c of countries) {
    codes.add(c.iso3);
    byKey.set(nameKey(c.nameEn), c.iso3);
    byKey.set(nameKey(c.iso3), c.iso3);
    display.set(nameKey(c.nameEn), c.nameEn);
    // The Chinese name the app itself shows, so its own Chinese exports read back.
    if (c.nameZh) byKey.set(nameKey(c.nameZh), c.iso3);
  }
  for (const a of aliases) {
    byKey.set(nameKey(a.alias), a.iso3);
    display.set(nameKey(a.alias), a.alias);
  }
  return {
    resolve(name) {
      return byKey.get(nameKey(name)) ?? null;
    },
    suggest(name, n = 3) {
      const key = nameKey(name);
      return [...display.entries()]
        .map(([k, shown]) => ({ shown, d: editDistance(key, k) }))
        .sort((x, y) => x.d - y.d || x.shown.localeCompare(y.shown))
        .slice(0, n)
        .map((x) => x.shown);
    },
    has(iso3) {
      return codes.has(iso3);
    },
  };
}
