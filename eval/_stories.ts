/**
 * The story-clustering evaluation shared by `npm run eval:stories` and the quality gate
 * (eval/stories.test.ts): each data set clustered on its own, scored by B-cubed.
 * Splits: ECB+ "dev" (odd topic numbers, the only half looked at while tuning) and "held" (even);
 * GVC val (dev) and test (held). Each split is clustered alone, so held documents never shape dev.
 */
import { groupDocuments } from '../src/corpus/stories/index.ts';
import type { AnalysedDocument } from '../src/contract/pipeline.ts';
import { bcubed, type BCubed } from './_bcubed.ts';
import { analysed, type PlainDoc } from './_docs.ts';
import { ecbSplit, loadEcb } from './_ecbplus.ts';
import { gvcSplit, loadGvc } from './_gvc.ts';
import { loadDemo, type DemoSet } from './_demo.ts';
import { BLIND_SET_NAMES, DEV_SET_NAMES } from '../src/demo-gold/index.ts';

export interface Row extends BCubed {
  set: string; docs: number; gold: number; predicted: number; target: number | null; seconds: number;
  /** Share of predicted stories of two or more documents whose title is the headline of a member of the story's largest gold story. */
  titles?: number;
}
interface Labelled { docs: AnalysedDocument[]; gold: Map<string, string> }

/** Cluster the documents the gold names (alone, as one corpus) and score them. */
function evaluate(set: string, all: Labelled, target: number | null, keep: (goldId: string) => boolean = () => true): Row {
  const t0 = performance.now();
  const docs = all.docs.filter((d) => keep(all.gold.get(d.doc.id) ?? ''));
  const gold = new Map([...all.gold].filter(([, g]) => keep(g)));
  const { grouping } = groupDocuments(docs, new Set(docs.map((d) => d.doc.id)), null);
  const pred = new Map([...grouping.storyOf]);
  return { set, docs: docs.length, gold: new Set(gold.values()).size, predicted: new Set(pred.values()).size, target, seconds: (performance.now() - t0) / 1000, ...bcubed(gold, pred), titles: titleMajority(grouping.stories, docs, gold) };
}

/** Titles that describe the majority: the title is the headline of a member of the story's largest gold story. */
function titleMajority(stories: { title: string; documentIds: string[] }[], docs: AnalysedDocument[], gold: Map<string, string>): number {
  const titleOf = new Map(docs.map((d) => [d.doc.id, d.doc.title.slice(0, 300)]));
  let ok = 0;
  let n = 0;
  for (const s of stories) {
    if (s.documentIds.length < 2) continue;
    const count = new Map<string, number>();
    for (const id of s.documentIds) count.set(gold.get(id) ?? '', (count.get(gold.get(id) ?? '') ?? 0) + 1);
    const top = Math.max(...count.values());
    n++;
    if (s.documentIds.some((id) => titleOf.get(id) === s.title && count.get(gold.get(id) ?? '') === top)) ok++;
  }
  return n ? ok / n : 1;
}

/** Copies (duplicateOf, syndicatedFrom) of a gold set against the dossier's grouping. */
export interface CopyRow {
  set: string; docs: number;
  /** Gold copies; found with the right original; found the wrong way round (the original taken as the copy). */
  gold: number; right: number; reversed: number;
  /** Documents called a copy that the gold does not (reversed pairs not counted again). */
  falseCopies: number;
  /** Gold copies under another outlet's name, and those whose syndicatedFrom names that outlet. */
  syndicated: number; syndicatedRight: number;
}

const outletKey = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function evaluateCopies(set: string, d: DemoSet): CopyRow {
  const { grouping } = groupDocuments(d.docs, new Set(d.docs.map((x) => x.doc.id)), null);
  const row: CopyRow = { set, docs: d.docs.length, gold: d.copies.size, right: 0, reversed: 0, falseCopies: 0, syndicated: 0, syndicatedRight: 0 };
  for (const [id, g] of d.copies) {
    const of = grouping.duplicateOf.get(id) ?? null;
    if (of === g.of) row.right++;
    else if (grouping.duplicateOf.get(g.of) === id) row.reversed++;
    if (!g.syndicatedFrom) continue;
    row.syndicated++;
    if (outletKey(grouping.syndicatedFrom.get(id)) === outletKey(g.syndicatedFrom)) row.syndicatedRight++;
  }
  for (const [id, of] of grouping.duplicateOf) {
    if (of && !d.copies.has(id) && d.copies.get(of)?.of !== id) row.falseCopies++;
  }
  return row;
}

