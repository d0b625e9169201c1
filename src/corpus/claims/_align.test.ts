import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityResolution, Grouping } from '../types.ts';
import { claimItems } from './_features.ts';
import { foldTerms, idf, similarity } from './_similarity.ts';
import { ALIGN_MIN } from './constants.ts';
import { alikeAndClashing, clashScore } from './_align.ts';
import { conflictBetween } from './_conflicts.ts';
import { analysed } from './_fixture.ts';

const res: EntityResolution = { entities: [], globalIds: new Map() };

test('two durations of unlike acts are no clash: a loosely alike pair does not make their clusters one dispute', () => {
  const docs = [
    analysed('a', 'Quarnby Wire', 'The harbour office said nearly seven minutes passed between the barge\'s call and the blow.'),
    analysed('b', 'Tessendale Post', 'The harbour office said less than two minutes passed between the barge\'s call and the blow.'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const list = claimItems(docs, res, grouping);
  foldTerms(list);
  const w = idf(list);
  const [a, b] = [list.find((x) => x.documentId === 'a')!, list.find((x) => x.documentId === 'b')!];
  // The pair is alike as aligned claims are and clashes on the figure, but the clash score vetoes it.
  assert.ok(similarity(a, b, w) >= ALIGN_MIN);
  assert.deepEqual(conflictBetween(a, b), { kind: 'number', unit: 'duration' });
  assert.equal(clashScore(a, b, w), -1);
  assert.equal(alikeAndClashing([a], [b], w, () => true), false);
});

test('two counts of the same people told alike and clashing still make their clusters one dispute', () => {
  const docs = [
    analysed('a', 'Quarnby Wire', 'The harbour office said nine people were missing after the barge hit the lock gate.'),
    analysed('b', 'Tessendale Post', 'The harbour office said seven people were missing after the barge hit the lock gate.'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const list = claimItems(docs, res, grouping);
  foldTerms(list);
  const w = idf(list);
  const [a, b] = [list.find((x) => x.documentId === 'a')!, list.find((x) => x.documentId === 'b')!];
  assert.equal(alikeAndClashing([a], [b], w, () => true), true);
  assert.equal(alikeAndClashing([a], [b], w, () => false), false);
});
