import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/import/decode';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeText', () => {
  it.each([
    // bytes, encoding, text
    ['UTF-8 without BOM', bytes('中国,0.8'), 'utf-8', '中国,0.8'],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], '中国'), 'utf-8-bom', '中国'],
    ['UTF-16 LE with BOM', bytes([0xff, 0xfe, 0x2d, 0x4e, 0xfd, 0x56]), 'utf-16le', '中国'],
    ['UTF-16 BE with BOM', bytes([0xfe, 0xff, 0x4e, 0x2d, 0x56, 0xfd]), 'utf-16be', '中国'],
    // 中国 in GBK is D6 D0 B9 FA, which is not valid UTF-8.
    ['GBK', bytes([0xd6, 0xd0, 0xb9, 0xfa, 0x2c, 0x31]), 'gb18030', '中国,1'],
    ['plain ASCII', bytes('a,b'), 'utf-8', 'a,b'],
  ])('%s', (_, input, encoding, text) => {
    const d = decodeText(input);
    expect(d).toEqual({ text, encoding, replaced: 0 });
  });

  it('counts bytes that are not valid in any supported encoding', () => {
    // 0xFF is neither UTF-8 nor a GB18030 lead byte.
    expect(decodeText(bytes('a', [0xff], 'b')).replaced).toBe(1);
  });
});
