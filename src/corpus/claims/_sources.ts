/** Which independent source a document's claim rests on: copies and one agency count once. */
import type { CleanDocument } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { DATELINE_WITHIN_CHARS } from './constants.ts';
import { DATELINE_CREDIT } from './patterns.ts';

/**
 * "according to Reuters", "as quoted by TNA", "as reported by the Talvari News Agency"; and "told Radio Kessel",
 * "told the Harbour Post": what a source told an outlet is that outlet's report, however many others relay it.
 */
export const VIA_AGENCY = /\b(?:according to|as (?:quoted|reported) by|citing|reported by|told)\s+(?:[Tt]he\s+)?((?:[A-Z][\p{L}&'-]*\s?){1,5})/u;
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
 * so "the Orvessan Telegraph Agency" and "OTA" are one source. A leading article is no part of a name
 * ("The Harbour Ledger", as a page's title names its outlet, is the "Harbour Ledger" a relay credits).
 */
export function agencyKey(name: string): string {
  const words = name.trim().replace(/^the\s+/iu, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
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
  // An outlet naming itself ("told the Post" in the Harbour Post) is its own report.
  if (via && !(doc.outlet && namesOutlet(via, doc.outlet))) return `agency:${agencyKey(via)}`;
  return doc.outlet ? `outlet:${norm(doc.outlet)}` : `doc:${doc.id}`;
}

/** A credited name is that outlet's: its full name, its initials, or its last words ("the Post" of "Harbour Post"). */
export function namesOutlet(name: string, outlet: string): boolean {
  const n = norm(name.replace(/^the\s+/i, ''));
  const o = norm(outlet.replace(/^the\s+/i, ''));
  return !!n && (o === n || o.endsWith(` ${n}`) || agencyKey(name) === agencyKey(outlet));
}

/**
 * How many independent sources the members rest on: a claim credited to an outlet ("told Radio Kessel") rests
 * on that outlet's own report when it is among them, so the two count once.
 */
export function independentCount(members: ReadonlyArray<{ source: string; outlet: string }>): number {
  const keys = members.map((m) => {
    if (!m.source.startsWith('agency:')) return m.source;
    const k = m.source.slice('agency:'.length);
    const own = members.find((o) => !o.source.startsWith('agency:') && o.outlet && (agencyKey(o.outlet) === k || norm(o.outlet) === k || norm(o.outlet).endsWith(` ${k}`)));
    return own ? own.source : m.source;
  });
  return new Set(keys).size;
}
