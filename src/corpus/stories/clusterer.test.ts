import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JOIN_MIN_SCORE, STORY_MERGE_MIN } from './constants.ts';
import { mergeThreshold, StoryClusterer } from './clusterer.ts';
import { StoryModel } from './_story.ts';

function storyOn(...days: number[]): StoryModel {
  const s = new StoryModel('s', 's');
  for (const d of days) s.add(null, d, 2025);
  return s;
}

test('daysApart: days between two date ranges, 0 when they overlap, NaN when one is undated', () => {
  const freed = storyOn(20_000, 20_001); // a hostage freed, reported that day and the next
  assert.equal(freed.daysApart(storyOn(20_005)), 4); // the homecoming four days later
  assert.equal(storyOn(20_005).daysApart(freed), 4);
  assert.equal(freed.daysApart(storyOn(20_001, 20_003)), 0);
  assert.ok(Number.isNaN(freed.daysApart(new StoryModel('u', 'u'))));
});

test('mergeThreshold: small batch stories days apart need the join score; one event over two days, undated pages and large stories keep the loose merge score', () => {
  // A release (two pages) and a homecoming four days later, too small for the split check: a later event.
  assert.equal(mergeThreshold(true, 1, 4), JOIN_MIN_SCORE);
  assert.equal(mergeThreshold(true, 2, 3), JOIN_MIN_SCORE);
  // A follow-up two days after the event is still its coverage.
  assert.equal(mergeThreshold(true, 1, 2), STORY_MERGE_MIN);
  // Undated pages: no days to tell.
  assert.equal(mergeThreshold(true, 1, Number.NaN), STORY_MERGE_MIN);
  // Three members a side: the nearest-neighbour split check judges.
  assert.equal(mergeThreshold(true, 3, 6), STORY_MERGE_MIN);
  // A story from an earlier run: the centroid cohesion rule judges.
  assert.equal(mergeThreshold(false, 0, 6), STORY_MERGE_MIN);
});

test('an undated page joins the story holding its nearest report, not a one-page story of the same cast', () => {
  // Invented terms: 1-2 the recurring names (an operator, a union); 10-19 a derailment's own words; 30-34 another
  // derailment the same operator had a week later; the undated page retells the first one's third report.
  const doc = (ids: number[], day: number) => ({ terms: Int32Array.from(ids), counts: new Float32Array(ids.length).fill(2), day, year: day ? 2026 : 0, title: '', titleTerms: new Int32Array(0) });
  const docs = [
    doc([1, 2, 10, 11, 12, 13], 20_500),
    doc([1, 2, 10, 11, 12, 14], 20_500),
    doc([1, 2, 10, 11, 15, 16, 17], 20_501),
    doc([1, 2, 30, 31, 32, 33, 34], 20_508),
    doc([1, 2, 15, 16, 17, 30, 31], Number.NaN),
  ];
  const c = new StoryClusterer();
  c.countBatch(docs);
  const got = docs.map((f, i) => c.assign(`d${i}`, f));
  assert.deepEqual(got, [0, 0, 0, 1, 0]);
});
