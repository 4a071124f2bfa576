// Browser tests for Trends' edition range and the searchable pickers (issue 10, "Trends and
// pickers"), on the built app: `npx vite build && node --test tests/e2e/pickers.test.mjs`.
// Expected years, members and figures are read from the shipped data, never typed in.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { CHART, readCsv, useBuiltApp } from './harness.mjs';

const OPTIONS = { timeout: 120_000 };
const app = useBuiltApp();
let editions;
let countries;
let groups;
let cnRows;
let catalogue;

before(async () => {
  const surveys = await readCsv('data/un-egov/surveys.csv');
  editions = [...new Set(surveys.map((r) => Number(r.year)))].sort((a, b) => a - b);
  countries = await readCsv('data/un-egov/countries.csv');
  groups = await readCsv('data/groups/groups.csv');
  cnRows = await readCsv('data/cn/metrics.csv');
  catalogue = await readCsv('data/cn/metric-catalogue.csv');
});

/** Clicks the export menu inside `scope`, then the `kind` item; returns the download's name and text. */
async function download(page, scope, kind) {
  await scope.locator('[data-testid="export-button"]').first().click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    scope.locator(`[data-export="${kind}"]`).click(),
  ]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

const nameOf = (iso3) => countries.find((c) => c.iso3 === iso3);
const comboInput = (page, testId) => page.getByTestId(`${testId}-input`);
/** The texts of the options the open list shows. */
const optionTexts = (page, testId) =>
  page.locator(`[data-testid="${testId}"] [role="option"]`).allInnerTexts();

