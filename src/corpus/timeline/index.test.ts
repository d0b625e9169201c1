import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, EventMention } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping, QuoteLedger } from '../types.ts';
import { buildTimeline } from './index.ts';

function doc(id: string, events: EventMention[], publishedAt: string): AnalysedDocument {
  return {
    doc: { id, source: `${id}.txt`, title: id, outlet: id, byline: null, publishedAt,
      dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
      language: 'en', url: null, text: 'x'.repeat(400) },
    analysis: { documentId: id, publishedAt, dateProvenance: { method: 'meta', raw: null, inferred: false },
      sentences: [], entities: [], mentions: [], quotes: [], dates: [], events, claims: [], flags: [] },
  };
}
const ev = (type: string, date: string | null, participants: number[], start: number, background = false): EventMention => ({
  type, summary: `${type} ${start}`, date: date ? { value: date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year' } : null,
  participants, place: null, evidence: [{ start, end: start + 10 }], background,
});

const docs = [
  doc('a', [ev('signing', '2025-06-11', [0, 1], 0), ev('toast', '2025-06-11', [1], 20)], '2025-06-11'),
  doc('b', [ev('signing', '2025-06', [0], 0), ev('meeting', null, [2], 50)], '2025-06-12'),
  doc('c', [ev('signing', '2025-06-11', [0], 100, true), ev('launch', '2026-06-10', [1], 0)], '2026-06-10'),
];
const res: EntityResolution = {
  entities: [],
  globalIds: new Map([['a', ['p-olden', 'p-bekh']], ['b', ['p-olden', 'x', 'p-vasko']], ['c', ['p-olden', 'p-concord']]]),
};
const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's2']]), stories: [] };

test('the same event merges across documents and stories; background mentions join the old event', () => {
  const t = buildTimeline(docs, res, grouping);
  const signing = t.filter((e) => e.type === 'signing');
  assert.equal(signing.length, 1);
  assert.deepEqual(signing[0]!.date, { value: '2025-06-11', precision: 'day' });
  assert.deepEqual(signing[0]!.evidence.map((r) => r.documentId), ['a', 'b', 'c']);
  assert.deepEqual(signing[0]!.participantIds, ['p-bekh', 'p-olden']);
});

test('ordered by date with undated events kept last; ids stable and order-independent', () => {
  const t = buildTimeline(docs, res, grouping);
  assert.deepEqual(t.map((e) => e.date?.value ?? null), ['2025-06-11', '2025-06-11', '2026-06-10', null]);
  assert.equal(t.at(-1)!.type, 'meeting');
  assert.equal(t.at(-1)!.date, null);
  const again = buildTimeline([...docs].reverse(), res, grouping);
  assert.deepEqual(again, t);
});

test('different days do not merge', () => {
  const t = buildTimeline([doc('a', [ev('transfer', '2025-06-12', [0], 0)], '2025-06-12'),
    doc('b', [ev('transfer', '2025-06-13', [0], 0)], '2025-06-13')], res, grouping);
  assert.equal(t.length, 2);
});

test('a year told as background in several articles of one story is one event; an undated news mention joins the recent event', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['p-a', 'p-b']], ['b', ['p-c', 'p-d']]]) };
  const t = buildTimeline([
    doc('a', [ev('signing', '1962', [0], 0, true), ev('visit', '2009', [], 40, true), ev('visit', '2026-11-16', [1], 80)], '2026-11-16'),
    doc('b', [ev('signing', '1962', [0], 0, true), ev('visit', null, [], 60)], '2026-11-17'),
  ], r, g);
  assert.equal(t.filter((e) => e.type === 'signing').length, 1);
  const recent = t.find((e) => e.type === 'visit' && e.date?.value === '2026-11-16')!;
  assert.deepEqual(recent.evidence.map((x) => x.documentId), ['a', 'b']);
});

test('a background mention joins the dated event of its kind in another story, preferring the same day; news is placed first', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's3']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['p-a']], ['b', ['p-b']], ['c', ['p-c']]]) };
  const t = buildTimeline([
    doc('c', [ev('signing', '2026-11-17', [], 0, true), ev('signing', null, [], 50, true)], '2027-01-22'),
    doc('a', [ev('signing', '2026-11', [], 0)], '2026-11-15'),
    doc('b', [ev('signing', '2026-11-17', [0], 0)], '2026-11-17'),
  ], r, g);
  const day = t.find((e) => e.type === 'signing' && e.date?.value === '2026-11-17')!;
  assert.deepEqual(day.evidence.map((x) => `${x.documentId}${x.start}`), ['b0', 'c0', 'c50']);
  assert.equal(t.filter((e) => e.type === 'signing').length, 2);
});

