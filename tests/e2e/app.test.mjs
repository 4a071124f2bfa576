// Browser tests of the built app (dist/), run with node's test runner:
//
//   npm run test:e2e          (= vite build && node --test tests/e2e/)
//
// The app is served by scripts/serve-dist.mjs (with the production CSP) and driven in the
// system Chromium through playwright-core. Every page load must produce no console
// errors, no uncaught exceptions, no failed same-origin requests and no request to any
// origin but the local server. Screenshots of each view go to tests/e2e/screenshots/.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHART, TIMEOUT, readCsv, useBuiltApp } from './harness.mjs';

const TEST_OPTIONS = { timeout: 90_000 };

const KPI_EGDI = '[data-testid="kpi-egdi"]';
const RANKING_ROWS = '[data-testid="rankings-table"] tbody tr';

/** Expected values, read from the shipped data rather than typed in. */
async function readExpectations() {
  const data = await readCsv('data/un-egov/surveys.csv');
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

const app = useBuiltApp();
let expected;

before(async () => {
  expected = await readExpectations();
});

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

describe('egov-atlas built app', () => {
  test('default page (China view, zh): chart, EGDI headline, no errors', TEST_OPTIONS, async () => {
    const session = await app.open('./');
    const { page } = session;
    await app.withDiagnostics(session, 'china-zh', async () => {
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
    await app.finish(session, 'china-zh');
  });

  test('?view=rankings: one table row per country of the latest edition', TEST_OPTIONS, async () => {
    const session = await app.open('./?view=rankings');
    const { page } = session;
    await app.withDiagnostics(session, 'rankings-zh', async () => {
      await page.locator(RANKING_ROWS).first().waitFor({ state: 'attached', timeout: TIMEOUT });
      const want = expected.countriesInLatestEdition;
      const rows = await poll(
        () => page.locator(RANKING_ROWS).count(),
        (n) => n === want,
      );
      assert.equal(rows, want, `${RANKING_ROWS}: ${rows} rows, expected ${want} (${expected.latestYear})`);
    });
    await app.finish(session, 'rankings-zh');
  });

  test('?view=trends: draws a chart', TEST_OPTIONS, async () => {
    const session = await app.open('./?view=trends');
    await app.withDiagnostics(session, 'trends-zh', () => expectRenderedChart(session.page));
    await app.finish(session, 'trends-zh');
  });

  test(
    '?view=trends: a removed country leaves the chart (options replace, not merge)',
    TEST_OPTIONS,
    async () => {
      const session = await app.open('./?view=trends&countries=CHN,USA,JPN&lang=en');
      const { page } = session;
      await app.withDiagnostics(session, 'trends-remove', async () => {
        await expectRenderedChart(page);
        const chart = page.locator(CHART).first();
        const names = (await page.locator('.chips li').allInnerTexts()).map((t) => t.replace('×', '').trim());
        assert.equal(names.length, 3, `chips: ${names.join(', ')}`);
        // ECharts' aria description names every series it draws.
        const before = (await chart.getAttribute('aria-label')) ?? '';
        for (const n of names) assert.ok(before.includes(n), `chart description lacks ${n}: ${before}`);
        const removed = names[2];
        await page.locator('.chips li button').nth(2).click();
        const after = await poll(
          async () => (await chart.getAttribute('aria-label')) ?? '',
          (label) => !label.includes(removed),
        );
        assert.ok(!after.includes(removed), `chart still draws ${removed} after its removal: ${after}`);
        for (const n of names.slice(0, 2))
          assert.ok(after.includes(n), `chart description lacks ${n}: ${after}`);
      });
      await app.finish(session, 'trends-remove');
    },
  );

  test('&lang=en: the page is in English', TEST_OPTIONS, async () => {
    const session = await app.open('./?view=china&lang=en');
    const { page } = session;
    await app.withDiagnostics(session, 'china-en', async () => {
      await expectRenderedChart(page);
      const lang = await page.evaluate(() => document.documentElement.lang);
      assert.match(lang, /^en\b/i, `<html lang> is "${lang}", expected en`);
      // Visible text should be mostly Latin script, not Chinese.
      const text = await page.locator('body').innerText();
      const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
      const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
      assert.ok(latin > 0 && han < latin * 0.1, `lang=en page shows ${han} Han vs ${latin} Latin characters`);
    });
    await app.finish(session, 'china-en');
  });
});
