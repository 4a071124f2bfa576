// Browser tests of the comparative-analytics pages (Compare, Movers, Map, Distribution)
// on the built app (dist/), run by `npm run test:e2e`. Expected figures are computed here
// from data/un-egov and data/groups, never typed in. Every page must load with no console
// errors and no request to any origin but the local server.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHART, readCsv, useBuiltApp } from './harness.mjs';

const TEST_OPTIONS = { timeout: 90_000 };

/** "+0.1234" / "−0.1234" as the app's signed() writes it (U+2212 minus, 4 decimals). */
const signed = (v, d = 4) => (v > 0 ? '+' : v < 0 ? '\u2212' : '') + Math.abs(v).toFixed(d);

const app = useBuiltApp();
let surveys;
let g20;
let g20Row;

before(async () => {
  surveys = await readCsv('data/un-egov/surveys.csv');
  const g20Rows = (await readCsv('data/groups/groups.csv')).filter((r) => r.group_id === 'g20');
  g20 = g20Rows.map((r) => r.iso3);
  g20Row = g20Rows[0];
});

const value = (year, iso3, index) => {
  const row = surveys.find((r) => r.year === String(year) && r.iso3 === iso3);
  const raw = row?.[index];
  return raw === undefined || raw === '' ? null : Number(raw);
};

