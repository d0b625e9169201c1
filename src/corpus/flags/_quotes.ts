/**
 * Flags for one statement quoted in different wordings across outlets, a fragment another outlet
 * kept included. A statement may be quoted in several pieces ("«A,» she said. «B.»"): pieces that
 * share no words are different parts of the statement, not variants, and a document never
 * disagrees with itself. A flag shows two renderings of one line that differ in wording, narrowed
 * to the sentences that answer each other; a line quoted with more or less around it is no rewording,
 * so the whole quote against a fragment is shown only when the quotes merely cut the line.
 */
import type { Flag, Quote } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping, QuoteLedger } from '../types.ts';
import { EDGE_CUT_WORDS, FRAGMENT_RUN_WORDS, LINE_LIKENESS_MIN, RELAYED_SHARED_WORDS, LINE_SHARED_WORDS, MAX_LINE_SENTENCES, MESSAGE_QUOTE_CHARS, MIN_CONTENT_WORD_CHARS, RELATED_WORDING_MIN, ROLE_SPEAKER_SHARED_WORDS, RUN_CONTENT_WORDS, SHARED_RUN_WORDS, SPLIT_SPEAKER_SHARED_WORDS, SPLIT_SPEAKER_WORDING_MIN } from './constants.ts';
import { docName } from './_names.ts';
import { ELISION, contentWords, soundsAlike } from '../statements/index.ts';
import { memoByKey } from '../../util/index.ts';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * One wording: the same words in the same order, whatever the case and punctuation. A fragment another outlet
 * quotes is a wording of its own ("never be anybody's junior partner" for the whole sentence): readers see only the
 * part it kept; and so is a line with a word said twice or moved ("ask every question and read every document" /
 * "ask every Question and we will read every Document"), though it holds no word the other lacks.
 */
function sameWording(a: string, b: string): boolean {
  const wa = words(a).join(' ');
  const wb = words(b).join(' ');
  return !wa || !wb || wa === wb;
}

/** Content words two wordings share, and their share of the shorter wording's content words. */
function contentOverlap(a: string, b: string): { shared: number; share: number } {
  const sa = new Set(words(a).filter((w) => w.length >= MIN_CONTENT_WORD_CHARS));
  const sb = new Set(words(b).filter((w) => w.length >= MIN_CONTENT_WORD_CHARS));
  if (!sa.size || !sb.size) return { shared: 0, share: 0 };
  let inter = 0;
  for (const w of sa) if (sb.has(w)) inter++;
  return { shared: inter, share: inter / Math.min(sa.size, sb.size) };
}

/**
 * Two wordings of the same part of a statement: a good share of their content words in common, as written or as the
 * statements stage folds them (a translation's "We hold two Persons" shares "people" with "two people in custody").
 */
const related = (a: string, b: string): boolean => (contentOverlap(a, b).share >= RELATED_WORDING_MIN || rewordingLikeness(a, b) > 0) && oneLineShared(a, b);

/**
 * Whether some sentence of `a` and some sentence of `b` share enough content words (folded) to be one line: a whole
 * line said again keeps more than two of its words ("We will search until the light goes" / "We searched until the light
 * had gone"), so two whole sentences of four or more words sharing only two ("keep going", "the crew") are two lines of one
 * person; a short sentence or fragment ("We signed a pause", "deeply sorry") may lose or change one word (a translation's). Words spread over several sentences of a long quote are no line.
 */
