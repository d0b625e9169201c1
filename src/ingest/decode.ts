/**
 * Bytes → text. Order: BOM, then an HTML `<meta charset>`, then strict UTF-8, then detection.
 * Hand-written only the ordering; detection and conversion are chardet and iconv-lite.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { BINARY_CONTROL_RATIO, BINARY_SNIFF_BYTES, META_CHARSET_SNIFF_BYTES } from './constants.ts';

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the bytes were not what they claimed (invalid UTF-8 decoded by detection). */
  note: string | null;
}

/** UTF-16 text is full of NUL bytes: its BOM must be seen before the binary check. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** True when the sample has NUL bytes or many control characters: an image, a PDF, an archive. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_RATIO;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, META_CHARSET_SNIFF_BYTES)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m && iconv.encodingExists(m[1]) ? m[1].toLowerCase() : null;
}

/** Decode file bytes to text. `isHtml` enables the `<meta charset>` check. */
export function decodeBytes(bytes: Uint8Array, isHtml: boolean): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding), encoding: bom.encoding, note: null };
  const declared = isHtml ? metaCharset(bytes) : null;
  if (declared && !/^utf-?8$/.test(declared)) return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, note: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', note: null };
  } catch {
    const guess = chardet.detect(bytes);
    const encoding = guess && guess.toLowerCase() !== 'utf-8' && iconv.encodingExists(guess) ? guess.toLowerCase() : 'windows-1252';
    return {
      text: iconv.decode(Buffer.from(bytes), encoding),
      encoding,
      note: `not valid UTF-8; decoded as ${encoding} (check the characters, or re-save the file as UTF-8)`,
    };
  }
}
