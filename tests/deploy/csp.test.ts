import { describe, expect, it } from 'vitest';
import type { UserConfig } from 'vite';
import viteConfig from '../../vite.config';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../scripts/csp.mjs';
import { CSP } from '../../scripts/serve-dist.mjs';

describe('the Content-Security-Policy', () => {
  it('`npm start` (vite preview) sends it as a header, with frame-ancestors', () => {
    const config = viteConfig({ command: 'serve', mode: 'production', isPreview: true }) as UserConfig;
    const headers = (config.preview?.headers ?? {}) as Record<string, string>;
    expect(headers['Content-Security-Policy']).toBe(CSP_HEADER);
    expect(CSP_HEADER).toContain("frame-ancestors 'self'");
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('the test server sends the same policy', () => {
    expect(CSP).toBe(CSP_HEADER);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP_HEADER);
  });

  it('the meta form leaves out only frame-ancestors (a meta tag cannot set it)', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(`${CSP_META}; frame-ancestors 'self'`).toBe(CSP_HEADER);
    for (const d of ["script-src 'self'", "object-src 'none'", "connect-src 'self'"])
      expect(CSP_META).toContain(d);
  });
});
