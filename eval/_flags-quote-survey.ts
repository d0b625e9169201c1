/**
 * Debug: every quote-wording flag of the development sets named (all when none), marked TRUE (a gold flag backs it
 * strictly), DOCS (backed by documents only) or FALSE, with its two shown wordings and whether one is a cut of the
 * other (its words run unchanged inside the other). Usage: npx tsx eval/_flags-quote-survey.ts [devN …] (never blind).
 */
import { DEV_SET_NAMES, type DevSetName } from '../src/demo-gold/index.ts';
import { flagRun } from './_flags-setup.ts';
import { strictFlagMatch } from './_timeline-flagcheck.ts';

const args = process.argv.slice(2).filter((a): a is DevSetName => (DEV_SET_NAMES as readonly string[]).includes(a));
const names = args.length ? args : [...DEV_SET_NAMES];
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const sp = (s: string): string => ` ${words(s).join(' ')} `;
for (const name of names) {
  const { gold, run, years, idsOf, backs } = flagRun(name);
  const qs = run.dossier.flags.filter((f) => f.kind === 'quote-wording');
  const gq = gold.flags.filter((g) => g.kind === 'quote-wording');
  const found = gq.filter((g) => qs.some((s) => backs(s.documentIds, idsOf(g.files)) && strictFlagMatch(s.kind, s.message, g, years)));
  console.log(`${name}\tSUMMARY\tfound ${found.length}/${gq.length}\t${gq.filter((g) => !found.includes(g)).map((g) => g.note.slice(0, 80)).join(' | ')}`);
  for (const s of qs) {
    const backing = gold.flags.filter((g) => g.kind === s.kind && backs(s.documentIds, idsOf(g.files)));
    const mark = backing.some((g) => strictFlagMatch(s.kind, s.message, g, years)) ? 'TRUE ' : backing.length ? 'DOCS ' : 'FALSE';
    const m = /worded (\d+) ways: "(.*)" \(([^)]*)\) vs "(.*)" \(([^)]*)\)\.$/su.exec(s.message);
    const [a, b] = m ? [m[2]!.replace(/…$/u, ''), m[4]!.replace(/…$/u, '')] : ['', ''];
    const cut = sp(a).includes(sp(b)) || sp(b).includes(sp(a));
    console.log(`${name}\t${mark}\t${cut ? 'CUT' : '   '}\t${s.message.slice(0, 300)}`);
  }
}
