// Browser tests of the deck (issue 11) and of presenter slides (issue 10), on the built app:
//
//   npm run test:e2e          (= vite build && node --test tests/e2e/)
//
// Three views are saved through the saved-views panel, one with a chosen panel. The deck is
// downloaded, unzipped and read as the PowerPoint XML it is: one slide per saved view in
// order, each with its title, a picture, the source footer and speaker notes. When
// LibreOffice is installed (CI installs libreoffice-impress), it converts the deck to PDF
// as a second, real client. Then the saved views run as a slideshow at 1280x720 and
// 1920x1080, and every slide must show whole: no scrolling, nothing past the screen, no NaN.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import { CHART, SCREENSHOTS, useBuiltApp } from './harness.mjs';

const run = promisify(execFile);
const OPTIONS = { timeout: 180_000 };
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

const app = useBuiltApp();

/** The three views: name, link, and the panel the slide shows (null: the view's first). */
const VIEWS = [
  { name: '中国 EGDI 2024', query: './', panel: null },
  { name: '对比 · 名次轨迹', query: './?view=compare', panel: 'compare-slope' },
  { name: '趋势 中日韩', query: './?view=trends&countries=CHN,JPN,KOR', panel: null },
];

/** The slideshow adds the Provinces tiles (English names must not break mid-word there). */
const SLIDES = [...VIEWS, { name: 'Provinces', query: './?view=provinces&province=33', panel: null }];

/** Saves the page's view under `name`, with the slide showing `panel` when given. */
async function saveView(page, { name, query, panel }) {
  await page.goto(app.url(query));
  await page.locator(CHART).first().waitFor();
  if (!(await page.getByTestId('saved-view-name').isVisible()))
    await page.getByTestId('saved-views-toggle').click();
  await page.getByTestId('saved-view-name').fill(name);
  if (panel) await page.getByTestId('saved-view-panel').selectOption(panel);
  const title = panel ? await page.locator(`[data-panel="${panel}"] h2`).first().innerText() : null;
  await page.getByTestId('save-view').click();
  await page.getByTestId('saved-status').filter({ hasText: name }).waitFor();
  return title;
}

/** The text runs of a slide's XML (what PowerPoint shows), joined. */
const runs = (xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');

describe('the deck', () => {
  test(
    'three saved views export as a three-slide PPTX: titles, pictures, source footer, speaker notes',
    OPTIONS,
    async () => {
      const s = await app.open('./');
      const { page } = s;
      try {
        const panelTitles = [];
        for (const v of VIEWS) panelTitles.push(await saveView(page, v));
        const list = await page.getByTestId('saved-list').innerText();
        for (const v of VIEWS) assert.ok(list.includes(v.name), `"${v.name}" is not listed`);
        // The saved view records its slide's panel.
        const stored = await page.evaluate(() => localStorage.getItem('egov-atlas:saved-views'));
        assert.match(stored, /panel=compare-slope/);

        // Exported from another view: the app comes back to it afterwards.
        await page.goto(app.url('./?view=map&year=2022'));
        await page.locator(CHART).first().waitFor();
        await page.getByTestId('saved-views-toggle').click();
        const started = Date.now();
        const [dl] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('export-deck').click(),
        ]);
        await page
          .getByTestId('saved-status')
          .filter({ hasText: /已导出/ })
          .waitFor();
        const seconds = (Date.now() - started) / 1000;
        assert.match(dl.suggestedFilename(), /^egov-atlas_deck_\d{4}-\d{2}-\d{2}_zh\.pptx$/);
        const bytes = await readFile(await dl.path());
        // Kept beside the screenshots (CI's log folder) for a person to open.
        await writeFile(path.join(SCREENSHOTS, 'deck.pptx'), bytes);
        const zip = unzipSync(new Uint8Array(bytes));
        const slides = Object.keys(zip).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
        assert.equal(slides.length, VIEWS.length, `${slides.length} slides`);
        for (const [i, v] of VIEWS.entries()) {
          const n = i + 1;
          const xml = strFromU8(zip[`ppt/slides/slide${n}.xml`]);
          const text = runs(xml);
          assert.ok(text.includes(v.name), `slide ${n} lacks its title "${v.name}"`);
          assert.match(text, /来源:联合国电子政务调查/, `slide ${n} lacks the source footer`);
          // The tie rule where the slide's findings rank (China and Compare), none on Trends.
          if (n < 3) assert.match(text, /排名规则/, `slide ${n} lacks the tie rule`);
          else assert.doesNotMatch(text, /排名规则/, `slide ${n} names a tie rule it does not use`);
          assert.match(text, /导出日期/, `slide ${n} lacks the export date`);
          assert.doesNotMatch(text, /NaN|undefined/, `slide ${n}`);
          // A saved panel is the slide's chart: its title is the slide's subtitle.
          if (panelTitles[i])
            assert.ok(text.includes(panelTitles[i]), `slide ${n} is not "${panelTitles[i]}"`);
          const rels = strFromU8(zip[`ppt/slides/_rels/slide${n}.xml.rels`]);
          const image = rels.match(/Target="\.\.\/media\/([^"]+\.png)"/);
          assert.ok(image, `slide ${n} has no picture`);
          const png = zip[`ppt/media/${image[1]}`];
          assert.equal(strFromU8(png.subarray(1, 4)), 'PNG');
          // The chart at 2x: 2400 px wide.
          assert.equal(Buffer.from(png).readUInt32BE(16), 2400, `slide ${n} picture width`);
          const notesRel = rels.match(/Target="\.\.\/notesSlides\/([^"]+)"/);
          assert.ok(notesRel, `slide ${n} has no speaker notes`);
          const notes = runs(strFromU8(zip[`ppt/notesSlides/${notesRel[1]}`]));
          assert.match(notes, /联合国电子政务调查/, `slide ${n} notes lack the findings' sources`);
          assert.match(notes, /GB\/T 7714/, `slide ${n} notes lack the citation`);
        }
        // The slide of the saved panel shows that panel's title (the slope chart), not the first panel's.
        const slope = await page.evaluate(() => document.title);
        assert.ok(slope.length > 0);
        // The app is back on the view it was on before the export.
        assert.match(page.url(), /\?view=map&year=2022$/);
        await page.locator(CHART).first().waitFor();
        assert.match(await page.locator('h1').first().innerText(), /2022/);
        console.log(`# deck of ${VIEWS.length} saved views exported in ${seconds.toFixed(1)} s`);

        if (SOFFICE) {
          const dir = await mkdtemp(path.join(os.tmpdir(), 'egov-deck-'));
          const file = path.join(dir, 'deck.pptx');
          await writeFile(file, bytes);
          await run(SOFFICE, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
            timeout: 120_000,
          });
          const pdf = await readFile(path.join(dir, 'deck.pdf'));
          await writeFile(path.join(SCREENSHOTS, 'deck.pdf'), pdf);
          const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
          assert.equal(pages.length, VIEWS.length, `LibreOffice reads ${pages.length} slides`);
        } else {
          console.log('# LibreOffice not installed: the PDF conversion check was left out');
        }
        await app.finish(s, 'deck-saved-views');
      } finally {
        await s.context.close().catch(() => {});
      }
    },
  );
});

