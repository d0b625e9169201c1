import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesOfType, makeCtx, orderedEvents, spanText, statementGroups, storyRange } from './_lookup.ts';
import { realisticDossier } from './_fixture.test-helper.ts';

test('statement groups put the most-carried statement first and merge wordings that differ only in case or punctuation', () => {
  const d = realisticDossier();
  d.quotes.push(
    { id: 'q5', documentId: 'c1', text: 'Twelve persons died', start: 146, end: 165, speakerId: null, speakerText: null, statementId: null },
    { id: 'q6', documentId: 'b2', text: 'we will REBUILD this bridge within two years', start: 105, end: 150, speakerId: 'e1', speakerText: 'Varga', statementId: 'st1' },
  );
  const groups = statementGroups(makeCtx(d));
  assert.deepEqual(groups.map((g) => [g.id, g.speaker, g.wordings.map((w) => w.quotes.map((q) => q.id))]), [
    ['st1', 'Ilse Varga', [['q1', 'q2', 'q6'], ['q3'], ['q4']]],
    ['q5', 'Unattributed', [['q5']]],
  ]);
});

test('events are ordered by date, coarser dates before finer ones sharing their prefix, undated last', () => {
  const d = realisticDossier();
  d.events.push({ ...d.events[0], id: 'ev4', date: { value: '2025', precision: 'year' } });
  d.events.push({ ...d.events[0], id: 'ev5', date: { value: '2025-03', precision: 'month' } });
  assert.deepEqual(orderedEvents(d).map((e) => e.id), ['ev4', 'ev5', 'ev1', 'ev2', 'ev3']);
});

test('span text is exact, folded and null when out of range or the document is missing', () => {
  const ctx = makeCtx(realisticDossier());
  assert.equal(spanText(ctx, { documentId: 'a1', start: 66, end: 83 }), 'killing 12 people');
  assert.equal(spanText(ctx, { documentId: 'a1', start: 83, end: 66 }), null);
  assert.equal(spanText(ctx, { documentId: 'a1', start: 0, end: 1e6 }), null);
  assert.equal(spanText(ctx, { documentId: 'zz', start: 0, end: 1 }), null);
});

test('entities sort by mentions within a type; story ranges come from publish dates', () => {
  const d = realisticDossier();
  d.entities.push({ id: 'e9', type: 'place', name: 'Corrin Street', aliases: [], mentions: [] });
  const ctx = makeCtx(d);
  assert.deepEqual(entitiesOfType(ctx, 'place').map((e) => e.id), ['e2', 'e9']);
  assert.deepEqual(storyRange(ctx, ['c1', 'b2', 'a1']), { from: '2025-03-04', to: '2025-03-05' });
  assert.deepEqual(storyRange(ctx, ['c1']), { from: null, to: null });
});
