/** Run the chosen recogniser(s) and keep one non-overlapping, typed candidate per name span. */
import type { Span } from '../../contract/pipeline.ts';
import { ROLE_HEADS, STOP_CAPS } from './data/lexicon.ts';
import { headlineLines } from './_headlines.ts';
import { isDemonym } from './_gazetteer.ts';
import { compromiseCandidates } from './_compromise.ts';
import { dropLead, isTitleOnly, roleBefore, splitTitle, tidySpan, tokens } from './_names.ts';
import { MAX_ROLE_WORDS } from './constants.ts';
import { demonymPairs, nameRuns, placeCue, ruleCandidates, singleGuesses, splitRun, typeRun } from './_rules.ts';
import { winkRuns } from './_wink.ts';
import type { Candidate, Recogniser } from './_types.ts';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function tidyCompromise(text: string, c: Candidate, demonyms: Map<string, string>): Candidate | null {
  // "Sox - Teixeira": compromise runs across separators; keep the part before
  const sep = /[ \u00A0][-–—|][ \u00A0]/u.exec(text.slice(c.start, c.end));
  const t = tidySpan(text, c.start, sep ? c.start + sep.index : c.end);
  if (!t) return null;
  const lead = dropLead(text, t.start, t.end);
  const split = splitTitle(text, lead.start, t.end);
  const words = tokens(text, split.start, split.end).map((x) => x.w);
  if (!words.length || words.every((w) => STOP_CAPS.has(w.toLowerCase().replace(/\.$/, '')) || isDemonym(w) || isTitleOnly(w))) return null;
  if (words.length === 1 && demonyms.has(words[0])) return null;
  // "Portland Trailblazers Coach" is a role description, not a person's name
  if (c.type === 'person' && !split.titled && ROLE_HEADS.has(words[words.length - 1].toLowerCase())) return null;
  if (!/\p{Lu}/u.test(text.slice(split.start, split.end))) return null;
  return { ...c, start: split.start, end: split.end, role: split.role, gender: split.gender, type: split.titled ? 'person' : c.type };
}

/** Keep the best candidate where spans overlap: strong evidence first, then the longer span. */
function pick(cands: Candidate[]): Candidate[] {
  const order = [...cands].sort((a, b) => Number(b.strong) - Number(a.strong) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  const end = Math.max(0, ...cands.map((c) => c.end));
  const used = new Uint8Array(end + 1);
  for (const c of order) if (!used.subarray(c.start, c.end).includes(1)) { kept.push(c); used.fill(1, c.start, c.end); }
  return kept.sort((a, b) => a.start - b.start);
}

export function detect(text: string, chunks: Span[], mode: Recogniser): Candidate[] {
  // in Title Case headlines only names our lists or head words type are kept; the rest are found later by name
  const heads = headlineLines(text);
  const found = detectSpans(text, chunks, mode).filter((c) => !heads.some((h) => overlaps(h, c)) || (c.strong && c.type !== 'person'));
  // lower-case roles right before a person's name ("ministry spokeswoman Leila Marut")
  for (const c of found) if (c.type === 'person' && !c.role) c.role = roleBefore(text, c.start, MAX_ROLE_WORDS);
  return found;
}

function detectSpans(text: string, chunks: Span[], mode: Recogniser): Candidate[] {
  const runs = nameRuns(text, chunks);
  const demonyms = demonymPairs(text);
  const typed = runs.map((r) => typeRun(text, r)).filter((c): c is Candidate => c !== null);
  const cued = typed.map((c) => placeCue(text, c, demonyms)).filter((c): c is Candidate => c !== null);
  if (mode === 'rules') return pick([...ruleCandidates(text, runs), ...cued]);
  if (mode === 'wink') {
    const wr = winkRuns(text, chunks).flatMap((r) => splitRun(text, r));
    const wTyped = wr.map((r) => typeRun(text, r)).filter((c): c is Candidate => c !== null);
    return pick([...ruleCandidates(text, wr), ...wTyped.map((c) => placeCue(text, c, demonyms)).filter((c): c is Candidate => c !== null), ...singleGuesses(text, wTyped, demonyms)]);
  }
  const strong = typed.filter((c) => !c.untyped);
  if (mode === 'rules+wink') {
    // wink's proper-noun runs stand in for compromise: our guesses only on runs wink calls proper nouns
    const wr = winkRuns(text, chunks).flatMap((r) => splitRun(text, r));
    const wTyped = wr.map((r) => typeRun(text, r)).filter((c): c is Candidate => c !== null);
    return pick([...strong, ...cued, ...ruleCandidates(text, wr).filter((g) => !g.strong), ...singleGuesses(text, wTyped, demonyms)]);
  }
  const nlpCands = compromiseCandidates(text, chunks).map((c) => tidyCompromise(text, c, demonyms)).filter((c): c is Candidate => c !== null);
  if (mode === 'compromise') return pick(nlpCands);
  // our two- or three-word person guess only where compromise found nothing
  const byNlp = new Uint8Array(text.length + 1);
  for (const c of nlpCands) byNlp.fill(1, c.start, c.end);
  const guesses = ruleCandidates(text, runs).filter((g) => !g.strong && !byNlp.subarray(g.start, g.end).includes(1));
  if (mode === 'combined+wink') {
    const wTyped = winkRuns(text, chunks).flatMap((r) => splitRun(text, r)).map((r) => typeRun(text, r)).filter((c): c is Candidate => c !== null);
    return pick([...strong, ...cued, ...nlpCands, ...guesses, ...singleGuesses(text, wTyped, demonyms)]);
  }
  return pick([...strong, ...cued, ...nlpCands, ...guesses]);
}
