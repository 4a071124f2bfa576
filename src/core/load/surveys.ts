import { EDITIONS, INDEX_IDS, ZERO_MEANS_UNASSESSED_UNTIL } from '../types';
import type { IndexId, LoadResult, SurveyRow } from '../types';
import { issueLog } from '../issues';
import type { Issue, IssueCode, UnlistedIssues } from '../issues';
import type { Gazetteer } from './gazetteer';
import { mapColumns, parseDelimited, parseNumberCell } from './delimited';
import type { Table } from './delimited';

/**
 * Header aliases for every survey table shape we know: the project's own CSV, the UN
 * Data Center download ("Survey Year, Country Name, E-Government Rank, ..."), the copy
 * with renamed headers (2024: "Country, Rank, E_Index, ..."), and the UNU-EGOV copy with
 * ISO3 codes ("country-code, country-name, e-gov-rank, ..."). Matching ignores case,
 * spaces and punctuation.
 */
export const SURVEY_COLUMNS = {
  year: ['year', 'Survey Year'],
  iso3: ['iso3', 'country-code', 'Country Code', 'ISO Code'],
  name: ['name_en', 'Country Name', 'Country', 'country-name'],
  egdiRank: ['egdi_rank', 'E-Government Rank', 'Rank', 'e-gov-rank', 'EGDI Rank'],
  egdi: ['egdi', 'E-Government Index', 'E_Index', 'e-gov-index', 'EGDI'],
  osi: ['osi', 'Online Service Index', 'Online_Service', 'OSI'],
  hci: ['hci', 'Human Capital Index', 'Human_Capital'],
  tii: ['tii', 'Telecommunication Infrastructure Index', 'Tele_Infra'],
  epi: ['epi', 'E-Participation Index', 'E_Participation', 'e-pat-index', 'EPI'],
} as const;

export type SurveyField = keyof typeof SURVEY_COLUMNS;

export interface SurveyLoadOptions {
  /** Edition to use when the file has no year column (the UNU-EGOV copies). */
  year?: number;
  /**
   * What to do with an index value outside [0, 1]. `reject` (the default, for imports)
   * drops the row with an error; `keep` keeps the value as published with a warning.
   * The shipped data uses `keep`: the UN's 2003 table has HCI 1.422 for Micronesia.
   */
  outOfRange?: 'reject' | 'keep';
  /**
   * The value the loaded data holds for a country, edition and index, if any. With
   * `reject`, an out-of-range value equal to it is kept with a warning, not rejected: it
   * is the published value read back (the app's own export of Micronesia 2003).
   */
  known?: (year: number, iso3: string, index: IndexId) => number | null;
  /** Column index per field, instead of matching the header (an import's column mapping). */
  columns?: Record<SurveyField, number>;
  /** Parses an index cell; default `parseNumberCell` (no percent, no decimal comma). */
  parseNumber?: (raw: string) => number | null;
  /** Errors and warnings listed (each); past that they are only counted. Default: all. */
  maxIssues?: number;
  /**
   * Distinct unknown names that get nearest-name suggestions (each costs about a
   * millisecond); later ones get none. Default: all.
   */
  maxSuggested?: number;
}

const MIN_YEAR = 2001;
const MAX_YEAR = 2100;

/** Rounds to the 5 decimals the UN publishes, removing binary noise such as 0.6955600000000001. */
export function round5(v: number): number {
  return Math.round(v * 1e5) / 1e5;
}

/**
 * Loads a UN E-Government Survey table (any known header variant) into typed rows.
 *
 * - Country names are trimmed and resolved to ISO3 through the gazetteer (historical
 *   names included); an unknown name is an error with the nearest known names.
 * - Index cells must be numbers in [0, 1]; blank or "N/A"-like cells are null, that
 *   cell only.
 * - In editions up to 2012 the UN wrote EGDI 0 for countries it did not assess; such a
 *   row, and one whose every index is blank, keeps its country but every value (rank
 *   included) becomes null.
 * - A second row for the same (year, country) is rejected as a duplicate.
 * Rows with an error are left out; warnings keep the row.
 */
