// The only code that reads and writes the page URL: parses it (on load, Back/Forward, a
// saved view, a presenter slide), pushes or replaces history entries, and listens to
// popstate. Every parse is checked against the dataset on screen (shipped data plus
// active imports), so an imported edition survives Back as well as a reload.

import type { Codecs, ParamCodec, UrlContext } from './codec';
import { GLOBAL_PARAMS } from './global-params';
import type { GlobalState, ViewId } from './global-params';

/** Every parameter value, global and of every view, by URL parameter name. */
export type UrlValues = GlobalState & Record<string, unknown>;

/** The parameters each view owns (besides the global ones). */
export type ViewParamRegistry = ReadonlyMap<ViewId, Codecs<Record<string, unknown>>>;

export interface ParsedUrl {
  state: UrlValues;
  /** Parameters that were unknown or invalid and fell back (names, for the notice). */
  invalid: readonly string[];
}

export interface UrlSnapshot extends ParsedUrl {
  /** The data the URL was last read against; null until the data is known. */
  ctx: UrlContext | null;
}

/** The slice of `window` the store needs; tests pass a fake. */
export interface HistoryPort {
  /** The current `location.search` ('' or '?…'). */
  search(): string;
  pathname(): string;
  push(url: string): void;
  replace(url: string): void;
  /** Calls `listener` on Back/Forward; returns the unsubscribe function. */
  onPop(listener: () => void): () => void;
}

export function browserHistory(win: Window): HistoryPort {
  return {
    search: () => win.location.search,
    pathname: () => win.location.pathname,
    push: (url) => win.history.pushState(null, '', url),
    replace: (url) => win.history.replaceState(null, '', url),
    onPop: (listener) => {
      win.addEventListener('popstate', listener);
      return () => win.removeEventListener('popstate', listener);
    },
  };
}

export interface UpdateOptions {
  /** Replace the current history entry instead of adding one (restoring state, not a user step). */
  replace?: boolean;
}

/** One codec per parameter name across the global state and every view (a name means one thing). */
export function allCodecs(views: ViewParamRegistry): ReadonlyMap<string, ParamCodec<unknown>> {
  const all = new Map<string, ParamCodec<unknown>>(Object.entries(GLOBAL_PARAMS));
  for (const [view, codecs] of views) {
    for (const [key, codec] of Object.entries(codecs)) {
      const known = all.get(key);
      if (known !== undefined && known !== codec)
        throw new Error(`URL parameter "${key}" of view ${view} is defined twice`);
      all.set(key, codec);
    }
  }
  return all;
}

/**
 * The view state behind the URL. Holds a value for every parameter: the URL carries the
 * global ones and the current view's own (where they differ from their fallback); the
 * others stay in memory, so a country list picked on Trends is still there on Compare.
 */
export class UrlStore {
  readonly #port: HistoryPort;
  readonly #views: ViewParamRegistry;
  readonly #codecs: ReadonlyMap<string, ParamCodec<unknown>>;
  #ctx: UrlContext | null = null;
  #snapshot: UrlSnapshot;
  #typing: string | null = null;
  readonly #listeners = new Set<() => void>();

