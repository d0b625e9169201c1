/** Flags for documents that relay another outlet's reporting ("as quoted by TNA"). */
import type { Flag } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import { creditLines } from '../../clean/index.ts';
import { MEDIA_NAME } from '../claims/index.ts';
import { docName } from './_names.ts';
import { ACRONYM_EXPANSION, CITER, NEWS_AGENCY, CREDIT_SEPARATOR, DATELINE_CREDIT, DOCUMENT_RELAYED, INITIALS_LINE, EARLIER_INTERVIEW_AFTER, MASTHEAD_TITLE, PLACE_BEFORE, QUOTE_RELAYED, RELAY, RELAY_AFTER, RELAY_DESCRIBED, SELF_REFERENCE, TITLE_ABBREVIATION, UNNAMED_MEDIA } from './patterns.ts';

/** Who saw or got hold of a document a page credits ("a letter seen by the Courier"). Group 1: who. */
const SEEN_BY = /\b(?:seen|obtained|reviewed|verified)\s+by\s+(?:the\s+)?(.+)$/i;

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();

/** What an acronym stands for where some document spells it out ("Orvessan Telegraph Agency (OTA)"). */
function expansions(docs: AnalysedDocument[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { doc } of docs) for (const m of (doc.text ?? '').matchAll(ACRONYM_EXPANSION)) if (!out.has(m[2]!)) out.set(m[2]!, m[1]!.trim());
  return out;
}

/**
 * A name that looks like an outlet's (MEDIA_NAME), where an "Agency" is a news agency only with a word of news
 * before it ("Telegraph Agency", "News Agency"): a "Health Protection Agency" or an "Environment Agency" is a
 * public body a reporter asks, not an outlet whose reporting is relayed.
 */
export function looksLikeMedia(name: string): boolean {
  if (TITLE_ABBREVIATION.test(name.trim()) || !MEDIA_NAME.test(name)) return false;
  if (!/\bagency\b/i.test(name) || NEWS_AGENCY.test(name)) return true;
  return MEDIA_NAME.test(name.replace(/\bagency\b/gi, ' ').replace(/\s+/g, ' ').trim());
}

/** A name the corpus writes as a place: "in Drumlorne Green", "near Drumlorne Green" (not "in Drumlorne Green Mercury"). */
function placeTest(docs: AnalysedDocument[]): (name: string) => boolean {
  const seen = new Map<string, boolean>();
  return (name) => {
    if (!seen.has(name)) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      const re = new RegExp(String.raw`${PLACE_BEFORE.source}${escaped}\b(?!\s+\p{Lu})`, 'u');
      seen.set(name, docs.some(({ doc }) => re.test(doc.text ?? '')));
    }
    return seen.get(name)!;
  };
}

/**
 * A relayed name is a news outlet when it looks like one (MEDIA_NAME) or is the outlet of a document
 * in the corpus ("told Crossline" beside a Crossline wire); an acronym whose spelled-out name is
 * not an outlet's ("National Civil Protection Service (NCPS)") is a source, not a relay. The first words of
 * an outlet's name are that outlet only when they are no place: papers are named after their town ("the Drumlorne
 * Green Mercury"), and "told the Drumlorne Green meeting" names the town.
 */
function mediaTest(docs: AnalysedDocument[]): (name: string) => boolean {
  const outlets = [...new Set(docs.map((d) => norm(d.doc.outlet ?? '')).filter((o) => o.length > 0))];
  const spelled = expansions(docs);
  const isPlace = placeTest(docs);
  // An outlet of the corpus is named by its initials too ("TPA" for the Carnby Press Agency).
  const initials = new Set(docs.flatMap((d) => initialsOf(d.doc.outlet ?? '')));
  return (name) => {
    const full = spelled.get(name);
    if (full !== undefined && !looksLikeMedia(full)) return false;
    const n = norm(name);
    if (looksLikeMedia(name) || outlets.includes(n) || initials.has(name.trim())) return true;
    return outlets.some((o) => o.startsWith(`${n} `)) && !isPlace(name.trim());
  };
}

/**
 * The initials an outlet signs with: its capitalised words' first letters ("Varrowend Press Agency" signs "VPA",
 * "Tessmark Radio and Broadcasting" "TRB"), and every word's too ("TRAB"); none for a one-word name.
 */
function initialsOf(outlet: string): string[] {
  const words = outlet.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
  return [...new Set([capitalised, words.map((w) => w[0]!.toUpperCase()).join('')])].filter((x) => x.length >= 2);
}

/**
 * Whether initials abbreviate an outlet's name: their letters come in order from its words, one from the start of each
 * capitalised word and more from inside them ("CVP" for "Carvell Press", as "NYT" or "AFP" are formed).
 */
export function abbreviates(outlet: string, name: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(name)) return false;
  const words = outlet.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toUpperCase());
  if (words.length < 1 || words.length > name.length) return false;
  // Each word gives its first letter and then any of its later letters, in order, with no word skipped.
  const fits = (wi: number, ni: number): boolean => {
    if (wi === words.length) return ni === name.length;
    const w = words[wi]!;
    if (name[ni] !== w[0]) return false;
    let at = 1;
    for (let k = ni + 1; ; k++) {
      if (fits(wi + 1, k)) return true;
      if (k >= name.length) return false;
      const found = w.indexOf(name[k]!, at);
      if (found < 0) return false;
      at = found + 1;
    }
  };
  return fits(0, 0);
}

/**
 * Whether `name` is the document's own outlet: "Corven" signing off the Corven Wire, or the outlet's initials, as
 * a wire credits its own dateline ("QUELLSTON, 3 May. /VPA/." on a press agency's page).
 */
