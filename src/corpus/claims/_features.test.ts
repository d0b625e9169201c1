import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normAgent } from './_features.ts';

test('a speaker is who speaks: adverbs and auxiliaries before the reporting verb are no part of it', () => {
  assert.equal(normAgent('the harbour board still '), 'harbour board');
  assert.equal(normAgent('The Quillmere agency now '), 'quillmere agency');
  assert.equal(normAgent('the water authority is still '), 'water authority');
  assert.equal(normAgent('Dovrel Ferries had '), 'dovrel ferries');
  assert.equal(normAgent('has '), null);
  // A name ending in such a word elsewhere stays whole.
  assert.equal(normAgent('the Stillwater council '), 'stillwater council');
});
