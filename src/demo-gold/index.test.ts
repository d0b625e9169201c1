import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DemoGoldSchema, REPO_ROOT, demoInputPaths, goldForSplit, loadDemoGold, parseFileRef, readGoldFile } from './index.ts';

const gold = loadDemoGold();
const files = new Set(gold.documents.map((d) => d.file));
const entityIds = new Set(gold.entities.map((e) => e.id));

function assertIn(file: string, text: string, what: string): void {
  assert.ok(files.has(file), `${what}: ${file} is not a gold document`);
  assert.ok(readGoldFile(file).includes(text), `${what}: ${JSON.stringify(text)} does not occur in ${file}`);
}

test('the shipped gold parses and covers the corpus the issue asks for', () => {
  assert.equal(gold.documents.length, files.size, 'one gold document per file reference');
  assert.ok(gold.documents.length >= 14);
  assert.ok(new Set(gold.documents.map((d) => d.outlet)).size >= 8);
  const heldout = gold.documents.filter((d) => d.split === 'heldout').length / gold.documents.length;
  assert.ok(heldout >= 0.2 && heldout <= 0.35, `heldout share ${heldout}`);
  for (const key of ['stories', 'entities', 'quotes', 'events', 'dates', 'claims', 'flags'] as const) assert.ok(gold[key].length > 0, key);
});

test('every quoted text, evidence, date, claim span and mustKeep/mustRemove line occurs in its file', () => {
  for (const d of gold.documents) {
    for (const t of d.mustKeep) assertIn(d.file, t, 'mustKeep');
    for (const t of d.mustRemove) assertIn(d.file, t, 'mustRemove');
  }
  for (const q of gold.quotes) assertIn(q.file, q.text, `quote ${q.statement}`);
  for (const e of gold.events) for (const s of e.evidence) assertIn(s.file, s.text, `event ${e.id}`);
  for (const d of gold.dates) assertIn(d.file, d.text, 'date');
  for (const c of gold.claims) for (const s of [...c.support, ...c.conflicts]) assertIn(s.file, s.text, `claim ${c.id}`);
});

test('no mustRemove line is part of a body line or quote of the same file', () => {
  for (const d of gold.documents) {
    const body = [...d.mustKeep, ...gold.quotes.filter((q) => q.file === d.file).map((q) => q.text)];
    for (const r of d.mustRemove) for (const b of body) assert.ok(!b.includes(r), `${d.file}: ${JSON.stringify(r)} inside body text`);
  }
});

test('references point at known entities, files and stories', () => {
  const corpus = [...files].map((f) => readGoldFile(f)).join('\n');
  for (const e of gold.entities) {
    for (const a of e.aliases) assert.ok(corpus.includes(a), `alias ${JSON.stringify(a)} of ${e.id} never occurs`);
    if (e.metonymFor) assert.ok(entityIds.has(e.metonymFor));
  }
  for (const q of gold.quotes) {
    if (q.speaker) assert.ok(entityIds.has(q.speaker), `speaker ${q.speaker}`);
    if (q.via) assert.ok(entityIds.has(q.via), `via ${q.via}`);
  }
  for (const e of gold.events) {
    for (const p of e.participants) assert.ok(entityIds.has(p), `${e.id} participant ${p}`);
    if (e.place) assert.ok(entityIds.has(e.place), `${e.id} place ${e.place}`);
    assert.equal(e.date.length, { day: 10, month: 7, year: 4 }[e.precision], `${e.id} precision`);
  }
  const inStories = gold.stories.flatMap((s) => s.files).sort();
  assert.deepEqual(inStories, [...files].sort(), 'stories partition the documents');
  for (const d of gold.documents) {
    assert.ok(gold.stories.find((s) => s.id === d.story)?.files.includes(d.file), `${d.file} in story ${d.story}`);
    if (d.duplicateOf) assert.ok(files.has(d.duplicateOf));
  }
  for (const f of gold.flags) for (const x of f.files) assert.ok(files.has(x), `flag file ${x}`);
});

test('the feed has one malformed line that is not a gold document', () => {
  const lines = readFileSync(resolve(REPO_ROOT, 'demo/feed.jsonl'), 'utf8').split('\n').filter(Boolean);
  const bad = lines.map((l, i) => { try { JSON.parse(l); return null; } catch { return i + 1; } }).filter((n) => n !== null);
  assert.deepEqual(bad, [3]);
  assert.ok(!files.has('demo/feed.jsonl#3'));
  assert.deepEqual(parseFileRef('demo/feed.jsonl#2'), { path: 'demo/feed.jsonl', line: 2 });
});

test('goldForSplit keeps only items from the split', () => {
  const dev = goldForSplit(gold, 'dev');
  const devFiles = new Set(dev.documents.map((d) => d.file));
  assert.ok(dev.quotes.every((q) => devFiles.has(q.file)));
  assert.ok(dev.dates.every((d) => devFiles.has(d.file)));
  assert.ok(!dev.entities.some((e) => e.id === 'irena-vasko'), 'heldout-only entity leaked into dev');
  assert.ok(DemoGoldSchema.safeParse(dev).success);
  const heldout = goldForSplit(gold, 'heldout');
  assert.equal(dev.documents.length + heldout.documents.length, gold.documents.length);
});

test('demoInputPaths lists the article files only', () => {
  const paths = demoInputPaths(gold);
  assert.equal(paths.length, 13);
  assert.ok(paths.includes('demo/feed.jsonl'));
  assert.ok(!paths.some((p) => p.endsWith('README.md') || p.endsWith('gold.json')));
});
