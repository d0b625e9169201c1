/**
 * Demo gold (demo/gold.json via src/demo-gold): quote recall/precision, speaker accuracy on matched
 * quotes and statement grouping (pairwise P/R), per split (dev for tuning, heldout untouched).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { cleanArticle } from '../src/clean/index.ts';
import { analyseDocument } from '../src/analyse/index.ts';
import { ingestPaths } from '../src/ingest/index.ts';
import { groupDocuments } from '../src/corpus/stories/index.ts';
import type { Grouping } from '../src/corpus/index.ts';
import { resolveEntities } from '../src/corpus/entities/index.ts';
import { buildQuoteLedger } from '../src/corpus/statements/index.ts';
import type { AnalysedDocument } from '../src/contract/pipeline.ts';
import { DEV_SET_NAMES, type BlindSetName, type DevSetName } from '../src/demo-gold/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const plain = (s: string): string => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

export interface DemoScore {
  split: string; gold: number; pred: number; found: number; correctPred: number; recall: number; precision: number;
  speakerScored: number; speakerRight: number; speakerAcc: number;
  /** Stricter: the speaker resolved to a document entity whose name is one of the gold speaker's aliases (or both null). */
  speakerEntityRight: number; speakerEntityAcc: number;
  /** Channel ("according to Reuters", "as quoted by TNA"): gold quotes with a channel, and those whose predicted channel entity or text is it. */
  viaGold: number; viaRight: number; viaWrong: number;
  pairs: { gold: number; pred: number; both: number; p: number; r: number };
  misses: string[];
}

interface GoldQ { file: string; text: string; speaker: string | null; via?: string | null; statement: string; partial: boolean }
interface GoldE { id: string; name: string; aliases: string[] }

/** Analyse the article files through the real pipeline stages; keyed by gold file reference. */
export function analyseFiles(paths: string[]): Map<string, AnalysedDocument> {
  const out = new Map<string, AnalysedDocument>();
  for (const ev of ingestPaths(paths.map((p) => resolve(ROOT, p)))) {
    if (ev.kind !== 'file') continue;
    for (const raw of ev.articles) {
      const ref = relative(ROOT, raw.source.startsWith('/') ? raw.source : resolve(ROOT, raw.source)).replaceAll('\\', '/');
      try {
        const doc = cleanArticle(raw);
        out.set(ref, { doc, analysis: analyseDocument(doc) });
      } catch { /* a stage that throws leaves the document out; counted as misses */ }
    }
  }
  return out;
}

function matches(gold: string, pred: string): boolean {
  const g = plain(gold), p = plain(pred);
  return !!g && !!p && (p.includes(g) || (g.includes(p) && p.length >= 0.8 * g.length));
}

interface GoldSet { documents: { file: string; split: string }[]; quotes: GoldQ[]; entities: GoldE[] }
interface GoldModule {
  loadDemoGold: () => GoldSet; loadBlindGold: () => GoldSet; demoInputPaths: (g: GoldSet) => string[];
  GOLD_SETS: Record<DevSetName | BlindSetName, { path: string; load: () => GoldSet }>;
}

const goldModule = async (): Promise<GoldModule | null> => {
  const path = resolve(ROOT, 'src/demo-gold/index.ts');
  return existsSync(path) ? (await import(path)) as GoldModule : null;
};

/** Demo gold, dev and heldout splits (the demo articles analysed together). */
export async function evalDemo(): Promise<DemoScore[] | null> {
  const mod = await goldModule();
  if (!mod || !existsSync(resolve(ROOT, 'demo/gold.json'))) return null;
  return scoreGold(mod.loadDemoGold(), mod.demoInputPaths, ['dev', 'heldout']);
}

/** The further development golds, each reported as a row of its name. */
export const DEV_SETS = DEV_SET_NAMES;
export type { DevSetName };

/** A further development gold (eval/dev2 … eval/dev5; every document in split "dev"), reported as a row of its name; null when absent. */
export async function evalDevSet(name: DevSetName): Promise<DemoScore | null> {
  const mod = await goldModule();
  if (!mod || !existsSync(mod.GOLD_SETS[name].path)) return null;
  const score = (await scoreGold(mod.GOLD_SETS[name].load(), mod.demoInputPaths, ['dev']))[0];
  return score ? { ...score, split: name } : null;
}

/** A blind gold (eval/blind, eval/blind2 …): new articles nobody tunes on, analysed on their own, reported as a row of its name; null when absent. */
export async function evalBlind(name: BlindSetName = 'blind'): Promise<DemoScore | null> {
  const mod = await goldModule();
  if (!mod || !existsSync(mod.GOLD_SETS[name].path)) return null;
  const score = (await scoreGold(mod.GOLD_SETS[name].load(), mod.demoInputPaths, ['blind']))[0];
  return score ? { ...score, split: name } : null;
}

