// Browser test: the figures the UN published appear beside the computed ones (issue 13),
// on Distribution, Compare (a region as peer group) and China, with their citations.
// Expected figures are read from data/un-egov/published-aggregates.csv, never typed in.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readCsv, useBuiltApp } from './harness.mjs';

const OPTIONS = { timeout: 120_000 };
const app = useBuiltApp();
let published;

before(async () => {
  published = await readCsv('data/un-egov/published-aggregates.csv');
});

/** The rows of the published-figures table as [scope, figure, computed, published, source]. */
async function table(page) {
  const box = page.getByTestId('published-figures');
  await box.waitFor();
  return box
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
}

describe('published aggregates', () => {
  test(
    'Distribution 2024: every published 2024 figure is listed beside the computed one',
    OPTIONS,
    async () => {
      const s = await app.open('./?view=distribution&year=2024&lang=en');
      const { page } = s;
      await app.withDiagnostics(s, 'published-distribution', async () => {
        const rows = await table(page);
        const expected = published.filter((r) => r.year === '2024');
        assert.equal(rows.length, expected.length);
        const europe = expected.find((r) => r.scope === 'Europe' && r.metric === 'mean_egdi');
        const row = rows.find((r) => r[0] === 'Europe' && r[1].startsWith('mean EGDI'));
        assert.ok(row, 'a row for the mean EGDI of Europe');
        assert.match(row[3], new RegExp(`^${europe.value.replace('.', '\\.')} \\(matches\\)`));
        assert.equal(row[2], europe.value, 'computed at the published precision');
        // The citation names the original publication first, then the copy and its kind.
        const sources = await page.getByTestId('published-figures').locator('ol.sources li').allInnerTexts();
        assert.ok(
          sources.some(
            (t) => t.startsWith('UN DESA') && /Read from .+ \((official site|established media|copy)/.test(t),
          ),
        );
        const links = await page
          .getByTestId('published-figures')
          .locator('ol.sources a')
          .evaluateAll((as) =>
            as.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
          );
        for (const [href, target, rel] of links) {
          assert.match(href, /^https?:\/\//);
          assert.equal(target, '_blank');
          assert.match(rel, /noreferrer/);
        }
      });
      await app.finish(s, 'published-distribution');
    },
  );

  test(
    'Compare with Europe as peer group, 2022: the differing figure says why, in Chinese',
    OPTIONS,
    async () => {
      const s = await app.open('./?view=compare&peer=region:Europe&year=2022');
      const { page } = s;
      await app.withDiagnostics(s, 'published-compare', async () => {
        const rows = await table(page);
        const europe = published.find(
          (r) => r.year === '2022' && r.scope === 'Europe' && r.metric === 'mean_egdi',
        );
        const row = rows.find((r) => r[0] === '欧洲' && r[1].startsWith('EGDI 均值'));
        assert.ok(row, 'a row for the mean EGDI of Europe');
        assert.match(row[3], new RegExp(`${europe.value.replace('.', '\\.')} \\(不一致\\)`));
        assert.ok(row[1].includes(europe.known_difference_zh.slice(0, 20)), 'the reason, in Chinese');
        assert.doesNotMatch(row[1], /Not reproducible/);
      });
      await app.finish(s, 'published-compare');
    },
  );

  test('China 2024: the world mean the UN published beside the benchmarks', OPTIONS, async () => {
    const s = await app.open('./?lang=en');
    const { page } = s;
    await app.withDiagnostics(s, 'published-china', async () => {
      const rows = await table(page);
      const world = published.find(
        (r) => r.year === '2024' && r.scope === 'World' && r.metric === 'mean_egdi',
      );
      const row = rows.find((r) => r[0] === 'World' && r[1].startsWith('mean EGDI'));
      assert.ok(row);
      assert.match(row[3], new RegExp(`^${world.value.replace('.', '\\.')}`));
    });
    await app.finish(s, 'published-china');
  });
});
