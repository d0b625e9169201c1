/**
 * Quality gate of the clean stage: fails when F1 on a fixed slice of article-extraction dev pages
 * (HTML, text and wrapped-dump mode) drops below the recorded baseline, or when any demo-gold clean check that
 * passed at the baseline now fails. Re-record with `tsx eval/_clean-gate.ts --write` after a real gain.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GATE_F1_SLACK, gateFigures, readBaseline } from './_clean-gate.ts';
import { aebAvailable } from './_clean-data.ts';

test('clean quality gate: F1 on the dev slice and demo-gold checks hold the baseline', { skip: aebAvailable() ? false : '../shared/data/article-extraction absent' }, () => {
  const base = readBaseline();
  const now = gateFigures();
  assert.ok(now, 'benchmark pages load');
  assert.equal(now.pages, base.pages, 'same slice');
  assert.ok(now.htmlF1 >= base.htmlF1 - GATE_F1_SLACK, `HTML-mode F1 ${now.htmlF1} < baseline ${base.htmlF1}`);
  assert.ok(now.textF1 >= base.textF1 - GATE_F1_SLACK, `text-mode F1 ${now.textF1} < baseline ${base.textF1}`);
  if (base.wrappedF1 !== undefined) assert.ok((now.wrappedF1 ?? 0) >= base.wrappedF1 - GATE_F1_SLACK, `wrapped-dump F1 ${now.wrappedF1} < baseline ${base.wrappedF1}`);
  for (const [split, b] of Object.entries(base.demo ?? {})) {
    const n = now.demo?.[split];
    assert.ok(n, `demo gold split ${split} scored`);
    // Failures are compared, not passes, so a gold that gains or loses items does not trip the gate.
    const fails = (t: typeof n): Record<string, number> => ({
      removed: t.removeTotal - t.removed, kept: t.keepTotal - t.kept, date: t.docs - t.date, byline: t.docs - t.byline, outlet: t.docs - t.outlet,
    });
    const fn = fails(n), fb = fails(b);
    for (const k of Object.keys(fb)) assert.ok(fn[k] <= fb[k], `demo ${split} ${k}: ${fn[k]} failures > baseline ${fb[k]}`);
  }
});
