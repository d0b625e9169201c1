/**
 * "the night of the theft", "on the day of the crash": a day named by the happening it belongs to. A follow-up often
 * names its storyline's main event this way without dating it, as a reader of the earlier coverage knows the day.
 * The day is the earliest on which two or more pages of the storyline (copies once) date an event of that kind (the
 * event pass types the noun as it types the events): later days of that type are mostly the follow-ups' own happenings
 * told with it ("arrested two men on Thursday over the theft", "charged with the theft"), and one page alone may misdate.
 */
import type { AnalysedDocument, DateMention } from '../../contract/pipeline.ts';
import { EVENT_TRIGGERS } from '../../analyse/events/index.ts';
import type { Grouping } from '../types.ts';
import { dayOf } from './_facts.ts';
import { isoOfDay } from './_candidates.ts';
import { epochDay, HAPPENING_DAY_METHOD } from '../../analyse/dates/index.ts';

/**
 * "the night of the theft", "on the Day of the Crash": a part of a day, "of the", then up to three words of the noun phrase.
 * "the first morning of the strike", "the opening day of the summit": a happening that runs for days is named by its first
 * day as well, the day it began, which is the earliest day its storyline's pages agree on too.
 * "the evening before the flood", "the day after the derailment": the day before or after that day.
 */
const DAY_OF_HAPPENING = /\bthe\s+(?:(?:same|very|first|opening)\s+)?(?:night|day|morning|afternoon|evening|early\s+hours)\s+(of|before|after)\s+the\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2})/giu;

/** Pages of the storyline (the one read among them) that must date the event alike. */
const MIN_PAGES_AGREEING = 2;

/**
 * The one event type the noun phrase names, and the words that name it, read as its first word, then its first two,
 * then three ("theft", "ferry crash"): the shortest reading that names exactly one type. Null when none does, or more than one.
 */
export function happeningType(phrase: string): { type: string; head: string } | null {
  const words = phrase.split(/\s+/);
  for (let n = 1; n <= words.length; n++) {
    const head = words.slice(0, n).join(' ');
    const types = new Set(EVENT_TRIGGERS.filter(([, re]) => re.test(head)).map(([t]) => t));
    if (types.size === 1) return { type: [...types][0]!, head };
    if (types.size > 1) return null;
  }
  return null;
}

/**
 * The happening read with the article the page put before it ("of the strike"): some nouns name an event only so (the event
 * pass types "the strike" or "a strike" as a protest, a bare "strike" as nothing, since "strike" alone is also a verb and a
 * lucky shot). The head is given without the article, as happeningType gives it.
 */
export function withArticle(phrase: string): { type: string; head: string } | null {
  const named = happeningType(`the ${phrase}`);
  return named ? { type: named.type, head: named.head.replace(/^the\s+/, '') } : null;
}

/** A copy counts once: pages are keyed by the copy they duplicate. */
type CopyOf = (id: string) => string;

/** Day → the pages that date an event of `type` on it (background events left out: they are not the story's). */
function pagesByDay(pages: AnalysedDocument[], type: string, copyOf: CopyOf): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const p of pages) {
    for (const e of p.analysis.events) {
      const day = e.type === type && !e.background ? dayOf(e.date) : null;
      if (day === null) continue;
      const ids = out.get(day);
      if (ids) ids.add(copyOf(p.doc.id)); else out.set(day, new Set([copyOf(p.doc.id)]));
    }
  }
  return out;
}

/** Every day at least MIN_PAGES_AGREEING of these pages give an event of `type`, with how many pages do. */
export function agreedDaysOf(pages: AnalysedDocument[], type: string, copyOf: CopyOf = (id) => id): Map<number, number> {
  return new Map([...pagesByDay(pages, type, copyOf)].filter(([, ids]) => ids.size >= MIN_PAGES_AGREEING).map(([day, ids]) => [day, ids.size]));
}

/** The earliest day at least MIN_PAGES_AGREEING of these pages give an event of `type`, or null. */
export function agreedDay(pages: AnalysedDocument[], type: string, copyOf: CopyOf = (id) => id): number | null {
  const days = [...agreedDaysOf(pages, type, copyOf).keys()];
  return days.length ? Math.min(...days) : null;
}

/** The page's "the night of the <happening>" mentions that its own text leaves undated, dated from its storyline's pages (itself among them). */
export function happeningDays(page: AnalysedDocument, line: AnalysedDocument[], copyOf: CopyOf = (id) => id): DateMention[] {
  const text = page.doc.text ?? '';
  const { dates } = page.analysis;
  const own = page.analysis.publishedAt ? epochDay(page.analysis.publishedAt.slice(0, 10)) : null;
  const out: DateMention[] = [];
  for (const m of text.matchAll(DAY_OF_HAPPENING)) {
    const phrase = m[2]!;
    const named = happeningType(phrase) ?? withArticle(phrase);
    if (!named) continue;
    const { type } = named;
    const step = m[1]!.toLowerCase() === 'before' ? -1 : m[1]!.toLowerCase() === 'after' ? 1 : 0;
    const start = m.index!;
    const said = m[0].slice(0, m[0].length - phrase.length) + named.head;
    const end = start + said.length;
    // The page's own reading of the happening's day (the earliest its text tells with the noun) gives way to the storyline's.
    if (dates.some((d) => d.start < end && start < d.end && d.method !== HAPPENING_DAY_METHOD)) continue;
    const agreed = agreedDay(line, type, copyOf);
    // A happening the page looks back on is no later than the page.
    if (agreed === null || (own !== null && agreed > own)) continue;
    const day = agreed + step;
    out.push({ start, end, text: said, date: { value: isoOfDay(day), precision: 'day' }, method: step ? `the day ${m[1]!.toLowerCase()} the first day its storyline's pages give the ${type}` : `the first day its storyline's pages give the ${type}` });
  }
  return out;
}

/** Every page with its "the day of the <happening>" mentions dated from its storyline (pages with none are returned as they were). */
export function withHappeningDays(docs: AnalysedDocument[], grouping: Grouping): AnalysedDocument[] {
  const lineOfStory = new Map(grouping.stories.map((s) => [s.id, s.storylineId ?? s.id]));
  const lineOf = (d: AnalysedDocument): string | undefined => {
    const story = grouping.storyOf.get(d.doc.id);
    return story === undefined ? undefined : (lineOfStory.get(story) ?? story);
  };
  const byLine = new Map<string, AnalysedDocument[]>();
  for (const d of docs) {
    const line = lineOf(d);
    if (line === undefined) continue;
    const list = byLine.get(line);
    if (list) list.push(d); else byLine.set(line, [d]);
  }
  const copyOf: CopyOf = (id) => grouping.duplicateOf.get(id) ?? id;
  return docs.map((d) => {
    const line = lineOf(d);
    const pages = line === undefined ? [] : (byLine.get(line) ?? []);
    const added = pages.length > 1 ? happeningDays(d, pages, copyOf) : [];
    if (!added.length) return d;
    const dates = [...d.analysis.dates.filter((x) => !added.some((a) => a.start < x.end && x.start < a.end)), ...added].sort((a, b) => a.start - b.start);
    return { doc: d.doc, analysis: { ...d.analysis, dates } };
  });
}
