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
