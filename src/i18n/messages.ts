import { useI18n } from './i18n-context';
import type { Lang } from './dictionary';

import { fill } from './fill';
import type { Params } from './fill';

export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/**
 * A feature's own strings, kept beside the feature so features stay independent.
 * Both languages must list the same keys (a missing key is a type error).
 */
export function defineMessages<K extends string>(
  zh: Record<K, string>,
  en: NoInfer<Record<K, string>>,
): Messages<K> {
  return { zh, en };
}

/** The translate function for a feature's messages, in the current UI language. */
export function useMessages<K extends string>(messages: Messages<K>): (key: K, params?: Params) => string {
  const { lang } = useI18n();
  return (key, params) => fill(messages[lang][key], params);
}
