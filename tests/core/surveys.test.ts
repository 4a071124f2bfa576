import { describe, expect, it } from 'vitest';
import { formatSurveyCsv, loadSurveyCsv, round5 } from '../../src/core/load/surveys';
import type { SurveyLoadOptions } from '../../src/core/load/surveys';
import type { SurveyRow } from '../../src/core/types';
import type { Issue } from '../../src/core/issues';
import { fixture, gazetteer } from './fixtures';

/** A loaded row: values in the order egdi, osi, hci, tii, epi. */
function row(
  year: number,
  iso3: string,
  nameEn: string,
  egdiRank: number | null,
  [egdi, osi, hci, tii, epi]: (number | null)[] = [null, null, null, null, null],
): SurveyRow {
  return {
    year,
    iso3,
    nameEn,
    egdiRank,
    egdi: egdi ?? null,
    osi: osi ?? null,
    hci: hci ?? null,
    tii: tii ?? null,
    epi: epi ?? null,
  };
}

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');
const codes = (issues: Issue[]) => issues.map((i) => `${i.severity} ${i.code} row ${i.row}`);

const UN_HEADER =
  'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index';
const UNU_HEADER = 'country-code,country-name,e-gov-rank,e-gov-index,e-pat-index,osi,hci,tii';
const OWN_HEADER = 'year,iso3,name_en,egdi_rank,egdi,osi,hci,tii,epi';

/** A UN Data Center table: the header plus the given data lines. */
const un = (...lines: string[]) => [UN_HEADER, ...lines].join('\n') + '\n';

