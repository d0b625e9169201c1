import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimItems, clauseStance, normAgent } from './_features.ts';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument } from '../../analyse/index.ts';
import type { Grouping } from '../types.ts';
import { RUNNING_TALLY } from './patterns.ts';

test('a speaker is who speaks: adverbs and auxiliaries before the reporting verb are no part of it', () => {
  assert.equal(normAgent('the harbour board still '), 'harbour board');
  assert.equal(normAgent('The Quillmere agency now '), 'quillmere agency');
  assert.equal(normAgent('the water authority is still '), 'water authority');
  assert.equal(normAgent('Dovrel Ferries had '), 'dovrel ferries');
  assert.equal(normAgent('has '), null);
  // A name ending in such a word elsewhere stays whole.
  assert.equal(normAgent('the Stillwater council '), 'stillwater council');
});

test('"still" tells a running count only of what the counted still are or do, not of a thing\'s quality or a source\'s word', () => {
  const running = (s: string): boolean => RUNNING_TALLY.test(s);
  assert.deepEqual([
    'Eleven climbers from the Quessel hut are still missing.',
    'Divers said 14 fishermen were still being treated in Tarrowby.',
    'About 3,000 homes in Brindle were still without power.',
    'The Quessel count is still 24 missing, the guild said.',
  ].map(running), [true, true, true, true]);
  assert.deepEqual([
    'Tarrowby Works asks whether the contract, worth 120 million crowns, is still valid.',
    'The Quessel guild still says 143.',
    'Brindle Mills shares still trade below 41 crowns.',
  ].map(running), [false, false, false]);
});

test('a clause that tells its own date is dated by it, not by the date another clause of its sentence tells', () => {
  const text = 'The Drunsk ferry was built in 1991 and failed two hull surveys in March 2025, harbour records show. The harbour reopened.';
  const doc: CleanDocument = {
    id: 'q', source: 'q.txt', title: 'Quay report', outlet: 'Quay Post', byline: null, publishedAt: '2026-04-18',
    dateProvenance: { method: 'meta', raw: '2026-04-18', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['q', 's1']]), stories: [] };
  const items = claimItems([{ doc, analysis: analyseDocument(doc) }], { entities: [], globalIds: new Map() }, grouping);
  const survey = items.find((i) => /hull surveys/.test(i.claim.text))!;
  assert.equal(survey.asOf, '2025-03');
  assert.equal(survey.background, true);
});

test('a claim is of the day its own words tell: a time of day dated by the day told before it adds none', async () => {
  const { eventDays } = await import('./_features.ts');
  const text = 'The Halvaric envoy Orm Telvik arrived in Tessin on Saturday. He signed the accord with the mayor at noon.';
  const doc: CleanDocument = {
    id: 'd1', source: 'a.txt', title: 't', outlet: 'Harbor Post', byline: null, publishedAt: '2026-07-20',
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null, language: 'en', url: null, text,
  };
  const analysis = analyseDocument(doc);
  assert.equal(analysis.dates.find((d) => d.text === 'at noon')?.date.value, '2026-07-18');
  const at = text.indexOf('He signed');
  assert.equal(eventDays(analysis, { start: at, end: text.length, text: text.slice(at) }).size, 0);
});

test('a clause with no subject of its own tells the side of the bargain its sentence tells before it', () => {
  assert.equal(clauseStance('was 3 per cent', "The Brisk Mills management's last offer, made in May, "), 'offer');
  assert.equal(clauseStance('up from 3 per cent', 'Brisk Mills has raised its offer to 6 per cent, '), 'offer');
  assert.equal(clauseStance('which it says is worth 5 per cent', "Brisk Mills' offer was 3 per cent, "), 'offer');
  // Its own words decide first; a clause with a subject of its own is no continuation.
  assert.equal(clauseStance('the weavers, who want 9 per cent', 'Brisk Mills raised its offer to 6 per cent; '), 'demand');
  assert.equal(clauseStance('prices rose 5 per cent last year', 'Brisk Mills offered 3 per cent, but '), null);
});

