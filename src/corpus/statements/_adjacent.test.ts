import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adjacentPairs, isAttributionGap } from './_adjacent.ts';

test('attribution gaps: one clause after a comma, abbreviations allowed; hostile input never throws', () => {
  assert.equal(isAttributionGap('This accord is a beginning, not an end,', '” she said. “'), true);
  assert.equal(isAttributionGap('We will vote against it', ',” Mr. Oranyan told a press conference in Serapol.\n\n“'), true);
  assert.equal(isAttributionGap('We will vote against it.', '” She left. “'), false);
  assert.equal(isAttributionGap('A,', '” he said. Then he left the room. “'), false);
  assert.equal(isAttributionGap('A,', `” ${'x'.repeat(300)}. “`), false);
  assert.deepEqual(adjacentPairs(undefined, []), []);
  assert.deepEqual(adjacentPairs('“A,” he said. “B.”', [
    { start: 1, end: 3, text: 'A,', partial: false, speakerKey: 'p' }, { start: 15, end: 17, text: 'B.', partial: false, speakerKey: 'p' },
  ]), [[0, 1]]);
});

test('a bare next paragraph of the same speaker runs on; a second quote with its own attribution stands alone', () => {
  const q = (text: string, at: string, speakerKey = 'p') => ({ start: at.indexOf(text), end: at.indexOf(text) + text.length, text, partial: false, speakerKey });
  const run = '“The board was told,” said Ms Vance, “and it did nothing.”\n\n“I want to know who read that letter.”';
  assert.deepEqual(adjacentPairs(run, [q('The board was told,', run), q('and it did nothing.', run), q('I want to know who read that letter.', run)]), [[0, 1], [1, 2]]);
  const own = '“I am sorry,” said Ivo Rask. “We will not run a train until it is safe,” he added.';
  assert.deepEqual(adjacentPairs(own, [q('I am sorry,', own), q('We will not run a train until it is safe,', own)]), []);
  // a paragraph of someone else's words between them, or another speaker, never joins
  const other = '“A.”\n\n“B.”';
  assert.deepEqual(adjacentPairs(other, [q('A.', other), q('B.', other, 'r')]), []);
});
