import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './_dates.ts';

test('numeric dates inside a line follow the dot = day-first rule', () => {
  assert.equal(toIsoDate('Exchange rate of the national currency on 12.06.2025'), '2025-06-12');
  assert.equal(toIsoDate('Fuel prices in the region were unchanged as of 25/03/2024'), '2024-03-25');
  assert.equal(toIsoDate('12.06.2025 09:40'), '2025-06-12T09:40:00.000Z');
});
