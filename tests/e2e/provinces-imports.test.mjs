// Browser tests of issue 9 on the Provinces page (items 1, 2 and 6's last sentence): a
// boundary file that would break the map is refused with the reason while the map and
// the imported figures loaded before stay; a refused table keeps the earlier imports and
// the chosen metric; imported tables survive a reload (IndexedDB) and can be listed,
// renamed, exported and removed; the page's messages are in the UI language. The bad files
// are tests/fixtures/bad-input-provinces; the figures imported are invented for the test.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, useBuiltApp } from './harness.mjs';

const OPTIONS = { timeout: 120_000 };
const CORPUS = path.join(ROOT, 'tests', 'fixtures', 'bad-input-provinces');
const app = useBuiltApp();

const corpus = async (name) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: await readFile(path.join(CORPUS, name)),
});
/** A filled-in template with one invented figure for Beijing (English headers). */
const table = (metric, value) => ({
  name: `${metric}.csv`,
  mimeType: 'text/csv',
  buffer: Buffer.from(
    `region_code,province,metric_id,value,unit,as_of,scope,source,quote\r\n11,北京市,${metric},${value},percent,2024,市级,本单位统计,本单位统计表\r\n`,
  ),
});
const tileHas = (page, text) =>
  page.waitForFunction(
    (t) => document.querySelector('[data-testid="tile-11"]')?.textContent?.includes(t),
    text,
  );
const CJK = /[\u4e00-\u9fff]/;
/** The names of the imports in the page's IndexedDB, as stored. */
const storedNames = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('egov-atlas-provinces');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('provincial-imports').objectStore('provincial-imports').getAll();
          all.onsuccess = () => {
            req.result.close();
            resolve(all.result.map((r) => r.name).sort());
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );

// Selectors the page had before these fixes too, so each test fails there for its real reason.
const GEO_FILE = '.geo-map input[type="file"]';
const GEO_ERROR = '.geo-map [role="alert"]';
const STATUS = '.provinces-view [role="status"]';
/** Waits until the import status says something other than `before`. */
const statusChange = (page, before) =>
  page.waitForFunction(
    ([sel, b]) => {
      const t = document.querySelector(sel)?.textContent ?? '';
      return t !== '' && t !== b;
    },
    [STATUS, before],
  );
const statusText = async (page) =>
  (await page.locator(STATUS).count()) ? page.locator(STATUS).first().innerText() : '';

async function openProvinces(query = './?view=provinces') {
  const session = await app.open(query);
  await session.page.locator('[data-testid="tile-map"] button').first().waitFor({ state: 'visible' });
  return session;
}

