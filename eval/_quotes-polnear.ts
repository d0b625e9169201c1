/**
 * PolNeAR direct quotes (Content starting with a quotation mark): quote spans found by character
 * overlap (GenderGapTracker style, ≥30% / ≥80% of the gold span) and speaker mention right on
 * matched quotes. Data is read by path from ../shared/data/polnear; nothing is copied.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotesDetailed, type DetailedQuote } from '../src/analyse/quotes/index.ts';
import { splitSentences } from '../src/analyse/sentences/index.ts';

export const POLNEAR_DIR = join(import.meta.dirname, '..', '..', 'shared', 'data', 'polnear', 'data');
const QUOTE_CHARS = /["“”‘’'«»„‚‹›]/u;

interface GoldQuote { chars: Set<number>; source: [number, number][] | null }
export interface PolnearDoc { name: string; text: string; gold: GoldQuote[]; contentChars: Set<number> }

function spans(s: string): [number, number][] {
  return s.split(';').map((p) => p.trim().split(/\s+/).map(Number) as [number, number]);
}

function loadDoc(split: string, name: string, annFile: string): PolnearDoc {
  const text = readFileSync(join(POLNEAR_DIR, split, 'text', `${name}.txt`), 'utf8');
  const t = new Map<string, [number, number][]>();
  const rels: Map<string, string>[] = [];
  for (const line of readFileSync(join(POLNEAR_DIR, split, 'attributions', annFile), 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    if (cols[0].startsWith('T')) {
      const sp = cols[1].indexOf(' ');
      t.set(cols[0], spans(cols[1].slice(sp + 1)));
    } else if (cols[0].startsWith('E')) {
      rels.push(new Map(cols[1].trim().split(/\s+/).map((kv) => kv.split(':') as [string, string])));
    }
  }
  const gold: GoldQuote[] = [];
  const contentChars = new Set<number>();
  for (const r of rels) {
    const cs = [...(t.get(r.get('Content') ?? '') ?? []), ...(t.get(r.get('Content2') ?? '') ?? [])];
    for (const [a, b] of cs) for (let i = a; i < b; i++) contentChars.add(i);
    if (!cs.length || !QUOTE_CHARS.test(text.slice(cs[0][0], cs[0][1]).trimStart()[0] ?? '')) continue;
    const chars = new Set<number>();
    for (const [a, b] of cs) for (let i = a; i < b; i++) if (!QUOTE_CHARS.test(text[i]) && !/\s/u.test(text[i])) chars.add(i);
    if (chars.size) gold.push({ chars, source: r.has('Source') ? t.get(r.get('Source')!) ?? null : null });
  }
  return { name, text, gold, contentChars };
}

/** Articles of a split, one annotation per article (the first by annotator id). */
export function loadSplit(split: string): PolnearDoc[] {
  const dir = join(POLNEAR_DIR, split, 'attributions');
  if (!existsSync(dir)) return [];
  const byName = new Map<string, string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ann')).sort()) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!byName.has(name)) byName.set(name, f);
  }
  return [...byName].map(([name, f]) => loadDoc(split, name, f));
}

export interface QuoteScore { gold: number; pred: number; found: number; correctPred: number; p: number; r: number; f1: number }
export interface SplitScore {
  split: string; docs: number;
  full30: QuoteScore; full80: QuoteScore; all30: QuoteScore;
  speakerScored: number; speakerRight: number; speakerAcc: number;
  /** PolNeAR convention for nested attributions ("X said, according to Y": Source = Y): our speaker or our channel overlaps the Source. */
  speakerOrViaRight: number;
  /** Predicted speaker span equals a gold Source span exactly. */
  speakerExact: number;
  errors: { doc: string; quote: string; gold: string; got: string; rule: string; overlap: boolean }[];
}

function overlap(a: Set<number>, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (a.has(i)) n++;
  return n;
}

function score(docs: PolnearDoc[], preds: DetailedQuote[][], t: number, full: boolean): QuoteScore {
  let gold = 0, pred = 0, found = 0, correctPred = 0;
  docs.forEach((d, i) => {
    const ps = preds[i].filter((q) => !full || !q.quote.partial).map((q) => q.quote);
    gold += d.gold.length;
    pred += ps.length;
    for (const g of d.gold) {
      const cov = ps.reduce((n, q) => n + overlap(g.chars, q.start, q.end), 0);
      if (cov >= t * g.chars.size) found++;
    }
    for (const q of ps) {
      const inner = q.text.replace(/\s/gu, '').length || 1;
      if (overlap(d.contentChars, q.start, q.end) >= t * inner) correctPred++;
    }
  });
  const p = pred ? correctPred / pred : 0;
  const r = gold ? found / gold : 0;
  return { gold, pred, found, correctPred, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Score one split; speaker right = predicted speaker mention overlaps the gold Source span. */
export function evalSplit(split: string, limitErrors = 0): SplitScore | null {
  const docs = loadSplit(split);
  if (!docs.length) return null;
  const preds = docs.map((d) => findQuotesDetailed({ text: d.text } as never, splitSentences(d.text), [], []));
  let speakerScored = 0, speakerRight = 0, speakerExact = 0, speakerOrViaRight = 0;
  const errors: SplitScore['errors'] = [];
  docs.forEach((d, i) => {
    for (const g of d.gold) {
      if (!g.source) continue;
      let best: DetailedQuote | null = null, bestOv = 0;
      for (const q of preds[i]) {
        const ov = overlap(g.chars, q.quote.start, q.quote.end);
        if (ov > bestOv) { best = q; bestOv = ov; }
      }
      if (!best || bestOv < 0.3 * g.chars.size) continue;
      speakerScored++;
      const sp = best.speakerSpan;
      const ok = !!sp && g.source.some(([a, b]) => sp.start < b && a < sp.end);
      if (ok) speakerRight++;
      const vs = best.viaSpan;
      if (ok || (vs && g.source.some(([a, b]) => vs.start < b && a < vs.end))) speakerOrViaRight++;
      if (sp && g.source.some(([a, b]) => sp.start === a && sp.end === b)) speakerExact++;
      else if (errors.length < limitErrors && (!ok || process.env.QUOTES_EXACT_ERRORS)) {
        errors.push({ doc: d.name, quote: best.quote.text.slice(0, 60), gold: g.source.map(([a, b]) => d.text.slice(a, b)).join(' … '), got: sp ? d.text.slice(sp.start, sp.end) : 'null', rule: best.rule, overlap: ok });
      }
    }
  });
  return {
    split, docs: docs.length,
    full30: score(docs, preds, 0.3, true), full80: score(docs, preds, 0.8, true), all30: score(docs, preds, 0.3, false),
    speakerScored, speakerRight, speakerAcc: speakerScored ? speakerRight / speakerScored : 0, speakerExact, speakerOrViaRight, errors,
  };
}
