/**
 * Pages that print no date, dated from the other articles of their story (src/corpus/redate), on real coverage:
 * the GVC articles with every third page's date withheld (in id order), each split (val = dev, test = held) built
 * as its own corpus through clean → analyse → buildDossier. A withheld page is scored against the creation day GVC
 * records: dated from its story on that day, within a day, further off, or left undated; pages whose own text gave
 * a date (a dateline, a timestamp) are the per-document dating's, counted apart. `bench/redate.ts` times the same setup.
 */
import { cleanArticle } from '../src/clean/index.ts';
import { analyseDocument } from '../src/analyse/index.ts';
import { buildDossier } from '../src/corpus/index.ts';
import { epochDay } from '../src/analyse/dates/index.ts';
import type { AnalysedDocument, RawArticle } from '../src/contract/pipeline.ts';
import { devHeldTable, loadGvc } from './_gvc.ts';
import type { PlainDoc } from './_docs.ts';

/** Every WITHHELD-th page (in id order) is given without its date. */
export const WITHHELD = 3;

export interface RedateFigures {
  withheld: number;
  /** Withheld pages the page's own text dated (not the story's doing). */
  ownText: number;
  /** Withheld pages dated from their story: on the right day, off by one day, off by more. */
  dated: number; right: number; nearDay: number; wrong: number;
  undated: number;
}

function analysedWithheld(docs: PlainDoc[]): { docs: AnalysedDocument[]; withheld: Set<string> } {
  const sorted = [...docs].sort((a, b) => a.id.localeCompare(b.id));
  const withheld = new Set(sorted.filter((d, i) => d.publishedAt && i % WITHHELD === 0).map((d) => d.id));
  return {
    withheld,
    docs: sorted.map((d) => {
      const given = d.publishedAt && !withheld.has(d.id) ? { publishedAt: d.publishedAt } : {};
      const raw: RawArticle = { id: d.id, source: `gvc/${d.id}`, format: 'text', content: d.text, hints: { title: d.title, ...given } };
      const doc = cleanArticle(raw);
      return { doc, analysis: analyseDocument(doc) };
    }),
  };
}

function score(split: PlainDoc[]): RedateFigures {
  const { docs, withheld } = analysedWithheld(split);
  const created = new Map(split.map((d) => [d.id, d.publishedAt]));
  const ownText = new Set(docs.filter((d) => withheld.has(d.doc.id) && d.analysis.publishedAt !== null).map((d) => d.doc.id));
  const shown = buildDossier({ docs, newIds: new Set(docs.map((d) => d.doc.id)), prior: null, generatedAt: '2000-01-01T00:00:00Z' }).docs;
  const f: RedateFigures = { withheld: withheld.size, ownText: ownText.size, dated: 0, right: 0, nearDay: 0, wrong: 0, undated: 0 };
  for (const d of shown) {
    if (!withheld.has(d.doc.id) || ownText.has(d.doc.id)) continue;
    const day = d.analysis.publishedAt?.slice(0, 10);
    if (!day) { f.undated++; continue; }
    f.dated++;
    const off = Math.abs((epochDay(day) ?? 0) - (epochDay(created.get(d.doc.id) ?? '') ?? 0));
    if (off === 0) f.right++; else if (off === 1) f.nearDay++; else f.wrong++;
  }
  return f;
}

/** Figures per split, or null when ../shared/data/gvc is absent. Prints a small table unless `quiet`. */
export function runRedateCheck(quiet = false): Record<'dev' | 'held', RedateFigures> | null {
  const gvc = loadGvc();
  if (!gvc) return null;
  return devHeldTable(gvc, score, `Pages that print no date, dated from their story (GVC, every ${WITHHELD}rd page's date withheld)`, [
    ['pages withheld', 'withheld'],
    ['... dated by their own text (per-document dating)', 'ownText'],
    ['... dated from their story', 'dated'],
    ['      on the right day', 'right'],
    ['      one day off', 'nearDay'],
    ['      more than a day off', 'wrong'],
    ['... left undated', 'undated'],
  ], quiet);
}
