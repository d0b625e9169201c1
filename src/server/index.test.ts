import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/index.ts';
import { createApp, isLoopback, startServer } from './index.ts';
import { fixtureDossier } from './_fixture.ts';
import type { AnalyzeOptions, AnalyzeResult } from '../pipeline/index.ts';

function setup(token?: string, analyze?: (o: AnalyzeOptions) => Promise<AnalyzeResult>) {
  const store = openStore(':memory:');
  store.commitCorpus({ state: {}, dossier: fixtureDossier() });
  const { app, idle } = createApp({ store, token, analyze });
  const get = async (path: string, init?: RequestInit) => {
    const res = await app.request(path, init);
    return { res, body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text() };
  };
  return { store, app, idle, get };
}

test('stories list with counts, search and pagination', async () => {
  const { get } = setup();
  const { body } = await get('/api/stories');
  assert.equal(body.total, 2);
  assert.deepEqual(body.items[0], { id: 's1', title: 'Rotterdam dock strike', dateRange: { from: '2025-06-09', to: '2025-06-09' }, documentCount: 2, outletCount: 2, quoteCount: 2, claimCount: 1, entityCount: 2, eventCount: 1, flagCount: 1 });
  assert.deepEqual((await get('/api/stories?q=rain')).body.items.map((s: { id: string }) => s.id), ['s2']);
  const paged = (await get('/api/stories?limit=1&offset=1')).body;
  assert.deepEqual([paged.total, paged.items.length, paged.items[0].id], [2, 1, 's2']);
});

test('story slice: ledger groups wording variants, matrix marks support and contradiction', async () => {
  const { body } = await setup().get('/api/stories/s1');
  assert.equal(body.ledger.length, 1);
  assert.equal(body.ledger[0].variants.length, 2);
  assert.deepEqual(body.ledger[0].variants.map((v: { quotes: { outlet: string }[] }) => v.quotes[0].outlet), ['Harbour Gazette', 'Delta Post']);
  assert.deepEqual(body.matrix.outlets, ['Delta Post', 'Harbour Gazette']);
  assert.deepEqual(body.matrix.rows[0].cells, ['contradicts', 'supports']);
  assert.equal(body.timeline[0].evidence[0].span, 'Dock workers in Rotterdam walked out on Monday');
  assert.deepEqual(body.graph.edges, [{ source: 'e1', target: 'e2', weight: 2 }]);
});

test('document view carries text and every span kind', async () => {
  const { body } = await setup().get('/api/documents/d1');
  assert.deepEqual([...new Set(body.spans.map((s: { kind: string }) => s.kind))].sort(), ['claim', 'entity', 'event', 'quote']);
  const q = body.spans.find((s: { kind: string }) => s.kind === 'quote');
  assert.equal(body.document.text.slice(q.start, q.end), 'We will not return until the contract is signed,');
  assert.deepEqual(body.related.map((d: { id: string }) => d.id), ['d2']);
});

test('entity view, full-text search, filters', async () => {
  const { get } = setup();
  const e = (await get('/api/entities/e1')).body;
  assert.deepEqual([e.entity.name, e.quotes.length, e.roles[0].role, e.stories[0].id], ['Marieke de Vries', 2, 'union leader', 's1']);
  const hits = (await get('/api/search?q=contract')).body.items;
  assert.ok(hits.some((h: { kind: string; id: string }) => h.kind === 'quote' && h.id === 'q1'));
  assert.deepEqual((await get('/api/claims?status=contested')).body.items.map((c: { id: string }) => c.id), ['c1']);
  assert.equal((await get('/api/quotes?storyId=s2')).body.total, 1);
});

test('clear 4xx JSON errors and security headers', async () => {
  const { get } = setup();
  const bad = await get('/api/stories?limit=-3');
  assert.equal(bad.res.status, 400);
  assert.equal(bad.body.error.code, 'invalid_request');
  assert.match(bad.body.error.message, /limit/);
  const missing = await get('/api/documents/nope');
  assert.deepEqual([missing.res.status, missing.body.error.code], [404, 'not_found']);
  assert.equal((await get('/api/search')).res.status, 400);
  assert.equal((await get('/api/nothing')).res.status, 404);
  for (const r of [bad.res, missing.res, (await get('/')).res, (await get('/openapi.json')).res]) {
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
  }
  const api = (await get('/openapi.json')).body;
  assert.equal(api.openapi, '3.1.0');
  assert.ok(api.paths['/api/stories/{id}'] && api.paths['/api/ingest'].post);
});

