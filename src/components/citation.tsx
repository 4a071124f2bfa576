import { useMemo } from 'react';
import { isWebAddress } from '../core/citation';
import type { Citation } from '../core/citation';
import { useMessages } from '../i18n/messages';
import {
  citationMessages,
  citationShortText,
  citationText,
  copyLabel,
  kindLabel,
  pageIsSource,
  publicationText,
  readable,
} from '../i18n/citation-text';
import { SourceText } from './source-text';
import './citation.css';

export { citationMessages, citationShortText, citationText, publicationText };

/** The plain-text formatter in the UI language. */
export function useCitationText(): (c: Citation) => string {
  const m = useMessages(citationMessages);
  return useMemo(() => (c: Citation) => citationText(c, m), [m]);
}

/** The short formatter (citationShortText) in the UI language. */
export function useCitationShortText(): (c: Citation) => string {
  const m = useMessages(citationMessages);
  return useMemo(() => (c: Citation) => citationShortText(c, m), [m]);
}

/** An address as a link when it is http or https (new tab, no referrer); any other text stays text. */
function Address({ address }: { address: string }) {
  if (!isWebAddress(address)) return <span className="cite-address">{address}</span>;
  return (
    <a className="cite-address" href={address} target="_blank" rel="noreferrer noopener">
      <SourceText text={readable(address)} />
    </a>
  );
}

/**
 * A citation a reader can follow: the original publication (publisher, title, date)
 * first, then the copy it was read from with its kind; an untraced copy says so; a
 * copy is never shown as the source. Every text is data, rendered as text.
 */
export function CitationView({ citation }: { citation: Citation }) {
  const m = useMessages(citationMessages);
  const c = citation;
  return (
    <div className="cite" data-testid="citation">
      {c.original ? (
        <p className="cite-original">
          <span className="cite-label">{m('original')}:</span>{' '}
          {c.original.publisher ? (
            <span className="cite-publisher">
              <SourceText text={c.original.publisher} />
            </span>
          ) : null}
          {c.original.title ? (
            <cite className="cite-title">
              <SourceText text={`《${c.original.title}》`} />
            </cite>
          ) : null}
          {c.original.description ? (
            <span className="cite-description">
              <SourceText text={`〔${c.original.description}〕`} />
            </span>
          ) : null}
          {c.original.date ? <span className="cite-date"> {c.original.date}</span> : null}
        </p>
      ) : pageIsSource(c) ? null : (
        <p className="cite-original cite-missing">{m('notIdentified')}</p>
      )}
      {c.copies.map((copy, i) => (
        <p key={i} className={`cite-copy cite-${copy.role}`}>
          <span className="cite-label">{copyLabel(copy, c, m)}:</span>{' '}
          {copy.address ? (
            <Address address={copy.address} />
          ) : (
            <span className="muted">{m(copy.kind === 'copy' ? 'copyNoAddress' : 'noAddress')}</span>
          )}
          {copy.title ? (
            <span className="cite-title">
              {' '}
              <SourceText text={`《${copy.title}》`} />
            </span>
          ) : null}
          {copy.date ? <span className="cite-date"> {copy.date}</span> : null}{' '}
          {copy.address || copy.kind !== 'copy' ? (
            <span className={`cite-kind cite-kind-${copy.kind ?? 'none'}`}>{kindLabel(copy, m)}</span>
          ) : null}
          {copy.role === 'read' && c.untraced ? (
            <span className="cite-untraced" data-testid="citation-untraced">
              {' '}
              {m('untraced')}
            </span>
          ) : null}
        </p>
      ))}
    </div>
  );
}
