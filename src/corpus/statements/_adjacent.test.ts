import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adjacentPairs, isAttributionGap, sameSentencePairs } from './_adjacent.ts';

test('attribution gaps: one clause after a comma, abbreviations allowed; hostile input never throws', () => {
  assert.equal(isAttributionGap('This accord is a beginning, not an end,', '” she said. “'), true);
  assert.equal(isAttributionGap('We will vote against it', ',” Mr. Oranyan told a press conference in Serapol.\n\n“'), true);
  assert.equal(isAttributionGap('We will vote against it.', '” She left. “'), false);
  assert.equal(isAttributionGap('A,', '” he said. Then he left the room. “'), false);
  assert.equal(isAttributionGap('A,', `” ${'x'.repeat(300)}. “`), false);
  // the point of a time or a figure ends no sentence; a full stop after it still ends the clause
  assert.equal(isAttributionGap('We sold the bonds at a loss,', '” the treasurer, Oda Pellwin, said at a briefing at 8.15am. “'), true);
  assert.equal(isAttributionGap('We sold the bonds at a loss,', '” she said of the 2.5 per cent loss. She left. “'), false);
  assert.deepEqual(adjacentPairs(undefined, []), []);
  assert.deepEqual(adjacentPairs('“A,” he said. “B.”', [
    { start: 1, end: 3, text: 'A,', partial: false, speakerKey: 'p' }, { start: 15, end: 17, text: 'B.', partial: false, speakerKey: 'p' },
  ]), [[0, 1]]);
});

test('a bare next paragraph of the same speaker runs on; a second quote with its own attribution stands alone', () => {
  const q = (text: string, at: string, speakerKey = 'p') => ({ start: at.indexOf(text), end: at.indexOf(text) + text.length, text, partial: false, speakerKey });
  const run = '“The board was told,” said Ms Vance, “and it did nothing.”\n\n“I want to know who read that letter.”';
  assert.deepEqual(adjacentPairs(run, [q('The board was told,', run), q('and it did nothing.', run), q('I want to know who read that letter.', run)]), [[0, 1], [1, 2]]);
  // a second quote whose own attribution is a different verb, or that opens a new paragraph, stands alone
  const own = '“I am sorry,” said Ivo Rask. “We will not run a train until it is safe,” he told the inquiry.';
  assert.deepEqual(adjacentPairs(own, [q('I am sorry,', own), q('We will not run a train until it is safe,', own)]), []);
  const para = '“I am sorry,” said Ivo Rask.\n\n“We will not run a train until it is safe,” he added.';
  assert.deepEqual(adjacentPairs(para, [q('I am sorry,', para), q('We will not run a train until it is safe,', para)]), []);
  // a paragraph of someone else's words between them, or another speaker, never joins
  const other = '“A.”\n\n“B.”';
  assert.deepEqual(adjacentPairs(other, [q('A.', other), q('B.', other, 'r')]), []);
});

test('one sentence cut by its attribution is one statement, however short its lower-case second piece: «B,» she added, «c.»', () => {
  const q = (text: string, at: string, partial = false) => ({ start: at.indexOf(text), end: at.indexOf(text) + text.length, text, partial, speakerKey: 'p' });
  const run = '“The ferry is back, and it is faster,” the harbour master, Orlaith Pennick, said on the quay. “From April,” she added, “it will run every hour.”';
  // the short lower-case piece after the cut reads as a fragment to the quotes stage; here it is the end of a sentence
  // (and "she added" in the next sentence of the paragraph joins «From April» to the first quote too)
  assert.deepEqual(adjacentPairs(run, [q('The ferry is back, and it is faster,', run), q('From April,', run), q('it will run every hour.', run, true)]), [[0, 1], [1, 2]]);
  // two clauses in the first attribution: the reporter tells something between the quotes
  const told = '“The ferry is back,” said Orlaith Pennick. She pointed at the quay. “We will add a night crossing,” she added.';
  assert.deepEqual(adjacentPairs(told, [q('The ferry is back,', told), q('We will add a night crossing,', told)]), []);
});

test('one speaker going on in the next sentence of the paragraph, attributed by "added", "continued" or "said" again, is one statement', () => {
  const q = (text: string, at: string, speakerKey = 'p') => ({ start: at.indexOf(text), end: at.indexOf(text) + text.length, text, partial: false, speakerKey });
  const said = '“Our tills are empty,” Mr. Brolle told a meeting in Ostvik. “We close in May,” he said.';
  assert.deepEqual(adjacentPairs(said, [q('Our tills are empty,', said), q('We close in May,', said)]), [[0, 1]]);
  const named = '“Our tills are empty,” said Ansgar Brolle. “We close in May,” continued Mr. Brolle, the owner.';
  assert.deepEqual(adjacentPairs(named, [q('Our tills are empty,', named), q('We close in May,', named)]), [[0, 1]]);
  const wentOn = '“Our tills are empty,” the owner, Ansgar Brolle, said. “We close in May,” the owner, Mr. Brolle, went on.';
  assert.deepEqual(adjacentPairs(wentOn, [q('Our tills are empty,', wentOn), q('We close in May,', wentOn)]), [[0, 1]]);
  // another speaker never joins; a verb after a sentence end is no attribution of this quote
  assert.deepEqual(adjacentPairs(said, [q('Our tills are empty,', said), q('We close in May,', said, 'r')]), []);
  const late = '“Our tills are empty,” said Ansgar Brolle. “We close in May,” came the reply. Later he said more.';
  assert.deepEqual(adjacentPairs(late, [q('Our tills are empty,', late), q('We close in May,', late)]), []);
});

