import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityResolution, Grouping } from '../types.ts';
import { claimItems } from './_features.ts';
import { align } from './_align.ts';
import { sameTollTold } from './_days.ts';
import { analysed } from './_fixture.ts';


const res: EntityResolution = { entities: [], globalIds: new Map() };

/** The documents of each cluster that holds a clause with `figure` in it. */
function clusterOf(first: string, second: string, figure: string): string[][] {
  const docs = [
    analysed('a', 'Dunsary Ledger', first, '2026-05-02'),
    analysed('b', 'Quellmark Wire', second, '2026-05-04'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  return align(claimItems(docs, res, grouping)).filter((c) => c.some((m) => m.claim.text.includes(figure))).map((c) => c.map((m) => m.documentId).sort());
}

test('two reports giving the same dead and other counts of the hurt dispute the count of the hurt', () => {
  const out = clusterOf('Eleven people were killed and 23 injured when a ferry struck the pier at Dunsary on Friday, police said.',
    'According to the coastguard, eleven persons perished and 17 persons were wounded.', '23');
  assert.deepEqual(out, [['a', 'b']]);
});

test('reports giving other counts of the dead as well do not tell one toll: their counts of the hurt may be of other days', () => {
  // (Whether the two still align is for the clause's words to say: "wounded" and "injured" are one key term.)
  const docs = [
    analysed('a', 'Dunsary Ledger', 'Eleven people were killed and 23 injured when a ferry struck the pier at Dunsary on Friday, police said.', '2026-05-02'),
    analysed('b', 'Quellmark Wire', 'According to the coastguard, nine persons perished and 17 persons were wounded.', '2026-05-04'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const items = claimItems(docs, res, grouping);
  const hurt = (id: string) => items.find((m) => m.documentId === id && m.numbers.has('person:injured'))!;
  assert.equal(sameTollTold(hurt('a'), hurt('b'), 'person:injured'), false);
  const same = claimItems([docs[0]!, analysed('c', 'Quellmark Wire', 'According to the coastguard, eleven persons perished and 17 persons were wounded.', '2026-05-04')], res,
    { ...grouping, storyOf: new Map([['a', 's1'], ['c', 's1']]) });
  const hurtOf = (id: string) => same.find((m) => m.documentId === id && m.numbers.has('person:injured'))!;
  assert.equal(sameTollTold(hurtOf('a'), hurtOf('c'), 'person:injured'), true);
});
