import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, LocalEntity } from '../../contract/pipeline.ts';
import { resolveEntities } from './index.ts';

const ent = (type: LocalEntity['type'], name: string, aliases: string[] = [], roles: string[] = []): LocalEntity =>
  ({ type, name, aliases: [name, ...aliases], roles: roles.map((role, i) => ({ role, start: i * 10, end: i * 10 + role.length })) });

function doc(id: string, date: string, entities: LocalEntity[]): AnalysedDocument {
  return {
    doc: { id, publishedAt: date } as AnalysedDocument['doc'],
    analysis: { documentId: id, publishedAt: date, entities, mentions: entities.map((e, i) => ({ start: i * 100, end: i * 100 + e.name.length, text: e.name, entity: i })) } as unknown as AnalysedDocument['analysis'],
  };
}

const DOCS = [
  doc('a', '2019-07-01', [ent('person', 'Jean Marie Le Pen'), ent('person', 'Volodymyr Zelensky'), ent('organization', 'Agence France-Presse'), ent('place', 'United Kingdom', ['Britain'], []), ent('person', 'Boris Johnson', ['Johnson'], ['Foreign Secretary'])]),
  doc('b', '2022-03-01', [ent('person', 'Jean-Marie Le Pen'), ent('person', 'Volodymyr Zelenskyy'), ent('organization', 'AFP'), ent('place', 'UK'), ent('person', 'Boris Johnson', [], ['Prime Minister']), ent('place', 'London')]),
  doc('c', '2022-03-02', [ent('person', 'Marine Le Pen'), ent('person', 'Johnson'), ent('person', 'Lyndon Johnson'), ent('person', 'Boris Yeltsin'), ent('place', 'Netherlands', ['Holland'])]),
  doc('d', '2022-03-03', [ent('person', 'Johnson'), ent('place', 'Holland'), ent('person', 'John Smith'), ent('person', 'John Schmidt')]),
];

test('merges spelling, hyphen, transliteration, acronym and country variants; keeps people apart', () => {
  const { entities, globalIds } = resolveEntities(DOCS);
  const names = (id: string) => entities.find((e) => e.id === id)!.aliases;
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((k) => globalIds.get(k)!);
  assert.equal(a[0], b[0]); // Le Pen spacing/hyphen
  assert.notEqual(a[0], c[0]); // Marine is another person
  assert.equal(a[1], b[1]); // Zelensky / Zelenskyy
  assert.equal(a[2], b[2]); // AFP ↔ Agence France-Presse
  assert.deepEqual(names(a[2]), ['AFP', 'Agence France-Presse']);
  assert.equal(a[3], b[3]); // UK ↔ United Kingdom ↔ Britain
  assert.equal(a[3], 'place:unitedkingdom');
  assert.equal(c[4], d[1]); // Netherlands ↔ Holland
  assert.equal(a[4], b[4]); // Boris Johnson
  assert.notEqual(c[1], a[4]); // surname only: never merged with a full name
  assert.notEqual(c[1], d[0]); // nor with another surname-only mention
  assert.notEqual(c[2], a[4]); // Lyndon Johnson ≠ Boris Johnson
  assert.notEqual(c[3], a[4]); // Boris Yeltsin ≠ Boris Johnson
  assert.notEqual(d[2], d[3]); // John Smith ≠ John Schmidt
  const boris = entities.find((e) => e.id === a[4])!;
  assert.deepEqual(boris.roles!.map((r) => [r.role, r.date, r.documentId]), [['Foreign Secretary', '2019-07-01', 'a'], ['Prime Minister', '2022-03-01', 'b']]);
  const london = entities.find((e) => e.id === b[5])!;
  assert.equal(london.type, 'place');
  assert.deepEqual(london.linkedIds, [a[3]]);
});

test('ids and entities do not depend on input order', () => {
  const one = resolveEntities(DOCS);
  const two = resolveEntities([...DOCS].reverse());
  assert.deepEqual(two.entities, one.entities);
  assert.deepEqual([...two.globalIds.entries()].sort(), [...one.globalIds.entries()].sort());
  assert.equal(new Set(one.entities.map((e) => e.id)).size, one.entities.length);
});

test('empty input', () => {
  assert.deepEqual(resolveEntities([]), { entities: [], globalIds: new Map() });
});

