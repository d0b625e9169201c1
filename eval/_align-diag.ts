/** Debug: gold corroborated claims we leave single-source, with the pairwise alignment features of their support. Usage: tsx eval/_align-diag.ts devN [claim-id-part] */
import { locate } from './_timeline-run.ts';
import { type ClaimItem } from '../src/corpus/claims/_features.ts';
import { likeness, similarity, crossStoryOk, textSimilarity, sameFigure } from '../src/corpus/claims/_similarity.ts';
import { tallyApart, eventsApart } from '../src/corpus/claims/_days.ts';
import { conflictBetween } from '../src/corpus/claims/_conflicts.ts';
import { alignSetup, overlaps as ov } from './_align-setup.ts';

const args = process.argv.slice(2);
const name = args[0] ?? '';
const only = args[1];
const all = args.includes('--all');
const { gold: g, run, items, weights: w } = alignSetup(name);
const spansOf = (x: { file: string; text: string }) => { const d = run.byFile.get(x.file); return d ? locate(d.doc.text, x.text).map((s) => ({ documentId: d.doc.id, ...s })) : []; };
for (const gc of g.claims) {
  if (only && !gc.id.includes(only)) continue;
  const spans = [...gc.support, ...gc.conflicts].flatMap(spansOf);
  const best = [...run.dossier.claims].map((c) => ({ c, n: [...c.support, ...c.conflicts].filter((r) => spans.some((s) => s.documentId === r.documentId && ov(r, s))).length })).sort((a, b) => b.n - a.n)[0];
  if (!best?.n) continue;
  if (!all && !(gc.status === 'corroborated' && best.c.status === 'single-source')) continue;
  console.log(`\n== ${name} ${gc.id} [gold ${gc.status}] ours ${best.c.status}`);
  const groups: ClaimItem[][] = [];
  for (const x of gc.support) {
    const ss = spansOf(x);
    const its = items.filter((it) => ss.some((s) => s.documentId === it.documentId && ov(s, it.claim)));
    console.log(` gold+ ${x.file}: "${x.text.slice(0, 160)}"`);
    for (const it of its) {
      const c = run.dossier.claims.find((k) => [...k.support, ...k.conflicts].some((r) => r.documentId === it.documentId && r.start === it.claim.start));
      console.log(`    item src=${it.source} story=${it.story} line=${it.line} ents=${it.entities.join(',')} asOf=${it.asOf} ev=${it.eventTypes.join(',')} evd=${JSON.stringify(Object.fromEntries(it.eventDays))} fig=${JSON.stringify(Object.fromEntries([...it.figures].map(([k, v]) => [k, v.map((f) => f.value)])))}`);
      console.log(`      text: ${it.claim.text.slice(0, 200).replace(/\n/g, ' ')}`);
      console.log(`      terms: ${[...it.terms].map((t) => `${t}:${(w.get(t) ?? 0).toFixed(1)}`).join(' ')}`);
      console.log(`      in: ${c ? `${c.id} ${c.status} sup=${c.support.length} indep=${c.independentSources}` : 'none'}`);
    }
    groups.push(its);
  }
  for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) for (const a of groups[i]!) for (const b of groups[j]!) {
    if (a.documentId === b.documentId) continue;
    const s = similarity(a, b, w);
    console.log(`  pair ${i}-${j}: sim=${s.toFixed(3)} text=${textSimilarity(a.terms, b.terms, w).toFixed(3)} like=${likeness(a, b, w).toFixed(3)} sameStory=${a.story === b.story} sameLine=${a.line === b.line} cross=${crossStoryOk(a, b, s, 0.9, w)} tallyApart=${tallyApart(a, b)} evApart=${eventsApart(a, b)} fig=${sameFigure(a, b)} clash=${JSON.stringify(conflictBetween(a, b))} sameSrc=${a.source === b.source}`);
  }
}