function oneLineShared(a: string, b: string): boolean {
  const sentencesOf = (t: string): Set<string>[] => sentenceSpans(t).map(([x, y]) => contentWords(t.slice(x, y))).filter((w) => w.size > 0);
  const sb = sentencesOf(b);
  return sentencesOf(a).some((wa) => sb.some((wb) => {
    let shared = 0;
    for (const w of wa) if (wb.has(w)) shared++;
    const smaller = Math.min(wa.size, wb.size);
    return shared >= Math.max(1, Math.min(LINE_SHARED_WORDS, smaller - 1)) && shared / smaller >= RELATED_WORDING_MIN;
  }));
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

/**
 * A cut that keeps all of a line but a word or two at its edges ("deeply sorry to every family" of "I am deeply sorry
 * to every family. We will pay."): readers of either see the same line, so it shows no difference worth a flag's two sides.
 */
const nearlyWhole = (a: string, b: string): boolean => {
  const [long, short] = words(a).length >= words(b).length ? [a, b] : [b, a];
  // Against the sentences of the longer quote the cut was taken from, as the flag would show them.
  const line = lineHolding(long, short);
  return words(line).length - words(short).length <= EDGE_CUT_WORDS && runsInside(short, line, spacedWords);
};

/**
 * Whether one quote is whole sentences of the other, word for word: an outlet that quotes fewer of a speaker's sentences
 * ("We are closing the pier," of "We are closing the pier. Nobody fishes there tonight.") changes no word of what it
 * kept, and a reader of either reads the same line; a cut inside a sentence ("legal" of "legal and inspected") may not.
 */
const wholeSentencesOf = (a: string, b: string): boolean => {
  const [long, short] = words(a).length >= words(b).length ? [a, b] : [b, a];
  const kept = words(short).join(' ');
  return sentenceRuns(long).some((r) => words(r).join(' ') === kept);
};

/**
 * Two wordings of one part of the statement, from different documents, or null. A pair that differs only by a word or
 * two cut at an edge is shown only when the statement has no other (see nearlyWhole); one that only quotes fewer whole
 * sentences is no pair (see wholeSentencesOf).
 */
function variantPair(groups: Quote[][]): [Quote, Quote] | null {
  for (const strict of [true, false]) {
    for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) {
      for (const a of groups[i]!) for (const b of groups[j]!) {
        if (a.documentId !== b.documentId && related(a.text, b.text) && !(strict && nearlyWhole(a.text, b.text)) && !wholeSentencesOf(a.text, b.text)) return [a, b];
      }
    }
  }
  return null;
}

/** The name a speaker is last called by, folded ("SABETH MARWE", "Marwe" → "marwe"). */
const surname = (q: Quote): string => words(q.speakerText ?? '').at(-1) ?? '';

/**
 * Whether two wordings share a run of `n` words in a row, holding at least `content` content words (MIN_CONTENT_WORD_CHARS
 * letters or more) when asked: a run of function words ("and we will not be") says nothing about which line it is.
 */
function sharesRun(a: string, b: string, n: number, content = 0): boolean {
  const wa = words(a);
  const wb = ` ${words(b).join(' ')} `;
  for (let i = 0; i + n <= wa.length; i++) {
    const run = wa.slice(i, i + n);
    if ((content === 0 || run.filter((w) => w.length >= MIN_CONTENT_WORD_CHARS).length >= content) && wb.includes(` ${run.join(' ')} `)) return true;
  }
  return false;
}

/**
 * A fragment a page quotes from someone it names only by role ("the weather service's lead forecaster says the warning was
 * \"a question for the town\""), running word for word inside a named speaker's quote on another page: that quote cut, one line.
 */
function roleCut(part: Quote, whole: Quote): boolean {
  if (part.speakerId || !part.partial || !part.speakerText || !whole.speakerId) return false;
  if (words(part.text).length < FRAGMENT_RUN_WORDS || contentOverlap(part.text, whole.text).shared < 2) return false;
  return runsInside(part.text, whole.text, spacedWords);
}

/**
 * A line a page quotes from someone it names only by role ("the harbour minister said the quay \"will be rebuilt before
 * spring\""), put in other words than a named speaker's quote of another page (a translation, a paraphrase): the
 * role names nobody, but a line that keeps most of its key words is that speaker's.
 */
function roleReworded(byRole: Quote, named: Quote): boolean {
  if (byRole.speakerId || !byRole.speakerText?.trim() || !named.speakerId) return false;
  const o = contentOverlap(byRole.text, named.text);
  return o.shared >= ROLE_SPEAKER_SHARED_WORDS && o.share >= SPLIT_SPEAKER_WORDING_MIN;
}

/** One line told on two pages, one of them naming its speaker by role alone (see roleReworded). */
const roleLine = (a: Quote, b: Quote): boolean =>
  a.documentId !== b.documentId && !sameWording(a.text, b.text) && (roleReworded(a, b) || roleReworded(b, a));

/** A name folded to its plain words with a space at each end, so one name can be found as whole words inside another. */
const foldedName = (s: string): string => ` ${words(s).join(' ')} `;

/**
 * A quote a page credits to another outlet's reporting ("called it \"the darkest night\", he told the Tessbury Courier"),
 * set against that outlet's own quote of the same speaker: the page relays the outlet's line in its own words, however
 * far they part, so the two are one line when they share a couple of content words. `outletOf`: a quote's outlet name.
 */
export function relayedLine(a: Quote, b: Quote, outletOf: (q: Quote) => string): boolean {
  if (!a.speakerId || a.speakerId !== b.speakerId) return false;
  const creditsOther = (x: Quote, y: Quote): boolean => {
    const via = foldedName(x.viaText ?? '');
    return via.trim().length >= 3 && foldedName(outletOf(y)).includes(via);
  };
  return (creditsOther(a, b) || creditsOther(b, a)) && contentOverlap(a.text, b.text).shared >= RELAYED_SHARED_WORDS;
}

