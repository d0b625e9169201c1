/**
 * A gold set in the demo schema (demo/gold.json, the second development set eval/dev2/gold.json,
 * or the blind set eval/blind/gold.json, via src/demo-gold) through the real pipeline stages: ingest → clean → analyse, keyed by the gold's
 * file references.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { AnalysedDocument } from '../src/contract/pipeline.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface DemoSet { docs: AnalysedDocument[]; gold: Map<string, string>; storylines: Map<string, string> }

interface GoldStory { id: string; files: string[]; storyline?: string }
interface GoldModule {
  loadDemoGold: () => { stories: GoldStory[] };
  loadBlindGold?: () => { stories: GoldStory[] };
  loadDev2Gold?: () => { stories: GoldStory[] };
  loadDev3Gold?: () => { stories: GoldStory[] };
  BLIND_GOLD_PATH?: string;
  DEV2_GOLD_PATH?: string;
  DEV3_GOLD_PATH?: string;
  demoInputPaths: (g: unknown) => string[];
}

/** The demo gold ("demo"), the second or third development gold ("dev2", "dev3") or the blind gold ("blind"); null when absent. */
export async function loadDemo(which: 'demo' | 'dev2' | 'dev3' | 'blind' = 'demo'): Promise<DemoSet | null> {
  const path = resolve(ROOT, 'src/demo-gold/index.ts');
  if (!existsSync(path)) return null;
  try {
    const mod = (await import(path)) as GoldModule;
    const load = which === 'demo' ? mod.loadDemoGold : which === 'dev2' ? mod.loadDev2Gold : which === 'dev3' ? mod.loadDev3Gold : mod.loadBlindGold;
    const file = which === 'demo' ? resolve(ROOT, 'demo/gold.json') : which === 'dev2' ? mod.DEV2_GOLD_PATH : which === 'dev3' ? mod.DEV3_GOLD_PATH : mod.BLIND_GOLD_PATH;
    if (!load || !file || !existsSync(file)) return null;
    const goldData = load();
    const { ingestPaths } = await import('../src/ingest/index.ts');
    const { cleanArticle } = await import('../src/clean/index.ts');
    const { analyseDocument } = await import('../src/analyse/index.ts');
    const storyOfFile = new Map<string, GoldStory>();
    for (const s of goldData.stories) for (const f of s.files) storyOfFile.set(f, s);
    const docs: AnalysedDocument[] = [];
    const gold = new Map<string, string>();
    const storylines = new Map<string, string>();
    for (const ev of ingestPaths(mod.demoInputPaths(goldData))) {
      if (ev.kind !== 'file') continue;
      for (const raw of ev.articles) {
        const ref = relative(ROOT, raw.source.startsWith('/') ? raw.source : resolve(ROOT, raw.source)).replaceAll('\\', '/');
        const story = storyOfFile.get(ref);
        if (!story) continue;
        const doc = cleanArticle(raw);
        docs.push({ doc, analysis: analyseDocument(doc) });
        gold.set(doc.id, story.id);
        storylines.set(doc.id, story.storyline ?? story.id);
      }
    }
    return { docs, gold, storylines };
  } catch (err) {
    console.error(`${which} gold skipped: ${(err as Error).message}`);
    return null;
  }
}
