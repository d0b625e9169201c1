import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedMemo, memoByKey, spanAround, spanAt, spanIndexAt } from './index.ts';

test('boundedMemo reads a key once and shares its value', () => {
  let reads = 0;
  const memo = boundedMemo<string[]>(10);
  const a = memo('The ferry Orrinsay sailed at dawn.', () => { reads++; return ['sailed']; });
  const b = memo('The ferry Orrinsay sailed at dawn.', () => { reads++; return ['other']; });
  assert.equal(reads, 1);
  assert.equal(a, b);
  assert.deepEqual(b, ['sailed']);
});

test('boundedMemo keeps a null value and starts afresh when full', () => {
  let reads = 0;
  const memo = boundedMemo<string | null>(2);
  const read = (): null => { reads++; return null; };
  memo('a', read); memo('a', read);
  assert.equal(reads, 1);
  memo('b', read); // full now: two keys
  memo('c', read); // clears, then keeps "c" only
  memo('a', read);
  assert.equal(reads, 4);
  memo('c', read);
  assert.equal(reads, 4);
});

test('memoByKey computes once per key', () => {
  const seen: string[] = [];
  const upper = memoByKey(100, (w) => { seen.push(w); return w.toUpperCase(); });
  assert.equal(upper('quay'), 'QUAY');
  assert.equal(upper('quay'), 'QUAY');
  assert.equal(upper('berth'), 'BERTH');
  assert.deepEqual(seen, ['quay', 'berth']);
});

test('spanAt finds the sentence holding an offset: start inclusive, end exclusive, none in a gap or outside', () => {
  // "The pier at Quennolt shut. Boats waited.  Crews left." with a double space between the second and third sentence.
  const sentences = [{ start: 0, end: 27 }, { start: 27, end: 41 }, { start: 43, end: 55 }];
  assert.equal(spanIndexAt(sentences, 0), 0);
  assert.equal(spanIndexAt(sentences, 26), 0);
  assert.equal(spanIndexAt(sentences, 27), 1);
  assert.equal(spanIndexAt(sentences, 41), -1);
  assert.equal(spanIndexAt(sentences, 42), -1);
  assert.equal(spanIndexAt(sentences, 54), 2);
  assert.equal(spanIndexAt(sentences, 55), -1);
  assert.equal(spanIndexAt([], 3), -1);
  assert.equal(spanAt(sentences, 30), sentences[1]);
  assert.equal(spanAt(sentences, 60), undefined);
  assert.equal(spanAround(sentences, { start: 30, end: 41 }), sentences[1]);
  assert.equal(spanAround(sentences, { start: 20, end: 30 }), undefined);
});
