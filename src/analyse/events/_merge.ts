/** Merge mentions of one event inside a document. */
import type { EventMention } from '../../contract/pipeline.ts';
import type { DateValue } from '../../contract/dossier.ts';

/** Same day, or one date contains the other ("2025-03" and "2025-03-04"), or one is missing. */
export function datesCompatible(a: DateValue | null, b: DateValue | null): boolean {
  if (!a || !b) return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

const finer = (a: DateValue | null, b: DateValue | null): DateValue | null =>
  !a ? b : !b ? a : a.value.length >= b.value.length ? a : b;

const overlap = (a: number[], b: number[]): boolean => !a.length || !b.length || a.some((x) => b.includes(x));

/** How a mention names its event with "the": as the news, or looking back ("since the signing"). */
export type Reference = 'news' | 'back' | null;

/** Both told as news on one day, to the day: one text tells one such event of a type (see mergeInDocument). */
const toldOnOneDay = (o: EventMention, m: EventMention): boolean => !!o.date && !!m.date && o.date.precision === 'day'
  && o.date.value === m.date.value && !o.background && !m.background;

/** No two different places named. */
const placesAgree = (o: EventMention, m: EventMention): boolean => o.place === null || m.place === null || o.place === m.place;

/** `m`'s participants, place (when `into` has none) and evidence added to `into`. */
function foldInto(into: EventMention, m: EventMention): void {
  into.participants = [...new Set([...into.participants, ...m.participants])].sort((a, b) => a - b);
  into.place ??= m.place;
  into.evidence.push(...m.evidence.filter((x) => !into.evidence.some((y) => y.start === x.start)));
}

/**
 * `definite[i]`: mention i names its event with "the" ("the handover took less than an hour"); undated,
 * it joins the one dated event of its type in the document (a background one when it looks back),
 * whoever its sentence names.
 */
export function mergeInDocument(mentions: EventMention[], definite: Reference[] = [], backward: boolean[] = []): EventMention[] {
  const out: EventMention[] = [];
  const refOf = new Map(mentions.map((m, i) => [m, definite[i] ?? null]));
  // Mentions dated by a sentence that looks back ("last sent a mission in 2019"), and the events they start.
  const backOf = new Map(mentions.map((m, i) => [m, backward[i] ?? false]));
  const looksBack = new Set<EventMention>();
  // Dated mentions first, so an undated "the talks" joins the dated meeting it refers to.
  const ordered = [...mentions].sort((a, b) => Number(!a.date) - Number(!b.date) || a.evidence[0]!.start - b.evidence[0]!.start);
  for (const m of ordered) {
    // Two clauses of one sentence with the same type are two events ("handed over ..., and the ship docked").
    // ... unless they fall on the same day ("was stolen early on Sunday, in the first theft since 1987").
    const sameSentence = (o: EventMention): boolean => o.evidence.some((x) => m.evidence.some((y) => x.start === y.start))
      && !(o.date && m.date && o.date.value === m.date.value)
      // ... or one of them has no date: "has since become labour minister, replacing her in the April reshuffle" is one act.
      && !(o.date && !m.date);
    // "since the signing" looks back to a background event; "the handover took an hour" to the news.
    const ref = refOf.get(m);
    const datedOfType = ref ? out.filter((o) => o.type === m.type && o.date && o.background === (ref === 'back') && !sameSentence(o)) : [];
    // An undated mention told as news does not join an earlier event ("opened a mission on Wednesday" / "last sent a mission in 2019").
    const earlier = (o: EventMention): boolean => !m.date && !backOf.get(m) && ref !== 'back' && (o.background || looksBack.has(o));
    // One text, one type, one day told as news: one event, whoever each sentence names ("found shot to death Saturday
    // morning in northwest Indiana" / "officers were called at 7:17 a.m. to ... in Gary"), unless the places differ.
    const into = out.find((o) => o.type === m.type && !sameSentence(o) && datesCompatible(o.date, m.date) && (overlap(o.participants, m.participants) || toldOnOneDay(o, m))
      && placesAgree(o, m) && !earlier(o))
      ?? (!m.date && datedOfType.length === 1 ? datedOfType[0] : undefined);
    if (!into) {
      const copy = { ...m, participants: [...m.participants], evidence: [...m.evidence] };
      if (backOf.get(m) && m.date) looksBack.add(copy);
      out.push(copy);
      continue;
    }
    into.date = finer(into.date, m.date);
    foldInto(into, m);
    into.background &&= m.background;
  }
  for (const o of out) o.evidence.sort((a, b) => a.start - b.start);
  return out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/**
 * The news peg gives the lead's day (or the day the sentence before tells) to mentions no word of their own dates, after
 * mergeInDocument has run: a body sentence that goes on telling the lead's news ("“Our list has eleven names on it,” the
 * police spokeswoman told reporters" under "Eleven people are still missing, the police said on Tuesday") is then one more
 * event of the same type on the same day. One text, one type, one day told as news is one event (as in mergeInDocument):
 * each of `pegged` joins the first other event of its type on its day (day precision, neither told as background), the
 * places not differing.
 */
export function joinPegged(events: EventMention[], pegged: ReadonlySet<EventMention>): EventMention[] {
  const out: EventMention[] = [];
  // Events with a day of their own first: a pegged mention joins the news it goes on telling, not another pegged one, when both are there.
  const ordered = [...events].sort((a, b) => Number(pegged.has(a)) - Number(pegged.has(b)) || a.evidence[0]!.start - b.evidence[0]!.start);
  for (const m of ordered) {
    const into = pegged.has(m) ? out.find((o) => o.type === m.type && toldOnOneDay(o, m) && placesAgree(o, m)) : undefined;
    if (!into) {
      out.push(m);
      continue;
    }
    // (In place: the events are mergeInDocument's copies, and a mark kept beside one, as datedByLead's, stays on it.)
    foldInto(into, m);
    into.evidence.sort((a, b) => a.start - b.start);
  }
  return out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
