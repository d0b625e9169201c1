/**
 * MinHash signatures over word shingles of the cleaned text.
 * Written here rather than using the npm `minhash` package: that package hashes each shingle
 * string once per hash function (60× string hashing per shingle) and stores signatures as plain
 * arrays; hashing each shingle once to 32 bits and permuting integers with Math.imul keeps the
 * whole signature in a Uint32Array and is what the scale bench needs (see docs/performance.md).
 */
import { hashString, mix32 } from './_hash.ts';
import { MAX_WORDS_SHINGLED, NUM_HASHES, SHINGLE_WORDS } from './constants.ts';
import { PATTERNS } from './patterns.ts';

/** Lower-cased words of a text, at most `max`. */
export function words(text: string, max = MAX_WORDS_SHINGLED): string[] {
  const out: string[] = [];
  const re = new RegExp(PATTERNS.word.source, PATTERNS.word.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && out.length < max) out.push(m[0].toLowerCase());
  return out;
}

/** 32-bit hash of each word. */
export function wordHashes(ws: string[]): Uint32Array {
  const out = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) out[i] = hashString(ws[i]!);
  return out;
}

/** 32-bit hashes of every SHINGLE_WORDS-word window (one shingle for shorter texts), from word hashes. */
export function shingleHashes(wh: Uint32Array | string[]): Uint32Array {
  const h32 = Array.isArray(wh) ? wordHashes(wh) : wh;
  const n = Math.max(1, h32.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(h32.length ? n : 0);
  for (let i = 0; i < out.length; i++) {
    let h = 0x9747b28c;
    const end = Math.min(h32.length, i + SHINGLE_WORDS);
    for (let j = i; j < end; j++) h = mix32(Math.imul(h, 31) ^ h32[j]!);
    out[i] = h;
  }
  return out;
}

/**
 * One-permutation MinHash with densification: each shingle goes to one of NUM_HASHES bins (by the
 * top bits of one hash) and each bin keeps its least value (a second hash); an empty bin (short
 * texts) borrows the value of a bin chosen by a fixed probe sequence, the same for every text, so
 * equal positions still estimate the Jaccard similarity. Two hashes per shingle instead of
 * NUM_HASHES (26 → 4 µs a document).
 */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    const bin = Math.floor((mix32(x ^ BIN_SALT) / 4294967296) * NUM_HASHES);
    const v = mix32((x + VALUE_SALT) | 0);
    if (v < sig[bin]!) sig[bin] = v;
  }
  if (!shingles.length) return sig;
  const filled = sig.slice();
  for (let i = 0; i < NUM_HASHES; i++) {
    if (filled[i] !== EMPTY) continue;
    for (let attempt = 1; ; attempt++) {
      const j = Math.floor((mix32(Math.imul(i + 1, 0x9e3779b1) ^ attempt) / 4294967296) * NUM_HASHES);
      if (filled[j] !== EMPTY) { sig[i] = mix32((filled[j]! ^ Math.imul(attempt, 0x85ebca6b)) >>> 0); break; }
    }
  }
  return sig;
}

const EMPTY = 0xffffffff;
const BIN_SALT = 0x5bd1e995;
const VALUE_SALT = 0x27d4eb2f;

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** Hash of the whitespace- and case-normalised word sequence: equal for exact copies. */
export function exactKey(wh: Uint32Array | string[]): string {
  const h32 = Array.isArray(wh) ? wordHashes(wh) : wh;
  let h1 = 0x811c9dc5;
  let h2 = 0x1b873593;
  for (let i = 0; i < h32.length; i++) {
    const h = h32[i]!;
    h1 = mix32(Math.imul(h1, 31) ^ h);
    h2 = mix32((h2 + h) | 0);
  }
  return `${h32.length}:${h1.toString(36)}:${h2.toString(36)}`;
}

/** Everything duplicate detection needs from one text, computed once (in a worker when scaling). */
export interface DupFeatures {
  exact: string;
  /** Empty when the text is too short for a near-duplicate check. */
  sig: Uint32Array;
  wordCount: number;
}