test('ingest: token enforced, JSON and multipart bodies validated, job runs in background', async () => {
  const seen: string[] = [];
  const stub = async (o: AnalyzeOptions): Promise<AnalyzeResult> => {
    for (const i of o.inputs) if ('name' in i) seen.push(`${i.name}:${new TextDecoder().decode(i.bytes)}`);
    o.onProgress?.({ phase: 'analyse', done: 1, total: 1 });
    return { read: 1, added: 1, alreadyStored: 0, warnings: [], dossier: fixtureDossier(), paths: null };
  };
  const { get, idle } = setup('s3cret', stub);
  const json = (body: unknown, auth = 'Bearer s3cret') => ({ method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify(body) });
  assert.equal((await get('/api/ingest', json({ articles: [{ name: 'a.txt', content: 'x' }] }, 'Bearer wrong'))).res.status, 401);
  const invalid = await get('/api/ingest', json({ articles: [] }));
  assert.deepEqual([invalid.res.status, invalid.body.error.code], [400, 'invalid_request']);
  assert.equal((await get('/api/ingest', { method: 'POST', headers: { authorization: 'Bearer s3cret', 'content-type': 'text/plain' }, body: 'x' })).res.status, 415);
  const ok = await get('/api/ingest', json({ articles: [{ name: '../../etc/a.txt', content: 'Hello port.' }] }));
  assert.equal(ok.res.status, 202);
  const form = new FormData();
  form.append('files', new File(['Second article.'], 'b.md'));
  const up = await get('/api/ingest', { method: 'POST', headers: { authorization: 'Bearer s3cret' }, body: form });
  assert.equal(up.res.status, 202);
  await idle();
  assert.deepEqual(seen, ['a.txt:Hello port.', 'b.md:Second article.']);
  const job = (await get(up.body.href)).body;
  assert.deepEqual([job.status, job.result.added], ['done', 1]);
});

test('upload size cap answers 413', async () => {
  const { get } = setup();
  const big = new Uint8Array(26 * 1024 * 1024);
  const r = await get('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) }, body: big });
  assert.equal(r.res.status, 413);
});

test('startServer refuses a public host without a token, and serves on loopback', async () => {
  assert.equal(isLoopback('127.0.0.1'), true);
  assert.equal(isLoopback('0.0.0.0'), false);
  await assert.rejects(startServer({ dbPath: ':memory:', port: 0, host: '0.0.0.0', buildWeb: 'never' }), /token/);
  const s = await startServer({ dbPath: ':memory:', port: 0, host: '127.0.0.1', buildWeb: 'never' });
  try {
    const res = await fetch(`${s.url}/api/status`);
    assert.deepEqual(await res.json(), { ready: false, documentCount: 0, generatedAt: null, storyCount: 0 });
  } finally {
    await s.close();
  }
});

test('uploaded file names keep only a safe base name', async () => {
  const { safeName } = await import('./_routes-write.ts');
  assert.equal(safeName('../../etc/passwd', 'x.txt'), 'passwd');
  assert.equal(safeName('C:\\Users\\a\\report.html', 'x.txt'), 'report.html');
  assert.equal(safeName('..', 'fallback.txt'), 'fallback.txt');
  assert.equal(safeName('bad\u0000name\n.txt', 'x.txt'), 'badname.txt');
});

test('the OpenAPI document describes every API route, and nothing more', async () => {
  const { app, get } = setup();
  const doc = (await get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  const routes = app.routes
    .filter((r) => r.path.startsWith('/api/') && !r.path.includes('*') && r.method !== 'ALL')
    .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
  assert.deepEqual([...new Set(routes)].sort(), documented.sort());
});
