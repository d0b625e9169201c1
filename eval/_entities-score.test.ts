import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeScores } from './_entities-score.ts';

test('pairwise merge scores count false and missed merges', () => {
  // gold: a a a b; we merged a, a and b together and left one a apart
  const s = mergeScores([{ gold: 'a', pred: 'x' }, { gold: 'a', pred: 'x' }, { gold: 'b', pred: 'x' }, { gold: 'a', pred: 'y' }]);
  assert.deepEqual([s.tp, s.fp, s.fn, s.falseMerges], [1, 2, 2, 2]);
  assert.equal(s.p, 1 / 3);
  assert.equal(s.r, 1 / 3);
});
