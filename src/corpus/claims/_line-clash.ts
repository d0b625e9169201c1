/**
 * Two stories of one storyline (a follow-up and the coverage before it) that date the same act a
 * day apart, each in a clause that witnesses that act's day alone.
 */
import { triggerTerms } from '../../analyse/claims/index.ts';
import { EVENT_TRIGGERS } from '../../analyse/events/index.ts';
import { DAY_VALUE_LENGTH, NO_DAY_CONFLICT_TYPES } from './constants.ts';
import { COORDINATED_ACT, DEPENDENT_ACT } from './patterns.ts';
import type { ClaimItem } from './_features.ts';
import { conflictBetween } from './_conflicts.ts';
import { ACT_PREFIX } from './_acts.ts';
import { wordedTypes } from './_days.ts';
import { memoByKey } from '../../util/index.ts';

/** Where each act type's first trigger starts in a clause, earliest first. */
function actsAt(text: string): { type: string; at: number }[] {
  const first = new Map<string, number>();
  for (const [type, re] of EVENT_TRIGGERS) {
    if (NO_DAY_CONFLICT_TYPES.has(type)) continue;
    const m = re.exec(text); // no g or y flag on the triggers: no state kept between calls
    if (m && m.index < (first.get(type) ?? Infinity)) first.set(type, m.index);
  }
  return [...first].map(([type, at]) => ({ type, at })).sort((a, b) => a.at - b.at);
}

/**
 * The act a clause tells as its own, or null. Its first act is the main one when every later act
 * hangs on it ("died on Friday of burns he suffered when the boiler exploded", "resigned after
 * the audit was published"); a clause that names several acts side by side ("resigned on Monday;
 * the treaty was signed") does not say which of them its day belongs to.
 */
export const mainAct = (text: string): string | null => mainActKnown(text);
/** Most clause texts mainAct keeps read (it runs every trigger over the clause; merging asks again for each candidate). */
const MAX_MAIN_ACTS = 20_000;
const mainActKnown = memoByKey(MAX_MAIN_ACTS, readMainAct);

function readMainAct(text: string): string | null {
  const [main, ...rest] = actsAt(text);
  if (!main) return null;
  for (const r of rest) {
    const between = text.slice(main.at, r.at);
    if (COORDINATED_ACT.test(between) && !DEPENDENT_ACT.test(between.split(COORDINATED_ACT).at(-1) ?? '')) return null;
  }
  return main.type;
}

/**
 * The clause states one day and no other date ("2024-03-04 - ...", "on Tuesday" in an undated
 * text): a clause of several dates may give any of them to its act.
 */
const soleDay = (m: ClaimItem): boolean => (m.stated.length === 1 ? m.stated[0]!.length === DAY_VALUE_LENGTH : !m.stated.length && m.weekday !== null);

const witnessed = new WeakMap<ClaimItem, string | null>();

/** The act whose day a clause witnesses (one day, one act of its own), or null. */
export function witnessAct(m: ClaimItem): string | null {
  if (!witnessed.has(m)) witnessed.set(m, soleDay(m) ? mainAct(m.claim.text) : null);
  return witnessed.get(m)!;
}

/**
 * a and b, in two stories of one storyline, date the same act to another day, both naming it with
 * the same trigger word ("was charged on Monday" / "charged on Tuesday") and no other act or date:
 * the follow-up disputes the earlier day.
 */
export function lineDayClash(a: ClaimItem, b: ClaimItem): boolean {
  if (a.line === null || a.line !== b.line || a.story === b.story || a.story === null || b.story === null) return false;
  // One act told with the same verb, on one day each, a day apart (untypedActClash).
  if (conflictBetween(a, b)?.unit.startsWith(ACT_PREFIX)) return true;
  const act = witnessAct(a) ?? witnessAct(b);
  if (act === null || !witnesses(a, b, act) || !witnesses(b, a, act)) return false;
  const c = conflictBetween(a, b);
  if (c?.kind !== 'date' || c.unit !== act) return false;
  // A clause in which no trigger finds the act words it with the other's trigger word (wordedBy).
  if (witnessAct(a) === null || witnessAct(b) === null) return true;
  const words = new Set(triggerTerms(a.claim.text, act));
  return triggerTerms(b.claim.text, act).some((t) => words.has(t));
}

/**
 * m witnesses `act` on its one day: its own act, or, when no trigger finds any act in it, the act it
 * words with the other clause's trigger word, as a chronology line does in the present
 * ("2025-12-22 - crane collapses at the quay" / "a crane collapsed on Tuesday").
 */
function witnesses(m: ClaimItem, other: ClaimItem, act: string): boolean {
  const own = witnessAct(m);
  if (own === null && ownDayActs(m).includes(act)) return triggerTerms(m.claim.text, act).some((t) => triggerTerms(other.claim.text, act).includes(t));
  return own !== null ? own === act : soleDay(m) && mainAct(m.claim.text) === null && wordedTypes(m, other).includes(act);
}

/**
 * The acts a clause of several days gives each a day of its own, no other act sharing it ("an inquiry
 * into the blackout ... on July 1 found on Thursday that ...": the blackout on July 1, the finding
 * on Thursday): each day belongs to one act, as a clause of one day and one act.
 */
export function ownDayActs(m: ClaimItem): string[] {
  if (m.stated.length < 2 || m.stated.some((d) => d.length !== DAY_VALUE_LENGTH)) return [];
  const days = [...m.eventDays.values()];
  return [...m.eventDays].filter(([t, d]) => !NO_DAY_CONFLICT_TYPES.has(t) && m.stated.includes(d) && days.filter((x) => x === d).length === 1).map(([t]) => t);
}
