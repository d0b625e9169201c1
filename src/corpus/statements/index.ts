/**
 * statements: the quote ledger. Every quote gets a global speaker (and channel); quotes that report
 * the same statement (rewordings, translations, fragments) share one statement id. Linking is by
 * content-word overlap within one story and one speaker, or near-identical wording when a speaker
 * is unknown. Ids depend only on the quotes themselves, never on input order.
 */
import type { Quote } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping, QuoteLedger, Statement } from '../types.ts';
import { echoesFragment, sameStatement, spokenFor, type LinkItem } from './_link.ts';
import { ELISION, contentWords, linkingText, plain } from './_words.ts';
import { adjacentPairs, sameSentencePairs } from './_adjacent.ts';
import { rolePastName, storyPeople, storyRoleSpeaker } from './_roles.ts';
import { corpusSpeakers, soundsAlike } from './_speakers.ts';
import { spokespeople } from './_affiliation.ts';
import { CROSS_STORY_FRAGMENT_WORDS, MAX_POSTINGS } from './constants.ts';

/** The words statements are linked by, and an editor's elision "(…)", for other corpus parts that read quotes the same way (the wording flags, the statement eval). */
export { ELISION, contentWords, linkingText, plain };
/** Two name words that may be one name transliterated, for the wording flags' speakers the entities stage kept apart. */
export { soundsAlike };

function find(parent: Map<string, string>, x: string): string {
  let r = x;
  while (parent.get(r) !== r) r = parent.get(r)!;
  parent.set(x, r);
  return r;
}

