/** Debug: every cross-document pair of claim items with its alignment features and the gold relation (same gold claim / different / none). Usage: tsx eval/_align-pairs.ts devN… > out.jsonl */
import { DEV_SET_NAMES } from '../src/demo-gold/index.ts';
import { locate } from './_timeline-run.ts';
import { type ClaimItem } from '../src/corpus/claims/_features.ts';
import { similarity, crossStoryOk, textSimilarity, sameFigure } from '../src/corpus/claims/_similarity.ts';
import { sameEventDay, compatibleDate } from '../src/corpus/claims/_days.ts';
import { conflictBetween } from '../src/corpus/claims/_conflicts.ts';
import { alignSetup, overlaps as ov } from './_align-setup.ts';

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const MIN = Number(process.argv.find((a) => a.startsWith('--min='))?.slice(6) ?? 0.3);
for (const name of names.length ? names : DEV_SET_NAMES) {
  const { gold: g, run, items, weights: w } = alignSetup(name);
  const goldOf = new Map<ClaimItem, string[]>();
  for (const gc of g.claims) for (const x of [...gc.support, ...gc.conflicts]) {
    const d = run.byFile.get(x.file);
    if (!d) continue;
    for (const s of locate(d.doc.text, x.text)) for (const it of items) if (it.documentId === d.doc.id && ov(s, it.claim)) goldOf.set(it, [...(goldOf.get(it) ?? []), `${gc.id}:${gc.status}`]);
  }
  const clusterOf = new Map<string, string>();
  for (const c of run.dossier.claims) for (const r of [...c.support, ...c.conflicts]) clusterOf.set(`${r.documentId}|${r.start}`, `${c.id}:${c.status}`);
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    const a = items[i]!; const b = items[j]!;
    if (a.documentId === b.documentId) continue;
    const s = similarity(a, b, w);
    if (s < MIN) continue;
    const ga = goldOf.get(a) ?? []; const gb = goldOf.get(b) ?? [];
    const rel = !ga.length || !gb.length ? 'none' : ga.some((x) => gb.includes(x)) ? 'same' : 'diff';
    console.log(JSON.stringify({ set: name, rel, ga, gb, sim: +s.toFixed(3), text: +textSimilarity(a.terms, b.terms, w).toFixed(3), sameStory: a.story === b.story, sameLine: a.line === b.line,
      cross: crossStoryOk(a, b, s, 0.9, w), fig: sameFigure(a, b), evDay: sameEventDay(a, b), date: compatibleDate(a, b), sameSrc: a.source === b.source,
      ents: a.entities.filter((e) => b.entities.includes(e)).length, clash: !!conflictBetween(a, b),
      ca: clusterOf.get(`${a.documentId}|${a.claim.start}`), cb: clusterOf.get(`${b.documentId}|${b.claim.start}`),
      ta: a.claim.text.slice(0, 120), tb: b.claim.text.slice(0, 120) }));
  }
}