describe('loadSurveyCsv: every known header variant', () => {
  const cases: {
    name: string;
    file: string;
    options?: SurveyLoadOptions;
    rows: SurveyRow[];
    issues: string[];
  }[] = [
    {
      name: '(a) UN Data Center download: quoted names with trailing spaces, EGDI 0 = unassessed',
      file: 'un-data-center-2010.csv',
      rows: [
        row(2010, 'CHN', 'China', 40, [0.61234, 0.55555, 0.77777, 0.5037, 0.33333]),
        row(2010, 'CIV', "Côte d'Ivoire", 120, [0.3, 0.2, 0.45, 0.25, 0.1]),
        row(2010, 'DNK', 'Denmark', 5, [0.81111, 0.7, 0.93333, 0.8, 0.6]),
        row(2010, 'KIR', 'Kiribati', null),
        row(2010, 'SSD', 'South Sudan', null),
        row(2010, 'MKD', 'North Macedonia', 50, [0.55, 0.42, 0.81, 0.42, 0.21]),
      ],
      issues: ['warning unassessed row 5', 'warning unassessed row 6'],
    },
    {
      name: '(b) 2024 copy with renamed headers, unquoted trailing spaces, CRLF and a Region column',
      file: 'renamed-2024.csv',
      rows: [
        row(2024, 'CHN', 'China', 30, [0.80001, 0.82, 0.77003, 0.81, 0.85]),
        row(2024, 'DNK', 'Denmark', 1, [0.95, 0.97, 0.93, 0.95, 0.9]),
        row(2024, 'TUR', 'Türkiye', 25, [0.83, 0.84, 0.8, 0.85, 0.7]),
        row(2024, 'CUB', 'Cuba', 100, [0.5, 0.45, 0.7, 0.35, 0.4]),
      ],
      issues: [],
    },
    {
      name: '(c) UNU-EGOV copy: ISO3 codes, year from the options, float ranks, binary noise, old names',
      file: 'unu-egov-2010.csv',
      options: { year: 2010 },
      rows: [
        row(2010, 'CHN', 'China', 40, [0.61234, 0.55555, 0.77777, 0.5037, 0.33333]),
        row(2010, 'TUR', 'Turkey', 60, [0.48, 0.34603, 0.69556, 0.2581, 0.21428]),
        row(2010, 'MKD', 'The former Yugoslav Republic of Macedonia', 50, [0.55, 0.42, 0.81, 0.42, 0.21]),
        row(2010, 'KIR', 'Kiribati', null),
        row(2010, 'SSD', 'South Sudan', null),
      ],
      issues: ['warning unassessed row 5', 'warning unassessed row 6'],
    },
    {
      name: "(d) the project's own surveys.csv: several years, empty cells for unassessed rows and missing EPI",
      file: 'project-format.csv',
      rows: [
        row(2003, 'KIR', 'Kiribati', null),
        row(2003, 'TUR', 'Türkiye', 60, [0.4, 0.3, 0.7, 0.2, 0.1]),
        row(2022, 'CHN', 'China', 40, [0.8, 0.85, 0.75, 0.8, 0.86]),
        row(2022, 'CIV', "Côte d'Ivoire", 120, [0.45, 0.4, 0.5, 0.45, null]),
        row(2022, 'DNK', 'Denmark', 1, [0.97, 0.98, 0.95, 0.98, 0.99]),
      ],
      issues: ['warning unassessed row 2'],
    },
  ];

  it.each(cases)('$name', ({ file, options, rows, issues }) => {
    const result = loadSurveyCsv(fixture(file), gazetteer, options);
    expect(result.rows).toEqual(rows);
    expect(codes(result.issues)).toEqual(issues);
  });

  it('(c) rounds binary noise such as 0.6955600000000001 to the published 0.69556', () => {
    const { rows } = loadSurveyCsv(fixture('unu-egov-2010.csv'), gazetteer, { year: 2010 });
    const turkey = rows.find((r) => r.iso3 === 'TUR');
    expect(turkey?.hci).toBe(0.69556);
    expect(turkey?.tii).toBe(0.2581);
    expect(turkey?.egdiRank).toBe(60);
  });

  it('(a) and (c), two copies of the same edition, give the same values', () => {
    const a = loadSurveyCsv(fixture('un-data-center-2010.csv'), gazetteer).rows;
    const c = loadSurveyCsv(fixture('unu-egov-2010.csv'), gazetteer, { year: 2010 }).rows;
    const values = (r: SurveyRow) => ({ ...r, nameEn: undefined });
    for (const iso3 of ['CHN', 'MKD', 'KIR', 'SSD']) {
      const fromA = a.find((r) => r.iso3 === iso3);
      const fromC = c.find((r) => r.iso3 === iso3);
      expect(fromA && values(fromA), iso3).toEqual(fromC && values(fromC));
    }
  });

  it('also reads a semicolon-separated table with a BOM', () => {
    const text = '\uFEFF' + fixture('project-format.csv').replace(/,/g, ';');
    const result = loadSurveyCsv(text, gazetteer);
    expect(result.rows).toEqual(loadSurveyCsv(fixture('project-format.csv'), gazetteer).rows);
  });

  it('also reads two tab-separated columns pasted from a spreadsheet', () => {
    const result = loadSurveyCsv('Country\tEGDI\nChina\t0.61234\nCuba\t0.5\n', gazetteer, { year: 2024 });
    expect(errors(result.issues)).toEqual([]);
    expect(result.rows).toEqual([
      row(2024, 'CHN', 'China', null, [0.61234, null, null, null, null]),
      row(2024, 'CUB', 'Cuba', null, [0.5, null, null, null, null]),
    ]);
  });
});

