import { siteOf } from '../core/citation';
import type { Citation, CitationCopy, Publication } from '../core/citation';
import { defineMessages } from './messages';
import type { MessageFunction } from './messages';

/**
 * Citations as text in the UI language (src/core/citation.ts holds what they are): the
 * original publication first, then each copy read with its kind. Used by the Provinces and
 * Milestones pages (components/citation.tsx), key findings and exports.
 */

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
export type CitationMessageFunction = MessageFunction<keyof (typeof citationMessages)['zh']>;

/** A percent-encoded address decoded for reading (…/江苏网上… instead of …/%E6%B1%9F…). */
export function readable(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

export const kindLabel = (c: CitationCopy, m: CitationMessageFunction) =>
  m(c.kind ? `kind.${c.kind}` : 'kind.none');

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
export const pageIsSource = (c: Citation) => {
  const read = c.copies.find((x) => x.role === 'read');
  return !c.original && !!read && (read.kind === 'official' || read.kind === 'media');
};

export function copyLabel(copy: CitationCopy, c: Citation, m: CitationMessageFunction): string {
  if (copy.role === 'also') return m('also');
  if (copy.role === 'unverified') return m('unverified');
  return pageIsSource(c) ? m('pageSource') : m('readFrom');
}

/** The copy as text: its address, its own title and date, its kind, and untraced when it is. */
function copyText(copy: CitationCopy, c: Citation, m: CitationMessageFunction): string {
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
export function citationText(c: Citation, m: CitationMessageFunction): string {
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
export function citationShortText(c: Citation, m: CitationMessageFunction): string {
  if (c.original) return publicationText(c.original);
  const read = c.copies.find((x) => x.role === 'read');
  if (!read) return m('notIdentified');
  const where = read.address ? siteOf(read.address) : m('noAddress');
  return `${where} (${kindLabel(read, m)}${c.untraced ? `, ${m('untracedShort')}` : ''})`;
}
