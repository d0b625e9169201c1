import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { findEntities } from './index.ts';

const doc = (text: string): CleanDocument => ({ text } as CleanDocument);

test('a company branch named by its street is a place of its own, neither the company nor the street', () => {
  const text = 'Thieves broke into the Quillamore Bank branch on Tessendry Road overnight, police said. '
    + 'Quillamore Bank said its Tessendry Road branch would stay shut on Friday. The branch manager was not hurt. '
    + 'Traffic on Tessendry Road was diverted for three hours. The branch reopens next week.';
  const { entities, mentions } = findEntities(doc(text), []);
  const of = (name: string) => { const i = entities.findIndex((e) => e.name === name); return mentions.filter((m) => m.entity === i).map((m) => m.text); };
  const branch = entities.find((e) => e.name === 'Tessendry Road branch');
  assert.equal(branch?.type, 'place');
  assert.deepEqual(of('Tessendry Road branch'), ['branch on Tessendry Road', 'Tessendry Road branch', 'The branch']);
  assert.deepEqual(of('Tessendry Road'), ['Tessendry Road']);
  assert.deepEqual(of('Quillamore Bank'), ['Quillamore Bank', 'Quillamore Bank']);
});

test('a street named only as a branch address leaves no street entity behind', () => {
  const text = 'Two men robbed the Velmarsh branch on Ostrada Lane on Tuesday.';
  const { entities } = findEntities(doc(text), []);
  assert.deepEqual(entities.filter((e) => e.type === 'place').map((e) => e.name), ['Ostrada Lane branch']);
});
