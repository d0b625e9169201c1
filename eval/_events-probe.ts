/** Debug: events of one invented text (argv[2]) under a page day (argv[3]), each with its type, date and evidence. */
import type { CleanDocument } from '../src/contract/pipeline.ts';
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { resolveDates } from '../src/analyse/dates/index.ts';
import { findEvents } from '../src/analyse/events/index.ts';
const text = process.argv[2] ?? '';
const publishedAt = process.argv[3] ?? '2026-04-15';
const doc: CleanDocument = { id: 'p', source: 'p.txt', title: 't', outlet: 'o', byline: null, publishedAt,
  dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null, language: 'en', url: null, text };
const sentences = splitSentences(text);
const dated = resolveDates(doc, sentences);
for (const d of dated.dates) console.log(`date "${text.slice(d.start, d.end)}" = ${d.date.value} (${d.method})`);
for (const e of findEvents({ doc, sentences, entities: [], mentions: [], quotes: [], dates: dated.dates, publishedAt: dated.publishedAt }))
  console.log(`${e.type}@${e.date?.value ?? '-'}${e.background ? ' bg' : ''}: ${e.evidence.map((s) => text.slice(s.start, s.end)).join(' | ')}`);
