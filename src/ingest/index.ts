/**
 * ingest: files, folders, globs, stdin or uploaded bytes → one RawArticle per article, with one
 * clear warning per input that could not be read. Never throws on bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import type { IngestWarning, RawArticle } from '../contract/pipeline.ts';
import { DEFAULT_MAX_BYTES } from './constants.ts';
import { expandInputs } from './files.ts';
import { oversize, readInput } from './read.ts';

export { DEFAULT_MAX_BYTES, SUPPORTED_EXTENSIONS } from './constants.ts';
export { makeArticle, articleId } from './formats.ts';

export interface IngestOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Bytes of standard input, for the `-` path. */
  readStdin?: () => Uint8Array;
  /** Paths never read (our own dossier folder and store file when they sit inside an input folder). */
  exclude?: string[];
}

export type IngestEvent =
  | { kind: 'files'; total: number }
  | { kind: 'file'; source: string; articles: RawArticle[]; warnings: IngestWarning[] };

/** Read inputs one file at a time, so memory holds one file, not the corpus. */
export function* ingestPaths(inputs: string[], opts: IngestOptions = {}): Generator<IngestEvent> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const { files, warnings } = expandInputs(inputs, opts.exclude);
  yield { kind: 'files', total: files.length };
  if (warnings.length) yield { kind: 'file', source: '', articles: [], warnings };
  for (const file of files) {
    if (file === '-') {
      const bytes = opts.readStdin ? opts.readStdin() : new Uint8Array();
      yield { kind: 'file', source: '-', ...readInput('-', null, bytes, maxBytes) };
      continue;
    }
    let bytes: Uint8Array;
    try {
      const size = statSync(file).size;
      if (size > maxBytes) {
        yield { kind: 'file', source: file, ...oversize(file, size, maxBytes) };
        continue;
      }
      bytes = readFileSync(file);
    } catch (err) {
      yield { kind: 'file', source: file, articles: [], warnings: [{ source: file, reason: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` }] };
      continue;
    }
    yield { kind: 'file', source: file, ...readInput(file, file, bytes, maxBytes) };
  }
}

/** Articles in one uploaded file (server uploads): the name decides the format, else the content. */
export function ingestBytes(name: string, bytes: Uint8Array, opts: Pick<IngestOptions, 'maxBytes'> = {}): { articles: RawArticle[]; warnings: IngestWarning[] } {
  return readInput(name, name, bytes, opts.maxBytes ?? DEFAULT_MAX_BYTES);
}
