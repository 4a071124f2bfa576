import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nContext, makeI18n } from '../../src/i18n/i18n-context';
import { defineMessages, messageFunction, useMessages } from '../../src/i18n/messages';
import type { MessageFunction } from '../../src/i18n/messages';
import type { Lang } from '../../src/i18n/dictionary';

const TABLE = defineMessages({ hello: '你好,{name}' }, { hello: 'Hello, {name}' });
const OTHER = defineMessages({ hello: '再见' }, { hello: 'Bye' });

describe('messageFunction', () => {
  it('translates in the given language and fills placeholders', () => {
    expect(messageFunction(TABLE, 'zh')('hello', { name: '李' })).toBe('你好,李');
    expect(messageFunction(TABLE, 'en')('hello', { name: 'Li' })).toBe('Hello, Li');
  });

  it('is the same function for the same table and language, another for another', () => {
    const zh = messageFunction(TABLE, 'zh');
    expect(messageFunction(TABLE, 'zh')).toBe(zh);
    expect(messageFunction(TABLE, 'en')).not.toBe(zh);
    expect(messageFunction(OTHER, 'zh')).not.toBe(zh);
    // Switching the language back gives the first function again.
    messageFunction(TABLE, 'en');
    expect(messageFunction(TABLE, 'zh')).toBe(zh);
  });
});

describe('makeI18n', () => {
  it('keeps t, num, signed and countryName per language', () => {
    const a = makeI18n('zh');
    const b = makeI18n('zh');
    expect(b).toBe(a);
    expect(b.t).toBe(a.t);
    expect(b.num).toBe(a.num);
    expect(b.signed).toBe(a.signed);
    expect(b.countryName).toBe(a.countryName);
    expect(makeI18n('en').num).not.toBe(a.num);
    expect(makeI18n('en').num(0.5, 2)).toBe('0.50');
  });
});

describe('useMessages', () => {
  /** Renders a component that calls useMessages under the given language; returns what it got. */
  function renderWith(lang: Lang): MessageFunction<'hello'> {
    let got: MessageFunction<'hello'> | null = null;
    function Probe() {
      const m = useMessages(TABLE);
      got = m;
      return createElement('span', null, m('hello', { name: 'x' }));
    }
    const html = renderToString(
      createElement(I18nContext.Provider, { value: makeI18n(lang) }, createElement(Probe)),
    );
    expect(html).toContain(lang === 'zh' ? '你好,x' : 'Hello, x');
    if (!got) throw new Error('not rendered');
    return got;
  }

  it('returns the same function on every render while the language stays the same', () => {
    const first = renderWith('zh');
    expect(renderWith('zh')).toBe(first);
    expect(renderWith('en')).not.toBe(first);
  });
});
