/**
 * The citation builder and its reader: the original publication first, then the copy
 * read and its kind; a copy is never the source. Fields are hand-made.
 */
import { describe, expect, it } from 'vitest';
import {
  buildCitation,
  citationStanding,
  isWebAddress,
  parseCopyKind,
  siteOf,
} from '../../src/core/citation';
import { CITATION_HEADER, loadCitationsCsv } from '../../src/core/load/citations';

describe('buildCitation', () => {
  it('names the original publication and then the copy read, with its kind', () => {
    const c = buildCitation({
      publisher: '某日报',
      title: '某文章',
      published: '2020-05-26',
      source: 'http://mirror.example/a.html',
      sourceKind: 'mirror',
      untraced: 'no',
    });
    expect(c.original).toEqual({
      publisher: '某日报',
      title: '某文章',
      description: null,
      date: '2020-05-26',
    });
    expect(c.copies).toEqual([
      { role: 'read', kind: 'copy', address: 'http://mirror.example/a.html', title: null, date: null },
    ]);
    expect(c.untraced).toBe(false);
    expect(citationStanding(c)).toBe('original');
  });

  it('keeps a better page as the one read and the page first cited as also seen there', () => {
    const c = buildCitation({
      publisher: '某社',
      source: 'https://media.example/x',
      sourceKind: 'media',
      alsoSource: 'http://aggregator.example/y',
      alsoKind: 'copy',
      alsoRole: 'also',
    });
    expect(c.copies.map((x) => [x.role, x.kind, x.address])).toEqual([
      ['read', 'media', 'https://media.example/x'],
      ['also', 'copy', 'http://aggregator.example/y'],
    ]);
  });

  it('marks a candidate page where the passage could not be seen as unverified', () => {
    const c = buildCitation({
      publisher: 'p',
      source: 'http://a.example',
      sourceKind: 'copy',
      alsoSource: 'https://official.example',
      alsoKind: 'official',
      alsoRole: 'unverified',
    });
    expect(c.copies[1]).toMatchObject({ role: 'unverified', kind: 'official' });
  });

  it('says a copy is untraced when nothing ties it to an original, and never calls it the source', () => {
    const c = buildCitation({ source: 'http://spam.example/z', sourceKind: 'copy', untraced: 'yes' });
    expect(c.original).toBeNull();
    expect(c.untraced).toBe(true);
    expect(citationStanding(c)).toBe('untraced');
    // A copy without an untraced mark and without an original is still not a source.
    expect(citationStanding(buildCitation({ source: 'http://spam.example/z', sourceKind: 'copy' }))).toBe(
      'untraced',
    );
  });

  it('treats an official or media page without a named original as its own source', () => {
    const c = buildCitation({ source: 'http://www.gov.example/p', sourceKind: 'official', untraced: 'yes' });
    expect(c.untraced).toBe(false);
    expect(citationStanding(c)).toBe('page');
  });

  it('leaves the kind of a user-given source unstated rather than guessing it', () => {
    const c = buildCitation({ source: 'my-office.xlsx' });
    expect(c.copies).toEqual([
      { role: 'read', kind: null, address: 'my-office.xlsx', title: null, date: null },
    ]);
    expect(citationStanding(c)).toBe('unknown');
  });

  it('takes a description where no title is known, and blank fields as unknown', () => {
    const c = buildCitation({ publisher: ' ', description: '某会议讲话', published: '' });
    expect(c.original).toEqual({ publisher: null, title: null, description: '某会议讲话', date: null });
    expect(c.copies).toEqual([]);
  });
});

describe('addresses and kinds', () => {
  it.each([
    ['http://a.example/x', true],
    ['https://a.example', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['ftp://a.example', false],
    ['house.china.com.cn', false],
    ['', false],
  ])('%s is a web address: %s', (s, yes) => {
    expect(isWebAddress(s)).toBe(yes);
  });

  it('names the site of an address, and leaves other text as it is', () => {
    expect(siteOf('http://gd.ifeng.com/a/1.shtml')).toBe('gd.ifeng.com');
    expect(siteOf('house.china.com.cn')).toBe('house.china.com.cn');
  });

  it.each([
    ['official', 'official'],
    ['media', 'media'],
    ['mirror', 'copy'],
    [' Copy ', 'copy'],
    ['blog', null],
  ])('reads the kind %s as %s', (raw, kind) => {
    expect(parseCopyKind(raw)).toBe(kind);
  });
});

describe('loadCitationsCsv', () => {
  const header = CITATION_HEADER.join(',');
  const row = (cells: Partial<Record<(typeof CITATION_HEADER)[number], string>>) =>
    CITATION_HEADER.map((h) => cells[h] ?? '').join(',');

  it('reads each id once, refusing repeated ids, unknown kinds, non-web schemes and empty citations', () => {
    const text = [
      header,
      row({ id: 'c1', publisher: '甲', source: 'http://a.example', source_kind: 'media' }),
      row({ id: 'c1', publisher: '乙' }),
      row({ id: 'c2', publisher: '丙', source_kind: 'blog' }),
      row({ id: 'c3', source: 'javascript:alert(1)', source_kind: 'copy' }),
      row({ id: 'c4' }),
      row({ id: 'c5', source: 'house.china.com.cn', source_kind: 'media' }),
    ].join('\n');
    const { citations, issues } = loadCitationsCsv(text);
    expect([...citations.keys()]).toEqual(['c1', 'c5']);
    expect(issues.map((i) => i.row)).toEqual([3, 4, 5, 6]);
    expect(citations.get('c5')?.copies[0]?.address).toBe('house.china.com.cn');
  });
});
