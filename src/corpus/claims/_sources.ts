/** Which independent source a document's claim rests on: copies and one agency count once. */
import type { CleanDocument } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { DATELINE_WITHIN_CHARS } from './constants.ts';
import { DATELINE_CREDIT } from './patterns.ts';

/** "according to Reuters", "as quoted by TNA", "as reported by the Talvari News Agency". */
export const VIA_AGENCY = /\b(?:according to|as (?:quoted|reported) by|citing|reported by)\s+(?:the\s+)?((?:[A-Z][\p{L}&'-]*\s?){1,5})/u;
/** Names that are news organisations rather than officials or bodies. */
export const MEDIA_NAME = /\b(news|agency|press|wire|times|post|daily|ledger|courier|today|observer|weekly|gazette|herald|tribune|radio|tv|television|vestnik|brief)\b|^[A-Z]{2,5}$/i;

export function viaAgency(sentence: string): string | null {
  const m = VIA_AGENCY.exec(sentence);
  const name = m?.[1]?.trim();
  return name && MEDIA_NAME.test(name) ? name : null;
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * One key for an agency however it is named: a name of several capitalised words by its initials,
 * so "the Orvessan Telegraph Agency" and "OTA" are one source.
 */
export function agencyKey(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toLowerCase()).join('') : norm(name);
}

/**
 * The agency a document's dateline credits ("TARNO, 20 March. /OTA/."), or null: the whole report is
 * that agency's, so every claim in it rests on the agency, as a copy rests on its original.
 */
function datelineAgency(text: string): string | null {
  const lead = text.slice(0, DATELINE_WITHIN_CHARS);
  const m = new RegExp(DATELINE_CREDIT.source, DATELINE_CREDIT.flags.replace('g', '')).exec(lead);
  return m ? m[1]!.trim() : null;
}

/** Documents others are copies of: the original counts as the same source as its copies. */
const originals = new WeakMap<Grouping, Set<string>>();
function isOriginal(id: string, grouping: Grouping): boolean {
  let set = originals.get(grouping);
  if (!set) {
    set = new Set([...grouping.duplicateOf.values()].filter((x): x is string => !!x));
    originals.set(grouping, set);
  }
  return set.has(id);
}

export function sourceKey(doc: CleanDocument, sentence: string, grouping: Grouping): string {
  let root = doc.id;
  for (let i = 0; i < 8; i++) {
    const up = grouping.duplicateOf.get(root);
    if (!up || up === root) break;
    root = up;
  }
  if (root !== doc.id || isOriginal(doc.id, grouping)) return `doc:${root}`;
  const synd = grouping.syndicatedFrom.get(doc.id);
  if (synd) return `outlet:${norm(synd)}`;
  const via = viaAgency(sentence) ?? datelineAgency(doc.text ?? '');
  if (via) return `agency:${agencyKey(via)}`;
  return doc.outlet ? `outlet:${norm(doc.outlet)}` : `doc:${doc.id}`;
}
