import { editDistance, nameKey } from '../load/gazetteer';
import type { Gazetteer } from '../load/gazetteer';
import type { Issue } from '../issues';

/** A name whose lost characters were recovered: "C?te d'Ivoire" read as "Côte d'Ivoire". */
export interface RepairedName {
  raw: string;
  resolvedAs: string;
}

// What a lost character becomes: "?" when Excel saves a name in an encoding without
// the character (ô in GBK), U+FFFD when a decoder meets bytes it cannot read.
const LOST = /[?\uFFFD]/g;

/** Distinct damaged names looked up (about a millisecond each); later ones stay unknown. */
export const MAX_REPAIRED_LOOKUPS = 300;

/**
 * A gazetteer that also resolves names which lost characters on the way (saved by Excel
 * in GBK, decoded with the wrong code page): when the exact lookup fails and the name
 * has such marks, the nearest known name is taken if it is at most one edit per lost
 * character away and no other name is as near. Each repair is recorded in `repaired`,
 * so the import can say what it read. Only the first `maxLookups` distinct damaged
 * names are looked up (a table of the world has about 200 names).
 */
export function lossyNameGazetteer(
  g: Gazetteer,
  maxLookups = MAX_REPAIRED_LOOKUPS,
): Gazetteer & { repaired: RepairedName[] } {
  const repaired: RepairedName[] = [];
  const cache = new Map<string, string | null>();
  return {
    repaired,
    has: (iso3) => g.has(iso3),
    suggest: (name, n) => g.suggest(name, n),
    resolve(name) {
      const exact = g.resolve(name);
      const lost = name.match(LOST)?.length ?? 0;
      if (exact !== null || lost === 0) return exact;
      if (!cache.has(name)) {
        if (cache.size >= maxLookups) return null;
        const key = nameKey(name);
        const [best, next] = g.suggest(name, 2).map((s) => ({ s, d: editDistance(key, nameKey(s)) }));
        const ok = best && best.d <= lost && (!next || next.d > best.d);
        cache.set(name, ok ? g.resolve(best.s) : null);
        if (ok) repaired.push({ raw: name, resolvedAs: best.s });
      }
      return cache.get(name) ?? null;
    },
  };
}

/** One warning per repaired name. */
export function repairedNameIssues(repaired: readonly RepairedName[]): Issue[] {
  return repaired.map((r) => ({
    severity: 'warning',
    code: 'lossy-name',
    row: 0,
    column: null,
    message: `"${r.raw}" lost characters when saved; read as "${r.resolvedAs}".`,
    params: { value: r.raw, name: r.resolvedAs },
  }));
}
