import { Fragment } from 'react';
import { useI18n } from '../i18n/i18n-context';

/**
 * A run of Chinese characters and the punctuation, digits and spaces between them. A run
 * starts on a Chinese character or 《》 (curly quotes alone are English punctuation too).
 */
const CJK_RUN =
  /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef《》][\u3000-\u303f\u3400-\u9fff\uff00-\uffef《》“”‘’()\d\s.,:;·-]*/gu;

/** Splits `text` into plain runs and runs of Chinese source wording (for tests; see SourceText). */
export function cjkRuns(text: string): { text: string; zh: boolean }[] {
  const out: { text: string; zh: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(CJK_RUN)) {
    const start = m.index;
    // Trailing spaces and Latin punctuation belong to the text around the run.
    const run = m[0].replace(/[\s.,:;·-]+$/u, '');
    if (start > at) out.push({ text: text.slice(at, start), zh: false });
    out.push({ text: run, zh: true });
    at = start + run.length;
  }
  if (at < text.length) out.push({ text: text.slice(at), zh: false });
  return out;
}

/**
 * Text that quotes sources (publication names, titles, scopes as the source words them)
 * inside a UI sentence: in the English UI each run of Chinese wording is marked
 * lang="zh-CN", so it is read and shown as Chinese. Only for source wording: UI text
 * itself comes from the i18n tables in the UI language.
 */
export function SourceText({ text }: { text: string }) {
  const { lang } = useI18n();
  if (lang === 'zh') return <>{text}</>;
  return (
    <>
      {cjkRuns(text).map((r, i) =>
        r.zh ? (
          <span key={i} lang="zh-CN">
            {r.text}
          </span>
        ) : (
          <Fragment key={i}>{r.text}</Fragment>
        ),
      )}
    </>
  );
}
