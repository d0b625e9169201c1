import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument } from '../../analyse/index.ts';
import type { EntityResolution, Grouping } from '../types.ts';
import { claimItems } from './_features.ts';
import { align } from './_align.ts';

function analysed(id: string, outlet: string, text: string, publishedAt: string): AnalysedDocument {
  const doc: CleanDocument = {
    id, source: `${id}.txt`, title: `${outlet} report`, outlet, byline: null, publishedAt,
    dateProvenance: { method: 'meta', raw: publishedAt, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  return { doc, analysis: analyseDocument(doc) };
}

const res: EntityResolution = { entities: [], globalIds: new Map() };

/** The documents of each cluster that holds a clause with `figure` in it. */
function clusterOf(first: string, second: string, figure: string): string[][] {
  const docs = [
    analysed('a', 'Dunsary Ledger', first, '2026-05-02'),
    analysed('b', 'Quellmark Wire', second, '2026-05-04'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  return align(claimItems(docs, res, grouping)).filter((c) => c.some((m) => m.claim.text.includes(figure))).map((c) => c.map((m) => m.documentId).sort());
}

test('two reports giving the same dead and other counts of the hurt dispute the count of the hurt', () => {
  const out = clusterOf('Eleven people were killed and 23 injured when a ferry struck the pier at Dunsary on Friday, police said.',
    'According to the coastguard, eleven persons perished and 17 persons were wounded.', '23');
  assert.deepEqual(out, [['a', 'b']]);
});

test('reports giving other counts of the dead as well keep their counts of the hurt apart', () => {
  const out = clusterOf('Eleven people were killed and 23 injured when a ferry struck the pier at Dunsary on Friday, police said.',
    'According to the coastguard, nine persons perished and 17 persons were wounded.', '23');
  assert.deepEqual(out, [['a']]);
});
