/**
 * Shared setup of the flag debug tools (_flags-strict-dump, _flags-false-context, _flags-number-pairs,
 * _flags-quote-survey): one development set run through the pipeline, with the ways a system flag is
 * judged against a gold flag (its documents, its strict reading). Never for a blind set.
 */
import { GOLD_SETS, REPO_ROOT, type DevSetName } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';

export function flagRun(name: DevSetName | 'demo') {
  const gold = GOLD_SETS[name].load();
  const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
  /** The years of the set's documents, for days a gold note writes without one. */
  const years = [...new Set(gold.documents.flatMap((d) => (d.publishedAt ? [Number(d.publishedAt.slice(0, 4))] : [])))];
  const idsOf = (fs: readonly string[]): Set<string> => new Set(fs.map((f) => run.byFile.get(f)?.doc.id).filter((x): x is string => !!x));
  /** A flag's documents back a gold flag when at least half of them are the gold flag's. */
  const backs = (docIds: string[], ids: Set<string>): boolean => docIds.filter((id) => ids.has(id)).length >= Math.max(1, Math.ceil(docIds.length / 2));
  return { gold, run, years, idsOf, backs };
}
