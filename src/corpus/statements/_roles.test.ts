import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../contract/dossier.ts';
import { storyPeople, storyRoleSpeaker } from './_roles.ts';

const person = (id: string, roles: string[]): Entity => ({
  id, type: 'person', name: id, aliases: [], roles: roles.map((role) => ({ role })), mentions: [{ documentId: 'd1' }],
} as unknown as Entity);
const people = (...es: Entity[]) => storyPeople(es, () => 's1');

test('of several people a role fits, the one whose role says just the phrase', () => {
  const ps = people(person('person:tarrowin', ['transport minister']), person('person:belvane', ['Ostrik transport minister']));
  assert.equal(storyRoleSpeaker('the transport minister', 's1', ps), 'person:tarrowin');
  // both roles carry a further word: left open
  const two = people(person('person:tarrowin', ['Dunsery transport minister']), person('person:belvane', ['Ostrik transport minister']));
  assert.equal(storyRoleSpeaker('the transport minister', 's1', two), null);
});

test('a possessed one-word role ("his lawyer") names the one person of the story with it; a bare one does not', () => {
  const ps = people(person('person:halbrecht', ["Tarrowin's lawyer"]), person('person:marlowe', ['prosecutor']));
  assert.equal(storyRoleSpeaker('his lawyer', 's1', ps), 'person:halbrecht');
  assert.equal(storyRoleSpeaker("the captain's lawyer", 's1', ps), 'person:halbrecht');
  assert.equal(storyRoleSpeaker('the lawyer', 's1', ps), null);
  // two lawyers in the story: left open
  const two = people(person('person:halbrecht', ['lawyer']), person('person:marlowe', ['lawyer']));
  assert.equal(storyRoleSpeaker('his lawyer', 's1', two), null);
});

test('a bare title written before a name ("Commissioner X") fits the same office told with what it is of ("the city’s police commissioner")', () => {
  const ps = people(person('person:orm', ['Commissioner']), person('person:vask', ['mayor']));
  assert.equal(storyRoleSpeaker("the city's police commissioner", 's1', ps), 'person:orm');
  assert.equal(storyRoleSpeaker('the police commissioner', 's1', ps), 'person:orm');
  // the head noun must be the title: "the police spokesman" is not the commissioner
  assert.equal(storyRoleSpeaker('the police spokesman', 's1', ps), null);
  // two bare commissioners: left open
  assert.equal(storyRoleSpeaker('the police commissioner', 's1', people(person('person:orm', ['Commissioner']), person('person:lenk', ['commissioner']))), null);
});

test('a bare title only stands in when no fuller role fits: "the Pellmark president" is the Pellmark president, not another bare "President"', () => {
  const ps = people(person('person:ander', ['Pellmark president']), person('person:brisk', ['President']));
  assert.equal(storyRoleSpeaker('the Pellmark president', 's1', ps), 'person:ander');
});
