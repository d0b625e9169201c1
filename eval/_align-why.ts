/** Debug: for gold corroborated claims we leave single-source, the cross-source item pairs that score as aligned and why the first pass kept them apart. Usage: tsx eval/_align-why.ts devN… */
import { locate } from './_timeline-run.ts';
import { type ClaimItem } from '../src/corpus/claims/_features.ts';
import { similarity, crossStoryOk } from '../src/corpus/claims/_similarity.ts';
import { tallyApart } from '../src/corpus/claims/_days.ts';
import { ALIGN_MIN, ALIGN_MIN_CROSS_STORY, INDEX_TERMS, MEAN_SAMPLE } from '../src/corpus/claims/constants.ts';
import { alignSetup, overlaps as ov } from './_align-setup.ts';

for (const name of process.argv.slice(2)) {
  const { gold: g, run, items, weights: w } = alignSetup(name);
  const spansOf = (x: { file: string; text: string }) => { const d = run.byFile.get(x.file); return d ? locate(d.doc.text, x.text).map((s) => ({ documentId: d.doc.id, ...s })) : []; };
  // replay first pass with tracing
  const clusters: ClaimItem[][] = [];
  const byTerm = new Map<string, number[]>();
  const at = new Map<ClaimItem, number>();
  const why = new Map<string, string>();
  const watch = new Set<ClaimItem>();
  for (const gc of g.claims) {
    const spans = [...gc.support].flatMap(spansOf);
    const best = [...run.dossier.claims].map((c) => ({ c, n: [...c.support, ...c.conflicts].filter((r) => spans.some((s) => s.documentId === r.documentId && ov(r, s))).length })).sort((a, b) => b.n - a.n)[0];
    if (!(gc.status === 'corroborated' && best?.c.status === 'single-source')) continue;
    for (const it of items) if (spans.some((s) => s.documentId === it.documentId && ov(s, it.claim))) watch.add(it);
  }
  for (const it of items) {
    const rare = [...it.terms].sort((a, b) => (w.get(b) ?? 0) - (w.get(a) ?? 0) || a.localeCompare(b)).slice(0, INDEX_TERMS);
    const candidates = [...new Set(rare.flatMap((t) => byTerm.get(t) ?? []))].sort((a, b) => a - b);
    let best = -1; let bestScore = ALIGN_MIN;
    const notes: string[] = [];
    for (const ci of candidates) {
      const c = clusters[ci]!;
      if (c.some((x) => x.documentId === it.documentId)) { notes.push(`c${ci}:samedoc`); continue; }
      const sample = c.length > MEAN_SAMPLE ? c.slice(0, MEAN_SAMPLE) : c;
      const score = sample.reduce((sum, x) => sum + similarity(x, it, w), 0) / sample.length;
      if (!sample.every((x) => crossStoryOk(x, it, score, ALIGN_MIN_CROSS_STORY, w))) { notes.push(`c${ci}:cross(${score.toFixed(2)})`); continue; }
      if (c.some((x) => tallyApart(x, it))) { notes.push(`c${ci}:tally`); continue; }
      notes.push(`c${ci}:${score.toFixed(2)}`);
      if (score >= bestScore) { best = ci; bestScore = score; }
    }
    const k = best >= 0 ? best : clusters.push([]) - 1;
    clusters[k]!.push(it); at.set(it, k);
    if (watch.has(it)) why.set(`${it.documentId}|${it.claim.start}`, `-> c${k} cands[${notes.join(' ')}]`);
    for (const t of rare) { const l = byTerm.get(t) ?? []; if (l.at(-1) !== k) l.push(k); byTerm.set(t, l); }
  }
  const ws = [...watch];
  for (const a of ws) {
    const partners = ws.filter((b) => b !== a && b.source !== a.source && b.documentId !== a.documentId).map((b) => { const s = similarity(a, b, w); return { b, s, ok: s >= ALIGN_MIN && crossStoryOk(a, b, s, ALIGN_MIN_CROSS_STORY, w) }; }).filter((p) => p.ok);
    if (!partners.length) continue;
    console.log(`${name} c${at.get(a)} "${a.claim.text.slice(0, 80)}" ${why.get(`${a.documentId}|${a.claim.start}`)}`);
    for (const p of partners) console.log(`     ~ c${at.get(p.b)} ${p.s.toFixed(2)} "${p.b.claim.text.slice(0, 80)}"  members of its cluster: ${clusters[at.get(p.b)!]!.length}`);
  }
}
