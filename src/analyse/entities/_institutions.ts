/**
 * Public bodies named by a common noun, with no capitalised name: "the finance ministry", "the city council",
 * "the government", "prosecutors", "Parliament's health committee", "Brellstadt city council". News writing names the
 * home country's institutions this way; each distinct phrase is one organisation of the document, and a bare head
 * ("the ministry", "the council") refers back to the one such body with that head.
 */
import type { EntityMention, LocalEntity } from '../../contract/pipeline.ts';

/** Head nouns of a public body. */
const HEADS = new Set(['ministry', 'government', 'council', 'committee', 'commission', 'police', 'prosecutor', 'prosecutors',
  'prosecution', 'regulator', 'authority', 'agency', 'coastguard', 'office']);
/**
 * Heads that stand for one body on their own: "the government" of the country a report is about. Bare "prosecutors"
 * are not: two reports' prosecutors are often two offices (ECB+ topic 1 merged two cases' prosecutors across documents),
 * so only a modified or qualified phrase ("public prosecutors", "Quorvadel's prosecutors") makes one.
 */
const BARE_BODY = new Set(['government']);
/** Heads too vague to make a body without a modifier or a qualifier ("the office", "the service", "the agency"). */
const NEED_MODIFIER = new Set(['office', 'agency', 'authority', 'regulator']);
/** Modifiers that pick out no particular body ("the other ministry", "the same council"). */
const NOT_A_MODIFIER = new Set(['other', 'another', 'second', 'first', 'third', 'former', 'previous', 'rival', 'new', 'different',
  'next', 'last', 'same', 'whole', 'entire', 'current', 'outgoing', 'incoming', 'relevant', 'responsible', 'competent', 'said',
  'two', 'three', 'both', 'all', 'each', 'every', 'only', 'such', 'main', 'whose', 'which', 'what', 'its', 'their', 'his', 'her',
  'our', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'of', 'and', 'or', 'by', 'in', 'on', 'at', 'to', 'for', 'with',
  'from', 'as', 'into', 'after', 'before', 'over', 'under', 'against', 'than', 'says', 'told', 'is', 'was', 'are', 'were',
  // an office that is a room or a building: "the head office", "the post office", "a shared office"
  'head', 'post', 'shared', 'branch', 'home', 'back', 'front', 'box']);
/** Nouns that make the head a modifier of a person or a place: "the government spokesman", "the council chamber". */
const COMPOUND_AFTER = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'minister', 'ministers',
  'source', 'sources', 'member', 'members', 'officer', 'officers', 'chief', 'chiefs', 'head', 'chair', 'chairman',
  'chairwoman', 'leader', 'leaders', 'lawyer', 'lawyers', 'investigator', 'investigators', 'inspector', 'inspectors',
  'building', 'buildings', 'headquarters', 'offices', 'chamber', 'station', 'stations', 'car', 'cars', 'van', 'vans', 'cordon',
  'staff', 'worker', 'workers', 'employee', 'employees', 'agent', 'agents', 'representative', 'representatives', 'director',
  'secretary', 'adviser', 'advisers', 'advisor', 'president', 'commissioner', 'unit', 'units', 'department', 'spokespeople']);

const WORD = /\p{L}[\p{L}-]*/uy;
const MAX_MODIFIERS = 2;

interface Phrase { start: number; end: number; qualifier: string | null; mods: string[]; head: string; bare: boolean }

/** The lower-case modifiers and head right at `from` ("finance ministry"), or null when no head noun ends them. */
function readPhrase(text: string, from: number): { mods: string[]; head: string; end: number } | null {
  const mods: string[] = [];
  let at = from;
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    WORD.lastIndex = at;
    const w = WORD.exec(text);
    // "Prosecutors said": a sentence may open with the body
    const word = k === 0 && w?.[0] === 'Prosecutors' ? 'prosecutors' : w?.[0];
    if (!w || !word || !/^\p{Ll}/u.test(word)) return null;
    const end = at + word.length;
    if (HEADS.has(word)) {
      const after = text.slice(end, end + 24);
      // "the Council of Europe", "the ministry Building": a name goes on; "the council chamber": the head is a modifier
      if (/^[ \u00A0]+(?:of\b|\p{Lu})/u.test(after) || /^[-‐]/u.test(after)) return null;
      const next = /^[ \u00A0]+(\p{Ll}+)/u.exec(after)?.[1];
      if (next && (COMPOUND_AFTER.has(next) || HEADS.has(next))) {
        if (!HEADS.has(next)) return null;
        // "the health office" vs "the police service": read on to the last head
      } else return { mods, head: word, end };
    }
    if (NOT_A_MODIFIER.has(word) || /ly$/u.test(word)) return null;
    mods.push(word);
    const gap = /^[ \u00A0]+/u.exec(text.slice(end, end + 3));
    if (!gap) return null;
    at = end + gap[0].length;
  }
  return null;
}

