/** Debug: cross-source pairs of claim items with gold labels (same gold claim / different), with alignment features. Usage: tsx eval/_para-pairs.ts devN… > out.jsonl */
import { DEV_SET_NAMES } from '../src/demo-gold/index.ts';
import { locate } from './_timeline-run.ts';
import { type ClaimItem } from '../src/corpus/claims/_features.ts';
import { similarity, crossStoryOk, textSimilarity, sameFigure } from '../src/corpus/claims/_similarity.ts';
import { sameEventDay, compatibleDate } from '../src/corpus/claims/_days.ts';
import { ALIGN_MIN_CROSS_STORY } from '../src/corpus/claims/constants.ts';
import { conflictBetween } from '../src/corpus/claims/_conflicts.ts';
import { alignSetup, overlaps as ov } from './_align-setup.ts';

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const name of names.length ? names : DEV_SET_NAMES) {
  const { gold: g, run, items, weights: w } = alignSetup(name);
  const goldOf = new Map<ClaimItem, string[]>();
  for (const gc of g.claims) for (const [side, list] of [['+', gc.support], ['-', gc.conflicts]] as const) for (const x of list) {
    const d = run.byFile.get(x.file);
    if (!d) continue;
    for (const s of locate(d.doc.text, x.text)) for (const it of items) if (it.documentId === d.doc.id && ov(s, it.claim)) goldOf.set(it, [...(goldOf.get(it) ?? []), `${gc.id}${side}:${gc.status}`]);
  }
  const clusterOf = new Map<string, string>();
  for (const c of run.dossier.claims) for (const r of [...c.support, ...c.conflicts]) clusterOf.set(`${r.documentId}|${r.start}`, `${c.id}:${c.status}`);
  const lab = items.filter((x) => goldOf.has(x));
  for (let i = 0; i < lab.length; i++) for (let j = i + 1; j < lab.length; j++) {
    const a = lab[i]!; const b = lab[j]!;
    if (a.documentId === b.documentId || a.source === b.source) continue;
    const ga = goldOf.get(a)!; const gb = goldOf.get(b)!;
    const gid = (x: string): string => x.replace(/[+-]:.*/, '');
    const rel = ga.some((x) => gb.includes(x)) ? 'same' : ga.some((x) => gb.some((y) => gid(x) === gid(y))) ? 'opp' : 'diff';
    const s = similarity(a, b, w);
    const wt = (t: string): string => `${t}:${(w.get(t) ?? 0).toFixed(1)}`;
    console.log(JSON.stringify({ set: name, rel, ga, gb, sim: +s.toFixed(3), text: +textSimilarity(a.terms, b.terms, w).toFixed(3), sameStory: a.story === b.story, sameLine: a.line === b.line,
      cross: crossStoryOk(a, b, s, ALIGN_MIN_CROSS_STORY, w), fig: sameFigure(a, b), evDay: sameEventDay(a, b), date: compatibleDate(a, b),
      ents: a.entities.filter((e) => b.entities.includes(e)), ev: a.eventTypes.filter((t) => b.eventTypes.includes(t)), clash: !!conflictBetween(a, b),
      ca: clusterOf.get(`${a.documentId}|${a.claim.start}`), cb: clusterOf.get(`${b.documentId}|${b.claim.start}`),
      shared: [...a.terms].filter((t) => b.terms.has(t)).map(wt), oa: [...a.terms].filter((t) => !b.terms.has(t)).map(wt), ob: [...b.terms].filter((t) => !a.terms.has(t)).map(wt),
      na: Object.fromEntries(a.numbers), nb: Object.fromEntries(b.numbers), sa: a.stated, sb: b.stated,
      ta: a.claim.text.slice(0, 140), tb: b.claim.text.slice(0, 140) }));
  }
}
