import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim } from '../../contract/dossier.ts';
import type { AnalysedDocument, DateMention } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { stalePageFlags, toldLater } from './_stale-page.ts';

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

test('a follow-up whose text names months after the coverage ("dismissed in May", "in June") is no stale page; "last month" proves nothing', () => {
  const later = 'The regulator on Thursday fined the Brasket utility. The works manager was dismissed in May and the chief executive stepped down in June. Pumps were replaced last month.';
  const mention = (text: string, value: string, precision: 'day' | 'month'): DateMention =>
    ({ text, start: later.indexOf(text), end: later.indexOf(text) + text.length, date: { value, precision }, method: 'year nearest document date' });
  const followUp = doc('f', '2026-09-18', later);
  followUp.analysis.dates = [mention('May', '2026-05', 'month'), mention('June', '2026-06', 'month')];
  const relativeOnly = doc('r', '2026-09-18', later);
  relativeOnly.analysis.dates = [{ ...mention('last month', '2026-08', 'month'), method: 'relative to document date' }];
  const docs = [doc('a', '2026-04-02'), doc('b', '2026-04-03'), followUp, relativeOnly];
  const flags = stalePageFlags(docs, [claim(['a', 'b', 'f']), claim(['a', 'b', 'r'])], g);
  assert.deepEqual(flags.map((f) => f.documentIds), [['r']]);
});

test('a month named only up to a month past the coverage, or after the page date, does not bear out a late page date', () => {
  assert.equal(toldLater([{ text: 'April', start: 0, end: 5, date: { value: '2026-04', precision: 'month' }, method: 'absolute' }], Date.UTC(2026, 3, 23) / 864e5, Date.UTC(2026, 8, 18) / 864e5), false);
  assert.equal(toldLater([{ text: 'October 20', start: 0, end: 10, date: { value: '2026-10-20', precision: 'day' }, method: 'absolute' }], Date.UTC(2026, 3, 23) / 864e5, Date.UTC(2026, 8, 18) / 864e5), false);
  assert.equal(toldLater([{ text: 'in June', start: 0, end: 7, date: { value: '2026-06', precision: 'month' }, method: 'absolute' }], Date.UTC(2026, 3, 23) / 864e5, Date.UTC(2026, 8, 18) / 864e5), true);
});
