import { useContext, useId } from 'react';
import type { Finding } from '../core/findings/types';
import { findingText, sourcesText } from '../i18n/finding-text';
import type { Lang } from '../i18n/dictionary';
import { useI18n } from '../i18n/i18n-context';
import { useMessages } from '../i18n/messages';
import { keyFigures } from '../i18n/key-figures';
import { CiteButton } from './cite-button';
import { useViewFindings } from './findings-context';
import { findingsUiMessages } from './findings-messages';
import { SlideContext } from './slides';
import { SourceText } from './source-text';

// The findings block as sentences (loaded after a page's first chart: see key-findings.tsx).

/** Findings a slide shows as bullets: what fits beside the chart at 1280x720. */
export const SLIDE_BULLETS = 3;

/** "要点 / Key findings": the view's findings as sentences, each with its sources, and the Cite button. */
export function KeyFindingsBlock() {
  const view = useViewFindings();
  const { lang } = useI18n();
  const m = useMessages(findingsUiMessages);
  const id = useId();
  const slide = useContext(SlideContext);
  if (!view) return null;
  // On a slide: the key figures as large numbers and the first findings as bullets, beside
  // the panel the slide shows (the deck's speaker notes and every export keep them all).
  if (slide?.showing) {
    const figures = keyFigures(view.findings, lang);
    return (
      <>
        {figures.length > 0 ? (
          <ul className="slide-figures" data-testid="slide-figures">
            {figures.map((k, i) => (
              <li key={i}>
                <span className="slide-figure-value">{k.value}</span>
                <span className="slide-figure-label">{k.label}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {view.findings.length > 0 ? (
          <section className="key-findings slide-bullets" aria-labelledby={id} data-testid="key-findings">
            <h2 id={id}>{m('heading')}</h2>
            <FindingList findings={view.findings.slice(0, SLIDE_BULLETS)} lang={lang} />
          </section>
        ) : null}
      </>
    );
  }
  return (
    <section className="key-findings" aria-labelledby={id} data-testid="key-findings">
      <div className="key-findings-head">
        <h2 id={id}>{m('heading')}</h2>
        <CiteButton sources={view.sources} />
      </div>
      {view.findings.length === 0 ? (
        <p className="muted">{m('empty')}</p>
      ) : (
        <FindingList findings={view.findings} lang={lang} />
      )}
    </section>
  );
}

/** Findings as list items: each sentence, then its sources. */
function FindingList({ findings, lang }: { findings: readonly Finding[]; lang: Lang }) {
  return (
    <ul>
      {findings.map((f, i) => (
        <li key={i} data-kind={f.kind} data-testid="finding">
          <span className="finding-text">{findingText(f, lang)}</span>{' '}
          <FindingSourceText text={sourcesText(f.sources, lang)} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A finding's sources. Titles of Chinese publications stay as published: in the English UI
 * each run of Chinese in them is marked as Chinese text.
 */
function FindingSourceText({ text }: { text: string }) {
  return (
    <span className="finding-source">
      <SourceText text={text} />
    </span>
  );
}
