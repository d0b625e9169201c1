/**
 * Acts the event stage has no type for ("the paintings were recovered", "the notice was lifted",
 * "removed the chairwoman"): a clause's verbs, as key terms, so two outlets dating one such act a
 * day apart can still disagree on its day.
 */
import { ATTRIBUTION, keyTerms } from '../../analyse/claims/index.ts';
import { DAY_VALUE_LENGTH } from './constants.ts';
import { ACT_VERB, MODAL_BE_BEFORE, REPORT_DAY_THEN_THAT } from './patterns.ts';
import type { ClaimItem } from './_features.ts';

const memo = new WeakMap<ClaimItem, string[]>();

/** Key terms of the clause's past forms and infinitives ("were recovered" → "recover", "voted to remove" → "vote", "remov"), in text order. */
export function actWords(m: ClaimItem): string[] {
  let v = memo.get(m);
  if (!v) {
    v = actWordsOf(m.claim.text);
    memo.set(m, v);
  }
  return v;
}

/** actWords of a clause's text (the reader flags name the act two clauses date apart by these). */
export function actWordsOf(text: string): string[] {
  // Reporting verbs date the report, not the act ("announced on Monday" / "reported on Tuesday").
  // A past form after a modal and "be" tells an act to come or wished for ("warned on Sunday that the
  // slope should be closed"): the clause's day is not its day.
  const all = [...text.matchAll(ACT_VERB)];
  const done = all.filter((x, i) => !x[1] || (!MODAL_BE_BEFORE.test(text.slice(Math.max(0, x.index! - 24), x.index)) && !nounModifier(text, x, all.slice(0, i))));
  return [...new Set(done.map((x) => x[1] ?? x[2] ?? '').filter((w) => !ATTRIBUTION.test(w) && w !== 'hundred').flatMap((w) => keyTerms(w)))];
}

/**
 * A past participle right after a noun and before a preposition or the clause's end, once the clause has told an act of
 * its own ("began drilling towards miners trapped underground", "reached the villagers stranded by the flood"), says what
 * state the noun is in, not what the clause did: it is the act of an earlier moment, and the clause's day is not its day.
 */
function nounModifier(text: string, x: RegExpMatchArray, before: RegExpMatchArray[]): boolean {
  const acts = before.filter((y) => (y[1] || y[2]) && !ATTRIBUTION.test(y[1] ?? y[2]!));
  if (!x[1]!.endsWith('ed') || !acts.length) return false;
  const at = x.index!;
  // Right after the act and its object, the participle completes the act ("ordered the road closed", "found the door
  // locked"): the act done is the state it brought about.
  const last = acts.at(-1)!;
  if (OBJECT_ONLY.test(text.slice(last.index! + last[0].length, at))) return false;
  return NOUN_BEFORE.test(text.slice(Math.max(0, at - 30), at)) && !NOT_NOUN.test(text.slice(Math.max(0, at - 30), at))
    && PREPOSITION_AFTER.test(text.slice(at + x[0].length));
}
/** A short object and nothing else between an act and a participle: no preposition leads to another noun. */
const OBJECT_ONLY = /^\s+(?!.*\b(?:in|on|at|with|towards?|of|for|from|by|near|into|under|over|after|during)\b)(?:[\p{L}'-]+\s+){1,4}$/u;
/** A lower-case word (a noun, unless NOT_NOUN says otherwise) right before the participle. */
const NOUN_BEFORE = /\b[a-z]{3,}\s+$/;
/** Words before a past form that make it the clause's own verb ("was trapped", "had warned", "and fled", "quickly sealed"). */
const NOT_NOUN = /\b(?:was|were|is|are|be|been|being|has|have|had|and|or|but|not|who|which|that|they|she|you|also|then|later|first|never|just|already|since|when|then|[a-z]+ly)\s+$/;
/** What follows a participle that describes a noun: a preposition, an adverb of place, or the end of the clause. */
const PREPOSITION_AFTER = /^\s*(?:$|[,.;:]|(?:in|on|at|by|as|since|after|during|inside|underground|from|near|under|below|beneath|behind|without)\b)/;

/** The one day a clause states, when it states no other date, or null. */
export const soleStatedDay = (m: ClaimItem): string | null => (m.stated.length === 1 && m.stated[0]!.length === DAY_VALUE_LENGTH ? m.stated[0]! : null);

/** The clause's one day when it dates its act, not only the report of it ("said early this morning that ..."), or null. */
export const actDay = (m: ClaimItem): string | null => (REPORT_DAY_THEN_THAT.test(m.claim.text) ? null : soleStatedDay(m));

/**
 * The act word two clauses share when each dates its act to one day and they type no event alike
 * (typed events have their own day checks), or null.
 */
export function sharedUntypedAct(a: ClaimItem, b: ClaimItem): string | null {
  if (!actDay(a) || !actDay(b) || a.eventTypes.some((t) => b.eventTypes.includes(t))) return null;
  const theirs = new Set(actWords(b));
  return actWords(a).find((w) => theirs.has(w)) ?? null;
}

/** Prefix of the conflict unit of an untyped act ("act:lift"). */
export const ACT_PREFIX = 'act:';
