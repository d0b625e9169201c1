/**
 * Figures of the timeline quality gate: misses counted per split on the demo gold and on the
 * development golds eval/dev2 to eval/dev5 (dates, dated events, claim status, flags, false flags) and
 * on the public date labels. Lower is better; the
 * gate fails when any count rises above eval/_timeline-gate-baseline.json.
 * Usage: tsx eval/_timeline-gate.ts [--write]   (prints the counts, and exits 1 naming each count above the baseline;
 * --write records the current counts as the baseline instead)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_GOLD_PATH, DEV_SET_NAMES, GOLD_SETS, REPO_ROOT, goldForSplit, loadDemoGold } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';
import { score, type Scores } from './_timeline-score.ts';
import { loadPublicDocs } from './_timeline-public.ts';
import { scoreDocDates } from './_timeline-docdate.ts';
import { loadDateLabels, scoreRelDates } from './_timeline-reldates.ts';

export const BASELINE_PATH = new URL('./_timeline-gate-baseline.json', import.meta.url).pathname;

/**
 * `flagMissedStrict` / `falseFlagsStrict`: flags counted by the strict check too (the flag must say
 * what the gold note says, eval/_timeline-flagcheck.ts).
 */
export interface DemoCounts { dates: number; dateWrong: number; events: number; eventUndated: number; claims: number; claimWrong: number; flags: number; flagMissed: number; falseFlags: number;
  flagMissedStrict: number; falseFlagsStrict: number }
export interface PublicCounts { relDates: number; relDateWrong: number; nonDatesDated: number; docs: number; givenDateLost: number; dateFlagsOnGiven: number }
export interface GateFigures { demo: Record<string, DemoCounts> | null; public: Record<string, PublicCounts> | null }
/** The recorded baseline: older records lack the newer counts. */
export interface GateBaseline { demo: Record<string, Partial<DemoCounts>> | null; public: Record<string, PublicCounts> | null }

const counts = (s: Scores): DemoCounts => ({
  dates: s.dates.total, dateWrong: s.dates.total - s.dates.right,
  events: s.events.total, eventUndated: s.events.total - s.events.recallDated,
  claims: s.claims.total, claimWrong: s.claims.total - s.claims.right,
  flags: s.flags.total, flagMissed: s.flags.total - s.flags.found, falseFlags: s.flags.falseFlags,
  flagMissedStrict: s.flags.total - s.flags.foundStrict, falseFlagsStrict: s.flags.falseFlagsStrict,
});

/** The counts of misses the gate holds at the baseline (lower is better). */
export const DEMO_MISSES = ['dateWrong', 'eventUndated', 'claimWrong', 'flagMissed', 'falseFlags', 'flagMissedStrict', 'falseFlagsStrict'] as const;

/**
 * Every count that rose above the baseline, as a message. A count the baseline does not record yet
 * (a measure newer than the last `--write`) is not held.
 */
export function demoGateFailures(base: Record<string, Partial<DemoCounts>>, now: Record<string, DemoCounts>): string[] {
  const out: string[] = [];
  for (const [split, b] of Object.entries(base)) {
    const n = now[split];
    if (!n) { out.push(`demo gold split ${split} not scored`); continue; }
    for (const k of DEMO_MISSES) {
      const limit = b[k];
      if (limit !== undefined && n[k] > limit) out.push(`demo ${split} ${k}: ${n[k]} > baseline ${limit}`);
    }
  }
  return out;
}

/** The public counts the gate holds at the baseline (lower is better). */
export const PUBLIC_MISSES = ['relDateWrong', 'nonDatesDated', 'givenDateLost', 'dateFlagsOnGiven'] as const;

/** Every public count that rose above the baseline, or a split scored on other labels, as a message. */
export function publicGateFailures(base: Record<string, PublicCounts>, now: Record<string, PublicCounts> | null): string[] {
  const out: string[] = [];
  for (const [split, b] of Object.entries(base)) {
    const n = now?.[split];
    if (!n) { out.push(`public split ${split} not scored`); continue; }
    if (n.relDates !== b.relDates) out.push(`public ${split}: ${n.relDates} labelled dates, baseline ${b.relDates}`);
    for (const k of PUBLIC_MISSES) if (n[k] > b[k]) out.push(`public ${split} ${k}: ${n[k]} > baseline ${b[k]}`);
  }
  return out;
}

/** Demo dev and heldout, and the other development golds (eval/dev2 … eval/dev5) as splits "dev2" … "dev5". */
function demoCounts(): Record<string, DemoCounts> | null {
  if (!existsSync(DEFAULT_GOLD_PATH)) return null;
  const root = REPO_ROOT.replace(/\/$/, '');
  const gold = loadDemoGold();
  const run = runDemo(root, new Set(gold.documents.map((d) => d.file)));
  const out: Record<string, DemoCounts> = {};
  for (const split of ['dev', 'heldout'] as const) out[split] = counts(score(run, goldForSplit(gold, split), gold));
  // The other development golds, as far as they exist (never the blind ones).
  for (const name of DEV_SET_NAMES) {
    if (!existsSync(GOLD_SETS[name].path)) continue;
    const g = GOLD_SETS[name].load();
    out[name] = counts(score(runDemo(root, new Set(g.documents.map((d) => d.file))), g));
  }
  return out;
}

function publicCounts(): Record<string, PublicCounts> | null {
  const docs = loadPublicDocs();
  if (!docs.length) return null;
  const out: Record<string, PublicCounts> = {};
  for (const split of ['dev', 'held'] as const) {
    const inSplit = docs.filter((d) => d.split === split);
    const r = scoreRelDates(inSplit, loadDateLabels(split));
    const d = scoreDocDates(inSplit);
    out[split] = { relDates: r.total, relDateWrong: r.total - r.right, nonDatesDated: r.falseDates,
      docs: d.docs, givenDateLost: d.docs - d.kept, dateFlagsOnGiven: d.flagged };
  }
  return out;
}

export function gateFigures(): GateFigures {
  return { demo: demoCounts(), public: publicCounts() };
}

export function readBaseline(): GateBaseline {
  return JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as GateBaseline;
}

if (process.argv[1]?.endsWith('_timeline-gate.ts')) {
  const now = gateFigures();
  console.log(JSON.stringify(now, null, 2));
  if (process.argv.includes('--write')) {
    writeFileSync(BASELINE_PATH, `${JSON.stringify(now, null, 2)}\n`);
  } else {
    // A count the data to score it is absent for (a fresh clone without ../shared) is not held, as in the test.
    const base = readBaseline();
    const failures = [...(now.demo ? demoGateFailures(base.demo ?? {}, now.demo) : []), ...(now.public ? publicGateFailures(base.public ?? {}, now.public) : [])];
    for (const f of failures) console.error(`gate: ${f}`);
    if (failures.length) process.exitCode = 1;
  }
}
