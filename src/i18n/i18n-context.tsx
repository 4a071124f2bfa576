import { createContext, useContext } from 'react';
import type { Lang, MessageKey } from './dictionary';
import { translate } from './dictionary';
import type { Country } from '../core/types';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** A number with a fixed number of decimals, formatted for the locale. */
  num: (v: number | null, decimals?: number) => string;
  /** A signed change (+0.0123 / −0.0123), or '—' for missing. */
  signed: (v: number | null, decimals?: number) => string;
  /** The country's name in the UI language. */
  countryName: (c: Pick<Country, 'nameEn' | 'nameZh'> | undefined, fallback?: string) => string;
}

const made = new Map<Lang, I18n>();

/**
 * The formatting functions for `lang`: one object per language, so `t`, `num`, `signed`
 * and `countryName` keep their identity while the language stays the same.
 */
export function makeI18n(lang: Lang): I18n {
  let i18n = made.get(lang);
  if (!i18n) {
    i18n = createI18n(lang);
    made.set(lang, i18n);
  }
  return i18n;
}

function createI18n(lang: Lang): I18n {
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const formats = new Map<number, Intl.NumberFormat>();
  const fmt = (d: number) => {
    let f = formats.get(d);
    if (!f) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
      formats.set(d, f);
    }
    return f;
  };
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    num: (v, d = 4) => (v === null ? '—' : fmt(d).format(v)),
    signed: (v, d = 4) => {
      if (v === null) return '—';
      const s = fmt(d).format(Math.abs(v));
      return v > 0 ? `+${s}` : v < 0 ? `−${s}` : s;
    },
    countryName: (c, fallback = '') => (c ? (lang === 'zh' ? c.nameZh || c.nameEn : c.nameEn) : fallback),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
