/**
 * Quality gate of dates, events, claims and flags: fails when, against
 * eval/_timeline-gate-baseline.json, the demo gold (dev, heldout) or a development gold (dev2 … dev5) gets more dates wrong, more gold events without
 * their date, more claim statuses wrong, more planted conflicts unflagged or more false flags, or
 * the public date labels get more wrong. Re-record with `tsx eval/_timeline-gate.ts --write` after a real gain.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gateFigures, readBaseline } from './_timeline-gate.ts';

const MISSES = ['dateWrong', 'eventUndated', 'claimWrong', 'flagMissed', 'falseFlags'] as const;
const PUBLIC_MISSES = ['relDateWrong', 'nonDatesDated', 'givenDateLost', 'dateFlagsOnGiven'] as const;

test('timeline quality gate: demo gold and public date labels hold the baseline', async (t) => {
  const base = readBaseline();
  const now = gateFigures();
  await t.test('demo and development golds: dates, dated events, claim status, flags, false flags', { skip: now.demo ? false : 'demo/gold.json absent' }, () => {
    for (const [split, b] of Object.entries(base.demo ?? {})) {
      const n = now.demo?.[split];
      assert.ok(n, `demo gold split ${split} scored`);
      for (const k of MISSES) assert.ok(n[k] <= b[k], `demo ${split} ${k}: ${n[k]} > baseline ${b[k]}`);
    }
  });
  await t.test('public data: relative dates, non-dates, given page dates', { skip: now.public ? false : '../shared/data absent' }, () => {
    for (const [split, b] of Object.entries(base.public ?? {})) {
      const n = now.public?.[split];
      assert.ok(n, `public split ${split} scored`);
      assert.equal(n.relDates, b.relDates, `public ${split}: same labelled dates`);
      for (const k of PUBLIC_MISSES) assert.ok(n[k] <= b[k], `public ${split} ${k}: ${n[k]} > baseline ${b[k]}`);
    }
  });
});
