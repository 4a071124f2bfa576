// Browser tests for sharing, exports and presenter mode (issue 6), on the built app:
//
//   npm run test:e2e          (= vite build && node --test tests/e2e/)
//
// Expected figures are read from the shipped data (data/un-egov), never typed in.
// Downloads are caught with page.waitForEvent('download') and opened: the CSV as text,
// the XLSX with read-excel-file (the reading twin of the writer the app uses), the PNG
// by its header, the SVG as XML text.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { CHART, SCREENSHOTS, readCsv, useBuiltApp } from './harness.mjs';

const OPTIONS = { timeout: 120_000 };
const ROWS = '[data-testid="rankings-table"] tbody tr';

const app = useBuiltApp();
let surveys;
let countries;

before(async () => {
  surveys = await readCsv('data/un-egov/surveys.csv');
  countries = await readCsv('data/un-egov/countries.csv');
});

/** Clicks the export menu inside `scope`, then the `kind` item; returns the download's name and bytes. */
async function download(page, scope, kind) {
  await scope.locator('[data-testid="export-button"]').first().click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    scope.locator(`[data-export="${kind}"]`).click(),
  ]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(file), file };
}

const isoIn = (region) => new Set(countries.filter((c) => c.region === region).map((c) => c.iso3));

describe('shareable views', () => {
  test(
    'a rankings URL (2018, OSI, dense, Asia) restores its view after reload and on back',
    OPTIONS,
    async () => {
      const s = await app.open('./?view=rankings&year=2018&index=osi&rule=dense&region=Asia');
      const { page } = s;
      const asia = isoIn('Asia');
      const expectedRows = surveys.filter((r) => r.year === '2018' && asia.has(r.iso3)).length;
      assert.ok(expectedRows > 10, `surveys.csv has only ${expectedRows} Asian rows for 2018`);
      const check = async () => {
        await page.locator(ROWS).first().waitFor();
        assert.equal(await page.getByTestId('edition-select').inputValue(), '2018');
        assert.equal(await page.getByTestId('index-select').inputValue(), 'osi');
        assert.equal(await page.locator(ROWS).count(), expectedRows);
        const rankHeader = await page.locator('[data-testid="rankings-table"] thead th').first().innerText();
        assert.match(rankHeader, /密集排名/);
      };
      await check();
      await page.reload({ waitUntil: 'load' });
      await check();
      await page.getByTestId('index-select').selectOption('hci');
      await page.waitForURL(/index=hci/);
      await page.goBack();
      await page.waitForURL(/index=osi/);
      await check();
      await app.finish(s, 'share-url-restore');
    },
  );

  test(
    'an invalid edition falls back to the latest with a quiet notice, not a blank page',
    OPTIONS,
    async () => {
      const s = await app.open('./?view=rankings&year=1999&index=tii');
      const { page } = s;
      const latest = Math.max(...surveys.map((r) => Number(r.year)));
      await page.locator(ROWS).first().waitFor();
      assert.equal(await page.getByTestId('edition-select').inputValue(), String(latest));
      assert.equal(await page.getByTestId('index-select').inputValue(), 'tii');
      // The notice names what the parameter sets, in the UI language, not its URL name.
      const notice = await page.locator('.notice').innerText();
      assert.match(notice, /版次/);
      assert.doesNotMatch(notice, /year/);
      await app.finish(s, 'share-invalid');
    },
  );

  test('a panel on its table tab keeps that tab in the URL', OPTIONS, async () => {
    const s = await app.open('./?view=china&tables=benchmarks');
    const { page } = s;
    const panel = page.locator('[data-panel="benchmarks"]');
    await panel.locator('[role="tabpanel"] table').waitFor();
    await panel.getByRole('tab').first().click();
    await panel.locator(CHART).waitFor();
    assert.ok(!page.url().includes('tables='), `URL still lists a table tab: ${page.url()}`);
    await app.finish(s, 'share-tabs');
  });

  test(
    'saved views: save, reorder from the keyboard, and a bad import changes nothing',
    OPTIONS,
    async () => {
      const s = await app.open('./?view=rankings&year=2018');
      const { page } = s;
      await page.locator(ROWS).first().waitFor();
      await page.getByTestId('saved-views-toggle').click();
      await page.getByTestId('saved-view-name').fill('A 2018');
      await page.getByTestId('save-view').click();
      await page.getByTestId('index-select').selectOption('epi');
      await page.getByTestId('saved-view-name').fill('B EPI');
      await page.getByTestId('saved-view-name').press('Enter');
      const names = () => page.locator('[data-testid="saved-list"] .open').allInnerTexts();
      assert.deepEqual(await names(), ['A 2018', 'B EPI']);
      await page.getByRole('button', { name: '将“B EPI”上移' }).focus();
      await page.keyboard.press('Enter');
      assert.deepEqual(await names(), ['B EPI', 'A 2018']);
      const stored = await page.evaluate(() => localStorage.getItem('egov-atlas:saved-views'));
      assert.deepEqual(
        JSON.parse(stored).views.map((v) => v.name),
        ['B EPI', 'A 2018'],
      );
      await page.getByTestId('import-views-file').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({ format: 'egov-atlas/saved-views', version: 1, views: [{ name: '' }] }),
        ),
      });
      await page.getByTestId('saved-status').filter({ hasText: '未做任何更改' }).waitFor();
      assert.deepEqual(await names(), ['B EPI', 'A 2018']);
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-views').click(),
      ]);
      const deckText = await readFile(await dl.path(), 'utf8');
      const deck = JSON.parse(deckText);
      // Each saved view records the panel its slide shows (the ranking table).
      assert.deepEqual(
        deck.views.map((v) => v.query),
        [
          '?view=rankings&year=2018&index=epi&panel=ranking-table',
          '?view=rankings&year=2018&panel=ranking-table',
        ],
      );
      await app.finish(s, 'share-saved-views');

      // A colleague imports the file into an empty browser profile and gets the same deck.
      const other = await app.open('./');
      await other.page.getByTestId('saved-views-toggle').click();
      await other.page.getByTestId('import-views-file').setInputFiles({
        name: 'egov-atlas_saved-views.json',
        mimeType: 'application/json',
        buffer: Buffer.from(deckText),
      });
      await other.page.getByTestId('saved-status').filter({ hasText: '已导入 2 个视图' }).waitFor();
      assert.deepEqual(await other.page.locator('[data-testid="saved-list"] .open').allInnerTexts(), [
        'B EPI',
        'A 2018',
      ]);
      await other.page.getByRole('button', { name: '打开视图“B EPI”' }).click();
      await other.page.waitForURL(/view=rankings&year=2018&index=epi/);
      await other.page.locator(ROWS).first().waitFor();
      await app.finish(other, 'share-saved-views-imported');
    },
  );
});