describe('loadSurveyCsv: the unassessed rule', () => {
  // In editions up to 2012 the UN wrote EGDI 0 for a country it did not assess.
  it.each([
    [2003, 'bottom rank', '174', '0.00000'],
    [2003, 'empty rank', '', '0.00000'],
    [2005, 'bottom rank, EGDI written as 0', '179', '0'],
    [2008, 'bottom rank', '182', '0.00000'],
    [2010, 'empty rank', '', '0.0'],
    [2012, 'bottom rank (last edition of the rule)', '190', '0.00000'],
  ])(
    '%i, EGDI 0 with %s: every value and the rank are null, with an unassessed warning',
    (year, _l, rank, egdi) => {
      const result = loadSurveyCsv(
        un(`${year},"Kiribati ",${rank},${egdi},0.01000,0.02000,0.90000,0.03000`),
        gazetteer,
      );
      expect(result.rows).toEqual([row(year, 'KIR', 'Kiribati', null)]);
      expect(result.issues).toEqual([
        expect.objectContaining({
          severity: 'warning',
          code: 'unassessed',
          row: 2,
          params: { value: 'Kiribati', year },
        }),
      ]);
    },
  );

  it.each([2014, 2016, 2018, 2020, 2022, 2024])(
    '%i, EGDI 0 is a real minimum: it stays 0 and the rank is kept',
    (year) => {
      const result = loadSurveyCsv(
        un(`${year},"Kiribati ",193,0.00000,0.01000,0.00000,0.90000,0.00000`),
        gazetteer,
      );
      expect(result.rows).toEqual([row(year, 'KIR', 'Kiribati', 193, [0, 0, 0.9, 0, 0.01])]);
      expect(result.issues).toEqual([]);
    },
  );

  it.each([2003, 2012, 2014, 2024])('%i, an empty EGDI blanks only EGDI: the other values stay', (year) => {
    const result = loadSurveyCsv(un(`${year},"Kiribati ",150,,0.01000,0.02000,0.90000,0.03000`), gazetteer);
    expect(result.rows).toEqual([row(year, 'KIR', 'Kiribati', 150, [null, 0.02, 0.9, 0.03, 0.01])]);
    expect(result.issues).toEqual([]);
  });

  it.each([2003, 2024])('%i, every index empty means unassessed: the whole row is null', (year) => {
    const result = loadSurveyCsv(un(`${year},"Kiribati ",150,,,N/A,..,—`), gazetteer);
    expect(result.rows).toEqual([row(year, 'KIR', 'Kiribati', null)]);
    expect(codes(result.issues)).toEqual(['warning unassessed row 2']);
  });

  it.each([
    ['empty', ''],
    ['N/A', 'N/A'],
    ['..', '..'],
    ['an em dash', '—'],
    ['a hyphen', '-'],
  ])('an %s cell other than EGDI stays null, never 0', (_label, mark) => {
    const result = loadSurveyCsv(un(`2016,"China ",40,0.61234,${mark},0.55555,${mark},0.50370`), gazetteer);
    expect(result.rows).toEqual([row(2016, 'CHN', 'China', 40, [0.61234, 0.55555, null, 0.5037, null])]);
    expect(result.issues).toEqual([]);
  });

  it('a zero other than EGDI stays 0 in any edition', () => {
    const result = loadSurveyCsv(un('2003,"China ",40,0.41000,0.00000,0.30000,0.90000,0.03000'), gazetteer);
    expect(result.rows[0]?.epi).toBe(0);
  });
});

