/**
 * Quality gate for story clustering: B-cubed F1 on ECB+, GVC, the demo and dev2 golds (stories and
 * storylines) must not fall below the figures recorded in stories-baseline.json (a few seconds; no
 * analyse stage for the public sets, the real stages for the demo and dev2).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ECB_DIR } from './_ecbplus.ts';
import { storyRows } from './_stories.ts';

const baseline = JSON.parse(readFileSync(new URL('./stories-baseline.json', import.meta.url), 'utf8')) as { f1: Record<string, number> };
const skip = existsSync(ECB_DIR) ? false : 'needs ../shared/data (ECB+, GVC), absent here';

test('story clustering holds its recorded B-cubed F1 on ECB+, GVC, the demo and dev2', { skip }, async () => {
  const rows = await storyRows(false, false, (set) => set in baseline.f1);
  const got = Object.fromEntries(rows.filter((r) => r.set in baseline.f1).map((r) => [r.set, Math.round(r.f1 * 1000) / 1000]));
  const below = Object.entries(baseline.f1).filter(([set, min]) => set in got && got[set]! < min).map(([set, min]) => `${set} ${got[set]} < ${min}`);
  assert.deepEqual(below, [], `B-cubed F1 below baseline: ${below.join(', ')}`);
  assert.deepEqual(Object.keys(baseline.f1).filter((set) => !(set in got) && !/^(demo|dev2)/.test(set)), [], 'a public set was not evaluated');
});