describe('exports', () => {
  test(
    'rankings CSV and XLSX: BOM, Chinese names, same numbers, source, neutralised search text',
    OPTIONS,
    async () => {
      // The search "=china" matches China and is written to the file's filter line.
      const s = await app.open('./?view=rankings&year=2018&index=osi&rule=dense&region=Asia&q=%3Dchina');
      const { page } = s;
      await page.locator(ROWS).first().waitFor();
      const chn = surveys.find((r) => r.year === '2018' && r.iso3 === 'CHN');
      const zh = countries.find((c) => c.iso3 === 'CHN').name_zh;

      const csv = await download(page, page.locator('main'), 'csv');
      assert.equal(csv.name, 'egov-atlas_rankings_osi_2018_dense_asia_zh.csv');
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV starts with a UTF-8 BOM');
      const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
      const chinaRow = Papa.parse(lines.find((l) => l.includes(',CHN,'))).data[0];
      assert.equal(chinaRow[1], zh);
      assert.equal(Number(chinaRow[4]), Number(chn.osi));
      assert.ok(
        lines.some((l) => /UN E-Government Survey\) 2018, OSI/.test(l)),
        'a source line names the survey, 2018 and OSI',
      );
      assert.ok(
        lines.includes(`搜索国家,'=china`),
        `the search text is neutralised: ${lines.slice(-6).join(' | ')}`,
      );

      const xlsx = await download(page, page.locator('main'), 'xlsx');
      assert.equal(xlsx.name, 'egov-atlas_rankings_osi_2018_dense_asia_zh.xlsx');
      const sheets = await readXlsxFile(xlsx.file);
      assert.deepEqual(
        sheets.map((x) => x.sheet),
        ['data', 'source', 'findings'],
      );
      // The view's key findings, as the page shows them, under their heading.
      await page.locator('[data-testid="finding"]').first().waitFor();
      const shown = await page.locator('[data-testid="finding"] .finding-text').allInnerTexts();
      assert.equal(sheets[2].data[0][0], '要点');
      assert.equal(sheets[2].data.length, shown.length + 1);
      shown.forEach((t, i) => assert.ok(String(sheets[2].data[i + 1][0]).startsWith(t.trim())));
      const row = sheets[0].data.find((r) => r[2] === 'CHN');
      assert.equal(row[1], zh);
      assert.equal(row[4], Number(chn.osi));
      assert.ok(sheets[1].data.some((r) => /UN E-Government Survey\) 2018, OSI/.test(String(r[0]))));

      const full = await download(page, page.locator('main'), 'full-csv');
      assert.equal(full.name, 'egov-atlas_rankings_osi_2018_dense_asia_all-editions_zh.csv');
      const fullRows = full.bytes
        .toString('utf8')
        .split('\r\n')
        .filter((l) => l.includes(',CHN,'));
      const editions = new Set(surveys.map((r) => r.year));
      assert.equal(fullRows.length, editions.size, 'the whole comparison has China in every edition');
      await app.finish(s, 'share-export-rankings');
    },
  );

  test('trends chart PNG (2x) and SVG carry the title and source', OPTIONS, async () => {
    const s = await app.open('./?view=trends&countries=CHN,JPN&lang=en');
    const { page } = s;
    await page.locator(CHART).first().waitFor();
    const panel = page.locator('[data-panel="trend"]');
    const png = await download(page, panel, 'png');
    assert.equal(png.name, 'egov-atlas_trends_egdi_chn_jpn_en.png');
    assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
    const width = png.bytes.readUInt32BE(16);
    assert.equal(width, 2 * 1200, 'the 1200 px wide export at pixel ratio 2');
    // The SVG from the keyboard only: Enter opens the menu on its first item, ArrowDown, Enter.
    await panel.getByTestId('export-button').focus();
    await page.keyboard.press('Enter');
    await panel.locator('[data-export="png"]:focus').waitFor();
    await page.keyboard.press('ArrowDown');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const svg = { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
    assert.equal(svg.name, 'egov-atlas_trends_egdi_chn_jpn_en.svg');
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(text, /Source: UN E-Government Survey/);
    assert.match(text, /\(EGDI\) over time/);
    assert.doesNotMatch(text, /<script|onload=/i);
    await app.finish(s, 'share-export-trends');
  });
});

