import { TOKEN } from './patterns.ts';

/** A word or punctuation token with its offsets in the document text. */
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  cap: boolean;
}

/** Tokens of text[a, b) with document offsets. */
export function tokenize(text: string, a: number, b: number): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(a, b);
  for (const m of slice.matchAll(TOKEN)) {
    const t = m[0];
    const start = a + (m.index ?? 0);
    const word = /[\p{L}\p{N}]/u.test(t[0]);
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, word, cap: /^\p{Lu}/u.test(t) });
  }
  return out;
}