/** Two quotes by one speaker (one entity, or one surname the entities stage kept as two people) that word one line twice. */
function oneLineTwice(a: Quote, b: Quote, outletOf: (q: Quote) => string = () => ''): boolean {
  if (a.documentId === b.documentId || sameWording(a.text, b.text)) return false;
  const sameId = !!a.speakerId && a.speakerId === b.speakerId;
  if (roleCut(a, b) || roleCut(b, a) || relayedLine(a, b, outletOf)) return true;
  // A machine translation spells the surname its own way ("Pellowmarsh" / "Pelomarch"): one surname as it sounds.
  if (!sameId && (surname(a).length < 3 || !(surname(a) === surname(b) || soundsAlike(surname(a), surname(b))))) return false;
  if (sharesRun(a.text, b.text, SHARED_RUN_WORDS)) return true;
  const o = contentOverlap(a.text, b.text);
  // A fragment another outlet kept of one person's line, reworded around a run it kept ("would have been left with
  // one supplier to call" / "… would have had one supplier to call."): a shorter run does, with words enough in common.
  if (sameId && (a.partial || b.partial) && sharesRun(a.text, b.text, FRAGMENT_RUN_WORDS) && o.shared >= SPLIT_SPEAKER_SHARED_WORDS) return true;
  // One person's line quoted whole on two pages, said again in other words on air or put anew by a second outlet
  // ("No passenger has died on board the ship" / "Nobody has died on board this ship."): the line's key words stay
  // together in a run ("has died on board") though the words around them change.
  if (sameId && !a.partial && !b.partial && sharesRun(a.text, b.text, FRAGMENT_RUN_WORDS, RUN_CONTENT_WORDS) && o.shared >= SPLIT_SPEAKER_SHARED_WORDS) return true;
  return !sameId && o.shared >= SPLIT_SPEAKER_SHARED_WORDS && o.share >= SPLIT_SPEAKER_WORDING_MIN;
}

/**
 * One line worded twice by one person whom two outlets name differently ("Sabeth Marwe" in a
 * transcript, "Marwe" in a paper) and the entities stage kept as two speakers, or one speaker's line
 * the statements stage split where the wordings part: quotes of two statements, from two documents.
 */
function splitSpeakerPairs(statements: { quotes: Quote[] }[], outletOf: (q: Quote) => string): [Quote, Quote][] {
  const firstPair = (i: number, j: number, tie: (a: Quote, b: Quote) => boolean): [Quote, Quote] | undefined =>
    statements[i]!.quotes.flatMap((a) => statements[j]!.quotes.map((b): [Quote, Quote] => [a, b])).find(([a, b]) => tie(a, b));
  const pairs: [Quote, Quote][] = [];
  const paired = new Set<number>();
  for (let i = 0; i < statements.length; i++) for (let j = i + 1; j < statements.length; j++) {
    const pair = firstPair(i, j, (a, b) => oneLineTwice(a, b, outletOf));
    if (pair) { pairs.push(pair); paired.add(i).add(j); }
  }
  // A line told by role alone (the weakest tie, see roleReworded) only for statements no surer pair flags already:
  // one line of a statement is flagged once.
  for (let i = 0; i < statements.length; i++) for (let j = i + 1; j < statements.length; j++) {
    if (paired.has(i) || paired.has(j)) continue;
    const pair = firstPair(i, j, roleLine);
    if (pair) { pairs.push(pair); paired.add(i).add(j); }
  }
  return pairs;
}

/** Titles whose period ends no sentence ("Mr. Varro said"). */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Capt|Col|Sgt|Jr|Sr|No)\.$/u;
const SENTENCE_END = new RegExp(String.raw`[.!?…]+(?=\s+["'“‘«„]?\p{Lu})|${ELISION.source}`, 'gu');

/**
 * The sentences of a quote as [start, end) offsets, also cut where an editor's "(…)" joins two
 * passages: an outlet may quote a line with more around it, and lines are what wordings are compared by.
 */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = /^[.!?…]/u.test(m[0]);
    const end = m.index! + m[0].length;
    if (stop && TITLE_BEFORE.test(text.slice(from, end))) continue;
    out.push([from, stop ? end : m.index!]);
    from = end;
  }
  out.push([from, text.length]);
  return out.filter(([x, y]) => /[\p{L}\p{N}]/u.test(text.slice(x, y)));
}

