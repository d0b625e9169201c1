/**
 * Online duplicate index: each added document is matched against earlier ones (exact key, then
 * LSH-banded MinHash candidates) and joins a copy group; the group's original is its earliest copy.
 */
import { combine } from './_hash.ts';
import { IntMultiMap } from './_table.ts';
import { BAND_ROWS, LSH_BANDS, MAX_BUCKET_SCAN, NEAR_DUP_MIN_SIMILARITY } from './constants.ts';
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
  readonly sigs: (Uint32Array | null)[] = [];
  readonly exactKeys: string[] = [];
  /** Document index → copy group. */
  readonly groupOf: number[] = [];
  /** Copy group → index of its earliest document. */
  readonly groupRoot: number[] = [];
  private byExact = new Map<string, number>();
  private bands = new IntMultiMap();

  /** Add one document; returns its copy group. */
  add(doc: DupDoc, f: DupFeatures): number {
    const idx = this.docs.length;
    this.docs.push(doc);
    this.exactKeys.push(f.exact);
    let group = -1;
    // Texts without words (empty, binary) are never anyone's copy.
    const exact = f.exact.startsWith('0:') ? undefined : this.byExact.get(f.exact);
    if (exact !== undefined) group = this.groupOf[exact]!;
    else if (f.sig.length) group = this.nearest(f.sig);
    this.sigs.push(exact === undefined && f.sig.length ? f.sig : null);
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
        const s = similarity(sig, this.sigs[j]!);
        if (s < NEAR_DUP_MIN_SIMILARITY) continue;
        if (s > bestSim || (s === bestSim && (best < 0 || j < best))) { bestSim = s; best = j; }
      }
    }
    return best < 0 ? -1 : this.groupOf[best]!;
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