test('an act that ends a stretch "from … to …" is of the day told after it, not of the stretch\'s first day', async () => {
  const { eventDays } = await import('./_features.ts');
  const text = 'Nobody left the hall at Brisk Mills. The weavers\' talks ran 14 hours, from 8 a.m. on the Monday to the signing at 2:10 a.m. on 4/7/2026 (April 7).';
  const doc: CleanDocument = {
    id: 'd1', source: 'a.txt', title: 't', outlet: 'Harbor Post', byline: null, publishedAt: '2026-04-09',
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null, language: 'en', url: null, text,
  };
  const analysis = analyseDocument(doc);
  const c = analysis.claims!.find((x) => x.text.startsWith('from 8 a.m.'))!;
  assert.deepEqual([...eventDays(analysis, c)], [['signing', '2026-04-07']]);
});

test('a speaker is the noun before a relative clause set off by commas: "the Board, which employs them, put the number at"', () => {
  const text = 'The Quaymen\'s Guild said 4,200 of its members had walked out. The Tarrow Ports Board, which employs them, put the number at about 3,000 and said the early ferries had sailed.';
  const doc: CleanDocument = {
    id: 'w', source: 'w.txt', title: 'Walkout', outlet: 'Tarrow Post', byline: null, publishedAt: '2026-04-18',
    dateProvenance: { method: 'meta', raw: '2026-04-18', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['w', 's1']]), stories: [] };
  const items = claimItems([{ doc, analysis: analyseDocument(doc) }], { entities: [], globalIds: new Map() }, grouping);
  assert.equal(items.find((i) => /3,000/.test(i.claim.text))?.agent, 'tarrow ports board');
});

test('a speaker is the noun before a clause set off by commas that describes it: "whose ...", "the charity that ..."', () => {
  const text = 'The Ostrevel health office said 14 people had died. The Pellarine Relief Corps, whose nurses have worked in Ostrevel for a fortnight, says 19 people have died. '
    + 'The Pellarine Relief Corps, the charity that has run the field clinic since Monday, now counts 22 dead.';
  const doc: CleanDocument = {
    id: 'p', source: 'p.txt', title: 'Outbreak', outlet: 'Ostrevel Post', byline: null, publishedAt: '2026-05-09',
    dateProvenance: { method: 'meta', raw: '2026-05-09', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['p', 's1']]), stories: [] };
  const items = claimItems([{ doc, analysis: analyseDocument(doc) }], { entities: [], globalIds: new Map() }, grouping);
  assert.deepEqual(['19 people', '22 dead'].map((f) => items.find((i) => i.claim.text.includes(f))?.agent), ['pellarine relief corps', 'pellarine relief corps']);
});

test('a speaker\'s day told before "that" and a day a count runs "until" date nothing the clause reports', async () => {
  const { dayOfHappening } = await import('./_features.ts');
  const at = (clause: string, day: string): boolean => dayOfHappening(clause, clause.indexOf(day), clause.indexOf(day) + day.length);
  assert.deepEqual([
    at('Harbour master Edda Quellin repeated on Tuesday that the Brannow trawler had radioed for help', 'on Tuesday'),
    at('the Tessary pilots told reporters on Friday that the barge ran aground', 'on Friday'),
    at('The Divers have lifted until Thursday four Cars from the Water', 'Thursday'),
    at('the Brannow ferry stayed closed till Monday', 'Monday'),
  ], [false, false, false, false]);
  // The day of what was said, and a day told after a verb of saying with no "that", date the happening.
  assert.deepEqual([
    at('Edda Quellin said the Brannow trawler had radioed for help on Tuesday', 'on Tuesday'),
    at('Quellin said that the trawler sank on Tuesday, that nobody drowned', 'on Tuesday'),
    at('divers lifted four cars from the Tessary estuary on Thursday', 'on Thursday'),
  ], [true, true, true]);
});

test('a count told with the time of a happening is read once per measure; a count told with the time it stood by is one claim', () => {
  const doc: CleanDocument = {
    id: 'q', source: 'q.txt', title: 'Tilsworth report', outlet: 'Quillmere Gazette', byline: null, publishedAt: '2026-03-02',
    dateProvenance: { method: 'meta', raw: '2026-03-02', inferred: false }, dateCandidates: [], modifiedAt: null, language: 'en', url: null,
    text: 'By 11.30 a.m. the water board said 800 homes in Tilsworth had their supply back. A manager said 31 staff were inside the Tilsworth depot at the time of the fire, at 9.15 p.m.',
  };
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['q', 's1']]), stories: [] };
  const items = claimItems([{ doc, analysis: analyseDocument(doc) }], { entities: [], globalIds: new Map() }, grouping);
  assert.deepEqual(items.map((x) => [...x.numbers.keys()].join('+')), ['clock+home', 'staff', 'clock']);
});
