/**
 * The quotes stage's quality gate (like trafilatura's eval_gate): demo-gold (dev, heldout) and dev2-gold quote recall, speaker
 * accuracy (text and entity), channels and statement pairs per split, and PolNeAR dev speaker
 * accuracy and quote recall, compared with the recorded baseline in eval/quotes-gate-baseline.json.
 * Failures are counted (not rates), so the gate holds when a gold file gains items.
 * `tsx eval/_quotes-gate.ts` prints the current figures; `--write` records them as the new baseline.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDemo, evalDevSet } from './_quotes-demo.ts';
import { evalSplit, POLNEAR_DIR } from './_quotes-polnear.ts';

export const BASELINE_PATH = join(import.meta.dirname, 'quotes-gate-baseline.json');
/** The PolNeAR split the gate scores (84 articles: about a second). Never the test split. */
export const GATE_SPLIT = 'dev';

export interface DemoFailures {
  gold: number; quotesMissed: number; speakerWrong: number; speakerEntityWrong: number; channelWrong: number; pairsMissed: number; pairsWrong: number;
}
export interface GateFigures {
  polnear: { split: string; gold: number; quotesMissed: number; speakerScored: number; speakerWrong: number } | null;
  demo: Record<string, DemoFailures> | null;
}

export const polnearAvailable = (): boolean => existsSync(join(POLNEAR_DIR, GATE_SPLIT));

export async function gateFigures(): Promise<GateFigures> {
  const s = polnearAvailable() ? evalSplit(GATE_SPLIT) : null;
  // the demo's splits and the second development gold (row "dev2")
  const dev2 = await evalDevSet('dev2');
  const demo = [...((await evalDemo()) ?? []), ...(dev2 ? [dev2] : [])];
  return {
    polnear: s && { split: s.split, gold: s.full30.gold, quotesMissed: s.full30.gold - s.full30.found, speakerScored: s.speakerScored, speakerWrong: s.speakerScored - s.speakerRight },
    demo: demo.length === 0 ? null : Object.fromEntries(demo.map((d) => [d.split, {
      gold: d.gold, quotesMissed: d.gold - d.found, speakerWrong: d.speakerScored - d.speakerRight, speakerEntityWrong: d.speakerScored - d.speakerEntityRight,
      channelWrong: d.viaGold - d.viaRight + d.viaWrong, pairsMissed: d.pairs.gold - d.pairs.both, pairsWrong: d.pairs.pred - d.pairs.both,
    } satisfies DemoFailures])),
  };
}

export function readBaseline(): GateFigures {
  return JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as GateFigures;
}

if (process.argv[1]?.endsWith('_quotes-gate.ts')) {
  const now = await gateFigures();
  console.log(JSON.stringify(now, null, 1));
  if (process.argv.includes('--write')) { writeFileSync(BASELINE_PATH, `${JSON.stringify(now, null, 2)}\n`); console.log(`baseline written: ${BASELINE_PATH}`); }
}
