/**
 * MinHash signatures over word shingles of the cleaned text.
 * Written here rather than using the npm `minhash` package: that package hashes each shingle
 * string once per hash function (60× string hashing per shingle) and stores signatures as plain
 * arrays; hashing each shingle once to 32 bits and permuting integers with Math.imul keeps the
 * whole signature in a Uint32Array and is what the scale bench needs (see docs/performance.md).
 */
import { HASH_PARAMS, hashString, mix32 } from './_hash.ts';
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

/** 32-bit hashes of every SHINGLE_WORDS-word window (one shingle for shorter texts). */
export function shingleHashes(ws: string[]): Uint32Array {
  const wordHashes = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) wordHashes[i] = hashString(ws[i]!);
  const n = Math.max(1, ws.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(ws.length ? n : 0);
  for (let i = 0; i < out.length; i++) {
    let h = 0x9747b28c;
    const end = Math.min(ws.length, i + SHINGLE_WORDS);
    for (let j = i; j < end; j++) h = mix32(Math.imul(h, 31) ^ wordHashes[j]!);
    out[i] = h;
  }
  return out;
}

/** MinHash signature: for each hash function, the least permuted shingle hash. */
export function signature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const { mul, add } = HASH_PARAMS;
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = mix32((Math.imul(x, mul[i]!) + add[i]!) | 0);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** Hash of the whitespace- and case-normalised word sequence: equal for exact copies. */
export function exactKey(ws: string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x1b873593;
  for (const w of ws) {
    const h = hashString(w);
    h1 = mix32(Math.imul(h1, 31) ^ h);
    h2 = mix32((h2 + h) | 0);
  }
  return `${ws.length}:${h1.toString(36)}:${h2.toString(36)}`;
}

/** Everything duplicate detection needs from one text, computed once (in a worker when scaling). */
export interface DupFeatures {
  exact: string;
  /** Empty when the text is too short for a near-duplicate check. */
  sig: Uint32Array;
  wordCount: number;
}
