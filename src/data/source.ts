// One way to load data from the app's own origin: a source loads once (shared by every
// view that asks), can be retried after a failure, and reports the issues its loaders
// found, so they reach the data-quality notes. Framework-free; the React hook is in
// use-source.ts.

import type { Issue } from '../core/issues';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: T };

/** What a loader returns: the value and every issue met on the way (warnings included). */
export interface Loaded<T> {
  value: T;
  issues: readonly Issue[];
}

/** The issues one source reported, for the data-quality notes. */
export interface SourceIssues {
  /** The source's id (see `DataSourceId`): the notes name it in the UI language. */
  source: DataSourceId;
  issues: readonly Issue[];
}

/** Every data source of the app. */
export type DataSourceId = 'un-surveys' | 'cn-metrics' | 'peer-groups' | 'world-map' | 'published-aggregates';

export interface DataSource<T> {
  readonly id: DataSourceId;
  /** Starts loading if not yet started (or after a failure); resolves with the value. */
  get(): Promise<T>;
  /** The current state, without starting anything. */
  peek(): Resource<T>;
  /** Forgets a failure and loads again. */
  retry(): void;
  subscribe(listener: () => void): () => void;
}

const issueListeners = new Set<() => void>();
let reported: readonly SourceIssues[] = [];

/** The issues reported so far by every source that has loaded (a stable array between changes). */
export function reportedIssues(): readonly SourceIssues[] {
  return reported;
}

export function onIssuesReported(listener: () => void): () => void {
  issueListeners.add(listener);
  return () => issueListeners.delete(listener);
}

function report(source: DataSourceId, issues: readonly Issue[]) {
  reported = [...reported.filter((r) => r.source !== source), ...(issues.length > 0 ? [{ source, issues }] : [])];
  for (const l of issueListeners) l();
}

/**
 * A data source from its loader. Errors in the loaded data (severity `error`) fail the
 * source with their messages; warnings are reported and the value is used.
 */
export function defineSource<T>(id: DataSourceId, loader: () => Promise<Loaded<T>>): DataSource<T> {
  let state: Resource<T> = { status: 'loading' };
  let pending: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: Resource<T>) => {
    state = next;
    for (const l of listeners) l();
  };
  const get = (): Promise<T> => {
    if (pending) return pending;
    if (state.status !== 'loading') set({ status: 'loading' });
    pending = loader().then(
      ({ value, issues }) => {
        const errors = issues.filter((i) => i.severity === 'error');
        if (errors.length > 0) throw new Error(errors.map((e) => `row ${e.row}: ${e.message}`).join('\n'));
        report(id, issues);
        set({ status: 'ready', value });
        return value;
      },
    );
    pending.catch((err: unknown) => {
      pending = null;
      set({ status: 'error', message: err instanceof Error ? err.message : String(err) });
    });
    return pending;
  };
  return {
    id,
    get,
    peek: () => state,
    retry: () => {
      if (state.status === 'error') void get().catch(() => undefined);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The text of a `data:` URL, decoded here rather than fetched: the single-file build
 * inlines its data files as data: URLs, and its policy allows no fetch at all.
 */
export function dataUrlText(url: string): string {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) throw new Error('not a data: URL');
  const body = url.slice(comma + 1);
  if (!/;base64$/i.test(url.slice(0, comma))) return decodeURIComponent(body);
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/** Fetches a file of the app's own bundle as text (a data: URL is decoded without a request). */
export async function fetchText(url: string): Promise<string> {
  if (url.startsWith('data:')) return dataUrlText(url);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}
