import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityResolution, Grouping } from '../types.ts';
import { crossCheckClaims } from './index.ts';
import { analysed } from './_fixture.ts';

const res: EntityResolution = { entities: [], globalIds: new Map() };

test('a clause telling how many were stuck and for how long sides with the count and against the other duration', () => {
  const docs = [
    analysed('a', 'Quimbrelle Courier', 'The cable car at Ostravaine stopped on Sunday when 40 people were stuck for six hours.', '2026-03-02'),
    analysed('b', 'Ostravaine Post', 'Police said 40 people were stuck in the cable car at Ostravaine on Sunday.', '2026-03-02'),
    analysed('c', 'Valley Radio', 'The people were stuck in the cable car at Ostravaine for nine hours on Sunday.', '2026-03-02'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const claims = crossCheckClaims(docs, res, grouping);
  const ofA = claims.filter((c) => [...c.support, ...c.conflicts].some((r) => r.documentId === 'a'));
  const sides = ofA.map((c) => ({ status: c.status, support: c.support.map((r) => r.documentId), conflicts: c.conflicts.map((r) => r.documentId) }))
    .sort((x, y) => x.status.localeCompare(y.status));
  assert.deepEqual(sides, [
    { status: 'contested', support: ['a'], conflicts: ['c'] },
    { status: 'corroborated', support: ['a', 'b'], conflicts: [] },
  ]);
});
