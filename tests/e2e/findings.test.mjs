// Browser tests of the key findings and the Cite dialog (issue 11) on the built app
// (dist/), run by `npm run test:e2e`. Every expected figure is computed here from
// data/un-egov/surveys.csv and data/groups/groups.csv, never typed in.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { readCsv, useBuiltApp } from './harness.mjs';

const TEST_OPTIONS = { timeout: 90_000 };
const FINDING = '[data-testid="finding"]';

/** "+0.1234" / "−0.1234" as the app's signed() writes it (U+2212 minus, 4 decimals). */
const signed = (v, d = 4) => (v > 0 ? '+' : v < 0 ? '\u2212' : '') + Math.abs(v).toFixed(d);

const app = useBuiltApp();
let surveys;
let groups;

before(async () => {
  surveys = await readCsv('data/un-egov/surveys.csv');
  groups = await readCsv('data/groups/groups.csv');
});

const value = (year, iso3, index) => {
  const raw = surveys.find((r) => r.year === String(year) && r.iso3 === iso3)?.[index];
  return raw === undefined || raw === '' ? null : Number(raw);
};

/** Competition rank (1-2-2-4) of `iso3` by `index` in `year`, values tied at 5 decimals, and the count assessed. */
function rank(year, iso3, index) {
  const vs = surveys
    .filter((r) => r.year === String(year) && r[index] !== '')
    .map((r) => ({ iso3: r.iso3, v: Math.round(Number(r[index]) * 1e5) }));
  const own = vs.find((x) => x.iso3 === iso3);
  return { rank: 1 + vs.filter((x) => x.v > own.v).length, assessed: vs.length };
}

/** How many members of `groupId` moved faster per year than `iso3`, among those assessed at both editions. */
function faster(groupId, iso3, index, base, year) {
  const pace = (c) => {
    const a = value(base, c, index);
    const b = value(year, c, index);
    return a === null || b === null ? null : (b - a) / (year - base);
  };
  const members = groups.filter((g) => g.group_id === groupId).map((g) => g.iso3);
  const own = pace(iso3);
  const others = members.filter((c) => c !== iso3 && pace(c) !== null);
  return { faster: others.filter((c) => pace(c) > own).length, assessed: others.length };
}

async function findings(page) {
  await page.locator(FINDING).first().waitFor({ state: 'visible' });
  return page.locator(FINDING).allInnerTexts();
}

/** Opens the Cite dialog, copies the GB/T 7714 text and returns it as the clipboard has it. */
async function copiedCitation(session) {
  const { page, context } = session;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await page.getByTestId('cite').click();
  const dialog = page.getByTestId('cite-dialog');
  await dialog.waitFor({ state: 'visible' });
  await page.getByTestId('cite-copy-gbt7714').click();
  await dialog
    .locator('.copy-status', { hasText: /已复制|Copied/ })
    .first()
    .waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const shown = await page.getByTestId('cite-text-gbt7714').innerText();
  assert.equal(copied.trim(), shown.trim(), 'the clipboard holds the text the dialog shows');
  // Both styles are offered.
  assert.ok((await page.getByTestId('cite-text-apa').innerText()).length > 0);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return copied;
}

/** The cells of the first panel's CSV export, one array per line. */
async function exportedCsv(page) {
  await page.getByTestId('export-button').first().click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-export="csv"]').click(),
  ]);
  const text = (await readFile(await dl.path(), 'utf8')).replace(/^\uFEFF/, '');
  return Papa.parse(text, { skipEmptyLines: true }).data;
}

