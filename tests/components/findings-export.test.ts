// The key findings and the citation in a CSV export's footer read back through the app's
// own import as notes: no rejected row, no conflict, every footer line counted as a note.
import { describe, expect, it } from 'vitest';
import { loadShipped } from '../helpers/shipped';
import { buildDataset } from '../../src/core/dataset';
import { comparisonTable } from '../../src/core/export/comparison';
import { tableToCsv } from '../../src/core/export/csv';
import { importBytes } from '../../src/core/import/read-file';
import { planMerge } from '../../src/core/import/merge-plan';
import { chinaFindings, compareFindings } from '../../src/core/findings/views';
import { findingSources } from '../../src/core/findings/findings';
import { csvNotes } from '../../src/components/export/run-export';
import { citationLines, citeInput } from '../../src/components/view-citation';
import { findingLine } from '../../src/i18n/finding-text';

const { countries, gazetteer, surveys } = loadShipped();
const ds = buildDataset(surveys, countries);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('findings in the CSV footer', () => {
  it.each(['zh', 'en'] as const)('read back as notes (%s)', async (lang) => {
    const findings = [
      ...chinaFindings(ds, { year: 2024, index: 'osi', rule: 'competition' }),
      ...compareFindings(ds, {
        iso3: 'SSD',
        index: 'egdi',
        base: 2003,
        year: 2024,
        rule: 'dense',
        group: undefined,
      }),
    ];
    // South Sudan was not assessed in 2003: the footer says so in words.
    expect(findings.some((f) => f.kind === 'not-assessed')).toBe(true);
    const url = 'http://intranet.example/?view=china&lang=' + lang;
    const spec = {
      title: 'China',
      source: 'UN E-Government Survey 2024',
      fileParts: ['china'],
      data: { columns: [], rows: [] },
      findings: findings.map((f) => findingLine(f, lang)),
      findingsTitle: lang === 'zh' ? '要点' : 'Key findings',
      citation: citationLines(citeInput(findingSources(findings), lang, url), lang),
    };
    const notes = csvNotes(spec, { exported: 'Exported', empty: 'Empty = not assessed', lang });
    expect(notes).toContain(spec.findingsTitle);
    for (const line of spec.findings) expect(notes).toContain(line);
    expect(spec.citation).toHaveLength(2);
    expect(spec.citation.every((c) => c.includes(url))).toBe(true);

    const table = comparisonTable(
      ds,
      ['CHN', 'SSD'],
      (iso3) => iso3,
      {
        country: 'Country',
        iso3: 'ISO3',
        year: 'Year',
        index: { egdi: 'EGDI', osi: 'OSI', hci: 'HCI', tii: 'TII', epi: 'EPI' },
        rank: 'Rank',
        publishedRank: 'Published rank',
      },
      'egdi',
      'competition',
    );
    const csv = tableToCsv(table, notes);
    const known = (year: number, iso3: string, index: 'egdi' | 'osi' | 'hci' | 'tii' | 'epi') =>
      ds.get(year, iso3)?.[index] ?? null;
    const r = await importBytes(`china_${lang}.csv`, bytes(csv), gazetteer, { known });
    expect(r.rejectedRows).toBe(0);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(planMerge(ds.rows, r.rows).conflicts).toEqual([]);
    expect(r.issues.find((i) => i.code === 'footer-notes')?.params).toMatchObject({ count: notes.length });
  });

  it('a spec without findings keeps the footer it had', () => {
    const notes = csvNotes(
      { title: 'T', source: 'S', notes: ['N'], fileParts: [], data: { columns: [], rows: [] } },
      { exported: 'E', empty: 'X', lang: 'en' },
    );
    expect(notes).toEqual(['T', 'S', 'N', 'E', 'X']);
  });
});
