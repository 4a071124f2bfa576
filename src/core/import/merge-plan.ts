import { INDEX_IDS } from '../types';
import type { IndexId, SurveyRow } from '../types';

export type ConflictChoice = 'keep' | 'replace' | 'separate';

/** An imported row for a (year, country) the loaded data already has, with other values. */
export interface Conflict {
  key: string;
  existing: SurveyRow;
  incoming: SurveyRow;
  /** The fields whose values differ (null and a number differ; two nulls do not). */
  fields: (IndexId | 'egdiRank')[];
}

export interface MergePlan {
  /** Rows for a (year, country) not loaded yet. */
  added: SurveyRow[];
  /** Rows identical to what is loaded: nothing to do. */
  unchanged: SurveyRow[];
  conflicts: Conflict[];
}

export const rowKey = (r: Pick<SurveyRow, 'year' | 'iso3'>): string => `${r.year}|${r.iso3}`;

/**
 * Compares imported rows with the loaded rows by (year, ISO3). Pure: the loaded rows are
 * not touched; see `resolveMerge` and `overlayRows` for what a confirmation produces.
 */
export function planMerge(existing: readonly SurveyRow[], incoming: readonly SurveyRow[]): MergePlan {
  const byKey = new Map(existing.map((r) => [rowKey(r), r]));
  const plan: MergePlan = { added: [], unchanged: [], conflicts: [] };
  for (const row of incoming) {
    const key = rowKey(row);
    const old = byKey.get(key);
    if (!old) {
      plan.added.push(row);
      continue;
    }
    const fields = (['egdiRank', ...INDEX_IDS] as const).filter((f) => old[f] !== row[f]);
    if (fields.length === 0) plan.unchanged.push(row);
    else plan.conflicts.push({ key, existing: old, incoming: row, fields });
  }
  return plan;
}

export interface MergeOutcome {
  /** Rows of the imported dataset that joins the views: added rows and replacements. */
  imported: SurveyRow[];
  /** Conflicting rows the user chose to keep apart, in a dataset of their own. */
  separate: SurveyRow[];
}

/** Applies the user's choice per conflict (`choices` by conflict key; missing = `fallback`). */
export function resolveMerge(
  plan: MergePlan,
  choices: ReadonlyMap<string, ConflictChoice>,
  fallback: ConflictChoice = 'keep',
): MergeOutcome {
  const imported = [...plan.added];
  const separate: SurveyRow[] = [];
  for (const c of plan.conflicts) {
    const choice = choices.get(c.key) ?? fallback;
    if (choice === 'replace') imported.push(c.incoming);
    else if (choice === 'separate') separate.push(c.incoming);
  }
  return { imported, separate };
}

/**
 * A new rows array: `base` with each layer laid over it in order, a later row replacing
 * an earlier one for the same (year, ISO3). Order: base rows first (replaced in place),
 * then new keys in layer order. None of the inputs is modified.
 */
export function overlayRows(
  base: readonly SurveyRow[],
  ...layers: readonly (readonly SurveyRow[])[]
): SurveyRow[] {
  const out = [...base];
  const index = new Map(out.map((r, i) => [rowKey(r), i]));
  for (const layer of layers) {
    for (const r of layer) {
      const key = rowKey(r);
      const at = index.get(key);
      if (at === undefined) {
        index.set(key, out.length);
        out.push(r);
      } else {
        out[at] = r;
      }
    }
  }
  return out;
}
