import type { ExportTable } from './csv';

export interface SeriesLike {
  name: string;
  points: readonly { year: number; value: number | null }[];
}

/**
 * Time series as a table: one row per year (ascending, the union of all series' years),
 * one column per series. A year a series lacks is null (missing, not zero). Values are
 * rounded to `decimals` and written with them (0.22270), as the on-screen table shows them.
 */
export function seriesToTable(
  series: readonly SeriesLike[],
  yearHeader: string,
  decimals: number,
): ExportTable {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  return {
    columns: [yearHeader, ...series.map((s) => s.name)],
    decimals: [null, ...series.map(() => decimals)],
    rows: years.map((y) => [
      y,
      ...series.map((s) => {
        const v = s.points.find((p) => p.year === y)?.value ?? null;
        return v === null ? null : Number(v.toFixed(decimals));
      }),
    ]),
  };
}