describe('presenter slides', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    test(
      `a saved three-view deck runs as a slideshow at ${width}x${height}, every slide whole`,
      OPTIONS,
      async () => {
        const views = SLIDES.map((v) => ({
          name: v.name,
          query: v.query.replace('./', '') + (v.panel ? `&panel=${v.panel}` : ''),
        }));
        const s = await app.open('./?lang=en', {
          viewport: { width, height },
          init: {
            fn: (list) =>
              localStorage.setItem(
                'egov-atlas:saved-views',
                JSON.stringify({ format: 'egov-atlas/saved-views', version: 1, views: list }),
              ),
            arg: views,
          },
        });
        const { page } = s;
        try {
          await page.locator(CHART).first().waitFor();
          await page.getByTestId('present').click();
          for (let i = 0; i < views.length; i++) {
            await page
              .getByTestId('slide-counter')
              .filter({ hasText: `Slide ${i + 1} of ${views.length}` })
              .waitFor();
            await page
              .locator(`main .slide-on ${i < VIEWS.length ? CHART : '.tile'}`)
              .first()
              .waitFor();
            await page.waitForLoadState('networkidle');
            const check = await page.evaluate(() => {
              const main = document.querySelector('main');
              const box = main.getBoundingClientRect();
              const shown = [...main.querySelectorAll('*')].filter((e) => {
                const r = e.getBoundingClientRect();
                return r.width > 0 && r.height > 0;
              });
              return {
                scroll: main.scrollHeight - main.clientHeight,
                pageWidth: document.scrollingElement.scrollWidth - innerWidth,
                outside: shown
                  .filter((e) => {
                    const r = e.getBoundingClientRect();
                    return r.bottom > box.bottom + 1 || r.right > box.right + 1;
                  })
                  .map((e) => `${e.tagName}.${e.className}`),
                text: main.innerText,
                panel: main.querySelector('.slide-on')?.getAttribute('data-panel'),
                figures: main.querySelectorAll('[data-testid="slide-figures"] li').length,
                bullets: main.querySelectorAll('.slide-bullets li').length,
                // Tile texts: cut off, or a word broken over two lines (more lines than words).
                tiles: [...main.querySelectorAll('.slide-on .tile-name, .slide-on .tile-value')]
                  .filter((e) => {
                    if (e.scrollWidth > e.clientWidth + 1) return true;
                    const range = document.createRange();
                    range.selectNodeContents(e);
                    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
                    return lines > e.textContent.trim().split(/\s+/).length;
                  })
                  .map((e) => e.textContent),
              };
            });
            const where = `slide ${i + 1} at ${width}x${height}`;
            assert.ok(check.scroll <= 0, `${where} scrolls by ${check.scroll}px`);
            assert.ok(
              check.pageWidth <= 0,
              `${where}: the page is ${check.pageWidth}px wider than the screen`,
            );
            assert.deepEqual(check.outside, [], `${where}: parts lie past the slide`);
            assert.doesNotMatch(check.text, /NaN|undefined/, where);
            assert.deepEqual(check.tiles, [], `${where}: tile names or groups cut or broken mid-word`);
            if (SLIDES[i].panel) assert.equal(check.panel, SLIDES[i].panel, `${where} shows the saved panel`);
            assert.ok(check.figures >= 1 && check.figures <= 5, `${where}: ${check.figures} key figures`);
            assert.ok(check.bullets >= 1, `${where}: no findings as bullets`);
            // The source line under the slide is that slide's own.
            const source = await page.getByTestId('slide-source').innerText();
            if (i < VIEWS.length) assert.match(source, /UN E-Government Survey/, where);
            else assert.match(source, /报告|Report/, `${where}: the tiles cite their report`);
            if (i === 1) assert.doesNotMatch(source, /2003/, `${where}: Compare cites its own editions`);
            await page.screenshot({ path: path.join(SCREENSHOTS, `slide-${width}-${i + 1}.png`) });
            await page.keyboard.press('PageDown');
          }
          await app.finish(s, `slides-${width}`);
        } finally {
          await s.context.close().catch(() => {});
        }
      },
    );
  }
});
