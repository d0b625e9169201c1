/**
 * Acts the event stage has no type for ("the paintings were recovered", "the notice was lifted",
 * "removed the chairwoman"): a clause's verbs, as key terms, so two outlets dating one such act a
 * day apart can still disagree on its day.
 */
import { ATTRIBUTION, keyTerms } from '../../analyse/claims/index.ts';
import { DAY_VALUE_LENGTH } from './constants.ts';
import { ACT_VERB, MODAL_BE_BEFORE, PLACE_OF_START_BEFORE, REPORT_DAY_THEN_THAT, STARTED_ACT_AFTER, START_OF_ACT } from './patterns.ts';
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
  const done = [...text.matchAll(ACT_VERB)].filter((x) => !x[1] || !MODAL_BE_BEFORE.test(text.slice(Math.max(0, x.index! - 24), x.index)));
  return [...new Set(done.map((x) => startedAct(text, x)).filter((w) => !ATTRIBUTION.test(w) && w !== 'hundred').flatMap((w) => keyTerms(w)))];
}

/**
 * The act word of one ACT_VERB match: its past form or infinitive, but for "began"/"started" opening another verb the
 * -ing verb it opens ("began dropping water" → "dropping") or nothing (the "to" verb is matched on its own), so
 * "planes began dropping water on Wednesday" and "the fire started on Tuesday" tell no one act; and nothing for a start
 * that names a place ("were seen on Wednesday along the track where the fire began").
 */
function startedAct(text: string, x: RegExpMatchArray): string {
  const word = x[1] ?? x[2] ?? '';
  if (!x[1] || !START_OF_ACT.test(x[1])) return word;
  if (PLACE_OF_START_BEFORE.test(text.slice(0, x.index))) return '';
  const after = STARTED_ACT_AFTER.exec(text.slice(x.index! + x[1].length));
  return after ? after[1] ?? '' : word;
}

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
