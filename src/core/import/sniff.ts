import { fileIssue } from '../issues';
import type { Issue } from '../issues';

/** Largest file an import reads: 50 MiB (about two million long-format rows). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How many leading bytes `sniffFile` needs. */
export const SNIFF_BYTES = 4096;

export type Sniffed =
  | { kind: 'text'; issues: Issue[] }
  | { kind: 'xlsx'; issues: Issue[] }
  | { kind: 'rejected'; issues: Issue[] };

const startsWith = (head: Uint8Array, magic: readonly number[]) => magic.every((b, i) => head[i] === b);

/**
 * Decides from the size, the name and the first bytes what a file is before anything
 * reads it whole: too large, empty, a ZIP container (XLSX, possibly renamed .csv), a
 * binary file, a web page saved as .csv, or text to parse.
 */
export function sniffFile(name: string, size: number, head: Uint8Array): Sniffed {
  if (size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    return {
      kind: 'rejected',
      issues: [
        fileIssue('too-large', `The file is ${mb(size)} MB; the limit is ${mb(MAX_IMPORT_BYTES)} MB.`, {
          size: mb(size),
          limit: mb(MAX_IMPORT_BYTES),
        }),
      ],
    };
  }
  if (size === 0) return { kind: 'rejected', issues: [fileIssue('empty-file', 'The file is empty.')] };
  const isXlsxName = /\.xlsx$/i.test(name);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const issues = isXlsxName
      ? []
      : [
          fileIssue(
            'xlsx-renamed',
            `"${name}" is a ZIP container (an Excel workbook?) with a text file's name; it is read as XLSX.`,
            { name },
            'warning',
          ),
        ];
    return { kind: 'xlsx', issues };
  }
  if (isXlsxName) {
    return {
      kind: 'rejected',
      issues: [fileIssue('not-xlsx', `"${name}" is not an Excel workbook.`, { name })],
    };
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  // Text in any of the supported encodings has no NUL byte (UTF-16 is told by its BOM),
  // and hardly any control characters besides tab, CR, LF.
  if (!utf16) {
    let control = 0;
    for (const b of head) {
      if (b === 0) return binary(name);
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
    }
    if (control > head.length / 100 + 2) return binary(name);
  }
  const start = new TextDecoder(utf16 ? (head[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8')
    .decode(head.subarray(0, Math.min(head.length, 1024)))
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|\?xml|table|script|meta|div)[\s>]/.test(start)) {
    return {
      kind: 'rejected',
      issues: [fileIssue('html-file', `"${name}" is a web page or XML, not a table saved as CSV.`, { name })],
    };
  }
  return { kind: 'text', issues: [] };
}

function binary(name: string): Sniffed {
  return {
    kind: 'rejected',
    issues: [fileIssue('binary-file', `"${name}" is a binary file, not CSV, TSV or XLSX.`, { name })],
  };
}
