import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { findEntities } from './index.ts';

const run = (text: string) => {
  const r = findEntities({ text } as CleanDocument, []);
  const of = (name: string) => r.mentions.filter((m) => r.entities[m.entity].name === name).map((m) => m.text);
  const roles = (name: string) => r.entities.find((e) => e.name === name)?.roles.map((x) => x.role) ?? [];
  for (const m of r.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  return { ...r, of, roles };
};

test('appositions opened by a determiner or a possessive, before a name or a title', () => {
  const r = run('Earlier in the day the ministry spokeswoman, Leyla Marut, confirmed the handover. '
    + "'It will be done in good faith,' the ministry spokeswoman declared. The line's chief executive, Emre Dalgan, called it a new chapter. "
    + 'Her Talvari counterpart, Fisheries Minister Davit Oranyan, is due on Monday. Orsenna\'s prime minister, Adaline Corvo-Brandt, said nothing.');
  assert.deepEqual(r.of('Leyla Marut'), ['ministry spokeswoman', 'Leyla Marut', 'ministry spokeswoman']);
  assert.deepEqual(r.roles('Emre Dalgan'), ['chief executive']);
  assert.deepEqual(r.roles('Davit Oranyan'), ['Talvari counterpart', 'Fisheries Minister']);
  assert.deepEqual(r.roles('Adaline Corvo-Brandt'), ["Orsenna's prime minister"]);
  // the possessor stays a mention of the place; the person's mention is the title
  assert.deepEqual(r.of('Adaline Corvo-Brandt'), ['prime minister', 'Adaline Corvo-Brandt']);
});

test('roles said of a person in the same clause are roles over time and mentions', () => {
  const r = run('Adaline Corvo-Brandt, who negotiated the accord as Orsenna\'s foreign minister, became prime minister in January. '
    + 'Mrs. Corvo-Brandt, who was foreign minister when the accord was signed, avoided the dispute. Oldenvik met her as President Bekhaliev watched.');
  assert.deepEqual(r.roles('Adaline Corvo-Brandt'), ["Orsenna's foreign minister", 'prime minister', 'foreign minister']);
  assert.deepEqual(r.of('Adaline Corvo-Brandt'), ['Adaline Corvo-Brandt', 'foreign minister', 'prime minister', 'Corvo-Brandt', 'foreign minister']);
  // "as President Bekhaliev watched" gives Oldenvik no role
  assert.deepEqual(r.roles('Oldenvik'), []);
});

test('a role description with any modifier the earlier role had, and a possessor that fits it', () => {
  const r = run('Talvari Fisheries Minister Davit Oranyan and Orsennan Foreign Minister Ida Lenz met in Calvero. '
    + "Talvar's fisheries minister said only 210 licences were honoured. Orsenna's fisheries minister was not there. "
    + 'The Coast Guard of Talvar and its fisheries spokeswoman, Brigid Halloran, agreed. Its fisheries spokeswoman later said no.');
  assert.deepEqual(r.of('Davit Oranyan'), ['Davit Oranyan', 'fisheries minister']);
  assert.deepEqual(r.of('Ida Lenz'), ['Ida Lenz']);
  assert.deepEqual(r.of('Brigid Halloran'), ['fisheries spokeswoman', 'Brigid Halloran', 'fisheries spokeswoman']);
});

test('an office described ("the Head of State") is its one holder, never a place', () => {
  const r = run('Talvari President Anzor Bekhaliev arrived on Tuesday. The Talvari Head of State was greeted by a band. The head of government stayed home.');
  assert.deepEqual(r.of('Anzor Bekhaliev'), ['Anzor Bekhaliev', 'Talvari Head of State']);
  assert.equal(r.entities.some((e) => /Head of/u.test(e.name)), false);
});

test('machine-translated "Title of <owner> <name>": the owner the text writes alone, a second "of", an unknown given name', () => {
  // the owner is a company the text names on its own: the name is what follows it, not "Rail Kestine Marrable"
  const a = run('Halvick Rail cancelled the trains. The General Director of Halvick Rail Kestine Marrable has said, that the Company will pay.');
  assert.deepEqual(a.roles('Kestine Marrable'), ['General Director of Halvick Rail']);
  // the title's own "of" part ends where the second "of" opens the country and the name
  const b = run('The Minister of the Finances of Pellworth Tesska Brondahl has promised a guarantee.');
  assert.deepEqual(b.roles('Tesska Brondahl'), ['Minister of the Finances of Pellworth']);
  // a representative is a role: the name is no "Representative of the Prosecution ..." run thrown away
  const c = run('It was declared by the Representative of the Prosecution Quarnley Dunnamere on Monday.');
  assert.deepEqual(c.roles('Quarnley Dunnamere'), ['Representative of the Prosecution']);
});

test('a spokesman for a body is no mention of the body: "the prosecutor" stays unlinked, "the spokesman" is his', () => {
  const r = run('A spokesman for the public prosecutor, Kestine Marrable, said the case was open. The public prosecutor will decide in May. The spokesman said more.');
  assert.deepEqual(r.roles('Kestine Marrable'), ['spokesman for the public prosecutor']);
  assert.deepEqual(r.of('Kestine Marrable'), ['spokesman for the public prosecutor', 'Kestine Marrable', 'spokesman']);
});

test('an editor\'s bracketed insertion ends before the name, and a name "who" takes up is a person\'s', () => {
  const r = run('The current Mayor [of the Town] Radek Brannowitsch, who on Monday has acknowledged the Defeat, spoke again.');
  assert.deepEqual(r.entities.map((e) => `${e.type}:${e.name}`), ['person:Radek Brannowitsch']);
});

test('a demonym-shaped word always before a lower-case noun is a nationality adjective, not a short name of an organisation', () => {
  const r = run('The monitors are split between Dunnamere and the Zeltavian side of the river. The stranded Zeltavian workers began to cross. The Zeltavian parliament votes on Tuesday.');
  assert.deepEqual(r.of('Zeltavian parliament'), ['Zeltavian parliament']);
});

test('a noun naming the role\'s field belongs to the role before a name; a verb or a sentence end does not', () => {
  const r = run('Smoke rose over Tillory Quay. Chief fire officer Thomas Quarmby said the blaze was out. '
    + 'Two managers charged last month, plant manager Daniel Oskvar and quality director Helen Brenlow, stay in custody. '
    + 'Shareholders voted to remove chairwoman Laura Ardmillan on Tuesday.');
  assert.deepEqual(r.roles('Thomas Quarmby'), ['Chief fire officer']);
  assert.deepEqual(r.roles('Daniel Oskvar'), ['plant manager']);
  assert.deepEqual(r.roles('Helen Brenlow'), ['quality director']);
  assert.deepEqual(r.roles('Laura Ardmillan'), ['chairwoman']);
});
