import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainAct } from './_line-clash.ts';

test('a clause\'s own act is its first when later acts hang on it; acts side by side give none', () => {
  assert.equal(mainAct('a ferry mechanic who died on Tuesday of injuries he suffered when the Velmar bridge collapsed'), 'death');
  assert.equal(mainAct('Mayor Anton Brisk resigned on Monday and the harbour treaty was signed'), null);
  assert.equal(mainAct('Mayor Anton Brisk resigned on Monday; the harbour treaty was signed'), null);
  assert.equal(mainAct('the weather station on the pier recorded eleven millimetres'), null);
});
