import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { splitSentences } from '../sentences/index.ts';
import type { AnalysisContext } from '../context.ts';
import { clauses, findClaims, findNumbers, keyTerms } from './index.ts';

test('spelled and hyphenated quantities are normalised', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('After a three-hour meeting they left.'), [[3, 'hour']]);
  assert.deepEqual(n('Talks of ninety minutes ended.'), [[90, 'minute']]);
  assert.deepEqual(n('Fourteen Talvari fishermen and seventeen crew went home.'), [[14, 'fishermen'], [17, 'crew']]);
  assert.deepEqual(n('Some 1,200 troops, $5 million and a dozen drones in 2024.'), [[1200, 'troop'], [5e6, 'dollar'], [12, 'drone']]);
});

test('checkable sentences become claims with kind, numbers and key terms', () => {
  const text = 'Hello there. The leaders held talks lasting three hours in the capital. '
    + 'The foreign minister said the visit was a success for both nations. Nice weather today, everyone agrees.';
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null };
  const claims = findClaims(ctx);
  assert.deepEqual(claims.map((c) => c.kind), ['number', 'attribution']);
  assert.deepEqual(claims[0]!.numbers.map((x) => [x.value, x.unit]), [[3, 'hour']]);
  assert.ok(keyTerms(claims[0]!.text).includes('talk'));
  // Near-synonyms news paraphrases swap are one key term.
  assert.deepEqual(keyTerms('opens the port to vessels'), keyTerms('allows the port to ships'));
});

test('a sentence splits into clauses at commas and openers, never inside quotes', () => {
  const t = 'Orsenna and Talvar signed a maritime accord in Calvero on Wednesday after talks of ninety minutes, officials said "slowly, carefully, in good faith" to reporters.';
  const parts = clauses(t, { start: 0, end: t.length }).map((c) => t.slice(c.start, c.end));
  assert.deepEqual(parts, [
    'Orsenna and Talvar signed a maritime accord in Calvero on Wednesday',
    'after talks of ninety minutes',
    'officials said "slowly, carefully, in good faith" to reporters.',
  ]);
});

test('a bare figure counts what was counted just before; -ing words before the unit are skipped', () => {
  const t = 'Kastel says 340 fishing licences were issued, not the 210 claimed by Serapol.';
  assert.deepEqual(findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]), [[340, 'licence'], [210, 'licence']]);
  const u = 'Serapol says only 210 have been honoured.';
  assert.deepEqual(findNumbers(u, { start: 0, end: u.length }, [], 'licence').map((x) => [x.value, x.unit]), [[210, 'licence']]);
  assert.deepEqual(findNumbers(u, { start: 0, end: u.length }, []).map((x) => [x.value, x.unit]), []);
});
