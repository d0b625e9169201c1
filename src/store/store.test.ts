import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, StoreError } from './index.ts';
import { dossierOf, storedArticle } from './_fixtures.ts';

const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'tri-store-')), 'test.db');

test('putBatch is idempotent by content id and keeps insertion order', () => {
  const store = openStore(tmpDb());
  const a = storedArticle('aaa', 'The harbour accord was signed on Tuesday.');
  const b = storedArticle('bbb', 'Ministers toasted the accord in Port Velin.');
  assert.equal(store.putBatch([a, b]), 2);
  assert.equal(store.putBatch([a]), 0);
  assert.equal(store.documentCount(), 2);
  assert.deepEqual(store.allDocuments().map((d) => d.doc.id), ['aaa', 'bbb']);
  assert.deepEqual([...store.existingIds(['aaa', 'zzz'])], ['aaa']);
  store.close();
});

test('commitCorpus stores state and dossier, marks documents grouped, and indexes text for search', () => {
  const store = openStore(tmpDb());
  const items = [storedArticle('aaa', 'The harbour accord was signed on Tuesday.'), storedArticle('bbb', 'Ministers toasted the accord in Port Velin.')];
  store.putBatch(items);
  assert.deepEqual([...store.ungroupedIds()].sort(), ['aaa', 'bbb']);
  store.commitCorpus({ state: { stories: '{"version":1}' }, dossier: dossierOf(items) });
  assert.equal(store.ungroupedIds().size, 0);
  assert.equal(store.getState('stories'), '{"version":1}');
  assert.equal(store.latestDossier()?.documents.length, 2);
  const hits = store.search('toasted', 10, 0);
  assert.deepEqual(hits.map((h) => [h.kind, h.id]), [['document', 'bbb']]);
  assert.match(hits[0].snippet, /«toasted»/);
  assert.deepEqual(store.search('AND OR "', 10, 0), [], 'FTS operators in user text are inert');
  store.close();
});

test('jobs record progress', () => {
  const store = openStore(':memory:');
  const job = store.createJob();
  store.updateJob(job.id, { status: 'running', total: 4, done: 1 });
  assert.deepEqual({ ...store.getJob(job.id), createdAt: '', updatedAt: '' }, { ...job, status: 'running', total: 4, done: 1, createdAt: '', updatedAt: '' });
  assert.equal(store.getJob('nope'), null);
});

test('a store from a newer Triangulate is refused with a clear error', () => {
  const path = tmpDb();
  openStore(path).close();
  const db = new Database(path);
  db.prepare('INSERT INTO schema_migrations VALUES (99, ?, ?)').run('future', 'now');
  db.close();
  assert.throws(() => openStore(path), (e: unknown) => e instanceof StoreError && /newer than this Triangulate/.test((e as Error).message));
});

test('a file that is not a database is refused with a clear error', async () => {
  const path = tmpDb();
  (await import('node:fs')).writeFileSync(path, 'not a database at all, just text '.repeat(200));
  assert.throws(() => openStore(path), (e: unknown) => e instanceof StoreError && /Is it a Triangulate database/.test((e as Error).message));
});

test('search pages through documents and quotes best first, and matchingDocumentIds finds every matching document', () => {
  const store = openStore(tmpDb());
  // Quotes are the text's characters 1–10: '#pier dues' makes a quote that matches as well.
  const items = Array.from({ length: 14 }, (_, i) => storedArticle(`d${String(i).padStart(2, '0')}`,
    `${i % 3 === 0 ? '#pier dues' : '#tide list'} were read out at the harbour office.${' The new pier opens in May.'.repeat(i % 4)} Fishermen waited outside.`));
  store.putBatch(items);
  store.commitCorpus({ state: {}, dossier: dossierOf(items) });
  const all = store.search('pier', 100, 0);
  const wanted = items.filter((it) => /\bpier\b/.test(it.doc.text));
  assert.equal(all.length, wanted.length + items.filter((it) => it.doc.text.startsWith('#pier')).length);
  assert.equal(store.searchCount('pier'), all.length);
  assert.equal(new Set(all.map((h) => `${h.kind}/${h.id}`)).size, all.length, 'no hit twice');
  const paged = [0, 4, 8, 12, 16].flatMap((offset) => store.search('pier', 4, offset));
  assert.deepEqual(paged, all, 'pages of 4 put together are the whole list');
  for (const h of all) assert.match(h.snippet, /«pier»/i);
  assert.deepEqual([...store.matchingDocumentIds('pier')].sort(), wanted.map((it) => it.doc.id));
  assert.deepEqual([...store.matchingDocumentIds('"  ')], []);
  store.close();
});
