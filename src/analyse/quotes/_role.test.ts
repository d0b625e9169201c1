import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument, EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import type { EntityType } from '../../contract/dossier.ts';
import { splitSentences } from '../sentences/index.ts';
import { findQuotes } from './index.ts';
import { roleCore } from './_role.ts';

const entity = (type: EntityType, name: string, roles: string[] = [], gender?: 'male' | 'female'): LocalEntity =>
  ({ type, name, aliases: [name], roles: roles.map((role) => ({ role, start: 0, end: 0 })), ...(gender ? { gender } : {}) });
function mentionsOf(text: string, names: [string, number][]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [n, e] of names) for (const m of text.matchAll(new RegExp(n, 'g'))) out.push({ start: m.index!, end: m.index! + n.length, text: n, entity: e });
  return out.sort((a, b) => a.start - b.start);
}
const speakers = (text: string, entities: LocalEntity[], names: [string, number][]): (string | null)[] =>
  findQuotes({ text } as CleanDocument, splitSentences(text), entities, mentionsOf(text, names)).map((q) => (q.speaker === null ? null : entities[q.speaker].name));

test('role synonyms fold to one office', () => {
  assert.equal(roleCore('the Head of State'), 'president');
  assert.equal(roleCore('Minister of Foreign Affairs'), 'foreign minister');
  assert.equal(roleCore('The ministry spokeswoman'), 'ministry spokesperson');
  // machine translation: hyphenated titles, "of the"
  assert.equal(roleCore('the Head of the Government'), 'prime minister');
  assert.equal(roleCore('Prime-Minister'), 'prime minister');
});

test('"the president": the one whose role is exactly that, else the one named last before it', () => {
  const ents = [entity('person', 'Ivo Rask', ['President'], 'male'), entity('person', 'Oma Teel', ['Veldan President'], 'female'), entity('place', 'Velda')];
  const a = 'President Ivo Rask and Veldan President Oma Teel signed the treaty at noon.\n\n“The river belongs to both of us now,” the president said after the signing.';
  assert.deepEqual(speakers(a, ents, [['Ivo Rask', 0], ['Oma Teel', 1], ['Velda', 2]]), ['Ivo Rask']);
  const both = [entity('person', 'Ivo Rask', ['President'], 'male'), entity('person', 'Oma Teel', ['President'], 'female')];
  const b = 'President Ivo Rask welcomed his guest. President Oma Teel then spoke at the dinner.\n\n“To the river that joins our towns,” the president said, raising a glass.';
  assert.deepEqual(speakers(b, both, [['Ivo Rask', 0], ['Oma Teel', 1]]), ['Oma Teel']);
});

test('a country word in the role picks that country\'s office holder; an earlier apposition names the role', () => {
  const ents = [entity('person', 'Ivo Rask', ['President'], 'male'), entity('person', 'Oma Teel', ['President'], 'female'), entity('place', 'Velda'), entity('person', 'Ilse Varga', [], 'female')];
  const t = [
    'Veldan President Oma Teel arrived by sea; her host, President Ivo Rask, met her on the quay.',
    'Earlier the port spokeswoman, Ilse Varga, had confirmed the schedule.',
    '“We have waited nine years for this morning,” declared the Veldan Head of State.',
    '“Every berth is ready,” the port spokeswoman said.',
  ].join('\n\n');
  assert.deepEqual(speakers(t, ents, [['Ivo Rask', 0], ['Oma Teel', 1], ['Velda', 2], ['Ilse Varga', 3]]), ['Oma Teel', 'Ilse Varga']);
});

test('an anonymous or ambiguous indefinite role stays unresolved', () => {
  const ents = [entity('person', 'Ivo Rask', ['President'], 'male'), entity('person', 'Oma Teel', ['President'], 'female')];
  const t = 'President Ivo Rask and President Oma Teel met.\n\n“Nobody expected this,” one official said.\n\n“It was a long night,” a president said.';
  assert.deepEqual(speakers(t, ents, [['Ivo Rask', 0], ['Oma Teel', 1]]), [null, null]);
});

test('channels: "as quoted by" relays, a short form names the agency, the speaker stays the speaker', () => {
  const ents = [entity('person', 'Ivo Rask', ['President'], 'male'), entity('organization', 'Northwind Press Agency')];
  const t = '“The gates open at dawn,” President Ivo Rask said, as quoted by Northwind.\n\nThe harbour “is ready for every ship”, as quoted by Northwind Press Agency.';
  const qs = findQuotes({ text: t } as CleanDocument, splitSentences(t), ents, mentionsOf(t, [['Ivo Rask', 0], ['Northwind Press Agency', 1]]));
  assert.deepEqual(qs.map((q) => [q.speaker, q.speakerText, q.via, q.viaText]), [
    [0, 'President Ivo Rask', 1, 'Northwind'],
    [null, null, 1, 'Northwind Press Agency'], // the agency relays the words; it is not their speaker
  ]);
});

test('an organisation\'s unnamed spokesperson speaks for it; an anonymous one for nobody', () => {
  const ents = [entity('organization', 'Velta Hydro Group'), entity('person', 'Ivo Rask', [], 'male')];
  const t = 'Velta Hydro Group suspended Ivo Rask on Monday.\n\n'
    + 'A Velta spokeswoman said the suspension was “not an admission of anything”.\n\n'
    + '“We are sorry,” a spokesman said.';
  assert.deepEqual(speakers(t, ents, [['Velta Hydro Group', 0], ['Ivo Rask', 1]]), ['Velta Hydro Group', null]);
});

test('a definite voice of a body the text has named a person in ("the port spokeswoman, Ilse Varga,") is that person; an unnamed one is the body', () => {
  const ents = [entity('organization', 'Port Authority'), entity('person', 'Ilse Varga', [], 'female')];
  const t = 'The Port Authority closed the outer berths. Earlier the port spokeswoman, Ilse Varga, had confirmed the schedule.\n\n'
    + '“Every berth is ready,” the port spokeswoman said.';
  assert.deepEqual(speakers(t, ents, [['Port Authority', 0], ['Ilse Varga', 1]]), ['Ilse Varga']);
  const unnamed = 'The Port Authority closed the outer berths.\n\n“Every berth is ready,” the port spokeswoman said.';
  assert.deepEqual(speakers(unnamed, ents.slice(0, 1), [['Port Authority', 0]]), ['Port Authority']);
});

test('"the company" / "the board of the firm": the one organisation with a company\'s name form', () => {
  const ents = [entity('organization', 'Velta Systems'), entity('organization', 'Northern Railways'), entity('organization', 'Transport Ministry')];
  const t = 'The software was supplied by Velta Systems, which won the contract from Northern Railways in 2021.\n\n'
    + 'The company said it was “working around the clock” with the railway.\n\n'
    + 'The Board of the Firm has suspended its director „until the Clarification“.';
  assert.deepEqual(speakers(t, ents, [['Velta Systems', 0], ['Northern Railways', 1]]), ['Velta Systems', 'Velta Systems']);
  // two company names: "the company" names neither
  const two = [...ents, entity('organization', 'Osk Holdings')];
  assert.deepEqual(speakers(t + '\n\nOsk Holdings declined to comment.', two, [['Velta Systems', 0], ['Northern Railways', 1], ['Osk Holdings', 3]]), [null, null]);
});
