/**
 * Passes over the resolved mentions that need the whole text: day words in quotes counted from the
 * day the quote was spoken, and offsets from an event the text dates elsewhere.
 */
import type { DateMention, Span } from '../../contract/pipeline.ts';
import { DATELINE_CHARS, FUTURE_SLACK_DAYS, NEAREST_YEAR_METHOD, QUOTE_SCAN_CHARS, UNMARKED_AHEAD_DAYS } from './constants.ts';
import { PATTERNS, WEEKDAYS } from './patterns.ts';
import { addDays, diffDays, fmt, parseYmd, startOf, valid, weekday, type Ymd } from './_calendar.ts';
import { countOf } from './_rules.ts';
import { tenseAt } from './_tense.ts';
import { memoByKey, spanAt, spanIndexAt } from '../../util/index.ts';

/**
 * Whether offset `at` lies inside a quotation of its paragraph: “…”, «…», "…", and the German and
 * Slavic „…“ (where “ closes).
 */
export function insideQuote(text: string, at: number): boolean {
  let open: string | null = null;
  // A quote longer than this is not one: bounded, so long unbroken texts stay linear.
  for (let i = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - QUOTE_SCAN_CHARS); i < at; i++) {
    const c = text[i]!;
    if (c === '„' || c === '«' || (c === '“' && open === null)) open = c;
    else if (c === '”' || c === '»' || (c === '“' && open === '„')) open = null;
    else if (c === '"') open = open === '"' ? null : open ?? '"';
  }
  return open !== null;
}

/**
 * "told a news conference this morning: 'Every engineer is out tonight'": the quote's paragraph says, outside quotes and
 * in a word of the page's own day ("this morning", "today"), that it was spoken on the page's day.
 */
function saidToday(m: DateMention, dates: DateMention[], text: string, today: string): boolean {
  const paraStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const paraEnd = text.indexOf('\n', m.end);
  return dates.some((o) => o !== m && o.start >= paraStart && (paraEnd < 0 || o.end <= paraEnd) && o.date.value === today
    && PATTERNS.quotedDayWord.test(o.text) && !insideQuote(text, o.start));
}

/** How far around a day its clock time is read ("at 11.40pm on Wednesday", "on Wednesday at 11pm"). */
const LAST_HOURS_REACH_CHARS = 16;

/**
 * "tonight" said in a quote, in a text that tells of "last night" or "Tuesday night" as the
 * evening before the page date: the quote was spoken that evening and printed the next day.
 */
export function quotedEvenings(dates: DateMention[], text: string, ref: Ymd | null): DateMention[] {
  if (!ref) return dates;
  const eve = fmt(addDays(ref, -1));
  if (!dates.some((m) => PATTERNS.eveningWord.test(m.text.replace(/^on\s+/i, '')) && m.date.value === eve)) return dates;
  const today = fmt(ref);
  const moved = dates.map((m) => (PATTERNS.tonight.test(m.text) && m.date.value === today && insideQuote(text, m.start) && !saidToday(m, dates, text, today)
    ? { ...m, date: { ...m.date, value: eve }, method: 'said in a quote the evening before the document date' } : m));
  // '"Our first concern tonight is for the village," she told reporters shortly before midnight': the clock time the
  // paragraph gives the quote's speaking, outside it, is of the evening the quote was said (read from the quote's own
  // "tonight", here or by quotedDays), though counted from a "tonight" still on the page's day it came out on that day.
  const paraOf = (at: number): number => text.lastIndexOf('\n', at - 1);
  const saidThatEvening = moved.filter((t) => PATTERNS.tonight.test(t.text) && t.date.value === eve && insideQuote(text, t.start));
  const speaking = (m: DateMention): boolean => m.date.value === today && PATTERNS.speakingBeforeMidnight.test(m.text.trim())
    && !insideQuote(text, m.start) && saidThatEvening.some((t) => t.start < m.start && paraOf(t.start) === paraOf(m.start));
  return moved.map((m) => (speaking(m)
    ? { ...m, date: { ...m.date, value: eve }, method: 'time a quote said the evening before the document date was spoken' } : m));
}

/**
 * "Tomorrow we sign", said in a quote at a banquet the paragraph dates to Monday: day words inside a
 * quote count from the day the paragraph tells before the quote (when that day is before the document date).
 */
export function quotedDays(dates: DateMention[], text: string, ref: Ymd | null): DateMention[] {
  if (!ref) return dates;
  return dates.map((m) => {
    if (!PATTERNS.quotedDayWord.test(m.text) || m.date.precision !== 'day' || !insideQuote(text, m.start)) return m;
    const paraStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const stepBack = (o: DateMention): boolean => o.method.startsWith('offset from the date') && PATTERNS.backwardStep.test(o.text);
    const outside = (o: DateMention): boolean => o.date.precision === 'day' && !PATTERNS.quotedDayWord.test(o.text) && !insideQuote(text, o.start);
    // "“Today is a day of joy,” the president said on Thursday": the speech day told after the quote.
    const after = dates.find((o) => o.start > m.end && outside(o) && PATTERNS.saidAfterQuote.test(text.slice(m.end, o.start)));
    // With no day told around the quote, the story's own day when the page came out the morning after it: the text's
    // first day (outside quotes, told before the quote) is the day before the page date ("found on Thursday", printed on Friday).
    const leadDay = (): DateMention | undefined => {
      if (saidToday(m, dates, text, fmt(ref))) return undefined;
      const first = dates.find(outside);
      if (!first || first.end > m.start || diffDays(parseYmd(first.date.value) ?? ref, ref) !== 1) return undefined;
      // "caught fire late on Thursday, cutting power to 9,000 homes overnight ... “Power was back by six this morning”": a
      // text that has come on to the page's own day before the quote (outside quotes) tells the quote on that day.
      const onPageDay = dates.some((o) => o.start > first.end && o.end <= m.start && outside(o) && o.date.value === fmt(ref));
      return onPageDay ? undefined : first;
    };
    // (A step back told before the quote is a flashback, not the day the quote was said: "She had asked the government the
    // day before for help. “Today the last of the oil left,” she said.")
    const before = dates.filter((o) => o.start >= paraStart && o.end <= m.start && outside(o) && !stepBack(o)).pop() ?? leadDay();
    // "derailed at 11.40pm on Wednesday ... “it will not be out today,” said the fire chief": a happening told in the last
    // hours of its day leaves no day for the quotes on it; they were spoken after midnight (see lastHoursTime).
    const lastHours = (o: DateMention): boolean => PATTERNS.lastHoursTime.test(text.slice(Math.max(0, o.start - LAST_HOURS_REACH_CHARS), o.end + LAST_HOURS_REACH_CHARS));
    const told = after ?? (before && !lastHours(before) ? before : undefined);
    const day = told ? parseYmd(told.date.value) : null;
    const own = parseYmd(m.date.value);
    if (!day || !own || diffDays(day, ref) <= 0) return m;
    return { ...m, date: { ...m.date, value: fmt(addDays(day, diffDays(ref, own))) }, method: 'said in a quote on the day the text gives' };
  });
}

/** A word without its ending, to find "voted" from "the vote" and "signed" from "the signing". */
const stemOf = (w: string): string => {
  const bare = w.toLowerCase().replace(/(?:ing|ion|ment|ed|es|s|e)$/, '');
  return bare.length >= 4 ? bare : w.toLowerCase().slice(0, 4);
};

/**
 * Past forms a happening's noun does not begin: "the sinking" is told "sank", "the theft" "stole". Only verbs news tells
 * happenings by, keyed by the noun's stem (stemOf); matched as whole words ("met" is no "metres").
 */
const IRREGULAR_PASTS: Readonly<Record<string, RegExp>> = {
  sink: /\b(?:sank|sunk)\b/i, shoot: /\bshot\b/i, theft: /\b(?:stole|stolen)\b/i, fall: /\b(?:fell|fallen)\b/i,
  flight: /\b(?:flew|fled)\b/i, meet: /\bmet\b/i, loss: /\blost\b/i, strik: /\bstruck\b/i, fight: /\bfought\b/i,
  sale: /\bsold\b/i, win: /\bwon\b/i, break: /\b(?:broke|broken)\b/i, freez: /\b(?:froze|frozen)\b/i,
  rise: /\b(?:rose|risen)\b/i, hold: /\bheld\b/i, leav: /\bleft\b/i,
};

