// Browser tests of the Import page on the built app (dist/), run by `npm run test:e2e`.
// Files from the bad-input corpus go through the real UI (setInputFiles), the Web
// Worker and IndexedDB. The tests prove that names carrying HTML never run as markup,
// that refused files leave the loaded data as it was, that a good file shows up in the
// Rankings and Trends views after one confirmation, and that the CSP is never violated.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, SCREENSHOTS, TIMEOUT, readCsv, useBuiltApp } from './harness.mjs';

const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'bad-input');
const OPTIONS = { timeout: 120_000 };
const XSS_NAME = '<img src=x onerror="window.__xss=1">';

const app = useBuiltApp();

/** China's 2024 EGDI as the Rankings table shows it (5 decimals), read from the shipped data. */
async function china2024() {
  const data = await readCsv('data/un-egov/surveys.csv');
  const row = data.find((r) => r.year === '2024' && r.iso3 === 'CHN');
  assert.ok(row, 'no 2024 / CHN row in surveys.csv');
  return Number(row.egdi).toFixed(5);
}

/** Records CSP violations through the DOM event, set up before any page script. */
function recordCspViolations() {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
}

/** A fresh context (empty IndexedDB) on the import page, once `ready` is in the DOM. */
async function open(query = './?view=import&lang=en', ready = '[data-testid="import-input"]') {
  const session = await app.open(query, { init: { fn: recordCspViolations } });
  await session.page.locator(ready).waitFor({ state: 'attached' });
  return session;
}

/** No script from a file ran, no CSP violation, and app.assertNoProblems(). */
async function assertClean(session) {
  const state = await session.page.evaluate(() => ({
    xss: window.__xss ?? null,
    csp: window.__csp,
    injected: document.querySelectorAll('img[src="x"], main script, b[onmouseover]').length,
  }));
  assert.deepEqual(state, { xss: null, csp: [], injected: 0 });
  app.assertNoProblems(session);
}

const pick = (page, ...names) =>
  page.setInputFiles(
    '[data-testid="import-input"]',
    names.map((n) => path.join(CORPUS, n)),
  );

async function rankingsCell(page, country) {
  return page.locator('[data-testid="rankings-table"] tbody tr', { hasText: country }).first().innerText();
}