/** Quote ledger: quotes with global speakers, grouped into statements. Pure and order-independent. */
export function buildQuoteLedger(docs: AnalysedDocument[], res: EntityResolution, grouping: Grouping): QuoteLedger {
  const quotes: Quote[] = [];
  const items: LinkItem[] = [];
  /** The day each quote's page was published (YYYY-MM-DD), where known. */
  const dayOf = new Map<string, string>();
  const adjacent: [string, string][] = [];
  const woven: [string, string][] = [];
  const storyOf = (documentId: string): string => grouping.storyOf.get(documentId) ?? `doc:${documentId}`;
  const people = storyPeople(res.entities, storyOf);
  const speakers = corpusSpeakers(res.entities);
  const isPerson = new Set(res.entities.filter((e) => e.type === 'person').map((e) => e.id));
  const isOrganisation = new Set(res.entities.filter((e) => e.type === 'organization').map((e) => e.id));
  const spokes = spokespeople(res.entities, speakers.linkId);
  const nameOf = new Map(res.entities.map((e) => [e.id, e.name]));
  const sorted = [...docs].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  for (const { doc, analysis } of sorted) {
    const ids = res.globalIds.get(doc.id) ?? [];
    const local = analysis.quotes ?? [];
    const key = (q: (typeof local)[number]): string | null => (q.speaker !== null ? ids[q.speaker] ?? null : null) ?? q.speakerText ?? null;
    const spans = local.map((q) => ({ start: q.start, end: q.end, text: q.text, partial: q.partial, speakerKey: key(q) }));
    for (const [a, b] of adjacentPairs(doc.text, spans)) adjacent.push([`${doc.id}:q${a}`, `${doc.id}:q${b}`]);
    for (const [a, b] of sameSentencePairs(doc.text, spans)) woven.push([`${doc.id}:q${a}`, `${doc.id}:q${b}`]);
    local.forEach((q, i) => {
      const id = `${doc.id}:q${i}`;
      // an attribution its document left unresolved, or read as a place or an organisation, may still name one person of
      // the corpus ("Ravensholt", "Brimley Vale's Edric Fane"); a role phrase the one person of the story with that role
      // ("in the words of its former director, X": the document read "its former director" as the organisation it names)
      const resolved = q.speaker === null ? null : ids[q.speaker] ?? null;
      const roleOf = resolved && isOrganisation.has(resolved) && rolePastName(q.speakerText, nameOf.get(resolved)!) ? storyRoleSpeaker(q.speakerText, storyOf(doc.id), people) : null;
      const speakerId = resolved && isPerson.has(resolved) ? resolved
        : speakers.named(q.speakerText, resolved && nameOf.get(resolved)) ?? roleOf ?? resolved ?? storyRoleSpeaker(q.speakerText, storyOf(doc.id), people);
      quotes.push({
        id, documentId: doc.id, text: q.text, start: q.start, end: q.end, speakerId, speakerText: q.speakerText,
        statementId: null, partial: q.partial, viaId: q.via === null ? null : ids[q.via] ?? null, viaText: q.viaText,
      });
      const published = analysis.publishedAt ?? doc.publishedAt;
      if (published && /^\d{4}-\d{2}-\d{2}/.test(published)) dayOf.set(id, published.slice(0, 10));
      const wording = linkingText(q.text);
      items.push({ id, speakerId: speakers.linkId(speakerId), story: storyOf(doc.id), words: contentWords(wording), plain: plain(wording), whole: plain(q.text), partial: q.partial });
    });
  }
  const parent = new Map(items.map((it) => [it.id, it.id]));
  const union = (a: string, b: string): void => {
    const ra = find(parent, a), rb = find(parent, b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  // Quotes by content word (indices into items), for the pairwise test and the fragment search.
  const byWord = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const w of it.words) {
      const list = byWord.get(w);
      if (list) list.push(i); else byWord.set(w, [i]);
    }
  });
  // candidate pairs share a content word; the link test itself weighs story and speaker
  items.forEach((a, i) => {
    const seen = new Set<number>();
    for (const w of a.words) for (const j of (byWord.get(w) ?? []).length > MAX_POSTINGS ? [] : byWord.get(w) ?? []) {
      if (j <= i || seen.has(j)) continue;
      seen.add(j);
      if (sameStatement(a, items[j]!)) union(a.id, items[j]!.id);
    }
  });
  // a line credited to an organisation in one outlet and to its spokesperson in another, one quoting the other word for word
  const byStory = new Map<string, LinkItem[]>();
  for (const it of items) {
    if (!it.speakerId || !spokes.paired(it.speakerId)) continue;
    const group = byStory.get(it.story);
    if (group) group.push(it); else byStory.set(it.story, [it]);
  }
  for (const group of byStory.values()) {
    for (const frag of group) {
      const roots = new Set(group.filter((whole) => spokenFor(frag, whole, spokes.speaksFor)).map((whole) => find(parent, whole.id)));
      if (roots.size === 1) union(frag.id, [...roots][0]!);
    }
  }
  // «A,» she said. «B.»: one statement split by its attribution
  for (const [a, b] of adjacent) union(a, b);
  // a fragment another story quotes with no speaker joins the one statement whose quotes hold it word for word
  for (const frag of items) {
    if (frag.speakerId || frag.words.size < CROSS_STORY_FRAGMENT_WORDS) continue;
    // every quote holding the fragment holds its rarest word
    const rarest = [...frag.words].map((w) => byWord.get(w) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    const holders = rarest.filter((j) => echoesFragment(frag, items[j]!));
    let roots = new Set(holders.map((j) => find(parent, items[j]!.id)));
    // held by two statements: a page cannot quote words first published after it, so a statement all of whose
    // quotes are on pages dated after the fragment's is not the one it quotes
    const day = dayOf.get(frag.id);
    if (roots.size > 1 && day) {
      const known = new Set<string>();
      for (const it of items) {
        const d = dayOf.get(it.id);
        if (!d || d <= day) known.add(find(parent, it.id));
      }
      roots = new Set([...roots].filter((r) => known.has(r)));
    }
    if (roots.size === 1) union(frag.id, [...roots][0]!);
  }
  // fragments of one speaker woven into one sentence: one statement, unless either already reports a statement
  // quoted elsewhere (the reporter may have strung together two lines the other outlets quote apart)
  const docOf = (id: string): string => id.slice(0, id.lastIndexOf(':q'));
  const rootDocs = new Map<string, Set<string>>();
  for (const it of items) {
    const r = find(parent, it.id);
    const docs = rootDocs.get(r);
    if (docs) docs.add(docOf(it.id)); else rootDocs.set(r, new Set([docOf(it.id)]));
  }
  for (const [a, b] of woven) {
    const ra = find(parent, a), rb = find(parent, b);
    if (ra === rb || rootDocs.get(ra)!.size > 1 || rootDocs.get(rb)!.size > 1) continue;
    union(ra, rb);
  }
  // statement id = "st:" + smallest quote id of the group: stable for the same quotes in any order
  const members = new Map<string, Quote[]>();
  for (const q of quotes) {
    const root = find(parent, q.id);
    members.set(root, [...(members.get(root) ?? []), q]);
  }
  const statements: Statement[] = [];
  for (const [root, qs] of [...members].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const id = `st:${root}`;
    for (const q of qs) q.statementId = id;
    const fullest = [...qs].sort((a, b) => b.text.length - a.text.length || (a.id < b.id ? -1 : 1))[0];
    statements.push({ id, speakerId: commonSpeaker(qs), quoteIds: qs.map((q) => q.id), text: fullest.text });
  }
  return { quotes, statements };
}

/** The speaker most of the group's quotes name (ties: smallest id), or null. */
function commonSpeaker(qs: Quote[]): string | null {
  const n = new Map<string, number>();
  for (const q of qs) if (q.speakerId) n.set(q.speakerId, (n.get(q.speakerId) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, c] of n) if (best === null || c > n.get(best)! || (c === n.get(best)! && id < best)) best = id;
  return best;
}
