/**
 * A citation a person can use: the original publication first (publisher, title, date),
 * then the copy the figure was read from, with its kind. A copy is never the source: a
 * page that only reproduces a text is a `copy`, and when nothing ties it to its original
 * the citation says it is untraced. Framework-free (the Provinces and Milestones pages,
 * exports and the data build all use it); the words are the UI's (components/citation.tsx).
 */

/**
 * Kind of a page a figure was read from: a government or state-institution site, an
 * established news outlet, or a copy (aggregator, industry portal, mirror, reworded repost).
 */
export const COPY_KINDS = ['official', 'media', 'copy'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** The publication a statement first appeared in. Any field may be unknown (null). */
export interface Publication {
  publisher: string | null;
  /** The title as published (shown in 《》). */
  title: string | null;
  /** A description where no title is known (shown in 〔〕): "speech at …", "article on …". */
  description: string | null;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', as far as known. */
  date: string | null;
}

/**
 * A page (or a text) the statement was seen in. `read`: where the figure was read;
 * `also`: the same statement seen there too; `unverified`: a page that should carry it,
 * where the passage could not be seen.
 */
export interface CitationCopy {
  role: 'read' | 'also' | 'unverified';
  /** null when the kind was not stated (a user's own table). */
  kind: CopyKind | null;
  /** A web address (http or https; shown as a link) or a site's name (shown as text); null when unknown. */
  address: string | null;
  /** The page's own title and date, where they differ from the original's. */
  title: string | null;
  date: string | null;
}

export interface Citation {
  /** null: the original publication was not identified. */
  original: Publication | null;
  /** The copy read first, then others. */
  copies: CitationCopy[];
  /**
   * The copy read does not say where its text comes from and nothing else ties it to an
   * original: shown as an untraced copy, never as the source.
   */
  untraced: boolean;
}

/** True for an http or https address (the only ones shown as links). */
export function isWebAddress(s: string | null | undefined): s is string {
  if (!s) return false;
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The host of a web address ('gd.ifeng.com'); the text itself when it is not one. */
export function siteOf(address: string): string {
  return isWebAddress(address) ? new URL(address).hostname : address;
}

/** A copy kind from its written form: 'mirror' and 'aggregator' are copies; unknown text -> null. */
export function parseCopyKind(raw: string): CopyKind | null {
  const k = raw.trim().toLowerCase();
  if (k === 'official' || k === 'media' || k === 'copy') return k;
  if (k === 'mirror' || k === 'aggregator') return 'copy';
  return null;
}

const orNull = (s: string | null | undefined) => {
  const t = (s ?? '').trim();
  return t === '' ? null : t;
};

/** The fields of a citation as a data file writes them (every one may be empty). */
export interface CitationFields {
  publisher?: string;
  title?: string;
  description?: string;
  published?: string;
  source?: string;
  sourceKind?: string;
  sourceTitle?: string;
  sourceDate?: string;
  /** 'yes' when the copy read is untraced. */
  untraced?: string;
  alsoSource?: string;
  alsoKind?: string;
  /** 'also' or 'unverified'. */
  alsoRole?: string;
}

/**
 * A citation from its fields. The original is null when no publisher, title or
 * description is given. A copy kind that is not written stays null (never guessed); an
 * untraced mark counts only for a copy (an official or media page is its own source).
 */
export function buildCitation(f: CitationFields): Citation {
  const publisher = orNull(f.publisher);
  const title = orNull(f.title);
  const description = orNull(f.description);
  const original =
    publisher || title || description ? { publisher, title, description, date: orNull(f.published) } : null;
  const copies: CitationCopy[] = [];
  const readKind = parseCopyKind(f.sourceKind ?? '');
  const address = orNull(f.source);
  if (address || readKind) {
    copies.push({
      role: 'read',
      kind: readKind,
      address,
      title: orNull(f.sourceTitle),
      date: orNull(f.sourceDate),
    });
  }
  const also = orNull(f.alsoSource);
  if (also) {
    copies.push({
      role: f.alsoRole?.trim() === 'unverified' ? 'unverified' : 'also',
      kind: parseCopyKind(f.alsoKind ?? ''),
      address: also,
      title: null,
      date: null,
    });
  }
  const untraced =
    (f.untraced ?? '').trim().toLowerCase() === 'yes' && (readKind === 'copy' || readKind === null);
  return { original, copies, untraced };
}

/** The copy the figure was read from, if any. */
export function readCopy(c: Citation): CitationCopy | null {
  return c.copies.find((x) => x.role === 'read') ?? null;
}

/**
 * What a reader may rely on: `original` (the original publication is named), `page` (no
 * original named, but the page read is an official or media page, its own source),
 * `untraced` (a copy whose origin is unknown) or `unknown` (nothing but a user's note).
 */
export function citationStanding(c: Citation): 'original' | 'page' | 'untraced' | 'unknown' {
  const read = readCopy(c);
  if (c.original && !c.untraced) return 'original';
  if (!c.original && read && (read.kind === 'official' || read.kind === 'media')) return 'page';
  if (c.untraced || read?.kind === 'copy') return 'untraced';
  return c.original ? 'original' : 'unknown';
}

/** A stable key of a citation's content (two rows citing the same thing share it). */
export function citationKey(c: Citation): string {
  return JSON.stringify(c);
}
