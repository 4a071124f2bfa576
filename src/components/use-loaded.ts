import { useEffect, useState } from 'react';
import { afterFirstChart, isFirstChartDrawn } from './echarts/first-chart';

const modules = new Map<() => Promise<unknown>, unknown>();

/**
 * A module loaded on demand: null until `when` first holds and `load` has resolved, then
 * the module (kept for every later use). For what only some visits use (the saved-views
 * panel) or what can wait for the first chart (findings' sentences, the UN's published
 * figures, the data-quality notes), so it stays out of the first page. A chunk that fails
 * to load leaves null (the part stays away; the rest of the page works).
 */
export function useLoaded<T>(load: () => Promise<T>, when: boolean): T | null {
  const [mod, setMod] = useState<T | null>(() => (modules.get(load) as T | undefined) ?? null);
  useEffect(() => {
    if (mod || !when) return;
    let live = true;
    load().then(
      (m) => {
        modules.set(load, m);
        if (live) setMod(m);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [mod, when, load]);
  return mod;
}

/** False until the page's first chart has been drawn (see afterFirstChart), then true. */
export function useFirstChartDrawn(opts: { always?: boolean } = {}): boolean {
  const always = opts.always ?? false;
  const [drawn, setDrawn] = useState(isFirstChartDrawn);
  useEffect(() => {
    if (drawn) return;
    let live = true;
    void afterFirstChart(3000, { always }).then(() => live && setDrawn(true));
    return () => {
      live = false;
    };
  }, [always, drawn]);
  return drawn;
}