test('fragments of one speaker woven into one sentence pair up; a sentence end, a line break or another speaker parts them', () => {
  const q = (text: string, at: string, speakerKey = 'p', partial = true) => ({ start: at.indexOf(text), end: at.indexOf(text) + text.length, text, partial, speakerKey });
  const one = 'Tresk Haulage called the report "plainly false" and said Ferrol had left "for family reasons".';
  assert.deepEqual(sameSentencePairs(one, [q('plainly false', one), q('for family reasons', one)]), [[0, 1]]);
  assert.deepEqual(adjacentPairs(one, [q('plainly false', one), q('for family reasons', one)]), []);
  const but = 'Ms. Pennick said she would not act "while both sides can still move", but added she was watching "day by day".';
  assert.deepEqual(sameSentencePairs(but, [q('while both sides can still move', but), q('day by day', but)]), [[0, 1]]);
  const two = 'Marwen Brevik said the city would "find whoever did this". "No family should be afraid of the tap," she said.';
  assert.deepEqual(sameSentencePairs(two, [q('find whoever did this', two), q('No family should be afraid of the tap,', two, 'p', false)]), []);
  const lines = 'Brevik called it "a start"\nand "only a start".';
  assert.deepEqual(sameSentencePairs(lines, [q('a start', lines), q('only a start', lines)]), []);
  assert.deepEqual(sameSentencePairs(one, [q('plainly false', one, 'p'), q('for family reasons', one, 'other')]), []);
});

test('a fragment ending one sentence, the speaker going on in a whole quote in the next: one utterance (weak pair)', () => {
  const q = (text: string, at: string, partial: boolean, speakerKey = 'p') => ({ start: at.indexOf(text), end: at.indexOf(text) + text.length, text, partial, speakerKey });
  // "She added:" introducing the whole quote
  const added = 'Tessily Ostrevane, the porters\' steward, said the hoists "do not jam by chance; they jam because nobody oils them". She added: "We wrote to them in March. We will write to the inspectors in June."';
  assert.deepEqual(sameSentencePairs(added, [q('do not jam by chance; they jam because nobody oils them', added, true), q('We wrote to them in March. We will write to the inspectors in June.', added, false)]), [[0, 1]]);
  // the whole quote carries its own "she added"
  const own = 'Ms Ostrevane called the fine "a scratch, not a wound". "We shut a gate for a morning. Brindleholt ran broken hoists for a year," she added.';
  assert.deepEqual(sameSentencePairs(own, [q('a scratch, not a wound', own, true), q('We shut a gate for a morning. Brindleholt ran broken hoists for a year,', own, false)]), [[0, 1]]);
  // another sentence between them, an attribution that does not say the speaker goes on, or another speaker: apart
  const between = 'Ms Ostrevane called the fine "a scratch, not a wound". The hearing ended at noon. "We shut a gate for a morning," she said.';
  assert.deepEqual(sameSentencePairs(between, [q('a scratch, not a wound', between, true), q('We shut a gate for a morning,', between, false)]), []);
  const told = 'Ms Ostrevane called the fine "a scratch, not a wound". "We shut a gate for a morning," she told the tribunal.';
  assert.deepEqual(sameSentencePairs(told, [q('a scratch, not a wound', told, true), q('We shut a gate for a morning,', told, false)]), []);
  const said = 'Ms Ostrevane called the fine "a scratch, not a wound". "We shut a gate for a morning," she said.';
  assert.deepEqual(sameSentencePairs(said, [q('a scratch, not a wound', said, true), q('We shut a gate for a morning,', said, false)]), []);
  assert.deepEqual(sameSentencePairs(own, [q('a scratch, not a wound', own, true), q('We shut a gate for a morning. Brindleholt ran broken hoists for a year,', own, false, 'other')]), []);
  // a fragment kept apart from the whole line only by adjacentPairs' strict rule
  assert.deepEqual(adjacentPairs(added, [q('do not jam by chance; they jam because nobody oils them', added, true), q('We wrote to them in March. We will write to the inspectors in June.', added, false)]), []);
});
