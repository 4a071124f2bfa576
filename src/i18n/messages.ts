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

/** A translate function: the message under `key`, its `{name}` placeholders filled. */
export type MessageFunction<K extends string> = (key: K, params?: Params) => string;

// One function per messages table and language, so a function's identity changes only
// with the language: option memos that depend on it recompute only then. Keyed by the
// table object; each entry holds the functions of that table's own keys.
const functions = new WeakMap<object, Partial<Record<Lang, MessageFunction<never>>>>();

/** The translate function for `messages` in `lang`; the same function on every call. */
export function messageFunction<K extends string>(messages: Messages<K>, lang: Lang): MessageFunction<K> {
  let byLang = functions.get(messages) as Partial<Record<Lang, MessageFunction<K>>> | undefined;
  if (!byLang) {
    byLang = {};
    functions.set(messages, byLang);
  }
  const table = messages[lang];
  byLang[lang] ??= (key, params) => fill(table[key], params);
  return byLang[lang];
}

/**
 * The translate function for a feature's messages, in the current UI language. Stable: the
 * same function while the language (and the table) stays the same.
 */
export function useMessages<K extends string>(messages: Messages<K>): MessageFunction<K> {
  const { lang } = useI18n();
  return messageFunction(messages, lang);
}
