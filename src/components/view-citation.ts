import { CITE_STYLES, citationText, references } from '../core/cite/cite';
import type { CiteInput, CiteStyle } from '../core/cite/cite';
import type { FindingSource } from '../core/findings/types';
import type { Lang } from '../i18n/dictionary';
import { translate } from '../i18n/dictionary';
import { messageFunction } from '../i18n/messages';
import { APP_VERSION } from './app-version';
import { findingsUiMessages } from './findings-messages';

/** Today as YYYY-MM-DD in the user's time zone (the date the view was accessed). */
export function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** What a citation of the current view cites: its sources and the dashboard at this link, today. */
export function citeInput(
  sources: readonly FindingSource[],
  lang: Lang,
  url = window.location.href,
): CiteInput {
  return {
    sources,
    app: { title: translate(lang, 'app.title'), version: APP_VERSION, url, accessed: today() },
  };
}

/** The references as a block of text in each style. */
export function citationBlocks(input: CiteInput, lang: Lang): Record<CiteStyle, string> {
  return { gbt7714: citationText(input, 'gbt7714', lang), apa: citationText(input, 'apa', lang) };
}

/** One line per style for an export footer: "引用(GB/T 7714-2015):[1] … [2] …". */
export function citationLines(input: CiteInput, lang: Lang): string[] {
  const m = messageFunction(findingsUiMessages, lang);
  return CITE_STYLES.map((style) => {
    const refs = references(input, style, lang);
    const text = (style === 'gbt7714' ? refs.map((r, i) => `[${i + 1}] ${r}`) : refs).join(' ');
    return m('citation', { style: m(`style.${style}`), text });
  });
}
