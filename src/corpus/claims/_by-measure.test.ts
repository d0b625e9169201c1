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

test('a clause telling how many were inside and at what time the fire broke out sides with the count and with the time apart', () => {
  const docs = [
    analysed('a', 'Quillmere Gazette', 'A manager at the Tilsworth depot said 31 staff were inside the depot at the time of the fire, at 9.15 p.m.', '2026-03-02'),
    analysed('b', 'Tilsworth Echo', 'The owners of the Tilsworth depot said 31 staff were inside the depot.', '2026-03-02'),
    analysed('c', 'County Radio', 'Neighbours said the fire at the Tilsworth depot broke out at about 8.30 p.m.', '2026-03-02'),
    analysed('d', 'Evening Ledger', 'Fire crews said the blaze at the Tilsworth depot began at 9.15 p.m.', '2026-03-02'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const sides = crossCheckClaims(docs, res, grouping)
    .map((c) => ({ status: c.status, support: c.support.map((r) => r.documentId), conflicts: c.conflicts.map((r) => r.documentId) }))
    .sort((x, y) => x.status.localeCompare(y.status));
  assert.deepEqual(sides, [
    { status: 'contested', support: ['a', 'd'], conflicts: ['c'] },
    { status: 'corroborated', support: ['a', 'b'], conflicts: [] },
  ]);
});

test('the count reading of a count-and-time clause does not carry the fire day dispute of its time reading into the count dispute', () => {
  const docs = [
    analysed('a', 'Quillmere Gazette', 'Harbour officials said 36 crew were on board when the blaze started on the Quillmere ferry at 9.25 p.m. on Saturday.', '2026-03-02'),
    analysed('b', 'Tilsworth Echo', 'The operator said 36 crew were on board the Quillmere ferry.', '2026-03-02'),
    analysed('c', 'County Radio', 'The ferry sailed with 280 passengers and 43 crew on board.', '2026-03-02'),
    analysed('d', 'Evening Ledger', 'The coastguard said the blaze started on the Quillmere ferry at 8.50 p.m.', '2026-03-02'),
    analysed('e', 'Harbour Weekly', 'A passenger said the blaze on the Quillmere ferry started on Sunday.', '2026-03-02'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const contested = crossCheckClaims(docs, res, grouping).filter((c) => c.status === 'contested')
    .map((c) => ({ support: c.support.map((r) => r.documentId), conflicts: c.conflicts.map((r) => r.documentId) }))
    .sort((x, y) => x.conflicts.join().localeCompare(y.conflicts.join()));
  assert.deepEqual(contested, [
    { support: ['a', 'b'], conflicts: ['c'] },
    { support: ['a'], conflicts: ['d', 'e'] },
  ]);
});

test('two outlets telling the same count-and-time clause side with the count in one claim and against a rival time in another', () => {
  // Figureless clauses of the storyline join the count reading of the first outlet and its time reading (one each), so the
  // second outlet's count reading finds the time cluster about as alike as the count cluster.
  const told = 'Some 20 people were injured as the footbridge at Pescott gave way at about 4:20 p.m. on Sunday.';
  const docs = [
    analysed('a', 'Vellis Wire', told, '2026-03-02'),
    analysed('b', 'Quessant Gazette', 'The footbridge in Pescott, which collapsed on Sunday under the crowd, left more than 20 people hurt.', '2026-03-02'),
    analysed('c', 'Wenlow Feed', 'A crowd of fans were hurt when the footbridge at Pescott gave way on March 1.', '2026-03-02'),
    analysed('d', 'Triddle Courier', told, '2026-03-02'),
    analysed('e', 'Pescott Evening News', 'The footbridge at Pescott came down at 3:55 p.m. on Sunday.', '2026-03-02'),
    analysed('f', 'Valley Radio', 'The footbridge at Pescott collapsed at 3.55pm on Sunday, witnesses said.', '2026-03-02'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const sides = crossCheckClaims(docs, res, grouping)
    .map((c) => ({ status: c.status, support: c.support.map((r) => r.documentId), conflicts: c.conflicts.map((r) => r.documentId) }))
    .sort((x, y) => x.status.localeCompare(y.status));
  assert.deepEqual(sides, [
    { status: 'contested', support: ['a', 'b', 'c', 'd'], conflicts: ['e', 'f'] },
    { status: 'corroborated', support: ['a', 'b', 'd'], conflicts: [] },
  ]);
});
