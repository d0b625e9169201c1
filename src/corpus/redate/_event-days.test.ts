import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument } from '../../analyse/index.ts';
import type { Grouping } from '../types.ts';
import { happeningType, withHappeningDays } from './_event-days.ts';

function analysed(id: string, publishedAt: string, text: string): AnalysedDocument {
  const doc: CleanDocument = {
    id, source: `${id}.txt`, title: `${id} report`, outlet: `${id} outlet`, byline: null, publishedAt,
    dateProvenance: { method: 'meta', raw: publishedAt, inferred: false },
    dateCandidates: [], modifiedAt: null, language: 'en', url: null, text,
  };
  return { doc, analysis: analyseDocument(doc) };
}

const grouped = (docs: AnalysedDocument[], duplicateOf: Record<string, string> = {}): Grouping => ({
  duplicateOf: new Map(docs.map((d) => [d.doc.id, duplicateOf[d.doc.id] ?? null])), syndicatedFrom: new Map(),
  storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [],
});

// An invented story: jewels stolen from the Yarrowby town hall on Sunday 8 March 2026; a follow-up weeks later.
const first = analysed('a', '2026-03-09', 'Thieves stole the Yarrowby chain of office from the town hall on Sunday, police said.');
const second = analysed('b', '2026-03-10', 'The chain of office was stolen from the Yarrowby town hall on Sunday. Mayor Taddeus Greum said the loss was "a wound".');
const followUp = analysed('c', '2026-04-02', 'A caretaker told the court he had locked the side door on the night of the theft. The trial of two men continues.');

const valueOf = (d: AnalysedDocument, needle: string): string | undefined =>
  d.analysis.dates.find((m) => d.doc.text.slice(m.start, m.end).includes(needle))?.date.value;

test('"the night of the theft" on a page that does not date the theft takes the day its story\'s other pages agree on', () => {
  const docs = [first, second, followUp];
  const c = withHappeningDays(docs, grouped(docs)).find((d) => d.doc.id === 'c')!;
  assert.equal(valueOf(c, 'night of the theft'), '2026-03-08');
  assert.equal(c.analysis.dates.find((m) => m.text.includes('theft'))?.text, 'the night of the theft');
  // A page that looks back on a happening is no earlier than it: a page dated before the agreed day gets none.
  const early = analysed('e', '2026-03-01', 'Guards were doubled on the night of the theft, the council said.');
  const withEarly = [first, second, early];
  assert.equal(valueOf(withHappeningDays(withEarly, grouped(withEarly))[2]!, 'night of the theft'), undefined);
  // Pages with nothing to add are returned as they were.
  assert.equal(withHappeningDays(docs, grouped(docs)).find((d) => d.doc.id === 'a'), first);
});

test('no day when only one other page dates the happening, or a copy of the same page is the second', () => {
  const alone = [first, followUp];
  assert.equal(valueOf(withHappeningDays(alone, grouped(alone))[1]!, 'night of the theft'), undefined);
  const copy = analysed('d', '2026-03-09', first.doc.text);
  const withCopy = [first, copy, followUp];
  assert.equal(valueOf(withHappeningDays(withCopy, grouped(withCopy, { d: 'a' }))[2]!, 'night of the theft'), undefined);
});

test('the happening is typed as the event pass types it: one type or none', () => {
  assert.deepEqual(happeningType('theft according to'), { type: 'theft', head: 'theft' });
  assert.equal(happeningType('Theft')?.type, 'theft');
  assert.equal(happeningType('party'), null);
});

test('the page\'s own reading of "the night of the theft" (the earliest night its text tells with the noun) gives way to the day its story agrees on', () => {
  // The follow-up tells a later night with the theft: its own reading is that night, the story's pages say Sunday.
  const own = analysed('f', '2026-04-02', 'A second theft was reported at 11pm on March 20 in Yarrowby.\n\nA caretaker told the court he had locked the side door on the night of the theft.');
  assert.equal(valueOf(own, 'night of the theft'), '2026-03-20');
  const docs = [first, second, own];
  const f = withHappeningDays(docs, grouped(docs)).find((d) => d.doc.id === 'f')!;
  assert.equal(valueOf(f, 'night of the theft'), '2026-03-08');
  assert.equal(f.analysis.dates.filter((m) => m.text.includes('night of the theft')).length, 1);
});

test('"the first morning of the strike" names the day the happening began: the earliest day its storyline\'s pages agree on', () => {
  // An invented strike at the Castravel glassworks, begun on Monday 14 September 2026.
  const one = analysed('g', '2026-09-14', 'Workers at the Castravel glassworks went on strike on Monday over pay.');
  const two = analysed('h', '2026-09-15', 'The strike at the Castravel glassworks began on Monday, the union said.');
  const later = analysed('i', '2026-09-18', 'Shop steward Orla Sternmark repeated what she said on the first morning of the strike: the furnaces stay lit.');
  const docs = [one, two, later];
  const i = withHappeningDays(docs, grouped(docs)).find((d) => d.doc.id === 'i')!;
  assert.equal(valueOf(i, 'first morning of the strike'), '2026-09-14');
});

test('"the night before the theft" and "the day after the theft" are the day before and after the one its story\'s pages agree on', () => {
  const around = analysed('f', '2026-04-02', 'A caretaker told the court the side door was left open the night before the theft. '
    + 'The alarm company was called the day after the theft.');
  const docs = [first, second, around];
  const f = withHappeningDays(docs, grouped(docs)).find((d) => d.doc.id === 'f')!;
  assert.equal(valueOf(f, 'night before the theft'), '2026-03-07');
  assert.equal(valueOf(f, 'day after the theft'), '2026-03-09');
});
