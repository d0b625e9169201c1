/**
 * Debug (issue 6): event misses of the demo gold and every development gold (never a blind one), each gold event not
 * found on its day as NOTFOUND (no system event on its evidence), UNDATED (found, no date) or WRONGDAY, with its
 * evidence, the sentence around it, the date mentions near it and the system events on it; then each set's extra
 * events (on no gold evidence) with their sentence. `summary` prints only the counts per set and kind.
 * Usage: npx tsx eval/_timeline-event-misses.ts [summary] [demo|dev2|...]   (a few seconds a set)
 */
import { REPO_ROOT } from '../src/demo-gold/index.ts';
import { runDemo, locate, devGoldsFromArgs, spotsOverlap, type Spot } from './_timeline-run.ts';

const ROOT = REPO_ROOT.replace(/\/$/, '');
const { countsOnly, sets } = devGoldsFromArgs(process.argv.slice(2));

for (const [name, gold] of sets) {
  const run = runDemo(ROOT, new Set(gold.documents.map((d) => d.file)));
  const textOf = new Map(run.docs.map((d) => [d.doc.id, d.doc.text ?? '']));
  // The paragraph (line) holding a span, cut short.
  const line = (r: Spot): string => {
    const t = textOf.get(r.documentId) ?? '';
    const end = t.indexOf('\n', r.end);
    return t.slice(t.lastIndexOf('\n', r.start) + 1, end < 0 ? t.length : end).slice(0, 400);
  };
  const spans = gold.events.map((g) => g.evidence.flatMap((x) => {
    const d = run.byFile.get(x.file);
    return d ? locate(d.doc.text ?? '', x.text).map((s) => ({ documentId: d.doc.id, ...s })) : [];
  }));
  const kinds = new Map<string, number>();
  const out: string[] = [`\n==================== ${name}`];
  for (const [i, g] of gold.events.entries()) {
    const found = run.dossier.events.filter((e) => e.evidence.some((r) => spans[i]!.some((s) => spotsOverlap(r, s))));
    if (found.some((e) => e.date?.value === g.date)) continue;
    const kind = !found.length ? 'NOTFOUND' : found.every((e) => !e.date) ? 'UNDATED' : 'WRONGDAY';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const pub = g.evidence.map((x) => run.byFile.get(x.file)?.analysis.publishedAt?.slice(0, 10) ?? '-').join(',');
    out.push(`\n[${kind}] ${g.id} gold=${g.date} page=${pub} :: ${g.summary}`);
    for (const x of g.evidence) {
      out.push(`   ev ${x.file}: "${x.text.slice(0, 200)}"`);
      const d = run.byFile.get(x.file);
      const at = d ? locate(d.doc.text ?? '', x.text)[0] : undefined;
      if (!d || !at) continue;
      out.push(`   ctx: ${line({ documentId: d.doc.id, ...at })}`);
      const near = d.analysis.dates.filter((m) => Math.abs(m.start - at.start) < 400);
      out.push(`   dates near: ${near.map((m) => `"${(d.doc.text ?? '').slice(m.start, m.end)}"@${m.start - at.start}=${m.date.value}`).join(' | ')}`);
    }
    for (const e of found) out.push(`   sys ${e.type}@${e.date?.value ?? '-'}: ${e.summary.slice(0, 150)}`);
  }
  const extras = run.dossier.events.filter((e) => !spans.some((s) => e.evidence.some((r) => s.some((x) => spotsOverlap(r, x)))));
  out.push(`\n-- extras ${name}: ${extras.length} / ${run.dossier.events.length}`);
  for (const e of extras) out.push(`  X ${e.type}@${e.date?.value ?? '-'}: ${e.summary.slice(0, 160)}\n      ctx: ${line(e.evidence[0]!).slice(0, 300)}`);
  if (countsOnly) console.log(`${name}: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'no misses'}; extras ${extras.length} / ${run.dossier.events.length}`);
  else console.log(out.join('\n'));
}
