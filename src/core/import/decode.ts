/** The encodings an import recognises, as reported to the user. */
export type TextEncodingId = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingId;
  /** U+FFFD replacement characters produced by decoding (bytes that were not valid text). */
  replaced: number;
}

const countReplaced = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
};

/**
 * Decodes file bytes to text the way files occur in the wild: a byte-order mark decides
 * first (UTF-8, UTF-16 LE or BE: Excel's "Unicode text"); without one, bytes that are
 * valid UTF-8 are UTF-8; anything else is read as GB18030, the superset of GBK that
 * Chinese Excel writes by default. The BOM is not part of the returned text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  const decode = (label: string, fatal = false) =>
    // ignoreBOM: false (the default) strips a BOM matching the label.
    new TextDecoder(label, { fatal }).decode(bytes);
  let text: string;
  let encoding: TextEncodingId;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    [text, encoding] = [decode('utf-8'), 'utf-8-bom'];
  } else if (b0 === 0xff && b1 === 0xfe) {
    [text, encoding] = [decode('utf-16le'), 'utf-16le'];
  } else if (b0 === 0xfe && b1 === 0xff) {
    [text, encoding] = [decode('utf-16be'), 'utf-16be'];
  } else {
    try {
      [text, encoding] = [decode('utf-8', true), 'utf-8'];
    } catch {
      [text, encoding] = [decode('gb18030'), 'gb18030'];
    }
  }
  return { text, encoding, replaced: countReplaced(text) };
}