describe('Import page', () => {
  test(
    'names carrying HTML stay text: in the review, the dataset list, Rankings and Trends',
    OPTIONS,
    async () => {
      const s = await open();
      const { page } = s;
      try {
        await pick(page, 'script-names.csv');
        const rejected = page.locator('[data-testid="import-rejected"]');
        await rejected.waitFor();
        // The reason quotes the name as text: the markup is visible, not parsed.
        assert.match(await rejected.innerText(), /Unknown country “<img src=x onerror="window.__xss=1">”/);
        await page.getByRole('button', { name: 'Discard' }).click();

        await pick(page, 'script-names-iso3.csv');
        await page.locator('[data-testid="import-confirm"]').waitFor();
        await page.locator('[data-testid="import-name"]').fill(XSS_NAME);
        await page.locator('[data-testid="import-confirm"]').click();
        await page.locator('[data-testid="import-done"]').waitFor();
        assert.match(await page.locator('[data-testid="import-done"]').innerText(), /window\.__xss=1/);

        await page.getByRole('link', { name: 'Rankings' }).click();
        await page.locator('[data-testid="rankings-table"]').waitFor();
        // The app opens on the shipped survey's latest edition; the imported one is picked.
        await page.locator('[data-testid="edition-select"]').selectOption('2026');
        // The table follows the edition after the next paint (deferred rendering).
        await page
          .locator('[data-testid="rankings-table"] tbody tr', { hasText: 'window.__xss=1' })
          .first()
          .waitFor();
        assert.match(await rankingsCell(page, 'China'), /<img src=x onerror="window.__xss=1">/);

        await page.getByRole('link', { name: 'Trends' }).click();
        const chart = page.locator('.e-chart[data-rendered="true"]').first();
        await chart.waitFor();
        // Hover along the line so the tooltip (ECharts HTML) shows the series name.
        const box = await chart.boundingBox();
        for (let x = box.x + box.width * 0.5; x < box.x + box.width - 10; x += 40) {
          await page.mouse.move(x, box.y + box.height / 2);
        }
        await page.screenshot({ path: path.join(SCREENSHOTS, 'import-xss-trends.png') });
        await assertClean(s);
      } finally {
        await s.context.close();
      }
    },
  );

  test(
    'refused files leave the loaded data intact; a good file appears in Rankings after one confirmation',
    OPTIONS,
    async () => {
      const s = await open();
      const { page } = s;
      const egdi2024 = await china2024();
      try {
        await pick(page, 'binary.bin.csv', 'html-page.csv', 'zip-junk-renamed.csv', 'empty.csv');
        await page.locator('[data-testid="import-refused"]').nth(3).waitFor();
        const text = await page.locator('.import-view').innerText();
        for (const reason of [
          'is a binary file',
          'is a web page',
          'could not be read as an Excel workbook',
          'The file is empty',
        ]) {
          assert.ok(text.includes(reason), `no "${reason}" on the page`);
        }
        assert.match(await page.locator('[data-testid="import-datasets"]').innerText(), /^$/);

        await pick(page, 'good-un-2026.xlsx');
        const summary = page.locator('[data-testid="import-summary"]');
        await summary.waitFor();
        assert.match(await summary.innerText(), /2 rows read: 2 new/);
        await page.locator('[data-testid="import-confirm"]').click();
        await page.locator('[data-testid="import-done"]').waitFor();

        await page.goto(app.url('./?view=rankings&lang=en&year=2026'));
        await page.locator('[data-testid="rankings-table"]').waitFor();
        const china = await rankingsCell(page, 'China');
        assert.match(china, /good-un-2026/);
        assert.match(china, /0\.88123/);
        // The imported edition is a valid ?year= (no "invalid link parameters" notice).
        assert.equal(await page.locator('.notice').count(), 0);
        assert.equal(await page.locator('[data-testid="edition-select"]').inputValue(), '2026');
        // The source line (also the export footer) attributes an all-imported edition to
        // its dataset, never to the UN; ranks against the 193-country 2024 field are not compared.
        const rankingsSource = await page.locator('.view > p.source').last().innerText();
        assert.match(rankingsSource, /good-un-2026/);
        assert.doesNotMatch(rankingsSource, /UN E-Government Survey/);
        assert.doesNotMatch(china, /[▲▼]/);
        // Without ?year the app still opens on the shipped survey's latest edition.
        await page.goto(app.url('./?lang=en'));
        await page.locator('[data-testid="kpi-egdi"]').waitFor();
        const kpi = await page.locator('[data-testid="kpi-egdi"]').innerText();
        assert.ok(
          kpi.includes(Number(egdi2024).toFixed(4)),
          `China KPI "${kpi}" is not the shipped 2024 EGDI ${egdi2024}`,
        );
        assert.doesNotMatch(kpi, /2026/);
        // Views over time name it too; the span now ends at the imported edition.
        await page.goto(app.url('./?view=trends&lang=en'));
        await page.locator('.panel .source').first().waitFor();
        const trendsSource = await page.locator('.panel .source').first().innerText();
        assert.match(trendsSource, /2003–2026/);
        assert.match(trendsSource, /good-un-2026/);
        // The shipped 2024 edition is as it was.
        await page.goto(app.url('./?view=rankings&lang=en&year=2024'));
        await page.locator('[data-testid="rankings-table"]').waitFor();
        const china24 = await rankingsCell(page, 'China');
        assert.ok(china24.includes(egdi2024), `2024 China row "${china24}" lacks ${egdi2024}`);
        assert.doesNotMatch(china24, /good-un-2026/);
        assert.doesNotMatch(await page.locator('.view > p.source').last().innerText(), /good-un-2026/);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'import-rankings-2024.png') });
        await assertClean(s);
      } finally {
        await s.context.close();
      }
    },
  );

  test('a large file shows progress and can be cancelled without changing anything', OPTIONS, async () => {
    const s = await open();
    const { page } = s;
    try {
      const lines = ['year,iso3,indicator,value'];
      for (let i = 0; i < 600_000; i++) lines.push(`${2030 + (i % 60)},CHN,egdi,0.5`);
      await page.setInputFiles('[data-testid="import-input"]', {
        name: 'large.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(lines.join('\n')),
      });
      await page.locator('[data-testid="import-cancel"]').click();
      await page.getByText('Cancelled; the data is unchanged.').waitFor();
      assert.match(await page.locator('[data-testid="import-datasets"]').innerText(), /^$/);
      // The next file gets a fresh worker.
      await pick(page, 'good-utf8.csv');
      await page.locator('[data-testid="import-summary"]').waitFor();
      await assertClean(s);
    } finally {
      await s.context.close();
    }
  });

  test(
    '150,000 rows repeating one country-year reach the review with counts and rejections',
    OPTIONS,
    async () => {
      const s = await open();
      const { page } = s;
      try {
        const lines = ['year,iso3,name_en,egdi_rank,egdi,osi,hci,tii,epi'];
        for (let i = 0; i < 150_000; i++) lines.push('2024,CHN,China,35,0.88,0.9,0.91,0.8,0.87');
        await page.setInputFiles('[data-testid="import-input"]', {
          name: 'repeated.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(lines.join('\n')),
        });
        const summary = page.locator('[data-testid="import-summary"], .import-job .error-card');
        await summary.first().waitFor({ timeout: 60_000 });
        assert.match(await summary.first().innerText(), /150,?000 rows read: .*149,?999 rejected/);
        const first = page.locator('[data-testid="import-rejected"] tbody tr').first();
        assert.match(await first.innerText(), /^3\s.*A second row for “China”/);
        assert.match(await page.locator('.import-review').innerText(), /more not listed/);
        await assertClean(s);
      } finally {
        await s.context.close();
      }
    },
  );

  test('a failed import says why and its card can be dismissed (Chinese UI)', OPTIONS, async () => {
    const s = await open('./?view=import&lang=zh');
    const { page } = s;
    try {
      const worker = page.workers()[0] ?? (await page.waitForEvent('worker'));
      // The file can no longer be read when the worker asks for its bytes (moved, a
      // network drive gone): the worker reports it.
      await worker.evaluate(() => {
        Blob.prototype.arrayBuffer = () => Promise.reject(new Error('NotReadableError'));
      });
      await pick(page, 'good-utf8.csv');
      const failed = page.locator('[data-testid="import-failed"]');
      await failed.waitFor();
      assert.match(await failed.innerText(), /导入失败:NotReadableError/);
      await page.getByRole('button', { name: '关闭“good-utf8.csv”的导入结果' }).click();
      await failed.waitFor({ state: 'detached' });
      assert.equal(await page.locator('[data-testid="import-job"]').count(), 0);
      await assertClean(s);
    } finally {
      await s.context.close();
    }
  });

  test(
    'formula cells without values are named, are no conflicts, and "Replace all" keeps the loaded EGDI',
    OPTIONS,
    async () => {
      const s = await open();
      const { page } = s;
      const egdi2024 = await china2024();
      try {
        await pick(page, 'formula-no-cache.xlsx');
        const summary = page.locator('[data-testid="import-summary"]');
        await summary.waitFor();
        // Only China's OSI differs; the blank EGDI cells are not conflicts.
        assert.match(
          await summary.innerText(),
          /3 rows read: 0 new, 0 identical to the loaded data, 1 in conflict/,
        );
        assert.match(
          await page.locator('[data-testid="import-blanks"]').innerText(),
          /^4 blank \(missing\) cells/,
        );
        await page.getByText(/^Notes \(/).click();
        const notes = await page.locator('[data-testid="import-warnings"]').innerText();
        assert.match(notes, /3 formula cell\(s\) hold no saved result \(E2, E3, E4\)/);
        assert.match(notes, /1 formula cell\(s\) hold no saved result \(I4\)/);
        await page.getByRole('button', { name: 'Replace all' }).click();
        assert.equal(await page.locator('[data-testid="import-clear-blanks"]').isChecked(), false);
        await page.locator('[data-testid="import-confirm"]').click();
        await page.locator('[data-testid="import-done"]').waitFor();
        await page.goto(app.url('./?view=rankings&lang=en&year=2024'));
        await page.locator('[data-testid="rankings-table"]').waitFor();
        const china = await rankingsCell(page, 'China');
        assert.ok(china.includes(egdi2024), `China 2024 "${china}" lost the shipped EGDI ${egdi2024}`);
        await assertClean(s);
      } finally {
        await s.context.close();
      }
    },
  );

  test('corrupt storage: the app runs on the shipped data and says so', OPTIONS, async () => {
    const s = await open('./?view=rankings&lang=en&year=2024', '[data-testid="rankings-table"]');
    const { page } = s;
    try {
      await page.locator('[data-testid="rankings-table"]').waitFor();
      const shippedRows = await page.locator('[data-testid="rankings-table"] tbody tr').count();
      // A record that is not a dataset (rows is not a list), written behind the app's back.
      await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const req = indexedDB.open('egov-atlas', 1);
            req.onupgradeneeded = () => req.result.createObjectStore('imported-datasets', { keyPath: 'id' });
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const tx = req.result.transaction('imported-datasets', 'readwrite');
              tx.objectStore('imported-datasets').put({ id: 'bad', name: 'bad', rows: 'not rows' });
              tx.oncomplete = () => {
                req.result.close();
                resolve(null);
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      await page.reload();
      await page.locator('[data-testid="storage-notice"]').waitFor();
      assert.match(await page.locator('[data-testid="storage-notice"]').innerText(), /damaged/);
      await page.locator('[data-testid="rankings-table"]').waitFor();
      assert.equal(await page.locator('[data-testid="rankings-table"] tbody tr').count(), shippedRows);
      await assertClean(s);
    } finally {
      await s.context.close();
    }
  });

  test('full storage: saving fails with a message and the data stays as it was', OPTIONS, async () => {
    const s = await open();
    const { page } = s;
    try {
      // Every write fails the way a full disk does.
      await page.evaluate(() => {
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await pick(page, 'good-utf8.csv');
      await page.locator('[data-testid="import-confirm"]').click();
      await page
        .getByText(
          'Saving failed: Browser storage is full, so imported datasets cannot be saved. The loaded data is unchanged.',
        )
        .waitFor();
      assert.match(await page.locator('[data-testid="import-datasets"]').innerText(), /^$/);
      await assertClean(s);
    } finally {
      await s.context.close();
    }
  });

  test(
    'every corpus file at once: each gets a result, none crashes the page, nothing is stored',
    OPTIONS,
    async () => {
      const s = await open();
      const { page } = s;
      try {
        const files = (await readdir(CORPUS)).sort();
        assert.ok(files.length >= 40, `only ${files.length} corpus files`);
        await pick(page, ...files);
        const jobs = page.locator('[data-testid="import-job"]');
        // Done when every file shows a review, a refusal or a mapping step.
        const settled = '[data-testid="import-summary"], [data-testid="import-refused"], .import-mapping';
        const end = Date.now() + TIMEOUT;
        while ((await jobs.locator(settled).count()) < files.length && Date.now() < end) {
          await new Promise((r) => setTimeout(r, 200));
        }
        assert.equal(await jobs.count(), files.length);
        assert.equal(await jobs.locator(settled).count(), files.length);
        assert.equal(await page.getByText('Import failed').count(), 0);
        assert.match(await page.locator('[data-testid="import-datasets"]').innerText(), /^$/);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'import-corpus.png') });
        await assertClean(s);
      } finally {
        await s.context.close();
      }
    },
  );

  test('an unrecognised table: map its columns, preview, then review', OPTIONS, async () => {
    const s = await open();
    const { page } = s;
    try {
      await page.setInputFiles('[data-testid="import-input"]', {
        name: 'eigene-tabelle.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Land;Jahr;Wert\nChina;2026;0,9\nJapan;2026;0,8\n'),
      });
      const mapping = page.locator('.import-mapping');
      await mapping.waitFor();
      assert.match(await mapping.locator('table').innerText(), /China\s+2026\s+0,9/);
      const apply = page.getByRole('button', { name: 'Read with this mapping' });
      assert.equal(await apply.isDisabled(), true);
      await page.locator('[data-testid="map-name"]').selectOption({ label: 'Land' });
      await page.locator('[data-testid="map-year"]').selectOption({ label: 'Jahr' });
      await page.locator('[data-testid="map-egdi"]').selectOption({ label: 'Wert' });
      await apply.click();
      const summary = page.locator('[data-testid="import-summary"]');
      await summary.waitFor();
      assert.match(await summary.innerText(), /2 rows read: 2 new/);
      assert.match(await page.locator('[data-testid="import-job"]').innerText(), /decimal commas/);
      await assertClean(s);
    } finally {
      await s.context.close();
    }
  });

  test(
    'a header below a title the app does not know: pick its row, then map the columns',
    OPTIONS,
    async () => {
      const s = await open();
      const { page } = s;
      try {
        await page.setInputFiles('[data-testid="import-input"]', {
          name: 'tabelle.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('Tabelle 1: E-Government;;\nLand;Jahr;Wert\nChina;2026;0,9\nJapan;2026;0,8\n'),
        });
        const mapping = page.locator('.import-mapping');
        await mapping.waitFor();
        // Read at first with the title as the header: no column to map yet.
        assert.equal(await page.locator('[data-testid="map-name"] option', { hasText: 'Land' }).count(), 0);
        await page.getByLabel('Header row').selectOption({ label: 'Row 2: Land · Jahr · Wert' });
        await page
          .locator('[data-testid="map-name"] option', { hasText: 'Land' })
          .waitFor({ state: 'attached' });
        await page.locator('[data-testid="map-name"]').selectOption({ label: 'Land' });
        await page.locator('[data-testid="map-year"]').selectOption({ label: 'Jahr' });
        await page.locator('[data-testid="map-egdi"]').selectOption({ label: 'Wert' });
        await page.getByRole('button', { name: 'Read with this mapping' }).click();
        const summary = page.locator('[data-testid="import-summary"]');
        await summary.waitFor();
        assert.match(await summary.innerText(), /2 rows read: 2 new/);
        await assertClean(s);
      } finally {
        await s.context.close();
      }
    },
  );
});
