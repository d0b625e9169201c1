/**
 * Debug (undated pages): for every page of a development gold that prints no date, each candidate day the redate stage
 * (src/corpus/redate) reads it on, against its story's trusted pages and against its storyline's: the score and what the
 * reading shares with or contradicts in them, the day picked, and the day the gold gives (marked <<). Never a blind gold.
 * Usage: npx tsx eval/_redate-trials.ts [demo|dev2|...]   (every development gold and the demo when none is named)
 */
import { REPO_ROOT } from '../src/demo-gold/index.ts';
import { explainRedate, needsDate } from '../src/corpus/redate/index.ts';
import { isoOfDay } from '../src/corpus/redate/_candidates.ts';
import { hasTrustedDate } from '../src/corpus/redate/_facts.ts';
import type { AnalysedDocument } from '../src/contract/pipeline.ts';
import { runDemo, devGoldsFromArgs } from './_timeline-run.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { analyseDocument } from '../src/analyse/index.ts';
import { ingestPaths } from '../src/ingest/index.ts';

const ROOT = REPO_ROOT.replace(/\/$/, '');
const { sets } = devGoldsFromArgs(process.argv.slice(2));
/** Parts of a reading ("e610:transfer:20392") with their epoch day written as an ISO day. */
const parts = (ps: string[]): string => ps.map((p) => p.replace(/:(\d+)$/, (_, d: string) => `:${isoOfDay(Number(d))}`)).join(' ');

/** The pages as analysed before the corpus stage (the dossier's are re-read once dated). */
function analysedBefore(files: Set<string>): Map<string, AnalysedDocument> {
  const out = new Map<string, AnalysedDocument>();
  const paths = [...new Set([...files].map((f) => `${ROOT}/${f.replace(/#\d+$/, '')}`))];
  for (const ev of ingestPaths(paths)) {
    if (ev.kind !== 'file') continue;
    for (const raw of ev.articles) {
      const doc = cleanArticle(raw);
      out.set(doc.id, { doc, analysis: analyseDocument(doc) });
    }
  }
  return out;
}

for (const [name, gold] of sets) {
  const files = new Set(gold.documents.map((d) => d.file));
  const run = runDemo(ROOT, files);
  const before = analysedBefore(files);
  const storyOf = new Map(run.dossier.stories.flatMap((s) => s.documentIds.map((id) => [id, s] as const)));
  const lineOf = (id: string): string | undefined => {
    const s = storyOf.get(id) as { id: string; storylineId?: string | null } | undefined;
    return s ? (s.storylineId ?? s.id) : undefined;
  };
  const trusted = [...before.values()].filter(hasTrustedDate);
  for (const g of gold.documents) {
    const shown = run.byFile.get(g.file);
    const d = shown ? before.get(shown.doc.id) : undefined;
    if (!d || !needsDate(d)) continue;
    const story = storyOf.get(d.doc.id)?.id;
    const line = lineOf(d.doc.id);
    console.log(`\n==== ${name} ${g.file}: gold ${g.publishedAt}, shown ${shown!.analysis.publishedAt?.slice(0, 10) ?? 'undated'}`);
    const paths: [string, AnalysedDocument[]][] = [
      ['story', trusted.filter((t) => storyOf.get(t.doc.id)?.id === story)],
      ['storyline', trusted.filter((t) => lineOf(t.doc.id) === line)],
    ];
    for (const [what, pages] of paths) {
      if (!pages.length) { console.log(`  ${what}: no trusted page`); continue; }
      const x = explainRedate(d, pages);
      if (!x) { console.log(`  ${what} (${pages.length} trusted): nothing in the text depends on the day`); continue; }
      console.log(`  ${what} (${pages.length} trusted): pick ${x.pick ?? 'none'}`);
      for (const t of x.trials) {
        const r = t.reading;
        console.log(`   ${t.day}${t.day === g.publishedAt ? ' <<' : '   '} score=${t.score} agree=${r.agreements} loose=${r.looseAgreements} contra=${r.disagreements} (firm ${r.firmDisagreements}) told=${r.toldAlike}/${r.toldWords}w shared=${r.sharedDays} before=${r.daysBeforeStory} anchors=${r.anchors}  ${r.contradicted.length ? `contradicted ${parts(r.contradicted)}  ` : ''}evidence ${r.evidence ? parts(r.evidence.split(',')) : '-'}`);
      }
    }
  }
}
