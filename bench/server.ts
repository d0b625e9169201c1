/**
 * HTTP throughput and latency of `triangulate serve` over a synthetic store, measured with autocannon
 * against a real server in its own process. Each API endpoint is compared, in the same run, with a
 * static page served by the same server (framework + security headers, no work), and that page with
 * node's bare http serving the same bytes: ratios hold up when the machine is busy, absolute req/s do not.
 * Usage: npm run bench:server [-- --docs 5000] [--seconds 3] [--connections 10] [--json]
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import autocannon from 'autocannon';
import { SCHEMA_VERSION, type Dossier } from '../src/contract/dossier.ts';
import { openStore } from '../src/store/index.ts';

const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const DOCS = arg('docs', 5000);
const SECONDS = arg('seconds', 3);
const CONNECTIONS = arg('connections', 10);
/** Unmeasured run before each measured one: JIT, caches and the dossier index warm up. */
const WARMUP_SECONDS = 1;
const PER_STORY = 5;

function synthetic(n: number): Dossier {
  const text = 'The minister said on Monday that 40 ships were waiting outside the port. "We will not return until the contract is signed," the union leader said. '.repeat(8);
  const docs = Array.from({ length: n }, (_, i) => ({ id: `d${i}`, source: `feeds/${i}.txt`, title: `Article ${i} about port ${i % 97}`, outlet: `Outlet ${i % 40}`, byline: null, publishedAt: '2025-06-09', language: 'en', text, storyId: `s${Math.floor(i / PER_STORY)}`, duplicateOf: null }));
  const stories = Array.from({ length: Math.ceil(n / PER_STORY) }, (_, s) => ({ id: `s${s}`, title: `Story ${s}`, documentIds: docs.slice(s * PER_STORY, (s + 1) * PER_STORY).map((d) => d.id) }));
  const entities = Array.from({ length: n / 2 }, (_, e) => ({ id: `e${e}`, type: 'person' as const, name: `Person ${e}`, aliases: [`Person ${e}`], mentions: Array.from({ length: 6 }, (_, k) => ({ documentId: `d${(e * 3 + k * 11) % n}`, start: 4, end: 12 })) }));
  const quotes = docs.flatMap((d, i) => Array.from({ length: 4 }, (_, k) => ({ id: `${d.id}:q${k}`, documentId: d.id, text: 'We will not return', start: 77, end: 95, speakerId: `e${i % (n / 2)}`, speakerText: 'the union leader', statementId: `st${Math.floor(i / PER_STORY)}:${k}` })));
  const claims = docs.flatMap((d) => Array.from({ length: 3 }, (_, k) => ({ id: `${d.id}:c${k}`, text: '40 ships were waiting', status: 'single-source' as const, support: [{ documentId: d.id, start: 0, end: 70 }], conflicts: [], storyId: d.storyId })));
  const events = docs.map((d) => ({ id: `${d.id}:ev`, type: 'strike', summary: 'Strike', date: { value: '2025-06-09', precision: 'day' as const }, participantIds: [], placeId: null, evidence: [{ documentId: d.id, start: 0, end: 20 }] }));
  const flags = stories.map((s) => ({ kind: 'number', documentIds: s.documentIds.slice(0, 2), message: '40 vs 35' }));
  return { schemaVersion: SCHEMA_VERSION, generatedAt: new Date(0).toISOString(), documents: docs, stories, entities, quotes, events, claims, flags };
}

interface Child { url: string; proc: ChildProcessByStdio<Writable, Readable, null>; lines: Interface; cpuMicros(): Promise<number> }

async function startChild(args: string[]): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join('bench', '_server-child.ts'), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: proc.stdout });
  const next = (): Promise<Record<string, unknown>> => new Promise((resolve, reject) => {
    const onExit = (): void => reject(new Error('the bench server exited'));
    proc.once('exit', onExit);
    lines.once('line', (l) => { proc.off('exit', onExit); resolve(JSON.parse(l) as Record<string, unknown>); });
  });
  const { url } = (await next()) as { url: string };
  return { url, proc, lines, cpuMicros: async () => { proc.stdin.write('cpu\n'); return ((await next()) as { cpuMicros: number }).cpuMicros; } };
}

