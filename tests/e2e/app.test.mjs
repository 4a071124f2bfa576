// Browser tests of the built app (dist/), run with node's test runner:
//
//   npm run test:e2e          (= vite build && node --test tests/e2e/)
//
// The app is served by scripts/serve-dist.mjs (with the production CSP) and driven in the
// system Chromium through playwright-core. Every page load must produce no console
// errors, no uncaught exceptions, no failed same-origin requests and no request to any
// origin but the local server. Screenshots of each view go to tests/e2e/screenshots/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveDist } from '../../scripts/serve-dist.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built app; E2E_DIST overrides it (e.g. to try the runner on another build). */
const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'dist');
const SCREENSHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');
const SURVEYS_CSV = path.join(ROOT, 'data', 'un-egov', 'surveys.csv');

/** Upper bound for any single wait; the tests never sleep for a fixed time. */
const TIMEOUT = 30_000;
const TEST_OPTIONS = { timeout: 90_000 };

const CHART = '.e-chart[data-rendered="true"]';
const KPI_EGDI = '[data-testid="kpi-egdi"]';
const RANKING_ROWS = '[data-testid="rankings-table"] tbody tr';

/** Expected values, read from the shipped data rather than typed in. */
async function readExpectations() {
  const text = await readFile(SURVEYS_CSV, 'utf8');
  const { data } = Papa.parse(text, { header: true, skipEmptyLines: true });
  const latestYear = Math.max(...data.map((r) => Number(r.year)));
  const china2024 = data.find((r) => r.year === '2024' && r.iso3 === 'CHN');
  assert.ok(china2024, 'surveys.csv has no row for 2024 / CHN');
  const egdi = Number(china2024.egdi);
  assert.ok(Number.isFinite(egdi), `surveys.csv 2024 / CHN egdi is "${china2024.egdi}"`);
  return {
    chinaEgdi2024: (Math.round(egdi * 1e4) / 1e4).toFixed(4),
    latestYear,
    countriesInLatestEdition: data.filter((r) => Number(r.year) === latestYear).length,
  };
}

let server;
let browser;
let origin;
let expected;

before(async () => {
  assert.ok(
    existsSync(path.join(DIST, 'index.html')),
    'dist/index.html is missing: run `npx vite build` first (npm run test:e2e does)',
  );
  expected = await readExpectations();
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await serveDist({ root: DIST, port: 0 });
  origin = new URL(server.url).origin;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** True for a URL the page may load: the local server, or data:/blob: URLs. */
function isAllowedUrl(url) {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/**
 * Opens `query` (e.g. "?view=rankings") in a fresh browser context and records console
 * errors, uncaught exceptions, every request and every failed request.
 */
async function openApp(query) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], requests: [], failures: [] };
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url;
    // Chromium asks for /favicon.ico by itself, once per browser (so only in whichever
    // test runs first), when the page declares no icon. That is not the app's request;
    // an icon the page does declare is a page request and checked like any other.
    if (where?.endsWith('/favicon.ico') && /\b404\b/.test(msg.text())) return;
    log.consoleErrors.push(where ? `${msg.text()} (${where})` : msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(err.stack || String(err)));
  // Context-level, so requests from workers are seen too.
  context.on('request', (req) => log.requests.push(req.url()));
  context.on('requestfailed', (req) =>
    log.failures.push(`${req.url()}: ${req.failure()?.errorText ?? 'failed'}`),
  );
  context.on('response', (res) => {
    if (res.status() >= 400) log.failures.push(`${res.url()}: HTTP ${res.status()}`);
  });
  await page.goto(new URL(query, server.url).href, { waitUntil: 'load', timeout: TIMEOUT });
  return { context, page, log };
}

function describeLog(log) {
  const lines = [
    ...log.pageErrors.map((e) => `  pageerror: ${e}`),
    ...log.consoleErrors.map((e) => `  console.error: ${e}`),
    ...log.failures.map((e) => `  request failed: ${e}`),
  ];
  return lines.length > 0 ? `\n${lines.join('\n')}` : ' (no console errors)';
}

