import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleLabel, summarizeRoles } from './_roles.ts';

const role = (r: string, date: string | null, documentId: string) => ({ role: r, date, documentId, start: 0, end: 1 });

test('roles are grouped by title with their date range, ordered by first sighting', () => {
  const roles = [
    role('Prime Minister', '2026-06-11T15:05:00.000Z', 'd4'),
    role('Foreign Minister', '2025-06-11', 'd1'),
    role('foreign minister', '2025-06-13T16:00:00.000Z', 'd2'),
    role('Foreign Minister', '2025-06-11T21:05:00.000Z', 'd3'),
    role('prime  minister', '2026-06-12', 'd5'),
    role('Prime Minister', '2026-06-12', 'd5'),
  ];
  assert.deepEqual(summarizeRoles(roles).map(roleLabel), [
    'Foreign Minister (2025-06-11 – 2025-06-13, 3 documents)',
    'Prime Minister (2026-06-11 – 2026-06-12, 2 documents)',
  ]);
});

test('an undated role is kept and listed last', () => {
  const out = summarizeRoles([role('spokeswoman', null, 'd1'), role('Mayor', '2024-01-02', 'd2')]);
  assert.deepEqual(out.map(roleLabel), ['Mayor (2024-01-02)', 'spokeswoman (undated)']);
});

test('blank role titles are dropped', () => {
  assert.deepEqual(summarizeRoles([role('  ', '2024-01-02', 'd1')]), []);
});

test('each role keeps one span per document, earliest first', () => {
  const roles = [
    { role: 'Mayor', date: '2024-03-02', documentId: 'd2', start: 5, end: 10 },
    { role: 'mayor', date: '2024-01-02', documentId: 'd1', start: 0, end: 5 },
    { role: 'Mayor', date: '2024-05-01', documentId: 'd1', start: 40, end: 45 },
  ];
  assert.deepEqual(summarizeRoles(roles)[0].evidence, [{ documentId: 'd1', start: 0, end: 5 }, { documentId: 'd2', start: 5, end: 10 }]);
  assert.equal(summarizeRoles(roles)[0].documents, 2);
});