test('the place one shooting names, a participant of the other, makes them one event; two places keep them apart', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['p-knox', 'p-wate', 'p-dover']], ['b', ['p-knox', 'p-office', 'p-elm']]]) };
  const at = (e: EventMention, place: number): EventMention => ({ ...e, place });
  const t = buildTimeline([
    doc('a', [at(ev('attack', '2016-11-04', [1], 0), 0), at(ev('attack', '2016-11-04', [1], 200), 2)], '2016-11-04'),
    doc('b', [ev('attack', '2016-11-04', [0, 1], 0)], '2016-11-05'),
  ], r, g);
  assert.deepEqual(t.map((e) => e.evidence.map((x) => `${x.documentId}${x.start}`).join(' ')).sort(), ['a0 b0', 'a200']);
});

test('across stories, two attacks that share only an organisation (the police department) stay apart; a shared person joins them', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's3']]), stories: [] };
  const entity = (id: string, type: 'person' | 'organization') => ({ id, type, name: id, aliases: [], mentions: [] });
  const r: EntityResolution = {
    entities: [entity('o-corvale-pd', 'organization'), entity('p-worl', 'person'), entity('p-velo', 'person')],
    globalIds: new Map([['a', ['o-corvale-pd', 'p-worl']], ['b', ['o-corvale-pd', 'p-velo']], ['c', ['p-worl']]]),
  };
  const t = buildTimeline([
    doc('a', [ev('attack', '2016-10-04', [0, 1], 0)], '2016-10-05'),
    doc('b', [ev('attack', '2016-10-04', [0, 1], 0)], '2016-10-05'),
    doc('c', [ev('attack', '2016-10-04', [0], 0)], '2016-10-06'),
  ], r, g);
  assert.deepEqual(t.map((e) => e.evidence.map((x) => x.documentId).join(' ')).sort(), ['a c', 'b']);
});

test('an undated news mention naming nobody joins the one event of its kind its story dates near its page; not two, not a speech, not one long past', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's2']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['p-kell', 'p-orma']], ['b', ['p-vass']], ['c', ['p-lind', 'p-brae']]]) };
  const t = buildTimeline([
    doc('a', [ev('attack', '2026-03-02', [0], 0), ev('statement', '2026-03-02', [1], 40)], '2026-03-03'),
    doc('b', [ev('attack', null, [0], 0), ev('statement', null, [], 50)], '2026-03-04'),
    doc('c', [ev('visit', '2019', [0], 0), ev('visit', null, [1], 60)], '2026-03-05'),
  ], r, g);
  const attack = t.filter((e) => e.type === 'attack');
  assert.deepEqual(attack.map((e) => e.evidence.map((x) => x.documentId).join(' ')), ['a b']);
  assert.equal(t.filter((e) => e.type === 'statement').length, 2, 'an undated statement stays its own');
  assert.equal(t.filter((e) => e.type === 'visit').length, 2, 'a visit of 2019 is no news of a page of 2026');
});

test('one day and one type in two stories of one storyline is one event, each naming the actors its own way; another storyline or another place stays apart', () => {
  const story = (id: string, storylineId: string) => ({ id, title: id, documentIds: [], storylineId });
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(),
    storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's3'], ['d', 's4']]),
    stories: [story('s1', 'line-ostrel'), story('s2', 'line-ostrel'), story('s3', 'line-harwick'), story('s4', 'line-ostrel')] };
  // "The Yarrowby assembly ratified the truce on Thursday" / "Yarrowby's parliament voted the accord through on Thursday".
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['o-assembly', 'p-ostrel']], ['b', ['o-parliament', 'p-ostrel']], ['c', ['o-council']], ['d', ['o-guild', 'p-brenn']]]) };
  const at = (e: EventMention, place: number): EventMention => ({ ...e, place });
  const t = buildTimeline([
    doc('a', [ev('vote', '2025-11-06', [0], 0)], '2025-11-06'),
    doc('b', [at(ev('vote', '2025-11-06', [0], 0), 1)], '2025-11-20'),
    doc('c', [ev('vote', '2025-11-06', [0], 0)], '2025-11-07'),
    doc('d', [at(ev('vote', '2025-11-06', [0], 0), 1)], '2025-11-07'),
  ], r, g);
  const votes = t.filter((e) => e.type === 'vote').map((e) => e.evidence.map((x) => x.documentId).join(' ')).sort();
  assert.deepEqual(votes, ['a b', 'c', 'd']);
});

