import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameEdge, sameStatement, type LinkItem } from './_link.ts';
import { contentWords, linkingText, plain } from './_words.ts';

test('sameEdge: one line cut or carried on differently opens or closes alike over 4 words with 3 content words', () => {
  const edge = (a: string, b: string): boolean => sameEdge(plain(a), plain(b));
  assert.equal(edge('You could feel the whole deck shaking. Then the pilot came on and said we would turn back,',
    'You could feel the whole deck shaking, and then there was this smell of smoke.'), true);
  assert.equal(edge('Without the Pemberlin yard, growers in the south would have had one buyer to call.', 'would have been left with one buyer to call.'), true);
  // a phrase the speaker uses in two lines, in the middle of both, is no edge
  assert.equal(edge('We will learn how a station could run a whole week without power while nobody noticed.',
    'It was a failure of upkeep that left the valley a whole week without power, and nobody said so.'), false);
  // an opening of function words, or too few words, says nothing
  assert.equal(edge('We will not be told what to do by the board.', 'We will not be moved on wages.'), false);
  assert.equal(edge('Thank you all for coming tonight.', 'Thank you all, and good night.'), false);
});

test('sameStatement: two shared words carry a fragment into its quote, not a whole line into a long answer on the same subject', () => {
  const item = (id: string, text: string, partial: boolean): LinkItem => {
    const w = linkingText(text);
    return { id, speakerId: 'person:x', story: 's1', words: contentWords(w), plain: plain(w), whole: plain(text), partial };
  };
  const answer = item('a', 'The pumps did what they are built to do when a levee breaks: they shut down, and so the whole valley flooded. I am sorry to every farmer whose harvest is gone.', false);
  // a whole line of the same speaker about the levee and the valley: another statement
  assert.equal(sameStatement(item('b', 'We lost a levee and then we lost the valley,', false), answer), false);
  // a fragment of three words, two of them in the answer: the answer it was cut from
  assert.equal(sameStatement(item('c', 'the whole valley, drowned', true), answer), true);
});

test('sameStatement: one speaker in one story restating a line in other words (a broadcast answer) shares a quarter of its words', () => {
  const item = (id: string, text: string): LinkItem => {
    const w = linkingText(text);
    return { id, speakerId: 'person:x', story: 's1', words: contentWords(w), plain: plain(w), whole: plain(text), partial: false };
  };
  const printed = item('a', 'We are not buying the mill to close it. There will be no forced layoffs at any of its sites for three years.');
  const spoken = item('b', 'We did not come to the valley to shut sites. For three years nobody at the mill will be laid off against their will.');
  assert.equal(sameStatement(printed, spoken), true);
  // a second line of the same speaker on another matter shares too little
  assert.equal(sameStatement(printed, item('c', 'The board will meet the unions in the spring to talk about pensions.')), false);
  // two lines that share one phrase and nothing else are two statements reusing it
  assert.equal(sameStatement(item('d', 'We will find out how a pumping station could run a whole week without power while nobody noticed.'),
    item('e', 'It was a failure of upkeep, and it left the valley a whole week without power.')), false);
});

test('contentWords: an irregular past form meets its verb, so a line reworded in another tense keeps its words', () => {
  assert.deepEqual([...contentWords('many came to us badly hurt')], [...contentWords('many have come to us badly hurt')]);
  assert.deepEqual([...contentWords('she took the keys and went home')], ['take', 'key', 'go', 'home']);
  // one speaker's line and its translation in the perfect: three shared words, most of the shorter one's
  const item = (id: string, text: string): LinkItem => ({ id, speakerId: 'person:x', story: 's1', words: contentWords(text), plain: plain(text), whole: plain(text), partial: false });
  assert.equal(sameStatement(item('a', 'Most of the climbers are young people, and many came down badly frostbitten,'),
    item('b', 'many have come down strongly frostbitten')), true);
});

test('contentWords: "people" and "persons" are plurals of "person", so a translated line keeps its shared noun', () => {
  assert.deepEqual([...contentWords('two people, three persons, one person')], ['two', 'person', 'three', 'one']);
  const item = (id: string, text: string): LinkItem => ({ id, speakerId: 'person:x', story: 's1', words: contentWords(text), plain: plain(text), whole: plain(text), partial: false });
  assert.equal(sameStatement(item('a', 'We have three people under arrest and we are keeping an open mind about whether others took part'),
    item('b', 'We hold three Persons and we exclude not, that further Persons took part')), true);
});
