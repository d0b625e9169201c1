/** Online document frequencies and tf-idf weighting of document features. */
import { IDF_PRIOR_DOCS, TERMS_PER_DOC } from './constants.ts';
import type { DocFeatures } from './features.ts';

/** A sparse, L2-normalised vector: parallel term ids and weights, highest weight first. */
export interface SparseVec {
  ids: Int32Array;
  w: Float32Array;
}

export class Vocabulary {
  df = new Map<number, number>();
  docs = 0;

  addDoc(f: DocFeatures): void {
    this.docs++;
    for (let i = 0; i < f.terms.length; i++) this.df.set(f.terms[i]!, (this.df.get(f.terms[i]!) ?? 0) + 1);
  }

  idf(term: number): number {
    // IDF_PRIOR_DOCS pseudo-documents without the term: in a small corpus about one storyline the
    // shared names would otherwise weigh nothing; in a large corpus the prior fades away.
    return Math.log((this.docs + IDF_PRIOR_DOCS + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }

  /** tf-idf vector of a document, top TERMS_PER_DOC terms, L2-normalised. */
  weigh(f: DocFeatures): SparseVec {
    const n = f.terms.length;
    const order = new Array<number>(n);
    const raw = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      order[i] = i;
      raw[i] = (1 + Math.log(f.counts[i]!)) * this.idf(f.terms[i]!);
    }
    order.sort((a, b) => raw[b]! - raw[a]! || f.terms[a]! - f.terms[b]!);
    const k = Math.min(n, TERMS_PER_DOC);
    let norm = 0;
    for (let i = 0; i < k; i++) norm += raw[order[i]!]! ** 2;
    norm = Math.sqrt(norm) || 1;
    const ids = new Int32Array(k);
    const w = new Float32Array(k);
    for (let i = 0; i < k; i++) { ids[i] = f.terms[order[i]!]!; w[i] = raw[order[i]!]! / norm; }
    return { ids, w };
  }

  toJSON(): { n: number; t: number[]; c: number[] } {
    const t = [...this.df.keys()].sort((a, b) => a - b);
    return { n: this.docs, t, c: t.map((x) => this.df.get(x)!) };
  }

  static fromJSON(j: { n: number; t: number[]; c: number[] } | undefined): Vocabulary {
    const v = new Vocabulary();
    if (!j || !Array.isArray(j.t) || !Array.isArray(j.c)) return v;
    v.docs = Number(j.n) || 0;
    j.t.forEach((t, i) => v.df.set(t, Number(j.c[i]) || 0));
    return v;
  }
}