test('a mention naming nobody and no place, dated to the day, joins the one event of its type that day in any story; with two such events it stays apart', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's3']]), stories: [] };
  // "The Yarrowby commission ordered a full recount on Tuesday" / a blog's "2025-12-16 - recount ordered".
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['o-ostrel-commission']], ['b', []], ['c', ['o-harwick-board']]]) };
  const one = buildTimeline([
    doc('b', [ev('election', '2025-12-16', [], 0)], '2026-01-13'),
    doc('a', [ev('election', '2025-12-16', [0], 0)], '2025-12-16'),
  ], r, g);
  assert.deepEqual(one.map((e) => e.evidence.map((x) => x.documentId).join(' ')), ['a b']);
  const two = buildTimeline([
    doc('a', [ev('election', '2025-12-16', [0], 0)], '2025-12-16'),
    doc('b', [ev('election', '2025-12-16', [], 0)], '2026-01-13'),
    doc('c', [ev('election', '2025-12-16', [0], 0)], '2025-12-17'),
  ], r, g);
  assert.equal(two.length, 3);
});

test('kindred types on the same day join when they name someone in common: "will travel to Quessary on Wednesday" / "arrived in Quessary today"', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's3']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['p-orvandel']], ['b', ['p-orvandel', 'l-quessary']], ['c', ['p-tallowmere']]]) };
  const t = buildTimeline([
    doc('a', [ev('travel', '2026-03-11', [0], 0)], '2026-03-10'),
    doc('b', [{ ...ev('visit', '2026-03-11', [0], 0), place: 1 }], '2026-03-11'),
    // Someone else's arrival that day, and the same envoy's receiving a day later, stay apart.
    doc('c', [ev('arrive', '2026-03-11', [0], 0), ev('receive', '2026-03-12', [0], 40)], '2026-03-12'),
  ], r, g);
  const trip = t.filter((e) => e.date?.value === '2026-03-11' && e.participantIds.includes('p-orvandel'));
  assert.equal(trip.length, 1);
  assert.deepEqual(trip[0]!.evidence.map((x) => x.documentId), ['a', 'b']);
  assert.equal(t.length, 3);
});

test('a mention naming nobody joins the one event of a kindred type that day, failing one of its own: "the bid reached the board on the 28th"', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's3']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['o-brisk-halden']], ['b', []], ['c', ['p-tallowmere']]]) };
  const joined = buildTimeline([
    doc('a', [ev('receive', '2026-02-28', [0], 0)], '2026-03-02'),
    doc('b', [ev('visit', '2026-02-28', [], 0)], '2026-03-31'),
  ], r, g);
  assert.equal(joined.length, 1);
  // One of its own type that day is the one it joins.
  const own = buildTimeline([
    doc('a', [ev('receive', '2026-02-28', [0], 0)], '2026-03-02'),
    doc('b', [ev('visit', '2026-02-28', [], 0)], '2026-03-31'),
    doc('c', [ev('visit', '2026-02-28', [0], 0)], '2026-03-01'),
  ], r, g);
  const visit = own.find((e) => e.type === 'visit')!;
  assert.deepEqual(visit.evidence.map((x) => x.documentId).sort(), ['b', 'c']);
  assert.equal(own.length, 2);
});

test('kin joined, the event takes the trigger\'s type: a plan to travel told first, then the arrival, is one visit', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['p-orvandel']], ['b', ['p-orvandel']]]) };
  const t = buildTimeline([doc('a', [ev('travel', '2026-03-11', [0], 0)], '2026-03-10'), doc('b', [ev('visit', '2026-03-11', [0], 0)], '2026-03-11')], r, g);
  assert.deepEqual(t.map((e) => e.type), ['visit']);
});

