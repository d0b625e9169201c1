import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuplicateIndex, dupFeatures, similarity } from './index.ts';

const ORIGINAL = `The regional council approved the new harbour bridge on Tuesday after a four-hour debate, ending
a dispute that had divided the fishing town of Lowmere for more than a decade. Supporters said the crossing would cut
the drive to the hospital by forty minutes, while opponents warned that the construction would disturb the seal colony
on the northern shore. Work is due to begin in the spring and the council expects the bridge to open within three years.
The mayor, who had campaigned against an earlier design, told reporters outside the chamber that the revised plan answered
most of the objections raised by residents, and promised that a public meeting would be held before any trees were felled.
Environmental groups said they would study the final drawings before deciding whether to challenge the decision in court.`;
const EDITED = ORIGINAL.replace('four-hour', 'five-hour') + ' Copyright Coast Wire.';
const OTHER = `Heavy snow closed the mountain pass road for a second day on Wednesday, stranding dozens of lorries near the
border crossing and forcing the army to bring food and blankets to drivers who had spent the night in their cabs. Forecasters
expect the weather to ease by the weekend, but the highways agency said clearing the drifts could take until Monday.`;

test('an edited copy is a near-duplicate; unrelated text is not', () => {
  const a = dupFeatures(ORIGINAL);
  assert.ok(similarity(a.sig, dupFeatures(EDITED).sig) >= 0.7);
  assert.ok(similarity(a.sig, dupFeatures(OTHER).sig) <= 0.1);
});

test('duplicateOf points to the earliest copy, whatever the order added; other outlet = syndicated', () => {
  const idx = new DuplicateIndex();
  idx.add({ id: 'b', publishedAt: '2024-05-02', outlet: 'Harbour Post' }, dupFeatures(EDITED));
  idx.add({ id: 'c', publishedAt: '2024-05-03', outlet: 'Snow Daily' }, dupFeatures(OTHER));
  idx.add({ id: 'a', publishedAt: '2024-05-01', outlet: 'Coast Wire' }, dupFeatures(ORIGINAL));
  idx.add({ id: 'd', publishedAt: '2024-05-04', outlet: 'coastwire' }, dupFeatures(`  ${ORIGINAL.toUpperCase()}  `));
  assert.deepEqual([0, 1, 2, 3].map((i) => idx.duplicateOf(i)), ['a', null, null, 'a']);
  assert.deepEqual([0, 1, 2, 3].map((i) => idx.syndicatedFrom(i)), ['Coast Wire', null, null, null]);
});

test('never throws on empty or odd input', () => {
  const idx = new DuplicateIndex();
  for (const t of ['', '\u0000\u0001', 'word', '🙂'.repeat(50)]) idx.add({ id: t || 'empty', publishedAt: null, outlet: null }, dupFeatures(t));
  assert.equal(idx.duplicateOf(0), null);
});
