import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { parseSentence, type DayFreeParse } from './_parse.ts';

const day = (iso: string) => ({ y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });
const whole = (text: string) => ({ start: 0, end: text.length });

test('a sentence with no word of time holds no date on any day: the first parse keeps that for the next days', () => {
  const text = 'The Quarnby board did not comment further.';
  const memo: DayFreeParse = {};
  assert.deepEqual(parseSentence(text, whole(text), day('2025-03-06'), [], memo), []);
  assert.deepEqual(memo.all, []);
});

test('a sentence read again on another day runs only the chrono parsers whose pattern matched it, and reads as a fresh parse does', () => {
  const text = 'The Quarnby harbour board met yesterday and voted on Tuesday to close the quay.';
  const memo: DayFreeParse = {};
  assert.deepEqual(parseSentence(text, whole(text), day('2025-03-06'), [], memo), parseSentence(text, whole(text), day('2025-03-06')));
  const places = memo.chronoParsers ?? [];
  assert.ok(places.length > 0 && places.length < chrono.en.casual.parsers.length, `${places.length} parsers`);
  assert.deepEqual([...places].sort((a, b) => a - b), places);
  for (const iso of ['2024-03-01', '2025-03-31', '2026-01-02']) {
    assert.deepEqual(parseSentence(text, whole(text), day(iso), [], memo), parseSentence(text, whole(text), day(iso)), iso);
  }
});
