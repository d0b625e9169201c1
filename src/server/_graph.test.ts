import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMA_VERSION, type Dossier, type Entity } from '../contract/dossier.ts';
import { buildIndex } from './_index.ts';
import { entityGraph } from './_graph.ts';

const text = 'Mayor Ana Ruiz opened the new harbour bridge in Porto Lindo on Monday.';
const doc = (id: string) => ({ id, source: `${id}.txt`, title: id, outlet: `Outlet ${id}`, byline: null, publishedAt: '2025-06-09', language: 'en', text, storyId: 's1', duplicateOf: null });
const person = (id: string, docs: string[]): Entity => ({ id, type: 'person', name: id, aliases: [id], mentions: docs.map((documentId) => ({ documentId, start: 6, end: 14 })) });

test('in a story of four articles, entities are linked only when two articles name both; unlinked ones are not drawn', () => {
  const entities = [person('ruiz', ['d1', 'd2', 'd3', 'd4']), person('bridge', ['d1', 'd2', 'd3']), person('once', ['d1']), person('elsewhere', ['d9'])];
  const d: Dossier = { schemaVersion: SCHEMA_VERSION, generatedAt: '', documents: ['d1', 'd2', 'd3', 'd4'].map(doc), stories: [{ id: 's1', title: 'Bridge', documentIds: ['d1', 'd2', 'd3', 'd4'] }], entities, quotes: [], events: [], claims: [], flags: [] };
  const g = entityGraph(buildIndex(d), 's1', entities);
  assert.deepEqual(g.edges, [{ source: 'ruiz', target: 'bridge', weight: 3 }]);
  assert.deepEqual(g.nodes.map((n) => [n.id, n.weight]), [['ruiz', 4], ['bridge', 3]]);
});
