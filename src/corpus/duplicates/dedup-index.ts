/**
 * Online duplicate index: each added document is matched against earlier ones (exact key, then
 * LSH-banded MinHash candidates) and joins a copy group; the group's original is its earliest copy.
 */
import { combine } from './_hash.ts';
import { IntMultiMap } from './_table.ts';
import { BAND_ROWS, LSH_BANDS, MAX_BUCKET_SCAN, NEAR_DUP_MIN_SIMILARITY, NUM_HASHES } from './constants.ts';
import { similarity, type DupFeatures } from './minhash.ts';

/** Sort key for "earliest": unknown dates sort last. */
export function earlier(dateA: string | null, idA: string, dateB: string | null, idB: string): boolean {
  const a = dateA ?? '\uffff';
  const b = dateB ?? '\uffff';
  return a < b || (a === b && idA < idB);
}

export interface DupDoc {
  id: string;
  publishedAt: string | null;
  outlet: string | null;
}

export class DuplicateIndex {
  readonly docs: DupDoc[] = [];
  /** Every indexed signature back to back (NUM_HASHES values per document; zeros when none). */
  private sigStore = new Uint32Array(NUM_HASHES * 1024);
  private hasSig = new Uint8Array(1024);
  readonly exactKeys: string[] = [];
  /** Document index → copy group. */
  readonly groupOf: number[] = [];
  /** Copy group → index of its earliest document. */
  readonly groupRoot: number[] = [];
  private byExact = new Map<string, number>();
  private outlets = new Map<string, string>();

  /** One copy of each outlet name (a million documents share a few hundred outlets). */
  private intern(s: string): string {
    const known = this.outlets.get(s);
    if (known !== undefined) return known;
    this.outlets.set(s, s);
    return s;
  }
  private bands = new IntMultiMap();

  /** Add one document; returns its copy group. */
  add(doc: DupDoc, f: DupFeatures): number {
    if (f.sig.length && f.sig.length !== NUM_HASHES) f = { ...f, sig: new Uint32Array(0) }; // foreign/corrupt signature
    if (doc.outlet) doc = { ...doc, outlet: this.intern(doc.outlet) };
    const idx = this.docs.length;
    this.docs.push(doc);
    this.exactKeys.push(f.exact);
    let group = -1;
    // Texts without words (empty, binary) are never anyone's copy.
    const exact = f.exact.startsWith('0:') ? undefined : this.byExact.get(f.exact);
    if (exact !== undefined) group = this.groupOf[exact]!;
    else if (f.sig.length) group = this.nearest(f.sig);
    this.storeSig(idx, exact === undefined && f.sig.length ? f.sig : null);
    if (exact === undefined) this.byExact.set(f.exact, idx);
    if (exact === undefined && f.sig.length) this.indexBands(f.sig, idx);
    if (group < 0) {
      group = this.groupRoot.length;
      this.groupRoot.push(idx);
    } else {
      const root = this.docs[this.groupRoot[group]!]!;
      if (earlier(doc.publishedAt, doc.id, root.publishedAt, root.id)) this.groupRoot[group] = idx;
    }
    this.groupOf.push(group);
    return group;
  }

  /** Group of the most similar earlier document at or above the near-duplicate threshold, or -1. */
  private nearest(sig: Uint32Array): number {
    let best = -1;
    let bestSim = NEAR_DUP_MIN_SIMILARITY;
    const seen = new Set<number>();
    for (let b = 0; b < LSH_BANDS; b++) {
      for (const j of this.bands.get(bandKey(sig, b), MAX_BUCKET_SCAN)) {
        if (seen.has(j)) continue;
        seen.add(j);
        const s = similarity(sig, this.sigStore.subarray(j * NUM_HASHES, (j + 1) * NUM_HASHES));
        if (s < NEAR_DUP_MIN_SIMILARITY) continue;
        if (s > bestSim || (s === bestSim && (best < 0 || j < best))) { bestSim = s; best = j; }
      }
    }
    return best < 0 ? -1 : this.groupOf[best]!;
  }

  private storeSig(idx: number, sig: Uint32Array | null): void {
    if (idx >= this.hasSig.length) {
      const flags = new Uint8Array(this.hasSig.length * 2); flags.set(this.hasSig); this.hasSig = flags;
      const store = new Uint32Array(this.sigStore.length * 2); store.set(this.sigStore); this.sigStore = store;
    }
    if (!sig) return;
    this.hasSig[idx] = 1;
    this.sigStore.set(sig.subarray(0, NUM_HASHES), idx * NUM_HASHES);
  }

  /** The stored signature of a document, or null (exact copies and short texts keep none). */
  sigOf(idx: number): Uint32Array | null {
    return this.hasSig[idx] ? this.sigStore.subarray(idx * NUM_HASHES, (idx + 1) * NUM_HASHES) : null;
  }

  private indexBands(sig: Uint32Array, idx: number): void {
    for (let b = 0; b < LSH_BANDS; b++) this.bands.add(bandKey(sig, b), idx);
  }

  /** Id of the earliest copy for a duplicate, null for an original. */
  duplicateOf(idx: number): string | null {
    const root = this.groupRoot[this.groupOf[idx]!]!;
    return root === idx ? null : this.docs[root]!.id;
  }

  /** Outlet of the original when this copy carries it under another outlet's name. */
  syndicatedFrom(idx: number): string | null {
    const root = this.groupRoot[this.groupOf[idx]!]!;
    if (root === idx) return null;
    const mine = this.docs[idx]!.outlet;
    const theirs = this.docs[root]!.outlet;
    return mine && theirs && norm(mine) !== norm(theirs) ? theirs : null;
  }
}

function norm(outlet: string): string {
  return outlet.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Hash of one band of rows, salted with the band number so bands never share buckets. */
function bandKey(sig: Uint32Array, band: number): number {
  let h = band + 1;
  for (let r = band * BAND_ROWS; r < (band + 1) * BAND_ROWS; r++) h = combine(h, sig[r]!);
  return h;
}
