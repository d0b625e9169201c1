import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateCandidate } from '../contract/pipeline.ts';
import { chooseDate, dateFromUrl, toIsoDate } from './_dates.ts';

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

test('common stamp shapes, year first, zones and other languages', () => {
  assert.equal(toIsoDate('5 Mar 2025 14:02 GMT'), '2025-03-05T14:02:00.000Z');
  assert.equal(toIsoDate('MARCH 5, 2025'), '2025-03-05');
  assert.equal(toIsoDate('5.3.2025'), '2025-03-05');
  assert.equal(toIsoDate('2025/03/05'), '2025-03-05');
  assert.equal(toIsoDate('2025.3.5 08:15'), '2025-03-05T08:15:00.000Z');
  assert.equal(toIsoDate('2025-03-05 14:02 +0100'), '2025-03-05T14:02:00+01:00');
  assert.equal(toIsoDate('2025-03-05T14:02:00Z'), '2025-03-05T14:02:00.000Z');
  assert.equal(toIsoDate('Mittwoch, 5. März 2025, 14:02 Uhr'), '2025-03-05T14:02:00.000Z');
  assert.equal(toIsoDate('mercredi 5 mars 2025'), '2025-03-05');
  assert.equal(toIsoDate('5 de marzo de 2025'), '2025-03-05');
  assert.equal(toIsoDate('5 de março de 2025'), '2025-03-05');
  assert.equal(toIsoDate('5 марта 2025'), '2025-03-05');
});

test('a stamp without its year is no publish date (relative to nothing)', () => {
  assert.equal(toIsoDate('Published 3 hours ago'), null);
  assert.equal(toIsoDate('Updated yesterday at 4:15 pm'), null);
  assert.equal(toIsoDate('March 2025'), null);
  assert.equal(toIsoDate('© 2025 Riverside Courier'), null);
});

test('a URL date with the month\'s name', () => {
  assert.equal(dateFromUrl('https://www.example.org/environment/2025/mar/05/river-levels-fall/'), '2025-03-05');
  assert.equal(dateFromUrl('https://www.example.org/news/2025/03/05/river-levels-fall'), '2025-03-05');
  assert.equal(dateFromUrl('https://www.example.org/marchers-2025-in-the-city'), null);
});

test('a UTC instant that the page also shows in its wall time takes the publisher\'s day', () => {
  const utc: DateCandidate = { value: '2025-03-06T04:58:46.000Z', method: 'json-ld', raw: '2025-03-06T04:58:46Z' };
  const local: DateCandidate = { value: '2025-03-05T20:58:46.000Z', method: 'meta', raw: '2025-03-05 20:58:46' };
  assert.equal(chooseDate([utc, local])?.value, '2025-03-05T20:58:46-08:00');
  const shown: DateCandidate = { value: '2025-03-05T20:58:00.000Z', method: 'timestamp', raw: 'March 5, 2025 8:58 PM' };
  assert.equal(chooseDate([utc, shown])?.value, '2025-03-05T20:58:46-08:00');
  const otherMinute: DateCandidate = { value: '2025-03-05T20:57:00.000Z', method: 'timestamp', raw: 'March 5, 2025 8:57 PM' };
  assert.equal(chooseDate([utc, otherMinute])?.value, '2025-03-06T04:58:46.000Z');
  // A second instant with its own zone is another time, not the same one in wall time.
  const other: DateCandidate = { value: '2025-03-05T20:58:46.000Z', method: 'meta', raw: '2025-03-05T20:58:46Z' };
  assert.equal(chooseDate([utc, other])?.value, '2025-03-06T04:58:46.000Z');
});

test('stamps in the text: the first on the page dates it, an "Updated" stamp gives way to a published one', () => {
  const top: DateCandidate = { value: '2025-03-12', method: 'dateline', raw: 'March 12, 2025 / 0 Comments / in Events' };
  const inBody: DateCandidate = { value: '2024-11-02', method: 'dateline', raw: '2024.11.02 opening night' };
  assert.equal(chooseDate([top, inBody])?.value, '2025-03-12');
  const own: DateCandidate = { value: '2025-03-12', method: 'timestamp', raw: 'Wednesday 12 March 2025 09:30' };
  const teaser: DateCandidate = { value: '2025-02-20', method: 'timestamp', raw: 'February 20, 2025' };
  assert.equal(chooseDate([own, teaser])?.value, '2025-03-12');
  const updated: DateCandidate = { value: '2025-03-13', method: 'timestamp', raw: 'Updated March 13, 2025' };
  const published: DateCandidate = { value: '2025-03-12', method: 'timestamp', raw: 'March 12, 2025' };
  assert.equal(chooseDate([updated, published])?.value, '2025-03-12');
  assert.equal(chooseDate([updated])?.value, '2025-03-13');
});

test('a dash, "@" or bar between a date and its clock time keeps the time', () => {
  assert.equal(toIsoDate('June 11, 2025 – 22:30'), '2025-06-11T22:30:00.000Z');
  assert.equal(toIsoDate('March 19th, 2025 @ 4:20 pm'), '2025-03-19T16:20:00.000Z');
  assert.equal(toIsoDate('April 2, 2024 | 07:15'), '2024-04-02T07:15:00.000Z');
  // a range of days is no clock time
  assert.equal(toIsoDate('June 11, 2025 – 12'), '2025-06-11');
});
