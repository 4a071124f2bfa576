// Shared setup of the browser tests in tests/e2e/*.test.mjs (this file is not a test:
// `node --test tests/e2e/` only runs files named like *.test.mjs).
//
// useBuiltApp() serves the built app (dist/) with the production CSP through
// scripts/serve-dist.mjs and launches the system Chromium (scripts/chromium.mjs) once per
// test file. Every page it opens records console errors, uncaught exceptions, every
// request and every failed request; finish() / assertNoProblems() fail the test on any of
// them and on any request to an origin but the local server.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built app; E2E_DIST overrides it (e.g. to try the runner on another build). */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');
/** Upper bound for any single wait; the tests never sleep for a fixed time. */
export const TIMEOUT = 30_000;
export const CHART = '.e-chart[data-rendered="true"]';

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
 * Registers before/after hooks that serve dist/ and launch Chromium for the calling test
 * file, and returns the handle the tests open pages with (server, browser and origin are
 * set once the before hook has run).
 */
export function useBuiltApp() {
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
     * request and every failed request, workers' included.
     */
    async open(query, { init } = {}) {
      const context = await app.browser.newContext({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
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
      context.on('request', (req) => log.requests.push(req.url()));
      context.on('requestfailed', (req) =>
        log.failures.push(`${req.url()}: ${req.failure()?.errorText ?? 'failed'}`),
      );
      context.on('response', (res) => {
        if (res.status() >= 400) log.failures.push(`${res.url()}: HTTP ${res.status()}`);
      });
      await page.goto(app.url(query), { waitUntil: 'load', timeout: TIMEOUT });
      return { context, page, log };
    },

    /** No request to a foreign origin, no page error, no console error, no failed request. */
    assertNoProblems({ log }) {
      const foreign = log.requests.filter((url) => !app.isAllowedUrl(url));
      assert.deepEqual(foreign, [], `requests to origins other than ${app.origin}`);
      assert.deepEqual(log.pageErrors, [], 'uncaught exceptions in the page');
      assert.deepEqual(log.consoleErrors, [], 'console errors');
      assert.deepEqual(log.failures, [], 'failed requests');
      assert.ok(log.requests.length > 0, 'no requests were recorded');
    },

    /**
     * Lets late requests settle, saves tests/e2e/screenshots/`name`.png, asserts
     * assertNoProblems() and closes the session's context.
     */
    async finish(session, name) {
      const { context, page } = session;
      try {
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
        app.assertNoProblems(session);
      } finally {
        await context.close();
      }
    },

    /** Runs `step`; on failure saves a screenshot and adds the page's errors to the message. */
    async withDiagnostics(session, name, step) {
      try {
        return await step();
      } catch (err) {
        await session.page
          .screenshot({ path: path.join(SCREENSHOTS, `${name}.FAILED.png`), fullPage: true })
          .catch(() => {});
        err.message += describeLog(session.log);
        throw err;
      }
    },
  };

  before(async () => {
    assert.ok(
      existsSync(path.join(DIST, 'index.html')),
      'dist/index.html is missing: run `npx vite build` first (npm run test:e2e does)',
    );
    await mkdir(SCREENSHOTS, { recursive: true });
    app.server = await serveDist({ root: DIST, port: 0 });
    app.origin = new URL(app.server.url).origin;
    app.browser = await launchChromium();
  });

  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });

  return app;
}