export function loadSurveyCsv(
  text: string,
  gazetteer: Gazetteer,
  options: SurveyLoadOptions = {},
): LoadResult<SurveyRow> {
  const table = parseDelimited(text);
  const result = loadSurveyTable(table, gazetteer, options);
  return { rows: result.rows, issues: [...table.issues, ...result.issues] };
}

/**
 * `loadSurveyCsv` on an already parsed table; returns only the issues it finds itself,
 * and (with `maxIssues`) those it counted without listing them.
 */
export function loadSurveyTable(
  table: Pick<Table, 'header' | 'rows'>,
  gazetteer: Gazetteer,
  options: SurveyLoadOptions = {},
): LoadResult<SurveyRow> & { unlisted: UnlistedIssues } {
  const log = issueLog(options.maxIssues);
  const issues = log.listed;
  const rows: SurveyRow[] = [];
  const result = () => ({ rows, issues, unlisted: log.unlisted() });
  if (table.header.length === 0) return result();

  const col = options.columns ?? mapColumns(table.header, SURVEY_COLUMNS);
  const parseNumber = options.parseNumber ?? parseNumberCell;
  const missing: string[] = [];
  if (INDEX_IDS.every((id) => col[id] < 0)) missing.push('egdi');
  if (col.name < 0 && col.iso3 < 0) missing.push('country');
  if (col.year < 0 && options.year === undefined) missing.push('year');
  if (missing.length > 0) {
    log.push({
      severity: 'error',
      code: 'missing-column',
      row: 1,
      column: missing.join(', '),
      message: `Not a UN E-Government Survey table: no column for ${missing.join(', ')}.`,
      params: { columns: missing.join(', '), header: table.header.join(', ') },
    });
    return result();
  }

  const seen = new Set<string>();
  const cell = (cells: string[], idx: number): string => (idx >= 0 ? (cells[idx] ?? '') : '');
  // Suggestions per distinct unknown name, for the first `maxSuggested` names only.
  const suggested = new Map<string, string[]>();
  const maxSuggested = options.maxSuggested ?? Infinity;
  const suggest = (name: string): string[] => {
    let s = suggested.get(name);
    if (s === undefined) {
      s = suggested.size < maxSuggested ? gazetteer.suggest(name) : [];
      if (suggested.size < maxSuggested) suggested.set(name, s);
    }
    return s;
  };

  // Messages (and suggestions) are built only for the issues that are listed.
  type Detail = Pick<Issue, 'message' | 'params' | 'suggestions'>;
  let line = 0;
  const report = (
    severity: Issue['severity'],
    code: IssueCode,
    column: string | null,
    detail: () => Detail,
  ) => {
    if (log.listing(severity)) log.push({ severity, code, row: line, column, ...detail() });
    else log.count(severity, code, line);
  };
  const err = (code: IssueCode, column: string | null, detail: () => Detail) =>
    report('error', code, column, detail);

  for (const row of table.rows) {
    line = row.line;
    const { cells } = row;

    // Year
    let year: number;
    if (col.year >= 0) {
      const raw = cell(cells, col.year).trim();
      year = Number(raw);
      if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
        err('bad-year', table.header[col.year] ?? 'year', () => ({
          message: `"${raw}" is not a survey year.`,
          params: { value: raw },
        }));
        continue;
      }
    } else {
      year = options.year as number;
    }
    if (!(EDITIONS as readonly number[]).includes(year)) {
      report('warning', 'unknown-edition', 'year', () => ({
        message: `${year} is not a published edition; the row is kept as a new edition.`,
        params: { value: year },
      }));
    }

    // Country
    const name = cell(cells, col.name).trim();
    const code = cell(cells, col.iso3).trim().toUpperCase();
    const iso3 = code !== '' && gazetteer.has(code) ? code : name !== '' ? gazetteer.resolve(name) : null;
    if (iso3 === null) {
      const shown = name || code;
      err(
        'unknown-country',
        // The column the shown value came from: the code when only the code was given.
        table.header[(name === '' && code !== '') || col.name < 0 ? col.iso3 : col.name] ?? 'country',
        () => ({
          message: `Unknown country "${shown}".`,
          params: { value: shown },
          suggestions: shown === '' ? [] : suggest(shown),
        }),
      );
      continue;
    }

    // Values. The range check comes after the unassessed test: an unassessed row's
    // values are discarded, so an out-of-range one there (Tuvalu 2003, HCI 1.03) is moot.
    const values = {} as Record<IndexId, number | null>;
    let bad = false;
    for (const id of INDEX_IDS) {
      const raw = cell(cells, col[id]);
      const v = parseNumber(raw);
      if (v !== null && Number.isNaN(v)) {
        err('not-a-number', table.header[col[id]] ?? id, () => ({
          message: `"${raw.trim()}" is not a number.`,
          params: { value: raw.trim() },
        }));
        bad = true;
      } else {
        values[id] = v === null ? null : round5(v);
      }
    }
    // Not assessed: every index blank, or EGDI 0 in the editions that wrote 0 for it. One
    // blank cell (EGDI "N/A" beside the other indices) blanks only itself.
    const allBlank =
      values.egdi === null &&
      values.osi === null &&
      values.hci === null &&
      values.tii === null &&
      values.epi === null;
    const unassessed = !bad && (allBlank || (year <= ZERO_MEANS_UNASSESSED_UNTIL && values.egdi === 0));
    for (const id of unassessed ? [] : INDEX_IDS) {
      const v = values[id];
      if (v === null || v === undefined || (v >= 0 && v <= 1)) continue;
      const header = table.header[col[id]] ?? id;
      if (options.outOfRange === 'keep' || options.known?.(year, iso3, id) === v) {
        report('warning', 'out-of-range', header, () => ({
          message: `${v} is outside [0, 1]; kept as published.`,
          params: { value: v },
        }));
      } else {
        err('out-of-range', header, () => ({ message: `${v} is outside [0, 1].`, params: { value: v } }));
        bad = true;
      }
    }
    const rawRank = cell(cells, col.egdiRank).trim();
    let egdiRank: number | null = null;
    if (rawRank !== '') {
      const r = Number(rawRank);
      if (!Number.isInteger(r) || r < 1) {
        err('bad-rank', table.header[col.egdiRank] ?? 'rank', () => ({
          message: `"${rawRank}" is not a rank.`,
          params: { value: rawRank },
        }));
        bad = true;
      } else {
        egdiRank = r;
      }
    }
    if (bad) continue;

    const key = `${year}|${iso3}`;
    if (seen.has(key)) {
      err('duplicate', null, () => ({
        message: `A second row for ${name || iso3} in ${year}.`,
        params: { value: name || iso3, year },
      }));
      continue;
    }
    seen.add(key);

    if (unassessed) {
      report('warning', 'unassessed', null, () => ({
        message: `${name || iso3} was not assessed in ${year}; its values are left empty.`,
        params: { value: name || iso3, year },
      }));
      for (const id of INDEX_IDS) values[id] = null;
      egdiRank = null;
    }
    rows.push({ year, iso3, nameEn: name || iso3, egdiRank, ...values });
  }
  return result();
}

/** Writes rows in the project's surveys.csv format (5 decimals, empty for null). */
export function formatSurveyCsv(rows: readonly SurveyRow[]): string {
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const num = (v: number | null) => (v === null ? '' : v.toFixed(5));
  const lines = ['year,iso3,name_en,egdi_rank,egdi,osi,hci,tii,epi'];
  for (const r of rows) {
    lines.push(
      [
        r.year,
        r.iso3,
        esc(r.nameEn),
        r.egdiRank ?? '',
        num(r.egdi),
        num(r.osi),
        num(r.hci),
        num(r.tii),
        num(r.epi),
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}
