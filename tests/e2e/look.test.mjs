// A check that looks (issue 10): every view of the view registry, in both languages, at
// 1280x720 (a common projector) and 1440x900. A screenshot of each goes to the screenshots
// folder (tests/e2e/screenshots, or E2E_SCREENSHOTS: CI's log folder). The test fails on
// "NaN" or "undefined" in the page text or in a chart's accessible description (ECharts'
// aria text, which names its series and data: the charts draw on canvas), a page wider
// than the screen, a header over 90 px or not sticky, a text box whose content overflows
// it, and, in the English UI, Chinese text outside elements marked lang="zh…".
//
// One browser for the file, one context per language and size; views open by URL.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHART, SCREENSHOTS, TIMEOUT, expectViewOpens, useBuiltApp, viewIds } from './harness.mjs';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];
const LANGS = ['zh', 'en'];
const MAX_HEADER = 90;

const app = useBuiltApp();
let views;
before(async () => {
  views = await viewIds();
});

/** Waits until every chart of the page has drawn (they draw one per task after the first). */
async function chartsDrawn(page) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('main .e-chart')].every((c) => c.dataset.rendered === 'true'),
    null,
    { timeout: TIMEOUT },
  );
}

/**
 * Resolves once no request of the context is in flight (a lazy chart part or data file
 * that a view fetched after it opened), so the next navigation cuts nothing off.
 */
function trackRequests(context) {
  const pending = new Set();
  context.on('request', (r) => pending.add(r));
  context.on('requestfinished', (r) => pending.delete(r));
  context.on('requestfailed', (r) => pending.delete(r));
  return async () => {
    const end = Date.now() + TIMEOUT;
    while (pending.size > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  };
}

/**
 * What is wrong on the page as it is shown, as readable lines (none when all is well).
 * Runs in the page.
 */
function problemsInPage({ lang, maxHeader }) {
  const problems = [];
  const short = (s) => s.replace(/\s+/g, ' ').trim().slice(0, 80);
  const where = (el) => {
    const id = el.getAttribute('data-testid') ?? el.id;
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
    return `${el.tagName.toLowerCase()}${id ? `#${id}` : cls}`;
  };
  const bad = /\b(NaN|undefined)\b/;

  const text = document.body.innerText;
  const m = bad.exec(text);
  if (m) problems.push(`page text has "${m[1]}": …${short(text.slice(m.index - 40, m.index + 40))}…`);
  for (const chart of document.querySelectorAll('.e-chart')) {
    for (const el of [chart, ...chart.querySelectorAll('[aria-label]')]) {
      const label = el.getAttribute('aria-label') ?? '';
      const hit = bad.exec(label);
      if (hit) problems.push(`chart "${short(chart.getAttribute('aria-label') ?? '')}" says "${hit[1]}"`);
    }
  }

  const scrollWidth = document.scrollingElement.scrollWidth;
  if (scrollWidth > innerWidth) problems.push(`page is ${scrollWidth} px wide on a ${innerWidth} px screen`);
  const header = document.querySelector('header.top');
  if (!header) problems.push('no header');
  else {
    const h = header.getBoundingClientRect().height;
    if (h > maxHeader) problems.push(`header is ${Math.round(h)} px high`);
    if (getComputedStyle(header).position !== 'sticky') problems.push('header is not sticky');
  }

  // Text boxes whose content does not fit: clipped (overflow hidden or an ellipsis), or
  // spilling out of a card, tile, button or label.
  const shown = (el) => el.checkVisibility?.() ?? el.offsetParent !== null;
  const skip = (el) => el.closest('.e-chart, .visually-hidden, .nav-measure, .skip, .table-wrap');
  const boxes = new Set(document.querySelectorAll('.kpi, .kpi *, .tile, .tile *, button, label, h1, h2, h3'));
  for (const el of document.querySelectorAll('body *')) {
    const cs = getComputedStyle(el);
    if (/hidden|clip/.test(cs.overflowX) || cs.textOverflow === 'ellipsis') boxes.add(el);
  }
  for (const el of boxes) {
    if (skip(el) || !shown(el) || el.clientWidth === 0 || !el.textContent.trim()) continue;
    if (el.scrollWidth > el.clientWidth + 1)
      problems.push(
        `${where(el)} "${short(el.textContent)}" overflows (${el.scrollWidth} > ${el.clientWidth} px)`,
      );
  }

  if (lang === 'en') {
    const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
    const marked = (el) => /^zh/i.test(el?.closest('[lang]')?.getAttribute('lang') ?? '');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !cjk.test(n.data) || marked(el) || !shown(el) || el.closest('script, style')) continue;
      problems.push(`Chinese text in the English UI, ${where(el)}: "${short(n.data)}"`);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v && cjk.test(v) && !marked(el) && shown(el))
          problems.push(`Chinese text in the English UI, ${where(el)} ${a}: "${short(v)}"`);
      }
    }
  }
  return problems;
}

