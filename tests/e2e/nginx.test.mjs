// The built app (dist/) served by real nginx with deploy/nginx.conf (scripts/nginx-serve.mjs):
// the response headers (the CSP with frame-ancestors and the other security headers of
// scripts/csp.mjs, long cache for hashed files and no-cache for the page and the service
// worker, gzip), the fallback to index.html for any other path, and the app in a browser
// there. Skipped where nginx is not installed, except in CI (CI=true) or with
// E2E_SERVER=nginx, where a missing nginx fails.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../../scripts/csp.mjs';
import { hasNginx, serveWithNginx } from '../../scripts/nginx-serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { CHART, DIST, TIMEOUT } from './harness.mjs';

const REQUIRED = process.env.CI === 'true' || process.env.E2E_SERVER === 'nginx';
const skip = !hasNginx() && !REQUIRED ? 'nginx is not installed (apt-get install -y nginx)' : false;
const LONG = 'public, max-age=31536000, immutable';

let server;
let indexHtml;

/** GET `urlPath` with gzip accepted: status, headers and the body (decompressed). */
function get(urlPath) {
  return new Promise((resolve, reject) => {
    const req = request(new URL(urlPath, server.url), { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: body.toString('utf8'),
          size: raw.length,
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function assertSecurityHeaders(res, what) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    assert.equal(res.headers[name.toLowerCase()], value, `${what}: ${name}`);
}

/** The hashed files index.html loads: its entry script, stylesheet and preloaded data. */
function hashedRefs(html) {
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
}

describe('deploy/nginx.conf with real nginx', { skip }, () => {
  before(async () => {
    indexHtml = await readFile(path.join(DIST, 'index.html'), 'utf8');
    server = await serveWithNginx({ root: DIST });
  });
  after(async () => {
    await server?.close();
  });

  test('the page: CSP with frame-ancestors, security headers, revalidated on every load', async () => {
    for (const p of ['/', '/index.html', '/?view=map&lang=en']) {
      const res = await get(p);
      assert.equal(res.status, 200, p);
      assert.match(res.headers['content-type'], /^text\/html; charset=utf-8$/, p);
      assertSecurityHeaders(res, p);
      assert.match(res.headers['content-security-policy'], /frame-ancestors 'self'/);
      assert.equal(res.headers['cache-control'], 'no-cache', p);
      assert.equal(res.body, indexHtml, p);
    }
  });

  test('hashed files: cached for a year, gzipped, with the security headers', async () => {
    const refs = hashedRefs(indexHtml);
    let gzipped = 0;
    const js = refs.filter((r) => r.endsWith('.js'));
    const json = refs.filter((r) => r.endsWith('.json'));
    assert.ok(js.length > 0 && json.length > 0, `index.html refers to ${refs.join(', ')}`);
    for (const ref of [...js.slice(0, 3), ...json, ...refs.filter((r) => r.endsWith('.css'))]) {
      const res = await get(`/${ref}`);
      assert.equal(res.status, 200, ref);
      assert.equal(res.headers['cache-control'], LONG, ref);
      // gzip_min_length: files under 1 KB are sent as they are.
      if (Buffer.byteLength(res.body) < 1024) continue;
      assert.equal(res.headers['content-encoding'], 'gzip', ref);
      gzipped++;
      assert.match(res.headers.vary ?? '', /Accept-Encoding/, ref);
      assert.equal(res.body, await readFile(path.join(DIST, ref), 'utf8'), ref);
      assert.ok(res.size < Buffer.byteLength(res.body) * 0.8, `${ref} is barely compressed`);
      assertSecurityHeaders(res, ref);
    }
    assert.ok(gzipped >= 3, `only ${gzipped} files checked for gzip`);
    const types = { js: /javascript/, json: /^application\/json/, css: /^text\/css/ };
    for (const [ext, type] of Object.entries(types)) {
      const ref = refs.find((r) => r.endsWith(`.${ext}`));
      assert.match((await get(`/${ref}`)).headers['content-type'], type, ref);
    }
  });

  test('the data tables are text/csv; the service worker is revalidated on every load', async () => {
    const sw = await readFile(path.join(DIST, 'sw.js'), 'utf8');
    const csv = sw.match(/url:"(assets\/[^"]+\.csv)"/)?.[1];
    assert.ok(csv, 'no CSV in the precache list');
    const table = await get(`/${csv}`);
    assert.match(table.headers['content-type'], /^text\/csv; charset=utf-8$/);
    assert.equal(table.headers['cache-control'], LONG);
    const worker = await get('/sw.js');
    assert.equal(worker.status, 200);
    assert.match(worker.headers['content-type'], /javascript/);
    assert.equal(worker.headers['cache-control'], 'no-cache');
    assert.equal(worker.body, sw);
  });

  test('any other path gets the page; a missing hashed file is a 404 that is not cached', async () => {
    const page = await get('/no/such/page?view=trends');
    assert.equal(page.status, 200);
    assert.equal(page.body, indexHtml);
    assert.equal(page.headers['cache-control'], 'no-cache');
    assertSecurityHeaders(page, 'fallback');
    // Under that path the page's relative URLs still find their files.
    const entry = hashedRefs(indexHtml).find((r) => r.endsWith('.js'));
    const deep = await get(`/no/such/${entry}`);
    assert.equal(deep.status, 200);
    assert.match(deep.headers['content-type'], /javascript/);
    const missing = await get('/assets/missing-0000.js');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['cache-control'], 'no-cache');
    assertSecurityHeaders(missing, '404');
  });

  test(
    'in a browser: the app draws its first chart, also under another path',
    { timeout: 90_000 },
    async () => {
      const browser = await launchChromium();
      try {
        const context = await browser.newContext({ serviceWorkers: 'allow' });
        const page = await context.newPage();
        const problems = [];
        page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
        page.on('pageerror', (e) => problems.push(String(e)));
        context.on('response', (r) => r.status() >= 400 && problems.push(`${r.url()}: HTTP ${r.status()}`));
        for (const p of ['./?lang=en', './no/such/page?view=trends&lang=en']) {
          await page.goto(new URL(p, server.url).href, { waitUntil: 'load' });
          await page.locator(CHART).first().waitFor({ state: 'visible', timeout: TIMEOUT });
        }
        assert.deepEqual(problems, []);
      } finally {
        await browser.close();
      }
    },
  );
});