/** Every run of up to MAX_LINE_SENTENCES whole consecutive sentences of a quote ("A.", "B.", "A. B."), trimmed. */
export function sentenceRuns(text: string): string[] {
  const spans = sentenceSpans(text);
  const out: string[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (let j = i; j < Math.min(spans.length, i + MAX_LINE_SENTENCES); j++) out.push(text.slice(spans[i]![0], spans[j]![1]).trim());
  }
  return out;
}

/** A text's plain words with a space at each end, so one wording's words can be found running inside another's. */
const spacedWords = (s: string): string => ` ${words(s).join(' ')} `;

/** Whether `part`'s words run unchanged inside `whole`. */
const runsInside = (part: string, whole: string, spaced: (s: string) => string): boolean => spaced(whole).includes(spaced(part));

/** `f` computed once per text: one statement's comparisons meet the same quotes and sentence runs again and again. (No bound: the memo lives for one statement.) */
const perText = <T>(f: (s: string) => T): ((s: string) => T) => memoByKey(Infinity, f);

/** The text helpers one statement's comparison shares (each computed once per text). */
interface TextMemo { runsOf: (s: string) => string[]; wordsOf: (s: string) => Set<string>; spaced: (s: string) => string }
const textMemo = (): TextMemo => ({ runsOf: perText(sentenceRuns), wordsOf: perText(contentWords), spaced: perText(spacedWords) });

/**
 * How alike two renderings of one line are: the share of all their (folded) content words they
 * share, or 0 when they have too few in common to be one line. Two full renderings outrank a
 * fragment set against a long sentence.
 */
export function rewordingLikeness(a: string, b: string, wordsOf: (s: string) => Set<string> = contentWords): number {
  const wa = wordsOf(a), wb = wordsOf(b);
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  if (shared / Math.min(wa.size, wb.size) < RELATED_WORDING_MIN) return 0;
  return shared / (wa.size + wb.size - shared);
}

interface ShownPair { a: Quote; b: Quote; aText: string; bText: string; likeness: number }

/**
 * The closest reworded lines of two quotes (runs of their sentences), or null. Two cuts of one line
 * are no rewording: a sentence set against a longer quote that holds it, or two fragments that one
 * quote of `among` holds both of unchanged.
 */
function alignedRewording(a: Quote, b: Quote, among: Quote[], memo: TextMemo): ShownPair | null {
  if (a.documentId === b.documentId) return null;
  const oneCut = (x: string, y: string): boolean => among.some((q) => runsInside(x, q.text, memo.spaced) && runsInside(y, q.text, memo.spaced));
  let best: ShownPair | null = null;
  for (const ra of memo.runsOf(a.text)) for (const rb of memo.runsOf(b.text)) {
    const likeness = rewordingLikeness(ra, rb, memo.wordsOf);
    if (likeness > (best?.likeness ?? 0) && !oneCut(ra, rb)) best = { a, b, aText: ra, bText: rb, likeness };
  }
  return best;
}

/**
 * Whether renderings of likeness `x` show a line's rewording better than renderings of likeness `y`: of
 * renderings surely of one line (LINE_LIKENESS_MIN), the least alike (a translation against the original
 * says more than two copies a word apart); else the most alike, the likeliest to be one line.
 */
function moreTelling(x: number, y: number): boolean {
  const [sx, sy] = [x >= LINE_LIKENESS_MIN, y >= LINE_LIKENESS_MIN];
  if (sx !== sy) return sx;
  return sx ? x < y : x > y;
}

/**
 * The two lines, from two documents, that best show the statement reworded: of the line most of its
 * documents quote (a statement of several sentences may have a rewording of a line few quote), the
 * least alike renderings still surely of one line (a translation against the original; two clauses that
 * share a word or two are never shown as one line: see `moreTelling`), each narrowed to the sentences that
 * answer each other. Null when the quotes only cut the line differently.
 */
export function rewordedLines(quotes: Quote[]): ShownPair | null {
  const memo = textMemo();
  const carriers = (line: string): string[] => quotes.filter((q) => rewordingLikeness(line, q.text, memo.wordsOf) > 0
    || runsInside(line, q.text, memo.spaced) || runsInside(q.text, line, memo.spaced)).map((q) => q.documentId);
  let best: { pair: ShownPair; docs: number } | null = null;
  for (let i = 0; i < quotes.length; i++) for (let j = i + 1; j < quotes.length; j++) {
    const pair = alignedRewording(quotes[i]!, quotes[j]!, quotes, memo);
    if (!pair) continue;
    const docs = new Set([...carriers(pair.aText), ...carriers(pair.bText)]).size;
    if (!best || docs > best.docs || (docs === best.docs && moreTelling(pair.likeness, best.pair.likeness))) best = { pair, docs };
  }
  return best?.pair ?? null;
}

