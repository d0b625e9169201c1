/** Proper-noun runs from wink-nlp's part-of-speech tagger (its lite English model ships inside the package). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../../contract/pipeline.ts';
import { PATTERNS } from './patterns.ts';

/** Loaded once per thread; only the tokeniser, sentence splitter and tagger run (no NER: the lite model has no person/place types). */
let tagger: ReturnType<typeof winkNLP> | null = null;
const load = (): ReturnType<typeof winkNLP> => (tagger ??= winkNLP(model, ['sbd', 'pos']));

interface Tok { start: number; end: number; pos: string; w: string }

function tag(text: string, chunk: Span): Tok[] {
  const nlp = load();
  const piece = text.slice(chunk.start, chunk.end);
  const doc = nlp.readDoc(piece);
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as string[];
  const out: Tok[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const k = piece.indexOf(words[i], at);
    if (k < 0) continue; // wink normalised the token: skip it rather than guess an offset
    out.push({ start: chunk.start + k, end: chunk.start + k + words[i].length, pos: tags[i], w: words[i] });
    at = k + words[i].length;
  }
  return out;
}

/** Maximal runs of proper nouns ("Bank of England", "Kim Jong-un"), one span each. */
export function winkRuns(text: string, chunks: Span[]): Span[] {
  const out: Span[] = [];
  for (const c of chunks) {
    if (!/\p{Lu}/u.test(text.slice(c.start, c.end))) continue;
    let toks: Tok[];
    try { toks = tag(text, c); } catch { continue; }
    let run: Span | null = null;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const gap = run ? text.slice(run.end, t.start) : '';
      const glued = run !== null && (gap === '' || /^[ \u00A0]$/u.test(gap));
      const joiner = run !== null && PATTERNS.JOINER.test(t.w) && toks[i + 1]?.pos === 'PROPN';
      const hyphen = run !== null && gap === '' && /^[-‐]$/u.test(t.w);
      if (t.pos === 'PROPN' || (glued && (joiner || hyphen || (gap === '' && /^\p{L}/u.test(t.w))))) {
        if (run && glued) run.end = t.end;
        else { if (run) out.push(run); run = { start: t.start, end: t.end }; }
      } else if (run) { out.push(run); run = null; }
    }
    if (run) out.push(run);
  }
  return out;
}
