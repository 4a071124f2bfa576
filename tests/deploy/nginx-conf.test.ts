import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/csp.mjs';
import { NGINX_CONF, siteConfig } from '../../scripts/nginx-serve.mjs';

const text = readFileSync(NGINX_CONF, 'utf8');

interface AddHeader {
  /** The blocks it is in, outermost first (e.g. ["server"], ["server", "location /"]). */
  blocks: string[];
  name: string;
  value: string;
  always: boolean;
}

/** Every add_header directive of an nginx configuration, with the blocks it is in. */
function addHeaders(conf: string): AddHeader[] {
  const out: AddHeader[] = [];
  const stack: string[] = [];
  // Statements end at ";", "{" or "}"; quoted strings may hold any of them.
  const tokens =
    conf.replace(/#[^\n]*/g, '').match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[{};]|[^\s{};"']+/g) ?? [];
  let words: string[] = [];
  for (const t of tokens) {
    if (t === '{') {
      stack.push(words.join(' '));
      words = [];
    } else if (t === '}') {
      stack.pop();
      words = [];
    } else if (t === ';') {
      if (words[0] === 'add_header') {
        const unquote = (w = '') => (/^["']/.test(w) ? w.slice(1, -1) : w);
        out.push({
          blocks: [...stack],
          name: unquote(words[1]),
          value: unquote(words[2]),
          always: words[3] === 'always',
        });
      }
      words = [];
    } else words.push(t);
  }
  return out;
}

describe('deploy/nginx.conf', () => {
  const headers = addHeaders(text);

  it('sends exactly the security headers of scripts/csp.mjs, on every response', () => {
    const security = headers.filter((h) => h.name !== 'Cache-Control');
    expect(Object.fromEntries(security.map((h) => [h.name, h.value]))).toEqual(SECURITY_HEADERS);
    expect(security).toHaveLength(Object.keys(SECURITY_HEADERS).length);
    expect(headers.every((h) => h.always)).toBe(true);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'self'");
  });

  it('sets them at server level only: an add_header in a location would drop them there', () => {
    expect(headers.map((h) => h.blocks)).toEqual(headers.map(() => ['server']));
  });

  it('has one listen and one root line for the test server to replace', () => {
    const site = siteConfig(text, { root: '/tmp/x', port: 4321 });
    expect(site).toMatch(/^\s*listen 127\.0\.0\.1:4321;$/m);
    expect(site).toMatch(/^\s*root "\/tmp\/x";$/m);
    expect(addHeaders(site)).toEqual(headers);
    expect(() => siteConfig(`${text}\nserver { listen 81; }\n`, { root: '/x', port: 1 })).toThrow(
      /one listen directive, found 2/,
    );
    expect(() => siteConfig(text.replace(/^\s*root [^;]+;/m, ''), { root: '/x', port: 1 })).toThrow(
      /one root directive, found 0/,
    );
  });

  it('the parser sees headers in nested blocks and quoted values with semicolons', () => {
    const parsed = addHeaders(
      'server { add_header A "x; y" always; location / { add_header B z; } } # add_header C c;',
    );
    expect(parsed).toEqual([
      { blocks: ['server'], name: 'A', value: 'x; y', always: true },
      { blocks: ['server', 'location /'], name: 'B', value: 'z', always: false },
    ]);
  });
});