describe('how each view looks', () => {
  for (const size of SIZES) {
    for (const lang of LANGS) {
      test(`every view, ${lang}, ${size.width}x${size.height}`, { timeout: 240_000 }, async () => {
        const query = (view) => `./?view=${view}&lang=${lang}`;
        const session = await app.open(query(views[0]), { viewport: size });
        const { page } = session;
        const quiet = trackRequests(session.context);
        const found = [];
        let charts = 0;
        for (const [i, view] of views.entries()) {
          await app.withDiagnostics(session, `look-${view}-${lang}-${size.width}`, async () => {
            if (i > 0) await page.goto(app.url(query(view)), { waitUntil: 'load' });
            await expectViewOpens(page, view);
            await chartsDrawn(page);
            await quiet();
          });
          const problems = await page.evaluate(problemsInPage, { lang, maxHeader: MAX_HEADER });
          found.push(...problems.map((p) => `?view=${view}: ${p}`));
          charts += await page.locator(CHART).count();
          await page.screenshot({
            path: path.join(SCREENSHOTS, `look-${view}-${lang}-${size.width}x${size.height}.png`),
            fullPage: true,
          });
          await quiet();
        }
        await writeFile(
          path.join(SCREENSHOTS, `look-problems-${lang}-${size.width}x${size.height}.txt`),
          found.join('\n') + '\n',
        );
        // The chart checks looked at drawn charts (not a pass for want of any).
        assert.ok(charts >= views.length, `only ${charts} drawn charts in ${views.length} views`);
        await app.finish(session, `look-last-${lang}-${size.width}`);
        assert.deepEqual(found, [], `what looks wrong at ${size.width}x${size.height} in ${lang}`);
      });
    }
  }
});

describe('the header menu', () => {
  test(
    'views that do not fit open from a keyboard-operable menu; Escape closes it',
    { timeout: 60_000 },
    async () => {
      const session = await app.open('./?view=china&lang=en', { viewport: { width: 1280, height: 720 } });
      const { page } = session;
      await app.withDiagnostics(session, 'look-menu', async () => {
        await expectViewOpens(page, 'china');
        const more = page.locator('.nav-more > button');
        assert.equal(await more.getAttribute('aria-expanded'), 'false');
        await more.focus();
        await page.keyboard.press('Enter');
        assert.equal(await more.getAttribute('aria-expanded'), 'true');
        const links = page.locator('.nav-menu a');
        assert.ok((await links.count()) > 0, 'the menu lists no views');
        await page.keyboard.press('ArrowDown');
        assert.equal(await page.evaluate(() => document.activeElement?.closest('.nav-menu') !== null), true);
        await page.keyboard.press('Escape');
        assert.equal(await more.getAttribute('aria-expanded'), 'false');
        assert.equal(await page.evaluate(() => document.activeElement?.matches('.nav-more > button')), true);
        // A view from the menu opens and the menu closes.
        await more.click();
        const last = links.last();
        const label = await last.innerText();
        await last.click();
        await page.locator('main h1').first().waitFor();
        assert.equal(await more.getAttribute('aria-expanded').catch(() => 'false'), 'false');
        assert.equal(await page.locator('.view-nav a[aria-current="page"]').innerText(), label);
      });
      await app.finish(session, 'look-menu');
    },
  );
});
