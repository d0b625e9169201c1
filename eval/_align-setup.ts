/**
 * The claim items of one development gold as the claims stage sees them (stories grouped, entities resolved, copies
 * marked, happening days read as the corpus stage reads them, terms folded) with the term weights and the dossier run: the common start of the alignment debug tools
 * (_align-diag, _align-pairs, _align-why, _para-pairs, _conflict-diag). A blind set is refused: its misses are never printed.
 */
import { GOLD_SETS, REPO_ROOT, DEV_SET_NAMES, type DemoGold } from '../src/demo-gold/index.ts';
import { runDemo, type DemoRun } from './_timeline-run.ts';
import { groupDocuments } from '../src/corpus/stories/index.ts';
import { resolveEntities } from '../src/corpus/entities/index.ts';
import { claimItems, type ClaimItem } from '../src/corpus/claims/_features.ts';
import { foldTerms, idf } from '../src/corpus/claims/_similarity.ts';
import { withTextCopies } from '../src/corpus/duplicates/index.ts';
import { withHappeningDays } from '../src/corpus/redate/index.ts';

export type DevSetName = typeof DEV_SET_NAMES[number];

export interface AlignSetup { gold: DemoGold; run: DemoRun; items: ClaimItem[]; weights: ReturnType<typeof idf> }

/** Whether `name` names a development set (the only kind these tools read). */
export function isDevSet(name: string): name is DevSetName {
  return (DEV_SET_NAMES as readonly string[]).includes(name);
}

export function alignSetup(name: string): AlignSetup {
  if (!isDevSet(name)) throw new Error(`${name}: not a development set (one of ${DEV_SET_NAMES.join(', ')})`);
  const gold = GOLD_SETS[name].load();
  const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
  const sorted = [...run.docs].sort((a, b) => a.doc.id.localeCompare(b.doc.id));
  const { grouping } = groupDocuments(sorted, new Set(sorted.map((d) => d.doc.id)), null);
  const docs = withHappeningDays(sorted, grouping);
  const items = claimItems(docs, resolveEntities(docs), withTextCopies(docs, grouping));
  foldTerms(items);
  return { gold, run, items, weights: idf(items) };
}

/** Whether two spans overlap. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
