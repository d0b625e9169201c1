import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingestBytes, ingestPaths, type IngestEvent } from './index.ts';
import type { IngestWarning, RawArticle } from '../contract/pipeline.ts';

const ARTICLE = 'Port Velin, June 11 — The two governments signed the harbour accord on Wednesday.\n\n"This is a new chapter," the minister said.';

function run(inputs: string[], opts = {}): { articles: RawArticle[]; warnings: IngestWarning[] } {
  const events: IngestEvent[] = [...ingestPaths(inputs, opts)];
  const files = events.filter((e) => e.kind === 'file');
  return { articles: files.flatMap((e) => e.articles), warnings: files.flatMap((e) => e.warnings) };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'tri-ingest-'));
}

test('reads txt, md, html, json (object and array) and jsonl from a folder, recursively and in name order', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'b.md'), `# Accord signed\n\n${ARTICLE}`);
  writeFileSync(join(dir, 'sub', 'c.html'), `<html><body><p>${ARTICLE}</p></body></html>`);
  writeFileSync(join(dir, 'd.json'), JSON.stringify({ title: 'Accord', text: ARTICLE, outlet: 'Velin Post', publishedAt: '2025-06-11' }));
  writeFileSync(join(dir, 'e.json'), JSON.stringify([{ html: '<p>one</p>' }, { text: 'two' }]));
  writeFileSync(join(dir, 'f.jsonl'), [{ text: 'first' }, { text: 'second', url: 'https://example.org/2' }].map((o) => JSON.stringify(o)).join('\n'));
  const { articles, warnings } = run([dir]);
  assert.deepEqual(warnings, []);
  assert.deepEqual(articles.map((a) => [a.source.slice(dir.length + 1), a.format]), [
    ['a.txt', 'text'], ['b.md', 'text'], ['d.json', 'text'], ['e.json#1', 'html'], ['e.json#2', 'text'], ['f.jsonl#1', 'text'], ['f.jsonl#2', 'text'], ['sub/c.html', 'html'],
  ]);
  assert.deepEqual(articles[2].hints, { title: 'Accord', outlet: 'Velin Post', publishedAt: '2025-06-11' });
  assert.equal(articles[6].hints.url, 'https://example.org/2');
});

test('the id is a content hash: the same article in two files has one id, different metadata another', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'copy.txt'), ARTICLE.replace(/\n/g, '\r\n'));
  writeFileSync(join(dir, 'x.jsonl'), [JSON.stringify({ text: ARTICLE, outlet: 'A' }), JSON.stringify({ text: ARTICLE, outlet: 'B' })].join('\n'));
  const ids = run([dir]).articles.map((a) => a.id);
  assert.equal(ids[0], ids[1]);
  assert.notEqual(ids[2], ids[3]);
  assert.match(ids[0], /^[0-9a-f]{20}$/);
});

test('gzip of any supported format is read', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.txt.gz'), gzipSync(ARTICLE));
  writeFileSync(join(dir, 'b.jsonl.gz'), gzipSync(JSON.stringify({ text: ARTICLE })));
  const { articles, warnings } = run([dir]);
  assert.deepEqual(warnings, []);
  assert.deepEqual(articles.map((a) => a.content), [ARTICLE, ARTICLE]);
});

test('bad inputs each give one warning naming the file, and the good files still ingest', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'good.txt'), ARTICLE);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
  writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  writeFileSync(join(dir, 'broken.txt.gz'), gzipSync(ARTICLE.repeat(50)).subarray(0, 40));
  writeFileSync(join(dir, 'feed.jsonl'), [JSON.stringify({ text: 'one' }), '{"text": "two', JSON.stringify({ title: 'no body' }), JSON.stringify({ text: 'four' })].join('\n'));
  writeFileSync(join(dir, 'huge.txt'), 'a'.repeat(2048));
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  mkdirSync(join(dir, 'loop'));
  symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'again'));
  const { articles, warnings } = run([dir, join(dir, 'missing.txt')], { maxBytes: 1024 });
  assert.deepEqual(articles.map((a) => a.source.slice(dir.length + 1)), ['feed.jsonl#1', 'feed.jsonl#4', 'good.txt']);
  const byFile = warnings.map((w) => [w.source.slice(dir.length + 1), w.reason.split(/[(;]/)[0].trim()]).sort((a, b) => a[0].localeCompare(b[0]));
  assert.deepEqual(byFile, [
    ['blank.txt', 'empty file'],
    ['broken.txt.gz', 'is a damaged or truncated gzip'],
    ['empty.txt', 'empty file'],
    ['feed.jsonl#2', 'line 2 is not valid JSON'],
    ['feed.jsonl#3', 'not an article: has no "text" or "html" field'],
    ['huge.txt', 'file is 0.0 MB, over the 0.0 MB cap'],
    ['loop/again', 'symlink loop'],
    ['missing.txt', 'does not exist'],
    ['notes.pdf', 'unsupported file type'],
    ['photo.txt', 'binary content'],
  ]);
});

test('invalid UTF-8 is decoded by detection with a warning, losing no article', () => {
  const dir = tmp();
  const latin1 = Buffer.from('Caf\xe9 talks in S\xe3o Tom\xe9 ended on Friday with a joint statement from both delegations.', 'latin1');
  writeFileSync(join(dir, 'latin.txt'), latin1);
  const { articles, warnings } = run([dir]);
  assert.equal(articles.length, 1);
  assert.match(articles[0].content, /^Café talks in São Tomé/);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0].reason, /not valid UTF-8; decoded as/);
});

test('HTML meta charset and BOMs decide the encoding', () => {
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from('na\xefve r\xe9sum\xe9', 'latin1'), Buffer.from('</p></body></html>')]);
  assert.match(ingestBytes('page.html', html).articles[0].content, /naïve résumé/);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Accord signed in Port Velin.', 'utf16le')]);
  assert.equal(ingestBytes('a.txt', utf16).articles[0].content, 'Accord signed in Port Velin.');
});

test('stdin and nameless uploads are sniffed as HTML, JSON, JSONL or text', () => {
  const stdin = () => Buffer.from('<!doctype html><html><body><p>Hi</p></body></html>');
  assert.equal(run(['-'], { readStdin: stdin }).articles[0].format, 'html');
  assert.deepEqual(ingestBytes('upload', Buffer.from('{"text":"a"}\n{"text":"b"}')).articles.map((a) => a.content), ['a', 'b']);
  assert.equal(ingestBytes('upload', Buffer.from(ARTICLE)).articles[0].format, 'text');
});

test('a glob that matches nothing is a warning', () => {
  const dir = tmp();
  const { warnings } = run([join(dir, '*.html')]);
  assert.deepEqual(warnings.map((w) => w.reason), ['pattern matched no files']);
});

test('a feed record that names its day as "published", "pubDate", "datePublished" or "date_published" gives the page its day', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'g.jsonl'), [
    { text: 'QUILLMERE, Brasstock, May 9 (QNA) — Councillors on Friday approved a new tram depot.', published: '2031-05-09' },
    { text: 'second', pubDate: 'Fri, 09 May 2031 07:15:00 GMT' },
    { text: 'third', datePublished: '2031-05-10T06:00:00Z' },
    { text: 'fourth', date_published: '2031-05-11' },
  ].map((o) => JSON.stringify(o)).join('\n'));
  assert.deepEqual(run([dir]).articles.map((a) => a.hints.publishedAt),
    ['2031-05-09', 'Fri, 09 May 2031 07:15:00 GMT', '2031-05-10T06:00:00Z', '2031-05-11']);
});
