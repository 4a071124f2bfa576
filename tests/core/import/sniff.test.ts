import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, sniffFile } from '../../../src/core/import/sniff';

const enc = (s: string) => new TextEncoder().encode(s);

describe('sniffFile', () => {
  it.each([
    // name, size (null = head length), head, kind, codes
    ['a.csv', null, enc('year,iso3\n2024,CHN'), 'text', []],
    ['a.csv', 0, new Uint8Array(), 'rejected', ['empty-file']],
    ['a.csv', MAX_IMPORT_BYTES + 1, enc('year'), 'rejected', ['too-large']],
    ['a.csv', MAX_IMPORT_BYTES, enc('year'), 'text', []],
    ['a.xlsx', null, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'xlsx', []],
    ['a.csv', null, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'xlsx', ['xlsx-renamed']],
    ['a.xlsx', null, enc('year,iso3'), 'rejected', ['not-xlsx']],
    ['a.csv', null, new Uint8Array([0x31, 0x00, 0x32]), 'rejected', ['binary-file']],
    ['a.csv', null, enc('\n <!doctype html><html>'), 'rejected', ['html-file']],
    ['a.csv', null, enc('<TABLE>\n<tr>'), 'rejected', ['html-file']],
    // UTF-16 text has NUL bytes but announces itself with a BOM.
    ['a.txt', null, new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x09, 0x00]), 'text', []],
    // A name in angle brackets is data, not a web page.
    ['a.csv', null, enc('Country\n<img src=x>'), 'text', []],
  ] as const)('%s (%s bytes) %#', (name, size, head, kind, codes) => {
    const s = sniffFile(name, size ?? head.length, head);
    expect(s.kind).toBe(kind);
    expect(s.issues.map((i) => i.code)).toEqual(codes);
  });
});