describe('loadSurveyCsv: bad input', () => {
  it.each([
    ['a table that is not a survey', 'foo,bar\n1,2\n', {}, 'egdi, country, year'],
    ['the countries table', 'iso3,iso2,name_en,region\nCHN,CN,China,Asia\n', {}, 'egdi, year'],
    ['no index column', 'year,name_en,population\n2024,China,0.5\n', {}, 'egdi'],
    ['no year column and no year option', `${UNU_HEADER}\nCHN,China,40,0.6,0.3,0.5,0.7,0.5\n`, {}, 'year'],
  ])("wrong header (%s): a 'missing-column' error on row 1 and no rows", (_label, text, options, missing) => {
    const result = loadSurveyCsv(text, gazetteer, options);
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'missing-column', row: 1, column: missing }),
    ]);
  });

  it("a table of one index other than EGDI (the app's own OSI export) reads, EGDI left blank", () => {
    const result = loadSurveyCsv('year,name_en,osi\n2024,China,0.5\n', gazetteer);
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([expect.objectContaining({ iso3: 'CHN', osi: 0.5, egdi: null })]);
  });

  it("an empty file: an 'empty-file' error and no rows", () => {
    expect(loadSurveyCsv('', gazetteer)).toEqual({
      rows: [],
      issues: [expect.objectContaining({ severity: 'error', code: 'empty-file', row: 0 })],
    });
  });

  it.each([
    ['E-Government Index', '2010,"China ",40,abc,0.3,0.5,0.7,0.5', 'abc'],
    ['Online Service Index', '2010,"China ",40,0.6,0.3,"0,5",0.7,0.5', '0,5'],
    ['Human Capital Index', '2010,"China ",40,0.6,0.3,0.5,0.7%,0.5', '0.7%'],
    ['E-Participation Index', '2010,"China ",40,0.6,n.v.,0.5,0.7,0.5', 'n.v.'],
  ])(
    "a non-numeric cell in %s: the row is rejected with 'not-a-number', its row and column",
    (column, line, value) => {
      const result = loadSurveyCsv(un('2010,"Denmark ",5,0.8,0.6,0.7,0.9,0.8', line), gazetteer);
      expect(result.rows.map((r) => r.iso3)).toEqual(['DNK']);
      expect(result.issues).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'not-a-number',
          row: 3,
          column,
          params: { value },
        }),
      ]);
    },
  );

  it.each([
    ['above 1', 'Human Capital Index', '2003,"Kiribati ",42,0.52648,0.01720,0.11790,1.42200,0.03955', 1.422],
    ['below 0', 'Online Service Index', '2003,"Kiribati ",42,0.52648,0.01720,-0.11790,0.9,0.03955', -0.1179],
  ])('a value %s in %s', (_label, column, line, value) => {
    const rejected = loadSurveyCsv(un(line), gazetteer);
    expect(rejected.rows).toEqual([]);
    expect(rejected.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'out-of-range', row: 2, column, params: { value } }),
    ]);

    const kept = loadSurveyCsv(un(line), gazetteer, { outOfRange: 'keep' });
    expect(kept.rows).toHaveLength(1);
    expect(kept.rows[0]?.[column === 'Human Capital Index' ? 'hci' : 'osi']).toBe(value);
    expect(kept.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'out-of-range',
        row: 2,
        column,
        params: { value },
      }),
    ]);
  });

  it.each([
    ['a misspelt name', 'Chna', 'China'],
    ['a name with a typo', 'Denmrak', 'Denmark'],
    ['a misspelt old name', 'Turky', 'Turkey'],
  ])(
    "%s: the row is rejected as 'unknown-country' with the nearest real name suggested",
    (_l, name, nearest) => {
      const result = loadSurveyCsv(
        un('2010,"Denmark ",5,0.8,0.6,0.7,0.9,0.8', `2010,"${name} ",40,0.6,0.3,0.5,0.7,0.5`),
        gazetteer,
      );
      expect(result.rows.map((r) => r.iso3)).toEqual(['DNK']);
      const [issue, ...rest] = result.issues;
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({
        severity: 'error',
        code: 'unknown-country',
        row: 3,
        column: 'Country Name',
        params: { value: name },
      });
      expect(issue?.suggestions?.[0]).toBe(nearest);
    },
  );

  it.each([
    ['an unknown code and no name', 'XYZ,', 'country-code', 'XYZ'],
    ['an unknown code and an unknown name', 'XYZ,Atlantis', 'country-name', 'Atlantis'],
    ['no code and no name', ',', 'country-name', ''],
  ])("%s: 'unknown-country' on the column the shown value came from", (_label, cells, column, value) => {
    const result = loadSurveyCsv(`${UNU_HEADER}\n${cells},40,0.6,0.3,0.5,0.7,0.5\n`, gazetteer, {
      year: 2018,
    });
    expect(result.rows).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'unknown-country',
        row: 2,
        column,
        params: { value },
      }),
    ]);
    expect(result.issues[0]?.suggestions).toHaveLength(value === '' ? 0 : 3);
  });

  it('an unknown ISO3 code next to a known name resolves by the name', () => {
    const result = loadSurveyCsv(`${UNU_HEADER}\nXYZ,China,40,0.6,0.3,0.5,0.7,0.5\n`, gazetteer, {
      year: 2018,
    });
    expect(result.rows.map((r) => r.iso3)).toEqual(['CHN']);
  });

  it.each([
    ['the same name twice', '2010,"China ",40,0.6,0.3,0.5,0.7,0.5', '2010,China,41,0.59,0.3,0.5,0.7,0.5'],
    [
      'the current and the old name',
      '2010,Türkiye,60,0.48,0.2,0.3,0.7,0.3',
      '2010,Turkey,60,0.48,0.2,0.3,0.7,0.3',
    ],
    [
      'different case and accents',
      '2010,Türkiye,60,0.48,0.2,0.3,0.7,0.3',
      '2010,TURKIYE,60,0.48,0.2,0.3,0.7,0.3',
    ],
  ])("a second row for the same (year, country), %s, is rejected as 'duplicate'", (_label, first, second) => {
    const result = loadSurveyCsv(un(first, second), gazetteer);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]?.egdiRank).toBe(Number(first.split(',')[2]));
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'duplicate', row: 3 }),
    ]);
  });

  it('the same country in two editions is not a duplicate', () => {
    const result = loadSurveyCsv(
      `${OWN_HEADER}\n2022,CHN,China,40,0.8,,,,\n2024,CHN,China,35,0.85,,,,\n`,
      gazetteer,
    );
    expect(result.rows.map((r) => r.year)).toEqual([2022, 2024]);
    expect(result.issues).toEqual([]);
  });

  it.each(['', 'abc', '2010.5', '1999', '20100', 'Y2010'])(
    "a bad year %j: the row is rejected with 'bad-year' on the year column",
    (year) => {
      const result = loadSurveyCsv(un(`${year},"China ",40,0.6,0.3,0.5,0.7,0.5`), gazetteer);
      expect(result.rows).toEqual([]);
      expect(result.issues).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'bad-year',
          row: 2,
          column: 'Survey Year',
          params: { value: year },
        }),
      ]);
    },
  );

  it.each(['0', '-3', '12.5', 'first', '1e', '#1'])(
    "a bad rank %j: the row is rejected with 'bad-rank'",
    (rank) => {
      const result = loadSurveyCsv(un(`2010,"China ",${rank},0.6,0.3,0.5,0.7,0.5`), gazetteer);
      expect(result.rows).toEqual([]);
      expect(result.issues).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'bad-rank',
          row: 2,
          column: 'E-Government Rank',
          params: { value: rank },
        }),
      ]);
    },
  );

  it.each([
    ['136', 136],
    ['136.0', 136],
    [' 7 ', 7],
    ['', null],
  ])('the rank %j reads as %s', (rank, expected) => {
    const result = loadSurveyCsv(un(`2010,"China ",${rank},0.6,0.3,0.5,0.7,0.5`), gazetteer);
    expect(result.rows[0]?.egdiRank).toBe(expected);
  });

  it.each([2001, 2011, 2019, 2026])(
    "a year outside the published editions (%i) is kept with an 'unknown-edition' warning",
    (year) => {
      const result = loadSurveyCsv(un(`${year},"China ",40,0.6,0.3,0.5,0.7,0.5`), gazetteer);
      expect(result.rows).toEqual([row(year, 'CHN', 'China', 40, [0.6, 0.5, 0.7, 0.5, 0.3])]);
      expect(result.issues).toEqual([
        expect.objectContaining({
          severity: 'warning',
          code: 'unknown-edition',
          row: 2,
          params: { value: year },
        }),
      ]);
    },
  );

  it("a year option outside the editions warns on every row with 'unknown-edition'", () => {
    const result = loadSurveyCsv(
      `${UNU_HEADER}\nCHN,China,40,0.6,0.3,0.5,0.7,0.5\nCUB,Cuba,90,0.5,0.3,0.5,0.7,0.3\n`,
      gazetteer,
      {
        year: 2019,
      },
    );
    expect(result.rows).toHaveLength(2);
    expect(codes(result.issues)).toEqual(['warning unknown-edition row 2', 'warning unknown-edition row 3']);
  });

  it.each([
    ['Turkey', 'TUR'],
    ['The former Yugoslav Republic of Macedonia', 'MKD'],
    ['the former yugoslav republic of macedonia', 'MKD'],
    ['Ivory Coast', 'CIV'],
    ['Cote d’Ivoire', 'CIV'],
    ['TÜRKIYE', 'TUR'],
    ['  North   Macedonia ', 'MKD'],
  ])('the historical or variant name %j resolves to today’s ISO3 %s', (name, iso3) => {
    const result = loadSurveyCsv(un(`2008,"${name}",40,0.6,0.3,0.5,0.7,0.5`), gazetteer);
    expect(errors(result.issues)).toEqual([]);
    expect(result.rows.map((r) => r.iso3)).toEqual([iso3]);
  });

  it('a ragged row is left out with an error: its cells may not sit under their columns', () => {
    const result = loadSurveyCsv(
      un('2016,"China ",40,0.61234,0.33333,0.55555', '2016,"Denmark ",1,0.9,0.8,0.9,0.9,0.9'),
      gazetteer,
    );
    expect(result.rows.map((r) => r.iso3)).toEqual(['DNK']);
    expect(codes(result.issues)).toEqual(['error ragged-row row 2']);
  });

  it('row numbers count blank lines, so an error points at the line the user sees', () => {
    const result = loadSurveyCsv(
      un('2010,"Denmark ",5,0.8,0.6,0.7,0.9,0.8', '', '', '2010,"Chna ",40,0.6,0.3,0.5,0.7,0.5'),
      gazetteer,
    );
    expect(codes(result.issues)).toEqual(['error unknown-country row 5']);
  });
});

