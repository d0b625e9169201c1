/**
 * Copies the near-duplicate check (MinHash over shingles) leaves apart: a syndicated wire cut down and retitled by another
 * outlet shares too few shingles with the full wire for a near-duplicate (Jaccard), yet most of its
 * own text is the wire's. Such a copy is the same source as its original ("syndicated or copied text
 * counts once"). Measured as containment: the share of the shorter text's word windows found in the
 * other; independent reports share only quotes and phrases (a few percent), copies most of it.
 */
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { earlier } from './dedup-index.ts';
import { words } from './minhash.ts';
import { hashString } from './_hash.ts';
import { COPY_MAX_POSTING, COPY_MIN_CONTAINMENT, COPY_MIN_WINDOWS, COPY_WINDOW_WORDS } from './constants.ts';

/**
 * Of two copies, the original: the one published on an earlier day, else the longer text (a copy
 * cuts paragraphs, it seldom adds), else the earlier by time and id.
 */
function isOriginal(a: AnalysedDocument, b: AnalysedDocument): boolean {
  const da = a.analysis.publishedAt?.slice(0, 10) ?? '\uffff';
  const db = b.analysis.publishedAt?.slice(0, 10) ?? '\uffff';
  if (da !== db) return da < db;
  const la = (a.doc.text ?? '').length;
  const lb = (b.doc.text ?? '').length;
  if (la !== lb) return la > lb;
  return earlier(a.analysis.publishedAt, a.doc.id, b.analysis.publishedAt, b.doc.id);
}

export interface TextCopy {
  /** The document whose text the copy carries (see `isOriginal`). */
  of: string;
  /** Share of the shorter text's word windows found in the other. */
  containment: number;
}

function windows(text: string): Set<number> {
  const ws = words(text);
  const out = new Set<number>();
  for (let i = 0; i + COPY_WINDOW_WORDS <= ws.length; i++) out.add(hashString(ws.slice(i, i + COPY_WINDOW_WORDS).join(' ')));
  return out;
}

const cache = new WeakMap<Grouping, Map<string, TextCopy>>();

/**
 * Document id → the document whose text it mostly carries, for pairs the duplicates stage did not
 * group. Only originals of duplicate groups take part (their copies follow them). Pure.
 */
export function textCopies(docs: AnalysedDocument[], grouping: Grouping): Map<string, TextCopy> {
  const known = cache.get(grouping);
  if (known) return known;
  const roots = [...docs].filter((d) => !grouping.duplicateOf.get(d.doc.id)).sort((a, b) => a.doc.id.localeCompare(b.doc.id));
  const sets = roots.map((d) => windows(d.doc.text ?? ''));
  const posting = new Map<number, number[]>();
  sets.forEach((s, i) => { for (const h of s) { const l = posting.get(h); if (l) l.push(i); else posting.set(h, [i]); } });
  const shared = new Map<number, number>();
  for (const list of posting.values()) {
    // A window in very many texts is boilerplate (a credit line, a standard phrase), not copying.
    if (list.length < 2 || list.length > COPY_MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) {
      const key = list[x]! * roots.length + list[y]!;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const out = new Map<string, TextCopy>();
  for (const [key, n] of [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const i = Math.floor(key / roots.length);
    const j = key % roots.length;
    const small = Math.min(sets[i]!.size, sets[j]!.size);
    if (small < COPY_MIN_WINDOWS || n / small < COPY_MIN_CONTAINMENT) continue;
    const [a, b] = [roots[i]!, roots[j]!];
    const [copy, orig] = isOriginal(b, a) ? [a, b] : [b, a];
    if (out.has(copy.doc.id)) continue;
    // Follow the original to its own original, so a chain of copies has one root.
    const root = out.get(orig.doc.id)?.of ?? orig.doc.id;
    out.set(copy.doc.id, { of: root, containment: n / small });
  }
  cache.set(grouping, out);
  return out;
}

/** Groupings that already hold their text copies (so a second call costs nothing). */
const complete = new WeakSet<Grouping>();

/** The grouping with text copies added as duplicates (and syndication when the outlets differ). */
export function withTextCopies(docs: AnalysedDocument[], grouping: Grouping): Grouping {
  if (complete.has(grouping)) return grouping;
  const copies = textCopies(docs, grouping);
  if (!copies.size) { complete.add(grouping); return grouping; }
  const duplicateOf = new Map(grouping.duplicateOf);
  const syndicatedFrom = new Map(grouping.syndicatedFrom);
  const outlet = new Map(docs.map((d) => [d.doc.id, d.doc.outlet]));
  for (const [id, c] of copies) {
    duplicateOf.set(id, c.of);
    const theirs = outlet.get(c.of);
    if (!syndicatedFrom.get(id) && theirs && theirs !== outlet.get(id)) syndicatedFrom.set(id, theirs);
  }
  const out = { ...grouping, duplicateOf, syndicatedFrom };
  complete.add(out);
  return out;
}

