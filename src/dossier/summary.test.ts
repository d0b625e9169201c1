import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Dossier } from '../contract/dossier.ts';
import { summarize } from './summary.ts';
import { realisticDossier } from './_fixture.test-helper.ts';

test('summarize prints counts per section, top stories and flags by kind', () => {
  assert.equal(
    summarize(realisticDossier()),
    [
      'Documents 5 (1 duplicate) · stories 2 · entities 3',
      'Quotes 4 in 1 statement · events 3 (1 undated)',
      'Claims 3: 1 corroborated, 1 contested, 1 single-source',
      'Top stories:',
      '  - Corrin Street bridge collapse (4 documents, 4 outlets, 2025-03-04..2025-03-05)',
      '  - New Corrin Street bridge opens (1 document, 1 outlet, 2026-03-06)',
      'Flags 2: 1 duplicate, 1 number',
      '',
    ].join('\n'),
  );
});

test('summarize strips terminal escape sequences from article text and handles an empty dossier', () => {
  const d = realisticDossier();
  d.stories[0].title = 'Bridge\u001b[2J\u001b]0;pwned\u0007 \u202Eevil';
  const out = summarize(d);
  assert.doesNotMatch(out, /[\u001b\u0007\u202e]/);
  assert.ok(out.includes('  - Bridge [2J ]0;pwned evil (4 documents'));
  const empty: Dossier = { schemaVersion: 1, generatedAt: 'x', documents: [], stories: [], entities: [], quotes: [], events: [], claims: [], flags: [] };
  assert.equal(summarize(empty).split('\n').at(-2), 'Flags 0');
});
