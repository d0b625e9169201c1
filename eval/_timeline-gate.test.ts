/**
 * Quality gate of dates, events, claims and flags: fails when, against
 * eval/_timeline-gate-baseline.json, the demo gold (dev, heldout) or a development gold (dev2 … dev5) gets more dates wrong, more gold events without
 * their date, more claim statuses wrong, more planted conflicts unflagged or more false flags, or
 * the public date labels get more wrong. Re-record with `tsx eval/_timeline-gate.ts --write` after a real gain.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoGateFailures, gateFigures, publicGateFailures, readBaseline, type DemoCounts, type PublicCounts } from './_timeline-gate.ts';

const counts = (over: Partial<DemoCounts>): DemoCounts => ({ dates: 50, dateWrong: 2, events: 20, eventUndated: 1, claims: 15, claimWrong: 1,
  flags: 10, flagMissed: 1, falseFlags: 0, flagMissedStrict: 3, falseFlagsStrict: 2, ...over });

test('demoGateFailures: a count above the baseline fails, a count the baseline lacks is not held', () => {
  const { flagMissedStrict: _m, falseFlagsStrict: _f, ...older } = counts({});
  assert.deepEqual(demoGateFailures({ dev9: older }, { dev9: counts({ flagMissedStrict: 7, falseFlagsStrict: 9 }) }), []);
  assert.deepEqual(demoGateFailures({ dev9: counts({}) }, { dev9: counts({ falseFlagsStrict: 3 }) }), ['demo dev9 falseFlagsStrict: 3 > baseline 2']);
  assert.deepEqual(demoGateFailures({ dev9: counts({}) }, { dev9: counts({ flagMissed: 0, flagMissedStrict: 2 }) }), []);
  assert.deepEqual(demoGateFailures({ dev9: counts({}) }, {}), ['demo gold split dev9 not scored']);
});

test('publicGateFailures: a miss count above the baseline or other labels fail, fewer misses pass', () => {
  const pub = (over: Partial<PublicCounts>): PublicCounts => ({ relDates: 300, relDateWrong: 5, nonDatesDated: 1, docs: 200, givenDateLost: 1, dateFlagsOnGiven: 1, ...over });
  assert.deepEqual(publicGateFailures({ dev: pub({}) }, { dev: pub({ relDateWrong: 4 }) }), []);
  assert.deepEqual(publicGateFailures({ dev: pub({}) }, { dev: pub({ nonDatesDated: 2 }) }), ['public dev nonDatesDated: 2 > baseline 1']);
  assert.deepEqual(publicGateFailures({ dev: pub({}) }, { dev: pub({ relDates: 301 }) }), ['public dev: 301 labelled dates, baseline 300']);
  assert.deepEqual(publicGateFailures({ held: pub({}) }, null), ['public split held not scored']);
});

test('timeline quality gate: demo gold and public date labels hold the baseline', async (t) => {
  const base = readBaseline();
  const now = gateFigures();
  await t.test('demo and development golds: dates, dated events, claim status, flags, false flags', { skip: now.demo ? false : 'demo/gold.json absent' }, () => {
    assert.deepEqual(demoGateFailures(base.demo ?? {}, now.demo ?? {}), []);
  });
  await t.test('public data: relative dates, non-dates, given page dates', { skip: now.public ? false : '../shared/data absent' }, () => {
    assert.deepEqual(publicGateFailures(base.public ?? {}, now.public), []);
  });
});
