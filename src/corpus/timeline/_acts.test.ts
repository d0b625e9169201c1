import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actTypes, nominalises } from './_acts.ts';

test('a verb and its noun with a suffix name one act', () => {
  assert.deepEqual([['ground', 'grounding'], ['close', 'closure'], ['restore', 'restoration'], ['evacuate', 'evacuation'], ['appoint', 'appointment'], ['arrive', 'arrival']]
    .map(([v, n]) => nominalises(v!, n!)), [true, true, true, true, true, true]);
  assert.deepEqual([['war', 'warning'], ['grounding', 'ground'], ['run out', 'run outing'], ['tie', 'tie up']].map(([v, n]) => nominalises(v!, n!)), [false, false, false, false]);
});

test('types of one act are merged under the noun most mentions use; a bare verb and its phrasal form stay apart', () => {
  const m = actTypes(new Map([['detain', 3], ['detention', 68], ['file', 2], ['lawsuit', 1], ['brief', 2], ['briefing', 2], ['close', 11], ['closure', 14],
    ['closing', 2], ['run', 8], ['run out', 1], ['protest', 45]]));
  assert.deepEqual(Object.fromEntries(m), { brief: 'briefing', briefing: 'briefing', close: 'closure', closing: 'closure', closure: 'closure', detain: 'detention',
    detention: 'detention', file: 'lawsuit', lawsuit: 'lawsuit', protest: 'protest', run: 'run', 'run out': 'run out' });
});
