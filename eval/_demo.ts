/**
 * A gold set in the demo schema (demo/gold.json, the development sets eval/dev2 and eval/dev3, or
 * the blind set eval/blind, via src/demo-gold's GOLD_SETS) through the real pipeline stages: ingest → clean → analyse, keyed by the gold's
 * file references.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { AnalysedDocument } from '../src/contract/pipeline.ts';
import type { GoldSetName } from '../src/demo-gold/index.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** A gold copy: the document id of its original, and the outlet it is syndicated from (null when none). */
export interface GoldCopy { of: string; syndicatedFrom: string | null }
export interface DemoSet { docs: AnalysedDocument[]; gold: Map<string, string>; storylines: Map<string, string>; copies: Map<string, GoldCopy> }

interface GoldStory { id: string; files: string[]; storyline?: string }
interface GoldDoc { file: string; duplicateOf: string | null; syndicatedFrom: string | null }
interface GoldModule {
  GOLD_SETS: Record<GoldSetName, { path: string; load: () => { stories: GoldStory[]; documents: GoldDoc[] } }>;
  demoInputPaths: (g: unknown) => string[];
}

/** The demo gold ("demo"), a further development gold ("dev2" … "dev5") or the blind gold ("blind"); null when absent. */
export async function loadDemo(which: keyof GoldModule['GOLD_SETS'] = 'demo'): Promise<DemoSet | null> {
  const path = resolve(ROOT, 'src/demo-gold/index.ts');
  if (!existsSync(path)) return null;
  try {
    const mod = (await import(path)) as GoldModule;
    const set = mod.GOLD_SETS[which];
    if (!existsSync(set.path)) return null;
    const goldData = set.load();
    const { ingestPaths } = await import('../src/ingest/index.ts');
    const { cleanArticle } = await import('../src/clean/index.ts');
    const { analyseDocument } = await import('../src/analyse/index.ts');
    const storyOfFile = new Map<string, GoldStory>();
    for (const s of goldData.stories) for (const f of s.files) storyOfFile.set(f, s);
    const docs: AnalysedDocument[] = [];
    const gold = new Map<string, string>();
    const storylines = new Map<string, string>();
    const idOfFile = new Map<string, string>();
    for (const ev of ingestPaths(mod.demoInputPaths(goldData))) {
      if (ev.kind !== 'file') continue;
      for (const raw of ev.articles) {
        const ref = relative(ROOT, raw.source.startsWith('/') ? raw.source : resolve(ROOT, raw.source)).replaceAll('\\', '/');
        const story = storyOfFile.get(ref);
        if (!story) continue;
        const doc = cleanArticle(raw);
        docs.push({ doc, analysis: analyseDocument(doc) });
        gold.set(doc.id, story.id);
        idOfFile.set(ref, doc.id);
        storylines.set(doc.id, story.storyline ?? story.id);
      }
    }
    const copies = new Map<string, GoldCopy>();
    for (const d of goldData.documents) {
      const id = idOfFile.get(d.file);
      const of = d.duplicateOf ? idOfFile.get(d.duplicateOf) : undefined;
      if (id && of) copies.set(id, { of, syndicatedFrom: d.syndicatedFrom });
    }
    return { docs, gold, storylines, copies };
  } catch (err) {
    console.error(`${which} gold skipped: ${(err as Error).message}`);
    return null;
  }
}
