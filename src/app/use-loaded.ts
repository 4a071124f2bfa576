import { useEffect, useState } from 'react';

const modules = new Map<() => Promise<unknown>, unknown>();

/**
 * A module loaded on demand: null until `when` first holds and `load` has resolved, then
 * the module (kept for every later use). For parts of the shell that only some visits use
 * (the saved-views panel, the data-quality notes), so they stay out of the first page.
 */
export function useLoaded<T>(load: () => Promise<T>, when: boolean): T | null {
  const [mod, setMod] = useState<T | null>(() => (modules.get(load) as T | undefined) ?? null);
  useEffect(() => {
    if (mod || !when) return;
    let live = true;
    void load().then((m) => {
      modules.set(load, m);
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [mod, when, load]);
  return mod;
}
