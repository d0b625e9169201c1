import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Grouping } from '../types.ts';
import { claimItems } from './_features.ts';
import { weekClash } from './_align.ts';
import { tallyApartOnDays } from './_days.ts';
import { analysed } from './_fixture.ts';

test('two sources\' counts of the hurt from the same week dispute the count, though a retelling a month on sides with one', () => {
  const docs = [
    analysed('a', 'Fen Herald', 'Ormsgravel Lane hospital treated 19 people injured in the Dornwell mast collapse, the inquiry report says.', '2026-06-15'),
    analysed('b', 'Wexa Radio', 'Ormsgravel Lane hospital treated 19 people injured in the Dornwell mast collapse.', '2026-05-10'),
    analysed('d', 'Quay Post', 'Three people were killed and 11 injured, Dornwell police said this morning.', '2026-05-09'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (re: RegExp, id: string) => items.find((i) => i.documentId === id && re.test(i.claim.text))!;
  const eleven = of(/11 injured/, 'd');
  // The police's count of the morning and the inquiry's a month on are counts of other days ...
  assert.equal(tallyApartOnDays(of(/19/, 'a'), eleven), true);
  assert.equal(weekClash(of(/19/, 'a'), eleven), false);
  // ... but the hospital's count from the next day disputes the police's.
  assert.equal(weekClash(of(/19/, 'b'), eleven), true);
  assert.equal(weekClash(eleven, of(/19/, 'b')), true);
  // Two counts of one outlet are no rival sources.
  assert.equal(weekClash(eleven, eleven), false);
});
