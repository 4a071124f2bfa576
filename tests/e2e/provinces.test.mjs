// Browser test of the Provinces and National milestones views in the built app (dist/),
// served with the production CSP by scripts/serve-dist.mjs. Expected values are read from
// data/cn/*.csv, never typed in. Run with `npm run test:e2e`.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import { readCsv, useBuiltApp } from './harness.mjs';

const OPTIONS = { timeout: 90_000 };

const app = useBuiltApp();
let provinces;
let metrics;

before(async () => {
  provinces = await readCsv('data/cn/provinces.csv');
  metrics = await readCsv('data/cn/metrics.csv');
});

describe('Chinese provincial and national views', () => {
  test(
    '?view=provinces: 34 tiles, no-data tiles for 台湾/香港/澳门, a cited figure on Enter',
    OPTIONS,
    async () => {
      // The capability group the view opens with: a province's published label and its quote.
      const groups = metrics.filter((r) => r.metric_id === 'cps_capability_group' && r.region_code !== '00');
      const years = [...new Set(groups.map((r) => r.as_of))];
      const busiest = years.sort(
        (a, b) => groups.filter((r) => r.as_of === b).length - groups.filter((r) => r.as_of === a).length,
      )[0];
      const pick = groups.find((r) => r.as_of === busiest);
      assert.ok(pick, 'metrics.csv has no cps_capability_group row');
      const province = provinces.find((p) => p.code === pick.region_code);

      const session = await app.open('./?view=provinces');
      const { page } = session;
      const tiles = page.locator('[data-testid="tile-map"] button');
      await tiles.first().waitFor({ state: 'visible' });
      assert.equal(await tiles.count(), provinces.length);
      assert.equal(provinces.length, 34);
      for (const code of ['71', '81', '82']) {
        const label = await page.locator(`[data-testid="tile-${code}"]`).getAttribute('aria-label');
        assert.match(label, /无数据/, `tile ${code} is labelled "${label}"`);
      }

      const tile = page.locator(`[data-testid="tile-${pick.region_code}"]`);
      assert.equal(await tile.getAttribute('aria-label'), `${province.short_zh}:${pick.value}`);
      await tile.focus();
      await page.keyboard.press('Enter');
      // Arrow keys move focus to a neighbouring tile; the open province stays open.
      await page.keyboard.press('ArrowUp');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
      assert.ok(focused && focused !== pick.region_code, `ArrowUp left focus on ${focused}`);
      const detail = page.locator('[data-testid="province-detail"]');
      await detail.waitFor({ state: 'visible' });
      const text = await detail.innerText();
      assert.ok(text.includes(province.name_zh), `detail does not name ${province.name_zh}`);
      assert.ok(text.includes(pick.value), `detail does not show ${pick.value}`);
      assert.ok(
        text.includes(pick.quote.slice(0, 12)),
        `detail does not quote "${pick.quote.slice(0, 12)}…"`,
      );
      assert.ok(text.includes(pick.source), `detail does not give the source ${pick.source}`);
      // The open province is in the URL, so the link reopens the same panel.
      assert.equal(new URL(page.url()).searchParams.get('province'), pick.region_code);
      await page.reload({ waitUntil: 'load' });
      await detail.waitFor({ state: 'visible' });
      assert.ok(
        (await detail.innerText()).includes(pick.quote.slice(0, 12)),
        'reloaded link lost the open province',
      );
      await app.finish(session, 'provinces-zh');
    },
  );

  test('template download, then a filled template imported in memory colours the map', OPTIONS, async () => {
    const session = await app.open('./?view=provinces');
    const { page } = session;
    await page.locator('[data-testid="tile-map"] button').first().waitFor({ state: 'visible' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载填报模板(CSV,中文表头)' }).click(),
    ]);
    const template = await readFile(await download.path(), 'utf8');
    assert.ok(template.startsWith('\uFEFF地区代码,省份,指标,数值'), 'template has a BOM and Chinese headers');
    assert.equal(template.trim().split('\r\n').length, provinces.length + 1, 'one template row per province');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载填报模板(XLSX,中文表头)' }).click(),
    ]);
    const zip = await readFile(await xlsx.path());
    assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK', 'the XLSX template is a zip file');
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
    // A hand-made figure for one province (the value is invented for the test).
    const filled = template
      .replace(/\r\n11,北京市,([^,]*),,([^,]*),,/, '\r\n11,北京市,my_metric,12.5%,percent,2024,')
      .replace(/\r\n(?!11,)\d\d,[^\r]*/g, '');
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'mine.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(filled, 'utf8'),
    });
    const tile = page.locator('[data-testid="tile-11"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="tile-11"]')?.textContent?.includes('12.5'),
    );
    assert.match(await tile.getAttribute('aria-label'), /12\.5%/);
    // The same filled template saved as a workbook (another invented value) imports too.
    const rows = Papa.parse(filled.replace(/^\uFEFF/, '').replace('12.5%', '7.5%'), {
      skipEmptyLines: true,
    }).data;
    const workbook = await writeXlsxFile(
      rows.map((r) => r.map((value) => ({ value, type: String }))),
    ).toBuffer();
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'mine.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="tile-11"]')?.textContent?.includes('7.5'),
    );
    assert.match(await tile.getAttribute('aria-label'), /7\.5%/);
    await app.finish(session, 'provinces-import');
  });

  test('a user-supplied standard map (GeoJSON with its 审图号) is drawn and coloured', OPTIONS, async () => {
    const session = await app.open('./?view=provinces');
    const { page } = session;
    await page.locator('[data-testid="tile-map"] button').first().waitFor({ state: 'visible' });
    await page.locator('.geo-map summary').click();
    const file = page.locator('.geo-map input[type="file"]');
    assert.equal(await file.isDisabled(), true, 'the GeoJSON picker waits for the approval number');
    await page.locator('.geo-map input[type="text"]').fill('GS(0000)0000号');
    // Two made-up squares: one named like a province, one not.
    const square = (x) => [
      [
        [x, 30],
        [x + 1, 30],
        [x + 1, 31],
        [x, 31],
        [x, 30],
      ],
    ];
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '浙江省' },
          geometry: { type: 'Polygon', coordinates: square(120) },
        },
        {
          type: 'Feature',
          properties: { name: '<b>x</b>' },
          geometry: { type: 'Polygon', coordinates: square(122) },
        },
      ],
    };
    await file.setInputFiles({
      name: 'standard-map.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(geojson)),
    });
    await page.locator('.geo-map .e-chart[data-rendered="true"]').waitFor({ state: 'visible' });
    const source = await page.locator('.geo-map .source').innerText();
    assert.ok(source.includes('GS(0000)0000号'), `source line "${source}" lacks the approval number`);
    assert.ok(source.includes('<b>x</b>'), 'the unmatched feature name is listed as text');
    await app.finish(session, 'provinces-geo');
  });

  test('?view=milestones: a KPI card per national percentage, with its quote', OPTIONS, async () => {
    const national = metrics.filter((r) => r.region_code === '00' && r.unit === 'percent');
    const one =
      national.find((r) => r.metric_id === 'provincial_permits_online_available_share') ?? national[0];
    assert.ok(one, 'metrics.csv has no national percentage');
    const session = await app.open('./?view=milestones');
    const { page } = session;
    const card = page.locator(`[data-testid="kpi-${one.metric_id}"]`).first();
    await card.waitFor({ state: 'visible' });
    assert.ok((await card.innerText()).includes(`${one.value}%`), `card does not show ${one.value}%`);
    // A figure published with a trailing zero (e.g. 68.90) keeps its decimals as written:
    // the latest figure of its series, so it is the one on the card.
    const trailing = national.find(
      (r) =>
        /\.\d*0$/.test(r.value) &&
        !national.some((o) => o.metric_id === r.metric_id && o.scope === r.scope && o.as_of > r.as_of),
    );
    assert.ok(trailing, 'metrics.csv has no national percentage written with a trailing zero');
    const kpi = page.locator(`[data-testid="kpi-${trailing.metric_id}"] .kpi-value`).first();
    assert.equal((await kpi.innerText()).trim(), `${trailing.value}%`);
    await card.locator('summary').click();
    assert.ok(
      (await card.innerText()).includes(one.quote.slice(0, 10)),
      'card citation does not show the quote',
    );
    await page.locator('.e-chart[data-rendered="true"]').first().waitFor({ state: 'visible' });
    await app.finish(session, 'milestones-zh');
  });

  test(
    '1280 wide, English: one-language definition, stated ranks with their tie rule, whole tile names',
    OPTIONS,
    async () => {
      const catalogue = await readCsv('data/cn/metric-catalogue.csv');
      const def = catalogue.find((r) => r.id === 'cps_capability_rank');
      assert.ok(def, 'the catalogue has no cps_capability_rank');
      const stated = metrics.filter((r) => r.metric_id === 'cps_capability_rank' && r.region_code !== '00');
      const year = stated
        .map((r) => r.as_of)
        .sort()
        .at(-1);
      const session = await app.open(`./?view=provinces&lang=en&metric=cps_capability_rank&cnYear=${year}`);
      const { page } = session;
      await page.setViewportSize({ width: 1280, height: 720 });
      const note = page.locator('.provinces-view > p.note');
      await note.waitFor({ state: 'visible' });
      const noteText = (await note.innerText()).trim();
      assert.equal(noteText, def.definition_en);
      assert.ok(!noteText.includes(def.definition_zh), 'the English page shows the Chinese definition');
      // The ranking states where its ranks come from (sources' own ties, not a rule applied here).
      const tieRule = page.locator('[data-testid="ranking-tie-rule"]');
      await tieRule.waitFor({ state: 'visible' });
      assert.match(await tieRule.innerText(), /as stated by the sources/);
      // Every tile name fits its square; the accessible name stays whole.
      for (const p of provinces) {
        const tile = page.locator(`[data-testid="tile-${p.code}"]`);
        const fits = await tile.evaluate((el) => {
          const name = el.querySelector('.tile-name');
          return name !== null && name.scrollWidth <= el.clientWidth;
        });
        assert.ok(fits, `the name of ${p.name_en} overflows its tile`);
        assert.ok((await tile.getAttribute('aria-label')).startsWith(p.name_en), `tile ${p.code} label`);
      }
      await app.finish(session, 'provinces-rank-en');
    },
  );

  test('1280 wide: small-multiple panel buttons keep their text on one line', OPTIONS, async () => {
    const session = await app.open('./?view=milestones&lang=en');
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.locator('.small-multiples .panel').first().waitFor({ state: 'visible' });
    const lines = await page.locator('.small-multiples .panel-head button').evaluateAll((els) =>
      els.map((el) => {
        // One line box per text line: count the distinct tops of the text's rectangles.
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { text: el.textContent, lines: tops.size };
      }),
    );
    assert.ok(lines.length > 0, 'no panel buttons');
    for (const h of lines) assert.ok(h.lines <= 1, `"${h.text}" wraps onto ${h.lines} lines`);
    await app.finish(session, 'milestones-en-1280');
  });
});
