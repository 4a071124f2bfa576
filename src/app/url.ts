import { allCodecs, browserHistory, UrlStore } from '../state/url/url-state';
import { VIEW_PARAMS } from './views';

/** The page's URL state: the one store that reads and writes the URL. */
export const urlStore = new UrlStore(browserHistory(window), VIEW_PARAMS);

/** Every URL parameter name the app knows (a saved view may use only these). */
export const KNOWN_PARAMS: ReadonlySet<string> = new Set(allCodecs(VIEW_PARAMS).keys());
