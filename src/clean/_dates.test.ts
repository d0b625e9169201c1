import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './_dates.ts';

test('numeric dates inside a line follow the dot = day-first rule', () => {
  assert.equal(toIsoDate('Exchange rate of the national currency on 12.06.2025'), '2025-06-12');
  assert.equal(toIsoDate('Fuel prices in the region were unchanged as of 25/03/2024'), '2024-03-25');
  assert.equal(toIsoDate('12.06.2025 09:40'), '2025-06-12T09:40:00.000Z');
});

test('a stamp with a zone keeps the publisher\'s day and offset', () => {
  assert.equal(toIsoDate('2019-11-19T19:53:52-05:00'), '2019-11-19T19:53:52-05:00');
  assert.equal(toIsoDate('2019-11-19T07:03:25+00:00'), '2019-11-19T07:03:25.000Z');
  assert.equal(toIsoDate('11:11 PM EST Nov 19, 2019'), '2019-11-19T23:11:00-05:00');
  assert.equal(toIsoDate('Nov 19, 2019, 7:53pm EST'), '2019-11-19T19:53:00-05:00');
  assert.equal(toIsoDate('Nov 19, 2019, 7:53pm'), '2019-11-19T19:53:00.000Z');
});
