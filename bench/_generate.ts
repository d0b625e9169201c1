/**
 * Seeded, reproducible synthetic news coverage: events (N per day) × several outlets each, with
 * rewrites, wire copies (exact and edited), translation-style noise, boilerplate, background
 * mentions of older events and follow-up stories. Event i is generated from (seed, i) alone, so
 * workers can generate shards independently. Truth: the story of a document is its event.
 */
import { BOILERPLATE, EVENT_TYPES, FILLER, FOLLOW_UP, cap, madeUp } from './_words.ts';

export const EVENTS_PER_DAY = 250;
const START_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
/** Follow-ups come this many days (or more) after their parent: a new story in the same storyline. */
const FOLLOW_UP_DAYS = 20;

export interface SynthDoc {
  source: string;
  title: string;
  text: string;
  outlet: string;
  publishedAt: string;
  truth: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

interface EventFacts { type: (typeof EVENT_TYPES)[number]; place: string; person: string; org: string; keys: string[]; count: number; day: number; follow: string | null }

function facts(seed: number, i: number): EventFacts {
  // A follow-up re-uses its parent's place, person and keys (seeded from the parent's index).
  const r = mulberry32(seed ^ Math.imul(i + 1, 0x9e3779b1));
  const isFollow = i > FOLLOW_UP_DAYS * EVENTS_PER_DAY && r() < 0.1;
  const base = isFollow ? i - FOLLOW_UP_DAYS * EVENTS_PER_DAY - Math.floor(r() * EVENTS_PER_DAY) : i;
  const rb = mulberry32(seed ^ Math.imul(base + 1, 0x85ebca6b));
  const type = pick(rb, EVENT_TYPES);
  const place = cap(madeUp(rb, 3)) + pick(rb, ['', 'ville', ' City', 'burg', 'ford']);
  const person = `${cap(madeUp(rb))} ${cap(madeUp(rb, 3))}`;
  const org = `${cap(madeUp(rb, 3))} ${pick(rb, ['Group', 'Council', 'Institute', 'Party', 'Agency'])}`;
  const keys = Array.from({ length: 6 }, () => madeUp(rb));
  return { type, place, person, org, keys, count: 3 + Math.floor(rb() * 400), day: START_DAY + Math.floor(i / EVENTS_PER_DAY), follow: isFollow ? pick(r, FOLLOW_UP) : null };
}

function factSentences(f: EventFacts, r: () => number, old: EventFacts | null): string[] {
  const t = f.type;
  const s = [
    `A ${t.noun} ${pick(r, t.verbs)} ${f.place} on ${pick(r, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])}, affecting at least ${f.count} people.`,
    `${f.person} of the ${f.org} said the ${pick(r, t.words)} near the ${f.keys[0]} district was the worst in years.`,
    `Reports from ${f.place} described ${pick(r, t.words)} and ${pick(r, t.words)} around the ${f.keys[1]} and the ${f.keys[2]}.`,
    `"We have never seen anything like this ${t.noun}," ${f.person} told reporters in ${f.place}.`,
    `The ${f.org} said the ${f.keys[3]} and ${f.keys[4]} would be examined as part of the response.`,
    `By evening the ${pick(r, t.words)} had reached the ${f.keys[5]} quarter of ${f.place}.`,
    `${cap(pick(r, FILLER))}, according to the ${f.org}.`,
  ];
  if (f.follow) s.unshift(`The ${f.follow} into the ${t.noun} in ${f.place} began this week, weeks after the ${f.keys[0]} ${pick(r, t.words)}.`, `${f.person} attended the ${f.follow} alongside members of the ${f.org}.`);
  if (old) s.push(`The ${t.noun} recalled the ${old.type.noun} in ${old.place} last year, when ${old.person} led the ${old.org}.`);
  return s;
}

function shuffle<T>(r: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [xs[i], xs[j]] = [xs[j]!, xs[i]!]; }
  return xs;
}

/** Translation-style noise: odd capitals and a swapped word pair per sentence. */
function translationNoise(r: () => number, s: string): string {
  const w = s.split(' ');
  if (w.length > 4) { const k = 1 + Math.floor(r() * (w.length - 3)); [w[k], w[k + 1]] = [w[k + 1]!, w[k]!]; }
  return w.map((x) => (r() < 0.08 ? cap(x) : x)).join(' ');
}

/** All documents of event i, in no particular order. */
export function eventDocs(seed: number, i: number, outlets: string[]): SynthDoc[] {
  const f = facts(seed, i);
  const r = mulberry32(seed ^ Math.imul(i + 7, 0xc2b2ae35));
  const old = i > 400 * EVENTS_PER_DAY / 100 && r() < 0.2 ? facts(seed, Math.floor(r() * (i - EVENTS_PER_DAY))) : null;
  const n = 3 + Math.floor(r() * 10);
  const docs: SynthDoc[] = [];
  let original: SynthDoc | null = null;
  for (let k = 0; k < n; k++) {
    const outlet = pick(r, outlets);
    const date = new Date((f.day + Math.floor(r() * 3)) * 86_400_000 + Math.floor(r() * 86_400_000)).toISOString();
    const kind = original && r() < 0.3 ? (r() < 0.5 ? 'exact' : 'wire') : 'rewrite';
    let text: string;
    let title: string;
    if (kind === 'exact' && original) { text = original.text; title = original.title; }
    else if (kind === 'wire' && original) { text = `${pick(r, BOILERPLATE)}\n\n${original.text.replace(/\.$/, '')} (${outlet}).\n\n${pick(r, BOILERPLATE)}`; title = original.title; }
    else {
      const sents = shuffle(r, factSentences(f, r, old)).slice(0, 5 + Math.floor(r() * 3));
      const noisy = r() < 0.2 ? sents.map((s) => translationNoise(r, s)) : sents;
      const filler = Array.from({ length: 2 + Math.floor(r() * 4) }, () => cap(pick(r, FILLER)) + '.');
      text = [...noisy.slice(0, 3), ...filler, ...noisy.slice(3)].join(' ').replace(/(\. )(?=[A-Z"])/g, (m) => (r() < 0.25 ? '.\n\n' : m));
      if (r() < 0.5) text += `\n\n${pick(r, BOILERPLATE)}`;
      title = `${cap(f.follow ? `${f.follow} into ` : '')}${cap(f.type.noun)} ${pick(r, f.type.verbs)} ${f.place}${r() < 0.5 ? ` as ${f.person} speaks` : ''}`;
    }
    const doc = { source: `synth/${i}/${k}`, title, text, outlet, publishedAt: date, truth: i };
    if (!original) original = doc;
    docs.push(doc);
  }
  return docs;
}

/** A fixed list of outlet names. */
export function makeOutlets(seed: number, n = 80): string[] {
  const r = mulberry32(seed ^ 0x5bd1e995);
  return Array.from({ length: n }, () => `${cap(madeUp(r))} ${pick(r, ['Times', 'Post', 'Herald', 'News', 'Daily', 'Wire', 'Tribune'])}`);
}
