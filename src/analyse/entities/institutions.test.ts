import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { findEntities } from './index.ts';

const doc = (text: string): CleanDocument => ({ text } as CleanDocument);
const bodies = (text: string): string[] => {
  const { entities, mentions } = findEntities(doc(text), []);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  return entities.map((e, i) => ({ e, i })).filter(({ e }) => e.type === 'organization')
    .map(({ e, i }) => `${e.name}: ${mentions.filter((m) => m.entity === i).map((m) => m.text).join(', ')}`);
};

test('a definite institution phrase is one organisation, and its bare head refers back to it', () => {
  const text = 'The finance ministry said on Monday that the budget was balanced. Critics in the city council disagreed. '
    + 'The ministry later published its figures, and the council voted to ask for more.';
  assert.deepEqual(bodies(text), ['finance ministry: finance ministry, ministry', 'city council: city council, council']);
});

test('"the government" is a body on its own, bare "prosecutors" not; a place or possessor before the phrase qualifies it', () => {
  const text = 'Quorvadel was quiet on Tuesday. Prosecutors said the government had been warned. Tessmarrow\'s health committee '
    + 'met in Quorvadel, and Quorvadel city council said the committee had no power over the council.';
  assert.deepEqual(bodies(text), [
    'health committee of Tessmarrow: health committee, committee', 'city council of Quorvadel: city council, council',
    'government: government',
  ]);
});

test('no body where the head is part of a name, a compound or a room: "the government spokesman", "the head office"', () => {
  const text = 'Ulvenkirk Freight said the government spokesman had visited the head office. The Council of Ulvenkirk met later, '
    + 'and the other ministry stayed silent.';
  assert.deepEqual(bodies(text).filter((b) => !b.startsWith('Ulvenkirk Freight') && !b.startsWith('Council of Ulvenkirk')), []);
});

test('an outlet named by a place and a paper or wire noun is an organisation, not a person', () => {
  const text = 'About 9,000 homes lost power, according to Sallowin Newswire. "Sorry," he told the Harlow Sentinel. The Carnby Digest and the Orlam Courant ran it too.';
  const r = findEntities(doc(text), []);
  const names = r.entities.map((e) => `${e.type}:${e.name}`);
  for (const n of ['Sallowin Newswire', 'Harlow Sentinel', 'Carnby Digest', 'Orlam Courant']) assert.ok(names.includes(`organization:${n}`), names.join('; '));
});
