// Browser tests of issue 13 sections 2 and 3 on the Provinces and Milestones pages: the
// report index ranks the provincial governments and the key cities of an edition as the
// copies state them, with the assessed year, flagged defects, conflicting copies side by
// side and numbered citations (original first, then the copy and its kind, links in a new
// tab without a referrer); no page shows an internal identifier. Expected values are read
// from data/cn/*.csv, never typed in.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readCsv, useBuiltApp } from './harness.mjs';

const OPTIONS = { timeout: 120_000 };
const app = useBuiltApp();
let report;
let citations;
let provinces;

before(async () => {
  report = await readCsv('data/cn/report-index.csv');
  citations = new Map((await readCsv('data/cn/citations.csv')).map((c) => [c.id, c]));
  provinces = await readCsv('data/cn/provinces.csv');
});

/** The edition with the most rows at a level: the one the section opens with. */
function busiest(level) {
  const n = new Map();
  for (const r of report.filter((x) => x.level === level)) n.set(r.edition, (n.get(r.edition) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0][0];
}
const regionKey = (r) => r.region_code || r.region_zh;

/** Opens the report table of the section (its table tab). */
async function reportTable(page) {
  const section = page.locator('[data-testid="report-index"]');
  await section.waitFor({ state: 'visible' });
  await section.locator('[data-panel="report-index"] [role="tab"]').nth(1).click();
  await section.locator('[data-testid="report-table"] tbody tr').first().waitFor();
  return section;
}

/** Each table row's text by region name. */
async function rowsByName(section) {
  const rows = await section
    .locator('[data-testid="report-table"] tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    );
  return new Map(rows.map((cells) => [cells[1], cells]));
}

// Internal identifiers no page may show: seed file names, repository paths, raw field names.
const INTERNAL =
  /seed:|\d{3}_[0-9a-f]{16}\.txt|data\/(cn|un-egov)|shared\/|README|\.csv\b|metrics\.csv|egdiRank|\bas_of\b|region_code|metric_id|citation_id|input_note/;

describe('report index and citations', () => {
  test(
    'the 2020 report: provincial governments as the copy ranks them, with its defects and citations',
    OPTIONS,
    async () => {
      const edition = busiest('province');
      const rows = report.filter((r) => r.edition === edition && r.level === 'province');
      const assessed = rows[0].assessed_year;
      const session = await app.open('./?view=provinces');
      const { page } = session;
      await app.withDiagnostics(session, 'report-provinces', async () => {
        const section = await reportTable(page);
        // The edition and the year it assesses, said plainly.
        const heading = await section.locator('[data-testid="report-heading"]').innerText();
        assert.ok(heading.includes(`${edition} 年版`) && heading.includes(`评估 ${assessed} 年度`), heading);
        assert.match(await section.locator('[data-testid="report-tie-rule"]').innerText(), /按来源所述/);

        const byName = await rowsByName(section);
        assert.equal(byName.size, new Set(rows.map(regionKey)).size, 'one table row per region');
        for (const r of rows.filter((x) => x.indicator === 'overall' || x.indicator === 'rank')) {
          const cells = byName.get(r.region_zh);
          assert.ok(cells, `no row for ${r.region_zh}`);
          const cell = r.indicator === 'rank' ? cells[0] : cells[2];
          assert.ok(cell.includes(r.value), `${r.region_zh}: ${r.indicator} ${r.value} not in "${cell}"`);
        }
        // A rank given without a value stays without one.
        for (const r of rows.filter((x) => /NO index value/.test(x.input_note)))
          assert.doesNotMatch(byName.get(r.region_zh)[2], /\d/, `${r.region_zh} got a value`);

        // Two copies with two values for one region: both, each with its reference number.
        const values = new Map();
        for (const r of rows.filter((x) => x.indicator === 'overall'))
          values.set(r.region_zh, [...(values.get(r.region_zh) ?? []), r.value]);
        const twice = [...values].filter(([, v]) => new Set(v).size > 1);
        assert.ok(twice.length > 0, 'the data has a region with two values');
        for (const [name, v] of twice) {
          const cell = byName.get(name)[2];
          for (const x of v) assert.match(cell, new RegExp(`${x.replace('.', '\\.')} \\[\\d+\\]`), cell);
          assert.match(byName.get(name)[5], /来源不一致/);
        }

        // The defects the copy has are named on the page.
        const notes = await section.locator('[data-testid="report-notes"]').innerText();
        for (const r of rows.filter((x) => /PAGE ERROR/.test(x.input_note))) {
          assert.ok(notes.includes(r.region_zh), `the order error of ${r.region_zh} is not flagged`);
          assert.match(byName.get(r.region_zh)[5], /名次与数值矛盾/);
        }
        const ranked = rows.filter((x) => x.indicator === 'rank' && x.citation === rows[0].citation);
        const maxRank = Math.max(...ranked.map((r) => Number(r.value)));
        assert.ok(notes.includes(`${ranked.length} 个条目的名次只排到第 ${maxRank} 名`), notes);
        assert.match(notes, /并列/);

        // Group lists against the published counts: incomplete ones say so.
        assert.match(await section.locator('[data-testid="report-checks"]').innerText(), /名单不完整/);

        // Citations: the report first, then the copy and its kind; untraced copies say so.
        const refs = section.locator('[data-testid="report-refs"] > li');
        const ids = [...new Set(rows.map((r) => r.citation))];
        assert.ok((await refs.count()) >= ids.length, 'every copy is in the reference list');
        const first = await refs.first().innerText();
        const c = citations.get(rows[0].citation);
        assert.ok(first.indexOf(c.title) >= 0 && first.indexOf(c.title) < first.indexOf('读自'), first);
        assert.match(first, /转载\(聚合或镜像网站\)/);
        if (c.untraced === 'yes') assert.match(first, /未能追溯/);
        const links = await section
          .locator('[data-testid="report-refs"] a')
          .evaluateAll((as) =>
            as.map((a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel })),
          );
        assert.ok(links.length > 0);
        for (const l of links) {
          assert.match(l.href, /^https?:\/\//);
          assert.equal(l.target, '_blank');
          assert.equal(l.rel, 'noreferrer noopener');
        }

        // The CSV export carries the tie rule, the flagged defects and every reference in full.
        const panel = section.locator('[data-panel="report-index"]');
        await panel.locator('[data-testid="export-button"]').click();
        const [dl] = await Promise.all([
          page.waitForEvent('download'),
          panel.locator('[data-export="csv"]').click(),
        ]);
        const exported = await readFile(await dl.path(), 'utf8');
        assert.match(exported, /按来源所述/);
        assert.match(exported, /名次与数值矛盾/);
        // (addresses as a reader types them: percent-escapes decoded)
        for (const id of ids) {
          const address = decodeURI(citations.get(id).source);
          assert.ok(exported.includes(address), `export lacks ${address}`);
        }
        for (const r of rows.filter((x) => x.indicator === 'overall'))
          assert.ok(exported.includes(r.value), r.value);

        // A province's history across editions opens from its row and from the URL.
        const hubei = provinces.find((p) => p.name_zh === twice[0][0]);
        await section.getByRole('button', { name: `${hubei.name_zh} 历年结果` }).click();
        const history = section.locator('[data-testid="report-history"]');
        await history.waitFor();
        assert.match(await history.innerText(), new RegExp(`${edition} 年版\\(评估 ${assessed} 年度\\)`));
        assert.equal(new URL(page.url()).searchParams.get('province'), hubei.code);
      });
      await app.finish(session, 'report-provinces');
    },
  );

  test('the key cities of the same edition, ties with different values flagged', OPTIONS, async () => {
    const edition = busiest('city');
    const rows = report.filter((r) => r.edition === edition && r.level === 'city');
    const session = await app.open(`./?view=provinces&reportLevel=city&report=${edition}`);
    const { page } = session;
    await app.withDiagnostics(session, 'report-cities', async () => {
      const section = await reportTable(page);
      assert.match(await section.locator('[data-testid="report-heading"]').innerText(), /重点城市/);
      const byName = await rowsByName(section);
      assert.equal(byName.size, new Set(rows.map(regionKey)).size);
      for (const r of rows.filter((x) => x.indicator === 'overall')) {
        const cells = byName.get(r.region_zh);
        assert.ok(cells?.[2].includes(r.value), `${r.region_zh}: ${r.value}`);
        const rank = rows.find(
          (x) => x.region_zh === r.region_zh && x.indicator === 'rank' && x.citation === r.citation,
        );
        assert.ok(
          cells[0].startsWith(rank.value),
          `${r.region_zh}: rank ${rank.value} as stated, "${cells[0]}"`,
        );
      }
      const notes = await section.locator('[data-testid="report-notes"]').innerText();
      for (const r of rows.filter((x) => /PAGE INCONSISTENCY/.test(x.input_note)))
        assert.ok(notes.includes(r.region_zh), `${r.region_zh} is not in the tie note`);
      assert.match(notes, /并列,但数值不同/);
    });
    await app.finish(session, 'report-cities');
  });

  test('English: the same table with English province names and English notes', OPTIONS, async () => {
    const edition = busiest('province');
    const session = await app.open('./?view=provinces&lang=en');
    const { page } = session;
    const section = await reportTable(page);
    const heading = await section.locator('[data-testid="report-heading"]').innerText();
    assert.match(heading, new RegExp(`${edition} edition · assesses ${Number(edition) - 1}`));
    const byName = await rowsByName(section);
    for (const p of provinces.filter((x) =>
      report.some((r) => r.edition === edition && r.region_code === x.code),
    ))
      assert.ok(byName.has(p.name_en), `no row named ${p.name_en}`);
    const notes = await section.locator('[data-testid="report-notes"]').innerText();
    assert.match(notes, /The order contradicts the values/);
    assert.doesNotMatch(notes, /名次|并列/);
    await app.finish(session, 'report-en');
  });

  for (const [view, lang] of [
    ['provinces', 'zh'],
    ['provinces', 'en'],
    ['milestones', 'zh'],
    ['milestones', 'en'],
  ]) {
    test(
      `?view=${view}&lang=${lang}: no seed file name, repository path or field name anywhere on the page`,
      OPTIONS,
      async () => {
        const session = await app.open(`./?view=${view}&lang=${lang}&province=32`);
        const { page } = session;
        await page.locator('.e-chart[data-rendered="true"]').first().waitFor({ state: 'visible' });
        // Open everything that folds: citations, issue lists, the geographic map.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        // Every panel's table tab too, where the sources of each figure are listed.
        for (const tab of await page.locator('[role="tab"]:nth-child(2)').all()) await tab.click();
        const text = await page.locator('main, body').first().innerText();
        const hit = text.match(INTERNAL);
        assert.equal(
          hit,
          null,
          `"${hit?.[0]}" near "${hit ? text.slice(Math.max(0, hit.index - 60), hit.index + 60) : ''}"`,
        );
        // Seed documents are cited by title, outlet and date.
        if (view === 'milestones') assert.match(text, /经济参考报/);
        await app.finish(session, `no-identifiers-${view}-${lang}`);
      },
    );
  }
});
