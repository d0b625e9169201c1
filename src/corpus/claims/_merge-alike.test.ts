import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument } from '../../analyse/index.ts';
import type { EntityResolution, Grouping } from '../types.ts';
import { claimItems, type ClaimItem } from './_features.ts';
import { foldTerms, idf } from './_similarity.ts';
import { absorbAgreeing } from './_merge-alike.ts';

function analysed(id: string, outlet: string, text: string, publishedAt = '2026-07-06'): AnalysedDocument {
  const doc: CleanDocument = {
    id, source: `${id}.txt`, title: `${outlet} report`, outlet, byline: null, publishedAt,
    dateProvenance: { method: 'meta', raw: publishedAt, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  return { doc, analysis: analyseDocument(doc) };
}

const docs = [
  analysed('a', 'Talvreck Wire', 'Every household that was without power for more than twelve hours will receive 150 dinars in compensation.'),
  analysed('b', 'Ossenby Digest', 'Households that lost power for more than twelve hours will get 250 dinars each.'),
  analysed('c', 'Grinmarch Courier', 'Each household will receive compensation of 150 dinars.'),
  analysed('d', 'Pelloway Post', 'The grid operator will spend 150 dinars a household on new meters.', '2026-07-07'),
];
const res: EntityResolution = { entities: [], globalIds: new Map() };
const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };

function items(): Map<string, ClaimItem> {
  const list = claimItems(docs, res, grouping);
  foldTerms(list);
  return new Map(list.map((x) => [x.documentId, x]));
}

test('a cluster stating one side\'s figure of a disputed thing, worded as that side is, joins the dispute', () => {
  const x = items();
  const w = idf([...x.values()]);
  const out = absorbAgreeing([[x.get('a')!, x.get('b')!], [x.get('c')!]], w);
  assert.deepEqual(out.map((c) => c.map((m) => m.documentId).sort()), [['a', 'b', 'c']]);
});

test('the same figure of the same thing told of something else stays apart from the dispute', () => {
  const x = items();
  const w = idf([...x.values()]);
  const out = absorbAgreeing([[x.get('a')!, x.get('b')!], [x.get('d')!]], w);
  assert.deepEqual(out.map((c) => c.map((m) => m.documentId).sort()), [['a', 'b'], ['d']]);
});
