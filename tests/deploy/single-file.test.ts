import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fileCsp } from '../../scripts/csp.mjs';
import { inlineScripts, withFileCsp } from '../../scripts/vite-offline';

const page = (body: string) =>
  `<!doctype html>\n<html>\n  <head>\n    <title>t</title>\n  </head>\n  <body>${body}</body>\n</html>\n`;

/** Base64 SHA-256 by WebCrypto, as a browser checks a CSP hash source. */
async function sha256(text: string): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('base64');
}

describe('the single file’s Content-Security-Policy', () => {
  it('allows exactly its inline scripts, by the hash of their text, first in <head>', async () => {
    const a = 'console.log("一")';
    const b = 'var x = "<\\/script>"';
    const html = withFileCsp(page(`<script type="module" crossorigin>${a}</script><script>${b}</script>`));
    const meta = html.match(/<head>\n {4}<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    expect(meta?.[1]).toBe(fileCsp([await sha256(a), await sha256(b)]));
    expect(meta?.[1]).toContain(`script-src 'sha256-${await sha256(a)}' 'sha256-${await sha256(b)}';`);
  });

  it('refuses a page that still loads a script, has a CR in a script, or has a policy already', () => {
    expect(() => withFileCsp(page('<script type="module" src="./assets/x.js"></script>'))).toThrow(
      /from a URL/,
    );
    expect(() => inlineScripts('<script>a\r\nb</script>')).toThrow(/carriage return/);
    const withMeta = page('<script>1</script>').replace(
      '<head>',
      `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
    );
    expect(() => withFileCsp(withMeta)).toThrow(/already/);
    expect(() => fileCsp([])).toThrow(/no script hash/);
  });

  it('loads nothing: no fetch, no other script, no frame; images, styles and the worker inline only', () => {
    const directives = new Map(
      fileCsp(['abc='])
        .split('; ')
        .map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'sha256-abc='"]);
    // Nothing that would load from a URL: fetch, fonts, frames and media fall back to 'none'.
    for (const d of ['connect-src', 'font-src', 'frame-src', 'child-src', 'media-src', 'manifest-src'])
      expect(directives.has(d)).toBe(false);
    expect(directives.get('worker-src')).toEqual(['blob:']);
    expect([...directives.values()].flat().filter((v) => /self|https?:|\*/.test(v))).toEqual([]);
    for (const d of ['object-src', 'base-uri', 'form-action']) expect(directives.get(d)).toEqual(["'none'"]);
  });
});
