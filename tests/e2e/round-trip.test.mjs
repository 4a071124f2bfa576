// Browser test: every kind of the app's own export reads back through its own Import page
// with zero conflicts and zero rejected rows (issue 13): a view's CSV and XLSX (Rankings,
// OSI), the whole comparison as CSV and XLSX, in Chinese and English, and an imported
// dataset exported again from the dataset list. Decimals are kept as published.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBuiltApp } from './harness.mjs';

const OPTIONS = { timeout: 180_000 };
const app = useBuiltApp();

/** Clicks the first export menu on the page and the item `kind`; the download's name and bytes. */
async function exportFile(page, kind) {
  await page.locator('[data-testid="export-button"]').first().click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${kind}"]`).click(),
  ]);
  return { name: dl.suggestedFilename(), buffer: await readFile(await dl.path()) };
}

/** Imports `file` on the Import page; the review's counts, then the file is discarded. */
async function reimport(page, file, mimeType) {
  await page.setInputFiles('[data-testid="import-input"]', {
    name: file.name,
    mimeType,
    buffer: file.buffer,
  });
  const summary = page.getByTestId('import-summary');
  await summary.waitFor();
  const counts = await summary.evaluate((el) => ({
    rows: Number(el.dataset.rows),
    conflicts: Number(el.dataset.conflicts),
    rejected: Number(el.dataset.rejected),
    text: el.textContent,
  }));
  return counts;
}

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe("the app's own exports read back", () => {
  for (const lang of ['zh', 'en']) {
    test(`Rankings (OSI 2024) view and whole comparison, CSV and XLSX, ${lang}`, OPTIONS, async () => {
      const s = await app.open(`./?view=rankings&year=2024&index=osi&lang=${lang}`);
      const { page } = s;
      await app.withDiagnostics(s, `round-trip-${lang}`, async () => {
        await page.locator('[data-testid="rankings-table"] tbody tr').first().waitFor();
        const files = [
          [await exportFile(page, 'csv'), CSV],
          [await exportFile(page, 'xlsx'), XLSX],
          [await exportFile(page, 'full-csv'), CSV],
          [await exportFile(page, 'full-xlsx'), XLSX],
        ];
        // Decimals as published: China's OSI 2024 has five in the file.
        const text = files[0][0].buffer.toString('utf8');
        assert.match(text, /,0\.\d{5},/);
        // Views the header has no room for are behind its "More" menu.
        const importLink = page.getByRole('link', { name: lang === 'zh' ? '导入' : 'Import' });
        if (!(await importLink.isVisible())) await page.locator('.nav-more > button').click();
        await importLink.click();
        await page.locator('[data-testid="import-input"]').waitFor();
        for (const [file, mime] of files) {
          const counts = await reimport(page, file, mime);
          assert.ok(counts.rows > 0, `${file.name}: rows read (${counts.text})`);
          assert.equal(counts.rejected, 0, `${file.name}: rejected rows (${counts.text})`);
          assert.equal(counts.conflicts, 0, `${file.name}: conflicts (${counts.text})`);
          await page
            .getByRole('button', { name: lang === 'zh' ? '放弃' : 'Discard' })
            .first()
            .click();
        }
      });
      await app.finish(s, `round-trip-${lang}`);
    });
  }

  test('an imported dataset exported again from the dataset list', OPTIONS, async () => {
    const s = await app.open('./?view=import&lang=en');
    const { page } = s;
    await app.withDiagnostics(s, 'round-trip-dataset', async () => {
      await page.locator('[data-testid="import-input"]').waitFor();
      // A small dataset of a new edition, made by hand (five decimals, one value missing).
      const made = {
        name: 'next-edition.csv',
        buffer: Buffer.from(
          'year,iso3,name_en,egdi_rank,egdi,osi,hci,tii,epi\n' +
            '2026,CHN,China,,0.90120,0.95000,0.80230,0.94130,\n' +
            '2026,JPN,Japan,,0.91050,0.93210,0.88400,0.91540,0.85000\n',
        ),
      };
      const first = await reimport(page, made, CSV);
      assert.equal(first.rejected, 0, first.text);
      await page.locator('[data-testid="import-confirm"]').click();
      await page.locator('[data-testid="import-done"]').waitFor();
      const item = page.locator('[data-testid="import-datasets"] li').first();
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        item.getByRole('button', { name: 'Export' }).click(),
      ]);
      const again = { name: dl.suggestedFilename(), buffer: await readFile(await dl.path()) };
      // The published decimals and the missing cell travel as they were.
      assert.match(again.buffer.toString('utf8'), /2026,CHN,China,,0\.90120,0\.95000,0\.80230,0\.94130,\r\n/);
      const counts = await reimport(page, again, CSV);
      assert.equal(counts.rows, 2);
      assert.equal(counts.rejected, 0, counts.text);
      assert.equal(counts.conflicts, 0, counts.text);
    });
    await app.finish(s, 'round-trip-dataset');
  });
});
