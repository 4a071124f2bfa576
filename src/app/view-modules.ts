// Each view's code is a chunk of its own. The shell renders a view once its chunk is in,
// rather than through React.lazy and Suspense: a Suspense fallback, once shown, holds the
// view back for React's fallback throttle (300 ms) even when its code arrives sooner.
import { useEffect, useSyncExternalStore } from 'react';
import type { ComponentType } from 'react';
import type { ViewId } from '../state/url/global-params';
import type { ViewEntry, ViewProps } from '../state/url/view-props';

type ViewComponent = ComponentType<ViewProps<Record<string, unknown>>>;
export type ViewModule =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; component: ViewComponent };

const LOADING: ViewModule = { status: 'loading' };
const modules = new Map<ViewId, ViewModule>();
const pending = new Map<ViewId, Promise<void>>();
const listeners = new Set<() => void>();

function set(id: ViewId, m: ViewModule) {
  modules.set(id, m);
  for (const l of listeners) l();
}

/** Fetches a view's code once (again after a failure). */
export function loadView(entry: ViewEntry): Promise<void> {
  const known = pending.get(entry.id);
  if (known) return known;
  if (modules.get(entry.id)?.status === 'error') set(entry.id, LOADING);
  const p = entry.load().then(
    (mod) => set(entry.id, { status: 'ready', component: mod.default }),
    (err: unknown) => {
      pending.delete(entry.id);
      set(entry.id, { status: 'error', message: err instanceof Error ? err.message : String(err) });
    },
  );
  pending.set(entry.id, p);
  return p;
}

/** The view's code: loading, failed (retry with loadView), or its component. */
export function useViewModule(entry: ViewEntry): ViewModule {
  const m = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => modules.get(entry.id) ?? LOADING,
  );
  useEffect(() => {
    if ((modules.get(entry.id) ?? LOADING).status === 'loading') void loadView(entry);
  }, [entry]);
  return m;
}
