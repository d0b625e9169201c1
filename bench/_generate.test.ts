import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDocs, makeOutlets } from './_generate.ts';
import { bcubedFast } from './_bcubed-fast.ts';

test('the generator is seeded and reproducible, with copies under other outlets', () => {
  const outlets = makeOutlets(7);
  assert.deepEqual(eventDocs(7, 4321, outlets), eventDocs(7, 4321, makeOutlets(7)));
  assert.notDeepEqual(eventDocs(7, 4321, outlets), eventDocs(8, 4321, outlets));
  const docs = Array.from({ length: 200 }, (_, i) => eventDocs(7, i, outlets)).flat();
  assert.ok(docs.every((d) => d.title && d.text.length > 200 && /^\d{4}-\d\d-\d\dT/.test(d.publishedAt)));
  const texts = new Map<string, number>();
  for (const d of docs) texts.set(d.text, (texts.get(d.text) ?? 0) + 1);
  assert.ok([...texts.values()].some((n) => n > 1), 'some exact wire copies');
});

test('B-cubed on integer labels', () => {
  assert.deepEqual(bcubedFast(Int32Array.from([1, 1, 2, 2]), Int32Array.from([5, 5, 6, 6])), { precision: 1, recall: 1, f1: 1 });
  const r = bcubedFast(Int32Array.from([1, 1, 2, 2]), Int32Array.from([5, 5, 5, 5]));
  assert.equal(r.precision, 0.5);
  assert.equal(r.recall, 1);
});