test('two events of one type and day that come to share a person are one: "Mr Brenwick conceded on Monday" / "Hal Brenwick conceded on 12/15/2025"', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's2']]), stories: [] };
  const entity = (id: string, type: 'person' | 'organization') => ({ id, type, name: id, aliases: [], mentions: [] });
  // a blog names him in full; one article of the other story only as "Mr Brenwick" (an entity of its own), another in full.
  const r: EntityResolution = { entities: [entity('p-brenwick', 'person'), entity('p-mr-brenwick', 'person'), entity('o-audit', 'organization')],
    globalIds: new Map([['a', ['p-brenwick', 'o-audit']], ['b', ['p-mr-brenwick']], ['c', ['p-brenwick']]]) };
  const t = buildTimeline([
    doc('a', [ev('concede', '2025-12-15', [0, 1], 0)], '2026-01-13'),
    doc('b', [ev('concede', '2025-12-15', [0], 0)], '2025-12-16'),
    doc('c', [ev('concede', '2025-12-15', [0], 0)], '2025-12-17'),
  ], r, g);
  assert.deepEqual(t.map((e) => e.evidence.map((x) => x.documentId).join(' ')), ['a b c']);
  // What they share is only an organisation (who tells of it), or the type is generic across stories: apart.
  const r2: EntityResolution = { entities: r.entities, globalIds: new Map([['a', ['o-audit']], ['b', ['p-mr-brenwick']], ['c', ['o-audit']]]) };
  const apart = buildTimeline([
    doc('a', [ev('concede', '2025-12-15', [0], 0)], '2026-01-13'),
    doc('b', [ev('concede', '2025-12-15', [0], 0)], '2025-12-16'),
    doc('c', [ev('concede', '2025-12-15', [0], 0)], '2025-12-17'),
  ], r2, g);
  assert.equal(apart.length, 2);
  const meetings = buildTimeline([
    doc('a', [ev('meeting', '2025-12-15', [0, 1], 0)], '2026-01-13'),
    doc('b', [ev('meeting', '2025-12-15', [0], 0)], '2025-12-16'),
    doc('c', [ev('meeting', '2025-12-15', [0], 0)], '2025-12-17'),
  ], r, g);
  assert.equal(meetings.length, 2);
});

test('a place the other mention also names is no other place: "the memorial service at St Talloway\'s in the town" / "a service in the town"', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2']]), stories: [] };
  const entity = (id: string) => ({ id, type: 'place' as const, name: id, aliases: [], mentions: [] });
  const r: EntityResolution = { entities: [entity('l-town'), entity('l-church'), entity('l-harbour')],
    globalIds: new Map([['a', ['l-town']], ['b', ['l-church', 'l-town', 'l-harbour']]]) };
  const at = (e: EventMention, place: number): EventMention => ({ ...e, place });
  const one = buildTimeline([
    doc('a', [at(ev('memorial', '2024-12-21', [], 0), 0)], '2024-12-20'),
    doc('b', [at(ev('memorial', '2024-12-21', [1], 0), 0)], '2024-12-22'),
  ], r, g);
  assert.deepEqual(one.map((e) => e.evidence.map((x) => x.documentId).join(' ')), ['a b']);
  // The other mention names another place only: two services.
  const two = buildTimeline([
    doc('a', [at(ev('memorial', '2024-12-21', [], 0), 0)], '2024-12-20'),
    doc('b', [at(ev('memorial', '2024-12-21', [2], 0), 0)], '2024-12-22'),
  ], r, g);
  assert.equal(two.length, 2);
});

test('a verb and the noun of its act are one type: "Tamsley was detained" and "Tamsley detained" on one day merge; another day stays apart', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's3']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['p-tamsley']], ['b', ['p-tamsley']], ['c', ['p-tamsley']]]) };
  const t = buildTimeline([
    doc('a', [ev('detention', '2024-12-14', [0], 0)], '2024-12-16'),
    doc('b', [ev('detain', '2024-12-14', [0], 0)], '2025-01-16'),
    doc('c', [ev('detain', '2025-02-03', [0], 0)], '2025-02-04'),
  ], r, g);
  assert.deepEqual(t.map((e) => `${e.type}@${e.date?.value}:${e.evidence.map((x) => x.documentId).join('')}`),
    ['detention@2024-12-14:ab', 'detention@2025-02-03:c']);
});