test('a full name typed person in one document is that person where another document could not type it', () => {
  const docs = [
    doc('e', '2024-05-01', [ent('other', 'Rena Odell', [], ['Captain']), ent('other', 'Marlow Accord')]),
    doc('f', '2024-05-02', [ent('person', 'Rena Odell', ['Odell'], ['Captain']), ent('other', 'Marlow Accord')]),
  ];
  const { entities, globalIds } = resolveEntities(docs);
  assert.equal(globalIds.get('e')![0], globalIds.get('f')![0]);
  assert.equal(entities.find((e) => e.id === globalIds.get('e')![0])!.type, 'person');
  // a name typed 'other' everywhere stays 'other'
  assert.equal(entities.find((e) => e.id === globalIds.get('e')![1])!.type, 'other');
});

test('transliterations with and without the h of a digraph are one person: Vukošev / Vukoshev / Vukosev, Dmitar / Dimitar', () => {
  const docs = [
    doc('g', '2025-03-19', [ent('person', 'Dmitar Vukoshev'), ent('person', 'Sasha Ivanova')]),
    doc('h', '2025-03-20', [ent('person', 'Dimitar Vukosev'), ent('person', 'Sasa Ivanova')]),
    doc('i', '2025-03-21', [ent('person', 'Dmitar Vukošev'), ent('person', 'Tasha Ivanova')]),
  ];
  const { globalIds } = resolveEntities(docs);
  const [g, h, i] = ['g', 'h', 'i'].map((k) => globalIds.get(k)!);
  assert.equal(g[0], h[0]);
  assert.equal(g[0], i[0]);
  assert.equal(g[1], h[1]); // Sasha / Sasa
  assert.notEqual(g[1], i[1]); // Tasha is someone else
});

test('a machine translation respelling English letters is one person: qu as kv or k, ck as k, x as ks, y and j as one letter', () => {
  const docs = [
    doc('m', '2025-06-02', [ent('person', 'Halina Quellivar'), ent('person', 'Tomas Tamburick'), ent('person', 'Ilse Loxbrand'), ent('person', 'Vera Yevnica'), ent('person', 'Alain Brasquemont')]),
    doc('n', '2025-06-03', [ent('person', 'Halina Kvelivar'), ent('person', 'Tomas Tamburik'), ent('person', 'Ilse Loksbrand'), ent('person', 'Vera Jevnica'), ent('person', 'Alain Braskemont')]),
    doc('o', '2025-06-04', [ent('person', 'Halina Kwelliwar'), ent('person', 'Tomas Kvintara'), ent('person', 'Ilse Quintara')]),
  ];
  const { globalIds } = resolveEntities(docs);
  const [m, n, o] = ['m', 'n', 'o'].map((k) => globalIds.get(k)!);
  assert.deepEqual(m, n);
  assert.equal(o[0], m[0]);
  // a respelt surname is still only the same person with the same first name
  assert.notEqual(o[1], o[2]);
});

test('a full name typed person in a minority of documents takes the type most documents give it', () => {
  const docs = [
    doc('j', '2025-03-18', [ent('organization', 'Brenna Kale')]),
    doc('k', '2025-03-19', [ent('organization', 'Brenna Kale')]),
    doc('l', '2025-03-20', [ent('person', 'Brenna Kale')]),
    doc('m', '2025-03-20', [ent('person', 'Ada Lund', [], ['mayor'])]),
    doc('n', '2025-03-21', [ent('organization', 'Ada Lund')]),
  ];
  const { entities, globalIds } = resolveEntities(docs);
  const id = (d: string) => globalIds.get(d)![0];
  assert.equal(id('j'), id('l'));
  assert.equal(entities.find((e) => e.id === id('l'))!.type, 'organization');
  assert.notEqual(id('m'), id('n')); // a tie keeps each document's own type
});

test('bare person guesses do not outvote a type the wording gave; a person called by surname is no bare guess', () => {
  const docs = [
    // "the charity Corvell Aid" in one document, a two-word name guessed a person in three others
    doc('p', '2025-04-01', [ent('organization', 'Corvell Aid')]),
    doc('q', '2025-04-02', [ent('person', 'Corvell Aid')]),
    doc('r', '2025-04-03', [ent('person', 'Corvell Aid')]),
    doc('s', '2025-04-04', [ent('person', 'Corvell Aid')]),
    // "Tilde Marrow" called "Marrow" alone: a person's usage, so the tie stands
    doc('t', '2025-04-05', [ent('person', 'Tilde Marrow', ['Marrow'])]),
    doc('u', '2025-04-06', [ent('organization', 'Tilde Marrow')]),
  ];
  const { entities, globalIds } = resolveEntities(docs);
  const id = (d: string) => globalIds.get(d)![0];
  assert.equal(id('p'), id('s'));
  assert.equal(entities.find((e) => e.id === id('q'))!.type, 'organization');
  assert.notEqual(id('t'), id('u'));
});

