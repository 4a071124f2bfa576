import type { LoadResult } from '../types';
import type { Issue } from '../issues';
import { missingColumnIssue, unmappedFields } from './missing-columns';
import { mapColumns, normalizeHeader, parseDelimited } from './delimited';
import { METRIC_UNITS } from './metrics';
import type { MetricUnit } from './metrics';

/** One metric of the catalogue (data/cn/metric-catalogue.csv), so a new metric needs no code. */
export interface MetricDef {
  id: string;
  nameZh: string;
  nameEn: string;
  unit: MetricUnit;
  /** null for category (`group`) metrics, whose order is the label order. */
  higherIsBetter: boolean | null;
  /** `national`, `provincial` or `national-aggregate` (a national sum of provincial results). */
  scope: string;
  /** What the metric measures, in Chinese and in English ('' when not written). */
  definitionZh: string;
  definitionEn: string;
}

const CATALOGUE_COLUMNS = {
  id: ['id', 'metric_id'],
  nameZh: ['name_zh'],
  nameEn: ['name_en'],
  unit: ['unit'],
  higherIsBetter: ['higher_is_better'],
  scope: ['scope'],
  definitionZh: ['definition_zh'],
  definitionEn: ['definition_en'],
} as const;

/** Loads metric-catalogue.csv; higher_is_better is 'true', 'false' or '' (group metrics). */
export function loadMetricCatalogueCsv(text: string): LoadResult<MetricDef> {
  const table = parseDelimited(text);
  const issues: Issue[] = [...table.issues];
  const rows: MetricDef[] = [];
  const col = mapColumns(table.header, CATALOGUE_COLUMNS);
  const missing = missingColumnIssue(unmappedFields(col), table.header);
  if (missing) return { rows, issues: [...issues, missing] };
  for (const { line, cells } of table.rows) {
    const get = (i: number) => (cells[i] ?? '').trim();
    const unit = get(col.unit);
    if (!(METRIC_UNITS as readonly string[]).includes(unit)) {
      issues.push({
        severity: 'error',
        code: 'unknown-unit',
        row: line,
        column: 'unit',
        message: `Row ${line}: unknown unit "${unit}".`,
        params: { unit, units: METRIC_UNITS.join(', ') },
      });
      continue;
    }
    const hib = get(col.higherIsBetter);
    rows.push({
      id: get(col.id),
      nameZh: get(col.nameZh),
      nameEn: get(col.nameEn),
      unit: unit as MetricUnit,
      higherIsBetter: hib === 'true' ? true : hib === 'false' ? false : null,
      scope: get(col.scope),
      definitionZh: get(col.definitionZh),
      definitionEn: get(col.definitionEn),
    });
  }
  return { rows, issues };
}

/** A resolver for loadMetricsCsv: metric id, Chinese or English name (case and punctuation ignored) -> id. */
export function metricResolver(defs: readonly MetricDef[]): (raw: string) => string | null {
  const byKey = new Map<string, string>();
  for (const d of defs) {
    for (const k of [d.id, d.nameZh, d.nameEn]) if (k) byKey.set(normalizeHeader(k), d.id);
  }
  return (raw) => byKey.get(normalizeHeader(raw)) ?? null;
}

/**
 * The English name a metric gets when none is written for it: the id's words, first
 * letter capitalised ("yueshengshi_real_name_users" -> "Yueshengshi real name users").
 */
export function idDerivedMetricName(id: string): string {
  return id
    .split('_')
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase());
}
