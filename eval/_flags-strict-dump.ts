/**
 * Debug: each gold flag of a development set marked STRICT (a flag of its kind names its documents and says what
 * its note says, eval/_timeline-flagcheck.ts), LENIENT (flags name its documents, none says it; each shown with + or -)
 * or MISSED (flags of its kind touching its files shown with ~); then the system flags no gold flag backs strictly
 * (DOCS-ONLY: backed by documents alone; FALSE: by nothing; unverified single-source flags left out).
 * `npm run eval:timeline -- --verbose --devN` lists only flags right by their documents alone, so a gold flag whose
 * documents a flag strictly right for ANOTHER gold flag names is a strict miss it never shows; this lists every one.
 * Usage: npx tsx eval/_flags-strict-dump.ts dev14 [dev15 …] (development sets only; never a blind set).
 */
import { DEV_SET_NAMES, type DevSetName } from '../src/demo-gold/index.ts';
import { flagRun } from './_flags-setup.ts';
import { strictFlagMatch } from './_timeline-flagcheck.ts';

const names = process.argv.slice(2).filter((a): a is DevSetName => (DEV_SET_NAMES as readonly string[]).includes(a));
for (const name of names) {
  const { gold, run, years, idsOf, backs } = flagRun(name);
  const sys = run.dossier.flags;
  console.log(`\n=== ${name}`);
  for (const g of gold.flags) {
    const ids = idsOf(g.files);
    const lenient = sys.filter((s) => s.kind === g.kind && backs(s.documentIds, ids));
    const strict = lenient.filter((s) => strictFlagMatch(s.kind, s.message, g, years));
    const mark = strict.length ? 'STRICT' : lenient.length ? 'LENIENT' : 'MISSED';
    console.log(`\n[${mark}] ${g.kind}: ${g.note}\n   files: ${g.files.join(', ')}`);
    for (const s of lenient) console.log(`   ${strict.includes(s) ? '+' : '-'} ${s.message.slice(0, 260)}  [${s.documentIds.map((i) => run.fileOf.get(i)).join(', ')}]`);
    if (!lenient.length) for (const s of sys.filter((x) => x.kind === g.kind && x.documentIds.some((i) => ids.has(i))))
      console.log(`   ~ ${s.message.slice(0, 260)}  [${s.documentIds.map((i) => run.fileOf.get(i)).join(', ')}]`);
  }
  console.log(`\n--- ${name} system flags no gold flag backs strictly`);
  for (const s of sys) {
    const backing = gold.flags.filter((g) => g.kind === s.kind && backs(s.documentIds, idsOf(g.files)));
    if (backing.some((g) => strictFlagMatch(s.kind, s.message, g, years))) continue;
    if (s.kind === 'single-source' && !backing.length) continue;
    console.log(`   ${backing.length ? 'DOCS-ONLY' : 'FALSE'} ${s.kind}: ${s.message.slice(0, 260)}  [${s.documentIds.map((i) => run.fileOf.get(i)).join(', ')}]`);
  }
}
