/**
 * duplicates: exact and near-duplicate detection (MinHash + LSH banding over word shingles).
 * `duplicateOf` points to the earliest copy (publishedAt, then id); a copy under another outlet's
 * name is syndicated from the original's outlet. `textCopies` finds the cut-down copies MinHash misses (containment
 * of word windows); claims and flags count such a copy as one source with its original.
 */
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import { MIN_WORDS_FOR_NEAR_DUP } from './constants.ts';
import { DuplicateIndex } from './dedup-index.ts';
import { exactKey, shingleHashes, signature, wordHashes, words, type DupFeatures } from './minhash.ts';

export { DuplicateIndex, earlier, type DupDoc } from './dedup-index.ts';
export { similarity, words, type DupFeatures } from './minhash.ts';
export { textCopies, withTextCopies, type TextCopy } from './_copies.ts';
export { hashString } from './_hash.ts';

/** Duplicate features of one cleaned text: exact key and MinHash signature. Pure; run it in workers. */
export function dupFeatures(text: string, ws: string[] = words(text)): DupFeatures {
  const wh = wordHashes(ws);
  const sig = ws.length >= MIN_WORDS_FOR_NEAR_DUP ? signature(shingleHashes(wh)) : new Uint32Array(0);
  return { exact: exactKey(wh), sig, wordCount: ws.length };
}

/** Signature ⇄ compact base64 for the persisted state. */
export function encodeSig(sig: Uint32Array): string {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString('base64');
}
export function decodeSig(s: string): Uint32Array {
  const buf = Buffer.from(s, 'base64');
  const out = new Uint32Array(buf.byteLength >> 2);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

/** Duplicates among a whole set of documents (non-incremental convenience). */
export function findDuplicates(docs: AnalysedDocument[]): Map<string, string | null> {
  const ordered = [...docs].sort((a, b) => {
    const x = a.analysis.publishedAt ?? '\uffff';
    const y = b.analysis.publishedAt ?? '\uffff';
    return x < y ? -1 : x > y ? 1 : a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0;
  });
  const index = new DuplicateIndex();
  for (const { doc, analysis } of ordered) {
    index.add({ id: doc.id, publishedAt: analysis.publishedAt, outlet: doc.outlet }, dupFeatures(doc.text));
  }
  const out = new Map<string, string | null>();
  index.docs.forEach((d, i) => out.set(d.id, index.duplicateOf(i)));
  return out;
}
