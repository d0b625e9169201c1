/**
 * Quality gate of the quotes stage: fails when, against eval/quotes-gate-baseline.json, the demo
 * gold (dev, heldout) or the dev2 gold loses quotes, speakers (text or entity), channels or statement pairs, or PolNeAR dev loses
 * speakers or quotes. Re-record with `tsx eval/_quotes-gate.ts --write` after a real gain.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gateFigures, polnearAvailable, readBaseline } from './_quotes-gate.ts';

test('quotes quality gate: demo gold and PolNeAR dev hold the baseline', async (t) => {
  const base = readBaseline();
  const now = await gateFigures();
  await t.test('demo gold: quotes, speakers, channels and statement pairs', { skip: now.demo ? false : 'demo/gold.json absent' }, () => {
    for (const [split, b] of Object.entries(base.demo ?? {})) {
      const n = now.demo?.[split];
      assert.ok(n, `demo gold split ${split} scored`);
      for (const k of Object.keys(b) as (keyof typeof b)[]) {
        if (k !== 'gold') assert.ok(n[k] <= b[k], `demo ${split} ${k}: ${n[k]} > baseline ${b[k]}`);
      }
    }
  });
  await t.test('PolNeAR dev: speakers and quotes found', { skip: polnearAvailable() ? false : '../shared/data/polnear absent' }, () => {
    const b = base.polnear, n = now.polnear;
    assert.ok(b && n, 'PolNeAR dev scored');
    assert.equal(n.gold, b.gold, 'same gold quotes');
    assert.ok(n.speakerWrong <= b.speakerWrong, `PolNeAR dev wrong speakers ${n.speakerWrong}/${n.speakerScored} > baseline ${b.speakerWrong}/${b.speakerScored}`);
    assert.ok(n.quotesMissed <= b.quotesMissed, `PolNeAR dev quotes missed ${n.quotesMissed} > baseline ${b.quotesMissed}`);
  });
});
