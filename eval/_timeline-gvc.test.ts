/** The matching logic of the GVC timeline measure, and the consistency of its labels with the corpus. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { DateMention, EventMention, Span } from '../src/contract/pipeline.ts';
import { docCause, leadDropped, leadEvent, leadSentence, namesDay, outOfRange, type Incident } from './_timeline-gvc.ts';
import { loadGvc } from './_gvc.ts';

const TEXT = 'Grief counsellors met pupils on Monday. A 9-year-old girl was shot late Saturday on Elm Street. She died on Sunday.';
const SENTENCES: Span[] = [{ start: 0, end: 39 }, { start: 40, end: 95 }, { start: 96, end: 115 }];

function event(type: string, start: number, date: string | null): EventMention {
  return { type, summary: '', date: date ? { value: date, precision: date.length === 10 ? 'day' : 'month' } : null, participants: [], place: null, evidence: [{ start, end: start + 20 }], background: false };
}

function mention(text: string, value: string): DateMention {
  return { text, start: 0, end: text.length, date: { value, precision: 'day' }, method: 'weekday before document date' };
}

test('outOfRange: after the creation day is impossible, over 31 days before is suspicious', () => {
  assert.equal(outOfRange({ value: '2016-06-04', precision: 'day' }, '2016-06-03'), 'after');
  assert.equal(outOfRange({ value: '2016-06-03', precision: 'day' }, '2016-06-03'), null);
  assert.equal(outOfRange({ value: '2016-05-03', precision: 'day' }, '2016-06-03'), null);
  assert.equal(outOfRange({ value: '2016-05-02', precision: 'day' }, '2016-06-03'), 'early');
  // A month counts by its last day when early, its first when late.
  assert.equal(outOfRange({ value: '2016-05', precision: 'month' }, '2016-06-03'), null);
  assert.equal(outOfRange({ value: '2016-07', precision: 'month' }, '2016-06-30'), 'after');
  assert.equal(outOfRange({ value: '2015', precision: 'year' }, '2016-06-03'), 'early');
});

test('leadSentence: the first sentence that tells of a shooting', () => {
  assert.deepEqual(leadSentence(TEXT, SENTENCES), SENTENCES[1]);
  assert.equal(leadSentence('Counsellors met pupils on Monday.', [{ start: 0, end: 33 }]), null);
});

test('leadEvent: the lead sentence\'s attack or death, preferring the one on the expected day, else a dated one', () => {
  const lead = SENTENCES[1]!;
  const attack = event('attack', 52, null);
  const death = event('death', 52, '2016-06-11');
  assert.deepEqual(leadEvent(lead, [attack, death], '2016-06-11'), { kind: 'found', event: death });
  assert.deepEqual(leadEvent(lead, [attack, death], '2016-06-10'), { kind: 'found', event: death });
  assert.deepEqual(leadEvent(lead, [attack], '2016-06-11'), { kind: 'found', event: attack });
  assert.deepEqual(leadEvent(lead, [event('detention', 52, '2016-06-11'), event('attack', 100, '2016-06-12')], '2016-06-11'), { kind: 'type wrong', types: ['detention'] });
  assert.deepEqual(leadEvent(lead, [event('meeting', 0, '2016-06-13')], '2016-06-11'), { kind: 'event not found' });
  assert.deepEqual(leadEvent(null, [attack], '2016-06-11'), { kind: 'event not found' });
});

test('docCause: right, or the first cause that explains the miss', () => {
  const found = (date: string | null) => ({ kind: 'found' as const, event: event('attack', 52, date) });
  const dates = [mention('Monday', '2016-06-13'), mention('late Saturday', '2016-06-11')];
  const a = { publishedAt: '2016-06-14T00:00:00Z', dates };
  assert.equal(docCause(found('2016-06-11'), '2016-06-11', a, '2016-06-14'), 'right');
  assert.equal(docCause(found('2016-06-11'), '2016-06-11', a, '2016-06-14', true), 'right');
  assert.equal(docCause(found(null), '2016-06-11', a, '2016-06-14', true), 'lead dropped by clean');
  assert.equal(docCause(found(null), '2016-06-11', a, '2016-06-14'), 'undated');
  assert.equal(docCause(found('2016-06-13'), '2016-06-11', { ...a, publishedAt: '2016-06-15' }, '2016-06-14'), 'document date changed');
  assert.equal(docCause(found('2016-06-13'), '2016-06-11', a, '2016-06-14'), 'wrong mention attached');
  assert.equal(docCause(found('2016-06-04'), '2016-06-11', { ...a, dates: [mention('late Saturday', '2016-06-04')] }, '2016-06-14'), 'date mention resolved wrong');
  assert.equal(docCause(found('2016-06'), '2016-06-11', { ...a, dates: [] }, '2016-06-14'), 'date mention resolved wrong');
  assert.equal(docCause({ kind: 'type wrong', types: ['hearing'] }, '2016-06-11', a, '2016-06-14'), 'type wrong');
  assert.equal(docCause({ kind: 'event not found' }, '2016-06-11', a, '2016-06-14'), 'event not found');
});

test('namesDay and leadDropped: a dropped lead counts only when it named the day', () => {
  assert.equal(namesDay('shot late Saturday night', '2016-06-11'), true);
  assert.equal(namesDay('on Sept. 11th, police said', '2016-09-11'), true);
  assert.equal(namesDay('on September 11 police said', '2016-09-11'), true);
  assert.equal(namesDay('on Sept. 1 police said', '2016-09-11'), false);
  assert.equal(namesDay('shot late Friday night', '2016-06-11'), false);
  const body = 'Two men were shot late Saturday in a parking lot.\nPolice said the men were taken to hospital.';
  assert.equal(leadDropped(body, 'Police said the men were taken to hospital.', '2016-06-11'), true);
  assert.equal(leadDropped(body, body, '2016-06-11'), false);
  assert.equal(leadDropped(body, 'Police said the men were taken to hospital.', '2016-06-10'), false);
});

test('labels: every GVC incident once, its documents as the loader gives them, day labels well formed', { skip: loadGvc() ? false : '../shared/data/gvc absent' }, () => {
  const gvc = loadGvc()!;
  const { incidents } = JSON.parse(readFileSync(new URL('./_timeline-gvc-incidents.json', import.meta.url), 'utf8')) as { incidents: Incident[] };
  const docsOf = new Map<string, string[]>();
  for (const [doc, inc] of gvc.gold) docsOf.set(inc, [...(docsOf.get(inc) ?? []), doc].sort());
  assert.equal(incidents.length, docsOf.size);
  assert.equal(new Set(incidents.map((i) => i.incident)).size, incidents.length);
  for (const i of incidents) {
    assert.deepEqual([...i.docs].sort(), docsOf.get(i.incident), i.incident);
    assert.equal(i.split, i.incident.startsWith('val:') ? 'dev' : 'held', i.incident);
    assert.equal(i.precision === 'unknown', i.date === null, i.incident);
    if (i.date) assert.match(i.date, /^\d{4}-\d{2}-\d{2}$/, i.incident);
    for (const x of i.docExceptions ?? []) assert.ok(i.docs.includes(x.doc), `${i.incident}: ${x.doc}`);
  }
});
