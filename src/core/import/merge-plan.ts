import { INDEX_IDS } from '../types';
import type { IndexId, SurveyRow } from '../types';

export type ConflictChoice = 'keep' | 'replace' | 'separate';

/** What to do with a loaded value where the file's cell is blank: keep it (the default) or clear it. */
export type BlankChoice = 'keep' | 'clear';

export type MergeField = IndexId | 'egdiRank';
const FIELDS: readonly MergeField[] = ['egdiRank', ...INDEX_IDS];

/** An imported row for a (year, country) the loaded data already has, with other values. */
export interface Conflict {
  key: string;
  existing: SurveyRow;
  incoming: SurveyRow;
  /** The fields where the file gives a value other than the loaded one (or one where none is loaded). */
  fields: MergeField[];
  /** The fields the file leaves blank where a value is loaded: a blank is not a value. */
  blanks: MergeField[];
}

export interface MergePlan {
  /** Rows for a (year, country) not loaded yet. */
  added: SurveyRow[];
  /** Rows identical to what is loaded: nothing to do. */
  unchanged: SurveyRow[];
  /** Rows with at least one value other than the loaded one (`fields`). */
  conflicts: Conflict[];
  /**
   * Rows that differ from the loaded ones only by blank cells (`blanks`): nothing
   * changes unless the user chooses to clear loaded values where the file is blank.
   */
  blankOnly: Conflict[];
}

export const rowKey = (r: Pick<SurveyRow, 'year' | 'iso3'>): string => `${r.year}|${r.iso3}`;

/**
 * Compares imported rows with the loaded rows by (year, ISO3), field by field. A blank
 * cell (null) where a value is loaded is never a conflict: it is listed in `blanks`.
 * Pure: the loaded rows are not touched; see `resolveMerge` and `overlayRows` for what a
 * confirmation produces.
 */
export function planMerge(existing: readonly SurveyRow[], incoming: readonly SurveyRow[]): MergePlan {
  const byKey = new Map(existing.map((r) => [rowKey(r), r]));
  const plan: MergePlan = { added: [], unchanged: [], conflicts: [], blankOnly: [] };
  for (const row of incoming) {
    const key = rowKey(row);
    const old = byKey.get(key);
    if (!old) {
      plan.added.push(row);
      continue;
    }
    const fields = FIELDS.filter((f) => row[f] !== null && old[f] !== row[f]);
    const blanks = FIELDS.filter((f) => row[f] === null && old[f] !== null);
    const c = { key, existing: old, incoming: row, fields, blanks };
    if (fields.length > 0) plan.conflicts.push(c);
    else if (blanks.length > 0) plan.blankOnly.push(c);
    else plan.unchanged.push(row);
  }
  return plan;
}

/** How many loaded values the file leaves blank (in conflicts and blank-only rows). */
export function blankCellCount(plan: MergePlan): number {
  let n = 0;
  for (const c of plan.conflicts) n += c.blanks.length;
  for (const c of plan.blankOnly) n += c.blanks.length;
  return n;
}

export interface MergeOutcome {
  /** Rows of the imported dataset that joins the views: added rows and replacements. */
  imported: SurveyRow[];
  /** Conflicting rows the user chose to keep apart, in a dataset of their own. */
  separate: SurveyRow[];
}

/**
 * The row that replaces a loaded one: the loaded values, with the file's values laid
 * over them where the file has one; where the file is blank, the loaded value stays
 * unless `blanks` is 'clear'. The name is the file's.
 */
function mergedRow(c: Conflict, blanks: BlankChoice): SurveyRow {
  const { existing: old, incoming: row } = c;
  const pick = (f: MergeField) => (row[f] !== null || blanks === 'clear' ? row[f] : old[f]);
  return {
    year: row.year,
    iso3: row.iso3,
    nameEn: row.nameEn,
    egdiRank: pick('egdiRank'),
    egdi: pick('egdi'),
    osi: pick('osi'),
    hci: pick('hci'),
    tii: pick('tii'),
    epi: pick('epi'),
  };
}

/**
 * Applies the user's choice per conflict (`choices` by conflict key; missing =
 * `fallback`). A replacement takes the file's values field by field; a blank cell
 * replaces a loaded value only with `blanks` = 'clear', the review's separate, explicit
 * choice, which also clears the loaded values of the blank-only rows. A row kept is kept
 * whole; a row loaded separately is the file's row as it is.
 */
export function resolveMerge(
  plan: MergePlan,
  choices: ReadonlyMap<string, ConflictChoice>,
  fallback: ConflictChoice = 'keep',
  blanks: BlankChoice = 'keep',
): MergeOutcome {
  const imported = [...plan.added];
  const separate: SurveyRow[] = [];
  for (const c of plan.conflicts) {
    const choice = choices.get(c.key) ?? fallback;
    if (choice === 'replace') imported.push(mergedRow(c, blanks));
    else if (choice === 'separate') separate.push(c.incoming);
  }
  if (blanks === 'clear') for (const c of plan.blankOnly) imported.push(mergedRow(c, blanks));
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
