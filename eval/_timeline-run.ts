/** Run the demo corpus through ingest → clean → analyse → corpus via each stage's index.ts. */
import type { Dossier } from '../src/contract/dossier.ts';
import type { AnalysedDocument } from '../src/contract/pipeline.ts';
import { ingestPaths } from '../src/ingest/index.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { analyseDocument } from '../src/analyse/index.ts';
import { buildDossier } from '../src/corpus/index.ts';
import { DEV_SET_NAMES, GOLD_SETS, loadDemoGold, type DemoGold } from '../src/demo-gold/index.ts';

export interface DemoRun {
  docs: AnalysedDocument[];
  dossier: Dossier;
  /** Gold file ref ("demo/feed.jsonl#2") → analysed document. */
  byFile: Map<string, AnalysedDocument>;
  /** Document id → gold file ref. */
  fileOf: Map<string, string>;
}

/** Only the files the gold describes are run (README.md and gold.json are not articles). */
export function runDemo(root: string, files: Set<string>): DemoRun {
  const analysed: AnalysedDocument[] = [];
  const byFile = new Map<string, AnalysedDocument>();
  const fileOf = new Map<string, string>();
  const paths = [...new Set([...files].map((f) => f.replace(/#\d+$/, '')))].map((p) => `${root}/${p}`);
  for (const ev of ingestPaths(paths)) {
    if (ev.kind !== 'file') continue;
    for (const raw of ev.articles) {
      const ref = raw.source.startsWith(root) ? raw.source.slice(root.length + 1) : raw.source;
      if (!files.has(ref)) continue;
      const doc = cleanArticle(raw);
      const a = { doc, analysis: analyseDocument(doc) };
      analysed.push(a);
      fileOf.set(doc.id, ref);
    }
  }
  const { dossier, docs } = buildDossier({ docs: analysed, newIds: new Set(analysed.map((d) => d.doc.id)), prior: null, generatedAt: '2000-01-01T00:00:00Z' });
  // What the dossier shows: pages dated from their story carry their re-read dates and events.
  for (const d of docs) byFile.set(fileOf.get(d.doc.id)!, d);
  return { docs, dossier, byFile, fileOf };
}

/** Every span of `needle` in the document text (whitespace-tolerant), or none. */
export function locate(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const esc = needle.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  if (!esc) return out;
  for (const m of text.matchAll(new RegExp(esc, 'g'))) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** A span of one document. */
export type Spot = { documentId: string; start: number; end: number };
export const spotsOverlap = (a: Spot, b: Spot): boolean => a.documentId === b.documentId && a.start < b.end && b.start < a.end;

/**
 * What a debug tool's arguments ask for: `summary` (counts only) and the gold sets named (demo, dev2 …), every
 * development gold and the demo when none is named; never a blind gold.
 */
export function devGoldsFromArgs(args: string[]): { countsOnly: boolean; sets: [string, DemoGold][] } {
  const only = args.filter((a) => a !== 'summary');
  const names = ['demo', ...DEV_SET_NAMES].filter((n) => !only.length || only.includes(n));
  return { countsOnly: args.includes('summary'), sets: names.map((n): [string, DemoGold] => [n, n === 'demo' ? loadDemoGold() : GOLD_SETS[n as typeof DEV_SET_NAMES[number]].load()]) };
}
