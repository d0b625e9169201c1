/**
 * Debug: for gold corroborated or contested claims we leave single-source, each cross-source pair of the claim items on the
 * gold's spans, why the alignment kept them apart: never a candidate (no shared index term), scored below ALIGN_MIN,
 * or blocked (crossStoryOk, tallyApart, eventsApart). Usage: tsx eval/_para-why.ts [devN …]   (dev sets only)
 */
import { DEV_SET_NAMES } from '../src/demo-gold/index.ts';
import { locate } from './_timeline-run.ts';
import { type ClaimItem } from '../src/corpus/claims/_features.ts';
import { similarity, crossStoryOk, textSimilarity, likeness } from '../src/corpus/claims/_similarity.ts';
import { tallyApart, eventsApart } from '../src/corpus/claims/_days.ts';
import { conflictBetween } from '../src/corpus/claims/_conflicts.ts';
import { ALIGN_MIN, ALIGN_MIN_CROSS_STORY, INDEX_TERMS } from '../src/corpus/claims/constants.ts';
import { alignSetup, overlaps as ov } from './_align-setup.ts';

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const tally = new Map<string, number>();
for (const name of names.length ? names : DEV_SET_NAMES) {
  const { gold: g, run, items, weights: w } = alignSetup(name);
  const spansOf = (x: { file: string; text: string }) => { const d = run.byFile.get(x.file); return d ? locate(d.doc.text, x.text).map((s) => ({ documentId: d.doc.id, ...s })) : []; };
  const rare = new Map<ClaimItem, string[]>(items.map((it) => [it, [...it.terms].sort((a, b) => (w.get(b) ?? 0) - (w.get(a) ?? 0) || a.localeCompare(b)).slice(0, INDEX_TERMS)]));
  const short = (id: string): string => (run.fileOf.get(id) ?? '?').replace(/^.*\//, '');
  for (const gc of g.claims) {
    if (gc.status === 'single-source') continue;
    const spans = [...gc.support, ...gc.conflicts].flatMap(spansOf);
    const best = [...run.dossier.claims].map((c) => ({ c, n: [...c.support, ...c.conflicts].filter((r) => spans.some((s) => s.documentId === r.documentId && ov(r, s))).length })).filter((x) => x.n).sort((a, b) => b.n - a.n)[0];
    if (best?.c.status !== 'single-source' && best) continue;
    const its = items.filter((it) => spans.some((s) => s.documentId === it.documentId && ov(s, it.claim)));
    const pairs: { a: ClaimItem; b: ClaimItem; s: number; cls: string }[] = [];
    for (let i = 0; i < its.length; i++) for (let j = i + 1; j < its.length; j++) {
      const a = its[i]!; const b = its[j]!;
      if (a.documentId === b.documentId || a.source === b.source) continue;
      const s = similarity(a, b, w);
      const cand = rare.get(a)!.some((t) => rare.get(b)!.includes(t));
      const cls = tallyApart(a, b) ? 'tallyApart' : eventsApart(a, b) ? 'eventsApart' : s < ALIGN_MIN ? (cand ? 'below' : 'below+nocand') : !crossStoryOk(a, b, s, ALIGN_MIN_CROSS_STORY, w) ? 'crossStory' : !cand ? 'nocand' : 'okpair';
      pairs.push({ a, b, s, cls });
    }
    const rank = ['okpair', 'nocand', 'crossStory', 'below', 'below+nocand', 'tallyApart', 'eventsApart'];
    pairs.sort((x, y) => rank.indexOf(x.cls) - rank.indexOf(y.cls) || y.s - x.s);
    const top = pairs[0];
    const why = !its.length ? 'noitem' : !top ? 'onesource' : top.cls;
    tally.set(why, (tally.get(why) ?? 0) + 1);
    console.log(`\n### ${name} ${gc.id} gold=${gc.status} ours=${best?.c.status ?? 'none'} why=${why} items=${its.length}`);
    for (const x of gc.support) console.log(`  G+ ${x.file.replace(/^.*\//, '')} ${x.text.slice(0, 150)}`);
    for (const x of gc.conflicts) console.log(`  G- ${x.file.replace(/^.*\//, '')} ${x.text.slice(0, 150)}`);
    for (const p of pairs.slice(0, 3)) {
      const sharedT = [...p.a.terms].filter((t) => p.b.terms.has(t)).map((t) => `${t}:${(w.get(t) ?? 0).toFixed(1)}`).join(' ');
      console.log(`  ${p.cls} sim=${p.s.toFixed(2)} like=${likeness(p.a, p.b, w).toFixed(2)} text=${textSimilarity(p.a.terms, p.b.terms, w).toFixed(2)} story=${p.a.story === p.b.story ? 'same' : p.a.line === p.b.line ? 'line' : 'other'} clash=${JSON.stringify(conflictBetween(p.a, p.b))} shared[${sharedT}]`);
      for (const x of [p.a, p.b]) console.log(`     ${short(x.documentId).padEnd(12)} ${x.source.slice(0, 14).padEnd(14)} rare[${rare.get(x)!.join(' ')}] ent[${x.entities.join(',').slice(0, 60)}] num[${[...x.numbers].map(([k, v]) => `${k}=${v.join('/')}`).join(' ')}] ev[${x.eventTypes.join(',')}] st[${x.stated.join(',')}] | ${x.claim.text.slice(0, 130)}`);
    }
  }
}
console.log('\n', JSON.stringify(Object.fromEntries(tally)));
