// The app's Content-Security-Policy, in one place: sent as an HTTP header by `npm start`
// (vite preview), by the test server (scripts/serve-dist.mjs) and by deploy/ configurations,
// and written into the built index.html as a meta tag for hosts that send no headers.
// The single-file build (npm run build:offline) has a stricter policy of its own: fileCsp().

/** Directives both the header and the meta tag carry. */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // ECharts and React set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * The policy as an HTTP header. `frame-ancestors` works only there (a meta tag cannot set
 * it): only the app's own origin may frame it, so another site cannot frame the Import page.
 */
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'self'"].join('; ');

/** The policy as a meta tag carries it (everything but frame-ancestors). */
export const CSP_META = DIRECTIVES.join('; ');

/** Headers every response of the app carries. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * The policy of the single-file build, opened from file:// (a meta tag: there are no
 * headers). It loads nothing: the code runs from the one inline script, allowed by its
 * hash only (no 'unsafe-inline' for scripts); styles are inline (ECharts and React set
 * style attributes, as in the served policy); images and downloads are data: or blob:
 * URLs the page makes; the import worker runs from a blob: URL. Everything else (fetch,
 * fonts, frames, other scripts) is refused by default-src 'none'.
 * @param {readonly string[]} scriptHashes base64 SHA-256 digests of the inline scripts
 */
export function fileCsp(scriptHashes) {
  if (scriptHashes.length === 0) throw new Error('fileCsp: no script hash');
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