describe('comparative analytics', () => {
  test('Map: the Chinese-standard world map draws from local files only', TEST_OPTIONS, async () => {
    const session = await app.open('./?view=map&index=osi');
    const { page, log } = session;
    await page.locator(`[data-panel="world-map"] ${CHART}`).waitFor({ state: 'visible' });
    const geo = log.requests.filter((u) => /world\.zh[^/]*\.json$/.test(new URL(u).pathname));
    assert.equal(geo.length, 1, `the map geometry should be fetched once from the app: ${geo.join(', ')}`);
    assert.equal(new URL(geo[0]).origin, app.origin);
    // The text legend counts every country once: bands plus not assessed = countries in 2024.
    const counts = await page.locator('.map-legend li').allInnerTexts();
    const total = counts.map((t) => Number(/(\d+)\s*个国家/.exec(t)?.[1] ?? NaN)).reduce((a, b) => a + b, 0);
    assert.equal(total, surveys.filter((r) => r.year === '2024').length, counts.join(' | '));
    // The slider moves the map to another edition (URL and heading follow).
    await page.locator('[data-testid="edition-slider"]').fill('0');
    await page.locator('h1', { hasText: '2003' }).waitFor();
    assert.match(page.url(), /year=2003/);
    await app.finish(session, 'map-zh');
  });

  test(
    'Compare in three clicks: OSI gap to 0.75, faster G20 peers, EGDI decomposition',
    TEST_OPTIONS,
    async () => {
      const session = await app.open('./');
      const { page } = session;
      await page.locator(CHART).first().waitFor({ state: 'visible' });
      // 1: Compare; 2: OSI (from 2018 to 2024 and the G20 are the defaults).
      await page.locator('nav a', { hasText: '对比' }).click();
      await page.locator('[data-testid="index-select"]').selectOption('osi');
      await page.locator('[data-panel="compare-gaps"] h2', { hasText: 'OSI' }).waitFor();
      // The peer group's source note is in the UI language (source_zh), not the English note.
      const note = await page.getByTestId('group-source').innerText();
      assert.ok(note.includes(g20Row.source_zh), note);
      assert.ok(!note.includes(g20Row.source), note);

      const osi18 = value(2018, 'CHN', 'osi');
      const osi24 = value(2024, 'CHN', 'osi');
      assert.ok(osi18 !== null && osi24 !== null, 'surveys.csv lacks China OSI 2018 or 2024');
      // 3: the gap table.
      await page.locator('[data-panel="compare-gaps"] [role="tab"]').nth(1).click();
      const gap24 = await page.locator('[data-testid="gap-very-high"]').innerText();
      assert.equal(gap24, signed(0.75 - osi24), 'gap to 0.75 in 2024');
      const gapRow = await page
        .locator('[data-testid="gap-table"] tbody tr', { hasText: '0.75' })
        .innerText();
      assert.ok(
        gapRow.includes(signed(0.75 - osi18)),
        `gap row "${gapRow}" lacks the 2018 gap ${signed(0.75 - osi18)}`,
      );

      // Who moved faster since 2018: G20 members whose OSI rose more per year than China's.
      const pace = (c) => {
        const a = value(2018, c, 'osi');
        const b = value(2024, c, 'osi');
        return a === null || b === null ? null : (b - a) / 6;
      };
      const own = pace('CHN');
      const others = g20.filter((c) => c !== 'CHN' && pace(c) !== null);
      const faster = others.filter((c) => pace(c) > own).length;
      const kpi = await page.locator('[data-testid="kpi-faster"] .kpi-value').innerText();
      assert.equal(kpi, `${faster} / ${others.length}`);
      assert.equal(await page.locator('[data-testid="kpi-pace"] .kpi-value').innerText(), signed(own));

      // Which component drove the EGDI change: each contributes its change / 3.
      await page.locator('[data-panel="compare-waterfall"] [role="tab"]').nth(1).click();
      const rows = await page.locator('[data-testid="waterfall-table"] tbody tr').allInnerTexts();
      for (const index of ['osi', 'hci', 'tii']) {
        const want = signed((value(2024, 'CHN', index) - value(2018, 'CHN', index)) / 3, 5);
        const row = rows.find((r) => r.startsWith(`${index.toUpperCase()} ÷ 3`));
        assert.ok(row?.includes(want), `waterfall row for ${index}: "${row}" should show ${want}`);
      }
      assert.match(page.url(), /view=compare/);
      await app.finish(session, 'compare-zh');
    },
  );

  test('a custom peer group is kept in the URL and comes back from local storage', TEST_OPTIONS, async () => {
    const session = await app.open('./?view=compare&lang=en');
    const { page, context } = session;
    await page.locator('[data-panel="compare-change"] ' + CHART).waitFor({ state: 'visible' });
    await page.locator('.custom-groups summary').click();
    await page.locator('[data-testid="custom-name"]').fill('Neighbours <b>');
    // The searchable picker: an ISO3 code is its first option, Enter adds it.
    for (const iso3 of ['JPN', 'KOR', 'MNG']) {
      await page.getByTestId('custom-add-input').fill(iso3);
      await page.locator('[data-testid="custom-add"] [role="option"]', { hasText: iso3 }).first().waitFor();
      await page.getByTestId('custom-add-input').press('Enter');
    }
    await page.locator('[data-testid="custom-save"]').click();
    await page.locator('[data-panel="compare-change"] h2', { hasText: 'Neighbours <b>' }).waitFor();
    assert.match(page.url(), /groups=/);
    assert.match(page.url(), /peer=custom/);
    // China plus the three members.
    await page.locator('[data-panel="compare-change"] [role="tab"]').nth(1).click();
    const rows = page.locator(
      '[data-panel="compare-change"] [role="tabpanel"] [data-testid="change-table"] tbody tr',
    );
    assert.equal(await rows.count(), 4);
    // A link without the groups parameter gets them back from this browser's storage.
    const again = await context.newPage();
    await again.goto(app.url('./?view=compare&lang=en'), { waitUntil: 'load' });
    await again
      .locator('[data-testid="peer-select"] option', { hasText: 'Neighbours <b>' })
      .waitFor({ state: 'attached' });
    await again.close();
    await app.finish(session, 'compare-custom-group-en');
  });

  test('Movers and Distribution draw with no errors', TEST_OPTIONS, async () => {
    for (const [query, panel, name] of [
      ['./?view=movers&index=osi&lang=en', 'movers-risers', 'movers-en'],
      ['./?view=distribution&index=osi', 'index-scatter', 'distribution-zh'],
    ]) {
      const session = await app.open(query);
      await session.page.locator(`[data-panel="${panel}"] ${CHART}`).waitFor({ state: 'visible' });
      await app.finish(session, name);
    }
  });
});
