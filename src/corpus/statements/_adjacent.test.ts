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
