import { describe, expect, it } from 'vitest';
import { fileToCsvText } from '../../../src/core/import/table-text';

/** UTF-16 LE bytes with a BOM, as Excel's "Unicode text" writes them. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

describe('fileToCsvText', () => {
  it.each([
    ['UTF-8 with BOM, semicolons', new TextEncoder().encode('\uFEFF省份;指标;数值\n浙江;最多跑一次;90%\n')],
    ['UTF-16 LE with BOM, tabs', utf16le('省份\t指标\t数值\n浙江\t最多跑一次\t90%\n')],
  ])('reads %s into comma-separated text', async (_label, bytes) => {
    const out = await fileToCsvText('upload.csv', bytes);
    expect(out).toEqual({ ok: true, text: '省份,指标,数值\r\n浙江,最多跑一次,90%' });
  });

  it('refuses a file that is not a table, with the reason', async () => {
    const bytes = new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x00]);
    const out = await fileToCsvText('binary.csv', bytes);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.messages.length).toBeGreaterThan(0);
  });
});
