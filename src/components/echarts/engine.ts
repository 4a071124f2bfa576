// ECharts itself (setup.ts and what it registers, a chunk of its own) loads beside the page's
// first view rather than as part of it: the view renders while ECharts is still arriving and
// being compiled, and its charts draw once it is in. index.html starts its download with the
// page (scripts/vite-first-view.ts); main.tsx starts running it as soon as it is there.
import type * as Setup from './setup';

export type Engine = typeof Setup;

let loaded: Engine | null = null;
let pending: Promise<Engine> | null = null;
const listeners = new Set<() => void>();

/** ECharts as set up by setup.ts, loaded once (again after a failure). */
export function loadEngine(): Promise<Engine> {
  pending ??= import('./setup').then(
    (mod) => {
      loaded = mod;
      for (const l of listeners) l();
      return mod;
    },
    (err: unknown) => {
      pending = null;
      throw err;
    },
  );
  return pending;
}

/** ECharts once loaded, else null. */
export function loadedEngine(): Engine | null {
  return loaded;
}

/** Calls `listener` when ECharts has loaded; returns the unsubscribe function. */
export function onEngineLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
