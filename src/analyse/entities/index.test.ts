import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { findEntities } from './index.ts';

const doc = (text: string): CleanDocument => ({ text } as CleanDocument);
const TEXT = `German Foreign Minister Annalena Baerbock met Kim Jong-un and Mr. Sergei Lavrov in Berlin on Monday, the German Foreign Ministry and Agence France-Presse (AFP) said.

Baerbock told reporters that the talks were "difficult". She added that Lavrov had refused. The foreign minister later left for Moscow, AFP reported.

Olaf Scholz, the German chancellor, said the United Kingdom and Britain's navy would help. The German chancellor added nothing. Maria Zakharova, the ministry spokeswoman, said: "No." The spokeswoman later repeated it.`;

test('finds typed entities, merges surnames, acronyms, country aliases and role descriptions', () => {
  const { entities, mentions } = findEntities(doc(TEXT), []);
  const by = (name: string) => entities.findIndex((e) => e.name === name);
  const ofEnt = (name: string) => mentions.filter((m) => m.entity === by(name)).map((m) => m.text);
  assert.deepEqual(entities.map((e) => `${e.type}:${e.name}`), [
    'person:Annalena Baerbock', 'person:Kim Jong-un', 'person:Sergei Lavrov', 'place:Berlin',
    'organization:German Foreign Ministry', 'organization:Agence France-Presse', 'place:Moscow',
    'person:Olaf Scholz', 'place:United Kingdom', 'person:Maria Zakharova',
  ]);
  assert.deepEqual(ofEnt('Annalena Baerbock'), ['Annalena Baerbock', 'Baerbock', 'foreign minister']);
  assert.deepEqual(ofEnt('Agence France-Presse'), ['Agence France-Presse', 'AFP', 'AFP']);
  assert.deepEqual(ofEnt('United Kingdom'), ['United Kingdom', 'Britain']);
  assert.deepEqual(ofEnt('Olaf Scholz'), ['Olaf Scholz', 'German chancellor', 'German chancellor']);
  assert.deepEqual(ofEnt('Maria Zakharova'), ['Maria Zakharova', 'ministry spokeswoman', 'spokeswoman']);
  assert.deepEqual(entities[by('Annalena Baerbock')].roles.map((r) => r.role), ['German Foreign Minister']);
  assert.deepEqual(entities[by('Maria Zakharova')].roles.map((r) => r.role), ['ministry spokeswoman']);
  assert.equal(entities[by('Annalena Baerbock')].gender, 'female');
  assert.equal(entities[by('Sergei Lavrov')].gender, 'male');
  assert.equal(entities[by('Maria Zakharova')].gender, 'female');
  for (const m of mentions) assert.equal(TEXT.slice(m.start, m.end), m.text);
});

test('two people sharing a surname: each surname mention goes to the nearest one named before', () => {
  const text = 'Boris Johnson met Lyndon Johnson in Washington. Later, Johnson said he was tired.';
  const { entities, mentions } = findEntities(doc(text), []);
  const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.deepEqual(people, ['Boris Johnson', 'Lyndon Johnson']);
  const last = mentions.find((m) => m.start === text.indexOf('Johnson said'));
  assert.equal(entities[last!.entity].name, 'Lyndon Johnson');
});

test('a role description is not linked when two people hold that role', () => {
  const text = 'Foreign Minister Ann Lee met Foreign Minister Bo Chen. The foreign minister said no.';
  const { entities, mentions } = findEntities(doc(text), []);
  assert.equal(entities.filter((e) => e.type === 'person').length, 2);
  assert.equal(mentions.some((m) => m.text === 'foreign minister'), false);
});

test('never throws and returns nothing on empty, binary and huge inputs', () => {
  assert.deepEqual(findEntities(doc(''), []), { entities: [], mentions: [] });
  assert.deepEqual(findEntities({} as CleanDocument, []), { entities: [], mentions: [] });
  const bin = findEntities(doc('\u0000\u0001\uFFFD'.repeat(1000)), [{ start: -5, end: 1e9 }]);
  assert.deepEqual(bin.entities, []);
  const caps = 'Alpha Beta Gamma Delta '.repeat(2000);
  const r = findEntities(doc(caps), []);
  for (const m of r.mentions) assert.equal(caps.slice(m.start, m.end), m.text);
});

test('a guessed name ending in a place the text names is a group; a known first name keeps the person', () => {
  const text = 'The campaign group Fair Wages Ostria says 3,000 marched in Tarnow, the largest city in Ostria. Anna Holm of Fair Wages Ostria spoke. Michael Jordan watched.';
  const { entities } = findEntities(doc(text), []);
  assert.deepEqual(entities.map((e) => `${e.type}:${e.name}`), [
    'organization:Fair Wages Ostria', 'place:Tarnow', 'place:Ostria', 'person:Anna Holm', 'person:Michael Jordan',
  ]);
});
