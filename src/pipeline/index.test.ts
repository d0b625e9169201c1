import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DossierSchema } from '../contract/dossier.ts';
import { openStore } from '../store/index.ts';
import { runAnalyze } from './index.ts';
import { writeCorpus } from './_corpus.test-helper.ts';

const fixedNow = () => new Date('2026-01-01T00:00:00Z');

test('analyze writes a valid dossier in three formats and a re-run is a no-op', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-pipe-'));
  writeCorpus(join(dir, 'in'), 6);
  const opts = { inputs: [{ path: join(dir, 'in') }], dbPath: join(dir, 't.db'), outDir: join(dir, 'out'), now: fixedNow, threads: 2 };
  const first = await runAnalyze(opts);
  assert.deepEqual([first.read, first.added, first.alreadyStored, first.warnings.length], [6, 6, 0, 0]);
  const json = JSON.parse(readFileSync(join(dir, 'out', 'dossier.json'), 'utf8'));
  assert.equal(DossierSchema.safeParse(json).success, true);
  assert.equal(json.documents.length, 6);
  assert.match(readFileSync(join(dir, 'out', 'dossier.md'), 'utf8'), /\S/);
  assert.match(readFileSync(join(dir, 'out', 'dossier.html'), 'utf8'), /^<!doctype html>/i);
  const again = await runAnalyze(opts);
  assert.deepEqual([again.read, again.added, again.alreadyStored], [6, 0, 6]);
  assert.deepEqual(again.dossier, first.dossier);
});

test('adding to a store keeps earlier documents and groups only the new ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-pipe-'));
  const dbPath = join(dir, 't.db');
  writeCorpus(join(dir, 'a'), 4);
  writeCorpus(join(dir, 'b'), 3, 100);
  await runAnalyze({ inputs: [{ path: join(dir, 'a') }], dbPath, now: fixedNow });
  const store = openStore(dbPath);
  assert.equal(store.ungroupedIds().size, 0);
  store.close();
  const second = await runAnalyze({ inputs: [{ path: join(dir, 'b') }], dbPath, now: fixedNow });
  assert.deepEqual([second.read, second.added], [3, 3]);
  assert.equal(second.dossier.documents.length, 7);
});

test('uploaded bytes are ingested like files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-pipe-'));
  const r = await runAnalyze({
    inputs: [{ name: 'feed.jsonl', bytes: Buffer.from('{"title":"Accord","text":"The accord was signed.","outlet":"Velin Post"}\n{broken\n') }],
    dbPath: join(dir, 't.db'), now: fixedNow,
  });
  assert.equal(r.added, 1);
  assert.deepEqual(r.warnings.map((w) => w.source), ['feed.jsonl#2']);
  assert.equal(r.dossier.documents[0].outlet, 'Velin Post');
});
