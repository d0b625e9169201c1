/**
 * Scoring as the ScrapingHub article-extraction benchmark scores: 4-token shingles (tokens are
 * runs of word characters), multiset overlap normalised per page, mean precision and mean recall
 * over pages, F1 of those two means. Written from the benchmark's description, not its code.
 */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE_N = 4;

export interface PageScore { tp: number; fp: number; fn: number }

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN_RE) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_N + 1);
  for (let i = 0; i < last && tokens.length; i++) {
    const key = tokens.slice(i, i + SHINGLE_N).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function scorePage(truth: string, pred: string): PageScore {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, tc] of t) { const pc = p.get(k) ?? 0; tp += Math.min(tc, pc); fn += Math.max(0, tc - pc); }
  for (const [k, pc] of p) { const tc = t.get(k) ?? 0; fp += Math.max(0, pc - tc); }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

const precision = ({ tp, fp, fn }: PageScore): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recall = ({ tp, fp, fn }: PageScore): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface Prf { precision: number; recall: number; f1: number; pages: number }

export function aggregate(scores: PageScore[]): Prf {
  const p = mean(scores.filter((s) => s.tp + s.fp > 0).map(precision));
  const r = mean(scores.filter((s) => s.tp + s.fn > 0).map(recall));
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, pages: scores.length };
}
