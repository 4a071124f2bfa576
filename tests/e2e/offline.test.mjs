// Browser test of the service worker of the served build (dist/): after one visit the
// dashboard opens with the network gone and every view works; a newly deployed build is
// offered with a reload. It serves a copy of dist/ (the test deploys a "new build" into
// it), with scripts/serve-dist.mjs or, when E2E_SERVER=nginx, with nginx and deploy/nginx.conf.

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST, ROOT, SCREENSHOTS, TIMEOUT, expectViewOpens, useBuiltApp, viewIds } from './harness.mjs';

const OPTIONS = { timeout: 180_000 };
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'bad-input', 'good-utf8.csv');
/** A page of another application on the same host (under the worker's scope). */
const OTHER_APP = 'Another application';
let copy;

const app = useBuiltApp({
  root: async () => {
    copy = await mkdtemp(path.join(tmpdir(), 'egov-offline-'));
    await cp(DIST, copy, { recursive: true });
    await mkdir(path.join(copy, 'other-app'));
    await writeFile(
      path.join(copy, 'other-app', 'index.html'),
      `<!doctype html><link rel="icon" href="data:,"><title>x</title><h1>${OTHER_APP}</h1>`,
    );
    return copy;
  },
});
after(() => (copy ? rm(copy, { recursive: true, force: true }) : undefined));

/** Opens `query` with service workers on; resolves once the worker is active (precache done). */
async function openWithWorker(query) {
  const session = await app.open(query, { serviceWorkers: 'allow' });
  const active = await session.page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), ms)),
      ]),
    TIMEOUT,
  );
  assert.ok(active, `no service worker became active within ${TIMEOUT} ms`);
  return session;
}

/** Every URL in the page's Cache Storage. */
const cachedUrls = (page) =>
  page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) urls.push(req.url);
    }
    return urls;
  });

/** Every file of the build the page needs: index.html and everything under assets/. */
async function buildFiles() {
  const assets = await readdir(path.join(copy, 'assets'));
  return ['index.html', ...assets.map((f) => `assets/${f}`)].sort();
}

describe('offline after the first visit (service worker)', () => {
  test('a newly deployed build is offered; Reload switches to it', OPTIONS, async () => {
    const session = await openWithWorker('./?lang=en');
    const { page } = session;
    await app.withDiagnostics(session, 'offline-update', async () => {
      await page.reload({ waitUntil: 'load' });
      await expectViewOpens(page, 'china');
      assert.equal(
        await page.locator('[data-testid="update-prompt"]').count(),
        0,
        'a prompt without a new build',
      );
      // Another application's page on the same host is not served from this worker's cache.
      await page.goto(app.url('./other-app/'), { waitUntil: 'load' });
      assert.equal(await page.locator('h1').innerText(), OTHER_APP);
      await page.goto(app.url('./?lang=en'), { waitUntil: 'load' });
      await expectViewOpens(page, 'china');
      // "Deploy" a new build: a changed index.html, and the service worker that precaches it.
      const marker = `build-${Date.now()}`;
      const html = await readFile(path.join(copy, 'index.html'), 'utf8');
      await writeFile(
        path.join(copy, 'index.html'),
        html.replace('</head>', `<meta name="x-build" content="${marker}"></head>`),
      );
      const sw = await readFile(path.join(copy, 'sw.js'), 'utf8');
      const swNext = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, `$1${marker}"`);
      assert.notEqual(swNext, sw, 'sw.js has no revision for index.html');
      await writeFile(path.join(copy, 'sw.js'), swNext);

      await page.reload({ waitUntil: 'load' });
      const prompt = page.locator('[data-testid="update-prompt"]');
      await prompt.waitFor({ timeout: TIMEOUT });
      assert.match(await prompt.innerText(), /new version/i);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'offline-update-prompt.png') });
      // Still the old build until the user says so.
      assert.equal(await page.locator('meta[name="x-build"]').count(), 0);
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
      await page.locator('meta[name="x-build"]').waitFor({ state: 'attached' });
      assert.equal(await page.locator('meta[name="x-build"]').getAttribute('content'), marker);
      await expectViewOpens(page, 'china');
      assert.equal(await page.locator('[data-testid="update-prompt"]').count(), 0);
    });
    await app.finish(session, 'offline-update');
  });

  test(
    'with the network gone (and the server stopped), every view opens and imports work',
    OPTIONS,
    async () => {
      const views = await viewIds();
      const session = await openWithWorker('./');
      const { page, context } = session;
      await app.withDiagnostics(session, 'offline-views', async () => {
        // Precached: the whole build, from the app's own origin only.
        const cached = await cachedUrls(page);
        const foreign = cached.filter((u) => new URL(u).origin !== app.origin);
        assert.deepEqual(foreign, [], 'cached from another origin');
        const paths = [...new Set(cached.map((u) => new URL(u).pathname.slice(1)))].sort();
        assert.deepEqual(paths, await buildFiles());

        await context.setOffline(true);
        await app.server.close();
        for (const lang of ['zh', 'en']) {
          for (const view of views) {
            await page.goto(app.url(`./?view=${view}&lang=${lang}`), { waitUntil: 'load' });
            await expectViewOpens(page, view);
          }
        }
        // The import worker and its code come from the cache too.
        await page.goto(app.url('./?view=import&lang=en'), { waitUntil: 'load' });
        await page.setInputFiles('[data-testid="import-input"]', FIXTURE);
        await page.locator('[data-testid="import-summary"]').waitFor();
      });
      await app.finish(session, 'offline-views');
    },
  );
});
