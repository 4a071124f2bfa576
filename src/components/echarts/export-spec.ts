import type { ChartOption } from '../../charts/types';
import type { ExportTable } from '../../core/export/csv';

/** Everything one chart or table exports. */
export interface ExportSpec {
  title: string;
  /** The citation, e.g. "Source: UN E-Government Survey 2024, EGDI". */
  source: string;
  /** Further footer lines, e.g. the tie rule where ranks appear. */
  notes?: string[];
  /** Filters that select the rows, as [label, value] (values may be user text: they are neutralised). */
  filters?: [string, string][];
  /** Parts of the file name: view, index, edition… (see exportFileName). */
  fileParts: (string | number | null)[];
  /** Exactly what the chart or table shows. */
  data: ExportTable;
  /** The chart's option, for PNG and SVG; tables leave it out. */
  option?: ChartOption;
  /** The whole comparison behind the view (all editions), as a second option; a function is called only on export. */
  full?: ExportTable | (() => ExportTable);
  /**
   * The editions the whole comparison holds when they are not all of them (Trends with a
   * range, e.g. "2012–2024"): the menu names them, and the file name says "all-indices".
   */
  fullSpan?: string;
  /** The view's key findings, one sentence (with its sources) each: a sheet in XLSX, lines in the CSV footer. */
  findings?: string[];
  /** The heading of the findings ("要点 / Key findings"). */
  findingsTitle?: string;
  /** The citation of the data shown, one line per style (GB/T 7714-2015, APA). */
  citation?: string[];
}

export type ExportKind = 'png' | 'svg' | 'csv' | 'xlsx' | 'full-csv' | 'full-xlsx';