/**
 * How a text tells the happening a noun names by its verb: "explosion" is told "exploded", "collision" "collided",
 * "closure" "closed", "arrival" "arrived", "disappearance" "disappeared" (English makes these nouns from the verb
 * with -sion, -ure, -al, -ance/-ence), and the irregular pasts above.
 */
function toldByVerb(noun: string): RegExp[] {
  const w = noun.toLowerCase();
  const stems = new Set([stemOf(w)]);
  const sion = /^(.{3,})[sd]ion$/.exec(w);
  if (sion) stems.add(`${sion[1]}d`);
  const other = /^(.{3,})ure$/.exec(w) ?? /^(.{4,})al$/.exec(w) ?? /^(.{4,})[ae]nce$/.exec(w);
  if (other) stems.add(other[1]!);
  const irregular = IRREGULAR_PASTS[stemOf(w)];
  return [...[...stems].map((st) => stemPatterns(st).word), ...(irregular ? [irregular] : [])];
}

/**
 * A stem's patterns, built once per stem (not once per mention): a word starting with it, and it closing a naming phrase
 * ("the blackout of "). Neither global nor sticky, so shared instances keep no state; the cache is cleared when it grows large.
 */
const STEM_PATTERNS_MAX = 2000;
const stemPatterns = memoByKey(STEM_PATTERNS_MAX, (stem): { word: RegExp; namedWith: RegExp } => (
  { word: new RegExp(`\\b${stem}`, 'i'), namedWith: new RegExp(`\\b${stem}\\p{L}*\\s+(?:of|on)\\s+$`, 'iu') }));

/**
 * The last word of the noun phrase that opens `s`, the happening it names: "landing" of "emergency landing of a jet",
 * "crossing" of "Nimsby Gate crossing reopened" (the phrase ends at a linking word, a past form or punctuation).
 */
