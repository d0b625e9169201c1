/**
 * Debug: every quote-wording flag whose two shown wordings are a fragment and the line holding it word for word,
 * with its strict mark (STRICT / DOCS / FALSE), the outlets' publish days and the sentence around each quote.
 * Usage: npx tsx eval/_flags-fragments.ts [devN …] (development sets only; never a blind set).
 */
import { DEV_SET_NAMES, GOLD_SETS, REPO_ROOT, loadDemoGold, type DemoGold, type DevSetName } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';
import { strictFlagMatch } from './_timeline-flagcheck.ts';

const args = process.argv.slice(2);
const named = args.filter((a): a is DevSetName => (DEV_SET_NAMES as readonly string[]).includes(a));
const sets: [string, DemoGold][] = [
  ...(named.length && !args.includes('demo') ? [] : [['demo', loadDemoGold()] as [string, DemoGold]]),
  ...(named.length ? named : DEV_SET_NAMES).map((n): [string, DemoGold] => [n, GOLD_SETS[n].load()]),
];
const words = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
for (const [name, gold] of sets) {
  const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
  const years = [...new Set(gold.documents.flatMap((d) => (d.publishedAt ? [Number(d.publishedAt.slice(0, 4))] : [])))];
  const idsOf = (fs: readonly string[]): Set<string> => new Set(fs.map((f) => run.byFile.get(f)?.doc.id).filter((x): x is string => !!x));
  const backs = (docIds: string[], ids: Set<string>): boolean => docIds.filter((id) => ids.has(id)).length >= Math.max(1, Math.ceil(docIds.length / 2));
  const docOf = new Map(run.docs.map((d) => [d.doc.id, d]));
  for (const s of run.dossier.flags) {
    if (s.kind !== 'quote-wording') continue;
    const m = /worded (\d+) ways: "(.*)" \((.*?)\) vs "(.*)" \(([^)]*)\)\.$/.exec(s.message);
    if (!m) continue;
    const [a, b] = [m[2]!.replace(/…$/, ''), m[4]!.replace(/…$/, '')];
    const frag = words(a).includes(words(b)) || words(b).includes(words(a));
    if (!frag && !args.includes('all')) continue;
    const backing = gold.flags.filter((g) => g.kind === s.kind && backs(s.documentIds, idsOf(g.files)));
    const mark = backing.some((g) => strictFlagMatch(s.kind, s.message, g, years)) ? 'STRICT' : backing.length ? 'DOCS' : 'FALSE';
    console.log(`\n${name} ${mark} ${frag ? 'FRAG' : 'REWORD'} ${s.message.slice(0, 200)}`);
    for (const e of s.evidence ?? []) {
      const d = docOf.get(e.documentId)!;
      const t = d.doc.text;
      console.log(`   ${run.fileOf.get(e.documentId)} [${d.doc.publishedAt?.slice(0, 10)}]: …${t.slice(Math.max(0, e.start - 160), e.end + 80).replace(/\s+/g, ' ')}…`);
    }
  }
}
