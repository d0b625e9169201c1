import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, CleanDocument } from '../../contract/pipeline.ts';
import { findEntities } from '../../analyse/entities/index.ts';
import { resolveEntities } from './index.ts';

/** Documents analysed by the real recogniser, so the variants come from how outlets write, not from hand-made records. */
function analysed(id: string, date: string, text: string): AnalysedDocument {
  const { entities, mentions } = findEntities({ id, text } as CleanDocument, []);
  return { doc: { id, text, publishedAt: date } as AnalysedDocument['doc'], analysis: { documentId: id, publishedAt: date, entities, mentions } as unknown as AnalysedDocument['analysis'] };
}

const DOCS = [
  analysed('a', '2019-07-01', 'Saudi Crown Prince Mohammed bin Salman met Volodymyr Zelensky in Jeddah on Friday, Agence France-Presse (AFP) reported. '
    + 'Jean Marie Le Pen said the United Kingdom and the Netherlands had been warned. Foreign Secretary Boris Johnson said Britain would help.'),
  analysed('b', '2022-03-01', 'Muhammad bin Salman told Volodymyr Zelenskyy that the kingdom would mediate, AFP said. Jean-Marie Le Pen and his daughter Marine Le Pen disagreed. '
    + 'Prime Minister Boris Johnson said the UK stood ready. London and Moscow traded accusations; Russia denied it. Holland sent aid.'),
  analysed('c', '2022-03-02', 'Lyndon Johnson and Boris Yeltsin are long gone. Johnson was quoted by Reuters. John Smith met John Schmidt in Amsterdam.'),
];

const byName = (ents: ReturnType<typeof resolveEntities>['entities'], name: string) => ents.filter((e) => e.aliases.includes(name));

test('outlets\' spellings of one person, organisation or country become one entity; people who only share a word stay apart', () => {
  const { entities } = resolveEntities(DOCS);
  const one = (a: string, b: string) => { const x = byName(entities, a); const y = byName(entities, b); assert.equal(x.length, 1, a); assert.deepEqual(x, y, `${a} / ${b}`); };
  one('Mohammed bin Salman', 'Muhammad bin Salman');
  one('Volodymyr Zelensky', 'Volodymyr Zelenskyy');
  one('Jean Marie Le Pen', 'Jean-Marie Le Pen');
  one('Agence France-Presse', 'AFP');
  one('United Kingdom', 'UK');
  one('UK', 'Britain');
  one('Netherlands', 'Holland');
  const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
  for (const p of ['Marine Le Pen', 'Lyndon Johnson', 'Boris Yeltsin', 'John Smith', 'John Schmidt', 'Boris Johnson']) assert.ok(people.includes(p), p);
  // a bare surname is never merged across documents
  assert.equal(byName(entities, 'Boris Johnson')[0].aliases.includes('Johnson') && byName(entities, 'Lyndon Johnson')[0].aliases.includes('Johnson'), false);
});

test('a capital used for its government stays the city and links to its country; roles keep their date and document', () => {
  const { entities } = resolveEntities(DOCS);
  const london = entities.find((e) => e.name === 'London')!;
  const uk = entities.find((e) => e.name === 'United Kingdom')!;
  assert.equal(london.type, 'place');
  assert.deepEqual(london.linkedIds, [uk.id]);
  const moscow = entities.find((e) => e.name === 'Moscow')!;
  assert.deepEqual(moscow.linkedIds, [entities.find((e) => e.name === 'Russia')!.id]);
  const boris = entities.find((e) => e.name === 'Boris Johnson')!;
  assert.deepEqual(boris.roles!.map((r) => [r.role, r.date, r.documentId]), [['Foreign Secretary', '2019-07-01', 'a'], ['Prime Minister', '2022-03-01', 'b']]);
});

test('a one-word organisation joins the one longer organisation name it starts, never one of two', () => {
  const docs = [
    analysed('m1', '2025-06-11', 'CALVERO, June 11 (Meridian News Agency) - The accord was signed, the Orsennan Foreign Ministry said.'),
    analysed('m2', '2025-06-12', 'CALVERO, June 12 (Meridian) - The first ship sailed, Meridian reported.'),
    analysed('m3', '2025-06-12', 'The Apple Daily and the Apple Foundation both wrote about it; Apple said nothing.'),
  ];
  const { entities, globalIds } = resolveEntities(docs);
  const name = (id: string) => entities.find((e) => e.id === id)!.name;
  assert.deepEqual(globalIds.get('m2')!.map(name), ['Meridian News Agency']);
  assert.equal(entities.filter((e) => e.name.startsWith('Apple')).length >= 2, true);
  assert.equal(entities.some((e) => e.aliases.includes('Apple Daily') && e.aliases.includes('Apple Foundation')), false);
});
