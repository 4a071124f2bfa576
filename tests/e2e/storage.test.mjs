// Browser tests for storage faults (issue 9, item 4): a database written by a newer app,
// and a saved-views list with one damaged entry. Storage is prepared before any page
// script runs (an init script), the way another build or a hand edit would leave it.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBuiltApp } from './harness.mjs';

const OPTIONS = { timeout: 120_000 };
const app = useBuiltApp();

/** Runs in the page before the app: a database at version 5 holding one good dataset. */
function seedNewerDatabase() {
  if (sessionStorage.getItem('seeded')) return;
  sessionStorage.setItem('seeded', '1');
  const req = indexedDB.open('egov-atlas', 5);
  req.onupgradeneeded = () => {
    const store = req.result.createObjectStore('imported-datasets', { keyPath: 'id' });
    store.put({
      id: 'newer-1',
      name: 'Newer app dataset',
      createdAt: '2026-01-01T00:00:00Z',
      fileName: 'newer.csv',
      kind: 'merged',
      active: true,
      rows: [
        {
          year: 2026,
          iso3: 'CHN',
          nameEn: 'China',
          egdiRank: null,
          egdi: 0.9,
          osi: null,
          hci: null,
          tii: null,
          epi: null,
        },
      ],
    });
  };
  req.onsuccess = () => req.result.close();
}

describe('storage faults', () => {
  test(
    'a newer database: the notice says so, the repair downloads a backup, and saving works again',
    OPTIONS,
    async () => {
      const s = await app.open('./?view=import&lang=en', { init: { fn: seedNewerDatabase } });
      const { page } = s;
      await app.withDiagnostics(s, 'storage-newer', async () => {
        // The dataset may be seeded after the app's first read: reload once it is there.
        await page.waitForFunction(() => sessionStorage.getItem('seeded') === '1');
        // Settled first, so the reload aborts no request of the page (the import worker's).
        await page.waitForLoadState('networkidle');
        await page.reload();
        const notice = page.getByTestId('storage-notice');
        await notice.getByText('saved by a newer version of this app').waitFor();
        // What it holds is still listed.
        await page.locator('[data-testid="import-datasets"] li').first().waitFor();
        const [dl] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('storage-repair').click(),
        ]);
        const backup = JSON.parse(await readFile(await dl.path(), 'utf8'));
        assert.equal(backup.records.length, 1);
        assert.equal(backup.records[0].name, 'Newer app dataset');
        await page.getByTestId('storage-repair-status').getByText('1 dataset(s) written back').waitFor();
        assert.equal(await page.locator('[data-testid="import-datasets"] li').count(), 1);
        // The store is this app's again: a rename is saved and survives a reload.
        const name = page.locator('[data-testid="import-datasets"] li input').first();
        await name.fill('Renamed after repair');
        await name.blur();
        await page.waitForTimeout(300);
        await page.waitForLoadState('networkidle');
        await page.reload();
        assert.equal(
          await page.locator('[data-testid="import-datasets"] li input').first().inputValue(),
          'Renamed after repair',
        );
        assert.equal(await page.getByTestId('storage-notice').count(), 0);
      });
      await app.finish(s, 'storage-newer');
    },
  );

  test('one damaged saved view: the others are listed and the stored text is kept', OPTIONS, async () => {
    const text = JSON.stringify({
      format: 'egov-atlas/saved-views',
      version: 1,
      views: [
        { name: 'Good one', query: '?view=rankings' },
        { name: 'Damaged', query: '?not-a-parameter=1' },
        { name: 'Good two', query: '' },
      ],
    });
    const s = await app.open('./?lang=en', {
      init: { fn: (t) => localStorage.setItem('egov-atlas:saved-views', t), arg: text },
    });
    const { page } = s;
    await app.withDiagnostics(s, 'storage-saved-views', async () => {
      await page.getByTestId('saved-views-toggle').click();
      await page.getByTestId('saved-views-dropped').waitFor();
      const panel = page.locator('#saved-views');
      assert.match(await panel.innerText(), /Good one/);
      assert.match(await panel.innerText(), /Good two/);
      const backup = await page.evaluate(() => localStorage.getItem('egov-atlas:saved-views.backup'));
      assert.deepEqual(JSON.parse(backup), [text]);
    });
    await app.finish(s, 'storage-saved-views');
  });
});

describe('framing', () => {
  test('another origin cannot frame the Import page; the policy is an HTTP header', OPTIONS, async () => {
    const res = await fetch(app.url('./?view=import'));
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors 'self'/);
    // A page on another origin (another port) that frames the app.
    const { createServer } = await import('node:http');
    const other = createServer((_req, r) => {
      r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      r.end(`<!doctype html><title>other</title><iframe id="f" src="${app.url('./?view=import')}"></iframe>`);
    });
    await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
    const context = await app.browser.newContext();
    try {
      const page = await context.newPage();
      const port = other.address().port;
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
      await page.waitForTimeout(1000);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      assert.ok(frame, 'the iframe exists');
      // Blocked: the frame never holds the app (no root element, no app title).
      const hasApp = await frame.evaluate(() => document.getElementById('root') !== null).catch(() => false);
      assert.equal(hasApp, false, `the app was framed by another origin (${frame.url()})`);
    } finally {
      await context.close();
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
