import { MIN_TOKEN_CHARS } from './constants.ts';

/** Function words that say nothing about what a statement is about; "ve", "re", "ll" are the tails of contractions ("we've", "they're"). */
const STOP = new Set(('a an the and or but if of to in on at by for with from as is are was were be been being it its this that these ' +
  'those there here we our us you your they their them he his him she her i me my not no do does did done have has had ' +
  'will would shall should can could may might must so than then too very just also all any some such what which who whom ' +
  'when where why how about into over after before up down out off again more most other only own same both each few ' +
  'because while until s t don now ve re ll').split(' '));

/**
 * Irregular past forms and the verb they belong to: suffix folding cannot meet "came" with "come", yet one line
 * reworded (or translated) moves between tenses ("many came to us" / "many have come to us").
 */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(Object.entries({
  came: 'come', went: 'go', gone: 'go', took: 'take', taken: 'take', gave: 'give', given: 'give', made: 'make', told: 'tell',
  found: 'find', left: 'leave', kept: 'keep', held: 'hold', felt: 'feel', saw: 'see', seen: 'see', knew: 'know', known: 'know',
  thought: 'think', brought: 'bring', bought: 'buy', ran: 'run', began: 'begin', begun: 'begin', broke: 'break', broken: 'break',
  spoke: 'speak', spoken: 'speak', wrote: 'write', written: 'write', got: 'get', gotten: 'get', sent: 'send', built: 'build',
  lost: 'lose', paid: 'pay', stood: 'stand', fell: 'fall', fallen: 'fall', chose: 'choose', chosen: 'choose', drove: 'drive',
  driven: 'drive', rose: 'rise', risen: 'rise', won: 'win', meant: 'mean', met: 'meet', led: 'lead', fought: 'fight',
  caught: 'catch', taught: 'teach', sold: 'sell', slept: 'sleep', spent: 'spend', understood: 'understand', threw: 'throw', thrown: 'throw',
}));

/**
 * Irregular plurals and their singular: "people" is the everyday plural of "person" ("persons" the formal one a
 * translation keeps: "We hold two Persons" / "two people in custody"), "children" of "child".
 */
const IRREGULAR_PLURAL: ReadonlyMap<string, string> = new Map([['people', 'person'], ['persons', 'person'], ['children', 'child']]);

/** Crude suffix folding so "fishermen"/"fisherman" and "signs"/"signed" meet. */
function fold(w: string): string {
  const base = IRREGULAR_PAST.get(w) ?? IRREGULAR_PLURAL.get(w);
  if (base) return base;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s')) return w.slice(0, -1);
  return w.replace(/men$/, 'man');
}

/** A hyphen between two letters joins one word: "cease-fire" and "ceasefire" are one word (a translation or a house style hyphenates compounds others close up); "AV-310" keeps its number apart. */
const COMPOUND_HYPHEN = /(?<=\p{L})[-‐‑](?=\p{L})/gu;

/** Lower-cased, folded content words of a quote. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of String(text).toLowerCase().normalize('NFKC').replace(COMPOUND_HYPHEN, '').matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length < MIN_TOKEN_CHARS || STOP.has(w)) continue;
    out.add(fold(w));
  }
  return out;
}

/** Normalised wording for substring checks: lower case, words joined by single spaces. */
export function plain(text: string): string {
  return (String(text).toLowerCase().replace(COMPOUND_HYPHEN, '').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

export function overlapCount(a: Set<string>, b: Set<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (big.has(w)) n++;
  return n;
}

/** An editor's elision inside a quote: "(…)", "[…]", "(...)", "[...]". */
export const ELISION = /\s*[([](?:…|\.\.\.)[)\]]\s*/u;

/**
 * The wording a quote is linked by: a quote an outlet stitched from two passages with "(…)" ("A (…) B") would
 * otherwise bridge the two statements it quotes; it is linked by its longest passage (the first on a tie).
 */
export function linkingText(text: string): string {
  const pieces = String(text).split(ELISION).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (pieces.length < 2) return String(text);
  return pieces.reduce((best, p) => (contentWords(p).size > contentWords(best).size ? p : best));
}
