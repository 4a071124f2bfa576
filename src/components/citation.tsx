import { useMemo } from 'react';
import { isWebAddress, siteOf } from '../core/citation';
import type { Citation, CitationCopy, Publication } from '../core/citation';
import { defineMessages, useMessages } from '../i18n/messages';
import type { MessageFunction } from '../i18n/messages';
import { SourceText } from './source-text';
import './citation.css';

export const citationMessages = defineMessages(
  {
    original: '原始出处',
    notIdentified: '原始出处未能确认',
    readFrom: '读自',
    pageSource: '出处',
    also: '另见',
    unverified: '可能载有原文的页面(未能核对该段文字)',
    'kind.official': '官方网站',
    'kind.media': '知名媒体',
    'kind.copy': '转载(聚合或镜像网站)',
    'kind.none': '来源类型未注明',
    untraced: '该转载未注明原始出处,未能追溯',
    untracedShort: '出处未能追溯',
    noAddress: '所据文本未注明网址',
    copyNoAddress: '转载文本,未注明网址与网站',
    separator: ';',
  },
  {
    original: 'Original publication',
    notIdentified: 'Original publication not identified',
    readFrom: 'Read from',
    pageSource: 'Source',
    also: 'Also at',
    unverified: 'Page that may carry it (the passage could not be checked)',
    'kind.official': 'official site',
    'kind.media': 'established media',
    'kind.copy': 'copy (aggregator or mirror)',
    'kind.none': 'kind of source not stated',
    untraced: 'untraced copy: it does not say where its text comes from',
    untracedShort: 'untraced',
    noAddress: 'no address known for the text read',
    copyNoAddress: 'a copy of the text, with no address or site known',
    separator: '; ',
  },
);
type M = MessageFunction<keyof (typeof citationMessages)['zh']>;

/** A percent-encoded address decoded for reading (…/江苏网上… instead of …/%E6%B1%9F…). */
function readable(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

const kindLabel = (c: CitationCopy, m: M) => m(c.kind ? `kind.${c.kind}` : 'kind.none');

/** The publication as one line of text: publisher 《title》 〔description〕 date. */
export function publicationText(p: Publication): string {
  return [
    p.publisher,
    p.title ? `《${p.title}》` : null,
    p.description ? `〔${p.description}〕` : null,
    p.date,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Whether the first line names the page read as the source (no original named, an official or media page). */
const pageIsSource = (c: Citation) => {
  const read = c.copies.find((x) => x.role === 'read');
  return !c.original && !!read && (read.kind === 'official' || read.kind === 'media');
};

function copyLabel(copy: CitationCopy, c: Citation, m: M): string {
  if (copy.role === 'also') return m('also');
  if (copy.role === 'unverified') return m('unverified');
  return pageIsSource(c) ? m('pageSource') : m('readFrom');
}

/** The copy as text: its address, its own title and date, its kind, and untraced when it is. */
function copyText(copy: CitationCopy, c: Citation, m: M): string {
  const page = [copy.title ? `《${copy.title}》` : null, copy.date].filter(Boolean).join(' ');
  const untraced = copy.role === 'read' && c.untraced ? `, ${m('untraced')}` : '';
  if (!copy.address && copy.kind === 'copy')
    return `${m('copyNoAddress')}${page ? ` ${page}` : ''}${untraced ? ` (${m('untraced')})` : ''}`;
  return `${copy.address ? readable(copy.address) : m('noAddress')}${page ? ` ${page}` : ''} (${kindLabel(copy, m)}${untraced})`;
}

/**
 * A citation as plain text, for source lines and exports: the original publication
 * first (or that it was not identified), then each copy with its kind.
 */
export function citationText(c: Citation, m: M): string {
  const parts: string[] = [];
  if (c.original) parts.push(`${m('original')}: ${publicationText(c.original)}`);
  else if (!pageIsSource(c)) parts.push(m('notIdentified'));
  for (const copy of c.copies) parts.push(`${copyLabel(copy, c, m)}: ${copyText(copy, c, m)}`);
  return parts.join(m('separator'));
}

/**
 * A citation in a few words, for a table cell: the original publication, or else the
 * page read and its kind (untraced when it is).
 */
export function citationShortText(c: Citation, m: M): string {
  if (c.original) return publicationText(c.original);
  const read = c.copies.find((x) => x.role === 'read');
  if (!read) return m('notIdentified');
  const where = read.address ? siteOf(read.address) : m('noAddress');
  return `${where} (${kindLabel(read, m)}${c.untraced ? `, ${m('untracedShort')}` : ''})`;
}

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
