import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './index.ts';

const cut = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('keeps a quote with its attribution whole', () => {
  assert.deepEqual(cut('“There is still time,” she said. He left the room.'), ['“There is still time,” she said.', 'He left the room.']);
  assert.deepEqual(cut('"We will fight. We will win," he said.'), ['"We will fight. We will win," he said.']);
});

test('does not split after Mr. or Sept.', () => {
  assert.deepEqual(cut('Mr. Smith arrived on Sept. 5 in Kyiv. He spoke.'), ['Mr. Smith arrived on Sept. 5 in Kyiv.', 'He spoke.']);
});

test('splits per paragraph with UTF-16 offsets past astral characters', () => {
  const t = 'Headline 😀 here\n\nFirst one. Second one.\n\nCafé “crème”. Last.';
  assert.deepEqual(cut(t), ['Headline 😀 here', 'First one.', 'Second one.', 'Café “crème”.', 'Last.']);
});

test('never throws on empty or odd input', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('\n\n  \n'), []);
  assert.equal(splitSentences('\u0000\uFFFD'.repeat(50)).length, 1);
});

test('ends a sentence after the month "May."', () => {
  assert.deepEqual(cut('Brelloway resigned as mayor in May. Olvesta Pennwarden is standing in the by-election on September 27.'),
    ['Brelloway resigned as mayor in May.', 'Olvesta Pennwarden is standing in the by-election on September 27.']);
  // Inside a quotation still open, the quote stays whole.
  assert.deepEqual(cut('"We finish in May. Then we rest," Pennwarden said.'), ['"We finish in May. Then we rest," Pennwarden said.']);
});
