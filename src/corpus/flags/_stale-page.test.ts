import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { stalePageFlags } from './_stale-page.ts';

function doc(id: string, publishedAt: string, text = 'The first cargo ship docked on Saturday.'): AnalysedDocument {
  return {
    doc: { id, source: id, title: `title ${id}`, outlet: id, byline: null, publishedAt,
      dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
      language: 'en', url: null, text },
    analysis: { documentId: id, publishedAt, dateProvenance: { method: 'meta', raw: null, inferred: false },
      sentences: [], entities: [], mentions: [], quotes: [], dates: [], events: [], claims: [], flags: [] },
  };
}
const claim = (ids: string[]): Claim => ({ id: ids.join(), text: 't', status: 'corroborated', conflicts: [],
  support: ids.map((documentId) => ({ documentId, start: 0, end: 5 })) });
const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(), stories: [] };

test('a page dated long after every article it agrees with is flagged; a look-back piece is not', () => {
  const docs = [doc('a', '2025-06-11'), doc('b', '2025-06-12'), doc('w', '2026-03-03'),
    doc('y', '2026-06-11', 'A year ago the accord was signed; the first ship docked on Saturday.')];
  const flags = stalePageFlags(docs, [claim(['a', 'b', 'w', 'y'])].map((c) => ({ ...c, support: c.support.filter((r) => r.documentId !== 'y') }))
    .concat([claim(['a', 'y']), claim(['b', 'y'])]), g);
  assert.deepEqual(flags.map((f) => f.documentIds), [['w']]);
  assert.match(flags[0]!.message, /2026-03-03.*2025-06-12/);
});

test('a follow-up that measures the time since the story ("four months after") is no stale page', () => {
  const later = 'Prosecutors charged the former port chief on Monday, four months after the cargo ship docked.';
  const docs = [doc('a', '2025-06-11'), doc('b', '2025-06-12'), doc('f', '2025-10-20', later), doc('w', '2025-10-20')];
  const flags = stalePageFlags(docs, [claim(['a', 'b', 'f']), claim(['a', 'b', 'w'])], g);
  assert.deepEqual(flags.map((f) => f.documentIds), [['w']]);
});
