import type { SurveyRow } from '../core/types';
import type { ImportResult } from '../core/import/import-table';
import type { MergePlan } from '../core/import/merge-plan';
import type { ShapeMatch } from '../core/import/shapes';

/** Messages to the import worker. `existing` is the data loaded now, for the conflict check. */
export type ToImportWorker =
  | { type: 'init'; countriesCsv: string; aliasesCsv: string }
  | { type: 'import'; id: number; file: Blob; name: string; existing: readonly SurveyRow[] }
  | { type: 'remap'; id: number; mapping: ShapeMatch; existing: readonly SurveyRow[] }
  /** Read the file again with the header on this 1-based row (the user's pick). */
  | { type: 'reheader'; id: number; headerRow: number; existing: readonly SurveyRow[] }
  | { type: 'forget'; id: number };

/** Messages from the import worker. A result's `rows` are empty: they travel once, in the plan. */
export type FromImportWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: ImportResult; plan: MergePlan }
  | { type: 'failed'; id: number; message: string };
