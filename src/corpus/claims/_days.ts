/**
 * The days and tallies of two claim clauses: whether they tell one act of one day, counts of one tally on other days, or
 * acts too far apart to be one. Shared by the likeness of two clauses (_similarity) and the test of their conflict
 * (_conflicts), which each need the other's day tests.
 */
import { DATE_CONFLICT_MAX_DAYS, DAY_VALUE_LENGTH, SAME_INCIDENT_PAGES_DAYS, TALLY_MEASURES } from './constants.ts';
import type { ClaimItem } from './_features.ts';
import { isTally } from './_figures.ts';
import { PLANNED_ACT } from './patterns.ts';
import { keyTerms } from '../../analyse/claims/index.ts';
import { actWords } from './_acts.ts';

/**
 * Counts of a tally told on different days that cannot dispute each other: one is told as it stands
 * that day ("the toll rose to 27 on Thursday") or dated by its own clause ("killed four in 2011").
 * Counts of what one incident did, told undated on different days ("the shelling killed three" /
 * "killing at least five, hospital officials said"), answer one question.
 */
export const daysApart = (a: ClaimItem, b: ClaimItem): boolean => a.asOf !== b.asOf && (a.running || b.running || a.dated || b.dated);

/**
 * Counts of a people tally (the dead, the missing, the hurt) told on other days that still dispute each other:
 * what one incident did, dated to its day by one page ("Nine people were hurt yesterday evening when a coach slid")
 * and told undated by another page of the same week ("a coach slid … and twelve people were hurt"), answers the
 * same question. Counts told as they stand ("the toll rose to 27"), both dated, dated long before, or on pages
 * further apart (a count of the day against the one an anniversary piece gives) are told for other days.
 */
export const tallyDaysApart = (a: ClaimItem, b: ClaimItem, cls: string): boolean =>
  daysApart(a, b) && !(TALLY_MEASURES.has(cls) && !a.running && !b.running && a.dated !== b.dated && !a.background && !b.background && samePageWeek(a, b))
  && !sameTollTold(a, b, cls);

/**
 * Two reports of the same week that tell one incident's toll with the same figure of another tally in their
 * sentences ("Fourteen people were killed and 31 injured" / "14 persons perished and 26 persons were wounded")
 * count its people as of one moment: their figures of `cls` are one disputed count, not a tally that grew
 * between the days they were told on. A toll told as it stands ("rose to") is a count of its own day.
 */
export function sameTollTold(a: ClaimItem, b: ClaimItem, cls: string): boolean {
  if (a.running || b.running || !samePageWeek(a, b)) return false;
  for (const [k, va] of a.toll) if (k !== cls && (b.toll.get(k) ?? []).some((v) => va.includes(v))) return true;
  return false;
}

/** The two clauses' pages were published within SAME_INCIDENT_PAGES_DAYS of each other. */
export const samePageWeek = (a: ClaimItem, b: ClaimItem): boolean =>
  !!a.published && !!b.published && Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= SAME_INCIDENT_PAGES_DAYS * 86_400_000;

/**
 * Two counts of a tally on different days, with different figures: two claims, never one (they
 * may still dispute each other, see daysApart).
 */
export const tallyApart = (a: ClaimItem, b: ClaimItem): boolean => differingTally(a, b, () => true);

/** Two counts of a tally that differ and are told for other days (see tallyDaysApart). */
export const tallyApartOnDays = (a: ClaimItem, b: ClaimItem): boolean => differingTally(a, b, (cls) => tallyDaysApart(a, b, cls));

/** Whether the two clauses, stated for different times, give a tally of one class (`also` holding for it) no figure in common. */
function differingTally(a: ClaimItem, b: ClaimItem, also: (cls: string) => boolean): boolean {
  if (a.asOf === b.asOf) return false;
  for (const [cls, va] of a.numbers) {
    const vb = b.numbers.get(cls);
    if (isTally(cls) && vb && !va.some((x) => vb.includes(x)) && also(cls)) return true;
  }
  return false;
}

/** The one day a clause states ("2024-03-04 - Captain Orvik detained"), or null. */
export const oneDay = (m: ClaimItem): string | null => {
  const days = m.stated.filter((d) => d.length === DAY_VALUE_LENGTH);
  return days.length === 1 ? days[0]! : null;
};

/** The one day a clause the event stage typed nothing in states, or null. */
export const untypedDay = (m: ClaimItem): string | null => (m.eventTypes.length ? null : oneDay(m));

/**
 * Event types of b that a clause words with b's own trigger words though the event stage did not
 * give it that type ("Captain Orvik detained" in a timeline line, typed by its verb or not at all /
 * "who was detained on Tuesday", a detention): the same act.
 */
