import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention } from '../../contract/pipeline.ts';
import { nightSide, oneNight } from './_night.ts';

/** The day mention `words` of `text`, dated 2026-03-31. */
const at = (text: string, words: string): DateMention => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, date: { value: '2026-03-31', precision: 'day' }, method: 'test' };
};
const side = (text: string, words: string): string | null => nightSide(at(text, words), text);

test('a day told at night says on which side of midnight: its evening, its small hours, or the night itself', () => {
  assert.equal(side('A power cut late on Tuesday night stopped the pumps.', 'Tuesday'), 'night');
  assert.equal(side('The pumps stopped on the night of March 31, the agency said.', 'March 31'), 'night');
  assert.equal(side('The pumps stopped in the Night to 1 April, when the power went.', 'Night to 1 April'), 'small-hours');
  assert.equal(side('The fire broke out in the early hours of Wednesday.', 'Wednesday'), 'small-hours');
  assert.equal(side('The fire broke out at 1.20am on Wednesday.', 'Wednesday'), 'small-hours');
  assert.equal(side('The fire broke out on 31 March at 11.20pm.', '31 March'), 'evening');
  assert.equal(side('The fire broke out on Tuesday evening.', 'Tuesday'), 'evening');
  assert.equal(side('The boat overturned shortly before midnight on Friday.', 'Friday'), 'evening');
  assert.equal(side('The fire broke out on Wednesday.', 'Wednesday'), null);
  assert.equal(side('The late mayor opened the bridge, which closed on Wednesday.', 'Wednesday'), null);
});

test('two days a day apart are one night only when each is told at night on its own side of midnight', () => {
  assert.equal(oneNight('2026-03-31', 'night', '2026-04-01', 'night'), true);
  assert.equal(oneNight('2026-04-01', 'small-hours', '2026-03-31', 'night'), true);
  assert.equal(oneNight('2026-03-31', 'evening', '2026-04-01', 'night'), true);
  assert.equal(oneNight('2026-03-31', 'evening', '2026-04-01', 'small-hours'), false, 'either side of midnight: the times disagree');
  assert.equal(oneNight('2026-03-31', 'evening', '2026-04-01', null), false);
  assert.equal(oneNight('2026-03-31', null, '2026-04-01', 'small-hours'), false);
  assert.equal(oneNight('2026-03-31', 'small-hours', '2026-04-01', 'small-hours'), false);
  assert.equal(oneNight('2026-03-31', 'night', '2026-04-02', 'night'), false);
});