/** Every gold set's copy row (the blind sets only with `blind`). */
export async function copyRows(blind = false): Promise<CopyRow[]> {
  const rows: CopyRow[] = [];
  for (const name of ['demo', ...DEV_SET_NAMES, ...(blind ? BLIND_SET_NAMES : [])] as const) {
    const set = await loadDemo(name);
    if (set) rows.push(evaluateCopies(name, set));
  }
  return rows;
}

/** Storylines: stories linked over time should share a storyline id. */
function evaluateLines(set: string, d: Labelled & { storylines: Map<string, string> }): Row {
  const t0 = performance.now();
  const { grouping } = groupDocuments(d.docs, new Set(d.docs.map((x) => x.doc.id)), null);
  const lineOfStory = new Map(grouping.stories.map((s) => [s.id, s.storylineId ?? s.id]));
  const pred = new Map([...grouping.storyOf].map(([id, s]) => [id, lineOfStory.get(s) ?? s]));
  return { set, docs: d.docs.length, gold: new Set(d.storylines.values()).size, predicted: new Set(pred.values()).size, target: null, seconds: (performance.now() - t0) / 1000, ...bcubed(d.storylines, pred) };
}

async function labelled(data: { docs: PlainDoc[]; gold: Map<string, string> } | null, withAnalyse: boolean): Promise<Labelled | null> {
  return data ? { docs: await analysed(data.docs, withAnalyse), gold: data.gold } : null;
}

/**
 * Every row (sets whose data is absent are left out). `withAnalyse` runs the real analyse stage
 * first; `blind` adds the blind gold (eval/blind), which is reported, never tuned on. `wanted` names
 * the rows the caller reads: a gold set in the demo schema neither of whose rows (`name`,
 * `name-lines`) is wanted is not run at all, since it goes through the full pipeline (the gate test
 * reads only the sets its baseline holds).
 */
export async function storyRows(withAnalyse: boolean, blind = false, wanted: (set: string) => boolean = () => true): Promise<Row[]> {
  const runs = (name: string): boolean => wanted(name) || wanted(`${name}-lines`);
  const rows: Row[] = [];
  const ecb = await labelled(loadEcb(), withAnalyse);
  if (ecb) rows.push(evaluate('ecbplus', ecb, 0.9), evaluate('ecb-dev', ecb, 0.9, (g) => ecbSplit(g) === 'dev'), evaluate('ecb-held', ecb, 0.9, (g) => ecbSplit(g) === 'held'));
  // Storylines against ECB+ topics: a storyline spanning two topics is a false link (precision);
  // linking a topic's two similar events is not scored either way (recall is no aim here).
  if (ecb) rows.push(evaluateLines('ecb-lines', { ...ecb, storylines: new Map([...ecb.gold].map(([id, g]) => [id, String(parseInt(g, 10))])) }));
  const gvc = await labelled(loadGvc(), withAnalyse);
  if (gvc) rows.push(evaluate('gvc', gvc, 0.85), evaluate('gvc-dev', gvc, 0.85, (g) => gvcSplit(g) === 'dev'), evaluate('gvc-held', gvc, 0.85, (g) => gvcSplit(g) === 'held'));
  // Storylines against GVC incidents: every incident is its own storyline, so precision counts false links.
  if (gvc) rows.push(evaluateLines('gvc-lines', { ...gvc, storylines: gvc.gold }));
  const demo = runs('demo') ? await loadDemo() : null;
  if (demo) rows.push(evaluate('demo', demo, null), evaluateLines('demo-lines', demo));
  for (const name of DEV_SET_NAMES.filter(runs)) {
    const dev = await loadDemo(name);
    if (dev) rows.push(evaluate(name, dev, null), evaluateLines(`${name}-lines`, dev));
  }
  for (const name of (blind ? BLIND_SET_NAMES : []).filter(runs)) {
    const held = await loadDemo(name);
    if (held) rows.push(evaluate(name, held, null), evaluateLines(`${name}-lines`, held));
  }
  return rows;
}
