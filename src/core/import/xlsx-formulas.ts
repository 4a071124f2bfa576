import type { Unzipped } from 'fflate';

/** A formula cell of a sheet whose result the file does not hold. */
export interface UncachedCell {
  /** As the sheet writes it: "E2". */
  address: string;
  /** 1-based row. */
  row: number;
  /** 0-based column. */
  column: number;
}

const decoder = new TextDecoder();
const text = (files: Unzipped, name: string) => {
  const bytes = files[name];
  return bytes ? decoder.decode(bytes) : '';
};

/** The path in the ZIP of the workbook's first sheet (the one read-excel-file reads). */
function firstSheetPath(files: Unzipped): string | null {
  const workbook = text(files, 'xl/workbook.xml');
  const id = /<(?:[\w.-]+:)?sheet\b[^>]*?\br:id="([^"]+)"/.exec(workbook)?.[1];
  if (!id) return null;
  const rels = text(files, 'xl/_rels/workbook.xml.rels');
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    if (/\bId="([^"]+)"/.exec(attrs)?.[1] !== id) continue;
    const target = /\bTarget="([^"]+)"/.exec(attrs)?.[1];
    if (!target) return null;
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return null;
}

/** "E2" -> { row: 2, column: 4 }. */
function parseAddress(address: string): { row: number; column: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column: column - 1 };
}

/**
 * The formula cells of a workbook's first sheet that hold no result: a formula saved
 * without its cached value (by a tool that does not calculate, or with calculation left
 * to the next opening), or one whose result is an error (#N/A, #DIV/0!); a string
 * formula whose saved result is "" has one. The XLSX reader
 * reads such a cell as blank without a word; the import names them. Only cells with a
 * formula are looked at (found by their <f> element), so a sheet without formulas costs
 * one search. Never throws: a file that cannot be unzipped gives none.
 */
export async function uncachedFormulaCells(bytes: Uint8Array): Promise<UncachedCell[]> {
  const { unzipSync } = await import('fflate');
  let xml: string;
  try {
    const meta = unzipSync(bytes, {
      filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels',
    });
    const path = firstSheetPath(meta);
    if (!path) return [];
    xml = text(unzipSync(bytes, { filter: (f) => f.name === path }), path);
  } catch {
    return [];
  }
  const out: UncachedCell[] = [];
  for (const m of xml.matchAll(/<([\w.-]+:)?f[\s>/]/g)) {
    const p = m[1] ?? '';
    const at = m.index;
    const start = Math.max(xml.lastIndexOf(`<${p}c `, at), xml.lastIndexOf(`<${p}c>`, at));
    const end = xml.indexOf(`</${p}c>`, at);
    if (start < 0 || end < 0) continue;
    const cell = xml.slice(start, end);
    const open = cell.slice(0, cell.indexOf('>') + 1);
    const address = /\br="([A-Z]+\d+)"/.exec(open)?.[1];
    const where = address ? parseAddress(address) : null;
    if (!address || !where) continue;
    const type = /\bt="([^"]*)"/.exec(open)?.[1] ?? 'n';
    const q = p.replace(/[.-]/g, '\\$&');
    const v = new RegExp(`<${q}v(?:\\s[^>]*)?(?:/>|>([^<]*)</${q}v>)`).exec(cell);
    // A string formula may return "" (an empty <v/>); any other result must be written.
    const hasValue = v !== null && (type === 'str' || (v[1] ?? '') !== '');
    if (type === 'e' || !hasValue) out.push({ address, ...where });
  }
  return out;
}
