// Shared setup of the browser tests in tests/e2e/*.test.mjs (this file is not a test:
// `node --test tests/e2e/` only runs files named like *.test.mjs).
//
// useBuiltApp() serves the built app (dist/) with the production CSP and launches the
// system Chromium (scripts/chromium.mjs) once per test file. The server is
// scripts/serve-dist.mjs, or real nginx with deploy/nginx.conf when E2E_SERVER=nginx
// (scripts/nginx-serve.mjs; CI runs the smoke test that way). useSingleFile() opens the
// single-file build (dist-offline/) from file:// instead. Every page they open records
// console errors, uncaught exceptions, every request and every failed request;
// finish() / assertNoProblems() fail the test on any of them and on any request to an
// origin but the app's own (for the single file: any but file:, data: and blob: URLs).

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { serveWithNginx } from '../../scripts/nginx-serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built app; E2E_DIST overrides it (e.g. to try the runner on another build). */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'dist');
/** Where screenshots go; E2E_SCREENSHOTS overrides it (CI keeps them in its log folder). */
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS
  ? path.resolve(process.env.E2E_SCREENSHOTS)
  : path.join(ROOT, 'tests', 'e2e', 'screenshots');
/** Upper bound for any single wait; the tests never sleep for a fixed time. */
export const TIMEOUT = 30_000;
export const CHART = '.e-chart[data-rendered="true"]';
/** The single-file build (npm run build:offline). */
export const SINGLE_FILE = path.join(ROOT, 'dist-offline', 'egov-atlas.html');
/** The server the built app is tested on: "node" (scripts/serve-dist.mjs) or "nginx". */
export const SERVER = process.env.E2E_SERVER === 'nginx' ? 'nginx' : 'node';

/** Serves `root` on a free loopback port with the server E2E_SERVER names. */
export function startServer(root) {
  return SERVER === 'nginx' ? serveWithNginx({ root, port: 0 }) : serveDist({ root, port: 0 });
}

/** Every view id of the app, read from its view registry (src/app/views.tsx). */
export async function viewIds() {
  const text = await readFile(path.join(ROOT, 'src', 'app', 'views.tsx'), 'utf8');
  const ids = [...text.matchAll(/^\s*id: '([a-z-]+)',$/gm)].map((m) => m[1]);
  assert.ok(ids.length >= 5, `found only ${ids.length} views in src/app/views.tsx`);
  return ids;
}

/**
 * Waits until the page shows a view with its data: no error card in <main>, and a drawn
 * chart, a table row, the province tiles or the import input in it; then for the network
 * to go quiet.
 */
export async function expectViewOpens(page, view) {
  const content = [CHART, 'table tbody tr', '[data-testid="tile-map"] button', '[data-testid="import-input"]']
    .map((sel) => `main ${sel}`)
    .join(', ');
  await page.locator(content).first().waitFor({ state: 'attached', timeout: TIMEOUT });
  const errors = await page.locator('main .error-card').allInnerTexts();
  assert.deepEqual(errors, [], `?view=${view} shows an error`);
  // What the view starts after that (the import worker, a lazy chart part) is not cut off
  // by the next navigation, which would count as a failed request.
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
}

/** The rows of a shipped CSV (`rel` from the repository root, e.g. "data/cn/metrics.csv"). */
export async function readCsv(rel) {
  const text = await readFile(path.join(ROOT, rel), 'utf8');
  return Papa.parse(text, { header: true, skipEmptyLines: true }).data;
}

function describeLog(log) {
  const lines = [
    ...log.pageErrors.map((e) => `  pageerror: ${e}`),
    ...log.consoleErrors.map((e) => `  console.error: ${e}`),
    ...log.failures.map((e) => `  request failed: ${e}`),
  ];
  return lines.length > 0 ? `\n${lines.join('\n')}` : ' (no console errors)';
}

/**
 * Registers before/after hooks that serve dist/ (or `root`: a folder, or an async function
 * returning one) and launch Chromium for the calling test file, and returns the handle the
 * tests open pages with (server, browser and origin are set once the before hook has run).
 */