/**
 * The sentences of `whole` that a shorter quote `part` was cut from: the shortest run of its sentences holding
 * `part` word for word, else the run holding most of `part`'s content words (the first on a tie), else `whole`.
 */
export function lineHolding(whole: string, part: string): string {
  const runs = sentenceRuns(whole);
  const holding = runs.filter((r) => runsInside(part, r, spacedWords));
  if (holding.length) return holding.reduce((x, y) => (y.length < x.length ? y : x));
  const pw = contentWords(part);
  let best = { run: whole, shared: 0, length: Infinity };
  for (const r of runs) {
    const rw = contentWords(r);
    const shared = [...pw].filter((w) => rw.has(w)).length;
    if (shared > best.shared || (shared === best.shared && shared > 0 && r.length < best.length)) best = { run: r, shared, length: r.length };
  }
  return best.run;
}

/**
 * What a flag shows: the reworded lines of `quotes` when they have any, else the variant pair a, b, the longer
 * narrowed to the line the shorter was cut from: a fragment against the sentence that holds it, so the part of
 * a long quote in question is not cut off the message.
 */
function shownPair(quotes: Quote[], [a, b]: [Quote, Quote]): ShownPair {
  const reworded = rewordedLines(quotes);
  if (reworded) return reworded;
  const [long, short] = a.text.length >= b.text.length ? [a, b] : [b, a];
  // A whole sentence quoted unchanged is shown against the whole quote, not against itself.
  const held = lineHolding(long.text, short.text);
  const line = words(held).join(' ') === words(short.text).join(' ') ? long.text : held;
  return long === a ? { a, b, aText: line, bText: b.text, likeness: 0 } : { a, b, aText: a.text, bText: line, likeness: 0 };
}

const cut = (s: string): string => (s.length > MESSAGE_QUOTE_CHARS ? `${s.slice(0, MESSAGE_QUOTE_CHARS - 1)}…` : s);

export function quoteFlags(ledger: QuoteLedger, grouping: Grouping, docs: Map<string, AnalysedDocument>): Flag[] {
  const byId = new Map(ledger.quotes.map((q) => [q.id, q]));
  const flags: Flag[] = [];
  const outlet = (q: Quote): string => { const d = docs.get(q.documentId)?.doc; return d ? docName(d) : q.documentId; };
  const unflagged: { quotes: Quote[] }[] = [];
  for (const st of [...ledger.statements].sort((a, b) => a.id.localeCompare(b.id))) {
    // Copies of one document are one wording.
    const quotes = st.quoteIds.map((id) => byId.get(id)).filter((q): q is Quote => !!q && !grouping.duplicateOf.get(q.documentId))
      .sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start);
    const groups = wordings(quotes);
    const pair = variantPair(groups);
    if (!pair) { unflagged.push({ quotes }); continue; }
    const variants = groups.filter((g) => groups.some((h) => h !== g && g.some((a) => h.some((b) => a.documentId !== b.documentId && related(a.text, b.text)))))
      .map((g) => g[0]!);
    const who = quotes.find((q) => q.speakerText)?.speakerText ?? 'one speaker';
    const shown = shownPair(quotes, pair);
    flags.push({
      kind: 'quote-wording',
      documentIds: [...new Set(quotes.map((q) => q.documentId))].sort(),
      evidence: variants.map((q) => ({ documentId: q.documentId, start: q.start, end: q.end })),
      message: `${who}'s statement is worded ${variants.length} ways: "${cut(shown.aText)}" (${outlet(shown.a)}) vs "${cut(shown.bText)}" (${outlet(shown.b)}).`,
    });
  }
  for (const [a, b] of splitSpeakerPairs(unflagged, (q) => docs.get(q.documentId)?.doc.outlet ?? '')) {
    // The speaker by the fullest name; a person named before one told by role only ("the duty officer").
    const [first, second] = !!a.speakerId !== !!b.speakerId ? (a.speakerId ? [a, b] : [b, a]) : a.speakerText!.length >= b.speakerText!.length ? [a, b] : [b, a];
    const shown = shownPair([first, second], [first, second]);
    flags.push({
      kind: 'quote-wording',
      documentIds: [a.documentId, b.documentId].sort(),
      evidence: [first, second].map((q) => ({ documentId: q.documentId, start: q.start, end: q.end })),
      message: `${first.speakerText}'s statement is worded 2 ways: "${cut(shown.aText)}" (${outlet(shown.a)}) vs "${cut(shown.bText)}" (${outlet(shown.b)}).`,
    });
  }
  return flags;
}
