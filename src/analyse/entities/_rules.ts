/** Our own recogniser: capitalised runs typed by the gazetteer, head words, titles and honorifics. */
import type { EntityType } from '../../contract/dossier.ts';
import type { Span } from '../../contract/pipeline.ts';
import { MAX_ACRONYM_LETTERS, MAX_NAME_WORDS, MIN_ACRONYM_LETTERS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { STOP_CAPS } from './data/lexicon.ts';
import { gazetteerType, headType, isDemonym } from './_gazetteer.ts';
import { splitTitle, tidySpan, tokens } from './_names.ts';
import type { Candidate } from './_types.ts';

/** Capitalised runs inside each chunk, tidied, with " and " splitting runs that are not one name. */
export function nameRuns(text: string, chunks: Span[]): Span[] {
  const out: Span[] = [];
  for (const c of chunks) {
    const piece = text.slice(c.start, c.end);
    for (const m of piece.matchAll(PATTERNS.NAME_RUN)) {
      const s0 = c.start + (m.index ?? 0);
      const parts = splitOnAnd(text, s0, s0 + m[0].length);
      for (const p of parts) {
        const t = tidySpan(text, p.start, p.end);
        if (t) out.push(t);
      }
    }
  }
  return out;
}

function splitOnAnd(text: string, start: number, end: number): Span[] {
  const whole = text.slice(start, end);
  if (!/ and /u.test(whole) || gazetteerType(whole) || headType(whole.split(/\s+/u))) return [{ start, end }];
  const out: Span[] = [];
  let s = start;
  for (const m of whole.matchAll(/ and /gu)) { out.push({ start: s, end: start + (m.index ?? 0) }); s = start + (m.index ?? 0) + m[0].length; }
  out.push({ start: s, end });
  return out;
}

/** Type one run by our rules; `untyped` runs are returned with type 'other'. */
export function typeRun(text: string, run: Span): Candidate | null {
  const split = splitTitle(text, run.start, run.end);
  const name = text.slice(split.start, split.end);
  const words = tokens(text, split.start, split.end).map((t) => t.w);
  if (!words.length || words.length > MAX_NAME_WORDS) return null;
  if (words.length === 1 && (STOP_CAPS.has(words[0].toLowerCase().replace(/\.$/, '')) || isDemonym(words[0]))) return null;
  const base = { start: split.start, end: split.end, role: split.role, gender: split.gender };
  const gaz = gazetteerType(name);
  if (gaz) return { ...base, type: gaz, strong: true };
  const head = headType(words);
  if (head) return { ...base, type: head, strong: true };
  if (split.titled) return { ...base, type: 'person', strong: true };
  const letters = name.replace(/[.&]/g, '');
  if (words.length === 1 && PATTERNS.ACRONYM.test(name) && letters.length >= MIN_ACRONYM_LETTERS && letters.length <= MAX_ACRONYM_LETTERS) {
    return { ...base, type: 'organization', strong: true };
  }
  return { ...base, type: 'other' as EntityType, strong: false };
}

/** Rules alone: typed runs, and untitled two- or three-word runs guessed as people. */
export function ruleCandidates(text: string, runs: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const r of runs) {
    const c = typeRun(text, r);
    if (!c) continue;
    if (c.type !== 'other') { out.push(c); continue; }
    const n = tokens(text, c.start, c.end).length;
    const atLineStart = c.start === 0 || text[c.start - 1] === '\n';
    if (n >= 2 && n <= 3 && !atLineStart) out.push({ ...c, type: 'person', strong: false });
  }
  return out;
}