test('one country\'s ministry however it is worded or spelt is one organisation; another country\'s stays apart', () => {
  const { globalIds } = resolveEntities([
    doc('m1', '2026-02-01', [ent('organization', 'Ministry of the Defence of Ostrelia')]),
    doc('m2', '2026-02-02', [ent('organization', 'Ostrelian Defense Ministry')]),
    doc('m3', '2026-02-03', [ent('organization', "Ostrelia's Ministry of Defence")]),
    doc('m4', '2026-02-03', [ent('organization', 'Ministry of Defence of Kelmark'), ent('organization', 'Ostrelian Interior Ministry')]),
  ]);
  const [a, b, c, d] = ['m1', 'm2', 'm3', 'm4'].map((k) => globalIds.get(k)!);
  assert.equal(a[0], b[0]);
  assert.equal(a[0], c[0]);
  assert.notEqual(a[0], d[0]);
  assert.notEqual(a[0], d[1]);
});

test('German, Polish and dropped-h spellings of one full name merge; other names stay apart', () => {
  const docs = [
    doc('g1', '2026-02-01', [ent('person', 'Jurek Morvayev'), ent('person', 'Ingvejg Thorvaldt'), ent('person', 'Radek Brannowitsch')]),
    doc('g2', '2026-02-02', [ent('person', 'Jurek Morwayew'), ent('person', 'Ingveig Torvaldt'), ent('person', 'Radek Brannovic'), ent('person', 'Radek Brandt')]),
  ];
  const { globalIds } = resolveEntities(docs);
  const [a, b] = ['g1', 'g2'].map((k) => globalIds.get(k)!);
  assert.equal(a[0], b[0]); // w for v, as German and Polish write it
  assert.equal(a[1], b[1]); // j for i, th for t
  assert.equal(a[2], b[2]); // -witsch for -vic
  assert.notEqual(a[2], b[3]); // another surname
});

test('a city read as an organisation in one document stays the city: it does not join the one outlet named after it', () => {
  const docs = [
    doc('t1', '2026-02-01', [ent('place', 'Tarvel'), ent('organization', 'Tarvel Courier')]),
    doc('t2', '2026-02-02', [ent('organization', 'Tarvel')]), // "Tarvel has asked Brennock for help"
    doc('t3', '2026-02-03', [ent('organization', 'Olmark'), ent('organization', 'Olmark Freight Lines')]),
    doc('t4', '2026-02-04', [ent('place', 'Tarvel')]),
  ];
  const { entities, globalIds } = resolveEntities(docs);
  const [a, b, c] = ['t1', 't2', 't3'].map((k) => globalIds.get(k)!);
  assert.equal(a[0], b[0]);
  assert.notEqual(a[1], a[0]);
  assert.equal(entities.find((e) => e.id === a[1])!.type, 'organization');
  assert.equal(entities.find((e) => e.id === a[0])!.type, 'place');
  assert.equal(c[0], c[1]); // no place of that name: the one-word organisation is the longer one's short form
  // a company misread as a place in some documents, but nearly as often read as the company: still its short form
  const company = resolveEntities([
    doc('f1', '2026-02-01', [ent('organization', 'Firnley Water'), ent('place', 'Firnley')]),
    doc('f2', '2026-02-02', [ent('organization', 'Firnley')]),
    doc('f3', '2026-02-03', [ent('place', 'Firnley')]),
    doc('f4', '2026-02-04', [ent('organization', 'Firnley')]),
  ]).globalIds;
  assert.equal(company.get('f2')![0], company.get('f1')![0]);
});

test('an organisation a page names only by its field and kind joins the one organisation named in full with those words', () => {
  const { globalIds } = resolveEntities([
    doc('a', '2026-03-01', [ent('organization', 'Tistlemoor Housing Agency'), ent('organization', 'Ambrethwick Press Agency')]),
    doc('b', '2026-03-02', [ent('organization', 'housing agency'), ent('organization', 'agency'), ent('organization', 'water agency')]),
  ]);
  const [a, b] = ['a', 'b'].map((k) => globalIds.get(k)!);
  assert.equal(b[0], a[0]);
  assert.notEqual(b[1], a[0]); // the head alone could be either agency
  assert.notEqual(b[1], a[1]);
  assert.notEqual(b[2], a[0]); // another field: another body
});
