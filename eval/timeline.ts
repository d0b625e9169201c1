/**
 * eval:timeline — date resolution, events, claim status and flags on the demo gold, dev and
 * heldout separately, plus a "blind" column for eval/blind (figures only, never its misses); then
 * dates on public labelled data (GVC, PolNeAR, ECB+), dev and held.
 * Usage: npm run eval:timeline [-- --json] [-- --verbose [--dev|--heldout]] [-- --public-misses]
 */
import { existsSync } from 'node:fs';
import { BLIND_GOLD_PATH, DEFAULT_GOLD_PATH, REPO_ROOT, goldFiles, goldForSplit, loadBlindGold, loadDemoGold } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';
import { score, type Scores } from './_timeline-score.ts';
import { publicDateFigures, printPublic } from './_timeline-public-report.ts';

const json = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');

if (!existsSync(DEFAULT_GOLD_PATH)) {
  console.log('demo/gold.json not found: nothing to evaluate');
  if (json) console.log(JSON.stringify({ skipped: 'no demo gold' }));
  process.exit(0);
}
const gold = loadDemoGold();
const all = new Set(gold.documents.map((d) => d.file));
const run = runDemo(REPO_ROOT.replace(/\/$/, ''), all);

const ratio = (a: number, b: number): number => (b ? Math.round((a / b) * 1000) / 1000 : 0);
function summary(s: Scores) {
  return {
    docDateAccuracy: ratio(s.docDate.right, s.docDate.total),
    dateAccuracy: ratio(s.dates.right, s.dates.total),
    dateRecall: ratio(s.dates.found, s.dates.total),
    eventRecall: ratio(s.events.recall, s.events.total),
    eventRecallDated: ratio(s.events.recallDated, s.events.total),
    eventPrecision: ratio(s.events.precision, s.events.system),
    extraEventsPerDoc: ratio(s.events.extra, s.flags.docs),
    eventsPerGoldEvent: ratio(s.events.fragments, s.events.recall),
    claimStatusAccuracy: ratio(s.claims.right, s.claims.total),
    claimMatched: ratio(s.claims.matched, s.claims.total),
    claimConflictsRight: ratio(s.claims.conflictsRight, s.claims.conflictsTotal),
    flagRecall: ratio(s.flags.found, s.flags.total),
    falseFlagsPerDoc: ratio(s.flags.falseFlags, s.flags.docs),
    counts: { docs: s.flags.docs, dates: s.dates.total, events: s.events.total, systemEvents: s.events.system, extraEvents: s.events.extra,
      claims: s.claims.total, goldConflicts: s.claims.conflictsTotal, flags: s.flags.total, falseFlags: s.flags.falseFlags },
  };
}

const result: Record<string, ReturnType<typeof summary>> = {};
const details: Record<string, Scores> = {};
for (const split of ['dev', 'heldout'] as const) {
  const g = goldForSplit(gold, split);
  void goldFiles;
  details[split] = score(run, g, gold);
  result[split] = summary(details[split]!);
}
details.all = score(run, gold);
result.all = summary(details.all);
// The blind set (eval/blind): scored as one more column, never printed miss by miss (nobody tunes on it).
if (existsSync(BLIND_GOLD_PATH)) {
  const blind = loadBlindGold();
  result.blind = summary(score(runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(blind.documents.map((d) => d.file))), blind));
}

const columns = Object.keys(result);
const rows = Object.keys(result.all).filter((k) => k !== 'counts') as (keyof ReturnType<typeof summary>)[];
console.log(`${'metric'.padEnd(22)}${columns.map((s) => s.padStart(10)).join('')}`);
for (const k of rows) console.log(`${k.padEnd(22)}${columns.map((s) => String(result[s]![k]).padStart(10)).join('')}`);
console.log(`counts (all): ${JSON.stringify(result.all.counts)}`);
if (result.blind) console.log(`counts (blind): ${JSON.stringify(result.blind.counts)}`);
console.log('targets: dateAccuracy ≥ 0.95, eventRecallDated ≥ 0.9, flagRecall = 1 with falseFlagsPerDoc ≤ 0.2');
if (verbose) {
  const d = details[process.argv.includes('--heldout') ? 'heldout' : process.argv.includes('--dev') ? 'dev' : 'all']!;
  for (const [name, list] of [['doc dates', d.docDate.misses], ['dates', d.dates.misses], ['events', d.events.misses],
    ['claims', d.claims.misses], ['missed flags', d.flags.misses], ['false flags', d.flags.falses],
    ['extra events', d.events.extras]] as const) {
    if (list.length) console.log(`\n${name}:\n  ${list.join('\n  ')}`);
  }
}
// Dates on public data: misses printed for the dev split only (held stays unread).
const pub = publicDateFigures();
printPublic(pub, process.argv.includes('--public-misses'));
if (json) console.log(JSON.stringify({ ...result, public: pub?.figures ?? { skipped: 'no ../shared/data' } }));
