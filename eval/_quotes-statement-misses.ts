/**
 * Statement grouping misses, per gold statement: which of its gold quotes the ledger keeps in different
 * statements (grouped by the statement each landed in) and, for the closest pair across two of them, what
 * kept them apart (story, speakers, word overlap); then the pairs it joins that the gold keeps apart. The
 * figures are those of `npm run eval:quotes` (statements pairwise), in a minute. Dev sets only: the demo's
 * dev split and the eval/devN sets open for tuning; blind sets are never read.
 * Usage: npx tsx eval/_quotes-statement-misses.ts [summary] [demo] [dev13] …
 */
import { existsSync } from 'node:fs';
import { groupDocuments } from '../src/corpus/stories/index.ts';
import { resolveEntities } from '../src/corpus/entities/index.ts';
import { buildQuoteLedger, contentWords, linkingText, plain } from '../src/corpus/statements/index.ts';
import { analyseFiles } from './_quotes-demo.ts';
import { DEV_SET_NAMES, GOLD_SETS, demoInputPaths, loadDemoGold } from '../src/demo-gold/index.ts';

/** Sets this tool may read: the development golds, never a blind one (dev14 was held out while stop 21 wrote this tool). */
const OPEN = ['demo', ...DEV_SET_NAMES] as const;
const args = process.argv.slice(2);
const summary = args.includes('summary');
const wanted = args.filter((a) => a !== 'summary');
for (const w of wanted) if (!(OPEN as readonly string[]).includes(w)) throw new Error(`${w}: not an open dev set`);
const sets = wanted.length ? wanted : [...OPEN];

interface GoldQ { file: string; text: string; speaker: string | null; statement: string; partial: boolean }


const matches = (g: string, p: string): boolean => {
  const a = plain(g), b = plain(p);
  return !!a && !!b && (b.includes(a) || (a.includes(b) && b.length >= 0.8 * a.length));
};

let totalMissed = 0, totalWrong = 0;
for (const name of sets) {
  const gold = name === 'demo' ? loadDemoGold() : (GOLD_SETS as Record<string, { path: string; load: () => ReturnType<typeof loadDemoGold> }>)[name]!.load();
  if (name !== 'demo' && !existsSync((GOLD_SETS as Record<string, { path: string }>)[name]!.path)) continue;
  const analysed = analyseFiles(demoInputPaths(gold));
  const docs = [...analysed.values()];
  const { grouping } = groupDocuments(docs, new Set(docs.map((d) => d.doc.id)), null);
  const res = resolveEntities(docs);
  const ledger = buildQuoteLedger(docs, res, grouping);
  const files = new Set(gold.documents.filter((d) => d.split === 'dev').map((d) => d.file));
  interface Hit { g: GoldQ; file: string; story: string; speakerId: string | null; speakerText: string | null; statementId: string | null; text: string; partial: boolean; docDate: string }
  const byStatement = new Map<string, Hit[]>();
  for (const g of gold.quotes as GoldQ[]) {
    if (!files.has(g.file)) continue;
    const ad = analysed.get(g.file);
    if (!ad) continue;
    const pq = ad.analysis.quotes;
    const exact = pq.findIndex((p) => plain(p.text) === plain(g.text));
    const i = exact >= 0 ? exact : pq.findIndex((p) => matches(g.text, p.text));
    if (i < 0) continue;
    const lq = ledger.quotes.filter((q) => q.documentId === ad.doc.id)[i]!;
    byStatement.set(g.statement, [...(byStatement.get(g.statement) ?? []), {
      g, file: g.file.split('/').pop()!, story: grouping.storyOf.get(ad.doc.id) ?? '-', speakerId: lq.speakerId, speakerText: lq.speakerText,
      statementId: lq.statementId, text: pq[i]!.text, partial: pq[i]!.partial, docDate: String(ad.doc.publishedAt ?? '-').slice(0, 10),
    }]);
  }
  let missed = 0, goldPairs = 0;
  const lines: string[] = [];
  for (const [st, hits] of [...byStatement].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    goldPairs += (hits.length * (hits.length - 1)) / 2;
    const parts = new Map<string, Hit[]>();
    for (const h of hits) parts.set(h.statementId ?? '-', [...(parts.get(h.statementId ?? '-') ?? []), h]);
    if (parts.size < 2) continue;
    let n = 0;
    const ps = [...parts.values()];
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) n += ps[i]!.length * ps[j]!.length;
    missed += n;
    lines.push(`  ${st} (${hits.length} quotes, ${parts.size} statements, ${n} pairs missed)`);
    for (const [sid, hs] of parts) {
      lines.push(`    [${sid}]`);
      for (const h of hs) lines.push(`      ${h.file} ${h.docDate} story=${h.story} spk=${h.speakerId ?? '-'} (${h.speakerText ?? '-'})${h.partial ? ' partial' : ''} «${h.text.slice(0, 140)}»`);
    }
    // why the closest cross pair did not link
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
      let best: { a: Hit; b: Hit; shared: number; jac: number; cont: number } | null = null;
      for (const a of ps[i]!) for (const b of ps[j]!) {
        const wa = contentWords(linkingText(a.text)), wb = contentWords(linkingText(b.text));
        const shared = [...wa].filter((w) => wb.has(w)).length;
        const jac = shared / (wa.size + wb.size - shared || 1), cont = shared / (Math.min(wa.size, wb.size) || 1);
        if (!best || jac > best.jac) best = { a, b, shared, jac, cont };
      }
      const { a, b, shared, jac, cont } = best!;
      const why = [
        a.story !== b.story ? 'cross-story' : 'same-story',
        a.speakerId && b.speakerId ? (a.speakerId === b.speakerId ? 'same-speaker' : 'speakers-differ') : 'speaker-unknown',
        `shared=${shared} jac=${jac.toFixed(2)} cont=${cont.toFixed(2)}`,
      ];
      lines.push(`    ~ ${a.file} / ${b.file}: ${why.join(' ')}`);
    }
  }
  // pairs the ledger joins that the gold keeps apart (precision)
  const all = [...byStatement.values()].flat();
  let wrong = 0, joined = 0;
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
    const a = all[i]!, b = all[j]!;
    if (!a.statementId || a.statementId !== b.statementId) continue;
    joined++;
    if (a.g.statement === b.g.statement) continue;
    wrong++;
    lines.push(`  WRONGLY JOINED ${a.g.statement} / ${b.g.statement}: ${a.file} «${a.text.slice(0, 70)}» / ${b.file} «${b.text.slice(0, 70)}»`);
  }
  totalMissed += missed;
  totalWrong += wrong;
  console.log(`${name}: ${missed}/${goldPairs} gold pairs kept apart; ${wrong}/${joined} joined pairs wrong`);
  if (!summary) for (const l of lines) console.log(l);
}
console.log(`total: ${totalMissed} gold pairs kept apart, ${totalWrong} wrongly joined`);