describe('print', () => {
  test(
    'a trends view prints as one A4 landscape page: chart, table, source, no navigation',
    OPTIONS,
    async () => {
      const s = await app.open('./?view=trends&countries=CHN,JPN');
      const { page } = s;
      await page.locator(CHART).first().waitFor();
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('header.top').isVisible(), false, 'the header is hidden in print');
      assert.equal(await page.locator('[data-testid="export-button"]').first().isVisible(), false);
      assert.ok(
        await page.locator('[data-panel="trend"] .print-twin table').isVisible(),
        'the table twin prints',
      );
      assert.ok(await page.locator('[data-panel="trend"] .source').isVisible(), 'the source prints');
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      assert.equal(boxes.length, 1, `${boxes.length} pages`);
      // A4 is 297 x 210 mm = 841.9 x 595.3 pt; landscape puts the long side first.
      assert.ok(
        Math.abs(Number(boxes[0][1]) - 841.9) < 1 && Math.abs(Number(boxes[0][2]) - 595.3) < 1,
        boxes[0][0],
      );
      await app.finish(s, 'share-print');
    },
  );
});

describe('presenter mode', () => {
  const deck = [
    { name: 'China', query: '' },
    { name: 'Rankings 2018 OSI', query: '?view=rankings&year=2018&index=osi' },
    { name: 'Trends', query: '?view=trends&countries=CHN,JPN,KOR' },
    { name: 'Asia dense', query: '?view=rankings&rule=dense&region=Asia' },
    { name: 'China HCI', query: '?index=hci' },
  ];

  test(
    'a five-view deck runs from the keyboard with a counter and the source on screen',
    OPTIONS,
    async () => {
      const s = await app.open('./', {
        init: {
          fn: (views) => {
            if (!localStorage.getItem('egov-atlas:saved-views'))
              localStorage.setItem(
                'egov-atlas:saved-views',
                JSON.stringify({ format: 'egov-atlas/saved-views', version: 1, views }),
              );
          },
          arg: deck,
        },
      });
      const { page } = s;
      await page.locator(CHART).first().waitFor();
      await page.getByTestId('present').click();
      const counter = page.getByTestId('slide-counter');
      await counter.filter({ hasText: '第 1 / 5 页' }).waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('presenter')));
      // The click is a user gesture, so the Fullscreen API is allowed.
      await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
      await page.keyboard.press('ArrowRight');
      await counter.filter({ hasText: '第 2 / 5 页' }).waitFor();
      await page.locator(ROWS).first().waitFor();
      assert.match(page.url(), /view=rankings&year=2018&index=osi/);
      assert.match(await page.getByTestId('slide-source').innerText(), /2018.*OSI/);
      await page.keyboard.press('PageDown');
      await counter.filter({ hasText: '第 3 / 5 页' }).waitFor();
      await page.keyboard.press('Space');
      await counter.filter({ hasText: '第 4 / 5 页' }).waitFor();
      await page.keyboard.press('ArrowLeft');
      await counter.filter({ hasText: '第 3 / 5 页' }).waitFor();
      await page.locator(CHART).first().waitFor();
      // The slide scrolls in the space above the bar: no part of it lies behind the bar.
      const [mainBottom, barTop] = await page.evaluate(() => [
        document.querySelector('main').getBoundingClientRect().bottom,
        document.querySelector('[data-testid="presenter-bar"]').getBoundingClientRect().top,
      ]);
      assert.ok(mainBottom <= barTop, `slide ends at ${mainBottom}px, bar starts at ${barTop}px`);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'presenter-slide-3.png') });
      await page.keyboard.press('Escape');
      await page.getByTestId('presenter-bar').waitFor({ state: 'detached' });
      assert.ok(!(await page.evaluate(() => document.documentElement.classList.contains('presenter'))));
      await page.waitForFunction(() => document.fullscreenElement === null);
      await app.finish(s, 'share-presenter-after');
    },
  );
});
