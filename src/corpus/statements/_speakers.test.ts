import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../contract/dossier.ts';
import { corpusSpeakers, nameRuns, namesAlike, soundsAlike } from './_speakers.ts';

const person = (id: string, name: string, type: Entity['type'] = 'person'): Entity => ({ id, type, name, aliases: [], mentions: [] } as unknown as Entity);

test('name words sound alike across transliterations; other names do not', () => {
  assert.equal(soundsAlike('Harroway', 'Barroway'), false); // another first letter
  assert.equal(soundsAlike('Harroway', 'Charroway'), true); // an initial "Ch" or "Kh" transliterates an "H"
  assert.equal(soundsAlike('Hostrand', 'Khostrand'), true);
  assert.equal(soundsAlike('Hostrand', 'Khostrom'), false);
  assert.equal(soundsAlike('Carroway', 'Karrowej'), true);
  assert.equal(soundsAlike('Wennow', 'Vennow'), true);
  assert.equal(soundsAlike('Quennick', 'Kvenik'), true);
  assert.equal(soundsAlike('Bellquist', 'Belkvis'), true); // one sound apart in a long skeleton
  assert.equal(soundsAlike('Dorrage', 'Doraz'), false); // too short for that
  assert.equal(soundsAlike('Bell', 'Ball'), true);
  assert.equal(soundsAlike('Bell', 'Bond'), false);
  assert.equal(soundsAlike('Ostrevin', 'Oldham'), false);
  assert.equal(namesAlike(['tova', 'wennow'], ['tova', 'vennow']), true);
  assert.equal(namesAlike(['tova', 'wennow'], ['mira', 'wennow']), false);
  assert.equal(namesAlike(['wennow'], ['wennow']), false); // a surname alone is no full name
});

test('attribution name runs: capitalised words, cut at lower-case words and commas; a possessor is dropped', () => {
  assert.deepEqual(nameRuns("Harlow Mills's Tova Wennow"), [['tova', 'wennow']]);
  assert.deepEqual(nameRuns('Director of the Port Authority Tova Wennow'), [['director'], ['port', 'authority', 'tova', 'wennow']]);
  assert.deepEqual(nameRuns('Tova Wennow, Harlow Mills chief'), [['tova', 'wennow'], ['harlow', 'mills']]);
  assert.deepEqual(nameRuns('the harbour chief'), []);
  assert.deepEqual(nameRuns(null as unknown as string), []);
});

test('one person spelt two ways is linked as one speaker; a surname alone joins its one full name', () => {
  const s = corpusSpeakers([
    person('person:tovawennow', 'Tova Wennow'), person('person:tovavennow', 'Tova Vennow'), person('person:wennow', 'Wennow'),
    person('person:miradask', 'Mira Dask'), person('person:ivodask', 'Ivo Dask'), person('person:dask', 'Dask'),
    person('org:harlow', 'Harlow Mills', 'organization'),
  ]);
  assert.equal(s.linkId('person:tovavennow'), 'person:tovavennow');
  assert.equal(s.linkId('person:tovawennow'), 'person:tovavennow');
  assert.equal(s.linkId('person:wennow'), 'person:tovavennow');
  // two people share the surname: "Dask" alone is neither, and the two are never one
  assert.equal(s.linkId('person:dask'), 'person:dask');
  assert.notEqual(s.linkId('person:miradask'), s.linkId('person:ivodask'));
  assert.equal(s.linkId('org:harlow'), 'org:harlow');
  assert.equal(s.linkId(null), null);
  // "Kh" for "H" in a translation's spelling of a full name
  const k = corpusSpeakers([person('person:ilvenhostrand', 'Ilven Hostrand'), person('person:ilvenkhostrand', 'Ilven Khostrand')]);
  assert.equal(k.linkId('person:ilvenkhostrand'), k.linkId('person:ilvenhostrand'));
});

test('an attribution names the one person of the corpus it spells; a possessor, a role and an ambiguous surname name nobody', () => {
  const s = corpusSpeakers([
    person('person:tovawennow', 'Tova Wennow'), person('person:harlowmills', 'Harlow Mills'),
    person('person:miradask', 'Mira Dask'), person('person:ivodask', 'Ivo Dask'), person('person:portauthority', 'Port Authority'),
  ]);
  assert.equal(s.named("Harlow Mills's Tova Wennow"), 'person:tovawennow');
  assert.equal(s.named('Managing Director Tova Vennow'), 'person:tovawennow');
  assert.equal(s.named('Wennow'), 'person:tovawennow');
  assert.equal(s.named('Dask'), null);
  assert.equal(s.named('the port authority chief'), null); // lower case: a role, not the name
  // the document read "Harlow Mills" as an organisation: a person of that very name does not overrule it
  assert.equal(s.named('Harlow Mills', 'Harlow Mills'), null);
  assert.equal(s.named('Harlow Mills Capital'), null); // a name comes last in its run
  assert.equal(s.named(null), null);
});
