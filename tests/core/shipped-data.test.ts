/**
 * Checks on the dataset shipped in data/un-egov/ (written by scripts/build-data.ts).
 * Figures asserted here come from the files themselves or from the raw-data notes
 * (shared/data/raw/SOURCES.md, "Spot checks (China)"), not from memory.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rankValues } from '../../src/core/indicators/rank';
import type { TieRule } from '../../src/core/indicators/rank';
import { loadAliasesCsv, loadCountriesCsv } from '../../src/core/load/countries';
import { parseDelimited } from '../../src/core/load/delimited';
import { buildGazetteer } from '../../src/core/load/gazetteer';
import { formatSurveyCsv, loadSurveyCsv } from '../../src/core/load/surveys';
import { EDITIONS, INDEX_IDS, REGIONS, ZERO_MEANS_UNASSESSED_UNTIL } from '../../src/core/types';
import type { IndexId, SurveyRow } from '../../src/core/types';

const read = (name: string) => readFileSync(new URL(`../../data/un-egov/${name}`, import.meta.url), 'utf8');

const surveysText = read('surveys.csv');
const countriesText = read('countries.csv');
const aliasesText = read('name-aliases.csv');

const countries = loadCountriesCsv(countriesText);
const aliases = loadAliasesCsv(aliasesText);
const gazetteer = buildGazetteer(countries.rows, aliases.rows);
const surveys = loadSurveyCsv(surveysText, gazetteer, { outOfRange: 'keep' });
const raw = parseDelimited(surveysText);

const MEMBER_STATES = 193;
const inYear = (year: number) => surveys.rows.filter((r) => r.year === year);
const find = (year: number, iso3: string) => surveys.rows.find((r) => r.year === year && r.iso3 === iso3);

/** The rank of `iso3` by `index` among the countries of `year`. */
function rankOf(year: number, iso3: string, index: IndexId, rule: TieRule): number | null | undefined {
  return rankValues(
    inYear(year).map((r) => ({ key: r.iso3, value: r[index] })),
    rule,
  ).get(iso3);
}

