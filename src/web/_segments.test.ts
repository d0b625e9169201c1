import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segments } from './_segments.ts';

test('overlapping spans become flat segments with every covering span', () => {
  const quote = { id: 'q', start: 4, end: 20 };
  const name = { id: 'e', start: 10, end: 14 };
  const out = segments(25, [quote, name]).map((s) => [s.start, s.end, s.spans.map((x) => x.id).join('+')]);
  assert.deepEqual(out, [[0, 4, ''], [4, 10, 'q'], [10, 14, 'q+e'], [14, 20, 'q'], [20, 25, '']]);
});

test('spans out of range or empty are dropped; empty text gives no segment', () => {
  assert.deepEqual(segments(5, [{ start: 3, end: 9 }, { start: 2, end: 2 }, { start: -1, end: 1 }]).map((s) => [s.start, s.end, s.spans.length]), [[0, 5, 0]]);
  assert.deepEqual(segments(0, []), []);
});
