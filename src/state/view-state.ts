import type { Dataset } from '../core/dataset';
import { INDEX_IDS, REGIONS } from '../core/types';
import type { IndexId, Region } from '../core/types';
import type { TieRule } from '../core/indicators/rank';
import { LANGS } from '../i18n/dictionary';
import type { Lang } from '../i18n/dictionary';

export const VIEWS = [
  'china',
  'rankings',
  'trends',
  'provinces',
  'milestones',
  'compare',
  'movers',
  'map',
  'distribution',
  'import',
] as const;
export type ViewId = (typeof VIEWS)[number];

/**
 * Everything that defines what is on screen; it round-trips through the URL. Each field's
 * URL parameter has the field's name (saved-view files are checked against these names).
 */
export interface ViewState {
  view: ViewId;
  lang: Lang;
  /** Edition; null means the latest in the data. */
  year: number | null;
  index: IndexId;
  rule: TieRule;
  region: Region | 'all';
  countries: string[];
  q: string;
  /** Panels (by panel id) showing their table tab instead of the chart. */
  tables: string[];
  /** Provinces view: metric id ('' = the view's default), report/as-of year, open province code. */
  metric: string;
  cnYear: number | null;
  province: string;
  /** Earlier edition of a two-edition comparison; null means 2018 if present, else the previous edition. */
  base: number | null;
  /** Peer group id ('g20', 'region:Asia', 'custom:<name>'...); '' means the default. */
  peer: string;
  /** Custom peer groups, encoded by core/groups/custom-groups.ts. */
  groups: string;
}

export const DEFAULT_STATE: ViewState = {
  view: 'china',
  lang: 'zh',
  year: null,
  index: 'egdi',
  rule: 'competition',
  region: 'all',
  countries: ['CHN'],
  q: '',
  tables: [],
  metric: '',
  cnYear: null,
  province: '',
  base: null,
  peer: '',
  groups: '',
};

/** A panel id as it may appear in the `tables` URL parameter. */
export const PANEL_ID = /^[a-z][a-z0-9-]{0,31}$/;

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * Reads the view from URL search params. Unknown or invalid values fall back to the
 * defaults and are listed in `invalid`, so the app can say so quietly.
 */
export function parseViewState(
  search: string,
  editions: readonly number[],
  isCountry: (iso3: string) => boolean,
) {
  const p = new URLSearchParams(search);
  const invalid: string[] = [];
  const pick = <T extends string>(key: string, list: readonly T[], fallback: T): T => {
    const raw = p.get(key);
    const v = oneOf(list, raw);
    if (raw !== null && v === undefined) invalid.push(key);
    return v ?? fallback;
  };
  let year: number | null = null;
  const rawYear = p.get('year');
  if (rawYear !== null) {
    const y = Number(rawYear);
    if (editions.includes(y)) year = y;
    else invalid.push('year');
  }
  let countries = DEFAULT_STATE.countries;
  const rawCountries = p.get('countries');
  if (rawCountries !== null) {
    const list = rawCountries
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean);
    const valid = list.filter(isCountry);
    if (valid.length !== list.length) invalid.push('countries');
    countries = [...new Set(valid)];
  }
  let tables = DEFAULT_STATE.tables;
  const rawTables = p.get('tables');
  if (rawTables !== null) {
    const list = rawTables.split(',').filter(Boolean);
    const valid = list.filter((id) => PANEL_ID.test(id));
    if (valid.length !== list.length) invalid.push('tables');
    tables = [...new Set(valid)];
  }
  // Provinces view: checked for shape here; the view checks them against data/cn.
  const shaped = (key: string, re: RegExp) => {
    const raw = p.get(key);
    if (raw === null) return null;
    if (re.test(raw)) return raw;
    invalid.push(key);
    return null;
  };
  const cnYear = shaped('cnYear', /^\d{4}$/);
  let base: number | null = null;
  const rawBase = p.get('base');
  if (rawBase !== null) {
    const y = Number(rawBase);
    if (editions.includes(y)) base = y;
    else invalid.push('base');
  }
  const state: ViewState = {
    view: pick('view', VIEWS, DEFAULT_STATE.view),
    lang: pick('lang', LANGS, DEFAULT_STATE.lang),
    year,
    index: pick('index', INDEX_IDS, DEFAULT_STATE.index),
    rule: pick('rule', ['competition', 'dense'] as const, DEFAULT_STATE.rule),
    region: pick('region', ['all', ...REGIONS] as const, DEFAULT_STATE.region),
    countries,
    q: (p.get('q') ?? '').slice(0, 100),
    tables,
    metric: shaped('metric', /^[A-Za-z0-9_-]{1,64}$/) ?? '',
    cnYear: cnYear === null ? null : Number(cnYear),
    province: shaped('province', /^\d\d$/) ?? '',
    base,
    peer: (p.get('peer') ?? '').slice(0, 100),
    groups: (p.get('groups') ?? '').slice(0, 2000),
  };
  return { state, invalid };
}

/** Writes only what differs from the defaults, so links stay short. */
export function serializeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.view !== DEFAULT_STATE.view) p.set('view', s.view);
  if (s.lang !== DEFAULT_STATE.lang) p.set('lang', s.lang);
  if (s.year !== null) p.set('year', String(s.year));
  if (s.index !== DEFAULT_STATE.index) p.set('index', s.index);
  if (s.rule !== DEFAULT_STATE.rule) p.set('rule', s.rule);
  if (s.region !== DEFAULT_STATE.region) p.set('region', s.region);
  if (s.countries.join(',') !== DEFAULT_STATE.countries.join(',')) p.set('countries', s.countries.join(','));
  if (s.q) p.set('q', s.q);
  if (s.tables.length > 0) p.set('tables', s.tables.join(','));
  if (s.metric) p.set('metric', s.metric);
  if (s.cnYear !== null) p.set('cnYear', String(s.cnYear));
  if (s.province) p.set('province', s.province);
  if (s.base !== null) p.set('base', String(s.base));
  if (s.peer) p.set('peer', s.peer);
  if (s.groups) p.set('groups', s.groups);
  const str = p.toString();
  return str ? `?${str}` : '';
}

/** What the app shell hands every view: the data, the view state, and a way to change it. */
export interface ViewProps {
  dataset: Dataset;
  state: ViewState;
  /** The edition the view shows: `state.year`, or the latest edition in the data. */
  year: number;
  update: (patch: Partial<ViewState>) => void;
}
