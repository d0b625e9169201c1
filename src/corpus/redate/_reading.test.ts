import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument, reanalyseDates } from '../../analyse/index.ts';
import { storyFacts } from './_facts.ts';
import { readOn } from './_reading.ts';

function analysed(id: string, publishedAt: string | null, text: string): AnalysedDocument {
  const doc: CleanDocument = {
    id, source: `${id}.txt`, title: `${id} report`, outlet: `${id} outlet`, byline: null, publishedAt,
    dateProvenance: publishedAt ? { method: 'meta', raw: publishedAt, inferred: false } : { method: 'none', raw: null, inferred: false },
    dateCandidates: [], modifiedAt: null, language: 'en', url: null, text,
  };
  return { doc, analysis: analyseDocument(doc) };
}

const onDay = (d: AnalysedDocument, iso: string) => reanalyseDates({ ...d.doc, publishedAt: iso, dateProvenance: { method: 'inferred', raw: null, inferred: true } }, d.analysis, { claims: false });

// Monday 17 March 2025: divers are to search the wreck on Wednesday 19.
const trusted = analysed('a', '2025-03-17', 'The ferry Orla Brae capsized off Varn Island on Thursday. '
  + 'Navy divers are expected to begin searching the hull on Wednesday, weather permitting. Harbour staff will meet the families on Tuesday.');
const page = analysed('p', null, 'Navy divers will start searching the wreck tomorrow, the navy said today.');

test('a day the page states in a sentence a trusted page tells in many of the same words is told alike; a coincident day is not', () => {
  const facts = storyFacts([trusted]);
  // Read on Tuesday 18, "tomorrow" is the divers' Wednesday: the same sentence in other words.
  assert.equal(readOn(onDay(page, '2025-03-18'), page.analysis, facts, page.doc.text).toldAlike, 1);
  // Read on Monday 17, "tomorrow" is Tuesday 18, a day the trusted page states too, but of a meeting with the families.
  const monday = readOn(onDay(page, '2025-03-17'), page.analysis, facts, page.doc.text);
  assert.equal(monday.toldAlike, 0);
  assert.equal(monday.sharedDays, 1);
});
