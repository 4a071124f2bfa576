// URL parameters as values: each parameter is described once (how it is read from the
// URL, written back, and what it is when absent), by the global state or by the view
// that owns it. Framework-free: runs in Node tests with a fake History.

/** What a URL is checked against: the dataset on screen (shipped data plus active imports). */
export interface UrlContext {
  editions: readonly number[];
  isCountry: (iso3: string) => boolean;
}

/** A parsed value; `ok: false` means the raw text was (partly) invalid and `value` is what could be kept. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; value?: T };

export interface ParamCodec<T> {
  /** The value when the parameter is absent from the URL. */
  readonly fallback: T;
  /** Reads the raw URL text, checked against the data on screen. */
  parse(raw: string, ctx: UrlContext): Parsed<T>;
  /** The URL text; a value whose text equals the fallback's is left out of the URL. */
  serialize(value: T): string;
  /** Typed text (a search box): a run of changes to it replaces one history entry. */
  readonly typing?: boolean;
}

/** The codecs of a set of parameters, keyed by URL parameter name. */
export type Codecs<P> = { readonly [K in keyof P]: ParamCodec<P[K]> };

/** The values a set of codecs describes. */
export type ValuesOf<C> = { [K in keyof C]: C[K] extends ParamCodec<infer T> ? T : never };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T>(value?: T): Parsed<T> => (value === undefined ? { ok: false } : { ok: false, value });

/** One of a fixed list of words. */
export function oneOf<T extends string>(list: readonly T[], fallback: T): ParamCodec<T> {
  return {
    fallback,
    parse: (raw) => ((list as readonly string[]).includes(raw) ? ok(raw as T) : bad()),
    serialize: (v) => v,
  };
}

/** An edition of the data on screen; null (absent) means the view's default edition. */
export const editionParam: ParamCodec<number | null> = {
  fallback: null,
  parse: (raw, ctx) => {
    const y = Number(raw);
    return /^\d{4}$/.test(raw) && ctx.editions.includes(y) ? ok(y) : bad();
  },
  serialize: (v) => (v === null ? '' : String(v)),
};

/** Free text of at most `max` characters. */
export function textParam(max: number, opts: { typing?: boolean } = {}): ParamCodec<string> {
  return {
    fallback: '',
    parse: (raw) => (raw.length <= max ? ok(raw) : bad(raw.slice(0, max))),
    serialize: (v) => v,
    typing: opts.typing ?? false,
  };
}

/** Text of a fixed shape (an id, a code); anything else is refused. */
export function shapedParam(re: RegExp): ParamCodec<string> {
  return { fallback: '', parse: (raw) => (re.test(raw) ? ok(raw) : bad()), serialize: (v) => v };
}

/** A four-digit year of a source other than the UN survey (checked by its view against that data). */
export const yearShapeParam: ParamCodec<number | null> = {
  fallback: null,
  parse: (raw) => (/^\d{4}$/.test(raw) ? ok(Number(raw)) : bad()),
  serialize: (v) => (v === null ? '' : String(v)),
};

/**
 * A comma-separated list of distinct items; items that fail `item` are dropped and the
 * parameter is reported, the valid rest kept.
 */
export function listParam(
  fallback: readonly string[],
  item: (s: string, ctx: UrlContext) => string | null,
): ParamCodec<string[]> {
  return {
    fallback: [...fallback],
    parse: (raw, ctx) => {
      const parts = raw.split(',').filter((s) => s.trim() !== '');
      const valid = parts.map((s) => item(s.trim(), ctx)).filter((s): s is string => s !== null);
      const list = [...new Set(valid)];
      return valid.length === parts.length ? ok(list) : bad(list);
    },
    serialize: (v) => v.join(','),
  };
}

/** Member-state ISO3 codes known to the data on screen (case-insensitive in the URL). */
export const countriesParam = listParam(['CHN'], (s, ctx) => {
  const iso3 = s.toUpperCase();
  return ctx.isCountry(iso3) ? iso3 : null;
});
