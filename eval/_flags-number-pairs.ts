/**
 * Debug: every number flag of the development sets named, marked TRUE (a gold flag backs it strictly), DOCS or FALSE,
 * with each evidence clause's figure classes. Usage: npx tsx eval/_flags-number-pairs.ts [devN …] (never blind).
 */
import { DEV_SET_NAMES, type DevSetName } from '../src/demo-gold/index.ts';
import { flagRun } from './_flags-setup.ts';
import { strictFlagMatch } from './_timeline-flagcheck.ts';
import { figures } from '../src/corpus/claims/index.ts';

const args = process.argv.slice(2).filter((a): a is DevSetName => (DEV_SET_NAMES as readonly string[]).includes(a));
const names = args.length ? args : [...DEV_SET_NAMES];
for (const name of names) {
  const { gold, run, years, idsOf, backs } = flagRun(name);
  const byId = new Map(run.docs.map((d) => [d.doc.id, d]));
  for (const s of run.dossier.flags.filter((f) => f.kind === 'number')) {
    const backing = gold.flags.filter((g) => g.kind === s.kind && backs(s.documentIds, idsOf(g.files)));
    const mark = backing.some((g) => strictFlagMatch(s.kind, s.message, g, years)) ? 'TRUE ' : backing.length ? 'DOCS ' : 'FALSE';
    console.log(`\n${name} ${mark} ${s.message}`);
    for (const e of s.evidence ?? []) {
      const d = byId.get(e.documentId);
      const c = d?.analysis.claims.find((x) => x.start === e.start);
      if (!c) continue;
      const fs = [...figures(c)].map(([k, v]) => `${k}=${v.map((f) => f.value).join('/')}`).join(' ');
      console.log(`   [${run.fileOf.get(e.documentId)}] ${fs} :: ${c.text.slice(0, 160)}`);
    }
  }
}