/** Every institution phrase of the text that no earlier pass has taken. */
function findPhrases(text: string, used: Uint8Array): Phrase[] {
  const out: Phrase[] = [];
  // "the finance ministry", "Parliament's health committee", "Brellstadt city council", "prosecutors"
  const START = /(?:^|[^\p{L}'’-])(?:(?=[Pp]rosecutors\b)|([Tt]he)[ \u00A0]+(?:(\p{Lu}[\p{L}-]+)[ \u00A0]+)?|(\p{Lu}[\p{L}-]+)(['’]s)?[ \u00A0]+)/gu;
  for (const m of text.matchAll(START)) {
    const from = (m.index ?? 0) + m[0].length;
    const p = readPhrase(text, from);
    if (!p) continue;
    const qualifierWord = m[2] ?? m[3] ?? null;
    // a bare capitalised word qualifies only as a name already found ("Brellstadt city council") or a possessor
    // ("Parliament's health committee"), never a sentence's first word ("In city council") or a time ("Monday's")
    if (m[3] && (TIME_WORD.test(m[3]) || (!m[4] && !used[from - m[0].length + m[0].indexOf(m[3])]))) continue;
    // a sentence's first word is no qualifier ("The"); "Prosecutors said" has none
    const qualifier = qualifierWord && !/^(?:The|This|That|A|An|Its|Their|His|Her|Our)$/u.test(qualifierWord)
      ? `${qualifierWord}${m[4] ?? ''}` : null;
    const bare = !qualifier && !p.mods.length;
    if (!m[1] && !qualifier && !(p.head === 'prosecutors' && bare)) continue;
    if (p.mods.length === 0 && qualifier && !m[4] && !m[1]) continue; // "Brellstadt police" alone is left to the name passes
    if (bare && NEED_MODIFIER.has(p.head)) continue;
    if (used.subarray(from, p.end).includes(1)) continue;
    out.push({ start: from, end: p.end, qualifier, mods: p.mods, head: p.head, bare });
  }
  return out;
}

const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)$/u;
/** "prosecutors", "the prosecution", "the public prosecutor": one head. */
const headWord = (w: string): string => (w === 'prosecutors' || w === 'prosecution' ? 'prosecutor' : w);
const phraseKey = (p: Phrase): string => [...p.mods, p.head].join(' ');

/**
 * New organisations for the institution phrases of the document, and their bare heads as mentions of them. A bare head
 * goes to the one body of the document with that head, whether named ("the Ministry of Health") or not; when there are
 * none, only a head that names one body by itself ("the government", "prosecutors") makes one.
 */
export function institutionMentions(text: string, entities: LocalEntity[], mentions: EntityMention[]): EntityMention[] {
  const used = new Uint8Array(text.length + 1);
  for (const m of mentions) used.fill(1, m.start, m.end);
  const phrases = findPhrases(text, used);
  if (!phrases.length) return mentions;
  const out = [...mentions];
  const byName = new Map<string, number>();
  const add = (p: Phrase, entity: number): void => {
    const t = text.slice(p.start, p.end);
    out.push({ start: p.start, end: p.end, text: t, entity });
    if (!entities[entity].aliases.includes(t)) entities[entity].aliases.push(t);
  };
  const create = (name: string): number => {
    const key = name.toLowerCase();
    let i = byName.get(key);
    if (i === undefined) { i = entities.push({ type: 'organization', name, aliases: [], roles: [] }) - 1; byName.set(key, i); }
    return i;
  };
  // 1. qualified and modified phrases: one body per qualifier and phrase
  const full = phrases.filter((p) => !p.bare);
  const qualifiedOf = new Map<string, Set<string>>();
  for (const p of full) if (p.qualifier) qualifiedOf.set(phraseKey(p), (qualifiedOf.get(phraseKey(p)) ?? new Set()).add(p.qualifier));
  const nameOf = (p: Phrase): string => {
    // "city council of Brellstadt": a name that opens with the place would take in the place's other readings
    if (p.qualifier) return `${phraseKey(p)} of ${p.qualifier.replace(/['’]s$/u, '')}`;
    const quals = qualifiedOf.get(phraseKey(p));
    // "the city council" after "Brellstadt city council": that council
    return quals?.size === 1 ? `${phraseKey(p)} of ${[...quals][0].replace(/['’]s$/u, '')}` : phraseKey(p);
  };
  for (const p of full) add(p, create(nameOf(p)));
  // 2. bare heads: the one body with that head, named or not
  for (const p of phrases.filter((x) => x.bare)) {
    const fits = entities.map((_, i) => i).filter((i) => entities[i].type === 'organization'
      && entities[i].name.toLowerCase().split(/[\s'’]+/u).map(headWord).includes(headWord(p.head)));
    if (fits.length === 1) add(p, fits[0]);
    else if (!fits.length && BARE_BODY.has(p.head)) add(p, create(p.head));
  }
  return out.sort((a, b) => a.start - b.start);
}
