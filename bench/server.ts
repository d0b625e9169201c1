/**
 * Server read-path timings over a synthetic dossier: index build, story list, story page, document page.
 * Usage: npm run bench:server [-- --docs 5000] [--json]
 */
import { performance } from 'node:perf_hooks';
import { openStore } from '../src/store/index.ts';
import { createApp } from '../src/server/index.ts';
import { SCHEMA_VERSION, type Dossier } from '../src/contract/dossier.ts';

const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const DOCS = arg('docs', 5000);
const PER_STORY = 5;

function synthetic(n: number): Dossier {
  const text = 'The minister said on Monday that 40 ships were waiting outside the port. "We will not return until the contract is signed," the union leader said. '.repeat(8);
  const docs = Array.from({ length: n }, (_, i) => ({ id: `d${i}`, source: `feeds/${i}.txt`, title: `Article ${i} about port ${i % 97}`, outlet: `Outlet ${i % 40}`, byline: null, publishedAt: '2025-06-09', language: 'en', text, storyId: `s${Math.floor(i / PER_STORY)}`, duplicateOf: null }));
  const stories = Array.from({ length: Math.ceil(n / PER_STORY) }, (_, s) => ({ id: `s${s}`, title: `Story ${s}`, documentIds: docs.slice(s * PER_STORY, (s + 1) * PER_STORY).map((d) => d.id) }));
  const entities = Array.from({ length: n / 2 }, (_, e) => ({ id: `e${e}`, type: 'person' as const, name: `Person ${e}`, aliases: [`Person ${e}`], mentions: Array.from({ length: 6 }, (_, k) => ({ documentId: `d${(e * 3 + k * 11) % n}`, start: 4, end: 12 })) }));
  const quotes = docs.flatMap((d, i) => Array.from({ length: 4 }, (_, k) => ({ id: `${d.id}:q${k}`, documentId: d.id, text: 'We will not return', start: 77, end: 95, speakerId: `e${i % (n / 2)}`, speakerText: 'the union leader', statementId: `st${Math.floor(i / PER_STORY)}:${k}` })));
  const claims = docs.flatMap((d, i) => Array.from({ length: 3 }, (_, k) => ({ id: `${d.id}:c${k}`, text: '40 ships were waiting', status: 'single-source' as const, support: [{ documentId: d.id, start: 0, end: 70 }], conflicts: [], storyId: d.storyId })));
  const events = docs.map((d) => ({ id: `${d.id}:ev`, type: 'strike', summary: 'Strike', date: { value: '2025-06-09', precision: 'day' as const }, participantIds: [], placeId: null, evidence: [{ documentId: d.id, start: 0, end: 20 }] }));
  const flags = stories.map((s) => ({ kind: 'number', documentIds: s.documentIds.slice(0, 2), message: '40 vs 35' }));
  return { schemaVersion: SCHEMA_VERSION, generatedAt: new Date(0).toISOString(), documents: docs, stories, entities, quotes, events, claims, flags };
}

async function time(label: string, runs: number, fn: () => Promise<unknown>): Promise<[string, number]> {
  const t = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return [label, (performance.now() - t) / runs];
}

const store = openStore(':memory:');
const dossier = synthetic(DOCS);
store.commitCorpus({ state: {}, dossier });
const { app } = createApp({ store });
const get = async (path: string) => {
  const res = await app.request(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return res.json();
};
const rows: [string, number][] = [];
rows.push(await time('first request (load + index)', 1, () => get('/api/status')));
rows.push(await time('GET /api/stories (first: counts)', 1, () => get('/api/stories')));
rows.push(await time('GET /api/stories', 20, () => get('/api/stories?offset=100')));
rows.push(await time('GET /api/stories?q=port', 10, () => get('/api/stories?q=port')));
rows.push(await time('GET /api/stories/{id}', 50, () => get(`/api/stories/s${Math.floor(Math.random() * dossier.stories.length)}`)));
rows.push(await time('GET /api/documents/{id}', 50, () => get(`/api/documents/d${Math.floor(Math.random() * DOCS)}`)));
rows.push(await time('GET /api/entities/{id}', 50, () => get(`/api/entities/e${Math.floor(Math.random() * DOCS / 2)}`)));
rows.push(await time('GET /api/search?q=ships', 10, () => get('/api/search?q=ships')));

const size = `${DOCS} docs, ${dossier.stories.length} stories, ${dossier.quotes.length} quotes, ${dossier.claims.length} claims, ${dossier.entities.length} entities`;
console.log(`server read path over ${size}`);
console.log('request'.padEnd(38), 'ms (mean)');
for (const [label, ms] of rows) console.log(label.padEnd(38), ms.toFixed(1));
if (process.argv.includes('--json')) console.log(JSON.stringify({ docs: DOCS, ms: Object.fromEntries(rows.map(([l, m]) => [l, Number(m.toFixed(2))])) }));
store.close();
