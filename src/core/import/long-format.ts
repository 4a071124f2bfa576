import { INDEX_IDS } from '../types';
import type { IndexId, SurveyRow } from '../types';
import type { Gazetteer } from '../load/gazetteer';
import { round5 } from '../load/surveys';
import { normalizeHeader } from '../load/delimited';
import type { SurveyLongField } from './shapes';
import { issueLog } from '../issues';
import type { Issue, IssueCode, UnlistedIssues } from '../issues';
import { detectNumberFormat, indexNumberParser } from './numbers';

/** Rows looked at to decide between decimal points and decimal commas. */
const SAMPLE_ROWS = 200;

export interface LongLoadResult {
  rows: SurveyRow[];
  issues: Issue[];
  /** Errors counted but not listed, past `maxIssues` (one per row). */
  unlisted: UnlistedIssues;
  decimalComma: boolean;
}

/** Takes rows one at a time (as a streaming parser delivers them); `finish` gives the result. */
export interface LongLoader {
  add(line: number, cells: string[]): void;
  finish(): LongLoadResult;
}

const INDICATOR_NAMES: Record<IndexId, readonly string[]> = {
  egdi: ['egdi', 'E-Government Index', 'E_Index', '电子政务发展指数'],
  osi: ['osi', 'Online Service Index', 'Online_Service', '在线服务指数'],
  hci: ['hci', 'Human Capital Index', 'Human_Capital', '人力资本指数'],
  tii: ['tii', 'Telecommunication Infrastructure Index', 'Tele_Infra', '电信基础设施指数'],
  epi: ['epi', 'E-Participation Index', 'E_Participation', '电子参与指数'],
};
const INDICATOR_BY_KEY = new Map<string, IndexId>(
  INDEX_IDS.flatMap((id) => INDICATOR_NAMES[id].map((n) => [normalizeHeader(n), id] as const)),
);

/** The English message of a long-format row error (`id` and `year` for a duplicate). */
function longMessage(code: IssueCode, value: string, id?: IndexId, year?: number): string {
  switch (code) {
    case 'bad-year':
      return `"${value}" is not a survey year.`;
    case 'unknown-country':
      return `Unknown country "${value}".`;
    case 'unknown-indicator':
      return `Unknown indicator "${value}".`;
    case 'not-a-number':
      return `"${value}" is not a number.`;
    case 'out-of-range':
      return `${value} is outside [0, 1].`;
    case 'duplicate':
      return `A second ${id ?? ''} value for ${value} in ${year ?? ''}.`;
    default:
      return `${code}: "${value}".`;
  }
}

/**
 * Loads the long survey format (year, country or ISO3, indicator, value) into wide
 * survey rows, one per (year, country); indices a file does not give are null and the
 * published rank is unknown (null). A second value for the same (year, country,
 * indicator) is a `duplicate` error. Values must be in [0, 1].
 */