export function wordedTypes(a: ClaimItem, b: ClaimItem): string[] {
  return [...b.triggers].filter(([t, ts]) => !a.eventTypes.includes(t) && [...ts].some((x) => a.terms.has(x))).map(([t]) => t);
}

/** A clause's one day is the day b gives an act both word. */
const wordedSameDay = (a: ClaimItem, b: ClaimItem): boolean => {
  const day = oneDay(a);
  return !!day && wordedTypes(a, b).some((t) => b.eventDays.get(t) === day);
};

/** Both claims date the same type of event to the same day. */
export function sameEventDay(a: ClaimItem, b: ClaimItem): boolean {
  for (const [t, d] of a.eventDays) if (b.eventDays.get(t) === d) return true;
  return wordedSameDay(a, b) || wordedSameDay(b, a);
}

/**
 * Both claims state a date and some date of one falls within a date of the other: "on June 4" and
 * "in June last year", "charged on Thursday" and "charged in January", a timeline's "2025-10-10" and
 * "on October 10". A background date counts: a follow-up retells the old event with its date.
 */
export function compatibleDate(a: ClaimItem, b: ClaimItem): boolean {
  return a.stated.some((x) => b.stated.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/**
 * Two clauses of one storyline, each stating one day and no other date, state the same day: told in
 * other words ("walked across the border on 12/12/2025" / "crossed into Osland this afternoon"), the
 * same act of that day, whether or not the event stage typed it.
 */
export function sameLineDay(a: ClaimItem, b: ClaimItem): boolean {
  if (a.line === null || a.line !== b.line || a.stated.length !== 1 || b.stated.length !== 1) return false;
  const day = oneDay(a);
  return day !== null && day === oneDay(b);
}

/** Two days (ISO) close enough for outlets giving them to dispute one act's day (DATE_CONFLICT_MAX_DAYS). */
export const withinConflictDays = (a: string, b: string): boolean => Math.abs(Date.parse(a) - Date.parse(b)) <= DATE_CONFLICT_MAX_DAYS * 86_400_000;

/**
 * Both claims date one type of event to days too far apart to be one disputed day, and no type to
 * the same day: two events ("arrested two men on Thursday, February 12" / "charged three men on
 * Monday, June 15", both a detention), never one claim, whatever figure they mention alike.
 */
export function eventsApart(a: ClaimItem, b: ClaimItem): boolean {
  let apart = false;
  for (const [t, d] of a.eventDays) {
    const e = b.eventDays.get(t);
    if (!e) continue;
    if (e === d) return false;
    if (Math.abs(Date.parse(d) - Date.parse(e)) > DATE_CONFLICT_MAX_DAYS * 86_400_000) apart = true;
  }
  return apart;
}

/**
 * One clause tells a plan of an act ("the first families should be paid by the end of the month") and the other tells
 * that act done ("the first families were paid on Friday"): an announcement of what is to happen does not vouch for
 * the report that it happened.
 */
export function planAndDeed(a: ClaimItem, b: ClaimItem): boolean {
  return plansWhatOtherDid(a, b) || plansWhatOtherDid(b, a) || comingBesidePast(a, b) || comingBesidePast(b, a);
}

/**
 * A clause dated only to days after its own report ("the assembly votes on the accord next Thursday", "will meet the
 * unions tomorrow") tells what is to come, whatever its verb; a clause dated only to days up to its report ("on
 * Thursday ratified the accord", "today extended the ban") tells what was done. What was to come does not vouch for
 * another act done, even on that very day (a memorial planned for Saturday / 2,000 filled the church on Saturday).
 */
export function comingBesidePast(coming: ClaimItem, past: ClaimItem): boolean {
  const after = coming.published;
  const upTo = past.published;
  if (!after || !upTo || !coming.stated.length || !coming.stated.every((d) => d > after) || !past.days.length || !past.days.every((d) => d <= upTo)) return false;
  // The same act told to come and told done is one fact when the plan was kept ("is due to lay a wreath on Tuesday" /
  // "laid a wreath on Tuesday"): only a done act the plan does not name is another fact.
  const done = actWords(past);
  return done.length > 0 && !done.some((t) => coming.terms.has(t));
}

/** `plan` tells an act to come ("should be paid") whose verb `deed`, told with no plan, reports done ("were paid"). */
function plansWhatOtherDid(plan: ClaimItem, deed: ClaimItem): boolean {
  const m = PLANNED_ACT.exec(plan.claim.text);
  if (!m || PLANNED_ACT.test(deed.claim.text)) return false;
  return keyTerms(m[1]!).some((t) => deed.terms.has(t));
}
