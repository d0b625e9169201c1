import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryModel } from './_story.ts';

const vec = (ids: number[], w: number[]) => ({ ids: Int32Array.from(ids), w: Float32Array.from(w) });

test('removing a member restores the centroid; cohesion is the members average cosine', () => {
  const s = new StoryModel('s', 's');
  const a = vec([1, 2], [0.6, 0.8]);
  const b = vec([1, 3], [0.8, 0.6]);
  s.add(a, 100, 2024);
  s.add(b, 101, 2024);
  assert.equal(s.vn, 2);
  assert.ok(Math.abs(s.cohesion() - 0.48) < 1e-6); // a·b = 0.6 × 0.8
  s.remove(b);
  assert.equal(s.vn, 1);
  assert.ok(Math.abs(s.weight(1) - 0.6) < 1e-6 && s.weight(3) === 0);
  assert.ok(Math.abs(s.norm - 1) < 1e-6);
  assert.equal(s.cohesion(), 0);
});

test('the title is the most central member headline, not the first or the most name-heavy one', () => {
  const s = new StoryModel('s', 's');
  // Two reports of a signing (terms 1, 2, 3) and one of a release the next day (terms 1, 4, 5).
  const release = vec([1, 4, 5], [0.8, 0.42, 0.42]);
  const signA = vec([1, 2, 3], [0.6, 0.6, 0.529]);
  const signB = vec([1, 2, 3], [0.5, 0.6, 0.624]);
  for (const v of [release, signA, signB]) s.add(v, 100, 2025);
  // The release headline shares the heaviest term with every member.
  const cands = [
    { title: 'Fishermen freed', ids: [1, 4] },
    { title: 'Accord signed', ids: [2, 3] },
    { title: 'Leaders sign accord', ids: [1, 2, 3] },
  ];
  cands.forEach((c) => s.offerTitle(c.title, c.ids, 0));
  assert.equal(s.bestTitle(), 'Leaders sign accord'); // unmeasured: the centroid words decide
  s.offerTitle(cands[0]!.title, cands[0]!.ids, s.centrality(release));
  s.offerTitle(cands[1]!.title, cands[1]!.ids, s.centrality(signA));
  s.offerTitle(cands[2]!.title, cands[2]!.ids, s.centrality(signB));
  assert.ok(s.centrality(signA) > s.centrality(release));
  assert.equal(s.bestTitle(), 'Accord signed');
});

test('a full candidate list gives up its least central headline for a more central one', () => {
  const s = new StoryModel('s', 's');
  for (let i = 0; i < 8; i++) s.offerTitle(`t${i}`, [i], 0.1 + i / 100);
  s.offerTitle('late but central', [9], 0.5);
  s.offerTitle('late and loose', [10], 0.05);
  assert.equal(s.titles.length, 8);
  assert.ok(!s.titles.some((c) => c.title === 't0' || c.title === 'late and loose'));
  assert.equal(s.bestTitle(), 'late but central');
});
