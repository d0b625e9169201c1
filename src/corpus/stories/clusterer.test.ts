import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JOIN_MIN_SCORE, STORY_MERGE_MIN } from './constants.ts';
import { mergeThreshold } from './clusterer.ts';
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

test('an undated page is weighed by a story\'s common core: a big story it sums up beats a lone later page it shares one name with', async () => {
  const { StoryClusterer } = await import('./clusterer.ts');
  const { termId } = await import('./features.ts');
  const feat = (day: number, bag: Record<string, number>) => {
    const keys = Object.keys(bag);
    return { terms: Int32Array.from(keys.map(termId)), counts: Float32Array.from(keys.map((k) => bag[k]!)), day, year: day ? 2025 : 0, title: '', titleTerms: new Int32Array(0) };
  };
  const c = new StoryClusterer();
  const docs = [
    feat(20_000, { flood: 2, dunmere: 2, levee: 1 }),
    feat(20_000, { flood: 2, dunmere: 2, pumps: 1 }),
    feat(20_001, { flood: 2, dunmere: 2, sandbag: 1 }),
    feat(20_001, { flood: 2, dunmere: 2, rescue: 1 }),
    feat(20_150, { inquiry: 3, dunmere: 1, verdict: 1 }), // months later: the inquiry
  ];
  const undated = feat(Number.NaN, { flood: 1, dunmere: 1, inquiry: 1 });
  c.countBatch([...docs, undated]);
  const own = docs.map((f, i) => c.assign(`d${i}`, f));
  assert.equal(own[0], own[3]);
  assert.notEqual(own[0], own[4]);
  assert.equal(c.assign('u', undated), own[0]);
});
