import { parseNumberCell } from '../load/delimited';

export interface NumberFormat {
  /** The file writes 0,87184 for 0.87184 (European or Russian Excel). */
  decimalComma: boolean;
}

/**
 * Decides whether a file uses decimal commas: only when the delimiter is not a comma,
 * some value cells look like "0,87184" and none looks like "0.87184".
 */
export function detectNumberFormat(
  delimiter: string,
  rows: readonly { cells: readonly string[] }[],
  valueColumns: readonly number[],
): NumberFormat {
  if (delimiter === ',') return { decimalComma: false };
  let commas = 0;
  let points = 0;
  for (const { cells } of rows.slice(0, 200)) {
    for (const c of valueColumns) {
      const s = (cells[c] ?? '').trim();
      if (/^[+-]?\d*,\d+%?$/.test(s)) commas++;
      else if (/^[+-]?\d*\.\d+%?$/.test(s)) points++;
    }
  }
  return { decimalComma: commas > 0 && points === 0 };
}

/**
 * A number-cell parser for an index column (values in [0, 1]): blank and "no data" marks
 * ("N/A", "..", "—") give null; "82.13%" gives 0.8213; with `decimalComma`, "0,87184"
 * gives 0.87184. Anything else non-numeric gives NaN, which the loader reports.
 */
export function indexNumberParser(format: NumberFormat): (raw: string) => number | null {
  return (raw) => {
    // Fast path for the common cell, plain digits with one point ("0.87184").
    if (isPlainDecimal(raw)) return Number(raw);
    let s = raw.trim();
    if (format.decimalComma) s = s.replace(',', '.');
    if (s.endsWith('%')) {
      const v = parseNumberCell(s.slice(0, -1));
      return v === null ? Number.NaN : v / 100;
    }
    return parseNumberCell(s);
  };
}

/** True for "0.87184", "1", ".5": digits with at most one point, nothing else. */
function isPlainDecimal(s: string): boolean {
  if (s.length === 0 || s.length > 20) return false;
  let points = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) points++;
    else if (c < 48 || c > 57) return false;
  }
  return points === 0 || (points === 1 && s.length > 1);
}
