// Citations of a view's data in GB/T 7714-2015 and APA (7th edition), in both languages.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { apaDate, citationText, references, sentenceCase } from '../../../src/core/cite/cite';
import type { CiteInput } from '../../../src/core/cite/cite';
import { SURVEY_REPORTS, surveyReport } from '../../../src/core/cite/survey-reports';
import { EDITIONS } from '../../../src/core/types';

const app = {
  title: 'Atlas <test>',
  version: '9.8.7',
  url: 'http://intranet.example/egov/?view=compare&year=2024',
  accessed: '2026-05-01',
};
const input: CiteInput = {
  sources: [
    { kind: 'un-survey', edition: 2024 },
    { kind: 'imported', name: 'Draft 2026', edition: 2026 },
    { kind: 'un-survey', edition: 2018 },
    { kind: 'un-survey', edition: 2024 },
  ],
  app,
};
const t2018 = surveyReport(2018).title;
const t2024 = surveyReport(2024).title;

describe('GB/T 7714-2015', () => {
  it.each([
    {
      lang: 'zh',
      survey: (title: string, year: number) =>
        `联合国经济和社会事务部(UN DESA). ${title}[R]. 纽约: 联合国, ${year}.`,
      imported: 'Draft 2026[DS]. 用户导入的数据集(2026 年), 非联合国发布.',
      app: `Atlas <test>: 版本 9.8.7[CP/OL]. [2026-05-01]. ${app.url}`,
    },
    {
      lang: 'en',
      survey: (title: string, year: number) =>
        `United Nations Department of Economic and Social Affairs (UN DESA). ${title}[R]. New York: United Nations, ${year}.`,
      imported: 'Draft 2026[DS]. Dataset imported by the user (2026), not published by the United Nations.',
      app: `Atlas <test>: Version 9.8.7[CP/OL]. [2026-05-01]. ${app.url}`,
    },
  ] as const)('$lang: each edition once, in order, then imports, then the dashboard', (c) => {
    expect(references(input, 'gbt7714', c.lang)).toEqual([
      c.survey(t2018, 2018),
      c.survey(t2024, 2024),
      c.imported,
      c.app,
    ]);
    const text = citationText(input, 'gbt7714', c.lang).split('\n');
    expect(text.map((l) => l.slice(0, 4))).toEqual(['[1] ', '[2] ', '[3] ', '[4] ']);
  });
});

describe('APA 7th edition', () => {
  it.each([
    {
      lang: 'zh',
      survey: (title: string, year: number) =>
        `联合国经济和社会事务部. (${year}). ${sentenceCase(title)}. 联合国.`,
      imported: 'Draft 2026 [数据集]. (无日期). 用户导入(2026 年), 非联合国发布.',
      app: `Atlas <test> (版本 9.8.7) [计算机软件]. (无日期). 检索于 2026年5月1日, 来自 ${app.url}`,
    },
    {
      lang: 'en',
      survey: (title: string, year: number) =>
        `United Nations Department of Economic and Social Affairs. (${year}). ${sentenceCase(title)}. United Nations.`,
      imported:
        'Draft 2026 [Data set]. (n.d.). Imported by the user (2026); not published by the United Nations.',
      app: `Atlas <test> (Version 9.8.7) [Computer software]. (n.d.). Retrieved May 1, 2026, from ${app.url}`,
    },
  ] as const)('$lang', (c) => {
    expect(references(input, 'apa', c.lang)).toEqual([
      c.survey(t2018, 2018),
      c.survey(t2024, 2024),
      c.imported,
      c.app,
    ]);
    // APA lists are not numbered.
    expect(citationText(input, 'apa', c.lang)).not.toMatch(/^\[1\]/);
  });

  it.each([
    [
      'United Nations E-Government Survey 2024: Accelerating Digital Transformation for Sustainable Development',
      'United Nations e-government survey 2024: Accelerating digital transformation for sustainable development',
    ],
    [
      'United Nations E-Government Survey 2020: Digital Government in the Decade of Action for Sustainable Development (With addendum on COVID-19 Response)',
      'United Nations e-government survey 2020: Digital government in the decade of action for sustainable development (with addendum on COVID-19 response)',
    ],
    [
      'UN Global E-government Readiness Report 2005: From E-government to E-inclusion',
      'UN global e-government readiness report 2005: From e-government to e-inclusion',
    ],
  ])('sentence case: %s', (title, want) => {
    expect(sentenceCase(title)).toBe(want);
  });

  it('writes the access date as APA does in each language; other text stays', () => {
    expect(apaDate('2026-12-09', 'en')).toBe('December 9, 2026');
    expect(apaDate('2026-12-09', 'zh')).toBe('2026年12月9日');
    expect(apaDate('today', 'en')).toBe('today');
  });
});

describe('the survey reports cited', () => {
  it('every edition of the survey has its report title', () => {
    for (const edition of EDITIONS) expect(surveyReport(edition).generic, String(edition)).toBe(false);
    expect(SURVEY_REPORTS.map((r) => r.edition)).toEqual([...EDITIONS]);
  });

  it('an edition without a known report is cited by the series name', () => {
    expect(surveyReport(2026)).toEqual({
      edition: 2026,
      title: 'United Nations E-Government Survey 2026',
      published: 2026,
      generic: true,
    });
  });

  it('the titles from 2016 on are the ones data/un-egov/published-aggregates.csv quotes', () => {
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(new URL('../../../data/un-egov/published-aggregates.csv', import.meta.url), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    // The `original` column: UN DESA, "<title>", New York, <year>.
    const quoted = new Map<number, string>();
    for (const r of rows) {
      const m = /^UN DESA, "(United Nations E-Government Survey (\d{4})[^"]*)", New York, (\d{4})$/.exec(
        r.original ?? '',
      );
      if (m?.[1] && m[2]) {
        expect(m[3]).toBe(m[2]);
        quoted.set(Number(m[2]), m[1]);
      }
    }
    expect([...quoted.keys()].sort()).toEqual([2016, 2018, 2020, 2022, 2024]);
    for (const [edition, title] of quoted) expect(surveyReport(edition).title).toBe(title);
  });
});
