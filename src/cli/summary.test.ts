import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../corpus/index.ts';
import { summaryText } from './summary.ts';

test('the run line counts articles and warnings in words that agree with the number', () => {
  const dossier = buildDossier({ docs: [], newIds: new Set(), prior: null, generatedAt: '2026-12-03T10:00:00.000Z' }).dossier;
  const run = (read: number, warnings: number): string => summaryText({
    read, added: read, alreadyStored: 0, dossier, paths: null,
    warnings: Array.from({ length: warnings }, (_, i) => ({ source: `feed.jsonl#${i + 1}`, reason: 'line is not valid JSON' })),
  }).split('\n')[0]!;
  assert.equal(run(15, 1), 'Read 15 articles: 15 new, 0 already in the store, 1 warning.');
  assert.equal(run(1, 2), 'Read 1 article: 1 new, 0 already in the store, 2 warnings.');
  assert.equal(run(3, 0), 'Read 3 articles: 3 new, 0 already in the store.');
});
