import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/index.ts';
import { createApp } from './index.ts';
import { fixtureDossier } from './_fixture.ts';

function api() {
  const store = openStore(':memory:');
  store.commitCorpus({ state: {}, dossier: fixtureDossier() });
  const { app } = createApp({ store });
  return async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: await res.json() };
  };
}

test('search answers a page with the total number of hits', async () => {
  const get = api();
  const all = (await get('/api/search?q=contract')).body;
  assert.equal(all.total, 4, 'two documents and two quotes say "contract"');
  const second = (await get('/api/search?q=contract&limit=3&offset=3')).body;
  assert.deepEqual([second.total, second.items.length, second.offset], [4, 1, 3]);
});

test('a bad page size says what to send', async () => {
  const get = api();
  for (const v of ['abc', '0', '501', '2.5', '-1']) {
    const r = await get(`/api/claims?limit=${v}`);
    assert.deepEqual([r.status, r.body.error.message], [400, 'limit: limit must be a whole number from 1 to 500'], v);
  }
  assert.equal((await get('/api/claims?offset=x')).body.error.message, 'offset: offset must be a whole number, 0 or more');
  assert.equal((await get('/api/claims?limit=%20500%20')).status, 200);
});

test('flags name the outlet, title and span of each document', async () => {
  const { body } = await api()('/api/flags');
  assert.deepEqual(body.items[0].sources.map((s: { outlet: string; title: string }) => [s.outlet, s.title]),
    [['Harbour Gazette', 'Rotterdam dock strike halts cargo'], ['Delta Post', 'Strike shuts Rotterdam port']]);
});

test('a document view says where else each of its quotes and claims appear', async () => {
  const { body } = await api()('/api/documents/d1');
  assert.deepEqual(body.quotes[0].elsewhere.map((r: { documentId: string; outlet: string }) => [r.documentId, r.outlet]), [['d2', 'Delta Post']]);
  assert.deepEqual(body.claims[0].elsewhere.map((r: { outlet: string; role: string }) => [r.outlet, r.role]), [['Delta Post', 'conflict']]);
  assert.equal(body.claims[0].storyId, 's1');
});

test('an entity view groups roles by title and quotes by statement', async () => {
  const { body } = await api()('/api/entities/e1');
  assert.deepEqual(body.roleHistory.map((r: { role: string; from: string; documents: number }) => [r.role, r.from, r.documents]), [['union leader', '2025-06-09', 1]]);
  assert.equal(body.roleHistory[0].evidence[0].outlet, 'Harbour Gazette');
  assert.equal(body.ledger.length, 1);
  assert.equal(body.ledger[0].variants.length, 2);
  assert.equal(body.events[0].evidence[0].span, 'Dock workers in Rotterdam walked out on Monday');
});

test('excerpts carry their outlet', async () => {
  const { body } = await api()('/api/stories/s1');
  assert.deepEqual(body.claims[0].conflicts.map((x: { outlet: string; span: string }) => [x.outlet, x.span]), [['Delta Post', 'Officials counted 35 ships at anchor.']]);
  assert.deepEqual(body.flags[0].sources.map((s: { outlet: string }) => s.outlet), ['Harbour Gazette', 'Delta Post']);
});

test('a malformed JSON ingest says what shape to send', async () => {
  const store = openStore(':memory:');
  const { app } = createApp({ store, analyze: async () => { throw new Error('not reached'); } });
  const post = async (body: string) => (await (await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()).error.message as string;
  assert.equal(await post('{"articles":[{"name":"a.txt"}]}'), 'articles.0.content: content must be the article text as a string');
  assert.equal(await post('{}'), 'articles: articles is missing: send {"articles": [{"name": "a.txt", "content": "the article text"}]}');
  assert.equal(await post('{"articles":[]}'), 'articles: articles must hold at least one article');
  assert.match(await post('{bad'), /^the body is not valid JSON: send \{"articles"/);
});

test('a story slice pages its claims and says how many there are', async () => {
  const get = api();
  const first = (await get('/api/stories/s1')).body;
  assert.deepEqual(first.totals, { claims: 1, claimOffset: 0, claimLimit: 200, singleSource: 0, events: 1, statements: 1 });
  const past = (await get('/api/stories/s1?claimOffset=1&claimLimit=5')).body;
  assert.deepEqual([past.claims.length, past.matrix.rows.length, past.totals.claims], [0, 0, 1]);
  const tooMany = await get('/api/stories/s1?claimLimit=201');
  assert.deepEqual([tooMany.status, tooMany.body.error.message], [400, 'claimLimit: claimLimit must be a whole number from 1 to 200']);
});

test('a flag message that names documents by id reads with their outlets', async () => {
  const store = openStore(':memory:');
  const d = fixtureDossier();
  d.flags.push({ kind: 'duplicate', documentIds: ['d2', 'd1'], message: 'd2 duplicates d1' });
  store.commitCorpus({ state: {}, dossier: d });
  const body = await (await createApp({ store }).app.request('/api/flags?kind=duplicate')).json();
  assert.deepEqual([body.items[0].message, body.items[0].readable], ['d2 duplicates d1', 'Delta Post duplicates Harbour Gazette']);
});
