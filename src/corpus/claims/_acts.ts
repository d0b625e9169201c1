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
  const done = [...text.matchAll(ACT_VERB)].filter((x) => !x[1] || !MODAL_BE_BEFORE.test(text.slice(Math.max(0, x.index! - 24), x.index)));
  return [...new Set(done.map((x) => x[1] ?? x[2] ?? '').filter((w) => !ATTRIBUTION.test(w) && w !== 'hundred').flatMap((w) => keyTerms(w)))];
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