  constructor(port: HistoryPort, views: ViewParamRegistry) {
    this.#port = port;
    this.#views = views;
    this.#codecs = allCodecs(views);
    const fallback = Object.fromEntries([...this.#codecs].map(([k, c]) => [k, c.fallback])) as UrlValues;
    // Before the data is known only the language is read, for the loading message.
    const rawLang = new URLSearchParams(port.search()).get('lang');
    const lang = rawLang === null ? undefined : GLOBAL_PARAMS.lang.parse(rawLang, EMPTY_CTX).value;
    this.#snapshot = { state: { ...fallback, lang: lang ?? fallback.lang }, invalid: [], ctx: null };
  }

  getSnapshot = (): UrlSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Starts listening to Back/Forward; returns the function that stops. */
  listen(): () => void {
    return this.#port.onPop(() => {
      this.#typing = null;
      if (this.#ctx) this.#set(this.parse(this.#port.search()));
    });
  }

  /**
   * Sets the dataset the URL is checked against and reads the current URL with it: on the
   * first call (start-up), and again whenever the dataset on screen changes (an import).
   */
  setContext(ctx: UrlContext): void {
    if (ctx === this.#ctx) return;
    this.#ctx = ctx;
    this.#set(this.parse(this.#port.search()));
  }

  /**
   * Reads a query for the view it names: the global parameters and that view's own. Absent
   * ones take their fallback; invalid ones fall back and are listed in `invalid`. Parameters
   * of other views, and unknown ones (a mail client's tracking tag), are ignored; the values
   * of other views' parameters held in memory are kept.
   */
  parse(search: string, against: UrlContext | null = this.#ctx): ParsedUrl {
    const ctx = against ?? EMPTY_CTX;
    const p = new URLSearchParams(search);
    const invalid: string[] = [];
    const read = (key: string, codec: ParamCodec<unknown>) => {
      const raw = p.get(key);
      if (raw === null) return codec.fallback;
      const r = codec.parse(raw, ctx);
      if (!r.ok) invalid.push(key);
      return r.value ?? codec.fallback;
    };
    const state = { ...this.#snapshot.state };
    for (const [key, codec] of Object.entries(GLOBAL_PARAMS)) state[key] = read(key, codec);
    const own = this.#views.get(state.view) ?? {};
    for (const [key, codec] of Object.entries(own)) state[key] = read(key, codec);
    return { state: state as UrlValues, invalid };
  }

  /** True when the current URL reads without an invalid parameter against `ctx`. */
  fits(ctx: UrlContext): boolean {
    return this.parse(this.#port.search(), ctx).invalid.length === 0;
  }

  /** The query for a state: the global parameters and the view's own, where not at their fallback. */
  serialize(state: UrlValues): string {
    const p = new URLSearchParams();
    const write = (key: string, codec: ParamCodec<unknown>) => {
      const text = codec.serialize(state[key]);
      if (text !== codec.serialize(codec.fallback)) p.set(key, text);
    };
    for (const [key, codec] of Object.entries(GLOBAL_PARAMS)) write(key, codec);
    for (const [key, codec] of Object.entries(this.#views.get(state.view) ?? {})) write(key, codec);
    const s = p.toString();
    return s ? `?${s}` : '';
  }

  /** The link for the current state changed by `patch` (navigation links, copy link). */
  href(patch: Partial<UrlValues> = {}): string {
    return this.serialize({ ...this.#snapshot.state, ...patch }) || this.#port.pathname();
  }

  /**
   * Changes the state and records it: a new history entry per change, except that a run of
   * typing in one text parameter replaces its entry, and `replace` replaces explicitly.
   */
  update = (patch: Partial<UrlValues>, opts: UpdateOptions = {}): void => {
    const state = { ...this.#snapshot.state, ...patch } as UrlValues;
    const keys = Object.keys(patch).filter(
      (k) => !sameValue(this.#codecs.get(k), patch[k], this.#snapshot.state[k]),
    );
    if (keys.length === 0) return;
    const typed = keys.length === 1 && keys[0] !== undefined && this.#codecs.get(keys[0])?.typing === true;
    const replace = opts.replace === true || (typed && this.#typing === keys[0]);
    this.#typing = typed ? (keys[0] ?? null) : null;
    this.#record(state, replace);
    this.#set({ state, invalid: this.#snapshot.invalid });
  };

  /**
   * Opens a saved query (a saved view, a presenter slide) as a new history entry, read like a
   * URL against the data on screen. The language stays as it is. `replace` takes the place of
   * the current entry instead (the deck export visits each saved view, then goes back).
   */
  open = (query: string, opts: { replace?: boolean } = {}): void => {
    const parsed = this.parse(query);
    const state = { ...parsed.state, lang: this.#snapshot.state.lang };
    this.#typing = null;
    this.#record(state, opts.replace ?? false);
    this.#set({ state, invalid: parsed.invalid });
  };

  /** Clears the invalid-parameter notice. */
  dismissInvalid = (): void => {
    if (this.#snapshot.invalid.length > 0) this.#set({ state: this.#snapshot.state, invalid: [] });
  };

  #record(state: UrlValues, replace: boolean) {
    const url = this.serialize(state) || this.#port.pathname();
    const current = this.#port.search() || this.#port.pathname();
    if (url === current) return;
    if (replace) this.#port.replace(url);
    else this.#port.push(url);
  }

  #set(next: ParsedUrl) {
    this.#snapshot = { ...next, ctx: this.#ctx };
    for (const l of this.#listeners) l();
  }
}

const EMPTY_CTX: UrlContext = { editions: [], isCountry: () => false };

function sameValue(codec: ParamCodec<unknown> | undefined, a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return codec !== undefined && codec.serialize(a) === codec.serialize(b);
}
