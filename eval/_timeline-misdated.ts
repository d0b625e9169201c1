/**
 * Misdated pages on real coverage (issue 6): the GVC articles with every MISDATED_EVERY-th page (in id order,
 * offset by one from the pages eval/_timeline-redate.ts withholds) given a later "scrape day" (its creation day
 * + SCRAPE_DAYS_LATER, as a widget showing the day the page was fetched would), each split (val = dev, test = held)
 * built as its own corpus through clean → analyse → buildDossier. A misdated page is scored on whether a `date`
 * flag names it (and both days), and on the day the dossier shows for it: the scrape day kept, or the evidence
 * preferred and on the creation day GVC records, within a day, or further off. Pages given their own day count
 * the date flags that question them (false alarms).
 */
import { pathToFileURL } from 'node:url';
import { cleanArticle } from '../src/clean/index.ts';
import { analyseDocument } from '../src/analyse/index.ts';
import { buildDossier } from '../src/corpus/index.ts';
import { epochDay } from '../src/analyse/dates/index.ts';
import type { Flag } from '../src/contract/dossier.ts';
import type { AnalysedDocument, RawArticle } from '../src/contract/pipeline.ts';
import { devHeldTable, loadGvc } from './_gvc.ts';
import type { PlainDoc } from './_docs.ts';

/** Every MISDATED_EVERY-th page (in id order, from the second) carries a later scrape day instead of its own. */
export const MISDATED_EVERY = 3;
/** The scrape day: this many days after the page's creation day. */
export const SCRAPE_DAYS_LATER = 40;

export interface MisdatedFigures {
  misdated: number;
  /** Misdated pages a `date` flag names; of them, flags that give both the scrape day and the day shown instead. */
  flagged: number; flaggedBothDays: number;
  /** The day the dossier shows for a misdated page: the scrape day kept, or another (right, a day off, further off, none). */
  keptScrapeDay: number; preferred: number; right: number; nearDay: number; wrong: number; undated: number;
  /** Misdated pages with no other page of their incident in the split: no coverage to read their text against (cross-document evidence cannot flag them). */
  alone: number;
  /** Pages given their own day, and how many of them a `date` flag questions (false alarms). */
  ownDay: number; falseAlarms: number;
}

const isoPlus = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Date flags that question a page's own date ("Page date … of …"; not sources disagreeing on an event's date, nor notes on undated pages), by page id. */
function dateFlagsByPage(flags: Flag[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  for (const f of flags) {
    if (f.kind !== 'date' || f.documentIds.length !== 1 || !f.message.startsWith('Page date ')) continue;
    const id = f.documentIds[0]!;
    out.set(id, [...(out.get(id) ?? []), f]);
  }
  return out;
}

function analysedMisdated(docs: PlainDoc[]): { docs: AnalysedDocument[]; scrapeDay: Map<string, string> } {
  const sorted = [...docs].sort((a, b) => a.id.localeCompare(b.id));
  const scrapeDay = new Map(sorted.filter((d, i) => d.publishedAt && i % MISDATED_EVERY === 1).map((d) => [d.id, isoPlus(d.publishedAt!, SCRAPE_DAYS_LATER)]));
  return {
    scrapeDay,
    docs: sorted.map((d) => {
      const day = scrapeDay.get(d.id) ?? d.publishedAt;
      const raw: RawArticle = { id: d.id, source: `gvc/${d.id}`, format: 'text', content: d.text, hints: { title: d.title, ...(day ? { publishedAt: day } : {}) } };
      const doc = cleanArticle(raw);
      return { doc, analysis: analyseDocument(doc) };
    }),
  };
}

function score(split: PlainDoc[], incidentOf: Map<string, string>): MisdatedFigures {
  const { docs, scrapeDay } = analysedMisdated(split);
  const created = new Map(split.map((d) => [d.id, d.publishedAt]));
  const { dossier, docs: shown } = buildDossier({ docs, newIds: new Set(docs.map((d) => d.doc.id)), prior: null, generatedAt: '2000-01-01T00:00:00Z' });
  const flags = dateFlagsByPage(dossier.flags);
  const f: MisdatedFigures = { misdated: 0, flagged: 0, flaggedBothDays: 0, keptScrapeDay: 0, preferred: 0, right: 0, nearDay: 0, wrong: 0, undated: 0, alone: 0, ownDay: 0, falseAlarms: 0 };
  const pagesOf = new Map<string, number>();
  for (const d of split) pagesOf.set(incidentOf.get(d.id) ?? d.id, (pagesOf.get(incidentOf.get(d.id) ?? d.id) ?? 0) + 1);
  for (const d of shown) {
    const id = d.doc.id;
    const scrape = scrapeDay.get(id);
    const own = created.get(id);
    if (!own) continue;
    const day = d.analysis.publishedAt?.slice(0, 10) ?? null;
    if (!scrape) {
      f.ownDay++;
      if (flags.has(id)) f.falseAlarms++;
      continue;
    }
    f.misdated++;
    if ((pagesOf.get(incidentOf.get(id) ?? id) ?? 0) < 2) f.alone++;
    const named = flags.get(id) ?? [];
    if (named.length) f.flagged++;
    if (day && day !== scrape && named.some((x) => x.message.includes(scrape) && x.message.includes(day))) f.flaggedBothDays++;
    if (day === scrape) { f.keptScrapeDay++; continue; }
    if (!day) { f.undated++; continue; }
    f.preferred++;
    const off = Math.abs((epochDay(day) ?? 0) - (epochDay(own) ?? 0));
    if (off === 0) f.right++; else if (off === 1) f.nearDay++; else f.wrong++;
  }
  return f;
}

/** Figures per split, or null when ../shared/data/gvc is absent. Prints a small table unless `quiet`. */
export function runMisdatedCheck(quiet = false): Record<'dev' | 'held', MisdatedFigures> | null {
  const gvc = loadGvc();
  if (!gvc) return null;
  return devHeldTable(gvc, (docs) => score(docs, gvc.gold), `Pages dated to a later scrape day (GVC, every ${MISDATED_EVERY}rd page's date + ${SCRAPE_DAYS_LATER} days)`, [
    ['pages misdated', 'misdated'],
    ['... named by a date flag', 'flagged'],
    ['      giving the scrape day and the day preferred', 'flaggedBothDays'],
    ['... shown on the scrape day', 'keptScrapeDay'],
    ['... shown on another day (the evidence preferred)', 'preferred'],
    ['      on the right day', 'right'],
    ['      one day off', 'nearDay'],
    ['      more than a day off', 'wrong'],
    ['... shown undated', 'undated'],
    ['... alone (no other page of their incident in the split)', 'alone'],
    ['pages given their own day', 'ownDay'],
    ['... questioned by a date flag (false alarms)', 'falseAlarms'],
  ], quiet);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const f = runMisdatedCheck();
  if (process.argv.includes('--json')) console.log(JSON.stringify(f ?? { skipped: 'no gvc data' }));
}
