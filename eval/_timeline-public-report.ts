/** The public-data date figures of eval:timeline: document dates and labelled relative dates, dev and held. */
import { loadPublicDocs, type PublicSplit } from './_timeline-public.ts';
import { scoreDocDates, type DocDateScores } from './_timeline-docdate.ts';
import { loadDateLabels, scoreRelDates, type RelDateScores } from './_timeline-reldates.ts';

const ratio = (a: number, b: number): number => (b ? Math.round((a / b) * 1000) / 1000 : 0);

function summary(d: DocDateScores, r: RelDateScores) {
  return {
    relDateAccuracy: ratio(r.right, r.total),
    relDateFound: ratio(r.found, r.total),
    nonDatesDated: `${r.falseDates}/${r.nonDates}`,
    docDateRecovered: ratio(d.recovered, d.docs),
    docDateRecoveredRight: ratio(d.rightDay, d.recovered),
    docDateRecoveredNear: ratio(d.nearDay, d.recovered),
    docDateKept: ratio(d.kept, d.docs),
    dateFlagsPerDoc: ratio(d.flagged, d.docs),
    counts: { docs: d.docs, relDates: r.total, nonDates: r.nonDates, unlocated: r.unlocated, recovered: d.recovered, flagged: d.flagged,
      byKind: Object.fromEntries(Object.entries(r.byKind).map(([k, [a, b]]) => [k, `${a}/${b}`])) },
  };
}

export type PublicFigures = Record<PublicSplit, ReturnType<typeof summary>>;

/** Null when ../shared/data is absent. */
export function publicDateFigures(): { figures: PublicFigures; devMisses: string[] } | null {
  const docs = loadPublicDocs();
  if (!docs.length) return null;
  const figures = {} as PublicFigures;
  let devMisses: string[] = [];
  for (const split of ['dev', 'held'] as const) {
    const inSplit = docs.filter((d) => d.split === split);
    const d = scoreDocDates(inSplit);
    const r = scoreRelDates(inSplit, loadDateLabels(split));
    figures[split] = summary(d, r);
    if (split === 'dev') devMisses = [...r.misses, ...d.misses];
  }
  return { figures, devMisses };
}

export function printPublic(pub: ReturnType<typeof publicDateFigures>, misses: boolean): void {
  if (!pub) { console.log('\npublic data: ../shared/data not found, skipped'); return; }
  const { figures } = pub;
  console.log(`\ndates on public data (GVC, PolNeAR, ECB+)${' '.repeat(3)}${['dev', 'held'].map((s) => s.padStart(10)).join('')}`);
  const rows = Object.keys(figures.dev).filter((k) => k !== 'counts') as (keyof PublicFigures['dev'])[];
  for (const k of rows) console.log(`${k.padEnd(44)}${(['dev', 'held'] as const).map((s) => String(figures[s][k]).padStart(10)).join('')}`);
  console.log(`counts (dev): ${JSON.stringify(figures.dev.counts)}`);
  console.log(`counts (held): ${JSON.stringify(figures.held.counts)}`);
  if (misses) console.log(`\npublic dev misses:\n  ${pub.devMisses.join('\n  ')}`);
}
