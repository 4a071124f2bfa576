import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Dataset } from '../core/dataset';
import { findingSources } from '../core/findings/findings';
import { editionSources, mergeSources } from '../core/findings/sources';
import type { Finding } from '../core/findings/types';
import { findingText, sourcesText } from '../i18n/finding-text';
import { useI18n } from '../i18n/i18n-context';
import { useMessages } from '../i18n/messages';
import { CiteButton } from './cite-button';
import { FindingsContext, useViewFindings } from './findings-context';
import type { ViewFindings } from './findings-context';
import { findingsUiMessages } from './findings-messages';
import './findings.css';

/**
 * Gives a view's findings and sources to its findings block, its Cite dialog and every
 * export made inside it. `years` are the editions its charts show; the sources are those
 * editions' (the UN survey and any imported dataset) and every finding's.
 */
export function FindingsProvider({
  dataset,
  years,
  findings,
  children,
}: {
  dataset: Dataset;
  years: readonly number[];
  findings: readonly Finding[];
  children: ReactNode;
}) {
  const value = useMemo<ViewFindings>(
    () => ({ findings, sources: mergeSources(editionSources(dataset, years), findingSources(findings)) }),
    [dataset, years, findings],
  );
  return <FindingsContext.Provider value={value}>{children}</FindingsContext.Provider>;
}

/** "要点 / Key findings": the view's findings as sentences, each with its sources, and the Cite button. */
export function KeyFindings() {
  const view = useViewFindings();
  const { lang } = useI18n();
  const m = useMessages(findingsUiMessages);
  const id = useId();
  if (!view) return null;
  return (
    <section className="key-findings" aria-labelledby={id} data-testid="key-findings">
      <div className="key-findings-head">
        <h2 id={id}>{m('heading')}</h2>
        <CiteButton sources={view.sources} />
      </div>
      {view.findings.length === 0 ? (
        <p className="muted">{m('empty')}</p>
      ) : (
        <ul>
          {view.findings.map((f, i) => (
            <li key={i} data-kind={f.kind} data-testid="finding">
              <span className="finding-text">{findingText(f, lang)}</span>{' '}
              <span className="finding-source">{sourcesText(f.sources, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
