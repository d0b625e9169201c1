import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadDay } from './_lead-date.ts';

const iso = (day: number) => (Number.isFinite(day) ? new Date(day * 86_400_000).toISOString().slice(0, 10) : 'none');

test('datelines in the first lines are read in their common forms', () => {
  assert.equal(iso(leadDay('', 'Updated: July 7, 2012, 10: 04 PM ET  Wladimir Klitschko stopped Tony Thompson')), '2012-07-07');
  assert.equal(iso(leadDay('', 'Published: 09 Sep 2013 11: 25 GMT+02: 00  Ram-raiders ploughed')), '2013-09-09');
  assert.equal(iso(leadDay('Article posted on 08. 07. 2012', 'Klitschko stops Thompson')), '2012-07-08');
  assert.equal(iso(leadDay('', 'Sat Nov 12 2011, 01: 19 hrs Warship INS Sukanya')), '2011-11-12');
  assert.equal(iso(leadDay('', 'Posted 2013-05-03 by staff')), '2013-05-03');
});

test('no dateline, impossible dates and dates deep in the text give NaN', () => {
  assert.ok(Number.isNaN(leadDay('Klitschko retains belts', 'He won on Saturday in Bern.')));
  assert.ok(Number.isNaN(leadDay('', 'February 30, 2012 was not a day.')));
  assert.ok(Number.isNaN(leadDay('', 'x'.repeat(500) + ' July 7, 2012')));
  assert.ok(Number.isNaN(leadDay('\u0000', '')));
});
