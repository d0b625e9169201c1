/**
 * Publish-date accuracy of the clean stage on public labelled data (read by path, never copied):
 * - aeb-html / aeb-text: article-extraction pages whose URL carries a date (/2019/11/19/); the page
 *   is cleaned without its URL, so the date must come from the page (JSON-LD, meta, <time>, stamps;
 *   a canonical link inside the page still counts, and the methods used are listed).
 * - ecb-text: ECB+ articles whose source URL carries a date, cleaned as plain text without the URL.
 * - gvc-text: GVC scraped pages with their creation date (sentence 0), cleaned as plain text.
 * Coverage = a date was found; right = same day; near = within a day (time zones, late posts).
 */
import { cleanArticle } from '../src/clean/index.ts';
import { aebAvailable, loadAeb } from './_clean-data.ts';
import { visibleText } from './_clean-visible.ts';
import { loadEcb, urlDate } from './_ecbplus.ts';
import { loadGvc } from './_gvc.ts';

/** A day either side counts as near: URL and creation dates are local days, our dates may be UTC instants. */
const NEAR_MS = 86_400_000;
/** ECB+ topics from this one on are held back (the usual test topics in the coreference literature). */
const ECB_HELD_FROM_TOPIC = 36;

interface DateCase { corpus: string; id: string; split: 'dev' | 'held'; gold: string; format: 'html' | 'text'; content: string }
export interface DateTally { docs: number; found: number; right: number; near: number; methods: Record<string, number> }

function cases(): DateCase[] {
  const out: DateCase[] = [];
  if (aebAvailable()) {
    for (const p of loadAeb()) {
      const gold = urlDate(p.url);
      if (!gold) continue;
      out.push({ corpus: 'aeb-html', id: p.id, split: p.split, gold, format: 'html', content: p.html });
      out.push({ corpus: 'aeb-text', id: p.id, split: p.split, gold, format: 'text', content: visibleText(p.html) });
    }
  }
  for (const d of loadEcb()?.docs ?? []) {
    if (!d.publishedAt) continue;
    const split = +(d.id.split('_')[0] ?? 0) >= ECB_HELD_FROM_TOPIC ? 'held' : 'dev';
    out.push({ corpus: 'ecb-text', id: d.id, split, gold: d.publishedAt, format: 'text', content: `${d.title}\n\n${d.text}` });
  }
  for (const d of loadGvc()?.docs ?? []) {
    if (!d.publishedAt) continue;
    out.push({ corpus: 'gvc-text', id: d.id, split: d.id.startsWith('val:') ? 'dev' : 'held', gold: d.publishedAt, format: 'text', content: `${d.title}\n\n${d.text}` });
  }
  return out;
}

const dayMs = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** Tallies per "corpus split" and per corpus ("corpus all"). */
export function scoreDates(): Record<string, DateTally> {
  const out: Record<string, DateTally> = {};
  for (const c of cases()) {
    const doc = cleanArticle({ id: c.corpus, source: c.corpus, format: c.format, content: c.content, hints: {} });
    for (const key of [`${c.corpus} ${c.split}`, `${c.corpus} all`]) {
      const t = (out[key] ??= { docs: 0, found: 0, right: 0, near: 0, methods: {} });
      t.docs++;
      if (!doc.publishedAt) continue;
      t.found++;
      t.methods[doc.dateProvenance.method] = (t.methods[doc.dateProvenance.method] ?? 0) + 1;
      if (doc.publishedAt.slice(0, 10) === c.gold) t.right++;
      if (Math.abs(dayMs(doc.publishedAt) - dayMs(c.gold)) <= NEAR_MS) t.near++;
    }
  }
  return out;
}

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');

export function printDates(t: Record<string, DateTally>): void {
  console.log('\nPublish dates on public data (page cleaned without its URL; gold = URL date / GVC creation date)');
  console.log('corpus split     docs  coverage  right/found  near/found  right/docs  methods');
  for (const [k, v] of Object.entries(t).sort(([a], [b]) => a.localeCompare(b))) {
    const methods = Object.entries(v.methods).map(([m, n]) => `${m} ${n}`).join(', ');
    console.log(`${k.padEnd(15)} ${String(v.docs).padStart(5)}  ${pct(v.found, v.docs).padStart(8)}  ${pct(v.right, v.found).padStart(11)}  ${pct(v.near, v.found).padStart(10)}  ${pct(v.right, v.docs).padStart(10)}  ${methods}`);
  }
}

/** Lines of a text that hold a date-like part (the candidates a reader would look at), with their line numbers. */
function datedLines(text: string, max: number): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    if (out.length < max && DATEISH.test(l)) out.push(`      ${String(i).padStart(4)}/${lines.length}: ${l.trim().slice(0, 140)}`);
  });
  return out;
}
const DATEISH = /\b(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\bago\b/;
/** Dated lines shown per missed text document. */
const MISS_LINES = 12;

/**
 * Development-split misses (no date found, or a wrong day): gold, the chosen date with its method and
 * raw text, every candidate, and for text cases the lines holding a year. Held-back splits are never printed.
 */
export function printDateMisses(corpora: string[] = ['aeb-html', 'aeb-text', 'ecb-text']): void {
  let n = 0;
  for (const c of cases()) {
    if (c.split !== 'dev' || !corpora.includes(c.corpus)) continue;
    const doc = cleanArticle({ id: c.id, source: c.corpus, format: c.format, content: c.content, hints: {} });
    if (doc.publishedAt?.slice(0, 10) === c.gold) continue;
    n++;
    const got = doc.publishedAt ? `${doc.publishedAt} via ${doc.dateProvenance.method} "${doc.dateProvenance.raw ?? ''}"` : 'none';
    console.log(`\n${c.corpus} ${c.id}  gold ${c.gold}  got ${got}`);
    for (const d of doc.dateCandidates) console.log(`    cand ${d.method.padEnd(9)} ${d.value}  "${d.raw.slice(0, 80)}"`);
    if (c.format === 'text') for (const l of datedLines(c.content, MISS_LINES)) console.log(l);
  }
  console.log(`\n${n} dev misses`);
}

if (process.argv[1]?.endsWith('_clean-dates.ts')) {
  if (process.argv.includes('--date-misses')) printDateMisses();
  else printDates(scoreDates());
}
