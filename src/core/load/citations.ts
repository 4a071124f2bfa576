import { buildCitation, COPY_KINDS, isWebAddress } from '../citation';
import type { Citation } from '../citation';
import type { Issue } from '../issues';
import { mapColumns, parseDelimited } from './delimited';
import { missingColumnIssue } from './missing-columns';

/** The columns of data/cn/citations.csv, in the order the build writes them. */
export const CITATION_HEADER = [
  'id',
  'publisher',
  'title',
  'description',
  'published',
  'source',
  'source_kind',
  'source_title',
  'source_date',
  'untraced',
  'also_source',
  'also_kind',
  'also_role',
] as const;

const COLUMNS = {
  id: ['id'],
  publisher: ['publisher'],
  title: ['title'],
  description: ['description'],
  published: ['published'],
  source: ['source'],
  sourceKind: ['source_kind'],
  sourceTitle: ['source_title'],
  sourceDate: ['source_date'],
  untraced: ['untraced'],
  alsoSource: ['also_source'],
  alsoKind: ['also_kind'],
  alsoRole: ['also_role'],
} as const;

const KINDS: readonly string[] = COPY_KINDS;

/**
 * Loads data/cn/citations.csv: one citation per id (original publication, then the copy
 * read and at most one other copy). A row with no id, a repeated id, a copy kind outside
 * official/media/copy, an address that is neither http(s) nor a bare site name, or
 * nothing to cite is an error.
 */
export function loadCitationsCsv(text: string): { citations: Map<string, Citation>; issues: Issue[] } {
  const table = parseDelimited(text);
  const issues: Issue[] = [...table.issues];
  const citations = new Map<string, Citation>();
  const col = mapColumns(table.header, COLUMNS);
  const missing = missingColumnIssue(col.id < 0 ? ['id'] : [], table.header);
  if (missing) return { citations, issues: [...issues, missing] };
  for (const { line, cells } of table.rows) {
    const get = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const bad = (column: string, message: string) =>
      issues.push({
        severity: 'error',
        code: 'missing-citation',
        row: line,
        column,
        message: `Row ${line}: ${message}`,
      });
    const id = get(col.id);
    if (id === '' || citations.has(id)) {
      bad('id', `citation id "${id}" is empty or repeated.`);
      continue;
    }
    const kinds = [get(col.sourceKind), get(col.alsoKind)];
    if (kinds.some((k) => k !== '' && !KINDS.includes(k))) {
      bad('source_kind', `copy kind "${kinds.join('/')}" is not ${COPY_KINDS.join(', ')}.`);
      continue;
    }
    const addresses = [get(col.source), get(col.alsoSource)];
    // A site named without its address (house.china.com.cn) is text; any scheme but http(s) is refused.
    if (addresses.some((a) => a !== '' && !isWebAddress(a) && /^[a-z][a-z0-9+.-]*:/i.test(a))) {
      bad('source', `address "${addresses.join(' ')}" is neither http(s) nor a site name.`);
      continue;
    }
    const citation = buildCitation({
      publisher: get(col.publisher),
      title: get(col.title),
      description: get(col.description),
      published: get(col.published),
      source: get(col.source),
      sourceKind: get(col.sourceKind),
      sourceTitle: get(col.sourceTitle),
      sourceDate: get(col.sourceDate),
      untraced: get(col.untraced),
      alsoSource: get(col.alsoSource),
      alsoKind: get(col.alsoKind),
      alsoRole: get(col.alsoRole),
    });
    if (!citation.original && citation.copies.length === 0) {
      bad('publisher', 'nothing to cite (no publication and no copy).');
      continue;
    }
    citations.set(id, citation);
  }
  return { citations, issues };
}
