import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, QuoteMention } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping } from '../types.ts';
import { buildQuoteLedger } from './index.ts';

const q = (text: string, speaker: number | null, partial = false): QuoteMention =>
  ({ start: 0, end: text.length, text, partial, speaker, speakerText: null, via: null, viaText: null });
const doc = (id: string, quotes: QuoteMention[]): AnalysedDocument => ({ doc: { id } as never, analysis: { quotes } as never });

const docs = [
  doc('a', [q('We did not come to Calvero to sign paper. We came to bring our fishermen home.', 0), q('a red line', null, true)]),
  doc('b', [q('We came here to bring our fishermen home, not to sign paper', 0), q('We will never accept a red line drawn by others in the strait', 1)]),
  doc('c', [q('We came to bring our fishermen home', 1), q('The strait belongs to nobody and the talks will go on', null)]),
];
const res: EntityResolution = { entities: [], globalIds: new Map([['a', ['p:bekh']], ['b', ['p:bekh', 'p:corvo']], ['c', ['p:bekh', 'p:corvo']]]) };
const grouping = { storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]) } as Grouping;

test('rewordings by one speaker share a statement; another speaker never joins; fragments join verbatim', () => {
  const { quotes, statements } = buildQuoteLedger(docs, res, grouping);
  const st = (id: string) => quotes.find((x) => x.id === id)!.statementId;
  assert.equal(st('a:q0'), st('b:q0'));
  assert.notEqual(st('a:q0'), st('c:q0'));
  assert.equal(st('a:q1'), st('b:q1'));
  assert.equal(st('a:q0'), 'st:a:q0');
  const s = statements.find((x) => x.id === st('a:q0'))!;
  assert.deepEqual([s.speakerId, s.quoteIds], ['p:bekh', ['a:q0', 'b:q0']]);
  assert.equal(quotes.find((x) => x.id === 'c:q0')!.speakerId, 'p:corvo');
});

test('ids do not depend on input order; across stories an unknown speaker never links a fragment', () => {
  const one = buildQuoteLedger(docs, res, grouping);
  const two = buildQuoteLedger([...docs].reverse(), res, grouping);
  assert.deepEqual(one, two);
  const apart = buildQuoteLedger(docs, res, { storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's2']]) } as Grouping);
  const st = (id: string) => apart.quotes.find((x) => x.id === id)!.statementId;
  assert.notEqual(st('a:q1'), st('b:q1'));
  assert.equal(st('a:q0'), st('b:q0'));
  assert.deepEqual(buildQuoteLedger([], res, grouping), { quotes: [], statements: [] });
});