describe('key findings', () => {
  for (const lang of ['zh', 'en']) {
    test(
      `China (${lang}): EGDI, rank, change and what drove it, from the data; Cite copies`,
      TEST_OPTIONS,
      async () => {
        const session = await app.open(lang === 'zh' ? './' : './?lang=en');
        const { page } = session;
        await app.withDiagnostics(session, `findings-china-${lang}`, async () => {
          const lines = await findings(page);
          const egdi24 = value(2024, 'CHN', 'egdi');
          const egdi18 = value(2018, 'CHN', 'egdi');
          assert.ok(egdi24 !== null && egdi18 !== null, 'surveys.csv lacks China EGDI 2018 or 2024');
          const { rank: r, assessed } = rank(2024, 'CHN', 'egdi');
          const standing = lines[0] ?? '';
          assert.ok(standing.includes(egdi24.toFixed(4)), standing);
          assert.ok(standing.includes('1-2-2-4'), standing);
          if (lang === 'zh') {
            assert.ok(standing.includes(`在 ${assessed} 个已评估国家中排第 ${r} 位`), standing);
          } else {
            assert.ok(standing.includes(`rank ${r} of ${assessed} countries assessed`), standing);
          }
          // The change since 2018 and its largest component (each contributes its change / 3).
          const change = lines[1] ?? '';
          assert.ok(change.includes(signed(egdi24 - egdi18)), change);
          const parts = ['osi', 'hci', 'tii'].map((i) => [
            i,
            (value(2024, 'CHN', i) - value(2018, 'CHN', i)) / 3,
          ]);
          const [driver, c] = parts.sort((a, b) => b[1] - a[1])[0];
          assert.ok(change.includes(driver.toUpperCase()) && change.includes(signed(c)), change);
          assert.ok(
            lines.every((l) => l.includes(lang === 'zh' ? '联合国电子政务调查' : 'UN E-Government Survey')),
          );

          const copied = await copiedCitation(session);
          assert.ok(copied.includes(lang === 'zh' ? '联合国经济和社会事务部' : 'UN DESA'), copied);
          assert.ok(copied.includes(page.url()), `the citation holds the view's link ${page.url()}`);
          assert.ok(copied.includes('[R]') && copied.includes('[CP/OL]'), copied);

          // The CSV footer: each finding as shown, one cell a line, and the citation in both styles.
          const cells = await exportedCsv(page);
          const footer = cells.filter((r) => r.length === 1).map((r) => r[0]);
          const shown = await page.locator(`${FINDING} .finding-text`).allInnerTexts();
          for (const t of shown)
            assert.ok(
              footer.some((l) => l.startsWith(t.trim())),
              `${t} in ${footer.join(' | ')}`,
            );
          const cite = footer.filter((l) => l.includes('GB/T 7714-2015') || l.includes('APA'));
          assert.equal(cite.length, 2, footer.join(' | '));
          assert.ok(cite.every((l) => l.includes(page.url())));
        });
        await app.finish(session, `findings-china-${lang}`);
      },
    );

    test(
      `Compare (${lang}): peers faster follow the peer group, the standing follows the edition`,
      TEST_OPTIONS,
      async () => {
        const session = await app.open(`./?view=compare&lang=${lang}`);
        const { page } = session;
        await app.withDiagnostics(session, `findings-compare-${lang}`, async () => {
          const name = (id) => {
            const g = groups.find((x) => x.group_id === id);
            return lang === 'zh' ? g.name_zh : g.name_en;
          };
          const peersLine = (id, f) =>
            lang === 'zh'
              ? `${name(id)}中有 ${f.faster} 个国家`
              : `${f.faster} of the ${f.assessed} other ${name(id)} members`;
          const g20 = faster('g20', 'CHN', 'egdi', 2018, 2024);
          await page.locator(FINDING, { hasText: peersLine('g20', g20) }).waitFor();
          const lines = await findings(page);
          if (lang === 'zh')
            assert.ok(
              lines.some((l) => l.includes(`共 ${g20.assessed} 个`)),
              lines.join('\n'),
            );

          // Another peer group: the sentence follows with that group's figures.
          const brics = faster('brics', 'CHN', 'egdi', 2018, 2024);
          await page.getByTestId('peer-select').selectOption('brics');
          await page.locator(FINDING, { hasText: peersLine('brics', brics) }).waitFor();
          assert.equal(await page.locator(FINDING, { hasText: name('g20') }).count(), 0);

          // Another edition: the standing and the change end there.
          const egdi22 = value(2022, 'CHN', 'egdi');
          await page.getByTestId('year-select').selectOption('2022');
          await page
            .locator(FINDING, { hasText: egdi22.toFixed(4) })
            .first()
            .waitFor();
          const after = await findings(page);
          assert.ok(after[0].includes('2022') && after[0].includes(egdi22.toFixed(4)), after[0]);
          assert.ok(after[1].includes(signed(egdi22 - value(2018, 'CHN', 'egdi'))), after[1]);

          const copied = await copiedCitation(session);
          assert.ok(copied.includes(lang === 'zh' ? '联合国经济和社会事务部' : 'UN DESA'), copied);
          assert.ok(copied.includes(page.url()), copied);
          assert.match(page.url(), /year=2022/);
          // The editions cited are the ones the view compares: 2018 to 2022, not 2024.
          assert.ok(copied.includes('Survey 2018') && copied.includes('Survey 2022'), copied);
          assert.ok(!copied.includes('Survey 2024'), copied);
        });
        await app.finish(session, `findings-compare-${lang}`);
      },
    );

    test(
      `Provinces (${lang}): the open province's group and the report it comes from; Cite names the report`,
      TEST_OPTIONS,
      async () => {
        const provinces = await readCsv('data/cn/provinces.csv');
        const citations = await readCsv('data/cn/citations.csv');
        const zhejiang = provinces.find((p) => p.code === '33');
        const session = await app.open(`./?view=provinces&province=33&lang=${lang}`);
        const { page } = session;
        await app.withDiagnostics(session, `findings-provinces-${lang}`, async () => {
          const lines = await findings(page);
          const own = lines.find((l) => l.includes(lang === 'zh' ? zhejiang.name_zh : zhejiang.name_en));
          assert.ok(own, lines.join('\n'));
          // Each finding names a publication of the shipped citations table.
          const publishers = new Set(citations.map((c) => c.publisher).filter(Boolean));
          for (const line of lines)
            assert.ok(
              [...publishers].some((p) => line.includes(p)),
              `no publisher in "${line}"`,
            );
          assert.doesNotMatch(lines.join(' '), /NaN|undefined/);
          if (lang === 'en') {
            // Chinese titles in the English UI are marked as Chinese; no Chinese outside the marks.
            const unmarked = await page.locator(`${FINDING} .finding-source`).evaluateAll((els) =>
              els.map((e) => {
                const copy = e.cloneNode(true);
                copy.querySelectorAll('[lang^="zh"]').forEach((x) => x.remove());
                return copy.textContent;
              }),
            );
            assert.ok(unmarked.length > 0);
            for (const text of unmarked) assert.doesNotMatch(text, /[\u3400-\u9fff]/, text);
            assert.ok((await page.locator(`${FINDING} .finding-source [lang="zh-CN"]`).count()) > 0);
          }
          const copied = await copiedCitation(session);
          assert.match(copied, /调查评估报告\(\d{4}\)\[R\]/, copied);
          assert.ok(copied.includes(page.url()), copied);
        });
        await app.finish(session, `findings-provinces-${lang}`);
      },
    );
  }
});