function headNoun(s: string): string {
  const words: string[] = [];
  for (const token of s.split(/\s+/)) {
    const bare = token.replace(/[,.;:!?)]+$/, '');
    const word = bare.replace(/[’']s$/, '');
    if (!/^[A-Za-z-]+$/.test(word) || PATTERNS.phraseEnd.test(word)) break;
    words.push(word);
    if (bare !== token) break;
  }
  return words.pop() ?? s.split(/\s+/)[0]!;
}

/**
 * The active past verb that ends the noun phrase opening `s`, or null: in "the Ports Authority applied for it" the phrase
 * names the doer, and the happening is "applied" (a sentence naming only the authority does not tell it).
 */
function doneBy(s: string): string | null {
  let words = 0;
  for (const token of s.split(/\s+/)) {
    const bare = token.replace(/[,.;:!?)]+$/, '');
    const word = bare.replace(/[’']s$/, '');
    if (!/^[A-Za-z-]+$/.test(word)) return null;
    if (PATTERNS.phraseEnd.test(word)) return words && /^[a-z]{3,}ed$/.test(word) ? word : null;
    words++;
    if (bare !== token) return null;
  }
  return null;
}

/**
 * "the day after the vote", "two days after the report was published": when exactly one other
 * sentence names that event (and its verb) with one day, the offset counts from that day.
 */
export function eventSteps(dates: DateMention[], text: string, sentences: Span[]): DateMention[] {
  const out = [...dates];
  const matches = [...text.matchAll(PATTERNS.eventStep)];
  if (!matches.length) return dates;
  // Sentences that give exactly one day, with that day (one pass over the sorted mentions).
  const oneDay: { span: Span; value: string }[] = [];
  const days = dates.filter((d) => d.date.precision === 'day');
  let k = 0;
  for (const sp of sentences) {
    while (k < days.length && days[k]!.start < sp.start) k++;
    let j = k;
    while (j < days.length && days[j]!.end <= sp.end) j++;
    if (j - k === 1) oneDay.push({ span: sp, value: days[k]!.date.value });
  }
  const cache = new Map<string, string | null>();
  for (const m of matches) {
    const g = m.groups!;
    const phrase = g.step!;
    const start = m.index!;
    if (out.some((d) => d.start < start + phrase.length && start < d.end)) continue;
    // "delayed by two days after the vote was annulled": the size of a shift, not a day counted from the vote.
    if (PATTERNS.shiftAmountLead.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "grounded the fleet on 21 November, one day after the landing": the offset in apposition to a day names that
    // day's happening (sentenceOffsets reads it), whatever day another sentence gives the landing.
    if (dates.some((d) => d.date.precision === 'day' && d.end <= start && PATTERNS.appositionGap.test(text.slice(d.end, start)))) continue;
    const n = g.eve || /^the$/i.test(g.n!) ? 1 : countOf(g.n!);
    const extra = g.days ? countOf(/^a$/i.test(g.days) ? 'one' : g.days) : 0;
    const days = g.eve ? -1 : (n * (g.unit!.toLowerCase().startsWith('week') ? 7 : 1) + extra) * (g.way!.toLowerCase() === 'before' ? -1 : 1);
    const named = text.slice(start + m[0].indexOf(g.noun!, phrase.length));
    const head = headNoun(named);
    const verbWord = g.verb ?? doneBy(named);
    const key = `${stemOf(head)}|${verbWord ? stemOf(verbWord) : ''}`;
    if (!cache.has(key)) {
      const forms = toldByVerb(head);
      const noun = { test: (t: string): boolean => forms.some((p) => p.test(t)) };
      const verb = verbWord ? stemPatterns(stemOf(verbWord)).word : null;
      const told = new Set<string>();
      for (const { span, value } of oneDay) {
        const t = text.slice(span.start, span.end);
        // The offset's own sentence never dates its event ("the day after the vote" is not the vote).
        if (noun.test(t) && (!verb || verb.test(t)) && !PATTERNS.eventStep.test(t)) told.add(value);
        PATTERNS.eventStep.lastIndex = 0;
      }
      cache.set(key, told.size === 1 ? [...told][0]! : null);
    }
    const base = parseYmd(cache.get(key));
    if (!base || !Number.isFinite(days)) continue;
    // "a month after the collapse": that month; "a year after": that year.
    const unit = g.unit?.toLowerCase() ?? '';
    const months = unit.startsWith('month') ? n : unit.startsWith('year') ? 12 * n : 0;
    const date = !months ? { value: fmt(addDays(base, days)), precision: 'day' as const } : (() => {
      const at = new Date(Date.UTC(base.y, base.m - 1 + (g.way!.toLowerCase() === 'before' ? -months : months), 1, 12));
      return unit.startsWith('year') ? { value: String(at.getUTCFullYear()), precision: 'year' as const }
        : { value: `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`, precision: 'month' as const };
    })();
    if (months && g.days) continue;
    out.push({ start, end: start + phrase.length, text: phrase, date, method: 'offset from the day the text gives that event' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The days a vague mention spans: a weekend its Saturday and Sunday, "overnight" the evening before and the day. */
function spanOfVague(m: DateMention): Ymd[] | null {
  const day = m.date.precision === 'day' ? parseYmd(m.date.value) : null;
  if (!day) return null;
  if (PATTERNS.weekendWord.test(m.text)) return [day, addDays(day, 1)];
  if (PATTERNS.overnightWord.test(m.text)) return [addDays(day, -1), day];
  return null;
}

/**
 * "over the weekend. It happened early Sunday morning": a vague mention takes the exact day of its span
 * that the text gives just after it (in its sentence or the next), the detail of the same happening.
 * Only after: a day told before is more often another happening.
 */
export function vagueDays(dates: DateMention[], sentences: Span[]): DateMention[] {
  return dates.map((m) => {
    const span = spanOfVague(m);
    if (!span) return m;
    const inSpan = new Set(span.map(fmt));
    const own = spanIndexAt(sentences, m.start);
    const limit = own < 0 ? m.end : sentences[Math.min(own + 1, sentences.length - 1)]!.end;
    const next = dates.find((o) => o.start >= m.end && o.start < limit && o.date.precision === 'day' && !spanOfVague(o));
    if (!next || !inSpan.has(next.date.value) || next.date.value === m.date.value) return m;
    return { ...m, date: { ...m.date, value: next.date.value }, method: 'the exact day the text gives just after' };
  });
}

/** A day moved by n days, weeks, months or years, at the precision its unit gives ("two months after": a month). */
function stepped(day: Ymd, n: number, unit: string): { value: string; precision: 'day' | 'month' | 'year' } {
  if (unit.startsWith('day') || unit.startsWith('week')) return { value: fmt(addDays(day, n * (unit.startsWith('week') ? 7 : 1))), precision: 'day' };
  if (unit.startsWith('month')) {
    const at = new Date(Date.UTC(day.y, day.m - 1 + n, 1, 12));
    return { value: `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`, precision: 'month' };
  }
  return { value: String(day.y + n), precision: 'year' };
}

/** How sentenceOffsets dates an offset counted from a day its own clause gives ("two days after the vote on Sunday"): the main clause's day. */
export const OFFSET_FROM_CLAUSE_METHOD = 'offset from the day its clause gives';

/** How sentenceOffsets dates an offset whose main clause tells the day: that clause's day (see placedHappening). */
const PLACED_METHOD = 'the day of the happening the offset places';

/** An offset phrase in a sentence: its count in its unit, and its way. */
interface OffsetPhrase { index: number; text: string; n: number; unit: string; after: boolean }

const countWord = (w: string): number => (/^an?$/i.test(w) ? 1 : countOf(w));

/** Offset phrases in sentence `s`: "four weeks and a day after" as days first, then "two days after", "a week before". */
function offsetsIn(s: string): OffsetPhrase[] {
  const compound = [...s.matchAll(PATTERNS.compoundOffset)].map((m) => ({ index: m.index!, text: m[0],
    n: 7 * countWord(m[1]!) + countWord(m[3]!), unit: 'days', after: m[5]!.toLowerCase() === 'after' }));
  const simple = [...s.matchAll(PATTERNS.sentenceOffset)].map((m) => ({ index: m.index!, text: m[0],
    n: countWord(m[1]!), unit: m[2]!.toLowerCase(), after: m[3]!.toLowerCase() === 'after' }));
  // "a day after" inside "four weeks and a day after" is no offset of its own; "by five days after" is a shift's size.
  return [...compound, ...simple.filter((o) => !compound.some((c) => c.index < o.index + o.text.length && o.index < c.index + c.text.length))]
    .filter((o) => !PATTERNS.shiftAmountLead.test(s.slice(Math.max(0, o.index - 40), o.index)));
}

/**
 * "two days after", "a week before", "two months after" whose event no other sentence dates: the mention is the
 * day of the happening it places, read in its own sentence.
 * - The clause after the offset dates the earlier happening: "The deal came two days after 2,000 people filled
 *   the church on Saturday" is Saturday plus two days.
 * - Else the rest of the sentence dates the happening itself: "Two months after the visit, the ministers met on
 *   Thursday" is Thursday's month.
 * (Not "The sinking came a week after ..." with no date in the sentence: its subject is often, not always, the
 * story's lead happening; reading it as the lead's day cost more than it gained.)
 */
export function sentenceOffsets(dates: DateMention[], text: string, sentences: Span[], ref: Ymd | null = null): DateMention[] {
  const added: DateMention[] = [];
  // Days told outright: not another offset ("three days after the vote and two days after the count").
  const told = dates.filter((d) => d.date.precision === 'day' && !PATTERNS.offsetEnd.test(d.text));
  const lead = told.find((d) => !insideQuote(text, d.start));
  for (const sp of sentences) {
    const s = text.slice(sp.start, sp.end);
    for (const m of offsetsIn(s)) {
      const start = sp.start + m.index;
      const end = start + m.text.length;
      if (dates.some((d) => d.start < end && start < d.end) || added.some((d) => d.start < end && start < d.end)) continue;
      const n = m.n;
      if (!Number.isFinite(n)) continue;
      const sign = m.after ? 1 : -1;
      const unit = m.unit;
      const opens = PATTERNS.offsetOpener.test(s.slice(0, m.index));
      // The offset's own clause: to the first comma when it opens the sentence, else to the sentence's end or to a
      // semicolon before it ("a day before the outbreak began; we docked on the 28th": a semicolon closes a clause).
      const comma = s.indexOf(',', m.index + m.text.length);
      const semi = s.indexOf(';', m.index + m.text.length);
      const clauseEnd = sp.start + (opens && comma >= 0 ? comma : semi >= 0 ? semi : s.length);
      // "since June 16" tells when a state began ("freed by the gunmen who had held them since June 16"), not the day the
      // offset counts from: the happening it places is the state's end.
      const began = (d: DateMention): boolean => /^since\b/i.test(d.text) || PATTERNS.sinceBefore.test(text.slice(Math.max(0, d.start - 8), d.start));
      const inClause = told.find((d) => d.start >= end && d.end <= clauseEnd && !began(d));
      // (The day nearest the offset: "MARLSTOKE, Nov. 27 - The road reopened on Monday, twelve weeks after ..." places
      // Monday's reopening, not the dateline's day, which opens the sentence before it.)
      const inSentence = (d: DateMention): boolean => d.start >= sp.start && d.end <= sp.end;
      const inMain = opens ? told.find((d) => d.start >= clauseEnd && inSentence(d)) : told.findLast((d) => d.end <= start && inSentence(d));
      let value: { value: string; precision: 'day' | 'month' | 'year' } | null = null;
      let method = '';
      const from = (d: DateMention | undefined): Ymd | null => (d ? parseYmd(d.date.value) : null);
      // "on Thursday, April 2, a month after the crash": an offset in apposition to the day just told restates that day,
      // to the day whatever its unit; so before a day told later in the sentence ("said on Tuesday, four days after the
      // crash, that the line would reopen on Saturday, December 27"), which is another happening's.
      // But a day told right after the offset's happening, with no comma between ("On Wednesday, four weeks to the day
      // after the crash on November 20"), is the day it counts from.
      const apposed = from(inMain) && inMain!.end <= start && PATTERNS.appositionGap.test(text.slice(inMain!.end, start));
      const anchored = from(inClause) && !text.slice(end, inClause!.start).includes(',');
      if (apposed && !anchored) { value = { value: inMain!.date.value, precision: 'day' }; method = PLACED_METHOD; }
      else if (from(inClause)) { value = stepped(from(inClause)!, sign * n, unit); method = OFFSET_FROM_CLAUSE_METHOD; }
      else if (from(inMain)) { value = stepped(from(inMain)!, 0, unit); method = PLACED_METHOD; }
      // "The sinking came a week after the ferry capsized": a subject that names a happening already told, placed by
      // the offset: the story's own day, the first day the text tells outside quotes.
      else if (PATTERNS.toldHappeningComes.test(s.slice(0, m.index)) && from(lead)) {
        value = stepped(from(lead)!, 0, unit); method = 'the day of the story\'s happening the offset places';
      }
      // "Two days after the storm, four roads are still shut": an opening offset whose main clause, with no day of its own,
      // tells a state in the present counts to the day of the telling (the page's day).
      else if (opens && comma >= 0 && ref && presentMain(s.slice(comma + 1))) {
        value = stepped(ref, 0, unit); method = 'the page day a present main clause tells';
      }
      // "The vote came three days after the count and two days after the ruling": an offset joined by "and" to one
      // that placed the sentence's happening places the same happening.
      else {
        const prev = added.filter((a) => a.start >= sp.start && a.end <= start && a.method !== OFFSET_FROM_CLAUSE_METHOD).pop();
        if (prev && PATTERNS.coordinatedOffset.test(text.slice(prev.end, start))) {
          const day = parseYmd(prev.date.value);
          if (day && prev.date.precision === 'day') { value = stepped(day, 0, unit); method = prev.method; }
        }
      }
      if (!value) continue;
      added.push({ start, end, text: m.text, date: value, method });
    }
  }
  return added.length ? [...dates, ...added].sort((a, b) => a.start - b.start) : dates;
}

/**
 * A main clause told in the present ("four players are still in hospital"): a present verb, no past or future cue; or in
 * the present perfect, what has come about by the time of telling ("the toll has risen to six"), no future cue
 * (its participle is a past form, so no past cue is asked of it).
 */
function presentMain(clause: string): boolean {
  const head = clause.split(PATTERNS.clauseBreak)[0]!;
  if (head.search(PATTERNS.futureCue) >= 0) return false;
  return (PATTERNS.presentStateVerb.test(head) && head.search(PATTERNS.pastCue) < 0) || PATTERNS.presentPerfectVerb.test(head);
}

/** A day told at night ("at 9:47 p.m. on June 30", "late on Tuesday, March 31", "on Tuesday evening"), not itself an anaphor. */
const toldAtNight = (m: DateMention, text: string): boolean => m.date.precision === 'day' && !PATTERNS.thatNight.test(m.text)
  && (PATTERNS.nightTime.test(m.text) || PATTERNS.nightLead.test(text.slice(Math.max(0, m.start - 25), m.start)));

/** The night of the story's lead happening: the first day the text tells at night, outside quotes, not after the page. */
function leadNight(dates: DateMention[], text: string, ref: Ymd): DateMention | undefined {
  return dates.find((m) => toldAtNight(m, text) && !insideQuote(text, m.start) && diffDays(parseYmd(m.date.value) ?? ref, ref) >= 0);
}

/**
 * "Eight inmates escaped three days ago ... Two were caught on Thursday ... the warden was suspended yesterday. ... only
 * nine officers were on duty that night": with no day told at night, the story's lead happening is the first day its
 * first paragraph tells (outside quotes, before the page), the day a news story opens on; "that night" told paragraphs
 * later takes up that night, not the day of a follow-up told since. A page may open on a line that tells no day (a photo's
 * caption, a standfirst: "Guards at the gate they have watched since the escape."): the lead is then the paragraph after it.
 */
function leadDayOfStory(dates: DateMention[], text: string, ref: Ymd): DateMention | undefined {
  // A day that is the page's own ("QUARVELTON, July 15 (SNW) —", "reopened this morning") dates the writing, not the
  // happening a later "that night" looks back to: the lead is the first day the paragraph tells before it.
  const told = (m: DateMention): boolean => !PATTERNS.thatNight.test(m.text) && !insideQuote(text, m.start);
  const breaks = [...text.matchAll(PATTERNS.paragraphBreak)].map((b) => b.index!);
  const firstEnd = breaks[0] ?? text.length;
  const end = dates.some((m) => m.start < firstEnd && told(m)) ? firstEnd : (breaks[1] ?? text.length);
  const first = dates.map((m) => placedHappening(m) ?? m).find((m) => m.start < end && told(m) && m.date.value !== fmt(ref));
  if (!first || first.date.precision !== 'day') return undefined;
  const day = parseYmd(first.date.value);
  return day && diffDays(day, ref) > 0 ? first : undefined;
}

/**
 * "Four days after a coach fell into the gorge, the driver was questioned today": the offset dates its main clause, and
 * the happening it places (the one the story is about) lies that many days before it ("after") or after it ("before").
 */
export function placedHappening(m: DateMention): DateMention | undefined {
  if (m.method !== PLACED_METHOD || m.date.precision !== 'day') return undefined;
  const o = offsetsIn(m.text)[0];
  const day = parseYmd(m.date.value);
  if (!o || !day || !Number.isFinite(o.n) || !(o.unit.startsWith('day') || o.unit.startsWith('week'))) return undefined;
  return { ...m, date: stepped(day, o.after ? -o.n : o.n, o.unit) };
}

/**
 * The day of the happening a story is about: the first day it tells at night (leadNight) or, when that night comes after
 * the day its opening paragraph tells (a follow-up's night: "its deadline ran out at midnight yesterday", four days after
 * the attack the story opens on), or there is none, that opening day (leadDayOfStory).
 */
function storyLead(dates: DateMention[], text: string, ref: Ymd): DateMention | undefined {
  const night = leadNight(dates, text, ref);
  const opening = leadDayOfStory(dates, text, ref);
  return night && opening && diffDays(parseYmd(opening.date.value) ?? ref, parseYmd(night.date.value) ?? ref) > 0 ? opening : night ?? opening;
}

/**
 * "every family which has spent this night in the darkness" (a translation's "that night"): in a past clause, the night
 * of the story's lead happening (see leadNights); with no night told before, in a past clause or a present perfect
 * ("the aftershock has shaken the valley this night"), the night just ended, dated as "overnight" is (the page's day);
 * else it is tonight. (Not "since the first night": the golds disagree whether it names a day.)
 */
export function pastThisNights(dates: DateMention[], text: string, sentences: Span[], ref: Ymd | null): DateMention[] {
  if (!ref) return dates;
  const matches = [...text.matchAll(PATTERNS.otherNight)];
  if (!matches.length) return dates;
  const lead = leadNight(dates, text, ref);
  const added: DateMention[] = [];
  for (const m of matches) {
    const start = m.index!;
    const end = start + m[0].length;
    if (lead && lead.start < end && start < lead.end) continue;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    const sp = spanAt(sentences, start);
    if (!sp) continue;
    const s = text.slice(sp.start, sp.end);
    const tense = tenseAt(s, start - sp.start);
    const perfect = tense !== 'future' && PATTERNS.presentPerfect.test(s.slice(0, start - sp.start));
    if (tense !== 'past' && !perfect) continue;
    if (lead) added.push({ start, end, text: m[0], date: { value: lead.date.value, precision: 'day' }, method: 'the night of the story\'s lead happening' });
    else added.push({ start, end, text: m[0], date: { value: fmt(ref), precision: 'day' }, method: 'the night just ended, the page\'s day' });
  }
  return added.length ? [...dates, ...added].sort((a, b) => a.start - b.start) : dates;
}

/**
 * "The blackout began at 9:47 p.m. on June 30. ... Parliament will vote on Tuesday. Velmora sent power across the
 * border that night": a "that night" (evening, afternoon) with no night told in its paragraph or the one before, whose
 * day came from a day told further back, or told in a pluperfect ("said he had stayed on the bridge all that night",
 * a time before the one the text is at) ahead of the night it means, is the night of the story's lead happening: the
 * first day the text tells at night ("at 9.42pm on 12 December", "late on Tuesday, March 31", "on Tuesday evening"), or
 * with none the first day its first paragraph tells (leadDayOfStory), when that day is earlier than the one it was given
 * and not after the page. A day that dates a telling ("a report published on Thursday") is not the one it was given.
 */
export function leadNights(dates: DateMention[], text: string, sentences: Span[], ref: Ymd | null): DateMention[] {
  if (!ref || !dates.some((m) => PATTERNS.thatDayPart.test(m.text))) return dates;
  const atNight = (m: DateMention): boolean => toldAtNight(m, text);
  const breaks = (from: number, to: number): number => (text.slice(from, to).match(PATTERNS.paragraphBreak) ?? []).length;
  const lead = storyLead(dates, text, ref);
  const leadDay = lead ? parseYmd(lead.date.value) : null;
  if (!lead || !leadDay) return dates;
  return dates.map((m) => {
    if (!PATTERNS.thatDayPart.test(m.text) || m.date.precision !== 'day' || m.date.value === lead.date.value) return m;
    const given = parseYmd(m.date.value);
    if (!given || diffDays(leadDay, given) === 0) return m;
    // "A week ago the line carried a record 3,140 passengers ...\n\n[rescuers] ... that night": a day before the lead
    // told in another paragraph is background to the story, not the night it goes on to tell.
    const earlier = diffDays(leadDay, given) < 0;
    // A night told just before is the one it takes up.
    if (dates.some((o) => o.end <= m.start && atNight(o) && breaks(o.end, m.start) <= 1)) return m;
    const sentence = spanAt(sentences, m.start);
    const pluperfect = !!sentence && PATTERNS.pluperfect.test(text.slice(sentence.start, m.start));
    // "Staff now face ... a patient had waited for a scan that night": "now" is the time of writing, no day gone by whose
    // night is taken up, though it reads as the page's day.
    const from = dates.filter((o) => o.end <= m.start && o.date.value === m.date.value && !PATTERNS.thatNight.test(o.text) && !PATTERNS.noDate.test(o.text)).pop();
    // "found in a report published on Thursday ... on duty that night": the day a report is published or a statement
    // made is the telling's day, not the night of what it tells.
    const saying = !!from && PATTERNS.tellingDayBefore.test(text.slice(Math.max(0, from.start - 40), from.start));
    // "stopped on Saturday afternoon ... Yesterday the minister ordered an inquiry.\n\nThe passengers waited ... lifted off
    // that night": a paragraph that tells no day of its own before its "that night" goes on with the story's happening, not
    // with the follow-up day the paragraph before ended on: only a day told in its own paragraph is near.
    const near = !!from && breaks(from.end, m.start) === 0 && !saying;
    // With its day told near, only a pluperfect looking forward to the night the story goes on to tell moves it ("had sailed
    // despite a warning issued that afternoon ... The ferry overturned at 9.42pm on 12 December"), not back to an earlier
    // night told long before ("Smith said he had been at home that night", the night being the day told just before).
    if (earlier && (!from || near)) return m;
    if (near && (!pluperfect || lead.start < m.start)) return m;
    return { ...m, date: { ...m.date, value: lead.date.value }, method: 'the night of the story\'s lead happening' };
  });
}

/** How happeningNights dates a mention: the corpus stage prefers the day its storyline's pages agree on (src/corpus/redate/_event-days.ts). */
export const HAPPENING_DAY_METHOD = 'the earliest day the text tells that happening';

/**
 * "She lost stock when her freezers failed on the night of the fire": a day named by its happening is the earliest day
 * (not after the page) the text tells in another sentence naming that happening, told at night ("caught fire at about
 * 9.40pm on June 30") or named with it ("the blackout of 30.06.2026"); later days are mostly the follow-ups' own, and a
 * day told merely near the noun ("arrested on February 13 ... over the theft") is another happening's.
 */
export function happeningNights(dates: DateMention[], text: string, sentences: Span[], ref: Ymd | null): DateMention[] {
  if (!ref) return dates;
  // "the director suspended the day after the escape": a day next to a happening the text dates elsewhere ("The escape on
  // September 30") is that day and one; the "day after" read from the day told just before it is replaced.
  const matches = [...text.matchAll(PATTERNS.dayOfHappening), ...text.matchAll(PATTERNS.dayNextToHappening)];
  if (!matches.length) return dates;
  const added: DateMention[] = [];
  const replaced = new Set<DateMention>();
  for (const m of matches) {
    const start = m.index!;
    const rest = text.slice(start + m[0].length);
    const head = headNoun(rest);
    const end = start + m[0].length + rest.indexOf(head) + head.length;
    const shift = m[1] ? (/^after$/i.test(m[1]) ? 1 : -1) : 0;
    const overlapping = dates.filter((d) => d.start < end && start < d.end);
    if (overlapping.length && !(shift && overlapping.every((d) => d.start === start && PATTERNS.appositionOffset.test(d.text)))) continue;
    // "at the time of the blast, at 4.18 p.m.": the moment of a happening is dated only to give the clock time set beside it
    // its day (a question asking for the moment wants the clock time; the day the text tells for it is no answer).
    if (/\btime\s+of\s+the\s+$/i.test(m[0]) && !PATTERNS.clockApposed.test(text.slice(end, end + 40))) continue;
    const { word: noun, namedWith } = stemPatterns(stemOf(head));
    let best: Ymd | null = null;
    let namedElsewhere = false;
    for (const sp of sentences) {
      if (sp.start <= start && start < sp.end) continue;
      if (!noun.test(text.slice(sp.start, sp.end))) continue;
      namedElsewhere = true;
      for (const d of dates) {
        if (d.start < sp.start || d.end > sp.end || d.date.precision !== 'day') continue;
        const before = text.slice(Math.max(sp.start, d.start - 40), d.start);
        if (!PATTERNS.nightTime.test(d.text) && !PATTERNS.nightLead.test(before.slice(-25)) && !namedWith.test(before)) continue;
        const day = parseYmd(d.date.value);
        if (day && diffDays(day, ref) >= 0 && (!best || diffDays(day, best) > 0)) best = day;
      }
    }
    if (best && shift) {
      overlapping.forEach((d) => replaced.add(d));
      added.push({ start, end, text: text.slice(start, end), date: { value: fmt(addDays(best, shift)), precision: 'day' }, method: 'next to the day the text tells that happening' });
    } else if (shift) continue;
    else if (best) added.push({ start, end, text: text.slice(start, end), date: { value: fmt(best), precision: 'day' }, method: HAPPENING_DAY_METHOD });
    // "a week after a ship brought the bridge down ... rescued on the morning of the collapse": a happening named by this
    // phrase alone, in no other sentence, is taken as known to the reader: the one the story is about (see storyLead).
    else if (!namedElsewhere) {
      const lead = placedInLead(dates, text, ref) ?? storyLead(dates, text, ref);
      if (lead) added.push({ start, end, text: text.slice(start, end), date: { value: lead.date.value, precision: 'day' }, method: 'the day of the story\'s lead happening' });
    }
  }
  return added.length ? [...dates.filter((d) => !replaced.has(d)), ...added].sort((a, b) => a.start - b.start) : dates;
}

/**
 * "Hundreds lined the road yesterday as five coffins were carried out, a week after the bus was swept off the bridge": an
 * opening paragraph that places a happening by an offset from its own day names the happening the story is framed by, the
 * one a later "the morning of the crash" takes as known; its own day is the follow-up's. The first such placed day there.
 */
function placedInLead(dates: DateMention[], text: string, ref: Ymd): DateMention | undefined {
  const firstEnd = [...text.matchAll(PATTERNS.paragraphBreak)].map((b) => b.index!).find((at) => dates.some((m) => m.start < at)) ?? text.length;
  const placed = dates.filter((m) => m.start < firstEnd && !insideQuote(text, m.start)).map(placedHappening).find((m) => m !== undefined);
  const day = placed ? parseYmd(placed.date.value) : null;
  return placed && day && diffDays(day, ref) > 0 ? placed : undefined;
}

/** A month's or day's value moved to year y (null when the day does not exist that year). */
function inYear(m: DateMention, at: Ymd, y: number): string | null {
  if (m.date.precision === 'month') return `${y}-${String(at.m).padStart(2, '0')}`;
  const day = { ...at, y };
  return valid(day) ? fmt(day) : null;
}

/**
 * "Between January and March, exports rose" read on 5 February, "the season runs from mid-April to the end of September"
 * read on 10 March: a range runs forward, so when the years the page's nearness gave its ends put the end before the start,
 * one end moves a year: the start back or the end on, whichever range the clause's tense allows (told in the past, it is
 * over; told ahead, not yet over; untold, it starts within the months ahead an untold date may name) and lies nearest the page.
 */
export function rangeStarts(dates: DateMention[], text: string, ref: Ymd | null, tenseOf: (m: DateMention) => 'past' | 'future' | null): DateMention[] {
  if (!ref) return dates;
  const out = [...dates];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!, b = out[i + 1]!;
    const moveA = a.method.startsWith(NEAREST_YEAR_METHOD), moveB = b.method.startsWith(NEAREST_YEAR_METHOD);
    if ((!moveA && !moveB) || a.date.precision === 'year' || b.date.precision === 'year') continue;
    if (!PATTERNS.rangeGap.test(text.slice(a.end, b.start))) continue;
    if (!PATTERNS.rangeLead.test(text.slice(Math.max(0, a.start - 12), a.start)) && !PATTERNS.rangeOpen.test(a.text)) continue;
    const from = startOf(a.date.value), to = startOf(b.date.value);
    if (!from || !to || diffDays(from, to) >= 0) continue;
    const tense = tenseOf(a);
    const options: { a: string; b: string; dist: number }[] = [];
    const consider = (av: string | null, bv: string | null): void => {
      const s0 = av ? startOf(av) : null, e0 = bv ? startOf(bv) : null;
      if (!av || !bv || !s0 || !e0 || diffDays(s0, e0) < 0) return;
      const fits = tense === 'past' ? diffDays(ref, e0) <= FUTURE_SLACK_DAYS
        : tense === 'future' ? diffDays(ref, e0) >= -FUTURE_SLACK_DAYS : diffDays(ref, s0) <= UNMARKED_AHEAD_DAYS;
      if (fits) options.push({ a: av, b: bv, dist: diffDays(ref, s0) > 0 ? diffDays(ref, s0) : diffDays(e0, ref) > 0 ? diffDays(e0, ref) : 0 });
    };
    if (moveA) consider(inYear(a, from, from.m < to.m || (from.m === to.m && from.d <= to.d) ? to.y : to.y - 1), b.date.value);
    if (moveB) consider(a.date.value, inYear(b, to, to.m > from.m || (to.m === from.m && to.d >= from.d) ? from.y : from.y + 1));
    const best = options.sort((x, y) => x.dist - y.dist)[0];
    if (!best) continue;
    const method = 'year that runs the range forward';
    if (best.a !== a.date.value) out[i] = { ...a, date: { ...a.date, value: best.a }, method };
    if (best.b !== b.date.value) out[i + 1] = { ...b, date: { ...b.date, value: best.b }, method };
  }
  return out;
}

/**
 * "The fire, which started on Tuesday afternoon, ... \"Homes can be rebuilt,\" he had told residents on the first evening": the
 * first day (evening, night, morning) of a happening the text tells no other way is the day it tells that happening started,
 * when it tells one such day, not after the page. (Not "the first day of the trial": that names its own happening; and not
 * "since the first night": see pastThisNights.)
 */
export function firstDays(dates: DateMention[], text: string, ref: Ymd | null): DateMention[] {
  if (!ref) return dates;
  const matches = [...text.matchAll(PATTERNS.onFirstDayPart)];
  if (!matches.length) return dates;
  // (A span of days told ended on a day started that many days before it, less one: "Kettlesund's three-day state visit ended
  // yesterday" started the day before yesterday's eve.)
  const starts = dates.flatMap((d) => {
    const day = d.date.precision === 'day' ? parseYmd(d.date.value) : null;
    if (!day || diffDays(day, ref) < 0) return [];
    const before = text.slice(Math.max(0, d.start - 120), d.start);
    if (PATTERNS.startedLead.test(before.slice(-56))) return [fmt(day)];
    const span = PATTERNS.spanEndedLead.exec(before);
    const n = span ? countOf(span[1]!) : NaN;
    return n > 1 ? [fmt(addDays(day, 1 - n))] : [];
  });
  const days = new Set(starts);
  if (days.size !== 1) return dates;
  const added: DateMention[] = [];
  for (const m of matches) {
    const start = m.index!;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    added.push({ start, end, text: m[0], date: { value: starts[0]!, precision: 'day' }, method: 'the first day of the happening the text tells started' });
  }
  return added.length ? [...dates, ...added].sort((a, b) => a.start - b.start) : dates;
}

/** Clock times this close (in minutes) clock one happening (see dayTimes). */
const SAME_CLOCK_MINUTES = 60;

/** Minutes after midnight of the clock time a text tells with its half of the day or on a 24-hour clock ("5.40 p.m.", "17:42"), or null. */
function clockMinutes(s: string): number | null {
  const ampm = /\b(\d{1,2})(?:[.:]([0-5]\d))?\s*([ap])\.?m\b/i.exec(s);
  if (ampm) {
    const h = Number(ampm[1]);
    if (h < 1 || h > 12) return null;
    return ((h % 12) + (ampm[3]!.toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(ampm[2] ?? 0);
  }
  const h24 = /\b([01]?\d|2[0-3]):([0-5]\d)\b/.exec(s);
  return h24 ? Number(h24[1]) * 60 + Number(h24[2]) : null;
}

/** How dayTimes dates a time of day, by where the day it belongs to is told. */
export const TIME_OF_DAY_METHODS = {
  sentence: 'time of day on the day its sentence tells',
  morning: 'morning that ends the night told before',
  before: 'time of day on the day the sentence before tells',
  story: 'time of day on the one day the text has told',
  clock: 'time of day on the day of the clock time told before it',
  night: 'time of day in the one night the text has told',
  page: 'dawn a present perfect runs from: the page\'s day',
} as const;
const TIME_OF_DAY_METHOD_SET: ReadonlySet<string> = new Set(Object.values(TIME_OF_DAY_METHODS));
/**
 * Whether dayTimes dated this mention: a time of day given the day told around it ("spoke to us at noon"), which repeats
 * that day and is no day the mention's own words tell (claims and flags leave such mentions out).
 */
export const isTimeOfDay = (d: Pick<DateMention, 'method'>): boolean => TIME_OF_DAY_METHOD_SET.has(d.method);

const HOLIDAY_NAME = new RegExp(PATTERNS.holiday.source, 'i');

/**
 * "late on Saturday, during a Valentine's Day ball": a holiday naming the kind of occasion (see
 * PATTERNS.holidayAsAttributeLead) is no day the narration is on (the occasion may run into the next day); a clock time
 * or an offset goes on from the day told otherwise.
 */
export function namesOccasion(m: DateMention, text: string): boolean {
  return PATTERNS.holidayAsAttributeLead.test(text.slice(Math.max(0, m.start - 8), m.start))
    && PATTERNS.holidayAsAttributeTail.test(text.slice(m.end, m.end + 12)) && HOLIDAY_NAME.test(m.text);
}

/**
 * A wire dateline around a date: a place in capitals before it on its line, the agency or the dash just after it
 * ("DRESSANY, Mar 14 (QDA) -", "TOLMARSK, 13 March. /KVA/.").
 */
export const wireDatelineAround = (lineBefore: string, after: string): boolean =>
  PATTERNS.datelinePlace.test(lineBefore) && PATTERNS.datelineEnd.test(after.slice(0, 40));

/**
 * "Brisk Courier / 14.03.2026, 08:05 / TOLMARSK, 13 March. /KVA/. The crews who worked ... on 12.03.2026": the
 * page's own date line and a wire dateline tell when the copy was written or filed, not a day its story is on.
 */
function pageDateLine(o: DateMention, text: string): boolean {
  if (o.start >= DATELINE_CHARS) return false;
  const lineStart = text.lastIndexOf('\n', o.start - 1) + 1;
  const lineEnd = text.indexOf('\n', o.end);
  const before = text.slice(lineStart, o.start);
  const after = text.slice(o.end, lineEnd < 0 ? text.length : lineEnd);
  return (PATTERNS.stampLineLead.test(before) && PATTERNS.stampLineTail.test(after))
    || wireDatelineAround(before, after);
}

/**
 * "Brasklin began a state visit on Monday. His plane landed shortly after 9 a.m.", "The President was met on Monday.
 * On the Banquet in the Evening ...", "arrested two men this morning ... spoke to us at noon": a time of day told in the
 * past with no day of its own (see PATTERNS.bareTimeOfDay) is a time of the day the narration is on. Only where that day
 * is plain: a day its own sentence tells before it, else one the sentence before tells, else the one day the text has
 * told so far (all its days before it being one). Days that open a span ("burning since Tuesday") and days after the
 * page are no day the narration is on; after a day told at night, a morning is the next day's, so it is left undated; a
 * sentence that tells another time before it ("in 2019, ...", "since 9.10pm on Tuesday, when ... at 9.05pm") or tells a
 * habit ("every day at 9 a.m.") is left too.
 * Only times no other rule dated: the days they take are days already told, and no other mention counts from them.
 */
export function dayTimes(ref: Ymd | null, dates: DateMention[], text: string, sentences: Span[]): DateMention[] {
  if (!ref) return dates;
  // Where the paragraph holding `at` starts: just after the last line break before it (PATTERNS.paragraphBreak is a run of them).
  const paragraphStart = (at: number): number => text.lastIndexOf('\n', at - 1) + 1;
  const dottedBare = [...text.matchAll(PATTERNS.dottedClockBare)].filter((m) => PATTERNS.dottedClockTold.test(text.slice(paragraphStart(m.index!), m.index!))
    && !PATTERNS.changeBy.test(text.slice(Math.max(0, m.index! - 30), m.index!)));
  const dottedHours = [...text.matchAll(PATTERNS.dottedHoursClock)].filter((m) => !PATTERNS.changeBy.test(text.slice(Math.max(0, m.index! - 30), m.index!)));
  const matches = [...text.matchAll(PATTERNS.bareTimeOfDay), ...dottedBare, ...dottedHours].sort((a, b) => a.index! - b.index!);
  const all = [...dates];
  const added: DateMention[] = [];
  // "The operator says the blaze started at ten to nine on Friday evening", "the coach left the depot at 06:45 on 12/03/2026":
  // a clock time told right before a day is a time of that day, whatever the tense (the day is told, not guessed). Not
  // the small hours before a night ("at 1 a.m. on Saturday night" may be Sunday's). A time of day apart from its day, so
  // the day's own mention (what claims and events read) is as chrono gave it.
  for (const m of text.matchAll(PATTERNS.clockBeforeDay)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (all.some((d) => d.start < end && start < d.end)) continue;
    const i = spanIndexAt(sentences, start);
    const day = dates.find((o) => o.start >= end && o.date.precision === 'day' && PATTERNS.ownDayGap.test(text.slice(end, o.start))
      && i >= 0 && spanIndexAt(sentences, o.start) === i);
    if (!day || (PATTERNS.morningTime.test(m[0]) && PATTERNS.nightWord.test(day.text))) continue;
    const mention: DateMention = { start, end, text: m[0], date: { value: day.date.value, precision: 'day' }, method: TIME_OF_DAY_METHODS.sentence };
    added.push(mention);
    all.push(mention);
  }
  if (!matches.length && !added.length) return dates;
  // Whether a date is a plain day a time of day may go on from; asked of each earlier date for every time of day, so kept.
  const plainDay = new Map<DateMention, boolean>();
  const onDay = (o: DateMention): boolean => {
    const known = plainDay.get(o);
    if (known !== undefined) return known;
    const day = o.date.precision === 'day' ? parseYmd(o.date.value) : null;
    // "has been using it since the airport closed on Sunday": a day in a since-clause opens a span, as "since Sunday" does.
    const sentence = spanAt(sentences, o.start);
    const plain = !!day && !namesOccasion(o, text) && diffDays(day, ref) >= 0 && !/^since\b/i.test(o.text) && !PATTERNS.sinceBefore.test(text.slice(Math.max(0, o.start - 8), o.start))
      && !(sentence && PATTERNS.sinceClauseLead.test(text.slice(sentence.start, o.start)));
    plainDay.set(o, plain);
    return plain;
  };
  for (const m of matches) {
    const start = m.index!;
    const end = start + m[0].length;
    if (all.some((d) => d.start < end && start < d.end)) continue;
    const i = spanIndexAt(sentences, start);
    const sp = sentences[i];
    if (!sp) continue;
    const s = text.slice(sp.start, sp.end);
    // '"Every child should learn to swim," said the councillor, who took the first dive at 9 a.m.': a habit word in a
    // quotation is the speaker's, and tells nothing of a time the narration gives outside it.
    const narration = insideQuote(text, start) ? s : s.replace(PATTERNS.quotedPassage, ' ');
    if (PATTERNS.habitLead.test(narration) || tenseAt(s, start - sp.start) === 'future') continue;
    // "the planes have been flying since first light": a present perfect that runs from dawn to now runs from this morning's,
    // the page's day (whatever else the sentence told before it: "the wind has dropped since last night, and ...").
    if (PATTERNS.sinceDawn.test(m[0]) && PATTERNS.presentPerfect.test(s.slice(0, start - sp.start).split(PATTERNS.clauseBreak).at(-1)!.split(/[,;]/).at(-1)!)) {
      const mention: DateMention = { start, end, text: m[0], date: { value: fmt(ref), precision: 'day' }, method: TIME_OF_DAY_METHODS.page };
      added.push(mention);
      all.push(mention);
      continue;
    }
    // "Power came back in the morning, at about 9am on Wednesday": a time of day that a clock time with its own day restates
    // right after it, in apposition, is on that day.
    const restated = dates.find((o) => o.start >= end && o.start < sp.end && o.date.precision === 'day' && PATTERNS.timeApposition.test(text.slice(end, o.start)));
    if (restated) {
      const mention: DateMention = { start, end, text: m[0], date: { value: restated.date.value, precision: 'day' }, method: TIME_OF_DAY_METHODS.sentence };
      added.push(mention);
      all.push(mention);
      continue;
    }
    const earlier = all.filter((o) => o.end <= start).sort((a, b) => a.start - b.start);
    // '"No one has to get hurt today," the negotiator told them in the afternoon': a day word inside a quotation is the
    // speaker's, not a day the narration outside it tells; the narration's time goes on from the narration's days.
    const quotedOut = (o: DateMention): boolean => !insideQuote(text, start) && insideQuote(text, o.start);
    const told = earlier.filter((o) => o.start >= sp.start && !quotedOut(o));
    const inSentence = told.filter(onDay);
    // A sentence that tells another time before it ("in 2019", "since 9.10pm on Tuesday, when ...") leaves its day unplain.
    if (told.length > inSentence.length) continue;
    // "VARDENGRAU, Nov. 22 (PNW) — ... collapsed on Saturday night. / PNW / ... gave way shortly after 9 p.m.": a label
    // line between (a credit, a logo) is no sentence of the narration; the sentence before is the one before it.
    let j = i - 1;
    while (j > 0 && PATTERNS.labelLine.test(text.slice(sentences[j]!.start, sentences[j]!.end))) j--;
    // "marched to the square on Saturday. Police estimated the crowd at 30,000. Police fired tear gas in the afternoon": a
    // sentence that tells no time keeps the day its paragraph is on; the day told before it in the paragraph goes on.
    const tellsTime = (k: number): boolean => earlier.some((o) => o.start >= sentences[k]!.start && o.start < sentences[k]!.end);
    while (j > 0 && !tellsTime(j) && !/\n/.test(text.slice(sentences[j - 1]!.start, sp.start))) j--;
    const prev = sentences[j];
    const inPrevAll = prev ? earlier.filter((o) => o.start >= prev.start && o.start < prev.end && onDay(o)) : [];
    // "... collapsed on Saturday night, police said on Sunday. It gave way shortly after 9 p.m.": the day of a trailing
    // attribution is when the telling was done; the narration goes on from the day of what was told.
    // "Police on Monday detained the owner of the firm, whose banquet made dozens ill on Saturday night. He was detained
    // shortly after 7 a.m.": a day in a relative clause recalls a background happening; the narration goes on from the main clause's.
    const narrated = inPrevAll.filter((o) => !(PATTERNS.attributionDayLead.test(text.slice(prev!.start, o.start))
      && PATTERNS.sentenceEndTail.test(text.slice(o.end, prev!.end)))
      && !PATTERNS.relativeClauseDayLead.test(text.slice(prev!.start, o.start)));
    const inPrev = narrated.length ? narrated : inPrevAll;
    const days = earlier.filter(onDay);
    // The one day the story has told: a dateline or the page's date line beside it is no day of the story, nor a day word
    // quoted (but where the text tells no other day, those are the ones it has).
    const storyDays = days.filter((o) => !pageDateLine(o, text) && !quotedOut(o));
    const one = new Set((storyDays.length ? storyDays : days).map((o) => o.date.value)).size === 1;
    // "The fire broke out at 10.40 p.m. on Saturday. ... / The coastguard tells it otherwise: "Our first call came at 10.05
    // p.m."": a story told by the clock gives the day once, with a clock time; a clock time after it, with no other day
    // told between and no more than a paragraph on, goes on on that day.
    const last = earlier.filter((o) => !quotedOut(o) && !pageDateLine(o, text)).at(-1);
    const clocked = last && onDay(last) && PATTERNS.clockInMention.test(last.text)
      && (text.slice(last.end, start).match(PATTERNS.paragraphBreak) ?? []).length <= 1 ? last : undefined;
    // "occupied the hall on Friday evening and still held it this morning. The sit-in began at 6.40 p.m.": of the days a
    // sentence tells, an evening time is not on one told as a morning, nor a morning time on one told as an evening.
    const evening = PATTERNS.eveningTime.test(m[0]), morning = PATTERNS.daylightMorningTime.test(m[0]);
    const fits = (o: DateMention): boolean => !(evening && /\bmorning\b/i.test(o.text)) && !(morning && PATTERNS.nightWord.test(o.text));
    const fitting = (os: DateMention[]): DateMention[] => (os.some(fits) ? os.filter(fits) : os);
    // "A storm reached the coast in the night from Tuesday to Wednesday. ... the first gusts came around 23:00": where the
    // two days the story has told are one night's, an evening time is on the first, a morning time on the second.
    const nightAt = new Set(storyDays.map((o) => o.date.value)).size === 2 ? storyDays.findIndex((o, k) => {
      const next = storyDays[k + 1];
      return next && next.date.value !== o.date.value && diffDays(parseYmd(o.date.value)!, parseYmd(next.date.value)!) === 1
        && PATTERNS.nightFromGap.test(text.slice(o.end, next.start))
        && (PATTERNS.nightFromLead.test(text.slice(Math.max(0, o.start - 30), o.start)) || /\bnight$/i.test(o.text.trim()));
    }) : -1;
    const oneNight = nightAt >= 0 ? [storyDays[nightAt]!, storyDays[nightAt + 1]!] as const : undefined;
    // "... fell in at 4.18 p.m. / The clinic said two were still being treated on Monday. / \n\n The wind peaked at about
    // 4.15 p.m.": a clock time minutes from one already dated clocks the same happening, on its day; a day the sentence before
    // tells across a paragraph break is a follow-up's, not this clock's. Not where its own paragraph tells the day before it.
    const minutes = clockMinutes(m[0]);
    const prevApart = !prev || !inPrev.length || /\n/.test(text.slice(prev.end, start));
    const sameClock = minutes !== null && !inSentence.length && prevApart ? earlier.filter((o) => !quotedOut(o) && onDay(o)).reverse().find((o) => {
      const at = clockMinutes(o.text);
      return at !== null && Math.abs(at - minutes) <= SAME_CLOCK_MINUTES;
    }) : undefined;
    const [day, method] = inSentence.length ? [fitting(inSentence).at(-1), TIME_OF_DAY_METHODS.sentence]
      : sameClock ? [sameClock, TIME_OF_DAY_METHODS.clock]
      : inPrev.length ? [fitting(inPrev).at(-1), TIME_OF_DAY_METHODS.before]
        : one ? [(storyDays.length ? storyDays : days).at(-1), TIME_OF_DAY_METHODS.story]
          : clocked ? [clocked, TIME_OF_DAY_METHODS.clock]
            : oneNight ? [evening ? oneNight[0] : PATTERNS.morningTime.test(m[0]) ? oneNight[1] : undefined, TIME_OF_DAY_METHODS.night] : [undefined, ''];
    if (!day) continue;
    if (PATTERNS.morningTime.test(m[0]) && (toldAtNight(day, text) || PATTERNS.nightWord.test(day.text) || PATTERNS.eveningTime.test(day.text))) continue;
    const mention: DateMention = { start, end, text: m[0], date: { value: day.date.value, precision: 'day' }, method };
    added.push(mention);
    all.push(mention);
  }
  return added.length ? [...dates, ...added].sort((a, b) => a.start - b.start) : dates;
}

/**
 * "About 1,200 people were forced from their homes overnight ... By the morning 340 homes stood in water", "The attack
 * was found at a quarter past three that night, and by the morning every screen was off": a morning told "by the morning"
 * with no day of its own, after a night its own sentence or the sentence before tells, is that night's end. A night dated
 * by the morning it ends on ("overnight", or its small hours: "at 3am that night") gives its own day; a night dated by its
 * evening ("on Tuesday night", "late that night") gives the next. Dated as a time of day (see isTimeOfDay): it repeats the
 * night's day, and no other mention counts from it. Not on a page read on a trial day (no ref), nor a morning ahead.
 */
export function morningsAfterNight(ref: Ymd | null, dates: DateMention[], text: string, sentences: Span[]): DateMention[] {
  if (!ref) return dates;
  const added: DateMention[] = [];
  for (const m of text.matchAll(PATTERNS.byMorning)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    const i = spanIndexAt(sentences, start);
    const sp = sentences[i];
    if (!sp || tenseAt(text.slice(sp.start, sp.end), start - sp.start) === 'future') continue;
    // The night is the last date told in the sentence before the morning, or else in the sentence before it.
    const from = sentences[i - 1]?.start ?? sp.start;
    const night = dates.filter((d) => d.end <= start && d.start >= from).at(-1);
    if (!night || night.date.precision !== 'day' || !PATTERNS.nightWord.test(night.text)) continue;
    const lineStart = Math.max(from, night.start - 40);
    const endsOnIt = PATTERNS.overnightWord.test(night.text.trim()) || PATTERNS.smallHoursBefore.test(text.slice(lineStart, night.start));
    const told = parseYmd(night.date.value);
    if (!told) continue;
    const day = endsOnIt ? told : addDays(told, 1);
    if (diffDays(day, ref) < 0) continue;
    added.push({ start, end, text: m[0], date: { value: fmt(day), precision: 'day' }, method: TIME_OF_DAY_METHODS.morning });
  }
  return added.length ? [...dates, ...added].sort((a, b) => a.start - b.start) : dates;
}

/** How apposedWeekdays dates a weekday set beside a date that falls on it. */
export const APPOSED_WEEKDAY_METHOD = 'weekday naming the date beside it';

/** A mention that is a weekday alone, with its lead word and part of day: "Last Thursday", "on Wednesday night". */
const WEEKDAY_ALONE = /^(?:(?:on|last|this|past|since|by|until)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** A day told outright: digits, a month's name or a named day ("New Year's Eve"), not a weekday or a word counted from the page. */
const TOLD_OUTRIGHT = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:day|eve|christmas|easter)\b/i;
const COUNTED_WORD = /\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|later|earlier|before|after)\b/i;

/**
 * "Last Friday, Boxing Day, I drove down", "on March 3, a Tuesday", "sold out for Christmas Eve on Thursday": a weekday
 * set right beside a date told outright names that date when the date falls on that weekday; the writer names one day
 * twice, so the weekday is not counted from the page's own day (which may lie weeks after, or on the other side of it).
 */
export function apposedWeekdays(dates: DateMention[], text: string): DateMention[] {
  let out: DateMention[] | null = null;
  for (let i = 0; i < dates.length; i++) {
    const w = dates[i]!;
    const name = WEEKDAY_ALONE.exec(w.text.trim());
    if (!name || w.date.precision !== 'day') continue;
    const named = WEEKDAYS.indexOf(name[1]!.toLowerCase() as (typeof WEEKDAYS)[number]);
    const beside = [dates[i - 1], dates[i + 1]].find((o) => {
      if (!o || o.date.precision !== 'day' || WEEKDAY_ALONE.test(o.text.trim()) || !TOLD_OUTRIGHT.test(o.text) || COUNTED_WORD.test(o.text)) return false;
      const gap = o.end <= w.start ? text.slice(o.end, w.start) : text.slice(w.end, o.start);
      // Date first: "March 3, a Tuesday", "Christmas Eve on Thursday". Weekday first: "Last Friday, Boxing Day".
      const ok = o.end <= w.start ? /^,\s*(?:an?\s+|the\s+)?$/.test(gap) || (/^\s+$/.test(gap) && /^on\s/i.test(w.text.trim())) : /^,\s*$/.test(gap);
      const day = parseYmd(o.date.value);
      return ok && day !== null && weekday(day) === named;
    });
    if (!beside || beside.date.value === w.date.value) continue;
    out ??= [...dates];
    out[i] = { ...w, date: { ...beside.date }, method: APPOSED_WEEKDAY_METHOD };
  }
  return countedWeekdays(out ?? dates, text);
}

/** A weekday told with "a" right after a count of days back ("Ten days ago, early on a Sunday morning,"). */
const WEEKDAY_AFTER_COUNT = /^,\s*((?:(?:late|early)\s+)?on\s+an?\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)\b/i;

/**
 * "Ten days ago, early on a Sunday morning, a barge sank": a weekday set with "a" beside a count of days back names
 * the day counted to (which Tuesday, the count says), when that day falls on it; the words are a mention of that day.
 */
function countedWeekdays(dates: DateMention[], text: string): DateMention[] {
  let out: DateMention[] | null = null;
  for (const c of dates) {
    if (c.date.precision !== 'day' || !/\bago$/i.test(c.text.trim())) continue;
    const m = WEEKDAY_AFTER_COUNT.exec(text.slice(c.end));
    const day = parseYmd(c.date.value);
    if (!m || !day || weekday(day) !== WEEKDAYS.indexOf(m[2]!.toLowerCase() as (typeof WEEKDAYS)[number])) continue;
    const start = c.end + m[0].length - m[1]!.length, end = c.end + m[0].length;
    if (dates.some((d) => d.start < end && start < d.end)) continue;
    out ??= [...dates];
    out.push({ start, end, text: m[1]!, date: { ...c.date }, method: APPOSED_WEEKDAY_METHOD });
  }
  return out ? out.sort((a, b) => a.start - b.start) : dates;
}
