import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineRows } from './_timeline.ts';
import type { TimelineItem } from './_api.ts';

const ev = (id: string, type: string, date: string | null, span: string, documentId = 'd1', start = 0): TimelineItem => ({
  id, type, summary: `${span.slice(0, 20)}…`, date: date ? { value: date, precision: 'day' } : null,
  participants: [{ id: `p-${id}`, name: `P ${id}` }],
  evidence: [{ documentId, outlet: `Outlet ${documentId}`, start, end: start + span.length, before: '', span, after: '' }],
});

test('one sentence read as two events on the same day is one row with both types', () => {
  const handover = 'The men were handed over by the coast guard in a short ceremony.';
  const rows = timelineRows([ev('a', 'transfer', '2025-06-12', handover), ev('b', 'meeting', '2025-06-12', `${handover} `), ev('c', 'signing', '2025-06-11', 'The accord was signed.')]);
  assert.deepEqual(rows.map((r) => [r.date, r.types.join('+'), r.text]), [['2025-06-12', 'transfer+meeting', handover], ['2025-06-11', 'signing', 'The accord was signed.']]);
  assert.deepEqual(rows[0].participants.map((p) => p.id), ['p-a', 'p-b']);
  assert.equal(rows[0].evidence.length, 1, 'the same span is listed once');
});

test('the same sentence on different days stays two rows; an event without evidence shows its summary', () => {
  const rows = timelineRows([ev('a', 'strike', '2025-06-01', 'Dockers struck.'), ev('b', 'strike', '2025-06-02', 'Dockers struck.'),
    { id: 'c', type: 'vote', summary: 'Parliament votes', date: null, participants: [], evidence: [] }]);
  assert.deepEqual(rows.map((r) => [r.date, r.text]), [['2025-06-01', 'Dockers struck.'], ['2025-06-02', 'Dockers struck.'], [null, 'Parliament votes']]);
});
