/**
 * How a citation reads, as text (source lines, exports) and on the page: the original
 * publication first, then the copy with its kind; links only for http(s), opening in a
 * new tab without a referrer. Citations are hand-made.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  CitationView,
  citationMessages,
  citationShortText,
  citationText,
} from '../../src/components/citation';
import { buildCitation } from '../../src/core/citation';
import { I18nContext, makeI18n } from '../../src/i18n/i18n-context';
import { messageFunction } from '../../src/i18n/messages';

const zh = messageFunction(citationMessages, 'zh');
const en = messageFunction(citationMessages, 'en');
const traced = buildCitation({
  publisher: '中国新闻网',
  title: '某标题',
  published: '2017-07-22',
  source: 'http://gd.ifeng.com/a/x.shtml',
  sourceKind: 'media',
  alsoSource: 'http://www.echinagov.com/news/1.htm',
  alsoKind: 'copy',
  alsoRole: 'also',
});
const untraced = buildCitation({ source: 'https://kuaihz.com/t.html', sourceKind: 'copy', untraced: 'yes' });
const page = buildCitation({ source: 'http://english.zj.gov.cn/art/1.html', sourceKind: 'official' });
const seed = buildCitation({ publisher: '李季', title: '某文章', sourceKind: 'copy' });

const render = (lang: 'zh' | 'en', c: ReturnType<typeof buildCitation>) =>
  renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: makeI18n(lang) },
      createElement(CitationView, { citation: c }),
    ),
  );

describe('citationText', () => {
  it('puts the original publication first and the copy with its kind after it', () => {
    const text = citationText(traced, zh);
    expect(text).toBe(
      '原始出处: 中国新闻网 《某标题》 2017-07-22;读自: http://gd.ifeng.com/a/x.shtml (知名媒体);另见: http://www.echinagov.com/news/1.htm (转载(聚合或镜像网站))',
    );
    expect(citationText(traced, en).indexOf('Original publication')).toBe(0);
  });

  it('says an untraced copy is one, and that its original is not identified', () => {
    expect(citationText(untraced, en)).toBe(
      'Original publication not identified; Read from: https://kuaihz.com/t.html (copy (aggregator or mirror), untraced copy: it does not say where its text comes from)',
    );
  });

  it('names an official page as the source when no original is named', () => {
    expect(citationText(page, en)).toBe('Source: http://english.zj.gov.cn/art/1.html (official site)');
  });

  it('says a copy has no address rather than inventing a site', () => {
    expect(citationText(seed, zh)).toBe('原始出处: 李季 《某文章》;读自: 转载文本,未注明网址与网站');
  });

  it('shortens to the original, or to the site and its kind', () => {
    expect(citationShortText(traced, zh)).toBe('中国新闻网 《某标题》 2017-07-22');
    expect(citationShortText(untraced, en)).toBe('kuaihz.com (copy (aggregator or mirror), untraced)');
  });
});

describe('CitationView', () => {
  it('links http(s) addresses in a new tab without a referrer, original first', () => {
    const html = render('zh', traced);
    expect(html.indexOf('中国新闻网')).toBeLessThan(html.indexOf('gd.ifeng.com'));
    const links = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(2);
    for (const a of links) {
      expect(a).toContain('target="_blank"');
      expect(a).toContain('rel="noreferrer noopener"');
    }
  });

  it('shows any other address as text, never as a link', () => {
    const html = render('en', buildCitation({ source: 'javascript:alert(1)', sourceKind: 'copy' }));
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('href');
    expect(html).toContain('javascript:alert(1)');
  });

  it('marks an untraced copy on the page', () => {
    expect(render('zh', untraced)).toContain('该转载未注明原始出处,未能追溯');
    expect(render('zh', traced)).not.toContain('未能追溯');
  });
});
