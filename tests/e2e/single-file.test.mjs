// Browser test of the single-file build (npm run build:offline: dist-offline/egov-atlas.html),
// opened from file:// as a planner would open it from a shared drive or a USB stick: every
// view opens, China's 2024 figures are the shipped data's, a small CSV goes through the
// import worker (a blob: worker) into the views, and the page requests nothing but file:,
// data: and blob: URLs under its own, stricter, Content-Security-Policy.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import {
  CHART,
  ROOT,
  SINGLE_FILE,
  TIMEOUT,
  expectViewOpens,
  readCsv,
  useSingleFile,
  viewIds,
} from './harness.mjs';

const OPTIONS = { timeout: 120_000 };
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'bad-input', 'good-utf8.csv');

const file = useSingleFile();

/** Records CSP violations through the DOM event, set up before any page script. */
function recordCspViolations() {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
}
const WATCH = { init: { fn: recordCspViolations } };

/** `value` (a decimal string of the data) with 4 decimals, as the page's number format rounds. */
const four = (value) =>
  new Intl.NumberFormat('en', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(Number(value));

async function assertClean(session) {
  assert.deepEqual(await session.page.evaluate(() => window.__csp), [], 'CSP violations');
  await file.finish(session, session.name);
}

describe('single-file build, opened from file://', () => {
  test('is one HTML file whose policy allows only its own inline script (by hash)', async () => {
    assert.deepEqual(await readdir(path.dirname(SINGLE_FILE)), [path.basename(SINGLE_FILE)]);
    const html = await readFile(SINGLE_FILE, 'utf8');
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? '';
    const directive = (name) => csp.split('; ').find((d) => d.startsWith(`${name} `));
    assert.equal(directive('default-src'), "default-src 'none'");
    assert.match(directive('script-src') ?? '', /^script-src 'sha256-[A-Za-z0-9+/]{43}='$/);
    assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline|connect-src/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload|preload)"/);
  });

  test("the China view draws its charts and shows China's 2024 figures from data/", OPTIONS, async () => {
    const rows = await readCsv('data/un-egov/surveys.csv');
    const china = rows.find((r) => r.year === '2024' && r.iso3 === 'CHN');
    assert.ok(china, 'surveys.csv has no 2024 / CHN row');
    const session = { ...(await file.open('?lang=en', WATCH)), name: 'single-file-china' };
    const { page } = session;
    await file.withDiagnostics(session, session.name, async () => {
      const chart = page.locator(CHART).first();
      await chart.waitFor({ state: 'visible', timeout: TIMEOUT });
      assert.ok((await chart.locator('canvas, svg').count()) > 0, 'the chart has no canvas or svg');
      const value = (id) => page.locator(`[data-testid="kpi-${id}"] .kpi-value`).innerText();
      await page.locator('[data-testid="kpi-egdi"] .kpi-value').waitFor();
      for (const id of ['egdi', 'osi', 'hci', 'tii', 'epi'])
        assert.equal(await value(id), four(china[id]), `${id.toUpperCase()} 2024`);
      assert.equal(await value('rank'), china.egdi_rank, 'EGDI rank 2024');
    });
    await assertClean(session);
  });

  test('every view opens, in Chinese and in English', OPTIONS, async () => {
    const views = await viewIds();
    const session = { ...(await file.open('', WATCH)), name: 'single-file-views' };
    const { page } = session;
    await file.withDiagnostics(session, session.name, async () => {
      for (const lang of ['zh', 'en']) {
        for (const view of views) {
          await page.goto(file.url(`?view=${view}&lang=${lang}`), { waitUntil: 'load' });
          await expectViewOpens(page, view);
        }
      }
    });
    await assertClean(session);
  });

  test('exports work: Rankings CSV and XLSX with the shipped figures, a chart PNG', OPTIONS, async () => {
    const rows = await readCsv('data/un-egov/surveys.csv');
    const china = rows.find((r) => r.year === '2024' && r.iso3 === 'CHN');
    const session = {
      ...(await file.open('?view=rankings&year=2024&lang=en', WATCH)),
      name: 'single-file-export',
    };
    const { page } = session;
    const download = async (scope, kind) => {
      await scope.locator('[data-testid="export-button"]').first().click();
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        scope.locator(`[data-export="${kind}"]`).click(),
      ]);
      return dl.path();
    };
    await file.withDiagnostics(session, session.name, async () => {
      await page.locator('[data-testid="rankings-table"] tbody tr').first().waitFor();
      const csv = await readFile(await download(page.locator('main'), 'csv'), 'utf8');
      const line = csv.split('\r\n').find((l) => l.includes(',CHN,'));
      assert.ok(line, 'no CHN row in the CSV');
      assert.ok(Papa.parse(line).data[0].map(Number).includes(Number(china.egdi)), `CSV row: ${line}`);
      const [sheet] = await readXlsxFile(await download(page.locator('main'), 'xlsx'));
      const row = sheet.data.find((r) => r.includes('CHN'));
      assert.ok(row?.includes(Number(china.egdi)), `XLSX row: ${row}`);
      await page.goto(file.url('?view=trends&lang=en'), { waitUntil: 'load' });
      await page.locator(CHART).first().waitFor();
      const png = await readFile(await download(page.locator('[data-panel="trend"]'), 'png'));
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    });
    await assertClean(session);
  });

  test('a small CSV is imported through the worker and shows in Rankings', OPTIONS, async () => {
    const fixture = Papa.parse(await readFile(FIXTURE, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const row = fixture.find((r) => r.iso3 === 'CHN');
    assert.ok(row, 'the fixture has no CHN row');
    const session = { ...(await file.open('?view=import&lang=en', WATCH)), name: 'single-file-import' };
    const { page } = session;
    await file.withDiagnostics(session, session.name, async () => {
      await page.setInputFiles('[data-testid="import-input"]', FIXTURE);
      const summary = page.locator('[data-testid="import-summary"]');
      await summary.waitFor();
      assert.match(
        await summary.innerText(),
        new RegExp(`${fixture.length} rows read: ${fixture.length} new`),
      );
      await page.locator('[data-testid="import-confirm"]').click();
      await page.locator('[data-testid="import-done"]').waitFor();
      await page.goto(file.url(`?view=rankings&lang=en&year=${row.year}`), { waitUntil: 'load' });
      const china = page.locator('[data-testid="rankings-table"] tbody tr', { hasText: 'China' }).first();
      await china.waitFor();
      assert.ok(
        (await china.innerText()).includes(row.egdi),
        `China's imported EGDI ${row.egdi} not in the row`,
      );
    });
    await assertClean(session);
  });

  test('without browser storage the page says imports can be neither loaded nor saved', OPTIONS, async () => {
    const session = {
      ...(await file.open('?view=import&lang=en', {
        init: {
          fn: () => {
            Object.defineProperty(window, 'indexedDB', { value: undefined });
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', (e) =>
              window.__csp.push(e.violatedDirective),
            );
          },
        },
      })),
      name: 'single-file-no-storage',
    };
    const { page } = session;
    const plainly = /Browser storage is unavailable .*, so imported datasets can be neither loaded nor saved/;
    await file.withDiagnostics(session, session.name, async () => {
      const notice = page.locator('[data-testid="storage-notice"]');
      await notice.waitFor();
      assert.match(await notice.innerText(), plainly);
      // The file is still read and reviewed; confirming says why it cannot be kept.
      await page.setInputFiles('[data-testid="import-input"]', FIXTURE);
      await page.locator('[data-testid="import-confirm"]').click();
      const failed = page.getByText(/^Saving failed: /);
      await failed.waitFor();
      assert.match(await failed.innerText(), plainly);
    });
    await assertClean(session);
  });

  test('the page cannot fetch anything, not even a data: URL', OPTIONS, async () => {
    const session = { ...(await file.open('?lang=en')), name: 'single-file-no-fetch' };
    const refused = await session.page.evaluate(() =>
      fetch('data:text/plain,x').then(
        () => false,
        () => true,
      ),
    );
    assert.equal(refused, true, 'a fetch was allowed');
    await session.context.close();
  });
});
