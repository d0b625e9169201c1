/**
 * Debug: gold events of the demo gold and every development gold (never a blind one) that more than one timeline
 * event touches (the `eventsPerGoldEvent` of eval:timeline), each with the system events on it and, per mention,
 * its type, date, background flag, participants, place, story and sentence: why the mentions stayed apart.
 * Usage: npx tsx eval/_timeline-fragments.ts [summary] [demo|dev2|...]
 */
import { REPO_ROOT } from '../src/demo-gold/index.ts';
import { runDemo, locate, devGoldsFromArgs, spotsOverlap } from './_timeline-run.ts';

const ROOT = REPO_ROOT.replace(/\/$/, '');
const { countsOnly, sets } = devGoldsFromArgs(process.argv.slice(2));

for (const [name, gold] of sets) {
  const run = runDemo(ROOT, new Set(gold.documents.map((d) => d.file)));
  const docOf = new Map(run.docs.map((d) => [d.doc.id, d]));
  const nameOf = new Map(run.dossier.entities.map((e) => [e.id, `${e.name}/${e.type}`]));
  const storyOf = new Map(run.dossier.stories.flatMap((s) => s.documentIds.map((d) => [d, s.id.slice(-4)] as const)));
  const spans = gold.events.map((g) => g.evidence.flatMap((x) => {
    const d = run.byFile.get(x.file);
    return d ? locate(d.doc.text ?? '', x.text).map((s) => ({ documentId: d.doc.id, ...s })) : [];
  }));
  let frag = 0, found = 0, splits = 0;
  const out: string[] = [`\n==================== ${name}`];
  for (const [i, g] of gold.events.entries()) {
    const cands = run.dossier.events.filter((e) => e.evidence.some((r) => spans[i]!.some((s) => spotsOverlap(r, s))));
    if (cands.length) found++;
    frag += cands.length;
    // Candidates touching the gold event only in sentences another candidate also holds are other events told in
    // the same sentence (the scorer counts them all); the rest are the same event split apart.
    const hitKeys = cands.map((e) => new Set(e.evidence.filter((r) => spans[i]!.some((s) => spotsOverlap(r, s))).map((r) => `${r.documentId}:${r.start}`)));
    const split = cands.filter((_, k) => !cands.some((__, j) => j !== k && [...hitKeys[k]!].every((x) => hitKeys[j]!.has(x)) && (hitKeys[j]!.size > hitKeys[k]!.size || j < k))).length;
    splits += split;
    if (split < 2) continue;
    out.push(`\n[${cands.length} split ${split}] ${g.id} gold=${g.date} :: ${g.summary}`);
    for (const [k, e] of cands.entries()) {
      if (cands.some((__, j) => j !== k && [...hitKeys[k]!].every((x) => hitKeys[j]!.has(x)) && (hitKeys[j]!.size > hitKeys[k]!.size || j < k))) continue;
      out.push(`  SYS ${e.id.slice(-4)} ${e.type}@${e.date?.value ?? '-'} place=${e.placeId ? nameOf.get(e.placeId) : '-'} parts=[${e.participantIds.map((p) => nameOf.get(p)).join('; ')}]`);
      for (const r of e.evidence.filter((r) => spans[i]!.some((s) => spotsOverlap(r, s)))) {
        const d = docOf.get(r.documentId)!;
        const m = (d.analysis.events ?? []).find((x) => x.type === e.type && x.evidence.some((s) => s.start === r.start));
        const hit = spans[i]!.some((s) => spotsOverlap(r, s)) ? '*' : ' ';
        out.push(`   ${hit} ${run.fileOf.get(r.documentId)} st=${storyOf.get(r.documentId) ?? '-'} pub=${d.analysis.publishedAt?.slice(0, 10) ?? '-'} ${m ? `${m.type}@${m.date?.value ?? '-'}${m.background ? ' BG' : ''}` : '?'}: "${(d.doc.text ?? '').slice(r.start, r.end).replace(/\s+/g, ' ').slice(0, 220)}"`);
      }
    }
  }
  if (countsOnly) console.log(`${name}: fragments ${frag} / found ${found} = ${(frag / (found || 1)).toFixed(3)}; apart in other sentences ${splits} = ${(splits / (found || 1)).toFixed(3)}`);
  else console.log(out.join('\n'));
}