describe('Provinces: nothing lost, whatever the file', () => {
  test(
    'a boundary file with a null geometry, a Point or bad coordinates is refused; the good map and the imported figures stay',
    OPTIONS,
    async () => {
      const session = await openProvinces();
      const { page } = session;
      await app.withDiagnostics(session, 'provinces-bad-geojson', async () => {
        await page.locator('[data-testid="import-file"]').setInputFiles(table('my_share', '12.5%'));
        await tileHas(page, '12.5');
        await page.locator('.geo-map summary').click();
        await page.locator('.geo-map input[type="text"]').fill('GS(0000)0000号');
        const good = {
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { name: '北京市' },
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [116, 39],
                    [117, 39],
                    [117, 40],
                    [116, 40],
                    [116, 39],
                  ],
                ],
              },
            },
          ],
        };
        const file = page.locator(GEO_FILE);
        await file.setInputFiles({
          name: 'good-map.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(good)),
        });
        const chart = page.locator('.geo-map .e-chart[data-rendered="true"]');
        await chart.waitFor({ state: 'visible' });
        const reasons = [];
        for (const bad of [
          'geojson-null-geometry.json',
          'geojson-point.json',
          'geojson-empty-coordinates.json',
          'geojson-non-numeric-coordinates.json',
        ]) {
          await file.setInputFiles(await corpus(bad));
          const alert = page.locator(GEO_ERROR);
          // The refusal names the file, so each one is seen even when two reasons read alike.
          await page.waitForFunction(
            ([sel, f]) => document.querySelector(sel)?.textContent?.includes(f),
            [GEO_ERROR, bad],
          );
          const reason = await alert.innerText();
          reasons.push(reason);
          // The reason names the feature, in the UI language; no script error reached the page.
          assert.ok(reason.includes('北京市') && CJK.test(reason), `${bad}: "${reason}"`);
          assert.doesNotMatch(reason, /Cannot read|undefined|null \(reading/);
          // What was loaded before stays: the chart, its base-map line, the imported figure.
          assert.equal(await chart.count(), 1, `${bad}: the good map is gone`);
          assert.match(await page.locator('.geo-map .source').innerText(), /good-map\.json/);
          assert.match(await page.locator('[data-testid="tile-11"]').getAttribute('aria-label'), /12\.5%/);
        }
        assert.equal(
          new Set(reasons.map((r) => r.replace(/“[^”]*\.json”/, ''))).size,
          3,
          `one reason per kind of fault: ${reasons.join(' | ')}`,
        );
        assert.ok(reasons[1].includes('Point'), `the Point is named: ${reasons[1]}`);
        assert.equal(await page.locator('.view-error, [data-testid="view-error"]').count(), 0);
      });
      await app.finish(session, 'provinces-bad-geojson');
    },
  );

  test(
    'a refused file keeps the figures imported before and the chosen metric; its reasons are in Chinese',
    OPTIONS,
    async () => {
      const session = await openProvinces();
      const { page } = session;
      await app.withDiagnostics(session, 'provinces-refused-file', async () => {
        await page.locator('[data-testid="import-file"]').setInputFiles(table('my_share', '12.5%'));
        await tileHas(page, '12.5');
        const metric = new URL(page.url()).searchParams.get('metric');
        assert.equal(metric, 'my_share');
        const status = page.locator(STATUS).first();
        for (const [file, says] of [
          ['provincial-binary.csv', /二进制文件/],
          ['provincial-header-only.csv', /没有可导入的省级数据行/],
          ['provincial-wrong-columns.csv', /缺少必需的列/],
        ]) {
          const before = await statusText(page);
          await page.locator('[data-testid="import-file"]').setInputFiles(await corpus(file));
          await statusChange(page, before);
          const text = await status.innerText();
          assert.match(text, says, `${file}: "${text}"`);
          assert.match(text, /之前导入的数据和所选指标保持不变/);
          assert.doesNotMatch(
            text,
            /Missing column|binary file|Row \d/,
            `${file}: English in the Chinese UI: "${text}"`,
          );
          assert.equal(new URL(page.url()).searchParams.get('metric'), metric, `${file} reset the metric`);
          assert.match(
            await page.locator('[data-testid="tile-11"]').getAttribute('aria-label'),
            /12\.5%/,
            `${file} dropped the import`,
          );
          assert.equal(await page.locator('[data-testid="provincial-import"]').count(), 1);
        }
        // Row problems of a table that does import are listed in Chinese too.
        const before = await statusText(page);
        await page.locator('[data-testid="import-file"]').setInputFiles({
          name: 'some-bad.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(
            '地区代码,指标,数值,单位,日期\r\n11,my_share,20%,percent,2024\r\n99,my_share,5%,percent,2024\r\n11,my_share,,percent,2023\r\n',
          ),
        });
        await statusChange(page, before);
        await status.locator('summary').click();
        const issues = await status.locator('li').allInnerTexts();
        // The unknown metric once, the unknown province, the empty value.
        assert.equal(issues.length, 3, issues.join(' | '));
        for (const i of issues) {
          assert.match(i, /^第 \d+ 行:/, i);
          assert.doesNotMatch(i, /Row|unknown|empty value/, i);
        }
      });
      await app.finish(session, 'provinces-refused-file');
    },
  );

  test('English UI: the same refusal in English', OPTIONS, async () => {
    const session = await openProvinces('./?view=provinces&lang=en');
    const { page } = session;
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles(await corpus('provincial-wrong-columns.csv'));
    const status = page.locator(STATUS).first();
    await status.waitFor({ state: 'visible' });
    const text = await status.innerText();
    assert.match(text, /Required column\(s\) missing/);
    assert.doesNotMatch(text, /缺少|之前/);
    await app.finish(session, 'provinces-refused-file-en');
  });

  test('imported tables survive a reload and can be renamed, exported and removed', OPTIONS, async () => {
    const session = await openProvinces();
    const { page } = session;
    await app.withDiagnostics(session, 'provinces-imports-kept', async () => {
      page.on('dialog', (d) => void d.accept());
      await page.locator('[data-testid="import-file"]').setInputFiles(table('my_share', '12.5%'));
      await tileHas(page, '12.5');
      await page.locator('[data-testid="import-file"]').setInputFiles(table('my_other', '7.25%'));
      await page.locator('[data-testid="provincial-import"]').nth(1).waitFor();

      await page.reload({ waitUntil: 'load' });
      const items = page.locator('[data-testid="provincial-import"]');
      await items.nth(1).waitFor();
      assert.equal(await items.count(), 2);
      // The URL still names the last imported metric, and its figure is back on the map.
      await tileHas(page, '7.25');

      const name = items.first().locator('input');
      assert.equal(await name.inputValue(), 'my_share.csv');
      await name.fill('本单位 2024 年数据');
      await name.blur();
      for (let i = 0; i < 100 && !(await storedNames(page)).includes('本单位 2024 年数据'); i++)
        await page.waitForTimeout(50);
      assert.deepEqual(await storedNames(page), ['my_other.csv', '本单位 2024 年数据']);
      await page.reload({ waitUntil: 'load' });
      await items.nth(1).waitFor();
      assert.equal(await items.first().locator('input').inputValue(), '本单位 2024 年数据');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        items.first().getByRole('button', { name: '导出 CSV' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^本单位 2024 年数据\.csv$/);
      const csv = await readFile(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\uFEFFregion_code,province,metric_id,value'), csv.slice(0, 60));
      assert.match(csv, /\r\n11,北京市,my_share,12\.5,percent,2024,/);

      await items.first().getByRole('button', { name: '删除' }).click();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="provincial-import"]').length === 1,
      );
      await page.reload({ waitUntil: 'load' });
      await items.first().waitFor();
      assert.equal(await items.count(), 1);
      assert.equal(await items.first().locator('input').inputValue(), 'my_other.csv');
      // The exported table imports again, as a table of its own.
      await page
        .locator('[data-testid="import-file"]')
        .setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="provincial-import"]').length === 2,
      );
      await tileHas(page, '12.5');
    });
    await app.finish(session, 'provinces-imports-kept');
  });
});