export function useBuiltApp({ root = DIST } = {}) {
  const app = {
    server: undefined,
    browser: undefined,
    origin: undefined,

    /** Absolute URL of `query` (e.g. "./?view=rankings") on the local server. */
    url(query) {
      return new URL(query, app.server.url).href;
    },

    /** True for a URL the page may load: the local server, or data:/blob: URLs. */
    isAllowedUrl(url) {
      if (url.startsWith('data:') || url.startsWith('blob:')) return true;
      try {
        return new URL(url).origin === app.origin;
      } catch {
        return false;
      }
    },

    /**
     * Opens `query` in a fresh browser context (own storage; `init` = { fn, arg } runs
     * before any page script) and records console errors, uncaught exceptions, every
     * request and every failed request, workers' included. Service workers are blocked
     * (each test measures a first visit) unless `serviceWorkers: 'allow'` (offline.test.mjs).
     * `viewport` defaults to 1280x900.
     */
    async open(query, { init, serviceWorkers = 'block', viewport } = {}) {
      return openSession(app.browser, app.url(query), { init, serviceWorkers, viewport });
    },

    /** No request to a foreign origin, no page error, no console error, no failed request. */
    assertNoProblems(session) {
      assertNoProblems(session, app.isAllowedUrl, `origins other than ${app.origin}`);
    },

    /**
     * Lets late requests settle, saves tests/e2e/screenshots/`name`.png, asserts
     * assertNoProblems() and closes the session's context.
     */
    finish: (session, name) => finishSession(session, name, () => app.assertNoProblems(session)),

    /** Runs `step`; on failure saves a screenshot and adds the page's errors to the message. */
    withDiagnostics: withDiagnostics,
  };

  before(async () => {
    const dist = typeof root === 'function' ? await root() : root;
    assert.ok(
      existsSync(path.join(dist, 'index.html')),
      `${dist}/index.html is missing: run \`npx vite build\` first (npm run test:e2e does)`,
    );
    await mkdir(SCREENSHOTS, { recursive: true });
    app.server = await startServer(dist);
    app.origin = new URL(app.server.url).origin;
    app.browser = await launchChromium();
  });

  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });

  return app;
}

/**
 * Registers before/after hooks that launch Chromium for the calling test file, and returns
 * the handle that opens the single-file build from file:// (`query` appended to its URL).
 * Only file:, data: and blob: URLs may be requested.
 */
export function useSingleFile() {
  const file = {
    browser: undefined,
    url: (query = '') => pathToFileURL(SINGLE_FILE).href + query,
    isAllowedUrl: (url) => /^(file|data|blob):/.test(url),
    open: (query, { init } = {}) =>
      openSession(file.browser, file.url(query), { init, serviceWorkers: 'block' }),
    assertNoProblems: (session) =>
      assertNoProblems(session, file.isAllowedUrl, 'URLs other than file:, data:, blob:'),
    finish: (session, name) => finishSession(session, name, () => file.assertNoProblems(session)),
    withDiagnostics,
  };
  before(async () => {
    assert.ok(
      existsSync(SINGLE_FILE),
      `${SINGLE_FILE} is missing: run \`npx vite build --mode offline\` first (npm run test:e2e does)`,
    );
    await mkdir(SCREENSHOTS, { recursive: true });
    file.browser = await launchChromium();
  });
  after(async () => {
    await file.browser?.close();
  });
  return file;
}

/** A fresh context on `url`, recording what assertNoProblems() checks. */
async function openSession(browser, url, { init, serviceWorkers, viewport = { width: 1280, height: 900 } }) {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    serviceWorkers,
  });
  context.setDefaultTimeout(TIMEOUT);
  if (init) await context.addInitScript(init.fn, init.arg);
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], requests: [], failures: [] };
  // The page declares its icon (a data: URL), so Chromium makes no /favicon.ico probe
  // of its own and every console error counts.
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url;
    log.consoleErrors.push(where ? `${msg.text()} (${where})` : msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(err.stack || String(err)));
  // Context-level, so requests from workers and from later pages are seen too.
  // A request the test cut off by navigating the page elsewhere (page.goto while a view
  // was still loading) is the test's doing, not a failure of the app. An aborted request is
  // left out when the page began a new document while it was in flight, or when it was
  // started while a new document was on its way (the old one runs, and starts requests,
  // until the new one commits; 'domcontentloaded' ends that time, once per document).
  // Playwright can report such an abort before the commit, so the commit itself cannot be
  // waited for; a request the new document makes before its DOMContentLoaded and that
  // fails with ERR_ABORTED is left out too (a known gap: the new document's page error or
  // missing chart still fails the test).
  const started = new Map();
  let navigations = 0;
  let arriving = false;
  page.on('domcontentloaded', () => (arriving = false));
  context.on('request', (req) => {
    log.requests.push(req.url());
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
      navigations++;
      arriving = true;
    }
    started.set(req, { navigations, arriving });
  });
  context.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? 'failed';
    const at = started.get(req);
    const cutOff = error === 'net::ERR_ABORTED' && at && (at.navigations < navigations || at.arriving);
    if (!cutOff) log.failures.push(`${req.url()}: ${error}`);
  });
  context.on('response', (res) => {
    if (res.status() >= 400) log.failures.push(`${res.url()}: HTTP ${res.status()}`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
  return { context, page, log };
}

function assertNoProblems({ log }, isAllowed, what) {
  const foreign = log.requests.filter((url) => !isAllowed(url));
  assert.deepEqual(foreign, [], `requests to ${what}`);
  assert.deepEqual(log.pageErrors, [], 'uncaught exceptions in the page');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  assert.deepEqual(log.failures, [], 'failed requests');
  assert.ok(log.requests.length > 0, 'no requests were recorded');
}

async function finishSession(session, name, check) {
  const { context, page } = session;
  try {
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    check();
  } finally {
    await context.close();
  }
}

async function withDiagnostics(session, name, step) {
  try {
    return await step();
  } catch (err) {
    await session.page
      .screenshot({ path: path.join(SCREENSHOTS, `${name}.FAILED.png`), fullPage: true })
      .catch(() => {});
    err.message += describeLog(session.log);
    throw err;
  }
}
