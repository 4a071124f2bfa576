import type { ReportEntry } from '../../core/load/report-index';

/**
 * Numbered references of a table: each citation gets a number the first time a cell
 * cites it, in the order the table shows its cells; the list under the table follows
 * that order.
 */
export class RefNumbers {
  private readonly numbers = new Map<string, number>();

  /** The numbers of these citations, in order, each once. */
  ids(ids: readonly string[]): number[] {
    const out: number[] = [];
    for (const id of ids) {
      let n = this.numbers.get(id);
      if (n === undefined) {
        n = this.numbers.size + 1;
        this.numbers.set(id, n);
      }
      if (!out.includes(n)) out.push(n);
    }
    return out;
  }

  /** The numbers of the entries' citations, in order, each once. */
  of(entries: readonly Pick<ReportEntry, 'citationId'>[]): number[] {
    return this.ids(entries.map((e) => e.citationId));
  }

  /** The numbers the entries' citations already have (none is added). */
  known(entries: readonly Pick<ReportEntry, 'citationId'>[]): number[] {
    return [...new Set(entries.flatMap((e) => this.numbers.get(e.citationId) ?? []))];
  }

  /** [number, citation id] in number order. */
  list(): [number, string][] {
    return [...this.numbers].map(([id, n]): [number, string] => [n, id]).sort((a, b) => a[0] - b[0]);
  }
}

/** "[1][3]" for reference numbers. */
export const refMarks = (ns: readonly number[]) => ns.map((n) => `[${n}]`).join('');
