import { createRequire } from 'node:module';

interface Boundary { start_index: number; end_index: number; text: string }
type BoundaryFn = (language: string, text: string) => Boundary[];

// sentencex ships no type declarations; load its CommonJS entry with a typed signature.
const require = createRequire(import.meta.url);
const lib = require('sentencex') as { get_sentence_boundaries: BoundaryFn };

/** Sentence texts of one paragraph, in order, as sentencex cuts them. */
export function sentencePieces(language: string, paragraph: string): string[] {
  return lib.get_sentence_boundaries(language, paragraph).map((b) => b.text);
}