describe('round5', () => {
  it.each([
    [0.6955600000000001, 0.69556],
    [0.055220000000000005, 0.05522],
    [0.6150899999999999, 0.61509],
    [0.123454, 0.12345],
    [0.123456, 0.12346],
    [1, 1],
    [0, 0],
  ])('%d -> %d', (value, rounded) => {
    expect(round5(value)).toBe(rounded);
  });
});

describe('formatSurveyCsv', () => {
  it("writes the project's format: 5 decimals, empty cells for null, quotes where needed", () => {
    const text = formatSurveyCsv([
      row(2010, 'KIR', 'Kiribati', null),
      row(2024, 'CHN', 'China', 35, [0.8, 0.81234, 0.7, 1, null]),
      row(2024, 'CIV', 'Côte d\'Ivoire, "Ivory Coast"', 120, [0, 0.1, 0.2, 0.3, 0.4]),
    ]);
    expect(text).toBe(
      [
        OWN_HEADER,
        '2010,KIR,Kiribati,,,,,,',
        '2024,CHN,China,35,0.80000,0.81234,0.70000,1.00000,',
        '2024,CIV,"Côte d\'Ivoire, ""Ivory Coast""",120,0.00000,0.10000,0.20000,0.30000,0.40000',
        '',
      ].join('\n'),
    );
  });

  it('writes just the header for no rows', () => {
    expect(formatSurveyCsv([])).toBe(`${OWN_HEADER}\n`);
  });

  it.each([
    ['un-data-center-2010.csv', {}],
    ['renamed-2024.csv', {}],
    ['unu-egov-2010.csv', { year: 2010 }],
    ['project-format.csv', {}],
  ])('round trip: format then load gives the same rows (%s)', (file, options) => {
    const loaded = loadSurveyCsv(fixture(file), gazetteer, options).rows;
    expect(loaded.length).toBeGreaterThan(0);
    const again = loadSurveyCsv(formatSurveyCsv(loaded), gazetteer);
    expect(again.rows).toEqual(loaded);
    expect(errors(again.issues)).toEqual([]);
  });

  it('round trip keeps names with commas and quotes, and out-of-range values loaded with keep', () => {
    const rows = [
      row(2003, 'CIV', 'Côte d\'Ivoire, "Ivory Coast"', 120, [0.3, 0.2, 1.422, 0.25, 0]),
      row(2024, 'CHN', 'China', 35, [0.87184, 0.92576, 0.79023, 0.89954, 0.9315]),
    ];
    const again = loadSurveyCsv(formatSurveyCsv(rows), gazetteer, { outOfRange: 'keep' });
    expect(again.rows).toEqual(rows);
    expect(codes(again.issues)).toEqual(['warning out-of-range row 2']);
  });

  it('round trip is exact: formatting the loaded rows again gives the same text', () => {
    const text = fixture('project-format.csv');
    expect(formatSurveyCsv(loadSurveyCsv(text, gazetteer).rows)).toBe(text);
  });
});
