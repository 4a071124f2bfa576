// The app's Content-Security-Policy, in one place: sent as an HTTP header by `npm start`
// (vite preview), by the test server (scripts/serve-dist.mjs) and by deploy/ configurations,
// and written into the built index.html as a meta tag for hosts that send no headers.

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
