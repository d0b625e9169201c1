import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../contract/dossier.ts';
import { corpusSpeakers, nameRuns, namesAlike, soundsAlike } from './_speakers.ts';

const person = (id: string, name: string, type: Entity['type'] = 'person'): Entity => ({ id, type, name, aliases: [], mentions: [] } as unknown as Entity);

test('name words sound alike across transliterations; other names do not', () => {
  assert.equal(soundsAlike('Halloway', 'Chaloway'), false); // another first letter
  assert.equal(soundsAlike('Calloway', 'Kallowej'), true);
  assert.equal(soundsAlike('Wendel', 'Vendel'), true);
  assert.equal(soundsAlike('Quennick', 'Kvenik'), true);
  assert.equal(soundsAlike('Bellquist', 'Belkvis'), true); // one sound apart in a long skeleton
  assert.equal(soundsAlike('Dorrage', 'Doraz'), false); // too short for that
  assert.equal(soundsAlike('Bell', 'Ball'), true);
  assert.equal(soundsAlike('Bell', 'Bond'), false);
  assert.equal(soundsAlike('Ostrander', 'Oldham'), false);
  assert.equal(namesAlike(['tova', 'wendel'], ['tova', 'vendel']), true);
  assert.equal(namesAlike(['tova', 'wendel'], ['mira', 'wendel']), false);
  assert.equal(namesAlike(['wendel'], ['wendel']), false); // a surname alone is no full name
});

test('attribution name runs: capitalised words, cut at lower-case words and commas; a possessor is dropped', () => {
  assert.deepEqual(nameRuns("Harlow Mills's Tova Wendel"), [['tova', 'wendel']]);
  assert.deepEqual(nameRuns('Director of the Port Authority Tova Wendel'), [['director'], ['port', 'authority', 'tova', 'wendel']]);
  assert.deepEqual(nameRuns('Tova Wendel, Harlow Mills chief'), [['tova', 'wendel'], ['harlow', 'mills']]);
  assert.deepEqual(nameRuns('the harbour chief'), []);
  assert.deepEqual(nameRuns(null as unknown as string), []);
});

test('one person spelt two ways is linked as one speaker; a surname alone joins its one full name', () => {
  const s = corpusSpeakers([
    person('person:tovawendel', 'Tova Wendel'), person('person:tovavendel', 'Tova Vendel'), person('person:wendel', 'Wendel'),
    person('person:miradorn', 'Mira Dorn'), person('person:ivodorn', 'Ivo Dorn'), person('person:dorn', 'Dorn'),
    person('org:harlow', 'Harlow Mills', 'organization'),
  ]);
  assert.equal(s.linkId('person:tovavendel'), 'person:tovavendel');
  assert.equal(s.linkId('person:tovawendel'), 'person:tovavendel');
  assert.equal(s.linkId('person:wendel'), 'person:tovavendel');
  // two people share the surname: "Dorn" alone is neither, and the two are never one
  assert.equal(s.linkId('person:dorn'), 'person:dorn');
  assert.notEqual(s.linkId('person:miradorn'), s.linkId('person:ivodorn'));
  assert.equal(s.linkId('org:harlow'), 'org:harlow');
  assert.equal(s.linkId(null), null);
});

test('an attribution names the one person of the corpus it spells; a possessor, a role and an ambiguous surname name nobody', () => {
  const s = corpusSpeakers([
    person('person:tovawendel', 'Tova Wendel'), person('person:harlowmills', 'Harlow Mills'),
    person('person:miradorn', 'Mira Dorn'), person('person:ivodorn', 'Ivo Dorn'), person('person:portauthority', 'Port Authority'),
  ]);
  assert.equal(s.named("Harlow Mills's Tova Wendel"), 'person:tovawendel');
  assert.equal(s.named('Managing Director Tova Vendel'), 'person:tovawendel');
  assert.equal(s.named('Wendel'), 'person:tovawendel');
  assert.equal(s.named('Dorn'), null);
  assert.equal(s.named('the port authority chief'), null); // lower case: a role, not the name
  // the document read "Harlow Mills" as an organisation: a person of that very name does not overrule it
  assert.equal(s.named('Harlow Mills', 'Harlow Mills'), null);
  assert.equal(s.named('Harlow Mills Capital'), null); // a name comes last in its run
  assert.equal(s.named(null), null);
});
