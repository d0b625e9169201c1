/** One input's bytes → articles: size cap, gzip, binary check, decoding, format. */
import { gunzipSync } from 'node:zlib';
import type { IngestWarning } from '../contract/pipeline.ts';
import { GZIP_EXPANSION_LIMIT, SUPPORTED_EXTENSIONS } from './constants.ts';
import { decodeBytes, hasUtf16Bom, looksBinary } from './decode.ts';
import { parseFile, type FileKind, type ParsedFile } from './formats.ts';

const KIND_BY_EXTENSION: Record<(typeof SUPPORTED_EXTENSIONS)[number], FileKind> = {
  '.txt': 'text', '.md': 'text', '.html': 'html', '.htm': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** File kind from a name (a trailing `.gz` is looked through), or null when unsupported. */
export function kindFromName(name: string): FileKind | null {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  const ext = SUPPORTED_EXTENSIONS.find((e) => lower.endsWith(e));
  return ext ? KIND_BY_EXTENSION[ext] : null;
}

/** Kind of content with no usable name (stdin, uploads): HTML, JSON, JSONL or plain text. */
export function sniffKind(text: string): FileKind {
  const head = text.trimStart().slice(0, 512);
  if (/^(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const lines = text.trim().split(/\r?\n/);
    return lines.length > 1 && lines.every((l) => !l.trim() || l.trim().startsWith('{')) ? 'jsonl' : 'json';
  }
  return 'text';
}

const isGzip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;

function warn(source: string, reason: string): ParsedFile {
  return { articles: [], warnings: [{ source, reason }] };
}

const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);

/** The refusal for a file over the cap, checked before reading it so a huge file is never loaded. */
export function oversize(source: string, size: number, maxBytes: number): ParsedFile {
  return warn(source, `file is ${mb(size)} MB, over the ${mb(maxBytes)} MB cap; raise it with --max-file-mb`);
}

/**
 * Parse one input. `name` decides the format (null: sniff the content); `maxBytes` caps both the
 * file and, for gzip, what it inflates to.
 */
export function readInput(source: string, name: string | null, bytes: Uint8Array, maxBytes: number): ParsedFile {
  if (bytes.length > maxBytes) return oversize(source, bytes.length, maxBytes);
  if (bytes.length === 0) return warn(source, 'empty file (nothing to read)');
  let body = bytes;
  if (isGzip(bytes)) {
    try {
      body = gunzipSync(bytes, { maxOutputLength: maxBytes * GZIP_EXPANSION_LIMIT });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ERR_BUFFER_TOO_LARGE' || /too large|maxOutputLength/i.test((err as Error).message)
        ? `inflates past the ${mb(maxBytes)} MB cap`
        : `is a damaged or truncated gzip (${(err as Error).message})`;
      return warn(source, `${why}; re-download or re-compress it`);
    }
  } else if (name?.toLowerCase().endsWith('.gz')) {
    return warn(source, 'named .gz but is not gzip data');
  }
  if (!hasUtf16Bom(body) && looksBinary(body)) return warn(source, 'binary content (not text, HTML or JSON); skipped');
  const declaredKind = name ? kindFromName(name) : null;
  const decoded = decodeBytes(body, declaredKind === 'html' || declaredKind === null);
  const kind = declaredKind ?? sniffKind(decoded.text);
  const parsed = parseFile(source, kind, decoded.text);
  const notes: IngestWarning[] = decoded.note && parsed.articles.length ? [{ source, reason: decoded.note }] : [];
  return { articles: parsed.articles, warnings: [...notes, ...parsed.warnings] };
}