export function createLongLoader(
  header: readonly string[],
  col: Record<SurveyLongField, number>,
  gazetteer: Gazetteer,
  delimiter: string,
  maxIssues = Infinity,
): LongLoader {
  // Past `maxIssues`, errors are only counted: a file of a million bad rows must not
  // hold a million issue objects. Each row has at most one error here.
  const log = issueLog(maxIssues);
  const byKey = new Map<number, SurveyRow>();
  const seen = new Set<number>();
  const columnName = (i: number, fallback: string) => header[i] ?? fallback;
  const resolved = new Map<string, string | null>();
  const indicators = new Map<string, IndexId | undefined>();
  let parseNumber: (raw: string) => number | null = () => null;
  let decimalComma = false;
  // The number format is decided on the first rows; until then rows wait here.
  let pending: { line: number; cells: string[] }[] | null = [];
  const decide = () => {
    if (pending === null) return;
    const waiting = pending;
    pending = null;
    ({ decimalComma } = detectNumberFormat(delimiter, waiting, [col.value]));
    parseNumber = indexNumberParser({ decimalComma });
    for (const r of waiting) add(r.line, r.cells);
  };
  // An error, built only when it is listed: no closure or message per bad row (a file
  // of a million bad rows makes a million calls).
  const fail = (
    line: number,
    code: IssueCode,
    column: string | null,
    value: string,
    id?: IndexId,
    year?: number,
  ): void => {
    if (!log.listing('error')) {
      log.count('error', code, line);
      return;
    }
    log.push({
      severity: 'error',
      code,
      row: line,
      column,
      message: longMessage(code, value, id, year),
      params: { value },
    });
  };
  // Keys as numbers, not strings: a million rows make a million lookups.
  const countryNo = new Map<string, number>();
  const add = (line: number, cells: string[]): void => {
    if (pending !== null) {
      pending.push({ line, cells });
      if (pending.length >= SAMPLE_ROWS) decide();
      return;
    }
    const rawYear = (cells[col.year] ?? '').trim();
    const year = Number(rawYear);
    if (!Number.isInteger(year) || year < 2001 || year > 2100) {
      fail(line, 'bad-year', columnName(col.year, 'year'), rawYear);
      return;
    }
    const code = col.iso3 >= 0 ? (cells[col.iso3] ?? '').trim().toUpperCase() : '';
    const name = col.name >= 0 ? (cells[col.name] ?? '').trim() : '';
    const lookup = code || name;
    let iso3 = resolved.get(lookup);
    if (iso3 === undefined) {
      iso3 = code !== '' && gazetteer.has(code) ? code : name !== '' ? gazetteer.resolve(name) : null;
      resolved.set(lookup, iso3);
    }
    if (iso3 === null) {
      fail(line, 'unknown-country', columnName(col.name >= 0 ? col.name : col.iso3, 'country'), lookup);
      return;
    }
    const rawIndicator = (cells[col.indicator] ?? '').trim();
    // A file repeats a handful of indicator spellings: normalise each once.
    let id = indicators.get(rawIndicator);
    if (!indicators.has(rawIndicator)) {
      id = INDICATOR_BY_KEY.get(normalizeHeader(rawIndicator));
      indicators.set(rawIndicator, id);
    }
    if (id === undefined) {
      fail(line, 'unknown-indicator', columnName(col.indicator, 'indicator'), rawIndicator);
      return;
    }
    const rawValue = cells[col.value] ?? '';
    const v = parseNumber(rawValue);
    if (v !== null && Number.isNaN(v)) {
      fail(line, 'not-a-number', columnName(col.value, 'value'), rawValue.trim());
      return;
    }
    if (v !== null && (v < 0 || v > 1)) {
      fail(line, 'out-of-range', columnName(col.value, 'value'), String(v));
      return;
    }
    let no = countryNo.get(iso3);
    if (no === undefined) {
      no = countryNo.size;
      countryNo.set(iso3, no);
    }
    const key = year * 4096 + no;
    const cellKey = key * 8 + INDEX_IDS.indexOf(id);
    if (seen.has(cellKey)) {
      fail(line, 'duplicate', null, lookup, id, year);
      return;
    }
    seen.add(cellKey);
    let row = byKey.get(key);
    if (!row) {
      row = {
        year,
        iso3,
        nameEn: name || iso3,
        egdiRank: null,
        egdi: null,
        osi: null,
        hci: null,
        tii: null,
        epi: null,
      };
      byKey.set(key, row);
    }
    row[id] = v === null ? null : round5(v);
  };
  return {
    add,
    finish() {
      decide();
      return { rows: [...byKey.values()], issues: log.listed, unlisted: log.unlisted(), decimalComma };
    },
  };
}

/** `createLongLoader` over a whole table at once. */
export function loadSurveyLong(
  table: { header: string[]; rows: readonly { line: number; cells: string[] }[] },
  col: Record<SurveyLongField, number>,
  gazetteer: Gazetteer,
  delimiter: string,
  maxIssues = Infinity,
): LongLoadResult {
  const loader = createLongLoader(table.header, col, gazetteer, delimiter, maxIssues);
  for (const r of table.rows) loader.add(r.line, r.cells);
  return loader.finish();
}