interface Row { label: string; rps: number; p50: number; p97: number; p99: number; cpuUsPerReq: number; errors: number }

async function load(child: Child, path: string, label: string): Promise<Row> {
  const url = `${child.url}${path}`;
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS });
  const cpu0 = await child.cpuMicros();
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  const cpu = (await child.cpuMicros()) - cpu0;
  return { label, rps: r.requests.average, p50: r.latency.p50, p97: r.latency.p97_5, p99: r.latency.p99, cpuUsPerReq: r.requests.total ? cpu / r.requests.total : 0, errors: r.errors + r.non2xx };
}

const dir = mkdtempSync(join(tmpdir(), 'tri-bench-server-'));
const dbPath = join(dir, 'store.db');
const dossier = synthetic(DOCS);
const store = openStore(dbPath);
store.commitCorpus({ state: {}, dossier });
store.close();

const app = await startChild(['app', dbPath]);
const bare = await startChild(['bare']);
try {
  const t = performance.now();
  await fetch(`${app.url}/api/stories?limit=1`);
  const firstMs = performance.now() - t;
  const rows: Row[] = [];
  rows.push(await load(bare, '/', 'bare node:http, static page (reference)'));
  rows.push(await load(app, '/index.html', 'static page, same server'));
  const api: [string, string][] = [
    ['/api/status', 'GET /api/status'],
    ['/api/stories?limit=50&offset=100', 'GET /api/stories (page of 50)'],
    ['/api/stories?q=port&limit=20', 'GET /api/stories?q=port'],
    [`/api/stories/s${Math.floor(dossier.stories.length / 2)}`, 'GET /api/stories/{id}'],
    [`/api/documents/d${Math.floor(DOCS / 3)}`, 'GET /api/documents/{id}'],
    [`/api/entities/e${Math.floor(DOCS / 5)}`, 'GET /api/entities/{id}'],
    ['/api/claims?storyId=s7', 'GET /api/claims?storyId='],
    ['/api/search?q=ships&limit=20', 'GET /api/search?q=ships'],
  ];
  for (const [path, label] of api) rows.push(await load(app, path, label));
  const staticRps = rows[1].rps;

  const size = `${DOCS} docs, ${dossier.stories.length} stories, ${dossier.quotes.length} quotes, ${dossier.claims.length} claims, ${dossier.entities.length} entities`;
  console.log(`triangulate serve over ${size}; ${CONNECTIONS} connections, ${SECONDS} s each; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`first request after start (loads the dossier, builds the index and counts): ${firstMs.toFixed(0)} ms`);
  console.log(`${'request'.padEnd(42)}${'req/s'.padStart(9)}${'× static'.padStart(10)}${'p50 ms'.padStart(8)}${'p97.5'.padStart(8)}${'p99'.padStart(7)}${'CPU µs/req'.padStart(12)}`);
  for (const r of rows) {
    console.log(`${r.label.padEnd(42)}${r.rps.toFixed(0).padStart(9)}${(r.rps / staticRps).toFixed(2).padStart(10)}${String(r.p50).padStart(8)}${String(r.p97).padStart(8)}${String(r.p99).padStart(7)}${r.cpuUsPerReq.toFixed(0).padStart(12)}${r.errors ? `  (${r.errors} errors)` : ''}`);
  }
  console.log(`static page through the app vs bare node:http: ${(staticRps / rows[0].rps).toFixed(2)}× the throughput`);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ docs: DOCS, loadavg: loadavg(), firstMs, rows: rows.map((r) => ({ ...r, vsStatic: r.rps / staticRps })) }));
} finally {
  app.proc.kill();
  bare.proc.kill();
  rmSync(dir, { recursive: true, force: true });
}
