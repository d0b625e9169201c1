/**
 * Flags for one statement quoted in different wordings across outlets, a fragment another outlet
 * kept included. A statement may be quoted in several pieces ("«A,» she said. «B.»"): pieces that
 * share no words are different parts of the statement, not variants, and a document never
 * disagrees with itself.
 */
import type { Flag, Quote } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping, QuoteLedger } from '../types.ts';
import { MESSAGE_QUOTE_CHARS, MIN_CONTENT_WORD_CHARS, RELATED_WORDING_MIN, SAME_WORDING_MIN } from './constants.ts';
import { docName } from './_names.ts';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function sameWording(a: string, b: string): boolean {
  const wa = words(a).join(' ');
  const wb = words(b).join(' ');
  // A fragment another outlet quotes is a wording of its own ("never be anybody's junior partner"
  // for the whole sentence): readers see only the part it kept.
  if (!wa || !wb || wa === wb) return true;
  const sa = new Set(words(a));
  const sb = new Set(words(b));
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  return inter / Math.max(sa.size, sb.size) >= SAME_WORDING_MIN;
}

/** Two wordings of the same part of a statement: a good share of their content words in common. */
function related(a: string, b: string): boolean {
  const sa = new Set(words(a).filter((w) => w.length >= MIN_CONTENT_WORD_CHARS));
  const sb = new Set(words(b).filter((w) => w.length >= MIN_CONTENT_WORD_CHARS));
  if (!sa.size || !sb.size) return false;
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  return inter / Math.min(sa.size, sb.size) >= RELATED_WORDING_MIN;
}

/** Groups of quotes with the same wording (the same words in the same order), longest first. */
function wordings(quotes: Quote[]): Quote[][] {
  const groups: Quote[][] = [];
  const longestFirst = [...quotes].sort((a, b) => b.text.length - a.text.length || a.documentId.localeCompare(b.documentId) || a.start - b.start);
  for (const q of longestFirst) {
    const g = groups.find((x) => x.some((y) => sameWording(y.text, q.text)));
    if (g) g.push(q); else groups.push([q]);
  }
  return groups;
}

/** Two wordings of one part of the statement, from different documents, or null. */
function variantPair(groups: Quote[][]): [Quote, Quote] | null {
  for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) {
    for (const a of groups[i]!) for (const b of groups[j]!) {
      if (a.documentId !== b.documentId && related(a.text, b.text)) return [a, b];
    }
  }
  return null;
}

const cut = (s: string): string => (s.length > MESSAGE_QUOTE_CHARS ? `${s.slice(0, MESSAGE_QUOTE_CHARS - 1)}…` : s);

export function quoteFlags(ledger: QuoteLedger, grouping: Grouping, docs: Map<string, AnalysedDocument>): Flag[] {
  const byId = new Map(ledger.quotes.map((q) => [q.id, q]));
  const flags: Flag[] = [];
  for (const st of [...ledger.statements].sort((a, b) => a.id.localeCompare(b.id))) {
    // Copies of one document are one wording.
    const quotes = st.quoteIds.map((id) => byId.get(id)).filter((q): q is Quote => !!q && !grouping.duplicateOf.get(q.documentId))
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start);
    const groups = wordings(quotes);
    const pair = variantPair(groups);
    if (!pair) continue;
    const variants = groups.filter((g) => groups.some((h) => h !== g && g.some((a) => h.some((b) => a.documentId !== b.documentId && related(a.text, b.text)))))
      .map((g) => g[0]!);
    const outlet = (q: Quote): string => { const d = docs.get(q.documentId)?.doc; return d ? docName(d) : q.documentId; };
    const who = quotes.find((q) => q.speakerText)?.speakerText ?? 'one speaker';
    flags.push({
      kind: 'quote-wording',
      documentIds: [...new Set(quotes.map((q) => q.documentId))].sort(),
      evidence: variants.map((q) => ({ documentId: q.documentId, start: q.start, end: q.end })),
      message: `${who}'s statement is worded ${variants.length} ways: "${cut(pair[0].text)}" (${outlet(pair[0])}) vs "${cut(pair[1].text)}" (${outlet(pair[1])}).`,
    });
  }
  return flags;
}
