/**
 * Text of one input file → articles. Structured inputs (JSON, JSONL) are validated with zod;
 * one bad record is a warning, the rest of the file still counts.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ArticleHints, IngestWarning, RawArticle } from '../contract/pipeline.ts';
import { ID_HEX_LENGTH } from './constants.ts';

export type FileKind = 'text' | 'html' | 'json' | 'jsonl';

const optionalString = z.preprocess((v) => (v === null || v === '' ? undefined : v), z.string().optional());

/** A moment as a string, or as milliseconds since the epoch. */
const stamp = z.preprocess((v) => (typeof v === 'number' ? new Date(v).toISOString() : v), optionalString);

/** One article as a JSON object; common synonyms accepted so real feeds load as they are. */
const JsonArticleSchema = z
  .object({
    title: optionalString,
    headline: optionalString,
    text: optionalString,
    body: optionalString,
    content: optionalString,
    html: optionalString,
    url: optionalString,
    link: optionalString,
    outlet: optionalString,
    source: z.preprocess((v) => (typeof v === 'string' ? v : undefined), z.string().optional()),
    publishedAt: stamp,
    // Feeds name the day of publication in their own words: Atom "published", RSS "pubDate", schema.org
    // "datePublished", JSON Feed "date_published"; each is the page's day as surely as "publishedAt".
    published: stamp,
    pubDate: stamp,
    datePublished: stamp,
    date_published: stamp,
    date: optionalString,
    byline: optionalString,
    author: optionalString,
  })
  .refine((a) => Boolean(a.text ?? a.body ?? a.content ?? a.html), { message: 'has no "text" or "html" field' });

export interface ParsedFile {
  articles: RawArticle[];
  warnings: IngestWarning[];
}

/** Content hash: the same format, body and metadata always give the same id. */
export function articleId(format: RawArticle['format'], content: string, hints: ArticleHints): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([format, content.replace(/\r\n?/g, '\n'), hints]));
  return h.digest('hex').slice(0, ID_HEX_LENGTH);
}

export function makeArticle(source: string, format: RawArticle['format'], content: string, hints: ArticleHints = {}): RawArticle {
  const clean = Object.fromEntries(Object.entries(hints).filter(([, v]) => v !== undefined)) as ArticleHints;
  return { id: articleId(format, content, clean), source, format, content, hints: clean };
}

function fromJsonObject(source: string, value: unknown): RawArticle | IngestWarning {
  const parsed = JsonArticleSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `field "${issue.path.join('.')}": ` : '';
    return { source, reason: `not an article: ${where}${issue.message}` };
  }
  const a = parsed.data;
  const hints: ArticleHints = {
    title: a.title ?? a.headline,
    url: a.url ?? a.link,
    outlet: a.outlet ?? a.source,
    publishedAt: a.publishedAt ?? a.published ?? a.datePublished ?? a.date_published ?? a.pubDate ?? a.date,
    byline: a.byline ?? a.author,
  };
  const text = a.text ?? a.body ?? a.content;
  return text ? makeArticle(source, 'text', text, hints) : makeArticle(source, 'html', a.html as string, hints);
}

function collect(out: ParsedFile, item: RawArticle | IngestWarning): void {
  if ('reason' in item) out.warnings.push(item);
  else out.articles.push(item);
}

/** Articles in one decoded file. `source` is the path as the user gave it. */
export function parseFile(source: string, kind: FileKind, text: string): ParsedFile {
  const out: ParsedFile = { articles: [], warnings: [] };
  if (!text.trim()) {
    out.warnings.push({ source, reason: 'empty file (nothing to read)' });
    return out;
  }
  if (kind === 'text' || kind === 'html') {
    out.articles.push(makeArticle(source, kind, text));
    return out;
  }
  if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      out.warnings.push({ source, reason: `invalid JSON (${(err as Error).message}); fix the file or save it as .txt` });
      return out;
    }
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => collect(out, fromJsonObject(Array.isArray(value) ? `${source}#${i + 1}` : source, item)));
    return out;
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const lineSource = `${source}#${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      out.warnings.push({ source: lineSource, reason: `line ${i + 1} is not valid JSON (${(err as Error).message}); the other lines were read` });
      return;
    }
    collect(out, fromJsonObject(lineSource, value));
  });
  return out;
}