/** Runs `step`; on failure saves a screenshot and adds the page's errors to the message. */
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

/** Waits for the first rendered ECharts chart and checks that it drew a canvas or an svg. */
async function expectRenderedChart(page) {
  const chart = page.locator(CHART).first();
  await chart.waitFor({ state: 'visible', timeout: TIMEOUT });
  const surfaces = await chart.locator('canvas, svg').count();
  assert.ok(surfaces > 0, `${CHART} has no canvas or svg inside`);
}

/** Polls `read` until `done(value)` or the timeout; returns the last value read. */
async function poll(read, done, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Lets late requests settle, saves the screenshot, then asserts: no page errors, no
 * console errors, no failed requests, nothing fetched from a foreign origin.
 */
async function finish(session, name) {
  const { context, page, log } = session;
  try {
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    const foreign = log.requests.filter((url) => !isAllowedUrl(url));
    assert.deepEqual(foreign, [], `requests to origins other than ${origin}`);
    assert.deepEqual(log.pageErrors, [], 'uncaught exceptions in the page');
    assert.deepEqual(log.consoleErrors, [], 'console errors');
    assert.deepEqual(log.failures, [], 'failed requests');
    assert.ok(log.requests.length > 0, 'no requests were recorded');
  } finally {
    await context.close();
  }
}

describe('egov-atlas built app', () => {
  test('default page (China view, zh): chart, EGDI headline, no errors', TEST_OPTIONS, async () => {
    const session = await openApp('./');
    const { page } = session;
    await withDiagnostics(session, 'china-zh', async () => {
      await expectRenderedChart(page);
      const kpi = page.locator(KPI_EGDI).first();
      await kpi.waitFor({ state: 'visible', timeout: TIMEOUT });
      const text = await poll(
        () => kpi.innerText(),
        (t) => t.includes(expected.chinaEgdi2024),
      );
      assert.ok(
        text.includes(expected.chinaEgdi2024),
        `${KPI_EGDI} text "${text}" does not contain China's 2024 EGDI ${expected.chinaEgdi2024}`,
      );
      const lang = await page.evaluate(() => document.documentElement.lang);
      assert.match(lang, /^zh\b/i, `default <html lang> is "${lang}", expected zh`);
      const marks = await page.evaluate(() => performance.getEntriesByName('first-chart').length);
      assert.equal(marks, 1, "performance.mark('first-chart') should be set exactly once");
    });
    await finish(session, 'china-zh');
  });

  test('?view=rankings: one table row per country of the latest edition', TEST_OPTIONS, async () => {
    const session = await openApp('./?view=rankings');
    const { page } = session;
    await withDiagnostics(session, 'rankings-zh', async () => {
      await page.locator(RANKING_ROWS).first().waitFor({ state: 'attached', timeout: TIMEOUT });
      const want = expected.countriesInLatestEdition;
      const rows = await poll(
        () => page.locator(RANKING_ROWS).count(),
        (n) => n === want,
      );
      assert.equal(rows, want, `${RANKING_ROWS}: ${rows} rows, expected ${want} (${expected.latestYear})`);
    });
    await finish(session, 'rankings-zh');
  });

  test('?view=trends: draws a chart', TEST_OPTIONS, async () => {
    const session = await openApp('./?view=trends');
    await withDiagnostics(session, 'trends-zh', () => expectRenderedChart(session.page));
    await finish(session, 'trends-zh');
  });

  test('&lang=en: the page is in English', TEST_OPTIONS, async () => {
    const session = await openApp('./?view=china&lang=en');
    const { page } = session;
    await withDiagnostics(session, 'china-en', async () => {
      await expectRenderedChart(page);
      const lang = await page.evaluate(() => document.documentElement.lang);
      assert.match(lang, /^en\b/i, `<html lang> is "${lang}", expected en`);
      // Visible text should be mostly Latin script, not Chinese.
      const text = await page.locator('body').innerText();
      const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
      const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
      assert.ok(latin > 0 && han < latin * 0.1, `lang=en page shows ${han} Han vs ${latin} Latin characters`);
    });
    await finish(session, 'china-en');
  });
});
