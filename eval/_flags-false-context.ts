/**
 * Debug: each system flag of the development sets named that no gold flag backs strictly (single-source flags left
 * out), with the text around each evidence span. Usage: npx tsx eval/_flags-false-context.ts devN … (never blind).
 */
import { DEV_SET_NAMES, type DevSetName } from '../src/demo-gold/index.ts';
import { flagRun } from './_flags-setup.ts';
import { strictFlagMatch } from './_timeline-flagcheck.ts';

const names = process.argv.slice(2).filter((a): a is DevSetName | "demo" => a === "demo" || (DEV_SET_NAMES as readonly string[]).includes(a));
for (const name of names) {
  const { gold, run, years, idsOf, backs } = flagRun(name);
  const text = new Map(run.docs.map((d) => [d.doc.id, d.doc.text]));
  for (const s of run.dossier.flags) {
    if (s.kind === 'single-source') continue;
    const backing = gold.flags.filter((g) => g.kind === s.kind && backs(s.documentIds, idsOf(g.files)));
    if (backing.some((g) => strictFlagMatch(s.kind, s.message, g, years))) continue;
    console.log(`\n${name} ${backing.length ? 'DOCS' : 'FALSE'} ${s.message}`);
    for (const e of s.evidence ?? []) {
      const t = text.get(e.documentId) ?? '';
      console.log(`   [${run.fileOf.get(e.documentId)}] …${t.slice(Math.max(0, e.start - 200), e.start).replace(/\s+/g, ' ')}⟦${t.slice(e.start, e.end)}⟧${t.slice(e.end, e.end + 150).replace(/\s+/g, ' ')}…`);
    }
  }
}
