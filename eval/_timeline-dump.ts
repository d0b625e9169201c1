/**
 * Debug: per document of a development gold (demo, eval/dev2 with --dev2, eval/devN with --devN; never the blind set),
 * the cleaned text with its resolved dates, events and claims, one file each in <out-dir>.
 * Usage: tsx eval/_timeline-dump.ts [--dev2|--dev3|--dev4|--dev5] <out-dir>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { REPO_ROOT, DEV_SET_NAMES, GOLD_SETS, loadDemoGold } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
if (!out) throw new Error('usage: tsx eval/_timeline-dump.ts [--dev2|--dev3|--dev4|--dev5] <out-dir>');
const gold = DEV_SET_NAMES.map((name) => (args.includes(`--${name}`) ? GOLD_SETS[name].load() : null)).find((g) => g !== null) ?? loadDemoGold();
const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
mkdirSync(out, { recursive: true });
for (const [file, d] of run.byFile) {
  const text = d.doc.text ?? '';
  const lines = [`# ${file} publishedAt=${d.analysis.publishedAt} outlet=${d.doc.outlet}`, text, '', '## dates'];
  for (const m of d.analysis.dates) lines.push(`  ${m.start} "${text.slice(m.start, m.end)}" ${m.date.value}`);
  lines.push('## events');
  for (const e of d.analysis.events) lines.push(`  ${e.type}@${e.date?.value ?? '-'} bg=${e.background} ${e.evidence.map((s) => s.start).join(',')} ${e.summary.slice(0, 90)}`);
  lines.push('## claims');
  for (const c of d.analysis.claims) lines.push(`  ${c.start} [${c.kind}] ${c.text} ${c.numbers.map((n) => `${n.value}:${n.unit}`).join(' ')}`);
  writeFileSync(`${out}/${file.replace(/^.*\//, '').replace('#', '_')}.txt`, `${lines.join('\n')}\n`);
}