async function scoreGold(gold: GoldSet, inputPaths: (g: GoldSet) => string[], splits: string[]): Promise<DemoScore[]> {
  const analysed = analyseFiles(inputPaths(gold));
  const docs = [...analysed.values()];
  const { grouping }: { grouping: Grouping } = groupDocuments(docs, new Set(docs.map((d) => d.doc.id)), null);
  const res = resolveEntities(docs);
  const ledger = buildQuoteLedger(docs, res, grouping);
  const ents = new Map(gold.entities.map((e) => [e.id, e]));
  const globalName = new Map(res.entities.map((e) => [e.id, e.name]));
  const scores: DemoScore[] = [];
  for (const split of splits) {
    const files = new Set(gold.documents.filter((d) => d.split === split).map((d) => d.file));
    const gq = gold.quotes.filter((q) => files.has(q.file));
    let found = 0, speakerScored = 0, speakerRight = 0, speakerEntityRight = 0, pred = 0, correctPred = 0, viaGold = 0, viaRight = 0, viaWrong = 0;
    const misses: string[] = [];
    const pairOf = new Map<string, { gold: string; pred: string | null; desc: string }>(); // gold quote key → statements
    for (const [ref, ad] of analysed) {
      if (!files.has(ref)) continue;
      const gfile = gq.filter((q) => q.file === ref);
      const pq = ad.analysis.quotes;
      pred += pq.length;
      correctPred += pq.filter((p) => gfile.some((g) => matches(g.text, p.text) || matches(p.text, g.text))).length;
      const lq = ledger.quotes.filter((q) => q.documentId === ad.doc.id);
      gfile.forEach((g, gi) => {
        // the prediction with exactly this wording first: a scare quote «urgent» is not the earlier «requires urgent attention»
        const exact = pq.findIndex((p) => plain(p.text) === plain(g.text));
        const i = exact >= 0 ? exact : pq.findIndex((p) => matches(g.text, p.text));
        if (i < 0) { misses.push(`${ref}: «${g.text.slice(0, 60)}» not found`); return; }
        found++;
        pairOf.set(`${ref}#${gi}`, { gold: g.statement, pred: lq[i]?.statementId ?? null, desc: `${ref} [${lq[i]?.speakerId ?? '-'} | story ${grouping.storyOf.get(ad.doc.id) ?? '-'}] «${pq[i].text.slice(0, 90)}»` });
        speakerScored++;
        const p = pq[i];
        const names = [p.speakerText, ...(p.speaker !== null ? [ad.analysis.entities[p.speaker]?.name, ...(ad.analysis.entities[p.speaker]?.aliases ?? [])] : [])]
          .filter((x): x is string => !!x).map((x) => x.toLowerCase());
        const want = g.speaker ? ents.get(g.speaker) : null;
        const ok = g.speaker === null ? p.speakerText === null : !!want && names.some((n) => [want.name, ...want.aliases].some((a) => a.toLowerCase() === n));
        if (ok) speakerRight++;
        else misses.push(`${ref}: «${g.text.slice(0, 50)}» speaker ${g.speaker} got ${p.speakerText}`);
        // an unresolved "the president" may read as an alias of the right person; the ledger needs the entity
        // the document's entity, else the ledger's (a role phrase the story resolves: "the head of the service")
        const ledgerSpeaker = lq[i]?.speakerId ? globalName.get(lq[i].speakerId!) : undefined;
        const entName = (p.speaker !== null ? ad.analysis.entities[p.speaker]?.name : ledgerSpeaker)?.toLowerCase();
        const entOk = g.speaker === null ? p.speakerText === null : !!want && !!entName && [want.name, ...want.aliases].some((a) => a.toLowerCase() === entName);
        const gv = g.via ? ents.get(g.via) : null;
        const viaNames = [p.viaText, ...(p.via !== null ? [ad.analysis.entities[p.via]?.name] : [])].filter((x): x is string => !!x).map((x) => x.toLowerCase());
        if (gv) {
          viaGold++;
          if (viaNames.some((n) => [gv.name, ...gv.aliases].some((a) => a.toLowerCase() === n))) viaRight++;
          else misses.push(`${ref}: «${g.text.slice(0, 50)}» channel ${g.via} got ${p.viaText}`);
        } else if (p.viaText) { viaWrong++; misses.push(`${ref}: «${g.text.slice(0, 50)}» no channel, got ${p.viaText}`); }
        if (entOk) speakerEntityRight++;
        else if (ok) misses.push(`${ref}: «${g.text.slice(0, 50)}» speaker ${g.speaker}: text ${p.speakerText} right, entity ${entName ?? 'none'}`);
      });
    }
    const keys = [...pairOf.values()];
    let gp = 0, pp = 0, both = 0;
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
      const g = keys[i].gold === keys[j].gold, p = keys[i].pred !== null && keys[i].pred === keys[j].pred;
      if (g) gp++;
      if (p) pp++;
      if (g && p) both++;
      if (g && !p) misses.push(`statement pair missed (${keys[i].gold}):\n      ${keys[i].desc}\n      ${keys[j].desc}`);
      if (p && !g) misses.push(`statement pair wrongly joined:\n      ${keys[i].desc}\n      ${keys[j].desc}`);
    }
    scores.push({
      split, gold: gq.length, pred, found, correctPred, recall: gq.length ? found / gq.length : 0, precision: pred ? correctPred / pred : 0,
      speakerScored, speakerRight, speakerAcc: speakerScored ? speakerRight / speakerScored : 0,
      speakerEntityRight, speakerEntityAcc: speakerScored ? speakerEntityRight / speakerScored : 0, viaGold, viaRight, viaWrong,
      pairs: { gold: gp, pred: pp, both, p: pp ? both / pp : 1, r: gp ? both / gp : 1 }, misses,
    });
  }
  return scores;
}