describe('Trends edition range', () => {
  test(
    'from=2012&to=2024: the chart, its table, the CSV and the findings hold only 2012–2024',
    OPTIONS,
    async () => {
      const s = await app.open('./?view=trends&index=osi&from=2012&to=2024&countries=CHN,JPN&lang=en');
      const { page } = s;
      await app.withDiagnostics(s, 'pickers-range', async () => {
        await page.locator(CHART).first().waitFor();
        const want = editions.filter((y) => y >= 2012 && y <= 2024);
        assert.ok(want.length >= 3 && want.length < editions.length, `editions ${want}`);
        assert.equal(await page.getByTestId('from-select').inputValue(), '2012');
        assert.equal(await page.getByTestId('to-select').inputValue(), '2024');
        // "from" never offers an edition after "to", nor "to" one before "from".
        const fromOptions = (await page.getByTestId('from-select').locator('option').allInnerTexts()).map(
          Number,
        );
        const toOptions = (await page.getByTestId('to-select').locator('option').allInnerTexts()).map(Number);
        assert.deepEqual(
          fromOptions,
          editions.filter((y) => y <= 2024),
        );
        assert.deepEqual(
          toOptions,
          editions.filter((y) => y >= 2012),
        );
        assert.match(await page.locator('h1').innerText(), /2012–2024/);

        const panel = page.locator('[data-panel="trend"]');
        assert.match(await panel.locator('.source').innerText(), /2012–2024/);
        // The x axis as drawn: the SVG export's axis labels are the range's editions only.
        const svg = await download(page, panel, 'svg');
        assert.match(svg.name, /_2012-2024_/);
        const labels = [...svg.text.matchAll(/>(\d{4})</g)].map((m) => Number(m[1]));
        for (const y of want) assert.ok(labels.includes(y), `x axis label ${y}`);
        for (const y of editions.filter((e) => !want.includes(e)))
          assert.ok(!labels.includes(y), `x axis shows ${y}, outside the range`);

        // The table tab: one row per edition of the range.
        await panel.locator('[role="tab"]').nth(1).click();
        const years = await panel
          .locator('[role="tabpanel"] tbody tr th, [role="tabpanel"] tbody tr td:first-child')
          .allInnerTexts();
        assert.deepEqual([...new Set(years.map(Number))], want);

        // The CSV as shown: the range's years, and the footer names the range.
        const csv = await download(page, panel, 'csv');
        const rows = Papa.parse(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
        const dataYears = rows.filter((r) => /^\d{4}$/.test(r[0])).map((r) => Number(r[0]));
        assert.deepEqual(dataYears, want);
        assert.ok(
          rows.some((r) => /2012–2024/.test(r.join(','))),
          'the CSV footer names 2012–2024',
        );
        // The whole comparison (every index) holds the range too.
        const full = await download(page, panel, 'full-csv');
        assert.match(full.name, /all-indices/);
        const fullRows = Papa.parse(full.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
        const fullYears = new Set(fullRows.filter((r) => r[1] === 'CHN').map((r) => Number(r[2])));
        assert.deepEqual([...fullYears], want);

        // The key findings are over the range: China's change "from ... in 2012".
        const findings = await page.locator('[data-testid="finding"]').allInnerTexts();
        assert.ok(
          findings.some((f) => /in 2012 to .* in 2024/.test(f)),
          findings.join(' | '),
        );

        // Changing an end changes the URL; an end at the first or last edition leaves it out.
        await page.getByTestId('from-select').selectOption(String(want[1]));
        await page.waitForURL(new RegExp(`from=${want[1]}`));
        await page.getByTestId('from-select').selectOption(String(editions[0]));
        await page.waitForURL((u) => !u.search.includes('from='));
        assert.doesNotMatch(page.url(), /to=/, 'to=2024 is the last edition: not in the URL');
      });
      await app.finish(s, 'pickers-range');
    },
  );

  test('an edition that is not in the data is an invalid link parameter', OPTIONS, async () => {
    const s = await app.open('./?view=trends&from=1999&lang=en');
    const { page } = s;
    await page.locator(CHART).first().waitFor();
    assert.match(await page.locator('.notice').innerText(), /first edition/);
    assert.equal(await page.getByTestId('from-select').inputValue(), String(editions[0]));
    await app.finish(s, 'pickers-range-invalid');
  });
});

describe('country picker', () => {
  test(
    'finds by English name, Chinese name and ISO3; Enter adds; a peer group adds its members',
    OPTIONS,
    async () => {
      const s = await app.open('./?view=trends&countries=USA&lang=en');
      const { page } = s;
      await app.withDiagnostics(s, 'pickers-country', async () => {
        await page.locator(CHART).first().waitFor();
        const input = comboInput(page, 'add-country');
        const brazil = nameOf('BRA');
        await input.click();
        await input.pressSequentially('巴西');
        assert.equal(await input.getAttribute('aria-expanded'), 'true');
        assert.match((await optionTexts(page, 'add-country'))[0], new RegExp(brazil.name_en ?? 'Brazil'));
        await page.keyboard.press('Escape');
        assert.equal(await input.getAttribute('aria-expanded'), 'false');
        await input.fill('');
        // ArrowDown moves the highlight (aria-activedescendant), ArrowUp comes back.
        await input.pressSequentially('br');
        assert.ok((await optionTexts(page, 'add-country')).length > 1);
        const first = await input.getAttribute('aria-activedescendant');
        await page.keyboard.press('ArrowDown');
        assert.notEqual(await input.getAttribute('aria-activedescendant'), first);
        await page.keyboard.press('ArrowUp');
        assert.equal(await input.getAttribute('aria-activedescendant'), first);
        // "bra" offers Brazil first; Enter adds it.
        await input.pressSequentially('a');
        const offered = await optionTexts(page, 'add-country');
        assert.ok(offered[0].includes('BRA'), `first option for "bra": ${offered[0]}`);
        await page.keyboard.press('Enter');
        await page.waitForURL(/countries=USA(%2C|,)BRA/);
        assert.equal(await input.inputValue(), '', 'the input empties for the next country');

        // An exact ISO3 code comes first: "CHN" + Enter adds China.
        await input.pressSequentially('CHN');
        const chn = await optionTexts(page, 'add-country');
        assert.ok(chn[0]?.includes('CHN'), chn.slice(0, 3).join(' / '));
        await page.keyboard.press('Enter');
        await page.waitForURL(/BRA(%2C|,)CHN/);

        // BRICS adds every member not yet drawn, in one step.
        const brics = groups.filter((g) => g.group_id === 'brics').map((g) => g.iso3);
        await input.pressSequentially('BRICS');
        const groupOption = page
          .locator('[data-testid="add-country"] [role="option"]', { hasText: 'BRICS' })
          .first();
        await groupOption.waitFor();
        assert.equal(await input.getAttribute('aria-activedescendant'), await groupOption.getAttribute('id'));
        await page.keyboard.press('Enter');
        await page.waitForURL((u) =>
          brics.every((c) => u.searchParams.get('countries')?.split(',').includes(c)),
        );
        const inUrl = new URL(page.url()).searchParams.get('countries').split(',');
        assert.deepEqual(inUrl, [...new Set(['USA', 'BRA', 'CHN', ...brics])]);
        assert.equal(await page.locator('.chips li').count(), inUrl.length);
        // Countries already drawn are not offered again.
        await input.pressSequentially('bra');
        assert.ok(!(await optionTexts(page, 'add-country')).some((t) => t.includes('BRA')));
        await page.keyboard.press('Escape');
      });
      await app.finish(s, 'pickers-country');
    },
  );

  test('the Chinese UI finds by Chinese name and shows Chinese names', OPTIONS, async () => {
    const s = await app.open('./?view=trends');
    const { page } = s;
    await page.locator(CHART).first().waitFor();
    const input = comboInput(page, 'add-country');
    await input.click();
    await input.pressSequentially('巴西');
    const zh = nameOf('BRA').name_zh;
    const [top] = await optionTexts(page, 'add-country');
    if (zh) assert.ok(top.includes(zh), `"${top}" shows ${zh}`);
    assert.ok(top.includes('BRA'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/BRA/);
    await app.finish(s, 'pickers-country-zh');
  });
});

describe('Provinces metric picker', () => {
  test('searches the metrics, groups them and leads with the open province figure', OPTIONS, async () => {
    const s = await app.open('./?view=provinces&province=31&lang=en');
    const { page } = s;
    await app.withDiagnostics(s, 'pickers-metric', async () => {
      await page.locator('[data-testid="tile-map"] button').first().waitFor();
      // A count metric Shanghai published, from the shipped data, and its latest figure.
      const shanghai = cnRows.filter((r) => r.region_code === '31' && r.unit === 'count' && r.as_of);
      const metricId = shanghai[0].metric_id;
      const latest = shanghai
        .filter((r) => r.metric_id === metricId)
        .sort((a, b) => b.as_of.localeCompare(a.as_of))[0];
      const def = catalogue.find((c) => c.id === metricId);
      const input = comboInput(page, 'cn-metric');
      await input.click();
      // The whole list opens grouped: group headings in English.
      const headings = await page.locator('[data-testid="cn-metric"] .combo-group').allInnerTexts();
      assert.ok(headings.includes('Ranks') && headings.includes('Counts'), headings.join(', '));
      await input.fill(def.name_en);
      const option = page
        .locator('[data-testid="cn-metric"] [role="option"]', { hasText: def.name_en })
        .first();
      await option.waitFor();
      const figure = await option.getByTestId('metric-figure').innerText();
      const digits = (t) => t.replace(/\D/g, '');
      assert.ok(
        digits(figure).startsWith(digits(latest.value)),
        `figure "${figure}" shows Shanghai's ${latest.value} of ${latest.as_of}`,
      );
      // Each option that has a figure leads its group.
      await option.hover();
      await option.click();
      await page.waitForURL(new RegExp(`metric=${metricId}`));
      assert.equal(await input.inputValue(), def.name_en);
      assert.match(
        await page.locator('#tile-map-title').innerText(),
        new RegExp(def.name_en.replace(/[()“”]/g, '.')),
      );
      // Escape restores the chosen metric's name; nothing matching says so.
      await input.fill('zzzz-no-such-metric');
      assert.equal(await page.locator('[data-testid="cn-metric"] .combo-empty').count(), 1);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      assert.equal(await input.inputValue(), def.name_en);
    });
    await app.finish(s, 'pickers-metric');
  });
});