describe('data/un-egov/surveys.csv', () => {
  it("has the project's header, exactly", () => {
    expect(surveysText.split('\n')[0]).toBe('year,iso3,name_en,egdi_rank,egdi,osi,hci,tii,epi');
  });

  it('loads with zero errors', () => {
    expect(surveys.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('has no warning other than unassessed rows and the one published out-of-range value', () => {
    const other = surveys.issues.filter((i) => i.code !== 'unassessed');
    // The UN's 2003 table has HCI 1.422 for Micronesia; it is kept as published.
    expect(other).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'out-of-range', params: { value: 1.422 } }),
    ]);
    expect(find(2003, 'FSM')?.hci).toBe(1.422);
  });

  it(`has ${EDITIONS.length} editions x ${MEMBER_STATES} countries = ${EDITIONS.length * MEMBER_STATES} rows`, () => {
    expect(surveys.rows).toHaveLength(EDITIONS.length * MEMBER_STATES);
    expect(surveys.rows).toHaveLength(2316);
    expect([...new Set(surveys.rows.map((r) => r.year))]).toEqual([...EDITIONS]);
  });

  it.each([...EDITIONS])('%i has the same 193 member states as countries.csv', (year) => {
    const codes = inYear(year)
      .map((r) => r.iso3)
      .sort();
    expect(codes).toEqual(countries.rows.map((c) => c.iso3).sort());
  });

  it('has every (year, iso3) once', () => {
    const keys = surveys.rows.map((r) => `${r.year}|${r.iso3}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is sorted by year, then ISO3', () => {
    const keys = surveys.rows.map((r) => `${r.year}|${r.iso3}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('writes every index value with exactly 5 decimals or leaves it empty', () => {
    const bad = raw.rows.flatMap(({ line, cells }) =>
      cells
        .slice(4)
        .flatMap((c, i) => (c === '' || /^\d+\.\d{5}$/.test(c) ? [] : [`row ${line} col ${i + 5}: ${c}`])),
    );
    expect(bad).toEqual([]);
    expect(raw.rows.every((r) => r.cells.length === 9)).toBe(true);
  });

  it('writes every rank as a positive integer or leaves it empty', () => {
    const bad = raw.rows.filter(({ cells }) => !/^([1-9]\d*)?$/.test(cells[3] ?? 'missing'));
    expect(bad).toEqual([]);
  });

  it('is exactly what formatSurveyCsv writes for the loaded rows (canonical form)', () => {
    expect(formatSurveyCsv(surveys.rows)).toBe(surveysText);
  });

  it('leaves every other cell of an unassessed row (EGDI empty) empty, rank included', () => {
    const unassessed = raw.rows.filter(({ cells }) => cells[4] === '');
    expect(unassessed.length).toBeGreaterThan(0);
    const withValues = unassessed.filter(({ cells }) => cells.slice(3).some((c) => c !== ''));
    expect(withValues).toEqual([]);
  });

  it(`has no EGDI of 0 in editions up to ${ZERO_MEANS_UNASSESSED_UNTIL} (0 meant "not assessed")`, () => {
    const zeros = surveys.rows.filter((r) => r.year <= ZERO_MEANS_UNASSESSED_UNTIL && r.egdi === 0);
    expect(zeros).toEqual([]);
    const rawZeros = raw.rows.filter(
      ({ cells }) =>
        Number(cells[0]) <= ZERO_MEANS_UNASSESSED_UNTIL && cells[4] !== '' && Number(cells[4]) === 0,
    );
    expect(rawZeros).toEqual([]);
  });

  // Counts from SOURCES.md: rows with EGDI 0 in the UN tables, 2003-2012.
  it.each([
    [2003, 20],
    [2004, 15],
    [2005, 14],
    [2008, 11],
    [2010, 10],
    [2012, 3],
    [2014, 0],
    [2016, 0],
    [2018, 0],
    [2020, 0],
    [2022, 0],
    [2024, 0],
  ])('%i has %i unassessed countries', (year, count) => {
    expect(inYear(year).filter((r) => r.egdi === null)).toHaveLength(count);
  });

  it('has no assessed row with a missing index or rank', () => {
    const gaps = surveys.rows.filter(
      (r) => r.egdi !== null && (r.egdiRank === null || INDEX_IDS.some((id) => r[id] === null)),
    );
    expect(gaps).toEqual([]);
  });
});

describe('data/un-egov/countries.csv and name-aliases.csv', () => {
  it('countries.csv loads with no issues: 193 member states, unique ISO3 and ISO2 codes', () => {
    expect(countries.issues).toEqual([]);
    expect(countries.rows).toHaveLength(MEMBER_STATES);
    expect(new Set(countries.rows.map((c) => c.iso3)).size).toBe(MEMBER_STATES);
    expect(new Set(countries.rows.map((c) => c.iso2)).size).toBe(MEMBER_STATES);
  });

  it('every country has ISO codes of the right shape, an English and a Chinese name and a UN region', () => {
    const bad = countries.rows.filter(
      (c) =>
        !/^[A-Z]{3}$/.test(c.iso3) ||
        !/^[A-Z]{2}$/.test(c.iso2) ||
        c.nameEn === '' ||
        c.nameZh.trim() === '' ||
        !(REGIONS as readonly string[]).includes(c.region),
    );
    expect(bad).toEqual([]);
  });

  it('China is CHN / CN / 中国, in Asia', () => {
    expect(countries.rows.find((c) => c.iso3 === 'CHN')).toMatchObject({
      iso2: 'CN',
      nameEn: 'China',
      nameZh: '中国',
      region: 'Asia',
    });
  });

  it('every alias points at a country and resolves to it', () => {
    expect(aliases.issues).toEqual([]);
    const codes = new Set(countries.rows.map((c) => c.iso3));
    const bad = aliases.rows.filter((a) => !codes.has(a.iso3) || gazetteer.resolve(a.alias) !== a.iso3);
    expect(bad).toEqual([]);
  });

  it.each([
    ['Turkey', 'TUR'],
    ['The former Yugoslav Republic of Macedonia', 'MKD'],
  ])('the old name %j resolves to %s', (alias, iso3) => {
    expect(gazetteer.resolve(alias)).toBe(iso3);
  });
});

describe('published EGDI ranks vs rankValues (standard competition)', () => {
  const mismatches = EDITIONS.flatMap((year) => {
    const rows = inYear(year);
    const computed = rankValues(
      rows.map((r) => ({ key: r.iso3, value: r.egdi })),
      'competition',
    );
    return rows
      .filter((r) => computed.get(r.iso3) !== r.egdiRank)
      .map((r) => ({
        year,
        iso3: r.iso3,
        egdi: r.egdi,
        published: r.egdiRank,
        computed: computed.get(r.iso3),
      }));
  });

  it('China 2024: published rank 35, computed 35', () => {
    expect(find(2024, 'CHN')?.egdiRank).toBe(35);
    expect(rankOf(2024, 'CHN', 'egdi', 'competition')).toBe(35);
  });

  // From SOURCES.md: China's EGDI rank recomputed from the values equals the stored rank in every edition.
  it.each([
    [2003, 74],
    [2004, 67],
    [2005, 57],
    [2008, 65],
    [2010, 72],
    [2012, 78],
    [2014, 70],
    [2016, 63],
    [2018, 65],
    [2020, 45],
    [2022, 43],
    [2024, 35],
  ])('China %i: published and computed rank %i', (year, rank) => {
    expect(find(year, 'CHN')?.egdiRank).toBe(rank);
    expect(rankOf(year, 'CHN', 'egdi', 'competition')).toBe(rank);
  });

  // Comparing every country in every edition: 2312 of 2316 ranks match. The 4 that do
  // not are all in 2020, where the UN published EGDI with 4 decimals and broke 4 two-way
  // ties at that precision (ranking on unrounded values), giving 79/80 instead of 79/79.
  // Three of the pairs have identical published OSI + HCI + TII sums, so the tie cannot
  // be broken from the published figures.
  it('every published rank matches except 4 ties at the published precision in 2020', () => {
    expect(
      mismatches.map((m) => `${m.year} ${m.iso3} published ${m.published} computed ${m.computed}`),
    ).toEqual([
      '2020 AND published 80 computed 79',
      '2020 HUN published 52 computed 51',
      '2020 MKD published 72 computed 71',
      '2020 TLS published 134 computed 133',
    ]);
  });

  it('each mismatch is a tie that the UN broke: the tied countries hold consecutive published ranks', () => {
    for (const m of mismatches) {
      const tied = inYear(m.year).filter((r) => r.egdi === m.egdi);
      expect(tied.length, `${m.year} ${m.iso3}`).toBeGreaterThan(1);
      const published = tied.map((r) => r.egdiRank ?? 0).sort((a, b) => a - b);
      const from = m.computed ?? 0;
      expect(published, `${m.year} ${m.iso3}`).toEqual(tied.map((_, i) => from + i));
    }
  });

  it('no edition other than 2020 has a rank mismatch', () => {
    expect(new Set(mismatches.map((m) => m.year))).toEqual(new Set([2020]));
  });
});

describe('OSI ranks (not published; computed) and the tie rule', () => {
  it('China 2020 OSI: 12th by competition ranking, 9th by dense ranking', () => {
    // Tied with Japan and the Netherlands at 0.9059; 11 countries higher, 8 distinct higher values.
    expect(find(2020, 'CHN')?.osi).toBe(0.9059);
    const competition = rankOf(2020, 'CHN', 'osi', 'competition');
    const dense = rankOf(2020, 'CHN', 'osi', 'dense');
    expect(competition).not.toBe(dense);
    expect(competition).toBe(12);
    expect(dense).toBe(9);
    const tied = inYear(2020)
      .filter((r) => r.osi === 0.9059)
      .map((r) => r.iso3)
      .sort();
    expect(tied).toEqual(['CHN', 'JPN', 'NLD']);
  });

  it.each([
    [2018, 34],
    [2022, 15],
    [2024, 11],
  ])('China %i OSI: competition rank %i (SOURCES.md spot checks)', (year, rank) => {
    expect(rankOf(year, 'CHN', 'osi', 'competition')).toBe(rank);
  });
});

describe('survey rows are consistent with SurveyRow', () => {
  it('values are in [0, 1] except the one kept as published', () => {
    const outside = surveys.rows.flatMap((r: SurveyRow) =>
      INDEX_IDS.filter((id) => {
        const v = r[id];
        return v !== null && (v < 0 || v > 1);
      }).map((id) => `${r.year} ${r.iso3} ${id} ${r[id]}`),
    );
    expect(outside).toEqual(['2003 FSM hci 1.422']);
  });
});
