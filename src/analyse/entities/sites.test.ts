import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { findEntities } from './index.ts';

const doc = (text: string): CleanDocument => ({ text } as CleanDocument);

test('a named colliery, quarry or tunnel is a place', () => {
  const text = 'Oskenby Colliery was evacuated on Monday after a roof fall, and Brackendown Quarry stopped blasting. '
    + 'Traffic was sent through Harlsey Tunnel instead. In the Tunnel Welkin the lights failed. '
    + 'The Workers fled through the Mouth of the Tunnel.';
  const { entities } = findEntities(doc(text), []);
  const type = (name: string) => entities.find((e) => e.name === name)?.type;
  assert.deepEqual(['Oskenby Colliery', 'Brackendown Quarry', 'Harlsey Tunnel', 'Tunnel Welkin'].map(type), ['place', 'place', 'place', 'place']);
  // a translation's capitalised common nouns ("the Mouth of the Tunnel") name no site
  assert.equal(type('Mouth of the Tunnel'), undefined);
});
