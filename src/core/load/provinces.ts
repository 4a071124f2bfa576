import type { LoadResult } from '../types';
import type { Issue } from '../issues';
import { buildGazetteer } from './gazetteer';
import type { Gazetteer, NameAlias } from './gazetteer';
import { missingColumnIssue, unmappedFields } from './missing-columns';
import { mapColumns, parseDelimited } from './delimited';

/**
 * One provincial-level division of China. `code` is the two-digit GB/T 2260 code
 * (an identifier, not a figure); `row`/`col` place it on the tile-grid map.
 */
export interface Province {
  code: string;
  nameZh: string;
  /** The name without its administrative suffix: 浙江省 -> 浙江, 广西壮族自治区 -> 广西. */
  shortZh: string;
  nameEn: string;
  row: number;
  col: number;
}

/** region_code of national rows (not a GB/T 2260 province code). */
export const NATIONAL_CODE = '00';

// Longest first, so 广西壮族自治区 loses 壮族自治区 and not only 自治区.
const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];

/** 浙江省 -> 浙江, 新疆维吾尔自治区 -> 新疆, 香港特别行政区 -> 香港; other text is returned trimmed. */
export function shortProvinceName(nameZh: string): string {
  const s = nameZh.trim();
  for (const suffix of SUFFIXES) {
    if (s.endsWith(suffix) && s.length > suffix.length) return s.slice(0, -suffix.length);
  }
  return s;
}

const PROVINCE_COLUMNS = {
  code: ['code', 'region_code'],
  nameZh: ['name_zh'],
  nameEn: ['name_en'],
  row: ['row'],
  col: ['col'],
} as const;

/** Loads the project's provinces.csv (code, name_zh, short_zh, name_en, row, col). */
export function loadProvincesCsv(text: string): LoadResult<Province> {
  const table = parseDelimited(text);
  const issues: Issue[] = [...table.issues];
  const rows: Province[] = [];
  const col = mapColumns(table.header, PROVINCE_COLUMNS);
  const missing = missingColumnIssue(unmappedFields(col), table.header);
  if (missing) return { rows, issues: [...issues, missing] };
  for (const { line, cells } of table.rows) {
    const get = (i: number) => (cells[i] ?? '').trim();
    const code = get(col.code);
    const row = Number(get(col.row));
    const c = Number(get(col.col));
    if (!/^\d\d$/.test(code) || !Number.isInteger(row) || !Number.isInteger(c)) {
      issues.push({
        severity: 'error',
        code: 'out-of-range',
        row: line,
        column: 'code',
        message: `Row ${line}: expected a two-digit code and integer row/col.`,
      });
      continue;
    }
    const nameZh = get(col.nameZh);
    rows.push({ code, nameZh, shortZh: shortProvinceName(nameZh), nameEn: get(col.nameEn), row, col: c });
  }
  return { rows, issues };
}

/**
 * Resolves province names to codes: the full name (浙江省), the short name (浙江), the
 * English name (Zhejiang) and the code itself (33, or a six-digit 330000). Unknown names
 * get nearest-name suggestions from the same gazetteer the country loader uses.
 */
export function provinceGazetteer(provinces: readonly Province[]): Gazetteer {
  const aliases: NameAlias[] = [];
  for (const p of provinces) {
    for (const alias of [p.nameZh, p.shortZh, p.nameEn, p.code, `${p.code}0000`]) {
      aliases.push({ alias, iso3: p.code });
    }
  }
  return buildGazetteer([], aliases);
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The tile reached from `code` by an arrow key on the tile grid: the nearest tile in that
 * direction (rows for up/down, columns for left/right), ties broken by the smaller offset
 * across; null at the edge of the map.
 */
export function neighbourTile(provinces: readonly Province[], code: string, dir: Direction): string | null {
  const from = provinces.find((p) => p.code === code);
  if (!from) return null;
  const along = (p: Province) =>
    dir === 'left'
      ? from.col - p.col
      : dir === 'right'
        ? p.col - from.col
        : dir === 'up'
          ? from.row - p.row
          : p.row - from.row;
  const across = (p: Province) =>
    dir === 'left' || dir === 'right' ? Math.abs(p.row - from.row) : Math.abs(p.col - from.col);
  const best = provinces
    .filter((p) => along(p) > 0)
    .sort((a, b) => across(a) - across(b) || along(a) - along(b) || a.code.localeCompare(b.code))[0];
  return best?.code ?? null;
}