test('two sentences quoting one statement of the quote ledger are one statement, whoever each names; another statement that day stays apart', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['p-spokeswoman']], ['b', ['o-airline', 'p-minister']]]) };
  const quote = (id: string, documentId: string, start: number, statementId: string): QuoteLedger['quotes'][number] =>
    ({ id, documentId, text: 'q', start, end: start + 5, speakerId: null, speakerText: null, statementId });
  const ledger: QuoteLedger = { statements: [], quotes: [quote('q1', 'a', 2, 'st-safety'), quote('q2', 'b', 2, 'st-safety'), quote('q3', 'b', 52, 'st-other')] };
  const docs2 = [
    doc('a', [ev('statement', '2025-11-20', [0], 0)], '2025-11-21'),
    doc('b', [ev('statement', '2025-11-20', [0], 0), ev('statement', '2025-11-20', [1], 50)], '2025-11-21'),
  ];
  const t = buildTimeline(docs2, r, g, ledger);
  assert.deepEqual(t.map((e) => e.evidence.map((x) => `${x.documentId}${x.start}`).join(' ')).sort(), ['a0 b0', 'b50']);
  // Without the ledger nothing says the two name one statement.
  assert.equal(buildTimeline(docs2, r, g).length, 3);
});

test('one day\'s arrest in two stories whose places share a proper name ("Quellmarsh" / "Port City Quellmarsh") is one arrest; another town\'s stays apart', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's3']]), stories: [] };
  const ent = (id: string, name: string, type: 'place' | 'organization'): EntityResolution['entities'][number] => ({ id, type, name, aliases: [name], mentions: [] });
  const r: EntityResolution = {
    entities: [ent('o-quell', 'Quellmarsh', 'organization'), ent('pl-portquell', 'Port City Quellmarsh', 'place'), ent('pl-otter', 'Port City Ottervane', 'place')],
    globalIds: new Map([['a', ['o-quell']], ['b', ['pl-portquell']], ['c', ['pl-otter']]]),
  };
  const withText = (d: AnalysedDocument, text: string): AnalysedDocument => ({ ...d, doc: { ...d.doc, text } });
  const t = buildTimeline([
    withText(doc('a', [ev('detention', '2026-01-07', [0], 0)], '2026-01-09'), 'Police in the port city of Quellmarsh arrested a man.'),
    withText(doc('b', [ev('detention', '2026-01-07', [0], 0)], '2026-01-08'), 'The Police of the Port City Quellmarsh has arrested a man.'),
    withText(doc('c', [ev('detention', '2026-01-07', [0], 0)], '2026-01-08'), 'The Police of the Port City Ottervane has arrested a woman.'),
  ], r, g);
  assert.deepEqual(t.map((e) => e.evidence.map((x) => x.documentId).join('')).sort(), ['ab', 'c']);
});

test('an undated news mention of a kind its story dates twice joins the one most of the story\'s pages tell', () => {
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]), stories: [] };
  const r: EntityResolution = { entities: [], globalIds: new Map([['a', ['p-quarry']], ['b', ['p-quarry', 'p-gate']], ['c', []]]) };
  const t = buildTimeline([
    doc('a', [ev('attack', '2026-04-15', [0], 0)], '2026-04-16'),
    doc('b', [ev('attack', '2026-04-15', [0], 0), ev('attack', '2026-04-21', [1], 200)], '2026-04-22'),
    doc('c', [ev('attack', null, [], 90)], '2026-04-23'),
  ], r, g);
  const main = t.find((e) => e.type === 'attack' && e.date?.value === '2026-04-15')!;
  assert.deepEqual(main.evidence.map((x) => `${x.documentId}${x.start}`), ['a0', 'b0', 'c90']);
  assert.equal(t.filter((e) => e.type === 'attack' && !e.date).length, 0);
  // Two told alike: the undated mention stays apart.
  const even = buildTimeline([
    doc('a', [ev('attack', '2026-04-15', [0], 0)], '2026-04-16'),
    doc('b', [ev('attack', '2026-04-21', [1], 200)], '2026-04-22'),
    doc('c', [ev('attack', null, [], 90)], '2026-04-23'),
  ], r, g);
  assert.equal(even.filter((e) => e.type === 'attack' && !e.date).length, 1);
});
