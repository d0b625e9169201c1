/**
 * The medium a speaker talked to ("Vukoshev told Crossline", "said to the Correspondent of KTA"):
 * in another outlet's article that agency is the channel the quote came through. In the agency's
 * own article it is not (the outlet is its own source).
 */
import type { EntityMention, LocalEntity, Span } from '../../contract/pipeline.ts';
import { AUDIENCE_NOUN, MEDIA_NAME_WORD, MEDIUM_VERB, TOLD_MEDIUM, UNNAMED_CAPITAL, WIRE_DATELINE, WIRE_RELAY } from './patterns.ts';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** A name's words without a leading article ("The Harbour Post" and "Harbour Post" are one title). */
const titleWords = (s: string): string[] => { const w = words(s); return w[0] === 'the' ? w.slice(1) : w; };
/** "told The Harbour Post": a capitalised article mid-sentence belongs to the title it opens (the span takes it in). */
const TITLE_ARTICLE = /(?<=[\p{Ll}\p{N},]\s+)The\s+$/u;
/** "told the Pellmoor Beacon": a lower-case article before a capitalised name; people's names take none. */
const LOWER_ARTICLE = /(?<=[\p{Ll}\p{N},]\s+)the\s+$/u;

/** The outlet is this entity when one's words start the other's ("Crossline" / "Crossline News Agency"). */
function isOwnOutlet(outlet: string | null, e: LocalEntity): boolean {
  if (!outlet) return false;
  const o = titleWords(outlet);
  return [e.name, ...e.aliases].some((n) => { const w = titleWords(n); return w.length > 0 && (o.slice(0, w.length).join(' ') === w.join(' ') || w.slice(0, o.length).join(' ') === o.join(' ')); });
}

/** A name of two words or more whose first word is the whole name of a place entity ("Vistel One", "Vistel Radio"). */
function opensWithPlace(name: string, entities: LocalEntity[]): boolean {
  const w = name.split(/\s+/u);
  return w.length >= 2 && entities.some((e) => e.type === 'place' && [e.name, ...e.aliases].some((a) => a === w[0]));
}

/**
 * The medium a speech verb addresses inside [from, to): an organisation mention, or a capitalised
 * word the entities pass left untyped that names no person of the document ("told Crossline").
 */
export function mediumChannel(text: string, from: number, to: number, entities: LocalEntity[], mentions: EntityMention[], outlet: string | null): (Span & { entity: number | null }) | null {
  if (!MEDIUM_VERB.test(text.slice(from, to))) return null; // most attributions address nobody: skip the scans
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    const e = entities[m.entity];
    if (!e || isOwnOutlet(outlet, e)) continue;
    // an organisation, or a title opened by a capitalised "The" whatever type the entities pass gave it ("told The Harbour Post")
    const article = TITLE_ARTICLE.exec(text.slice(Math.max(from, m.start - 40), m.start));
    // a name with a medium's word ("Radio Dorrin") is a medium whatever type the entities pass gave it
    const mediaName = words(m.text).some((w) => MEDIA_NAME_WORD.test(w));
    // a "person" typed so by mistake: "the" before the name ("told the Pellmoor Beacon"), or a name that opens with a
    // place of the document ("told Vistel One": a station named after its country)
    const notPerson = e.type === 'person' && (LOWER_ARTICLE.test(text.slice(Math.max(from, m.start - 10), m.start)) || opensWithPlace(m.text, entities));
    if (e.type !== 'organization' && !mediaName && !notPerson && (!article || e.type === 'place')) continue;
    if (TOLD_MEDIUM.test(text.slice(Math.max(from, m.start - 60), m.start))) return { start: article ? m.start - article[0].length : m.start, end: m.end, entity: m.entity };
  }
  for (const w of text.slice(from, to).matchAll(UNNAMED_CAPITAL)) {
    const start = from + (w.index ?? 0), end = start + w[0].length;
    if (mentions.some((m) => m.start < end && start < m.end) || !TOLD_MEDIUM.test(text.slice(Math.max(from, start - 60), start))) continue;
    const low = w[0].toLowerCase();
    if (AUDIENCE_NOUN.test(low)) continue;
    const own = !!outlet && titleWords(outlet).includes(low);
    if (!own && !entities.some((e) => e.type === 'person' && [e.name, ...e.aliases].some((a) => words(a).includes(low)))) return { start, end, entity: null };
  }
  return null;
}

/** Capital initials of a name's content words ("Norland Press Agency" → "NPA"). */
function initials(name: string): string {
  return name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|Of|And)$/u.test(w)).map((w) => w[0]).join('');
}

/**
 * The agency a whole report came through: a wire credit in the dateline ("/NPA/") and a relay clause crediting
 * an agency in the body ("…, transmits the Norland Press Agency (NPA)", "…, writes the Agency"). Each alone is
 * not enough: a dateline credit only says where the copy started, and "according to the agency" credits one fact.
 * Never the outlet's own agency (its own copy is no channel). The agency is its organisation entity when one
 * carries the short name or sits in the relay clause, else the short name itself.
 */
export function wireChannel(text: string, entities: LocalEntity[], mentions: EntityMention[], outlet: string | null): (Span & { entity: number | null }) | null {
  const head = text.slice(0, 2000).match(WIRE_DATELINE);
  if (!head || head.index === undefined) return null;
  const short = head[1] ?? head[2] ?? head[3];
  // the relay names an agency (or bureau, wire service) or the dateline's short name
  const relay = [...text.matchAll(WIRE_RELAY)].find((m) => /\b(?:agency|bureau|service)\b/iu.test(m[1]) || m[1].split(/[\s()]+/u).includes(short));
  if (!relay || relay.index === undefined) return null;
  const phraseStart = relay.index + relay[0].length - relay[1].length;
  const inRelay = mentions.find((m) => m.start >= phraseStart && m.end <= phraseStart + relay[1].length && entities[m.entity]?.type === 'organization');
  const byShort = entities.findIndex((e) => e.type === 'organization' && (initials(e.name) === short || e.aliases.includes(short)));
  const entity = inRelay ? inRelay.entity : byShort >= 0 ? byShort : null;
  if (entity !== null && isOwnOutlet(outlet, entities[entity])) return null;
  if (outlet && (initials(outlet) === short || words(outlet).includes(short.toLowerCase()))) return null;
  if (entity !== null) {
    const m = mentions.find((x) => x.entity === entity);
    if (m) return { start: m.start, end: m.end, entity };
  }
  const at = (head.index ?? 0) + head[0].lastIndexOf(short);
  return { start: at, end: at + short.length, entity: null };
}
