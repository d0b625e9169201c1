/**
 * One-thread cost of the scale bench's worker steps on synthetic documents, for profiling
 * (`node --cpu-prof --import tsx bench/_clean-profile.ts [events] [clean rounds]`): generate, then ingest,
 * clean, duplicate features and story features timed apart after a warm-up (CPU µs a document).
 */
import { makeArticle } from '../src/ingest/index.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { dupFeatures, storyFeatures } from '../src/corpus/stories/index.ts';
import { words } from '../src/corpus/duplicates/index.ts';
import { eventDocs, makeOutlets } from './_generate.ts';
import type { CleanDocument, RawArticle } from '../src/contract/pipeline.ts';

const events = Number(process.argv[2] ?? 1200);
const WARM_EVENTS = 100;
const CLEAN_ROUNDS = Number(process.argv[3] ?? 3);
const outlets = makeOutlets(7);
const gen = (from: number, to: number) => { const out = []; for (let i = from; i < to; i++) out.push(...eventDocs(7, i, outlets)); return out; };

const cpuMs = (f: () => void): number => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
// Warm-up: the JIT, eld's tables, lazily loaded modules.
for (const s of gen(1_000_000, 1_000_000 + WARM_EVENTS)) {
  const doc = cleanArticle(makeArticle(s.source, 'text', s.text, { title: s.title, outlet: s.outlet, publishedAt: s.publishedAt }));
  dupFeatures(doc.text, words(doc.text)); storyFeatures({ title: doc.title, text: doc.text, publishedAt: doc.publishedAt }, false);
}
let synth: ReturnType<typeof gen> = [];
const tGen = cpuMs(() => { synth = gen(0, events); });
let raws: RawArticle[] = [];
const tIngest = cpuMs(() => { raws = synth.map((s) => makeArticle(s.source, 'text', s.text, { title: s.title, outlet: s.outlet, publishedAt: s.publishedAt })); });
let docs: CleanDocument[] = [];
// The clean step several times (the machine is shared): the least CPU time is the steadiest figure.
const tClean = Math.min(...Array.from({ length: CLEAN_ROUNDS }, () => cpuMs(() => { docs = raws.map(cleanArticle); })));
const tDup = cpuMs(() => { for (const d of docs) dupFeatures(d.text, words(d.text)); });
const tStory = cpuMs(() => { for (const d of docs) storyFeatures({ title: d.title, text: d.text, publishedAt: d.publishedAt }, false); });
const n = synth.length;
const us = (ms: number) => Math.round((ms * 1000) / n);
console.log(JSON.stringify({ docs: n, avgChars: Math.round(docs.reduce((a, d) => a + d.text.length, 0) / n), usPerDoc: { generate: us(tGen), ingest: us(tIngest), clean: us(tClean), dupFeatures: us(tDup), storyFeatures: us(tStory) } }));
