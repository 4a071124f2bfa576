// Print (issue 10): every view of the view registry, in both languages, printed to PDF as
// the browser prints it (print media, the page's own @page size: A4 landscape). Fails on
// a page other than A4 landscape, a blank page, a page with only a heading (little text
// and no chart image), or more than 6 pages. Pages are read with poppler-utils
// (pdfinfo, pdftotext, pdfimages); the PDFs go to the screenshots folder.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { SCREENSHOTS, TIMEOUT, expectViewOpens, useBuiltApp, viewIds } from './harness.mjs';

const run = promisify(execFile);
const MAX_PAGES = 6;
/** Fewer characters than this and no image: a page with a heading at most. */
const MIN_TEXT = 80;

const app = useBuiltApp();
let views;
before(async () => {
  views = await viewIds();
});

async function pdfPages(file) {
  const { stdout: info } = await run('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  const { stdout: list } = await run('pdfimages', ['-list', file]);
  // pdfimages -list: two header lines, then one line per image starting with its page.
  const images = new Map();
  for (const line of list.split('\n').slice(2)) {
    const page = Number(line.trim().split(/\s+/)[0]);
    if (page) images.set(page, (images.get(page) ?? 0) + 1);
  }
  const out = [];
  for (let p = 1; p <= pages; p++) {
    const { stdout } = await run('pdftotext', ['-f', String(p), '-l', String(p), '-layout', file, '-']);
    out.push({ page: p, text: stdout.replace(/\s+/g, ' ').trim(), images: images.get(p) ?? 0 });
  }
  return { pages: out, width: Number(size?.[1]), height: Number(size?.[2]) };
}

describe('printing each view', () => {
  for (const lang of ['zh', 'en']) {
    test(
      `every view prints on at most ${MAX_PAGES} A4 landscape pages, none blank, ${lang}`,
      { timeout: 240_000 },
      async () => {
        const query = (view) => `./?view=${view}&lang=${lang}`;
        const session = await app.open(query(views[0]), { viewport: { width: 1280, height: 720 } });
        const { page } = session;
        const found = [];
        const counts = [];
        for (const [i, view] of views.entries()) {
          await app.withDiagnostics(session, `print-${view}-${lang}`, async () => {
            if (i > 0) await page.goto(app.url(query(view)), { waitUntil: 'load' });
            await expectViewOpens(page, view);
            await page.waitForFunction(
              () =>
                [...document.querySelectorAll('main .e-chart')].every((c) => c.dataset.rendered === 'true'),
              null,
              { timeout: TIMEOUT },
            );
          });
          // As the browser's print does: print media first (the charts redraw for it), then the PDF.
          await page.emulateMedia({ media: 'print' });
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
          const file = path.join(SCREENSHOTS, `print-${view}-${lang}.pdf`);
          await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
          await page.emulateMedia({ media: null });
          const { pages, width, height } = await pdfPages(file);
          counts.push(`${view}: ${pages.length}`);
          // A4 landscape is 842 x 595 pt.
          if (Math.abs(width - 842) > 2 || Math.abs(height - 595) > 2)
            found.push(`?view=${view}: page size ${width} x ${height} pt, not A4 landscape`);
          if (pages.length > MAX_PAGES) found.push(`?view=${view}: ${pages.length} pages`);
          for (const p of pages) {
            if (p.images === 0 && p.text.length < MIN_TEXT)
              found.push(`?view=${view}: page ${p.page} is ${p.text ? `only "${p.text}"` : 'blank'}`);
          }
        }
        await writeFile(path.join(SCREENSHOTS, `print-pages-${lang}.txt`), counts.join('\n') + '\n');
        await app.finish(session, `print-last-${lang}`);
        assert.deepEqual(found, [], `printed pages (${counts.join(', ')})`);
      },
    );
  }
});
