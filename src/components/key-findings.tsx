import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Dataset } from '../core/dataset';
import { findingSources } from '../core/findings/findings';
import { editionSources, mergeSources } from '../core/findings/sources';
import type { Finding, FindingSource } from '../core/findings/types';
import { useMessages } from '../i18n/messages';
import { useFirstChartDrawn, useLoaded } from './use-loaded';
import { FindingsContext, useViewFindings } from './findings-context';
import type { ViewFindings } from './findings-context';
import { findingsUiMessages } from './findings-messages';
import './findings.css';

/**
 * Gives a view's findings and sources to its findings block, its Cite dialog and every
 * export made inside it. `years` are the survey editions its charts show (of `dataset`);
 * the sources are those editions' (the UN survey and any imported dataset), `sources` (the
 * publications of other figures shown, e.g. the provincial map's) and every finding's.
 */
export function FindingsProvider({
  dataset,
  years = NO_YEARS,
  sources = NO_SOURCES,
  findings,
  children,
}: {
  dataset?: Dataset;
  years?: readonly number[];
  sources?: readonly FindingSource[];
  findings: readonly Finding[];
  children: ReactNode;
}) {
  const value = useMemo<ViewFindings>(
    () => ({
      findings,
      sources: mergeSources(dataset ? editionSources(dataset, years) : [], sources, findingSources(findings)),
    }),
    [dataset, years, sources, findings],
  );
  return <FindingsContext.Provider value={value}>{children}</FindingsContext.Provider>;
}

const NO_YEARS: readonly number[] = [];
const NO_SOURCES: readonly FindingSource[] = [];

const loadBlock = () => import('./key-findings-block');

/**
 * "要点 / Key findings": the view's findings as sentences, each with its sources, and the
 * Cite button. The sentences (both languages' texts, the citation formatter) load once the
 * page's first chart is drawn, so they do not hold it back; until then the block keeps its
 * place with its heading.
 */
export function KeyFindings() {
  const view = useViewFindings();
  const m = useMessages(findingsUiMessages);
  const id = useId();
  const block = useLoaded(loadBlock, useFirstChartDrawn());
  if (!view) return null;
  if (block) return <block.KeyFindingsBlock />;
  return (
    <section className="key-findings key-findings-pending" aria-labelledby={id} aria-busy="true">
      <div className="key-findings-head">
        <h2 id={id}>{m('heading')}</h2>
      </div>
    </section>
  );
}