const isOwn = (outlet: string, name: string): boolean => {
  const own = norm(outlet);
  const n = norm(name);
  return !!own && !!n && (own.includes(n) || n.includes(own) || initialsOf(outlet).includes(name.trim()) || abbreviates(outlet, name.trim()));
};

/**
 * The name a page is published under: its outlet, else a title that is nothing but an outlet's name ("Kessary Valley
 * Gazette"). A headline tells what happened; a title of a few capitalised words that looks like an outlet's is the
 * masthead the cleaner kept as a title, so "told the Gazette" on that page is its own interview, not a relay.
 */
export function ownName(doc: Pick<AnalysedDocument['doc'], 'outlet' | 'title'>): string {
  if (doc.outlet) return doc.outlet;
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  return MASTHEAD_TITLE.test(title) && looksLikeMedia(title) ? title : '';
}

/**
 * Outlets the cleaner's credit lines name when they name only others: a copy signed off with the
 * wire's name ("CORVEN" under the Ostrand Ledger) or a "Source: ZNA, QBC" line. A credit that
 * names the outlet itself among others is its own reporting with help, not a relay.
 */
function creditedOthers(doc: AnalysedDocument['doc'], isMedia: (name: string) => boolean): string[] {
  const names = creditLines(doc).flatMap((c) => c.split(CREDIT_SEPARATOR)).map((x) => x.trim()).filter((x) => x.length > 1);
  if (names.some((n) => isOwn(ownName(doc), n))) return [];
  return names.filter((n) => isMedia(n));
}

/** One name is another told again with what the text calls it before ("broadcaster Orlesse Broadcasting") or its acronym after ("Lussk Telegraph Agency (LTA)"). */
const retold = (longer: string, name: string): boolean =>
  (longer.endsWith(` ${name}`) && /^(?:\p{Ll}+\s+)+$/u.test(longer.slice(0, -name.length))) || new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\([A-Z]{2,6}\\)$`).test(longer);

/**
 * The relayed names without those told again in other words, for the message: nor the initials of another name listed
 * ("Talvoran News Agency" and "TNA" are one agency; with the names joined by "and" they would read as two).
 */
export const namedOnce = (names: string[]): string[] =>
  // Initials are dropped for the name they abbreviate, not for a longer telling of themselves ("a screenshot seen by
  // NPA" is dropped for "NPA"): else each would drop the other and no name be left.
  names.filter((k) => !names.some((o) => o !== k && (retold(k, o) || (abbreviates(o, k) && !retold(o, k)))));

/**
 * Names listed for the reader: the last joined by "and". A comma alone after a name reads as an apposition that
 * describes it ("Torrin Wire, the state broadcaster" would say the wire is the broadcaster), not as a second outlet.
 */
export const listed = (names: string[]): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;

/**
 * Documents that relay another outlet's reporting: they name it as their source in the text
 * ("according to Reuters", a dateline credit, "Bay Daily, citing ...") or in a credit line the cleaner lifted out.
 */
export function secondHandFlags(docs: AnalysedDocument[]): Flag[] {
  const flags: Flag[] = [];
  const isMedia = mediaTest(docs);
  for (const { doc } of docs) {
    const seen = new Map<string, { start: number; end: number } | null>();
    // A dateline credit names an agency by its place; quoted words passed on by someone else are
    // relayed whoever passed them on; media credited without a name ("according to local media") are media, and so is a
    // name the text calls an outlet ("the public broadcaster QBX"); and so are figures or a statement passed on as a
    // body's document ("according to figures compiled by the mediation office").
    const text = doc.text ?? '';
    const surely = new Set([DATELINE_CREDIT, QUOTE_RELAYED, UNNAMED_MEDIA, RELAY_DESCRIBED, DOCUMENT_RELAYED].flatMap((p) => [...text.matchAll(p)]));
    const told = [RELAY, RELAY_AFTER, CITER, INITIALS_LINE].flatMap((p) => [...text.matchAll(p)]);
    // The name a page calls itself by ("the Courier understands") is its own, whatever its masthead reads.
    const self = new Set([...text.matchAll(SELF_REFERENCE)].map((m) => norm(m[1]!)));
    for (const m of [...told, ...surely]) {
      const name = (m[1] ?? m[2]!).trim();
      if (!surely.has(m) && !isMedia(name)) continue;
      if (isOwn(ownName(doc), name) || self.has(norm(name))) continue;
      // "according to a screenshot seen by NPA" on NPA's own page: what the page itself saw is its own reporting.
      const seer = SEEN_BY.exec(name)?.[1];
      if (seer && (isOwn(ownName(doc), seer) || self.has(norm(seer)))) continue;
      // "X told the broadcaster Y last week": an interview of an earlier period, recalled as background, not relayed.
      if (/^told\b/.test(m[0]) && EARLIER_INTERVIEW_AFTER.test(text.slice(m.index! + m[0].length))) continue;
      if (!seen.has(name)) seen.set(name, { start: m.index!, end: m.index! + m[0].trimEnd().length });
    }
    for (const name of creditedOthers(doc, isMedia)) if (![...seen.keys()].some((k) => norm(k) === norm(name))) seen.set(name, null);
    if (!seen.size) continue;
    flags.push({
      kind: 'second-hand',
      documentIds: [doc.id],
      evidence: [...seen.values()].filter((s): s is { start: number; end: number } => s !== null).map((s) => ({ documentId: doc.id, ...s })),
      message: `${docName(doc)} relays reporting by ${listed(namedOnce([...seen.keys()]))} rather than its own.`,
    });
  }
  return flags;
}
