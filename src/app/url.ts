import type { Dataset } from '../core/dataset';
import type { UrlContext } from '../state/url/codec';
import { allCodecs, browserHistory, UrlStore } from '../state/url/url-state';
import { VIEW_PARAMS } from './views';

/** The page's URL state: the one store that reads and writes the URL. */
export const urlStore = new UrlStore(browserHistory(window), VIEW_PARAMS);

/** Every URL parameter name the app knows (a saved view may use only these). */
export const KNOWN_PARAMS: ReadonlySet<string> = new Set(allCodecs(VIEW_PARAMS).keys());

const contexts = new WeakMap<Dataset, UrlContext>();

/** What the URL is read against for a dataset: its editions and countries (one object per dataset). */
export function urlContextFor(ds: Dataset): UrlContext {
  let ctx = contexts.get(ds);
  if (!ctx) {
    ctx = { editions: ds.editions, isCountry: (c) => ds.countries.has(c) };
    contexts.set(ds, ctx);
  }
  return ctx;
}
