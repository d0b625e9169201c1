import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normAgent } from './_features.ts';
import { RUNNING_TALLY } from './patterns.ts';

test('a speaker is who speaks: adverbs and auxiliaries before the reporting verb are no part of it', () => {
  assert.equal(normAgent('the harbour board still '), 'harbour board');
  assert.equal(normAgent('The Quillmere agency now '), 'quillmere agency');
  assert.equal(normAgent('the water authority is still '), 'water authority');
  assert.equal(normAgent('Dovrel Ferries had '), 'dovrel ferries');
  assert.equal(normAgent('has '), null);
  // A name ending in such a word elsewhere stays whole.
  assert.equal(normAgent('the Stillwater council '), 'stillwater council');
});

test('"still" tells a running count only of what the counted still are or do, not of a thing\'s quality or a source\'s word', () => {
  const running = (s: string): boolean => RUNNING_TALLY.test(s);
  assert.deepEqual([
    'Eleven climbers from the Quessel hut are still missing.',
    'Divers said 14 fishermen were still being treated in Tarrowby.',
    'About 3,000 homes in Brindle were still without power.',
    'The Quessel count is still 24 missing, the guild said.',
  ].map(running), [true, true, true, true]);
  assert.deepEqual([
    'Tarrowby Works asks whether the contract, worth 120 million crowns, is still valid.',
    'The Quessel guild still says 143.',
    'Brindle Mills shares still trade below 41 crowns.',
  ].map(running), [false, false, false]);
});
