/** Debug: events dated by the lead (datedByLead) per dev set, with gold date on the same evidence and the page day. */
import { REPO_ROOT } from '../src/demo-gold/index.ts';
import { ingestPaths } from '../src/ingest/index.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { analyseDocument } from '../src/analyse/index.ts';
import { datedByLead } from '../src/analyse/events/index.ts';
import { devGoldsFromArgs, locate } from './_timeline-run.ts';
const ROOT = REPO_ROOT.replace(/\/$/, '');
const { sets } = devGoldsFromArgs(process.argv.slice(2));
for (const [name, gold] of sets) {
  if (name === 'demo') continue;
  const files = new Set(gold.documents.map((d) => d.file));
  const paths = [...new Set([...files].map((f) => f.replace(/#\d+$/, '')))].map((p) => `${ROOT}/${p}`);
  for (const ev of ingestPaths(paths)) {
    if (ev.kind !== 'file') continue;
    for (const raw of ev.articles) {
      const ref = raw.source.startsWith(ROOT) ? raw.source.slice(ROOT.length + 1) : raw.source;
      if (!files.has(ref)) continue;
      const doc = cleanArticle(raw);
      const a = analyseDocument(doc);
      const text = doc.text ?? '';
      const spans = gold.events.map((g) => ({ g, s: g.evidence.filter((x) => x.file === ref).flatMap((x) => locate(text, x.text)) }));
      const lead = a.dates.filter((d) => d.date.precision === 'day' && a.sentences.slice(0, 6).some((x) => d.start >= x.start && d.end <= x.end)).map((d) => `"${text.slice(d.start, Math.min(d.end + 12, text.length)).replace(/\s+/g, ' ')}"=${d.date.value}`).join(' ');
      for (const e of a.events) {
        if (!datedByLead(e)) continue;
        const ev0 = e.evidence[0]!;
        const hit = spans.find(({ s }) => s.some((x) => x.start < ev0.end && ev0.start < x.end));
        const verdict = !hit ? 'EXTRA' : hit.g.date === e.date?.value ? 'OK' : `WRONG gold=${hit.g.date}`;
        console.log(`${name} ${ref.split('/').pop()} page=${a.publishedAt?.slice(0, 10)} ${e.type}@${e.date?.value} ${verdict} LEAD ${lead}\n    ${text.slice(ev0.start, ev0.end).replace(/\s+/g, ' ').slice(0, 220)}`);
      }
    }
  }
}
