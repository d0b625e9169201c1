import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument, EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { splitSentences } from '../sentences/index.ts';
import { resolveDates } from '../dates/index.ts';
import type { AnalysisContext } from '../context.ts';
import { EVENT_TRIGGERS, datedByLead, deniedByNo, findEvents, perfectRelatives } from './index.ts';
import { partAround } from './_generic.ts';

const TEXT = 'President Ana Vaso met Prime Minister Ivo Marsh in Port Alder on Wednesday. '
  + 'The talks lasted three hours. Vaso and Marsh raised their glasses in a toast at dinner. '
  + 'The accord they signed on May 2, 2024 was extended.';

function ctx(): AnalysisContext {
  const doc: CleanDocument = {
    id: 'd1', source: 'a.txt', title: 't', outlet: 'Harbor Post', byline: null, publishedAt: '2025-03-06',
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text: TEXT,
  };
  const entities: LocalEntity[] = [
    { type: 'person', name: 'Ana Vaso', aliases: ['Vaso'], roles: [] },
    { type: 'person', name: 'Ivo Marsh', aliases: ['Marsh'], roles: [] },
    { type: 'place', name: 'Port Alder', aliases: [], roles: [] },
  ];
  const mentions: EntityMention[] = [];
  for (const [anchor, word, entity] of [['Ana Vaso', 'Ana Vaso', 0], ['Ivo Marsh', 'Ivo Marsh', 1],
    ['Port Alder', 'Port Alder', 2], ['Vaso and', 'Vaso', 0], ['Marsh raised', 'Marsh', 1]] as const) {
    const start = TEXT.indexOf(anchor);
    mentions.push({ start, end: start + word.length, text: word, entity });
  }
  const sentences = splitSentences(TEXT);
  const dated = resolveDates(doc, sentences);
  return { doc, sentences, entities, mentions, quotes: [], dates: dated.dates, publishedAt: dated.publishedAt };
}

test('typed events with participants, place, date and background', () => {
  const events = findEvents(ctx());
  const meeting = events.find((e) => e.type === 'meeting')!;
  assert.deepEqual(meeting.date, { value: '2025-03-05', precision: 'day' });
  assert.deepEqual(meeting.participants, [0, 1]);
  assert.equal(meeting.place, 2);
  assert.equal(meeting.evidence.length, 2, 'the undated "talks" sentence joins the dated meeting');
  assert.ok(events.some((e) => e.type === 'toast'));
  const signing = events.find((e) => e.type === 'signing')!;
  assert.equal(signing.date?.value, '2024-05-02');
  assert.equal(signing.background, true);
  assert.equal(meeting.background, false);
});

test('empty and hostile input', () => {
  const c = ctx();
  assert.deepEqual(findEvents({ ...c, sentences: [] }), []);
  assert.deepEqual(findEvents({ ...c, doc: { ...c.doc, text: '' }, sentences: [{ start: 0, end: 50 }] }), []);
});

/** Events of a text, dated against `publishedAt`; quotes found by their marks; `people`: names made person entities (every occurrence a mention). */
function eventsOf(text: string, publishedAt: string, people: readonly string[] = [], captions?: string[]) {
  const doc: CleanDocument = {
    id: 'd3', source: 'c.txt', title: 't', outlet: 'Harbor Post', byline: null, publishedAt,
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text, ...(captions ? { captions } : {}),
  };
  const sentences = splitSentences(text);
  const dated = resolveDates(doc, sentences);
  const quotes = [...text.matchAll(/“([^”]*)”/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[1]!,
    partial: false, speaker: null, speakerText: null, via: null, viaText: null }));
  const entities: LocalEntity[] = people.map((name) => ({ type: 'person', name, aliases: [], roles: [] }));
  const mentions: EntityMention[] = people.flatMap((name, entity) => [...text.matchAll(new RegExp(name, 'g'))]
    .map((m) => ({ start: m.index!, end: m.index! + name.length, text: name, entity })));
  return findEvents({ doc, sentences, entities, mentions, quotes, dates: dated.dates, publishedAt: dated.publishedAt });
}
const said = (events: ReturnType<typeof eventsOf>, type: string) => events.filter((e) => e.type === type).map((e) => e.date?.value ?? null);

test('two events of one type in one sentence stay apart; an offset from a dated event dates the other', () => {
  const events = eventsOf('The pact was signed in Port Alder on June 11 last year. '
    + 'Within a day, Velmar handed over 14 fishermen, and the first cargo ship docked in Port Alder three days after the signing.', '2026-06-15');
  assert.deepEqual(said(events, 'transfer').sort(), ['2025-06-12', '2025-06-14']);
  assert.deepEqual(said(events, 'signing'), ['2025-06-11']);
});

test('a clause joined by ", and" with a subject of its own names its own people, not the first clause\'s', () => {
  // Thursday 2026-05-14: the guards arrested yesterday are not Orvlenby Desk, remanded today.
  const events = eventsOf('The smuggler, Orvlenby Desk, was remanded in custody by a judge today, and the two guards arrested yesterday are still being questioned.',
    '2026-05-14', ['Orvlenby Desk']);
  const arrest = events.find((e) => e.type === 'detention' && e.date?.value === '2026-05-13')!;
  assert.deepEqual(arrest.participants, []);
  const counted = eventsOf('Orvlenby Desk has been remanded in custody since yesterday, and three guards were arrested on Tuesday.', '2026-05-14', ['Orvlenby Desk']);
  assert.deepEqual(counted.find((e) => e.type === 'detention' && e.date?.value === '2026-05-12')!.participants, []);
  // A list of subjects before one verb stays one act of all of them.
  const met = eventsOf('Orvlenby Desk, Ivo Mossquarry, and the harbour master met in Port Alder on Wednesday.', '2026-05-14', ['Orvlenby Desk', 'Ivo Mossquarry']);
  assert.deepEqual(met.find((e) => e.type === 'meeting')!.participants, [0, 1]);
});

test('an act told over "Thursday and Friday" began on the first of the two days', () => {
  // Saturday 2026-05-16.
  const events = eventsOf('Flags flew at half-mast in Tervoll for most of Thursday and Friday as the first funerals were held.', '2026-05-16');
  assert.deepEqual(said(events, 'memorial'), ['2026-05-14']);
});

test('what must or would happen is an event only with a date of its own', () => {
  const events = eventsOf('Velmar and Osk signed the pact on Wednesday in Port Alder. It must still be ratified by both parliaments. '
    + 'The minister said the crews would be handed over in Port Alder on Thursday.', '2025-06-11');
  assert.deepEqual(said(events, 'vote'), []);
  assert.deepEqual(said(events, 'transfer'), ['2025-06-12']);
});

test('"the handover" joins the dated handover; a date inside a quote does not date the statement', () => {
  const events = eventsOf('Velmar on Friday handed 12 fishermen over to an Osk patrol boat in Port Alder. '
    + 'The harbour master said the handover took less than an hour. '
    + '“I did not think I would see home again this year,” one deckhand told reporters.', '2025-06-13');
  const transfers = events.filter((e) => e.type === 'transfer');
  assert.equal(transfers.length, 1);
  assert.equal(transfers[0]!.evidence.length, 2);
  assert.notEqual(said(events, 'statement')[0], '2025');
});

test('released figures are no transfer; patrol boats that detained trawlers are a detention, the detained men are not', () => {
  const events = eventsOf('Osk had released figures showing that trade fell after the dispute began in 2016. '
    + 'Velmar patrol boats first detained Osk trawlers in 2016. The detained fishermen came home in June.', '2025-06-13');
  assert.deepEqual(said(events, 'transfer'), []);
  assert.deepEqual(said(events, 'detention'), ['2016']);
});

test('the event an anniversary is counted from, and "comes a year after", are dated a year back', () => {
  const events = eventsOf('A year to the day after the pact was signed, the premier laid a wreath on the quay on Thursday. '
    + 'The row comes a year after the president travelled to Port Alder.', '2026-06-12');
  assert.ok(!said(events, 'signing').includes('2026-06-11'));
  assert.deepEqual(said(events, 'visit'), ['2025']);
});

test('deaths and shootings are events; what someone is charged with takes only dates after the charge', () => {
  const events = eventsOf('An 18-year-old man was charged late Tuesday night with the shooting death of his friend. '
    + 'The friend was shot about 11:50 p.m. Monday and was pronounced dead just before midnight.', '2016-08-03');
  assert.deepEqual(said(events, 'detention'), ['2016-08-02']);
  assert.ok(said(events, 'attack').includes('2016-08-01'));
  assert.ok(!said(events, 'attack').includes('2016-08-02'));
  assert.ok(said(events, 'death').length >= 1);
});

test('disasters, evacuations, rescues, pledges and resignations are events; a relative clause keeps its own date', () => {
  const events = eventsOf('A levee on the Oster river gave way before dawn on Tuesday. About 3,000 people were evacuated on Tuesday. '
    + 'On Monday the operator, who was arrested on Saturday, was charged with negligence. '
    + 'The neighbouring state pledged 5 million euros on Wednesday. The minister resigned the next day.', '2025-04-10');
  assert.deepEqual(said(events, 'disaster'), ['2025-04-08']);
  assert.deepEqual(said(events, 'evacuation'), ['2025-04-08']);
  assert.deepEqual(said(events, 'pledge'), ['2025-04-09']);
  assert.deepEqual(said(events, 'detention').sort(), ['2025-04-05', '2025-04-07']);
  assert.equal(said(events, 'resignation').length, 1);
});

test('getting everyone off a burning vessel is its evacuation; "got everyone off work" is not', () => {
  const events = eventsOf('Fire broke out aboard the ferry Pellowen Rose on Tuesday night. "We had everyone off in three hours," the master said. '
    + 'The yard foreman got everyone off work early on Wednesday.', '2025-04-10');
  assert.deepEqual(said(events, 'evacuation'), [null]);
});

test('an event an offset is measured from is dated back from the dated one; a reported clause lends no date to the speech', () => {
  const events = eventsOf('The director was arrested at his home on Saturday morning, four days after the dam gave way. '
    + 'The prosecutor told a press conference that the files included last year\'s inspection.', '2025-03-23');
  assert.deepEqual(said(events, 'disaster'), ['2025-03-18']);
  assert.ok(!said(events, 'statement').includes('2024'));
});

test('an event a count of years or months is measured from lies that many years or months back from the dated one', () => {
  // Friday 2025-06-13: Thursday is 2025-06-12; three years back is 2022, five months back is January 2025.
  const events = eventsOf('A new sports hall in Wendlecombe opened to the public on Thursday, three years after the roof of the old gymnasium collapsed. '
    + 'Parrowby council signed the lease on Monday, five months after the old pool was shut.', '2025-06-13');
  assert.deepEqual(said(events, 'open'), ['2025-06-12']);
  assert.deepEqual(said(events, 'disaster'), ['2022']);
  assert.deepEqual(said(events, 'closure'), ['2025-01']);
});

test('one act told on a day in one place and on another day in another place is the act on each day', () => {
  // Tuesday 2026-05-05: Friday is 2026-05-08, Saturday 2026-05-09; a span over two days ("on Monday and Tuesday") stays one act.
  const events = eventsOf('Four fishermen died when their trawler sank off Vessingford on Sunday. '
    + 'Funerals will be held on Friday in Vessingford and on Saturday in the hamlets along the bay. '
    + 'Ferries to Tansby were halted on Monday and Tuesday.', '2026-05-05');
  assert.deepEqual(said(events, 'memorial').sort(), ['2026-05-08', '2026-05-09']);
});

test('the rain a relative clause dates keeps its day; the failure beside it does not borrow it', () => {
  const events = eventsOf('Rescuers searched the valley on Tuesday. The dam failed at about 4.40am, after three days of heavy rain that began on Saturday. '
    + 'A boat reached her at noon.', '2025-03-18');
  assert.deepEqual(said(events, 'weather'), ['2025-03-15']);
  assert.ok(!said(events, 'disaster').includes('2025-03-15'));
  assert.deepEqual(said(events, 'visit'), []);
});

test('an undated event takes the one day the sentence before it tells', () => {
  // The lead's Tuesday is not the day of a sentence that looks back ("last year's inspection").
  const events = eventsOf('The dam failed on Tuesday. The director was arrested on Saturday morning. '
    + 'Officers spent Saturday afternoon at the headquarters. The prosecutor told a press conference that the files included last year\'s inspection.', '2025-03-23');
  assert.deepEqual(said(events, 'statement'), ['2025-03-22']);
});

test('the event a period is counted from takes no date of the period; "a sign" is no signing', () => {
  const events = eventsOf('Crews have seen more boats this spring than in any year since the accord was signed, a sign, they say, that licences are used.', '2026-06-12');
  assert.deepEqual(said(events, 'signing'), [null]);
});

test('service news vocabulary: outages, restoration, payments, warnings, rules taking effect, a date across "and"', () => {
  // Tuesday 2026-01-06.
  const events = eventsOf('Half a million homes lost electricity on Sunday. The last districts were reconnected early on Monday. '
    + 'The hospital moved 40 patients to other hospitals on Sunday. The agency warned the operator in writing on June 4, 2025. '
    + 'The operator paid to the bus company 300,000 marks on Friday. The new rules take effect on Saturday, March 7. '
    + 'The minister visited the depot on Sunday night and met union leaders the next day. The minister ruled out sabotage on Monday. '
    + 'Hackers broke into the ticketing servers on Saturday.', '2026-01-06');
  const on = (type: string) => said(events, type);
  assert.deepEqual(on('outage'), ['2026-01-04']);
  assert.deepEqual(on('restoration'), ['2026-01-05']);
  assert.deepEqual(on('evacuation'), ['2026-01-04']);
  assert.deepEqual(on('warning'), ['2025-06-04']);
  assert.deepEqual(on('payment'), ['2026-01-02']);
  assert.deepEqual(on('regulation'), ['2026-03-07']);
  assert.deepEqual(on('meeting'), ['2026-01-05']);
  assert.deepEqual(on('ruling'), []);
  assert.deepEqual(on('attack'), ['2026-01-03']);
});

test('general news vocabulary: recalls, illness, bans, protests, penalties, filings, exchanges', () => {
  const events = eventsOf('The ministry on Wednesday ordered the recall of two batches of an eye drop made by Norvel Labs. '
    + 'Nine patients were admitted to hospital in Quossel on Monday. The regulator banned the product on Tuesday. '
    + 'Nurses went on strike in Quossel in March. The firm was fined in 2023 and sued by a patient in 2024. '
    + 'The two countries exchanged 40 prisoners on the border in April; the sides exchanged fire in May.', '2026-05-14');
  assert.deepEqual(said(events, 'recall'), ['2026-05-13']);
  assert.deepEqual(said(events, 'illness'), ['2026-05-11']);
  assert.deepEqual(said(events, 'ban'), ['2026-05-12']);
  assert.deepEqual(said(events, 'protest'), ['2026-03']);
  assert.deepEqual(said(events, 'penalty'), ['2023']);
  assert.deepEqual(said(events, 'lawsuit'), ['2024']);
  assert.deepEqual(said(events, 'transfer'), ['2026-04']);
});

test('"she recalled" is memory, and "seized records" is no detention (a capital after the verb is case-sensitive)', () => {
  const events = eventsOf('Inspectors raided the plant on Tuesday and seized records. She recalled the day she first saw it. '
    + 'Coast guards seized Osk trawlers on Monday.', '2026-05-14');
  assert.deepEqual(said(events, 'recall'), []);
  assert.deepEqual(said(events, 'detention'), ['2026-05-11']);
});

test('a headline plan is no news peg; a year naming a thing dates only its noun phrase; a speech date is the speech\'s', () => {
  const events = eventsOf('Energy pact to be signed on Tuesday\n\nPresident Ana Vaso landed in Port Alder on Monday morning. '
    + 'Police said 11 people were arrested after scuffles. '
    + 'On Tuesday morning Vaso is due to lay a wreath to the dead of the border war of 1959, before the signing ceremony. '
    + 'The visit was announced last month.', '2026-11-16');
  assert.deepEqual(said(events, 'detention'), ['2026-11-16']);
  assert.ok(!said(events, 'signing').includes('1959'));
  assert.deepEqual(said(events, 'statement'), ['2026-10']);
  assert.ok(!said(events, 'visit').includes('2026-10'));
});

test('past perfect looks back: neither the news day nor the day of a sentence before that looks back itself', () => {
  const events = eventsOf('The ministry on Wednesday ordered the recall of a cough syrup. '
    + 'The regional office had first raised the alarm on May 6. '
    + 'Karsby Pharma said in a statement that it had suspended production.', '2026-05-14');
  // Reported speech shifts the tense back ("we have suspended" → "said it had suspended"): the news day, not before the story —
  // for the statement that reports it too.
  assert.deepEqual(said(events, 'statement'), ['2026-05-13']);
  assert.deepEqual(said(events, 'suspension'), ['2026-05-13']);
  const lead = 'The ministry on Wednesday ordered the recall of a cough syrup. ';
  // The narrator's own past perfect, and a reported one that says it came first, still look back.
  assert.deepEqual(said(eventsOf(`${lead}The plant had suspended production.`, '2026-05-14'), 'suspension'), [null]);
  assert.deepEqual(said(eventsOf(`${lead}Karsby Pharma said it had already suspended production.`, '2026-05-14'), 'suspension'), [null]);
});

test('a trigger in a relative clause takes none of the main clause\'s dates; the content of a dated speech takes no news day', () => {
  const events = eventsOf('The agency ordered the recall of a syrup on Wednesday. '
    + 'On Thursday Petra Vall, who ran the agency during the recall, was sworn in as minister. '
    + 'The director informed the ministry on Thursday by telephone about the results of the inspection.', '2026-03-20');
  assert.deepEqual(said(events, 'recall'), ['2026-03-18']);
  assert.deepEqual(said(events, 'appointment'), ['2026-03-19']);
  assert.deepEqual(said(events, 'inspection'), [null]);
});

test('more general vocabulary: thefts, police appeals, halted production, alerts, payments, closures, a treaty named by its year', () => {
  const events = eventsOf('A silver chalice was stolen from the city museum early on Sunday. '
    + 'Police asked anyone who was near the square on Saturday night to come forward. '
    + 'The firm halted production on Wednesday. Doctors alerted the regulator on Monday. '
    + 'The first 21 families were paid on Friday. The school stayed closed on Thursday. '
    + 'The president raised his glass to the 1962 Treaty of Ostrave.', '2026-11-22');
  assert.deepEqual(said(events, 'theft'), ['2026-11-22']);
  assert.deepEqual(said(events, 'appeal'), ['2026-11-22']);
  assert.deepEqual(said(events, 'suspension'), ['2026-11-18']);
  assert.deepEqual(said(events, 'warning'), ['2026-11-16']);
  assert.deepEqual(said(events, 'payment'), ['2026-11-20']);
  assert.deepEqual(said(events, 'closure'), ['2026-11-19']);
  assert.ok(said(events, 'signing').length === 1);
});

test('"the first theft since 1987" tells an earlier theft; a wh-question presupposes its event; news does not join what was "last" done', () => {
  const events = eventsOf('A silver chalice was stolen from the museum early on Sunday, in the first theft from the museum since 1987. '
    + 'Why did the last inspection, in June 2024, find nothing? '
    + 'A trade delegation arrived in the capital. The two countries last sent a joint mission to the capital in 2019.', '2026-11-15');
  assert.deepEqual(said(events, 'theft').sort(), ['1987', '2026-11-15']);
  assert.deepEqual(said(events, 'inspection'), ['2024-06']);
  assert.deepEqual(said(events, 'visit').sort(), ['2019', '2026-11-15']);
});

test('weeks before a month-precision date leave the year', () => {
  const events = eventsOf('The visit was announced last month, two weeks after the parliament approved the price formula.', '2026-11-16');
  assert.deepEqual(said(events, 'approval'), ['2026']);
});

test('"that evening", "then": the story goes on from the day told just before, not from the lead', () => {
  const events = eventsOf('King Edvar arrived in Solmere on Tuesday for a state visit. '
    + 'On Wednesday the two heads of state held talks at the palace. '
    + 'At a state banquet that evening, the president toasted the friendship of the two nations.', '2026-05-14');
  assert.deepEqual(said(events, 'toast'), ['2026-05-13']);
});

test('"ending a two-day state visit" dates the visit from its first day; an apposition borrows no date; flying home is a departure', () => {
  const events = eventsOf('The president\'s plane left the capital tonight, ending a two-day state visit. '
    + 'The two sides signed an energy agreement on Tuesday, the centerpiece of a visit that has drawn protests. '
    + 'He flies home on Tuesday evening.', '2026-11-17');
  assert.ok(said(events, 'visit').includes('2026-11-16'));
  assert.ok(!said(events, 'protest').includes('2026-11-17'));
  assert.deepEqual(said(events, 'departure'), ['2026-11-17']);
});

test('an event an offset points back to takes none of the sentence\'s dates, even alone ("in an email of 3 September, weeks before the delivery")', () => {
  const events = eventsOf('The quality department raised concerns in an internal email of 3 September, weeks before the contaminated delivery.', '2026-03-20');
  assert.deepEqual(said(events, 'transfer'), [null]);
  assert.deepEqual(said(events, 'message'), ['2025-09-03']);
});

test('a date of what would happen is not lent across a comma to what did', () => {
  const events = eventsOf('The ministry said on Sunday that a ferry service would start in July, following the agreement signed during the visit.', '2026-05-18');
  assert.deepEqual(said(events, 'signing'), [null]);
});

test('swaps and exchanges of people in the present tense, and the swap named, are transfers; exchanging views is not', () => {
  const events = eventsOf('Kyiv and Moscow swap 200 prisoners of war on Saturday. The two ministers exchanged views on Monday.', '2026-05-16');
  assert.deepEqual(said(events, 'transfer'), ['2026-05-16']);
});

test('"During the visit, ..." dates what follows by the visit the text dates elsewhere', () => {
  const events = eventsOf('King Edvar arrived in Solmere on Tuesday for a three-day state visit. '
    + 'During the visit, President Ilse Marten and the king agreed on a new ferry route.', '2026-05-14');
  assert.deepEqual(said(events, 'agreement'), ['2026-05-12']);
});

test('violence as real news tells it: present-tense headlines, gunfire, shots fired, bodies found', () => {
  const events = eventsOf('Harbor man shoots neighbour, then himself. Gunfire erupted outside a bar in Port Alder late Saturday. '
    + 'Shots were fired from a passing car on Sunday. Two bodies were found in a flat on Monday.', '2016-06-14');
  assert.deepEqual(said(events, 'attack'), ['2016-06-11', '2016-06-12']);
  assert.equal(events.find((e) => e.type === 'attack')!.evidence[0]!.start, 0, 'the headline\'s "shoots" is an attack');
  assert.deepEqual(said(events, 'death'), ['2016-06-13']);
});

test('an undated lead takes the one day the body dates its type to; an investigation\'s day is not the death\'s', () => {
  const text = 'Police on Friday were investigating the death of Ana Vaso who may have shot herself outside a hotel in Port Alder. '
    + 'Ivo Marsh heard shots fired around 11 p.m. Thursday, he said.';
  const doc: CleanDocument = {
    id: 'd4', source: 'd.txt', title: 't', outlet: 'Harbor Post', byline: null, publishedAt: '2016-11-11',
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const entities: LocalEntity[] = [{ type: 'place', name: 'Port Alder', aliases: [], roles: [] }, { type: 'person', name: 'Ivo Marsh', aliases: [], roles: [] },
    { type: 'person', name: 'Ana Vaso', aliases: [], roles: [] }];
  const mentions: EntityMention[] = [['Port Alder', 0], ['Ivo Marsh', 1], ['Ana Vaso', 2]].map(([name, entity]) => {
    const start = text.indexOf(name as string);
    return { start, end: start + (name as string).length, text: name as string, entity: entity as number };
  });
  const sentences = splitSentences(text);
  const dated = resolveDates(doc, sentences);
  const events = findEvents({ doc, sentences, entities, mentions, quotes: [], dates: dated.dates, publishedAt: dated.publishedAt });
  const attacks = events.filter((e) => e.type === 'attack');
  // The lead's shooting takes the one day the body dates its type to; the shots heard that night are the same shooting
  // (one text, one type, one day told as news: one event, see joinPegged).
  assert.equal(attacks.length, 1, 'the lead\'s shooting and the shots heard are one event');
  assert.deepEqual(attacks.map((e) => [e.date?.value, e.evidence.length]), [['2016-11-10', 2]]);
  assert.deepEqual(events.filter((e) => e.type === 'death').map((e) => e.date), [null], 'Friday is the investigation\'s day');
});

test('a text that names no day is breaking news: its lead happened the day it was published; "want to know" is no plan', () => {
  assert.deepEqual(said(eventsOf('Police say a teenager is dead after a shooting in the 9500 block of Page. Officers arrived at 7:15pm.', '2016-06-03'), 'attack'), ['2016-06-03']);
  assert.deepEqual(said(eventsOf('Police want to know more about what led up to a shooting outside a nightclub on Sunday.', '2014-06-16'), 'attack'), ['2014-06-15']);
  assert.deepEqual(said(eventsOf('The minister wants to sign a pact with the neighbours.', '2016-06-03'), 'signing'), []);
});

test('one text, one type, one day: the lead and the body\'s account are one event whoever each names; another place keeps two apart', () => {
  const text = 'Ana Vaso was found shot to death Saturday morning near Port Alder. Officers were called at 7:17 a.m. Saturday to a house where Ivo Marsh found him shot in the head. '
    + 'Across the river in Dunmore, a second man was shot on Saturday.';
  const doc: CleanDocument = {
    id: 'd5', source: 'e.txt', title: 't', outlet: 'Harbor Post', byline: null, publishedAt: '2016-11-07',
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const entities: LocalEntity[] = [{ type: 'place', name: 'Port Alder', aliases: [], roles: [] }, { type: 'person', name: 'Ivo Marsh', aliases: [], roles: [] },
    { type: 'place', name: 'Dunmore', aliases: [], roles: [] }, { type: 'person', name: 'Ana Vaso', aliases: [], roles: [] }];
  const mentions: EntityMention[] = [['Port Alder', 0], ['Ivo Marsh', 1], ['Dunmore', 2], ['Ana Vaso', 3]].map(([name, entity]) => {
    const start = text.indexOf(name as string);
    return { start, end: start + (name as string).length, text: name as string, entity: entity as number };
  });
  const sentences = splitSentences(text);
  const dated = resolveDates(doc, sentences);
  const events = findEvents({ doc, sentences, entities, mentions, quotes: [], dates: dated.dates, publishedAt: dated.publishedAt });
  const attacks = events.filter((e) => e.type === 'attack');
  assert.deepEqual(attacks.map((e) => [e.date?.value, e.evidence.length, e.place]), [['2016-11-05', 2, 0], ['2016-11-05', 1, 2]]);
});

test('what an act followed takes no date of the act: "arraigned on Monday after police say he shot"; "after an emergency meeting" still may', () => {
  assert.ok(!said(eventsOf('Ivo Marsh was arraigned on Monday afternoon after police say he shot and killed his friend.', '2016-10-24'), 'attack').includes('2016-10-24'));
  assert.deepEqual(said(eventsOf('The minister announced the aid package on Wednesday after an emergency cabinet meeting.', '2025-03-20'), 'meeting'), ['2025-03-19']);
});

test('scheduled reviews and deadlines are events of the timeline; "due to" is a plan word, not a deadline', () => {
  const events = eventsOf('Bids for the cable contract are due by Sunday, March 7. A price review follows in the first week of February. '
    + 'The rate decision is due to come later.', '2027-01-22');
  assert.deepEqual(said(events, 'deadline'), ['2027-03-07']);
  assert.deepEqual(said(events, 'review'), ['2027-02']);
});

test('violence by lemma: every inflection of a violent verb is an attack ("was slain", "murdered", "fatally wounded"), and a gun that went off', () => {
  assert.deepEqual(said(eventsOf('A Corvale woman was murdered in her home on Saturday night, deputies said.', '2021-04-13'), 'attack'), ['2021-04-10']);
  assert.deepEqual(said(eventsOf('A teenager was slain on Sunday near the Pell Street market.', '2021-04-13'), 'attack'), ['2021-04-11']);
  assert.deepEqual(said(eventsOf('A 15-year-old was fatally wounded Monday evening outside a corner store.', '2021-04-13'), 'attack'), ['2021-04-12']);
  assert.deepEqual(said(eventsOf('A hunting rifle went off on Saturday while a boy was cleaning it.', '2021-04-13'), 'attack'), ['2021-04-10']);
  assert.deepEqual(said(eventsOf('Detectives are investigating a homicide on Halbury Road early Sunday.', '2021-04-13'), 'attack'), ['2021-04-11']);
  assert.deepEqual(said(eventsOf('The explosion left three people dead on Sunday.', '2021-04-13'), 'death'), ['2021-04-11']);
  // "threatened to kill" names no act: the bare infinitive is not a trigger.
  assert.deepEqual(said(eventsOf('The caller threatened to kill the clerk.', '2021-04-13'), 'attack'), []);
});

test('the phrasal verbs "sign off" and "sign up" are no signing: "signed it off as safe", "volunteers signed up"', () => {
  assert.deepEqual(said(eventsOf('The site manager Sennaby Prenwick signed it off as safe on Monday.', '2021-04-13'), 'signing'), []);
  assert.deepEqual(said(eventsOf('More than 300 volunteers signed up on Monday.', '2021-04-13'), 'signing'), []);
  assert.deepEqual(said(eventsOf('The two mayors signed the accord on Monday.', '2021-04-13'), 'signing'), ['2021-04-12']);
});

test('gunfire is no accident: "opened fire at a bowling alley" is an attack, "a fire at a warehouse" an accident', () => {
  const events = eventsOf('Two people are dead after a gunman opened fire at a bowling alley on Sunday.', '2021-04-13');
  assert.deepEqual(said(events, 'attack'), ['2021-04-11']);
  assert.deepEqual(said(events, 'accident'), []);
  assert.deepEqual(said(eventsOf('A fire at a warehouse in Corvale destroyed the stock on Sunday.', '2021-04-13'), 'accident'), ['2021-04-11']);
});

test('a restrictive relative keeps its date: "The woman who was stabbed ... on Friday night died on Sunday"', () => {
  const events = eventsOf('The woman who was stabbed outside a bar on Friday night died on Sunday.', '2021-04-13');
  assert.deepEqual(said(events, 'attack'), ['2021-04-09']);
  assert.deepEqual(said(events, 'death'), ['2021-04-11']);
  // The main verb takes no date of the relative ("released" is not "detained in March").
  const freed = eventsOf('Velmar freed 14 fishermen on Thursday. Among those freed was Ivo Marsh, a cook who was detained in March.', '2025-06-13');
  assert.deepEqual(said(freed, 'transfer'), ['2025-06-12']);
  assert.deepEqual(said(freed, 'detention'), ['2025-03']);
});

test('what an arrest is "in connection with" is not dated by the arrest', () => {
  const events = eventsOf('A Corvale man was arrested Friday in connection with the fatal shooting of his roommate, police said.', '2016-11-19');
  assert.deepEqual(said(events, 'detention'), ['2016-11-18']);
  assert.deepEqual(said(events, 'attack'), [null]);
});

test('a possessive date dates its noun: "arrested a suspect in Saturday\'s fatal shooting"; "a recount of Sunday\'s runoff" is that election', () => {
  const events = eventsOf('Corvale police have arrested a suspect in Saturday\'s fatal shooting of a teenager.', '2016-11-22');
  assert.deepEqual(said(events, 'attack'), ['2016-11-19']);
  assert.ok(!said(events, 'detention').includes('2016-11-19'));
  assert.deepEqual(said(eventsOf('Ivo Marsh on Tuesday demanded a recount of Sunday\'s runoff in Dunmore.', '2025-04-02'), 'election'), ['2025-03-30']);
});

test('a plea is to what was done before: "pleaded not guilty Monday to murdering his girlfriend in October"', () => {
  assert.deepEqual(said(eventsOf('A Corvale man pleaded not guilty Monday to murdering his girlfriend in October.', '2016-11-22'), 'attack'), ['2016-10']);
});

test('"released the name of" a victim is no release of people', () => {
  assert.deepEqual(said(eventsOf('Police on Monday released the name of a woman found shot to death in her car on Sunday.', '2016-11-22'), 'transfer'), []);
});

test('news verbs by lemma beyond violence: kidnapped, exploded, invaded, arrests, sacked, drowned, floods, a law passed', () => {
  const on = (text: string, type: string) => said(eventsOf(text, '2025-03-12'), type);
  assert.deepEqual(on('Gunmen kidnapped two aid workers near Dunmore on Saturday.', 'abduction'), ['2025-03-08']);
  assert.deepEqual(on('A car bomb exploded outside the ministry on Tuesday.', 'attack'), ['2025-03-11']);
  assert.deepEqual(on('Police made four arrests on Tuesday after the match.', 'detention'), ['2025-03-11']);
  assert.deepEqual(on('The harbour master was sacked on Monday.', 'dismissal'), ['2025-03-10']);
  assert.deepEqual(on('Two fishermen drowned off Corvale on Sunday.', 'accident'), ['2025-03-09']);
  assert.deepEqual(on('Floods swept through the Varn valley on Sunday.', 'weather'), ['2025-03-09']);
  assert.deepEqual(on('Parliament passed the budget on Tuesday.', 'vote'), ['2025-03-11']);
  assert.deepEqual(on('The rebels threatened to kidnap the mayor.', 'abduction'), []);
});

test('a crime word naming a desk or a figure is no act: "the Homicide Unit", "homicide detectives"', () => {
  assert.deepEqual(said(eventsOf('Anyone with information is asked to call the Corvale Police Department\'s Homicide Unit.', '2021-04-13'), 'attack'), []);
  assert.deepEqual(said(eventsOf('Homicide detectives were called to the house on Sunday.', '2021-04-13'), 'attack'), []);
});

test('a restrictive relative has its own tense: the main clause\'s "had been" does not make its act background, nor the reverse', () => {
  const events = eventsOf('A man who police say shot his wife had been arrested twice this year. Officers found the couple dead on Sunday night.', '2016-11-22');
  assert.equal(events.find((e) => e.type === 'attack')!.background, false);
  assert.deepEqual(said(events, 'death'), ['2016-11-20']);
  const main = eventsOf('The man who had been arrested twice shot his wife in Corvale.', '2016-11-22');
  assert.equal(main.find((e) => e.type === 'attack')!.background, false);
});

test('a date a speech verb governs is the speaking\'s when the act has a date of its own ("said Tuesday the ship docked on Sunday")', () => {
  assert.deepEqual(said(eventsOf('Officials said Tuesday the ship docked in Corvale on Sunday.', '2025-03-12'), 'transfer'), ['2025-03-09']);
  // With no other date, the speech's day still dates the news it reports.
  assert.deepEqual(said(eventsOf('Officials said Wednesday the crew were freed.', '2025-03-12'), 'transfer'), ['2025-03-12']);
});

test('a reshuffle and "has become <office>" are appointments', () => {
  assert.deepEqual(said(eventsOf('Ivo Marsh became transport minister on Monday.', '2026-05-22'), 'appointment'), ['2026-05-18']);
  assert.deepEqual(said(eventsOf('Ana Vaso lost the finance ministry in a cabinet reshuffle on Monday.', '2026-05-22'), 'appointment'), ['2026-05-18']);
});

test('a dated past act no trigger covers is an event typed by its lemma', () => {
  // Thursday 2025-11-13: "on Monday" is 2025-11-10.
  const events = eventsOf('The Brennick ferry terminal reopened on Monday after a week of repairs. '
    + 'Port officials said the last gantry was dismantled on Tuesday. '
    + 'The operator has refunded 3,400 passengers on Wednesday.', '2025-11-13');
  assert.deepEqual(said(events, 'reopen'), [], 'reopen is a restoration trigger, not a generic act');
  assert.deepEqual(said(events, 'restoration'), ['2025-11-10']);
  assert.deepEqual(said(events, 'dismantle'), ['2025-11-11']);
  assert.deepEqual(said(events, 'refund'), ['2025-11-12']);
});

test('a verb of acting with words and a thing as its object is a dated act; an attribution or an opinion is none', () => {
  // Thursday 2025-11-13: "on Monday" is 2025-11-10, "on Tuesday" 2025-11-11, "this morning" 2025-11-13.
  const events = eventsOf('The Corvale dockers asked the labour court for an injunction on Monday. '
    + 'Mayor Tesk Havrin repeated her objection to the harbour levy outside the town hall this morning. '
    + 'The dockers\' leader disputed the operator\'s figures on Tuesday. '
    + 'The operator asked on Tuesday whether the cranes could be moved.', '2025-11-13');
  assert.deepEqual(said(events, 'ask'), ['2025-11-10']);
  assert.deepEqual(said(events, 'repeat'), ['2025-11-13']);
  assert.deepEqual(said(events, 'dispute'), [], 'disputing figures is an opinion of them');
});

test('a change told with a day of its own and a departure are dated acts; a tally over a year is none', () => {
  // Friday 2025-11-14: "on Tuesday" is 2025-11-11.
  const events = eventsOf('Shares in Corvale Shipping fell 6 percent on Tuesday. '
    + 'Its finance director, Talvin Orr, left the company in October. '
    + 'Group sales dropped 3 percent last year.', '2025-11-14');
  assert.deepEqual(said(events, 'fall'), ['2025-11-11']);
  assert.deepEqual(said(events, 'leave'), ['2025-10']);
  assert.deepEqual(said(events, 'drop'), [], 'a bare year dates a tally, not one act');
  // Receiving and seeking a thing are acts too.
  const more = eventsOf('The Corvale port office received a bomb threat on Tuesday. The dockers sought an injunction on Wednesday.', '2025-11-14');
  assert.deepEqual([...said(more, 'receive'), ...said(more, 'seek')], ['2025-11-11', '2025-11-12']);
  // "rose" between a subject and its amount is the verb, not the flower.
  // (Shares that rose by a figure are a market event: the trigger lexicon's.)
  assert.deepEqual(said(eventsOf('Corvale Shipping shares rose 4 percent on Tuesday. She laid a rose at the gate on Tuesday.', '2025-11-14'), 'market'), ['2025-11-11']);
  assert.deepEqual(said(eventsOf('The Corvale river rose two metres on Tuesday. She laid a rose at the gate on Tuesday.', '2025-11-14'), 'rise'), ['2025-11-11']);
});

test('a verb of beginning that only places its subject in time makes the subject the event, whatever preposition the tagger took in', () => {
  // Thursday 2026-04-09: "in August" is 2026-08.
  const events = eventsOf('Work on the Corvale footbridge begins in August and the first trains are due to run in 2030.', '2026-04-09');
  assert.deepEqual(said(events, 'work'), ['2026-08']);
  assert.deepEqual(said(events, 'in'), [], 'a preposition is no act');
});

test('no generic act from undated plans, negations, weak verbs, period bounds, future or undated clauses', () => {
  const events = eventsOf('The Brennick crews will dredge the channel. '
    + 'The ferry did not sail on Tuesday. '
    + 'The operator took the proposal to its members on Wednesday. '
    + 'Volumes have dwindled since March. '
    + 'The company offered a further rise in 2027. '
    + 'Tolls doubled last year. '
    + 'The crane toppled.', '2025-11-13');
  const generic = events.filter((e) => !['statement', 'deployment'].includes(e.type)).map((e) => e.type);
  assert.deepEqual(generic, []);
});

test('a topic heading, a definite noun alone or a question on one, tells no act; a short sentence with a verb does', () => {
  const events = eventsOf('The Ossery accord was signed in Brill on Tuesday. '
    + 'The signing. '
    + 'Now the arrests. '
    + 'DORA VELLIN: And the talks between the two presidents? '
    + 'Tamsin, what about the memorial service? '
    + 'The talks collapsed.', '2026-01-08');
  assert.deepEqual([...new Set(events.map((e) => e.summary))], ['The Ossery accord was signed in Brill on Tuesday.', 'The talks collapsed.']);
});

test('the act a speaker reports is dated, and an adverb between auxiliary and participle keeps the perfect', () => {
  const events = eventsOf('Harbour master Ode Lantry said the tug capsized on Sunday. '
    + 'The council has today renamed the quay after Mira Sollen.', '2025-11-13');
  assert.deepEqual(said(events, 'capsize'), [], 'capsized is an accident trigger');
  assert.deepEqual(said(events, 'rename'), ['2025-11-13']);
});

test('an agreement reached with a qualifier ("a tentative agreement") is an agreement', () => {
  const events = eventsOf('The Brennick pilots and the port authority reached a provisional deal late on Tuesday.', '2025-11-13');
  assert.deepEqual(said(events, 'agreement'), ['2025-11-11']);
});

/** Events of a text whose date mentions are given (as a date stage that misread them would give them). */
function eventsWithDates(text: string, publishedAt: string, dates: { text: string; value: string; method: string }[]) {
  const doc: CleanDocument = {
    id: 'd4', source: 'd.txt', title: 't', outlet: 'Harbor Post', byline: null, publishedAt,
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const mentions = dates.map((d) => {
    const start = text.indexOf(d.text);
    return { start, end: start + d.text.length, text: d.text, date: { value: d.value, precision: 'day' as const }, method: d.method };
  });
  return findEvents({ doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: mentions, publishedAt });
}

test('an act told as done is not dated after the page: a weekday read forward is read a week back, another later date declined', () => {
  // Thursday 2025-11-13; "Saturday" misread as the coming one (2025-11-15).
  const shot = eventsWithDates('A teenager was shot dead outside a Brennick bakery on Saturday.', '2025-11-13',
    [{ text: 'on Saturday', value: '2025-11-15', method: 'weekday after document date' }]);
  assert.deepEqual(said(shot, 'attack'), ['2025-11-08']);
  const later = eventsWithDates('A fisherman drowned off the Brennick breakwater on November 20.', '2025-11-13',
    [{ text: 'November 20', value: '2025-11-20', method: 'year nearest document date' }]);
  assert.deepEqual(said(later, 'accident'), [null]);
  // What is planned keeps its day ahead.
  const vigil = eventsWithDates('A vigil for the Brennick teenager will be held on Saturday.', '2025-11-13',
    [{ text: 'on Saturday', value: '2025-11-15', method: 'weekday after document date' }]);
  assert.deepEqual(said(vigil, 'memorial'), ['2025-11-15']);
});

test('a plan told with a participle ("to be signed", "should be paid") is not an act done', () => {
  const events = eventsWithDates('The Brennick harbour pact is to be signed on Tuesday. Every trawler owner should be paid by December 19.', '2025-11-13',
    [{ text: 'on Tuesday', value: '2025-11-18', method: 'weekday after document date' }, { text: 'December 19', value: '2025-12-19', method: 'year nearest document date' }]);
  assert.deepEqual(said(events, 'signing'), ['2025-11-18']);
  assert.deepEqual(said(events, 'payment'), ['2025-12-19']);
});

test('a plan or a schedule with a day of its own is an event typed by the act planned', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Divers will begin searching the Brennick wreck on Saturday, the coast guard said. '
    + 'A new ferry line to Osk is due to open on Monday, December 1, if trials go well. '
    + 'The harbour board would publish its findings next month. '
    + 'The yard hopes to reopen the dry dock on November 24. '
    + 'The crews will dredge the channel.', '2025-11-13');
  assert.deepEqual(said(events, 'search'), ['2025-11-15']);
  assert.deepEqual(said(events, 'open'), ['2025-12-01']);
  assert.deepEqual(said(events, 'publish'), ['2025-12']);
  assert.deepEqual(said(events, 'restoration'), ['2025-11-24']);
  assert.deepEqual(said(events, 'dredge'), [], 'an undated plan is no event');
});

test('a chronology line\'s stamp dates its headline present; a noun the tagger reads as a bare verb is no act', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Timeline of the dispute. 2025-11-10 - Brennick crane collapses at the north quay. '
    + 'The harbour office said the first cargo ship under the pact was expected on Saturday. '
    + 'Judge Sennaby Tolkers presents her findings in Osk on Thursday.', '2025-11-13');
  assert.deepEqual(said(events, 'collapse'), ['2025-11-10']);
  assert.deepEqual(said(events, 'present'), ['2025-11-13']);
  assert.deepEqual(said(events, 'ship'), []);
});

test('a speech dated by the word right after its verb is a statement; a plan after a finished verb is the plan\'s act', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Harbour minister Ilse Varga declared today that the port was full. '
    + 'Ms Varga said yesterday that a bill to license pilots would go before parliament next month. '
    + 'The transport minister welcomed the deal and said the ministry would publish new rules next month.', '2025-11-13');
  assert.deepEqual(said(events, 'statement'), ['2025-11-13', '2025-11-12']);
  assert.deepEqual(said(events, 'publish'), ['2025-12']);
});

test('a date modifying a noun ("over the November 3 blockade") is not the act\'s; a plan is dated by its "from" day; a ship leaves a named port', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Osk Shipping\'s lawsuit against the pilots over the November 3 blockade, a filing dated 11/05/2025, goes to the Brennick High Court on Tuesday, December 9. '
    + 'The ferry left Kessley at 7.15pm on Tuesday. '
    + 'Islanders will be carried to the mainland by navy vessels from Saturday.', '2025-11-13');
  assert.deepEqual(said(events, 'lawsuit'), ['2025-11-05']);
  assert.deepEqual(said(events, 'hearing'), ['2025-12-09'], 'a case that goes to a court on a day is heard then');
  assert.deepEqual(said(events, 'departure'), ['2025-11-11']);
  assert.deepEqual(said(events, 'carry'), ['2025-11-15']);
});

test('a quoted act with a day of its own in the quote is an event, as a quoted trigger is', () => {
  // Thursday 2025-11-13: Tuesday is 2025-11-11.
  assert.deepEqual(said(eventsOf('“We dismantled it on Tuesday,” the foreman said.', '2025-11-13'), 'dismantle'), ['2025-11-11']);
});

test('the act a plan tries to do is its act, however light the verb', () => {
  // Thursday 2025-11-13: Saturday is 2025-11-15.
  const events = eventsOf('Port officials said divers would try to reach the Brennick wreck on Saturday if the weather allowed.', '2025-11-13');
  assert.deepEqual(said(events, 'reach'), ['2025-11-15']);
});

test('a clause that only speaks, dated, is a statement; what was going on that day is an act of that day', () => {
  // Saturday 2025-11-15: Friday is 2025-11-14.
  const events = eventsOf('Its chief executive spoke publicly for the first time this afternoon. '
    + 'The coast guard was searching on Friday for a deckhand who is still missing.', '2025-11-15');
  assert.deepEqual(said(events, 'statement'), ['2025-11-15']);
  assert.deepEqual(said(events, 'search'), ['2025-11-14']);
});

test('a text whose only day named is the page\'s own is breaking news: its lead happened that day', () => {
  // Saturday 2025-11-15.
  const events = eventsOf('BRENNICK -- A mother and her son were found dead in a murder-suicide in Osk County. '
    + 'State police say a man killed his former partner and then himself. '
    + 'Relatives gathered at the house on Saturday after learning the news.', '2025-11-15');
  assert.deepEqual(said(events, 'death'), ['2025-11-15']);
  assert.ok(said(events, 'attack').includes('2025-11-15'));
});

test('the event triggers carry no g or y flag: claims exec and test them as they are, with no state between calls', () => {
  assert.deepEqual(EVENT_TRIGGERS.filter(([, re]) => re.global || re.sticky).map(([type]) => type), []);
});

test('a subject a verb only places in time is the event: "the accident was in 2019", "work began in 2022", "the vote takes place on Sunday"', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Osk\'s last deadly ferry accident was in 2016. '
    + 'Demolition of the old grain silo began in 2021. '
    + 'The final recital of the Brennick quartet is on Saturday, November 22. '
    + 'The harbour ballot took place on Tuesday.', '2025-11-13');
  assert.deepEqual(said(events, 'accident'), ['2016']);
  assert.deepEqual(said(events, 'demolition'), ['2021']);
  assert.deepEqual(said(events, 'recital'), ['2025-11-22']);
  assert.deepEqual(said(events, 'ballot'), ['2025-11-11']);
});

test('a verb of beginning or ending with an object before its date begins the object, the event; its subject is who begins it', () => {
  // Thursday 2025-11-13: the crossing and the programme are begun; the ferry, the depot and the trawler are no acts, nor is a season.
  const events = eventsOf('The Adalwin ferry started its first crossing on Monday. '
    + 'The Tessby depot started a new bird-scaring programme in 2024. '
    + 'The Quelsbrook trawler ended its season in October. '
    + 'The harbour ballot began on Tuesday.', '2025-11-13');
  assert.deepEqual(said(events, 'crossing'), ['2025-11-10']);
  assert.deepEqual(said(events, 'programme'), ['2024']);
  assert.deepEqual([...said(events, 'ferry'), ...said(events, 'depot'), ...said(events, 'trawler'), ...said(events, 'season')], []);
  assert.deepEqual(said(events, 'ballot'), ['2025-11-11']);
});

test('a place told as staying shut until a day ahead is shut on the lead\'s day too; one that stayed shut until a day is not', () => {
  // Wednesday 2026-03-04: the Tessby lock gate is shut on the day it failed (Tuesday) and until Thursday.
  const events = eventsOf('A lock gate at Tessby failed early on Tuesday. The canal will stay closed until at least Thursday.', '2026-03-04');
  assert.deepEqual(said(events, 'closure').sort(), ['2026-03-03', '2026-03-05']);
  const past = eventsOf('A lock gate at Tessby failed early on Tuesday. The canal remained closed until Friday.', '2026-03-09');
  assert.deepEqual(said(past, 'closure'), ['2026-03-06']);
});

test('no event from a copula whose predicate is a place or a state, a time word, a pronoun or a name as subject', () => {
  const events = eventsOf('The trawler was in dry dock on Monday. '
    + 'The best year was 2019. '
    + 'It was in 2019. '
    + 'Ilse Varga began in 2018 as a deckhand. '
    + 'Freight rates have been higher since 2022.', '2025-11-13');
  assert.deepEqual(events.map((e) => e.type), []);
});

test('a state counted from a date began then: a role held since a year is an appointment; "not done since" was last done then', () => {
  const events = eventsOf('Ode Lantry, who has been the port\'s chief pilot since 2017, retired on Friday. '
    + 'Inspectors found that the Brennick ferry\'s ramp had not been serviced since May 2024. '
    + 'The skipper has been in custody since Saturday.', '2025-11-13');
  assert.deepEqual(said(events, 'appointment'), ['2017']);
  assert.deepEqual(said(events, 'service'), ['2024-05']);
  assert.equal(events.filter((e) => e.type === 'detention').length, 0);
});

test('someone held since a day was detained that day; a fair held since a year is no detention', () => {
  // Thursday 2026-08-27.
  const events = eventsOf('Prosecutors charged the Tollaven ferry owner this morning. He had been held since Monday. '
    + 'The Brisket fair has been held since 1887.', '2026-08-27');
  assert.deepEqual(said(events, 'detention'), ['2026-08-24']);
});

test('a plan due before the end of a period is dated by that period', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('The ministry will refund every season-ticket holder before the end of December, the minister said.', '2025-11-13');
  assert.deepEqual(said(events, 'refund'), ['2025-12']);
});

test('a denied act is no event: a negated verb ("did not meet", "has not been arrested") or a "no" subject ("No fine was paid")', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('The two harbour ministers did not meet on Tuesday. '
    + 'The Brennick skipper has not been arrested. '
    + 'No compensation was paid to the crews on Friday, not one crown. '
    + 'The pilots were paid on Monday.', '2025-11-13');
  assert.deepEqual(said(events, 'meeting'), []);
  assert.deepEqual(said(events, 'detention'), []);
  assert.deepEqual(said(events, 'payment'), ['2025-11-10']);
});

test('a light verb\'s event is its object ("will hold a reception on the 20th"); an act had done on a day of its own clause is dated', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('The Brennick council will hold a reception for the crew on the 20th. '
    + 'The mayor gave him a medal on Tuesday. '
    + 'The harbour office said a salvage crew had flown to Osk on Tuesday.', '2025-11-13');
  assert.deepEqual(said(events, 'reception'), ['2025-11-20']);
  assert.deepEqual(said(events, 'medal'), [], 'no determiner right after the verb: no object event');
  assert.deepEqual(said(events, 'visit'), ['2025-11-11'], 'flown to a named place: a visit');
});

test('a second reported clause keeps its own date, and "was planned for" a date is a plan dated then', () => {
  // Wednesday 2025-11-12.
  const events = eventsOf('The Brennick choir said its audiences had grown since 2019 and that a tour of the Osk islands was planned for the spring of 2027.', '2025-11-12');
  assert.deepEqual(said(events, 'visit'), ['2027']);
});

test('a lead that names no day, told in the present perfect, is news of the page\'s day ("the death toll has risen to 25")', () => {
  // Thursday 2025-11-13; the only day named is a possessive ("last Sunday's") and a later sentence's.
  const events = eventsOf('HOST: Good evening. Salvage crews have worked through the night, and the death toll from last Sunday\'s landslide has risen to 14. '
    + 'Our reporter is in Osk. The crews arrived yesterday morning.', '2025-11-13');
  assert.deepEqual(said(events, 'toll'), ['2025-11-13']);
});

test('a bare "went home" after a hospital named earlier in its sentence is the return from it; without one it is a routine', () => {
  // Wednesday 2027-01-06.
  const events = eventsOf('Brundawn Ulvedge and her brother are still at Pellickstow Infirmary; the four others went home on Saturday. '
    + 'The ferry crew went home on Monday.', '2027-01-06');
  assert.deepEqual(said(events, 'go home'), ['2027-01-02']);
});

test('a trigger word written with a capital inside running prose is a word of a name ("the Met Bureau"), no act', () => {
  // Saturday 2026-12-05.
  const events = eventsOf('Forecasters at the Met Bureau in Pellickstow issued a gale warning on Tuesday. '
    + 'The two harbour masters met in Pellickstow on Wednesday.', '2026-12-05');
  assert.deepEqual(said(events, 'meeting'), ['2026-12-02']);
  assert.deepEqual(said(events, 'issue'), ['2026-12-01']);
});

test('"last" or "first" right before a past in an apposition tells which time the act was, not the verb "to last"', () => {
  // Wednesday 2026-08-05.
  const events = eventsOf('The island ferries, last refitted in 2003, will be scrapped next year, the operator said.', '2026-08-05');
  assert.deepEqual(said(events, 'refit'), ['2003']);
  assert.deepEqual(said(events, 'scrap'), ['2027']);
});

test('the word after a name\'s age set off by commas is the name\'s verb, not a count of the age', () => {
  // Wednesday 2027-04-14.
  const events = eventsOf('Idrenna Wimbleforth, 63, left hospital in March and still uses a wheelchair. '
    + 'Her neighbour, Brundawn Ulvedge, 58, unemployed, was questioned in January.', '2027-04-14');
  assert.deepEqual(said(events, 'leave'), ['2027-03']);
  assert.equal(events.length, 2);
});

test('a verb of going whose complement carries the act: a trip to a named place, a change of state; not a trip to a common noun', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Ms Vell, who grew up in Osk, first went to Brennick with the charity in 2019. '
    + 'The yard\'s first contractor went bust in 2021. '
    + 'The skipper went to the shops on Monday.', '2025-11-13');
  assert.deepEqual(said(events, 'visit'), ['2019']);
  assert.deepEqual(said(events, 'go bust'), ['2021']);
  assert.equal(events.length, 2);
});

test('a verb of taking with "in", of going "home from" a place, or a verb with two particles tells its act; a state or a routine does not', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('The animal shelter at Wendlecombe took in its first stray dogs on Tuesday. '
    + 'Ivar Pellacott went home from Orsby General Hospital on Monday. '
    + 'The tenants will move back in during January. '
    + 'His brother stayed in hospital on Wednesday. '
    + 'The two clubs kept in touch in October. '
    + 'The town became home to 3,000 refugees in 2019. '
    + 'The night porter went home at six on Tuesday.', '2025-11-13');
  assert.deepEqual(said(events, 'take in'), ['2025-11-11']);
  assert.deepEqual(said(events, 'go home'), ['2025-11-10']);
  assert.deepEqual(said(events, 'move back in'), ['2026-01']);
  assert.equal(events.length, 3);
});

test('a finite clause inside a clause keeps its own date: a reported "that" clause, an "after" clause, a when-clause after a date', () => {
  // Wednesday 2026-03-11.
  const events = eventsOf('Its first owner said in a statement that the director had undergone knee surgery last year. '
    + 'Costs climbed to 3 million after the builder went bust in 2020 and the council had to start again. '
    + 'It is the first stoppage at the Osk quarry since 2018, when the pit was flooded for nine days. '
    + 'The delegation stays in Osk until Friday, when the delegates tour the Brennick shipyard.', '2026-03-11');
  assert.deepEqual(said(events, 'undergo'), ['2025']);
  assert.deepEqual(said(events, 'go bust'), ['2020']);
  assert.deepEqual(said(events, 'flood'), ['2018']);
  assert.deepEqual(said(events, 'tour'), ['2026-03-13']);
});

test('a figure a body "reported" on a day is its statement of that day, as one it "said" is', () => {
  // Thursday 2026-04-16.
  const events = eventsOf('The Abbenvale Quarry Company said 9 men were in the shelter, one more than the 8 it reported on Tuesday night.', '2026-04-16');
  assert.deepEqual(said(events, 'statement'), ['2026-04-14']);
});

test('a trigger of a when-clause right after a date takes that date, not a nearer one of the clause before', () => {
  // Wednesday 2026-03-11.
  const events = eventsOf('The flood on Monday was the worst in the Vostrelly valley since 2011, when four farmers died on the Osk road.', '2026-03-11');
  assert.deepEqual(said(events, 'death'), ['2011']);
});

test('a part ends at a full stop inside a quote, not at an abbreviation', () => {
  const events = eventsOf('“A year ago we promised that the tram would reach us. Today it does,” the mayor said. '
    + '2026-03-10 - Capt. Ivo Marsh detained.', '2026-03-11');
  assert.deepEqual(said(events, 'reach'), []);
  assert.deepEqual(said(events, 'detain'), ['2026-03-10']);
});

test('a plan with a year of its own names one act; a window ("from next spring", "before the end of the year") does not date it (a verbless conjunct repeats the act: "and the full line by 2031")', () => {
  // Wednesday 2026-03-11.
  const events = eventsOf('The council hopes to open the new bridge in 2029 and the full line by 2031. '
    + 'The board would publish its findings early next year. '
    + 'Permits will be issued from next spring. The guards would start planning patrols before the end of the year.', '2026-03-11');
  assert.deepEqual(said(events, 'open'), ['2029', '2031']);
  assert.deepEqual(said(events, 'publish'), ['2027']);
  assert.deepEqual(said(events, 'issue'), []);
  assert.deepEqual(said(events, 'plan'), []);
});

test('a verb of finding in the passive is a discovery, dated by its clause', () => {
  const events = eventsOf('The missing propeller was found on Sunday on a beach near Osk.', '2026-03-11');
  assert.deepEqual(said(events, 'find'), ['2026-03-08']);
});

test('a weak verb in the passive is an act done to its subject; a verb of going told as a schedule, with where it goes, is an act ahead', () => {
  // Wednesday 2026-03-11.
  const events = eventsOf('The river route was dropped last month after engineers objected. Mr Vell was kept in custody on Monday. '
    + 'The damaged rotor goes to the laboratory tomorrow.', '2026-03-11');
  assert.deepEqual(said(events, 'drop'), ['2026-02']);
  assert.deepEqual(said(events, 'keep'), []);
  assert.deepEqual(said(events, 'go'), ['2026-03-12']);
});

test('the first of a service that ran on a day tells its first run that day; a weak "ran" otherwise is no act', () => {
  // Thursday 2026-10-29.
  const events = eventsOf('On Wednesday the first trams ran along Hennicombe\'s new harbour line, linking the station with the old quay in six minutes. '
    + 'The Marlowick ferry ran late on Tuesday.', '2026-10-29');
  assert.deepEqual(said(events, 'run'), ['2026-10-28']);
});

test('a simple-past act dated by "in <year>" is one act; a tally or a comparison in that year is not', () => {
  const events = eventsOf('The ferry caught fire off Brannock on Monday. The TR-20 entered service with Norvel Lines in 2017. '
    + 'Dalby Shipping cancelled an order for six boats in 2020 because of the pandemic. '
    + 'The port moved a record volume in 2019. Norvel Lines carried more passengers in 2018. The yard handled 40 hulls in 2016.', '2025-03-06');
  assert.deepEqual(said(events, 'enter'), ['2017']);
  assert.deepEqual(said(events, 'cancel'), ['2020']);
  assert.deepEqual(said(events, 'move'), []);
  assert.deepEqual(said(events, 'carry'), []);
  assert.deepEqual(said(events, 'handle'), []);
});

test('taking a fleet out of service is a grounding; "the grounding is the first ... since <year>" dates an earlier one', () => {
  const events = eventsOf('A fire forced the Tessa ferry back into Brannock harbour this morning. '
    + 'Dalby Lines has grounded the Tessa until engineers have checked both engines. '
    + 'The TR-20 grounding is the first of an entire ship type in Brisvane since 2014. Her captain had a good grounding in seamanship.', '2025-11-22');
  assert.deepEqual(said(events, 'grounding').sort(), ['2014', '2025-11-22']);
});

test('a state or an activity counted from a date began then: put in a state, or holding a post or a venture; not a trend, a place lived in or an adjective', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('The Osk valley has been disputed since 1987. '
    + 'About 40 lorry drivers have been stuck at the Brell bridge checkpoint since Tuesday, aid workers said. '
    + 'Mira Sollen, who had led the ferry company since 2016, resigned on Friday. '
    + 'The charity has run a soup kitchen in Brennick since 2020. '
    + 'Prices have increased sharply since January. Ode Lantry has lived in Osk since 2010. The new quay has been open since 2019. '
    + 'Brennick trawlers have fished alone in the bay since 2015.', '2025-11-13');
  assert.deepEqual(said(events, 'dispute'), ['1987']);
  assert.deepEqual(said(events, 'stick'), ['2025-11-11']);
  assert.deepEqual(said(events, 'lead'), ['2016']);
  assert.deepEqual(said(events, 'run'), ['2020']);
  assert.deepEqual(events.filter((e) => ['increase', 'live', 'open', 'fish'].includes(e.type)).map((e) => e.type), []);
});

test('an activity told in the perfect progressive since a date began then; not a rise, a saying or a weak verb', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Tamworrel fishermen have been warning about the silted harbour mouth since 2018. '
    + 'Dockers have been picketing the Osk ferry terminal since Monday. '
    + 'Fares have been rising since March. Councillors have been saying so since Tuesday. '
    + 'Ode Lantry has been getting letters since 2020.', '2025-11-13');
  assert.deepEqual(said(events, 'warn'), ['2018']);
  assert.deepEqual(said(events, 'picket'), ['2025-11-10']);
  assert.deepEqual(events.filter((e) => ['rise', 'say', 'get'].includes(e.type)).map((e) => e.type), []);
});

test('a date across "and was ..." is the other conjunct\'s; a year before a simple-past verb dates it (in its subject, or between auxiliary and participle in translated word order)', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Construction of the Brell tunnel began in 2018 and was first due to finish in March 2021, '
    + 'but flooding under the old harbour in 2020 halted the work for a year. '
    + 'Dalby Lines has already in the Year 2019 cancelled an Order of Ferries. Sales in 2019 rose.', '2025-11-13');
  assert.deepEqual(said(events, 'construction'), ['2018']);
  assert.deepEqual(said(events, 'halt'), ['2020']);
  assert.deepEqual(said(events, 'cancel'), ['2019']);
  assert.deepEqual(said(events, 'rise'), []);
});

test('a verbless conjunct with a date of its own repeats the act before it on that date; not a range or a bare second date', () => {
  // Tuesday 2026-02-10.
  const events = eventsOf('The Osk parliament is due to ratify the accord on 3 March, and Brell\'s on the 5th. '
    + 'The council hopes to open the first stretch of the tramway in 2029 and the whole line by 2031. '
    + 'The two ministers met in Osk on Monday and again in Brell on Tuesday. '
    + 'Ferries sailed on Monday and on Tuesday. The harbour was dredged between May and June.', '2026-02-10');
  assert.deepEqual(said(events, 'ratify'), ['2026-03-03', '2026-03-05']);
  assert.deepEqual(said(events, 'open'), ['2029', '2031']);
  assert.deepEqual(said(events, 'meeting').sort(), ['2026-02-09', '2026-02-10']);
  assert.deepEqual(said(events, 'deployment'), ['2026-02-09']);
  assert.ok(!said(events, 'dredge').includes('2025-06'));
});

test('a speech act is not dated by another speaker\'s day; a lone modal\'s verb is the act; after a verb, the next clause\'s tense is its own', () => {
  // Friday 2026-03-13.
  const events = eventsOf('ORLAND, Tesmark, March 13 — Tesmark\'s rail regulator on Friday closed the Varrow viaduct to freight trains, '
    + 'a day after a girder cracked under a loaded wagon. '
    + '“Until we know why that girder cracked, no freight train will cross it,” inspector-general Hal Openshaw said at a news conference in Orland. '
    + 'In a statement issued late Thursday, the operator Kestry Rail said nobody had been hurt. '
    + 'The inspectorate said it would brief reporters on Monday.', '2026-03-13', ['Hal Openshaw', 'Kestry Rail']);
  assert.deepEqual(said(events, 'statement').sort(), ['2026-03-12', '2026-03-13']);
  assert.deepEqual(said(events, 'brief'), ['2026-03-16']);
  const flood = eventsOf('Floodwater reached the centre of Dunmore on Friday. '
    + 'Rescuers evacuated two care homes after the river had burst its banks.', '2026-03-13');
  assert.deepEqual(flood.filter((e) => e.type === 'evacuation').map((e) => [e.date?.value ?? null, e.background]), [['2026-03-13', false]]);
});

test('a second verb phrase after "and" or "but" is an act of its own; an act in an offset phrase or a relative clause keeps a date of its own there', () => {
  // Monday 2026-04-06.
  const events = eventsOf('The director of the firm that misprinted the ballot papers was fined 12,000 crowns yesterday, '
    + 'two days after the audit office published its report. '
    + 'The Hallam viaduct opened in 1958 and was last repainted in 2004. '
    + 'His rival, Ona Petch, had conceded on Friday night but said on Monday that she wanted a recount. '
    + 'The ferry service resumed on Thursday, six weeks after storm damage forced the port to shut it in February. '
    + 'Tam Orvik, who closed the shelter to new arrivals earlier this month, said it would reopen. '
    + 'Here is a guide for anyone who missed March.', '2026-04-06');
  assert.deepEqual(said(events, 'penalty'), ['2026-04-05']);
  assert.deepEqual(said(events, 'repaint'), ['2004']);
  assert.deepEqual(said(events, 'concede'), ['2026-04-03']);
  assert.deepEqual(said(events, 'force'), ['2026-02']);
  assert.deepEqual(said(events, 'close'), ['2026-04']);
  assert.deepEqual(said(events, 'miss'), []);
});

test('naming someone as a post is an appointment, whatever stands between', () => {
  // Tuesday 2026-02-10.
  const events = eventsOf('Dunsmarl Freight\'s chief executive resigned on Tuesday. '
    + 'The board named its finance director, Oskar Lind, as interim chief executive.', '2026-02-10');
  assert.deepEqual(said(events, 'appointment'), ['2026-02-10']);
});

test('a day names an event by its possessive: a noun made from a verb, not a thing', () => {
  // Tuesday 2026-05-12.
  const events = eventsOf('The first count after Sunday\'s vote gave the mayor a lead of 88 votes. '
    + 'Monday\'s state banquet was cancelled too.', '2026-05-12');
  assert.deepEqual(said(events, 'vote'), ['2026-05-10']);
  assert.deepEqual(said(events, 'banquet'), []);
});

test('a speaker\'s act told in a relative clause just before the speech is the day\'s news; background about them is not', () => {
  // Wednesday 2026-03-18.
  const events = eventsOf('A gas explosion tore through a block of flats in Dunholt on Wednesday, injuring eleven people. '
    + 'Health Minister Petra Aldous, who visited the injured at Dunholt Royal Infirmary, said the inquiry would report within a month. '
    + 'Fire chief Hal Brenner, who was questioned by police over an earlier blaze, said the building had no gas alarms.', '2026-03-18');
  assert.deepEqual(said(events, 'visit'), ['2026-03-18']);
  assert.deepEqual(said(events, 'questioning'), [null], 'a passive relative about the speaker keeps no day');
});

test('an act that fell due on a past date is an event on it; a thing due and a plan are not; an act due ahead is a planned one', () => {
  // Tuesday 2026-03-10.
  const events = eventsOf('A pressure test that would have shown the leak was due in October last year. '
    + 'The tanker Marlow was due in port on Sunday. '
    + 'The ferry was due to sail on Friday. '
    + 'The harbour board\'s review is due in May.', '2026-03-10');
  assert.deepEqual(said(events, 'test'), ['2025-10']);
  assert.deepEqual(said(events, 'tanker'), []);
  assert.deepEqual(said(events, 'marlow'), []);
  assert.deepEqual(said(events, 'review').filter((d) => d === '2026-05'), ['2026-05']);
});

test('a request for offers by a day is a deadline on that day, ahead of the asking', () => {
  // Wednesday 2026-06-10.
  const events = eventsOf('The port authority has asked the three bidders for revised offers by Friday and hopes to choose one within a month.', '2026-06-10');
  assert.deepEqual(said(events, 'deadline'), ['2026-06-12']);
});

test('a sale opening is an event on its day', () => {
  // Thursday 2026-09-03.
  const events = eventsOf('Tickets for the Sturnley festival go on sale on Saturday. The commemorative coins went on sale in July.', '2026-09-03');
  assert.deepEqual(said(events, 'sale'), ['2026-09-05', '2026-07']);
});

test('a hedge inside a speaker\'s quoted words keeps the narrator\'s act, and the quote\'s own words no event', () => {
  // Tuesday 2026-05-12.
  const events = eventsOf('"The fund could no longer meet its payments," the regulator\'s head, Orlen Vasst, said at a news conference on Tuesday. '
    + 'The firm could be sold by the summer, analysts said.', '2026-05-12');
  assert.deepEqual(said(events, 'statement'), ['2026-05-12']);
  assert.deepEqual(said(events, 'meeting'), [], 'meeting one\'s payments is no meeting, and the hedge is the quote\'s');
  assert.deepEqual(said(events, 'sale'), [], 'the narrator\'s own hedge still makes the sentence talk in general');
});

test('an act whose complement resumes after an apposition takes the date there; "said last week" is a statement', () => {
  // Friday 2026-06-26.
  const events = eventsOf('Prosecutors charged Corwenn Ekerd, the former treasurer of the Quillet rowing club, with fraud and forging receipts on Monday. '
    + 'The club has set aside 40,000 crowns to repay members, its board said last week.', '2026-06-26');
  assert.deepEqual(said(events, 'charge'), ['2026-06-22']);
  assert.deepEqual(said(events, 'statement'), ['2026-06']);
});

test('a suspension told at the end of its sentence and an active appointment of someone to a post are events', () => {
  // Monday 2026-09-14.
  const events = eventsOf('The regulator took over Harlow Mutual on Monday. It said it had appointed an interim manager, Ivo Brenn, to run the lender. '
    + 'Trading in the lender\'s bonds was suspended.', '2026-09-14');
  assert.deepEqual(said(events, 'suspension'), ['2026-09-14']);
  assert.equal(said(events, 'appointment').length, 1);
});

test('an obligation to act by a date is a deadline on that date; "by" naming an agent is none', () => {
  // Wednesday 2026-04-08.
  const events = eventsOf('The ministry said it had told the Corrant water board about the leaks in 2025 and had ordered it to replace the mains by the end of June. '
    + 'A new operator should be chosen by Friday, the mayor said. The valve must be inspected by engineers before the pumps restart.', '2026-04-08');
  assert.deepEqual(said(events, 'deadline'), ['2026-06', '2026-04-10']);
});

test('a case to be heard is a hearing on its date; a verb of going read as a passive is a state, no act', () => {
  // Monday 2026-03-16.
  const events = eventsOf('The Tessford traders sued the council in January. Their case will be heard in the autumn. '
    + 'The crisis began on Friday, February 20. Six weeks later the old ferry company was gone.', '2026-03-16');
  assert.deepEqual(said(events, 'hearing'), ['2026']);
  assert.deepEqual(said(events, 'go'), []);
});

test('a subject placed in time by a plan\'s verb, before an apposition or not, is the event; a copula across an apposition places nothing', () => {
  // Monday 2026-03-16.
  const events = eventsOf('The first stretch of the Venmoor ring road opened in January. A second stretch, to the airport, is due to start on Saturday, April 4. '
    + 'The final section is due to start in June. A crew of ten, mostly local welders, is now split between two sites.', '2026-03-16');
  assert.deepEqual(said(events, 'stretch'), ['2026-04-04']);
  assert.deepEqual(said(events, 'section'), ['2026-06']);
  assert.deepEqual(said(events, 'crew'), []);
});

test('a subject before an apposition opened by a participle is the event a plan\'s verb places: "Work on the quay, costing ..., will begin in June"', () => {
  // Wednesday 2026-04-15.
  const events = eventsOf('Work on a new quay at Drossvale, costing 6 million kroner, will begin in June, Harbour Master Elna Orlenbeck said. '
    + 'Repairs to the Kettleburn lock, involving two cranes, will start in May.', '2026-04-15');
  assert.deepEqual(said(events, 'work'), ['2026-06']);
  assert.deepEqual(said(events, 'repair'), ['2026-05']);
});

test('a photo caption above the lead is not the lead: its day is the picture\'s', () => {
  const events = eventsOf('Regulator seizes Varlen Mutual\n\nCustomers wait outside a Varlen Mutual branch in Oskelund on Friday. Photograph: Staff\n\n'
    + 'The banking regulator took control of Varlen Mutual early on Monday. Trading in the bank\'s shares was suspended.', '2026-02-23');
  assert.deepEqual(said(events, 'suspension'), ['2026-02-23']);
});

test('headlines and kickers (no full stop) are not the lead: the lead\'s day is the first body sentence\'s', () => {
  const events = eventsOf('Tessmar ferry disaster\n\nRescuers pull forty people from the sea\n\nThe Quennick operator faces questions over its safety record\n\n'
    + 'At least nine people died on Friday night after a ferry capsized off Tessmar. Rescuers worked through the night in heavy seas. '
    + 'Trading in the operator\'s shares was suspended.', '2026-03-14');
  assert.deepEqual(said(events, 'suspension'), ['2026-03-13']);
});

test('"said it would release $2 million" is a pledge made on the news day; a plain plan with "would" stays off the timeline', () => {
  const events = eventsOf('Floods cut off the town of Tessmar on Tuesday. Thousands of homes were damaged. '
    + 'The Orvel Relief Fund said it would release $2 million in emergency aid.', '2026-03-11');
  assert.deepEqual(said(events, 'pledge'), ['2026-03-10']);
  const plan = eventsOf('Floods cut off the town of Tessmar on Tuesday. Thousands of homes were damaged. '
    + 'The Orvel Relief Fund would pledge more money if the rain went on.', '2026-03-11');
  assert.deepEqual(said(plan, 'pledge'), []);
});

test('"spoke to us" introduces the outlet\'s own interview: no statement; "spoke to the families" is one', () => {
  const lead = 'The ferry Quennick ran aground off Tessmar on Monday. ';
  assert.deepEqual(said(eventsOf(`${lead}ANNA REID: The harbour master spoke to us a little earlier.`, '2026-03-10'), 'statement'), []);
  assert.equal(said(eventsOf(`${lead}The harbour master spoke to the families a little earlier.`, '2026-03-10'), 'statement').length, 1);
});

test('an act "no" denies after a coordinator or as the object is no event: "and no one was killed", "made no arrests"', () => {
  const lead = 'Riot police cleared the Varrow Bridge on Tuesday. ';
  assert.deepEqual(said(eventsOf(`${lead}Six people were hurt on Tuesday, and no one was killed.`, '2026-03-11'), 'attack'), []);
  assert.deepEqual(said(eventsOf(`${lead}Officers watched from the quay on Tuesday and made no arrests.`, '2026-03-11'), 'detention'), []);
  assert.deepEqual(said(eventsOf(`${lead}Officers made two arrests on Tuesday.`, '2026-03-11'), 'detention'), ['2026-03-10']);
  // Undated, the denial dates nothing from the page either.
  assert.deepEqual(said(eventsOf('Officers watched from the quay and made no arrests.', '2026-03-11'), 'detention'), []);
});

test('what is said or promised with no day of its own dates from the lead\'s telling day, not the day of what happened', () => {
  const events = eventsOf('A dam on the Quennick river gave way late Tuesday, flooding the town of Tessmar, officials said Wednesday. '
    + 'Thousands of homes were damaged. The Orvel Relief Fund said it would release $2 million in emergency aid.', '2026-03-12');
  assert.deepEqual(said(events, 'pledge'), ['2026-03-11']);
});

test('accepting a resignation, an offer or a report\'s recommendations is an approval; accepting that mistakes were made is not', () => {
  assert.deepEqual(said(eventsOf('The prime minister accepted the resignation of the Quennick port chief on Tuesday evening.', '2026-03-12'), 'approval'), ['2026-03-10']);
  assert.deepEqual(said(eventsOf('The ministry accepted all 12 of the Tessmar inquiry\'s recommendations on Monday.', '2026-03-12'), 'approval'), ['2026-03-09']);
  assert.deepEqual(said(eventsOf('The port chief accepted on Monday that mistakes were made.', '2026-03-12'), 'approval'), []);
});

test('each act takes the date of its own finite clause: a since-clause, a second verb after "and now", a clause with a subject of its own', () => {
  // The since-clause tells the act the period starts from, on its own date; the apposition keeps its own.
  const lantern = eventsOf('The Hadley Lamp, forged in 1862, has not left the chapel since it was bought by the parish in 1911.', '2026-03-12');
  assert.deepEqual(said(lantern, 'forge'), ['1862']);
  assert.deepEqual(said(lantern, 'buy'), ['1911']);
  // "now" is the heading's (a state at the time of writing), "last month" the promotion's.
  assert.deepEqual(said(eventsOf('The inquiry is led by Ilse Varn, who was promoted to chief inspector last month and now heads the fraud unit.', '2026-03-12'), 'promote'), ['2026-02']);
  const depot = eventsOf('Demolition of the old depot begins in October and the library is due to open in 2030.', '2026-03-12');
  assert.deepEqual(said(depot, 'open'), ['2030']);
  assert.deepEqual(said(depot, 'demolition'), ['2026-10']);
});

test('a finite part is cut before "and" only where a clause of its own follows', () => {
  const part = (sentence: string, word: string) => {
    const p = partAround(sentence, sentence.indexOf(word));
    return sentence.slice(p.start, p.end).trim();
  };
  const depot = 'Clearing of the old depot begins in October and the library is due to open in 2030.';
  assert.equal(part(depot, 'open'), 'and the library is due to open in 2030.');
  assert.equal(part(depot, 'begins'), 'Clearing of the old depot begins in October');
  // A coordinated subject after a subordinator, a coordinated object, a speech verb's report: one part.
  const bay = 'Boat crews gathered at the slipway on Friday morning as a lifeboat and a pilot launch searched the bay.';
  assert.equal(part(bay, 'searched'), bay);
  const visit = 'Ona Bray met the harbour master and the pilots on Monday.';
  assert.equal(part(visit, 'met'), visit);
  const report = 'She said the mayor and the council agreed the budget on Monday.';
  assert.equal(part(report, 'agreed'), report);
});

test('a present dated after the page is a schedule in any person; asking for something ahead is a request; a noun the tagger reads as a verb stays none', () => {
  // Wednesday 2026-03-04: the 9th is 2026-03-09, next Tuesday 2026-03-10.
  const events = eventsOf('The two Harlow suspects\' 21 days on remand run out on the 9th, and their lawyers will ask for bail next Tuesday. '
    + 'The first Orvel cargo boat under the new deal was expected at the weekend. '
    + '"The crews are recovering well and we expect them home at the weekend," the harbour doctor said.', '2026-03-04');
  assert.deepEqual(said(events, 'run out'), ['2026-03-09']);
  assert.deepEqual(said(events, 'request'), ['2026-03-10']);
  assert.deepEqual(said(events, 'boat'), []);
  assert.deepEqual(said(events, 'recover'), []);
  // Told of a day already past, a bare present is no schedule, and asking for something done is told by the speech, not as a request.
  const past = eventsOf('Their 21 days on remand run out on Monday, March 2. The lawyers asked for bail on Monday.', '2026-03-04');
  assert.deepEqual(said(past, 'run out'), []);
  assert.deepEqual(said(past, 'request'), []);
});

test('"will be able to" is a plan of the verb after it; "unable to" denies it', () => {
  // Tuesday 2026-12-01: Wednesday is 2026-12-02, Friday 2026-12-04.
  const events = eventsOf('The Orvel branches will stay closed until Wednesday, when customers will be able to withdraw cash. '
    + 'Drivers will be unable to cross the Orvel bridge on Friday.', '2026-12-01');
  assert.deepEqual(said(events, 'withdraw'), ['2026-12-02']);
  assert.deepEqual(said(events, 'cross'), []);
});

test('a past state told as lasting until a date ended then; a passive, a plan or a wait "until ... to" tells no such end', () => {
  const arrest = eventsOf('Ivo Rask, 29, who worked night shifts at the depot until last October, was detained at his flat on Thursday, police said.', '2026-02-12');
  assert.deepEqual(said(arrest, 'work'), ['2025-10']);
  assert.deepEqual(said(arrest, 'detention'), ['2026-02-12']);
  assert.deepEqual(said(eventsOf('Ona Pell served as harbour master in Brusk until 2019.', '2026-02-12'), 'serve'), ['2019']);
  assert.deepEqual(said(eventsOf('The coast road was closed until Tuesday.', '2026-02-12'), 'close'), []);
  assert.deepEqual(said(eventsOf('The ferry office will stay closed until Saturday at the earliest.', '2026-02-12'), 'stay'), []);
  assert.deepEqual(said(eventsOf('The ministry waited until Monday to publish the figures.', '2026-02-12'), 'wait'), []);
});

test('a noun subject a present copula says is expected or due on a date ahead is a planned event of that noun; told in the past it is none', () => {
  // Wednesday 2026-02-11.
  const events = eventsOf('The Harlow inquiry\'s final report is expected early next year. '
    + 'The Orvel ferry is due in port on Friday. The Marlin tanker is expected on Sunday. The audit was expected in January.', '2026-02-11');
  assert.deepEqual(said(events, 'tanker'), []);
  assert.deepEqual(said(events, 'report'), ['2027']);
  assert.deepEqual(said(events, 'ferry'), []);
  assert.deepEqual(said(events, 'audit'), []);
});

test('"meetings" is a meeting as "meeting" is: dated by a plan\'s "from" day; with no day of its own, none', () => {
  // Tuesday 2026-12-01.
  const events = eventsOf('Orvel residents will be able to see the plans at public meetings from Monday, December 7. '
    + 'The Harlow union would hold meetings for its members before the vote.', '2026-12-01');
  assert.deepEqual(said(events, 'meeting'), ['2026-12-07']);
});

test('a service that will run from a day is a planned event of the service; a thing that will run, or runs until a day, is none', () => {
  // Tuesday 2026-12-01: Monday is 2026-12-07.
  const events = eventsOf('The Orvel island service will run with a chartered boat from Monday. '
    + 'A full timetable should run from Monday. The old Harlow ferry will run until Friday.', '2026-12-01');
  assert.deepEqual(said(events, 'service'), ['2026-12-07']);
  assert.deepEqual(said(events, 'timetable'), []);
  assert.deepEqual(said(events, 'ferry'), []);
});

test('a verb of beginning the tagger read into a compound with the noun before it is the clause\'s verb, unless a verb follows it', () => {
  // Friday 2026-03-13: the 20th is 2026-03-20.
  const events = eventsOf('The refunds to the few savers not moving to Orvel start on the 20th. '
    + 'The harbour race start on the 20th was moved to the morning.', '2026-03-13');
  assert.deepEqual(said(events, 'refund'), ['2026-03-20']);
  assert.deepEqual(said(events, 'race'), []);
});

test('an act due by or until a date ahead is an event on its deadline; a target figure, a window anyone may use, a state that lasts and a bare year are none', () => {
  // Monday 2026-04-06: Wednesday is 2026-04-08.
  const events = eventsOf('The Pilvane health board yesterday ordered an inquiry into the outbreak, to report by the end of May. '
    + 'The water company has promised to send the test results by Wednesday. '
    + 'The ruling must be given until 15 June, the agency writes. '
    + 'Orsmark Rail now has until the end of July to find a new operator for the line. '
    + 'The mission should reach 120 inspectors by the end of the month. '
    + 'Residents can comment on the designs until the end of May. '
    + 'The Feldra footbridge will stay closed until Friday. '
    + 'The council would keep its pledge of closing the Dellow landfill by 2030.', '2026-04-06');
  assert.deepEqual(said(events, 'deadline').sort(), ['2026-04-08', '2026-05', '2026-06-15', '2026-07']);
  assert.deepEqual(said(events, 'reach'), []);
  assert.deepEqual(said(events, 'comment'), []);
  assert.deepEqual(said(events, 'stay'), []);
  assert.deepEqual(said(events, 'keep'), []);
  assert.deepEqual(said(events, 'close'), []);
});

test('a deadline already past is no event of its own, nor is a date an act of the sentence already took', () => {
  // Monday 2026-04-06.
  const events = eventsOf('The contractor had promised to finish the Brennard viaduct by the end of January. '
    + 'The minister said the crews would be handed over by Thursday.', '2026-04-06');
  assert.deepEqual(said(events, 'deadline'), []);
  assert.deepEqual(said(events, 'transfer'), ['2026-04-09']);
});

test('a thing a done act names as its object keeps a calendar day ahead of its own; a light verb\'s object does not', () => {
  // Wednesday 2026-05-20.
  const offered = eventsOf('Traders in Feldra have been offered a meeting with the contractor on Thursday, June 4.', '2026-05-20');
  assert.deepEqual(said(offered, 'meeting'), ['2026-06-04']);
  const held = eventsOf('The Dellow council held a meeting with the contractor on Thursday, June 4.', '2026-05-20');
  assert.notDeepEqual(said(held, 'meeting'), ['2026-06-04']);
});

test('a share price moved by a figure is a market event of the news day; a possessive day of the old price does not date it, a move with no figure is none', () => {
  // Monday 2026-03-02: Friday is 2026-02-27.
  const events = eventsOf('Querlo Mining launched a bid for Vashti Salt on Monday. '
    + 'Vashti\'s shares jumped 18 per cent to 39.60 crowns, from 33.56 crowns at Friday\'s close. '
    + 'Brennard Steel\'s shares also fell sharply.', '2026-03-02');
  assert.deepEqual(said(events, 'market'), ['2026-03-02']);
  assert.equal(events.filter((e) => e.type === 'market')[0]!.evidence.length, 1);
});

test('a date phrase opening the sentence before a comma dates the act of the clause after it', () => {
  // Thursday 2026-04-09: a week ago is 2026-04-02.
  const events = eventsOf('A week ago, the Quessick harbour board quietly dropped its plan for a second pier.', '2026-04-09');
  assert.deepEqual(said(events, 'drop'), ['2026-04-02']);
  // (A clause with a date of its own keeps it: "Last week, the board dropped the plan on Monday" is Monday's.)
  const own = eventsOf('Last week, the Quessick harbour board dropped its plan for a second pier on Monday.', '2026-04-09');
  assert.deepEqual(said(own, 'drop'), ['2026-04-06']);
});

test('a verb whose past is its bare form, dated before the page, is an act done', () => {
  // Friday 2026-07-17: Monday is 2026-07-13.
  const events = eventsOf('The owner of the ferry and its insurer, Harlowen Mutual, on Monday set up a fund of 40 million crowns for the fishermen.', '2026-07-17');
  assert.deepEqual(said(events, 'founding'), ['2026-07-13']);
});

test('a bare-form past right after a comma-set relative clause is the main verb, done (no imperative)', () => {
  // Friday 2026-07-03: Tuesday is 2026-06-30.
  const year = eventsOf('Quellmark, which analysts say has been active since 2021, hit a ferry operator in neighbouring Kesmarra last year.', '2026-07-03');
  assert.deepEqual(said(year, 'hit'), ['2025']);
  const day = eventsOf('The Tolbarran union, which represents 4,000 dockers, quit the national federation on Tuesday.', '2026-07-03');
  assert.deepEqual(said(day, 'quit'), ['2026-06-30']);
});

test('a body "active" or "operational" since a date began its activity then', () => {
  const events = eventsOf('Quellmark has been active since 2021. The Kesmarra ferry link has been operational since May.', '2026-07-03');
  assert.deepEqual(said(events, 'activity'), ['2021', '2026-05']);
});

test('"the day before" followed by the act\'s complement dates it the day before the day told just before', () => {
  // Thursday 2026-04-09: Wednesday is 2026-04-08.
  const events = eventsOf('Mayor Ines Dovric said in a statement on Wednesday evening that the beach would stay closed. '
    + 'She had asked the government the day before for emergency help for the hotels of Estmoor.', '2026-04-09', ['Ines Dovric']);
  assert.deepEqual(said(events, 'request'), ['2026-04-07']);
});

test('a verb phrase joined by a bare "and" to a dated one shares its day; "and later" tells another time', () => {
  // Friday 2026-04-03.
  const events = eventsOf('The environment minister was on the beach at Estmoor this morning and repeated her promise of a fund.', '2026-04-03');
  assert.deepEqual(said(events, 'repeat'), ['2026-04-03']);
  const later = eventsOf('The environment minister was on the beach at Estmoor this morning and later repeated her promise of a fund.', '2026-04-03');
  assert.deepEqual(said(later, 'repeat'), []);
});

test('acts news tells without the older triggers: an office taken, a request, an opening, a body set up, a count in hospital, a denial, payments expected', () => {
  // Friday 2026-04-03: Monday is 2026-03-30.
  const events = eventsOf('Corvesk has asked Vellisand for two pumping vessels, a government official said. '
    + 'Tallowick became director of the new Osmery Water Agency on June 1 last year. '
    + 'Ferrandine took command of the ferry last September. '
    + 'The rooftop reading garden opens on Friday, May 15. '
    + 'The owner and its insurer on Monday set up a compensation fund of 40 million. '
    + 'Fourteen people were in Brenhaugh Infirmary this evening. '
    + 'The operator called the claims "wholly without foundation". '
    + 'First payments are expected next month for fishermen who lost the spring season.', '2026-04-03');
  // (A request told in the present perfect with no time of its own: the page's month.)
  assert.deepEqual(said(events, 'request'), ['2026-04']);
  assert.deepEqual(said(events, 'appointment').sort(), ['2025-06-01', '2025-09']);
  assert.deepEqual(said(events, 'open'), ['2026-05-15']);
  assert.deepEqual(said(events, 'founding'), ['2026-03-30']);
  assert.deepEqual(said(events, 'illness'), ['2026-04-03']);
  assert.deepEqual(said(events, 'statement'), ['2026-04-03']);
  assert.deepEqual(said(events, 'payment'), ['2026-05']);
});

test('the new triggers stay off their look-alikes: a request in our own words, an office that opened on a terminal, an accord that sets up a body', () => {
  const events = eventsOf('"We have asked Vellisand for its logs," the mayor said. '
    + 'Officials of both countries opened on the east terminal a shared customs office. '
    + 'The accord sets up a joint commission. '
    + 'The trial opened on February 9. '
    + '"When they said children were in hospital, I ran," said a parent.', '2026-04-03');
  assert.deepEqual(said(events, 'request'), []);
  assert.deepEqual(said(events, 'open'), []);
  assert.deepEqual(said(events, 'founding'), []);
  assert.deepEqual(said(events, 'illness'), []);
  assert.deepEqual(said(events, 'hearing'), ['2026-02-09']);
});

test('a government that has offered help is a pledge; a pay offer in a dispute is not', () => {
  const events = eventsOf('Vellisand has offered the town army water tankers, a government spokesman said. '
    + 'Corvesk has offered a 4 per cent rise from January.', '2026-04-04');
  assert.deepEqual(said(events, 'pledge'), ['2026-04-04']);
});

test('a hedge hedges its own part: a done act in the conjunct before it or a warning that reports it keeps its day', () => {
  // Thursday 2026-04-09: "yesterday" is 2026-04-08, "Two days ago" 2026-04-07.
  const events = eventsOf('Divers from Dorwent finished pumping the fuel off the stranded ferry yesterday, and the ferry could be refloated next week, the port authority said. '
    + 'Two days ago, Captain Ilse Kessmire of the coastguard warned that the fuel could reach Avelport. '
    + 'If the hull cracks on Friday, the fuel could reach the beaches, Kessmire said.', '2026-04-09');
  assert.deepEqual(said(events, 'pump'), ['2026-04-08']);
  assert.deepEqual(said(events, 'statement'), ['2026-04-07'], 'the warning is an act; "Kessmire said" of the condition is hedged with it');
  assert.equal(events.some((e) => e.date?.value === '2026-04-10'), false, 'a condition hedges its whole sentence');
});

test('a hedge inside an indirect question ("an argument over whether the town could afford it") hedges the question, not the act told', () => {
  // Wednesday 2026-03-04: "on Tuesday" is 2026-03-03.
  const events = eventsOf('Tolbrek town council voted on Tuesday to build a ferry pier at Wending Quay, ending a long argument over whether the town could afford it. '
    + 'If the pier costs more, the council could drop the second berth, the mayor said.', '2026-03-04');
  assert.deepEqual(said(events, 'vote'), ['2026-03-03']);
  assert.equal(events.some((e) => e.date?.value === '2026-03-04'), false, 'a condition still hedges its whole sentence');
});

test('a plan whose verb takes no object and goes straight to its date is an act ahead: "will follow next year", "are due to run in 2030"', () => {
  const events = eventsOf('Work on the Tolleth bypass begins in August and the first buses are due to run in 2030. '
    + 'The Renvick museum garden opens on Friday, May 15, and a new wing will follow next year. '
    + 'The new rules apply from Monday, September 7, and the last paper exams will be held in May 2027. '
    + 'The harbour works began in March and were due to finish in October.', '2026-04-09');
  assert.deepEqual(said(events, 'run'), ['2030']);
  assert.deepEqual(said(events, 'follow'), ['2027']);
  assert.deepEqual(said(events, 'hold'), ['2027-05']);
  assert.deepEqual(said(events, 'finish'), ['2026-10']);
  // A verb of lasting, or one with an object, is no such act.
  const other = eventsOf('The Tolleth ferry will stay in port in March. The council will take the decision in May.', '2026-02-09');
  assert.deepEqual(said(other, 'stay'), []);
  assert.deepEqual(said(other, 'take'), []);
});

test('an inquiry that "found" something tells its findings on the day its verb is dated; a discovery is no finding', () => {
  assert.deepEqual(said(eventsOf('A parliamentary inquiry into the flooding that cut power to 2.1 million homes on July 1 found on Thursday '
    + 'that the operator had delayed repairs three times.', '2026-11-13'), 'report'), ['2026-11-12']);
  assert.deepEqual(said(eventsOf("The harbour master's inquiry, led by Ilse Kellagh, found last month that the ship was off its track.", '2026-07-17'), 'report'), ['2026-06']);
  assert.deepEqual(said(eventsOf('Investigators found a knife in the car on Monday.', '2026-07-17'), 'report'), []);
});

test('a simple past whose "in" the tagger took into its phrase is dated by its year: "which closed in 1964"', () => {
  const events = eventsOf('Tolleth station was built in 1971 on the site of the old Calthorne mine, which closed in 1964.', '2026-07-09');
  assert.deepEqual(said(events, 'close'), ['1964']);
});

test('an act done, joined by "and" to a plan, is no plan: "was named interim chairman and will open talks"', () => {
  const events = eventsOf('Shareholders voted today to remove the chairwoman. '
    + 'Marta Calthorne was named interim chairman and will open talks with the bidder, the company said.', '2026-03-24');
  assert.deepEqual(said(events, 'appointment'), ['2026-03-24']);
});

test('"demanded that" is a demand made, and a past perfect a speaker reports does not make the sentence look back', () => {
  const events = eventsOf('Twenty people were in hospital on Saturday, officials said. '
    + 'The mayor of Tolleth, Ivo Renvick, said townspeople had been "left in the dark" and demanded that the board appear before the council next week.', '2026-04-04');
  assert.deepEqual(said(events, 'statement'), ['2026-04-04']);
  // What had been, or has long been, demanded stands before the news: no demand made that day.
  const before = eventsOf('Twenty people were in hospital on Saturday, officials said. Tolleth has long demanded the return of its fishing crews. '
    + 'The group had at one point demanded $6 million.', '2026-04-04');
  assert.deepEqual(said(before, 'statement'), []);
});

test('"The number of people evacuated is still unclear": an act naming what a count counts, with no date, is no act of the lead\'s day', () => {
  const events = eventsOf('The Ybbersley council approved a relief fund yesterday. The number of families evacuated is still unclear, the council said.', '2026-05-19');
  assert.deepEqual(said(events, 'evacuation'), []);
  // (An act told outright is one: "Forty families were evacuated".)
  assert.deepEqual(said(eventsOf('The Ybbersley council approved a relief fund yesterday. Forty families were evacuated, the council said.', '2026-05-19'), 'evacuation'), ['2026-05-18']);
});

test('"the evacuation would continue on Friday": the day an act under way goes on to is not its own day', () => {
  const events = eventsOf('Harbour officials said 300 people had left Vellin Island by Thursday evening, and that the evacuation would continue on Friday.', '2026-05-14');
  assert.deepEqual(said(events, 'evacuation'), ['2026-05-14']);
});

test('a span told from one happening to another: the day after the second is the second\'s, not the first\'s', () => {
  const events = eventsOf('The Vardelholm ring road stayed shut for 30 hours, from the collision to its reopening on Friday.', '2026-05-16');
  assert.deepEqual(said(events, 'restoration'), ['2026-05-15']);
  assert.deepEqual(said(events, 'accident'), [null]);
});

test('a state kept until a day ends then: "stays open until May 29", "to last until Saturday", "would stay closed until next month"', () => {
  assert.deepEqual(said(eventsOf('Its offer of 41 crowns a share stays open until May 29.', '2026-05-14'), 'closure'), ['2026-05-29']);
  assert.deepEqual(said(eventsOf('"We expect the notice to last until Saturday," she said.', '2026-04-23'), 'end'), ['2026-04-25']);
  assert.deepEqual(said(eventsOf('The mayor said on Wednesday that Renvick beach would stay closed until next month.', '2026-04-09'), 'closure'), ['2026-05']);
  // "now says": the now is the saying's; the place stays shut until its bound.
  assert.deepEqual(said(eventsOf('The council now says Orvane Street will stay closed until the end of June.', '2026-05-11'), 'closure'), ['2026-06']);
  // An hour is no day: "until ten every night".
  assert.deepEqual(said(eventsOf('"This one stays open until ten every night," she said.', '2026-04-11'), 'closure'), []);
});

test('a done act takes no day ahead that bounds another act: "has asked ..., and has promised to send them until Wednesday"', () => {
  const events = eventsOf('Tolleth has asked Renvick for the results of all the tests, the other side has promised to send them until Wednesday.', '2026-04-06');
  assert.deepEqual(said(events, 'request'), ['2026-04']);
  assert.ok(!said(events, 'pledge').includes('2026-04-01'));
});

test('a letter written to a body is a message on its day; "writes to say" is none', () => {
  assert.deepEqual(said(eventsOf('The regulator had also written to Calthorne Power on December 19 asking why three transformers were overdue.', '2026-07-13'), 'message'), ['2025-12-19']);
  assert.deepEqual(said(eventsOf('On Monday she writes to say thanks.', '2026-07-13'), 'message'), []);
});

test('"went on leave" is a change of state dated by its clause', () => {
  assert.deepEqual(said(eventsOf('Ivo Renvick has run the response since the chief executive went on leave last week.', '2026-04-14'), 'go on leave'), ['2026-04']);
});

test('a date named by what falls on it is that act: "The first closing date is the 17th"', () => {
  assert.deepEqual(said(eventsOf('The first closing date is the 17th, a Friday.', '2026-04-11'), 'closing'), ['2026-04-17']);
  assert.deepEqual(eventsOf('The date is May 3.', '2026-04-11'), []);
});

test('told in the passive to act, a subject was given an instruction: "were told to boil their water on Wednesday evening"', () => {
  const events = eventsOf('About 2,300 homes in Ostrevel were told to boil their tap water on Wednesday evening after a main burst. '
    + 'More than 18,000 homes in Tolleth have been told to boil their water since Thursday night.', '2026-04-24');
  assert.deepEqual(said(events, 'instruction').sort(), ['2026-04-22', '2026-04-23']);
  assert.deepEqual(said(events, 'appointment'), [], '"told to boil their water" names no office');
});

test('a plan across an apposition takes the date that resumes it: "would send the bill to the contractor, Renvick Works, on Monday"', () => {
  const events = eventsOf('The utility said it would send the bill for the repairs to the contractor, Renvick Civil Works, on Monday.', '2026-07-12');
  assert.deepEqual(said(events, 'send'), ['2026-07-13']);
});

test('"had their power back" is service restored', () => {
  const events = eventsOf('By midday on Wednesday about half of the homes in Ostrevel had their power back, the company said.', '2026-07-01');
  assert.deepEqual(said(events, 'restoration'), ['2026-07-01']);
});

test('a superlative counted from a year dates one as big then: "the biggest change to the schools since 1994"', () => {
  const events = eventsOf("Tolleth's parliament voted on Thursday to raise the leaving age, the biggest change to the country's schools since 1994. "
    + 'It was the worst summer for the resort since 2011.', '2026-06-26');
  assert.deepEqual(said(events, 'change'), ['1994']);
  assert.deepEqual(said(events, 'summer'), []);
});

test('a count of people that have done something since a date began then: "More than 200 people have seen a doctor ... since Wednesday"', () => {
  const events = eventsOf('More than 200 people in Ostrevel have seen a doctor with stomach cramps, vomiting or diarrhoea since Wednesday. '
    + "The union said 240 workers at the Tolleth works had taken voluntary redundancy since September. Volumes have risen since March.", '2026-10-23');
  assert.deepEqual(said(events, 'see'), ['2026-10-21']);
  assert.deepEqual(said(events, 'take'), ['2026-09']);
  assert.deepEqual(said(events, 'rise'), []);
});

test('a quote with no date of its own tells no act of its trigger words; a dated one does', () => {
  const events = eventsOf('“An audit that misses the biggest risk in the bank is not an audit,” the regulator’s chair, Wilbrand Oskarrow, said on Monday. '
    + '“We warned them on Friday that the crane at Farnsholt was unsafe,” the union leader told reporters on Monday.', '2025-11-18', ['Wilbrand Oskarrow']);
  assert.deepEqual(said(events, 'inspection'), []);
  assert.deepEqual(said(events, 'statement'), ['2025-11-17']);
  assert.deepEqual(said(events, 'warning'), ['2025-11-14']);
});

test('a verb with its particle is no speech verb; "last year" dates a simple past act as "in 2024" does', () => {
  const called = eventsOf('The ferry resumed service on Saturday, and on Sunday the Farnsholt coast guard called off the search.', '2026-01-06');
  assert.deepEqual(said(called, 'call off'), ['2026-01-04']);
  const cut = eventsOf('Consumer prices rose 5.1% in the year to September. The bank last raised rates in March, and it cut them twice last year.', '2025-10-23');
  assert.deepEqual(said(cut, 'cut'), ['2024']);
  const passing = eventsOf('The prime minister, who as foreign minister signed off on the licence system last year, said the commission would meet in Farnsholt.', '2026-06-12');
  assert.deepEqual(said(passing, 'sign off'), []);
});

test('a photo caption tells no act; the occasion a speaker is placed at is no new event', () => {
  const caption = eventsOf('Rescue boats return to Harlowmere harbour on Friday morning. Photograph: Osterhale Dunbeck\n\n'
    + 'At least nine people died after the ferry capsized off Harlowmere late on Thursday.', '2024-12-13');
  assert.deepEqual(caption.filter((e) => e.evidence.some((r) => r.start === 0)).map((e) => e.type), []);
  assert.deepEqual(said(caption, 'death'), ['2024-12-12']);
  const occasion = eventsOf('“We have replaced every bearing,” the chief engineer, Osterhale Dunbeck, said at the reopening ceremony in Harlowmere.', '2025-12-18');
  assert.deepEqual(said(occasion, 'meeting'), []);
  assert.deepEqual(said(occasion, 'restoration'), []);
});

test('a caption clean marked tells no act and dates no lead, with or without its credit', () => {
  const caption = 'The ferry captain leaves the court in Wexmoor on Sunday.';
  const text = `${caption}\n\nThe ferry service between Wexmoor and Pellacombe was suspended after a crack was found in the hull, the operator said on Monday.`;
  const marked = eventsOf(text, '2025-06-10', [], [caption]);
  assert.deepEqual(marked.filter((e) => e.evidence.some((r) => r.start === 0)).map((e) => e.type), []);
  assert.deepEqual(said(marked, 'statement'), ['2025-06-09']);
  const unmarked = eventsOf(text, '2025-06-10');
  // (Unmarked and without a credit, the caption reads as an act, dated the Sunday after the page.)
  assert.deepEqual(unmarked.filter((e) => e.evidence.some((r) => r.start === 0)).map((e) => `${e.type}@${e.date?.value}`), ['leave@2025-06-15']);
});

test('quakes and tremors are disasters; an aftershock is an event of its own, not one it is said not to be', () => {
  const events = eventsOf('A strong quake hit Brastow on Monday, February 9. An aftershock of magnitude 4.9 shook the valley on Wednesday. '
    + 'The institute said the Quellin tremor on Thursday was not an aftershock of the Brastow quake.', '2026-02-13');
  assert.deepEqual(said(events, 'aftershock'), ['2026-02-11']);
  assert.deepEqual(said(events, 'disaster').sort(), ['2026-02-09', '2026-02-12']);
});

test('crews taken off a ship are rescued; pumps restarted are a restoration; testimony told to an inquiry is a statement', () => {
  const events = eventsOf('The tanker ran aground off Marrowdene on Tuesday. All 19 crew were taken off by the lifeboat on Tuesday evening. '
    + 'The engineers restarted the pumps on Wednesday morning. On Thursday the harbour master told the inquiry that no pilot had been on board.', '2026-03-06');
  assert.deepEqual(said(events, 'rescue'), ['2026-03-03']);
  assert.deepEqual(said(events, 'restoration'), ['2026-03-04']);
  assert.deepEqual(said(events, 'statement'), ['2026-03-05']);
  const off = eventsOf('Tessivar took the syrup off the market on Monday.', '2026-03-06');
  assert.deepEqual(said(off, 'rescue'), []);
});

test('a special session named by its business ("a special budget session") is a meeting, as "a special session" is', () => {
  const events = eventsOf('Quarnby councillors asked for a special budget session, which the council has scheduled for Thursday, March 5.', '2026-03-02');
  assert.deepEqual(said(events, 'meeting'), ['2026-03-05']);
});

test('a translation may set the day and place between a verb of acting with words and its object; a lone verbal noun opening the sentence is the event', () => {
  const events = eventsOf('The general Director of Holmbrake has repeated today in Ostervik his Promise: „We close no Plant.“ '
    + 'Work begins in October and the first trams run in 2030.', '2026-04-10');
  assert.deepEqual(said(events, 'repeat'), ['2026-04-10']);
  assert.deepEqual(said(events, 'work'), ['2026-10']);
});

test('a court ordering a suspect held is a remand, dated apart from the arrest a relative clause dates; being kept in custody is none', () => {
  const events = eventsOf('The skipper, Pellowind Carnabey, who was detained on Saturday, was ordered held in custody for 30 days by a court on Monday. '
    + 'His mate was remanded in custody on Tuesday. The engineer was kept in custody on Monday.', '2026-03-11');
  assert.deepEqual(said(events, 'remand').sort(), ['2026-03-09', '2026-03-10']);
  assert.deepEqual(said(events, 'detention'), ['2026-03-07']);
});

test('an apology in the speaker\'s words ("I am deeply sorry") is a statement; "sorry to hear" is none', () => {
  const events = eventsOf('“I am deeply sorry to every passenger left on the platform today,” said Tessivar Quellin, the chief executive.', '2026-01-12');
  assert.deepEqual(said(events, 'statement'), ['2026-01-12']);
  const none = eventsOf('“I was sorry to hear of it,” said Tessivar Quellin.', '2026-01-12');
  assert.deepEqual(said(none, 'statement'), []);
});

test('aid handed out is a transfer (a sentence handed out is none); customers unable to withdraw cash tell an outage', () => {
  const events = eventsOf('Staff handed out bottled water outside the Brastow branch on Wednesday. The judge handed out a sentence of two years on Wednesday. '
    + 'Customers of Marrowdene Bank were unable to withdraw cash for most of Tuesday after an update went wrong.', '2026-02-26');
  assert.deepEqual(said(events, 'transfer'), ['2026-02-25']);
  assert.deepEqual(said(events, 'outage'), ['2026-02-24']);
});

test('an event no word of its sentence dates takes the lead\'s day, and is marked as dated by the lead', () => {
  const events = eventsOf('The harbour master of Tanreth was suspended yesterday after a ferry ran aground. '
    + 'Nineteen passengers died, Mayor Ostravel Quillsby said. The port reopened on 2 March.', '2026-03-07', ['Ostravel Quillsby']);
  // The lead's own events are dated by its "yesterday"; the port's reopening by its own date; only the death by the lead's.
  assert.deepEqual(events.map((e) => [e.type, e.date?.value ?? null, datedByLead(e)]), [
    ['suspension', '2026-03-06', false], ['accident', '2026-03-06', false], ['death', '2026-03-06', true], ['restoration', '2026-03-02', false],
  ]);
});

test('a lead told at night on a page of the next day that tells that day as today: what follows undated takes the page\'s day', () => {
  const events = eventsOf('The bulk carrier Drummeval ran aground off Pellistowe shortly before midnight on Tuesday. '
    + 'All 19 crew were taken off by the lifeboat before dawn. A slick was drifting towards the beaches this afternoon. '
    + 'The owner said in a statement that it was "deeply sorry".', '2026-04-01');
  assert.deepEqual(events.map((e) => [e.type, e.date?.value ?? null, datedByLead(e)]), [
    // (The rescue "before dawn" right after the night is the next day's by its own early hour.)
    ['accident', '2026-03-31', false], ['rescue', '2026-04-01', false], ['statement', '2026-04-01', true],
  ]);
  // A page that only reports the night (no "today" of its own) keeps the lead's day.
  const night = eventsOf('The bulk carrier Drummeval ran aground off Pellistowe on Tuesday night. '
    + 'All 19 crew were taken off by the lifeboat.', '2026-04-01');
  assert.deepEqual(night.map((e) => [e.type, e.date?.value ?? null]), [['accident', '2026-03-31'], ['rescue', '2026-03-31']]);
});

test('an undated act told at an early hour ("the morning shift", "before dawn") after a sentence telling a night is the next day\'s', () => {
  const events = eventsOf('Quellbrook was told to boil its water on Thursday. A power cut at the Farrowdene works late on Tuesday night stopped the chlorine pumps. '
    + 'For nine hours, until the morning shift restarted them, untreated water went into the mains.', '2026-04-03');
  assert.deepEqual(said(events, 'restoration'), ['2026-04-01']);
  // With no night told just before, the early hour dates nothing of its own: the lead's day stays.
  const plain = eventsOf('Quellbrook was told to boil its water on Thursday. The chlorine pumps at the Farrowdene works failed. '
    + 'For nine hours, until the morning shift restarted them, untreated water went into the mains.', '2026-04-03');
  assert.deepEqual(said(plain, 'restoration'), ['2026-04-02']);
});

test('a body sentence the news peg dates joins the event of its type the text tells on that day', () => {
  // The spokeswoman's words to reporters, dated by the lead's Tuesday, are the statement the lead reports, not a second one.
  const events = eventsOf('Eleven climbers are still missing after Sunday\'s rockfall near Brennavik, police chief Quessa Maltrevy said on Tuesday. '
    + '“We will keep searching until every one of them is found,” police spokeswoman Ilmarsh Torvanne told reporters. '
    + 'The search was halted at dusk.', '2026-02-10', ['Quessa Maltrevy', 'Ilmarsh Torvanne']);
  const statements = events.filter((e) => e.type === 'statement');
  assert.deepEqual(statements.map((e) => [e.date?.value, e.evidence.length]), [['2026-02-10', 2]]);
});

test('a passive whose participle is its bare form is an act done, even after a noun the tagger reads as a verb', () => {
  const events = eventsOf('The museum is under pressure because the guards\' night rounds were cut from four to two last year to save money. '
    + 'The first residents were let back into the eastern streets of Tesselby yesterday, escorted by police.', '2026-02-03');
  assert.deepEqual(said(events, 'cut'), ['2025']);
  assert.deepEqual(said(events, 'let'), ['2026-02-02']);
});

test('a hedge in an adverbial clause hedges that clause only; an indirect question still hedges its sentence', () => {
  const events = eventsOf('Drumvale Construction resumed work on the depot last month under a revised contract after the council\'s lawyers found the original one could stand. '
    + 'The ferry sank on Monday because the crew could not close the bow door.', '2026-07-17');
  assert.deepEqual(said(events, 'restoration'), ['2026-06']);
  assert.deepEqual(said(events, 'accident'), ['2026-07-13']);
});

test('a weak verb told done is an act through its object: a payment, a holding, an event noun; having or getting a thing is none', () => {
  const held = eventsOf('Port authorities in Brascombe held the cargo ship Varnstead Star at its berth on Wednesday after a routine test.', '2026-05-08');
  assert.deepEqual(held.map((e) => [e.type, e.date?.value]), [['ship', '2026-05-06']]);
  const paid = eventsOf('Two weeks ago, the government paid the first 12 million crowns of the relief fund into a council account in Tellwick.', '2026-03-12');
  assert.deepEqual(paid.map((e) => [e.type, e.date?.value]), [['payment', '2026-02-26']]);
  const last = eventsOf('The harbour last held a ship in quarantine in 2019, when a grain carrier was kept at anchor for a week.', '2026-04-12');
  assert.deepEqual(last.filter((e) => e.date?.value === '2019').map((e) => e.type), ['ship']);
  const asked = eventsOf('The energy minister, Ilse Pellgrove, got the same question outside parliament today.', '2026-07-02');
  assert.deepEqual(asked.map((e) => [e.type, e.date?.value]), [['question', '2026-07-02']]);
  assert.deepEqual(eventsOf('The company had a good year in 2025.', '2026-03-02'), []);
  assert.deepEqual(eventsOf('Her brother had a new car on Monday.', '2026-03-04'), []);
});

test('a participle set off by a comma that counts a state from a date tells the act that began it then', () => {
  const hall = eventsOf("Ormund's covered market hall, closed since 2015 after its roof was found to be unsafe, will reopen in the spring.", '2026-02-06');
  assert.deepEqual(said(hall, 'close'), ['2015']);
  assert.deepEqual(eventsOf('Bus fares, unchanged since 2019, will rise in April.', '2026-02-06').filter((e) => e.date?.value === '2019'), []);
});

test('a relative clause with no comma ends before the main verb: its date is its own verb\'s, not the main clause\'s or a conjunct\'s', () => {
  const storm = eventsOf('The storm that hit the coast on Monday killed three people on Wednesday.', '2026-07-08');
  assert.deepEqual(said(storm, 'weather'), ['2026-07-06']);
  assert.deepEqual(said(storm, 'attack'), ['2026-07-08']);
  const fire = eventsOf('About 900 people were told to leave Varnstead before dawn today as a wildfire that started on the ridge on Tuesday afternoon swept down the valley and jumped the river.', '2026-07-08');
  assert.deepEqual(said(fire, 'jump'), []);
  assert.deepEqual(said(fire, 'disaster'), ['2026-07-07']);
  // (A conjunct still shares the day of the verb it is joined to.)
  assert.deepEqual(said(eventsOf('Officers on Monday searched the wharf and arrested two men.', '2026-07-08'), 'detention'), ['2026-07-06']);
});

test('a subject "set for" or "scheduled for" a date is an event ahead on it, when it is an act', () => {
  const hall = eventsOf('Traders will move back in during March and the official opening is set for Saturday, April 18.', '2026-02-06');
  assert.deepEqual(said(hall, 'opening'), ['2026-04-18']);
  assert.deepEqual(said(eventsOf('The official opening is scheduled for Saturday, April 18.', '2026-02-06'), 'opening'), ['2026-04-18']);
  assert.deepEqual(eventsOf('The tanker is scheduled for Sunday.', '2026-02-06'), []);
  assert.deepEqual(eventsOf('A second ferry is planned for 2028.', '2026-02-06'), []);
});

test('news prose has no imperatives: "Work starts in May" opens with its subject, and its verb dates the work', () => {
  const works = eventsOf('Work starts in May and the first swimmers are expected in the summer of 2028.', '2026-02-11');
  assert.deepEqual(said(works, 'work'), ['2026-05']);
});

test('a clause that only tells a decision, dated, is the decision taken', () => {
  const hall = eventsOf("Ormund's covered market will reopen in the spring, the town council decided on Thursday.", '2026-02-06');
  assert.deepEqual(said(hall, 'decision'), ['2026-02-05']);
  assert.deepEqual(said(eventsOf('The council was not asked and decided nothing on Thursday.', '2026-02-06'), 'decision'), []);
  assert.deepEqual(said(eventsOf('“Today the court agreed.”', '2026-01-14'), 'decision'), []);
});

test('a trigger that holds its own date keeps it inside a since-clause: "since the second quay opened in 1994"', () => {
  const quay = eventsOf('Quentlow has lived with the harbour since the second quay opened in 1994.', '2026-03-11');
  assert.deepEqual(said(quay, 'construction'), ['1994']);
});

test('a relative clause that shares out an amount ("of which the government has promised half") tells no pledge', () => {
  assert.deepEqual(said(eventsOf('The bridge will cost 82 million, of which the regional government has promised a third.', '2026-04-17'), 'pledge'), []);
  assert.deepEqual(said(eventsOf('The ring road will cost 640 million, of which the national government has promised half.', '2026-04-17'), 'pledge'), []);
  assert.deepEqual(said(eventsOf('The regional government promised half of the money on Monday.', '2026-04-17'), 'pledge'), ['2026-04-13']);
});

test('a sentence that opens with an "-ing" word and a finite verb opens with its subject: "Scaffolding goes up in August"', () => {
  const theatre = eventsOf('Scaffolding goes up in September and the theatre is due to reopen in 2029.', '2026-04-23');
  assert.deepEqual(said(theatre, 'go up'), ['2026-09']);
  assert.deepEqual(said(eventsOf('Flooding closed the coast road on Monday.', '2026-04-23'), 'close'), ['2026-04-20']);
});

test('an infinitive that names the subject is not its clause\'s verb: "A first attempt to pull the ship free failed on Thursday"', () => {
  const tugs = eventsOf('A first attempt to pull the barge free with four tugs failed on Thursday.', '2026-10-09');
  assert.deepEqual(said(tugs, 'fail'), ['2026-10-08']);
  // (A verb's own infinitive stays the act planned: "would try to reach".)
  const dive = eventsOf('She said divers would try to reach the Tarrowgate wreck on Saturday if the weather allowed.', '2024-12-20');
  assert.deepEqual(said(dive, 'reach'), ['2024-12-21']);
});

test('"said a week ago", "said last month": a speech dated by its own words of time is a statement on that day', () => {
  const logs = eventsOf('Both logs are now with the panel, which the minister said a week ago would report by the end of July.', '2026-04-30');
  assert.deepEqual(said(logs, 'statement'), ['2026-04-23']);
  assert.deepEqual(said(logs, 'deadline'), ['2026-07']);
});

test('a verb phrase joined by "and" with its own date is its own act for dating: "was built in 2011 and last passed a survey in June 2024"', () => {
  // Monday 2026-04-06.
  const events = eventsOf('The trawler Corravane was built in 2011 and last passed a full survey in June 2024. '
    + 'Her sister ship was launched in 2016 and has fished the northern banks since 2019. '
    + 'The Tollbridge lighthouse was built in 1897 and refitted last year. '
    + 'The Tollbridge pier was repaired in May and again in July. '
    + 'Osk Farrand and Kelly Brandt met on Tuesday. '
    + 'The Tollbridge ferry was built in 2014 and has sailed the Corravane–Tollbridge route since 2018.', '2026-04-06');
  // An adverb between "and" and the verb ("and last passed") leaves the second verb phrase its own act and date.
  assert.deepEqual(said(events, 'construction'), ['2011', '1897', '2025-05', '2025-07', '2014']);
  assert.deepEqual(said(events, 'pass'), ['2024-06']);
  // A conjunct whose own date bounds a period ("since 2019") takes no date of the conjunct before it.
  assert.deepEqual(said(events, 'launch'), ['2016']);
  assert.deepEqual(said(events, 'fish'), ['2019']);
  // An en dash between two letters joins a route's names: no clause break there.
  assert.deepEqual(said(events, 'sail'), ['2018']);
  // A participle in "-ed" after "and" shares the verb before it, though the tagger reads an adjective.
  assert.deepEqual(said(events, 'refit'), ['2025']);
  // No verb after "and": one act, two dates; names joined by "and" are one subject.
  assert.deepEqual(said(events, 'meeting'), ['2026-03-31']);
});

test('a perfect or a state counted from a year began then: with no object, negated, "stood" + adjective, words before "since"; not "the first since", "since then"', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('The row over the Quillmarsh bypass, which has run since 2019, is over. '
    + 'Level five is rare in Quillmarsh: the valley had not seen it since 1987. '
    + 'The old Tarnavel mill has stood empty since 2012. '
    + 'The Tarnavel fair, held in the meadow every August since 1820, is a big draw. '
    + 'It is the first storm in Quillmarsh since 2019. Prices have risen since 2020. Nothing has changed since then. '
    + 'The quay has been open since 2019.', '2025-11-13');
  assert.deepEqual(said(events, 'run'), ['2019']);
  assert.deepEqual(said(events, 'see'), ['1987']);
  assert.deepEqual(said(events, 'stand'), ['2012']);
  assert.deepEqual(said(events, 'hold'), ['1820']);
  assert.deepEqual(events.filter((e) => ['rise', 'change', 'open'].includes(e.type)).map((e) => e.type), []);
});

test('a riot is an event of public disorder; riot police are the force that answers one', () => {
  const events = eventsOf('Fenmoor Jail was built in 1971. Its last serious incident was a riot last year. '
    + 'Riot police fired tear gas at a crowd outside the Brellick depot on Monday.', '2026-05-12');
  assert.deepEqual(said(events, 'protest'), ['2025']);
});

test('"found a tunnel on Monday" is a discovery; "found that" and "found no trace" are none', () => {
  const events = eventsOf('Warders at Halvick Jail found a tunnel running from a cell towards the outer wall on Monday. '
    + 'Searchers found no trace of the two men on Tuesday.', '2026-05-13');
  assert.deepEqual(said(events, 'find'), ['2026-05-11']);
});

test('"was seen on Wednesday in Quossel" is a sighting; "was seen as a threat" is a judgement', () => {
  const events = eventsOf('A man resembling the escaped prisoner Corwenn Vell was seen on Wednesday in the border town of Quossel, police said. '
    + 'The new levy was seen as a threat by traders on Thursday.', '2026-04-17');
  assert.deepEqual(said(events, 'see'), ['2026-04-15']);
});

test('"gave himself up", "turned herself in" are a surrender, dated by their own clause', () => {
  const events = eventsOf('Three of the men who escaped from Hathercombe Jail last Thursday are back in custody after one of them gave himself up '
    + 'at a police station in Arlow yesterday. A fourth, Petra Sallow, turned herself in on Sunday.', '2026-04-21');
  assert.deepEqual(said(events, 'surrender').sort(), ['2026-04-19', '2026-04-20']);
});

test('a plan whose object is counted by a small number is one act its year dates; a forecast measure is a tally', () => {
  // Wednesday 2026-04-15: "next year" is 2027.
  const events = eventsOf('The Orlavy council would open 40 libraries next year, its leader said. '
    + 'The Brenmoor port expects to handle 2 million tonnes next year.', '2026-04-15');
  assert.deepEqual(said(events, 'open'), ['2027']);
  assert.deepEqual(said(events, 'handle'), [], 'a forecast measure is no act');
});

test('a plan told in the passive names its act by the participle after "be"', () => {
  const events = eventsOf('The Pelsworth footbridge was due to be replaced next year.', '2026-04-15');
  assert.deepEqual(said(events, 'replace'), ['2027']);
});

test('a finding told as the attribution closing a sentence is a ruling on its day; a thing found is no ruling', () => {
  // Wednesday 2026-04-15: "on Tuesday" is 2026-04-14.
  const events = eventsOf('The blaze at the Harwen mill was started deliberately, the county coroner found on Tuesday. '
    + 'A wallet was found on Tuesday.', '2026-04-15');
  assert.deepEqual(said(events, 'ruling'), ['2026-04-14']);
});

test('what may be done until the close of a period is a deadline dated by that period', () => {
  // Wednesday 2026-04-15.
  const events = eventsOf('Members of the Mossendine guild can send objections to the board until the end of May.', '2026-04-15');
  assert.deepEqual(said(events, 'send'), ['2026-05']);
});

test('what may be seen or viewed until the close of a period is a deadline dated by that period; "can be seen as" is no act', () => {
  // Wednesday 2026-04-15.
  assert.deepEqual(said(eventsOf('The Brannick drawings can be seen at the Tollmere library until the end of June.', '2026-04-15'), 'see'), ['2026-06']);
  assert.deepEqual(said(eventsOf('The Brannick drawings can be viewed at the Tollmere library until the end of June.', '2026-04-15'), 'view'), ['2026-06']);
  assert.deepEqual(said(eventsOf('The Brannick drawings can be seen as a promise until the end of June.', '2026-04-15'), 'see'), []);
});

test('a defendant who appears in or before a court is heard that day; appearing calm in a courtroom is no hearing', () => {
  // Friday 2026-06-05.
  assert.deepEqual(said(eventsOf('Osmer Pellicant appears before the court for the first time on the 30th.', '2026-06-05'), 'hearing'), ['2026-06-30']);
  assert.deepEqual(said(eventsOf('Osmer Pellicant appeared in court on Monday.', '2026-06-05'), 'hearing'), ['2026-06-01']);
  assert.deepEqual(said(eventsOf('Osmer Pellicant appeared calm in the courtroom on Monday.', '2026-06-05'), 'hearing'), []);
});

test('a festival or show that runs until a day ends then; running until an hour is no end', () => {
  // Wednesday 2026-04-15.
  assert.deepEqual(said(eventsOf('A festival of Varrow painters runs until Friday, May 8, with tickets at half price.', '2026-04-15'), 'end'), ['2026-05-08']);
  assert.deepEqual(said(eventsOf('The Varrow trams run until 11pm.', '2026-04-15'), 'end'), []);
});

test('claims or applications that close on a day set a deadline then; closing by an hour is none', () => {
  // Friday 2026-06-05.
  assert.deepEqual(said(eventsOf('Claims close on the 30th.', '2026-06-05'), 'deadline'), ['2026-06-30']);
  assert.deepEqual(said(eventsOf('The Mardle shops close early.', '2026-06-05'), 'deadline'), []);
});

test('a trigger word fused into a compound modifier tells no act: "the earthquake-hit town" on Monday is no earthquake of Monday', () => {
  assert.deepEqual(said(eventsOf('The minister opened a relief centre in the earthquake-hit town of Ostrava Mill on Monday.', '2026-03-11'), 'disaster'), []);
  assert.deepEqual(said(eventsOf('An earthquake hit the town of Ostrava Mill on Monday.', '2026-03-11'), 'disaster'), ['2026-03-09']);
});

test('a court appearance is a hearing on its day; a name that appears in court papers is none', () => {
  // Sunday 2026-04-26.
  const events = eventsOf('A 30-year-old man from Dunholt is expected to appear before magistrates on Monday. '
    + 'Idrene Tolkers appeared in court on Friday. Her name appeared in court documents filed on Thursday.', '2026-04-26');
  assert.deepEqual(said(events, 'hearing'), ['2026-04-27', '2026-04-24']);
});

test('a verbless reading after an apposition: the "-ed" word before its time word is the past verb', () => {
  // Friday 2026-10-16.
  const events = eventsOf('Anna Berg, the head teacher, retired last month.', '2026-10-16');
  assert.deepEqual(said(events, 'retire'), ['2026-09']);
});

test('a present in "-s" right before a past after "and" is the plural subject: both acts of the sentence are dated', () => {
  // Friday 2026-03-20.
  const events = eventsOf('The Dunholt council advertised the ferry contract on December 22, and bids closed on January 9.', '2026-03-20');
  assert.deepEqual(said(events, 'advertise'), ['2025-12-22']);
  assert.deepEqual(said(events, 'close'), ['2026-01-09']);
});

test('payments that will reach people or go out are paid then; payments reaching a figure are no payment', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('The first payments will reach Orrel families by the end of June.', '2026-06-03'), 'payment'), ['2026-06']);
  assert.deepEqual(said(eventsOf('The first payouts went out on Friday.', '2026-06-03'), 'payment'), ['2026-05-29']);
  assert.deepEqual(said(eventsOf('Payments reached 40 million last year.', '2026-06-03'), 'payment'), []);
});

test('a defendant who has been on bail since a month was bailed then; being on bail with no start is no event', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('Tom Orrel has been on bail since April.', '2026-06-03'), 'remand'), ['2026-04']);
  assert.deepEqual(said(eventsOf('Tom Orrel is on bail.', '2026-06-03'), 'remand'), []);
});

test('people or cargo lost, fallen or washed overboard is an accident; "went overboard" (overdoing a thing) is not', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('Twelve crates were lost overboard on Tuesday.', '2026-06-03'), 'accident'), ['2026-06-02']);
  assert.deepEqual(said(eventsOf('A deckhand fell overboard off Bexmoor on Monday.', '2026-06-03'), 'accident'), ['2026-06-01']);
  assert.deepEqual(said(eventsOf('The council went overboard with its fireworks on Monday.', '2026-06-03'), 'accident'), []);
});

test('a court that rejects or throws out a filing rules on it; a government rejecting demands makes no ruling', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('The Supreme Court of Vallemark threw out the Ostrava League\'s petition on Monday.', '2026-06-03'), 'ruling'), ['2026-06-01']);
  assert.deepEqual(said(eventsOf('The appeals court in Dorrenby has rejected the appeal of the Fessiquay family on Tuesday.', '2026-06-03'), 'ruling'), ['2026-06-02']);
  assert.deepEqual(said(eventsOf('The Halvern government rejected the union\'s demands on Tuesday.', '2026-06-03'), 'ruling'), []);
  assert.deepEqual(said(eventsOf('After a long hearing in court, the minister rejected the petition on Tuesday.', '2026-06-03'), 'ruling'), []);
});

test('"overturned" is a ruling only beside a court or a decision; a craft or vehicle that overturned had an accident', () => {
  // Wednesday 2026-06-03.
  const forklift = eventsOf('The forklift overturned at the Dornwick depot on Tuesday.', '2026-06-03');
  assert.deepEqual(said(forklift, 'accident'), ['2026-06-02']);
  assert.deepEqual(said(forklift, 'ruling'), []);
  const barge = eventsOf('Four crew drowned when the barge Mossendine overturned on the Lisbrook on Monday.', '2026-06-03');
  assert.deepEqual(said(barge, 'ruling'), []);
  assert.deepEqual(said(eventsOf('The appeals court in Halvern overturned the ban on Tuesday.', '2026-06-03'), 'ruling'), ['2026-06-02']);
  assert.deepEqual(said(eventsOf('Vesko Graddock\'s conviction was overturned on Monday.', '2026-06-03'), 'ruling'), ['2026-06-01']);
  const ruled = eventsOf('On Tuesday a tribunal overturned the licensing decision.', '2026-06-03');
  assert.deepEqual(said(ruled, 'ruling'), ['2026-06-02']);
  assert.deepEqual(said(ruled, 'accident'), []);
  // A thing someone turned over is no accident.
  assert.deepEqual(said(eventsOf('Fans overturned a police van in Dornwick on Saturday.', '2026-06-03'), 'accident'), []);
});

test('a statement put out, released or published is a statement, like one issued', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('Dorvan Shipping put out a statement yesterday saying its crew had done nothing wrong.', '2026-06-03'), 'statement'), ['2026-06-02']);
  assert.deepEqual(said(eventsOf('The club released a short statement on Monday.', '2026-06-03'), 'statement'), ['2026-06-01']);
});

test('claims filed or lodged against someone are a lawsuit, singular or plural', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('Growers led by the Emmerby Fruit Board filed claims for 3 million marks against Ravelin Freight in May.', '2026-06-03'), 'lawsuit'), ['2026-05']);
  assert.deepEqual(said(eventsOf('Two families lodged a claim against the council on Monday.', '2026-06-03'), 'lawsuit'), ['2026-06-01']);
});

test('an application to a court for an order is a lawsuit, dated by the offset from the order it led to', () => {
  // Friday 2026-03-13: "two days after" the grant on Friday is Wednesday the 11th.
  const text = 'Judge Fenwyn Pennimore granted the injunction on Friday shortly after 3 p.m., two days after the Tarrowfield Water Board applied for it.';
  assert.deepEqual(said(eventsOf(text, '2026-03-13'), 'lawsuit'), ['2026-03-11']);
  assert.deepEqual(said(eventsOf('The Tarrowfield Water Board applied to the High Court for an injunction on Monday.', '2026-03-13'), 'lawsuit'), ['2026-03-09']);
  // Applying for a job or a permit is no court filing.
  assert.deepEqual(said(eventsOf('Mr Pennimore applied for it on Monday, and was hired as the harbour pilot.', '2026-03-13'), 'lawsuit'), []);
});

test('reaching a figure, count or level is no visit; reaching a place is', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('Donations reached 40 million marks on Monday.', '2026-06-03'), 'visit'), []);
  assert.deepEqual(said(eventsOf('Ticket sales reached record highs on Monday.', '2026-06-03'), 'visit'), []);
  assert.deepEqual(said(eventsOf('The convoy reached Bexmoor on Monday.', '2026-06-03'), 'visit'), ['2026-06-01']);
});

test('a person\'s renewed attack on someone is a statement, not violence; troops\' renewed attack is an attack', () => {
  // Wednesday 2026-06-03.
  const words = eventsOf('Mayor Ilse Varn renewed her attack on the harbour plan on Tuesday.', '2026-06-03');
  assert.deepEqual(said(words, 'attack'), []);
  assert.deepEqual(said(words, 'statement'), ['2026-06-02']);
  assert.deepEqual(said(eventsOf('Troops renewed their attack on Pellmoor on Tuesday.', '2026-06-03'), 'attack'), ['2026-06-02']);
});

test('a possessive "\'s" the tagger reads as "is" is no verb: the dated act after it keeps its date', () => {
  // Wednesday 2026-06-03. ("Bexmoor's" was read as "Bexmoor is", placed at the "is" inside "minister".)
  const text = 'Workers at Dorvan Freight, Bexmoor\'s largest private employer, say they fear for their jobs after the ferry deal that brought down the transport minister was frozen on Tuesday pending a ruling.';
  assert.deepEqual(said(eventsOf(text, '2026-06-03'), 'frozen'), ['2026-06-02']);
});

test('a town\'s name in "-ing" with a possessive is no verb: the act after it keeps its day', () => {
  // Friday 2026-10-23. ("Harving's" was read as a gerund, the clause's first verb, and the clause lost its act.)
  assert.deepEqual(said(eventsOf('Harving\'s tap water was switched back on yesterday.', '2026-10-23'), 'switch back'), ['2026-10-22']);
});

test('booms laid on a river are a spill contained, in the active or in a translation\'s passive word order', () => {
  // Wednesday 2026-10-14.
  assert.deepEqual(said(eventsOf('Crews from Orvik have laid 9 kilometres of floating booms.', '2026-10-14'), 'containment'), ['2026-10-14']);
  assert.deepEqual(said(eventsOf('On the River Telna are placed 6 Kilometers of Booms, notes the Agency.', '2026-10-14'), 'containment'), ['2026-10-14']);
  assert.deepEqual(said(eventsOf('The Orvik property boom ended in 2019.', '2026-10-14'), 'containment'), []);
});

test('tests told by what they found are a testing on the day they name', () => {
  // Friday 2026-10-23.
  const text = 'Wendrova Dallow of the Pellby water board said tests on Wednesday and again yesterday morning found no trace of lead at the well.';
  assert.deepEqual(said(eventsOf(text, '2026-10-23'), 'testing'), ['2026-10-21']);
  assert.deepEqual(said(eventsOf('Pupils in Pellby sat their tests on Wednesday.', '2026-10-23'), 'testing'), []);
});

test('volunteers told by what they did are a turnout on their own day, beside a plan in the same sentence', () => {
  // Friday 2026-10-23.
  const events = eventsOf('Some 200 volunteers helped the Marrow clean-up crews last Sunday, and the nets near the Pellby weir will be lifted next week, Ms Dallow said.', '2026-10-23');
  assert.deepEqual(said(events, 'volunteering'), ['2026-10-18']);
  assert.deepEqual(said(events, 'lift'), ['2026-10']);
});

test('what a recommendation asks to be done by a year, in the subjunctive after an apposition, is a plan of that year', () => {
  // Wednesday 2027-03-10.
  const events = eventsOf('The Pellby panel recommends that the Orvik footbridge, built in 1961, be replaced by a tunnel by 2031.', '2027-03-10');
  assert.deepEqual(said(events, 'replace'), ['2031']);
  // the apposition's own past keeps its year
  assert.deepEqual(said(events, 'construction'), ['1961']);
});

test('telling someone to do something, in the active, is an instruction given; telling reporters what one wants is not', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('A driver said that supervisors had told crews to prepare for extra shifts in early April.', '2026-06-03'), 'instruction'), ['2026-04']);
  assert.deepEqual(said(eventsOf('The head teacher told pupils on Monday to bring their own lunch.', '2026-06-03'), 'instruction'), ['2026-06-01']);
  assert.deepEqual(said(eventsOf('The coach told reporters on Monday he wanted to stay.', '2026-06-03'), 'instruction'), []);
});

test('a for-to infinitive is what was asked for, not a plan: the request keeps its day beside a hedge elsewhere', () => {
  // Wednesday 2026-06-03.
  const text = 'A caretaker said he had asked on Monday for the gutters to be cleared and was told it could wait until the summer.';
  assert.deepEqual(said(eventsOf(text, '2026-06-03'), 'request'), ['2026-06-01']);
});

test('snow or rain told as falling since a date began to fall then; a price falling since a date is no weather', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('Rain had been falling on the hill farms of Harnwick since Sunday, and the river rose all night.', '2026-06-03'), 'weather'), ['2026-05-31']);
  assert.deepEqual(said(eventsOf('The snow on the depot roof had been building since Monday.', '2026-06-03'), 'weather'), ['2026-06-01']);
  assert.deepEqual(said(eventsOf('The price of wool has been falling since Monday.', '2026-06-03'), 'weather'), []);
});

test('an inquiry opened or ordered is an event, dated by its own day or, told with none, by the lead\'s', () => {
  // Wednesday 2026-06-03.
  const text = 'A footbridge over the Drevanth collapsed on Monday. The council did not comment. Police in Pimbrook said they had opened an investigation.';
  assert.deepEqual(said(eventsOf(text, '2026-06-03'), 'inquiry'), ['2026-06-01']);
  assert.deepEqual(said(eventsOf('The minister ordered a public inquiry on Tuesday.', '2026-06-03'), 'inquiry'), ['2026-06-02']);
  assert.deepEqual(said(eventsOf('The inquiry will report in the spring.', '2026-06-03'), 'inquiry'), []);
});

test('an inquiry announced is an inquiry set up, on the day its sentence gives; not the findings an inquiry announced', () => {
  // Friday 2026-06-05.
  assert.deepEqual(said(eventsOf('Transport Minister Harrowquist Ilbrackwell announced the inquiry yesterday and said a retired judge would lead it.', '2026-06-05'), 'inquiry'), ['2026-06-04']);
  assert.deepEqual(said(eventsOf('The council announced an independent investigation into the Wyndlequist bridge on Tuesday.', '2026-06-05'), 'inquiry'), ['2026-06-02']);
  assert.deepEqual(said(eventsOf("The board announced the inquiry's findings on Tuesday.", '2026-06-05'), 'inquiry'), []);
});

test('a memorial noun in the plural is a trigger: "the first of the two funerals on Friday"', () => {
  const events = eventsWithDates('The Orlane choir will sing at the first of the two funerals on Friday.', '2025-11-11',
    [{ text: 'on Friday', value: '2025-11-14', method: 'weekday after document date' }]);
  assert.deepEqual(said(events, 'memorial'), ['2025-11-14']);
  const vigils = eventsWithDates('Vigils were held in three Orlane parishes on Sunday.', '2025-11-11',
    [{ text: 'on Sunday', value: '2025-11-09', method: 'weekday before document date' }]);
  assert.deepEqual(said(vigils, 'memorial'), ['2025-11-09']);
});

test('a document "dated" a day is a report of that day: "a survey report dated March 3 flagged the pump"', () => {
  const events = eventsWithDates('A survey report dated March 3 flagged the Orlane pump as worn out.', '2025-11-11',
    [{ text: 'March 3', value: '2025-03-03', method: 'year nearest document date' }]);
  assert.deepEqual(said(events, 'report'), ['2025-03-03']);
  // "a dated report" is an old one, no day.
  assert.deepEqual(said(eventsWithDates('The Orlane council relied on a dated report.', '2025-11-11', []), 'report'), []);
});

test('a vehicle, a storm or a letter that arrived is no visit; a person who arrived is', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('The ferry arrived in Dunsmere on Monday.', '2026-06-03'), 'visit'), []);
  assert.deepEqual(said(eventsOf('Villagers climbed onto the roofs on Monday before the storm arrived.', '2026-06-03'), 'visit'), []);
  assert.deepEqual(said(eventsOf('The shuttle buses had arrived by noon on Monday.', '2026-06-03'), 'visit'), []);
  assert.deepEqual(said(eventsOf('The envoy arrived in Dunsmere on Monday.', '2026-06-03'), 'visit'), ['2026-06-01']);
});

test('a passive "met" is a reception or a target, not a meeting; an active one is a meeting', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('In Pellowby the verdict was met with relief on Monday.', '2026-06-03'), 'meeting'), []);
  assert.deepEqual(said(eventsOf('The new tariffs were widely met with anger on Monday.', '2026-06-03'), 'meeting'), []);
  assert.deepEqual(said(eventsOf('The mayor met the union leaders on Monday.', '2026-06-03'), 'meeting'), ['2026-06-01']);
});

test('an act "ruled out" is denied: no event; an act told beside the denial stays', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('On Monday the grid operator ruled out a cyber attack.', '2026-06-03'), 'attack'), []);
  assert.deepEqual(said(eventsOf('Hackers carried out a cyber attack on the grid operator on Monday.', '2026-06-03'), 'attack'), ['2026-06-01']);
  // The denial is still a fact a page can contradict: the claims stage keeps the sentence.
  assert.equal(deniedByNo('On Monday the grid operator ruled out a cyber attack.'), true);
});

test('"talks" as a verb ("still talks about", "talks up") is speaking, not a meeting; talks held are one', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('On Monday the guild chair talks up a deal worth nine million crowns.', '2026-06-03'), 'meeting'), []);
  assert.deepEqual(said(eventsOf('The ferry firm still talks about a restart on Monday.', '2026-06-03'), 'meeting'), []);
  assert.deepEqual(said(eventsOf('Talks between the guild and the ferry firm opened on Monday.', '2026-06-03'), 'meeting'), ['2026-06-01']);
});

test('"met too many" / "met so many" tells experience, not a meeting', () => {
  // Wednesday 2026-06-03.
  assert.deepEqual(said(eventsOf('By Monday the nurse had met too many grieving parents.', '2026-06-03'), 'meeting'), []);
  assert.deepEqual(said(eventsOf('On Monday the envoy said she had met so many farmers in debt.', '2026-06-03'), 'meeting'), []);
  assert.deepEqual(said(eventsOf('On Monday the envoy met the farmers.', '2026-06-03'), 'meeting'), ['2026-06-01']);
});

test('a person who "flew to" a named place visited it; one "flown to" a place, or who flew to a common noun, did not', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('A fire gutted the Tavistrow ferry terminal on Wednesday. Harbour Minister Ilse Sarnaby, who flew to Tavistrow in the afternoon, said the port would reopen. '
    + 'A deckhand was flown to Oskport with burns. The crew flew to safety.', '2025-11-13');
  assert.deepEqual(said(events, 'visit'), ['2025-11-12'], 'the speaker\'s trip, on the news day');
  // (So for any verb or set phrase of making one's position known: "left no doubt", "made clear", "insisted".)
  const doubt = eventsOf('A fire gutted the Tavistrow ferry terminal on Wednesday. Harbour Minister Ilse Sarnaby, who flew to Tavistrow in the afternoon, '
    + 'left no doubt about who would pay for the repairs.', '2025-11-13');
  assert.deepEqual(said(doubt, 'visit'), ['2025-11-12']);
});

test('a building that ran on its own generators, or whose generators took over, went onto backup power', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Storms lashed the Tavistrow coast on Tuesday. The Osk infirmary ran on its own generators through the night.', '2025-11-13');
  assert.deepEqual(said(events, 'backup power'), ['2025-11-11']);
  const took = eventsOf('The lights at the Osk infirmary went out at 6pm on Tuesday. Within seconds, the backup generators took over.', '2025-11-13');
  assert.deepEqual(said(took, 'backup power'), ['2025-11-11']);
});

test('land or homes told as under water or flooded were flooded then, not on the day of what caused it', () => {
  // Thursday 2025-11-13.
  const events = eventsOf('Fields east of Tavistrow were under water on Wednesday after the Osk board opened the sluices on Monday evening ahead of more heavy rain.', '2025-11-13');
  assert.deepEqual(said(events, 'flood'), ['2025-11-12']);
  assert.deepEqual(said(eventsOf('“When your street is under water, you help,” Ms Drossholm said on Tuesday.', '2025-11-13'), 'flood'), []);
});

test('people "were flown out" in a count are a transfer, dated by their day', () => {
  const events = eventsOf('On Monday, 85 people were flown out, according to the interior ministry.', '2030-03-13');
  assert.deepEqual(said(events, 'transfer'), ['2030-03-11']);
});

test('a call for an inquiry and words said after talks are statements', () => {
  const call = eventsOf('Tessaland\'s interior minister, Annick Drossel, called for an "urgent and transparent" inquiry on Tuesday.', '2030-03-13');
  assert.deepEqual(said(call, 'statement'), ['2030-03-12']);
  // Asking for an inquiry is calling for one, told in the present perfect too: a statement of the lead's day.
  const asked = eventsOf('The Brellow ferry ran aground off Tessby on Tuesday. Annick Drossel has asked for an independent inquiry into the grounding.', '2030-03-13');
  assert.deepEqual(said(asked, 'statement'), ['2030-03-12']);
  const after = eventsOf('"We owe them a great deal," Drossel said after the talks on Tuesday.', '2030-03-13');
  assert.deepEqual(said(after, 'statement'), ['2030-03-12']);
});

test('a committee that will hear someone on a day holds a hearing then', () => {
  const events = eventsOf('What next: the oversight committee will hear Major Tolbarran Palk on June 9.', '2030-03-13');
  assert.deepEqual(said(events, 'hearing'), ['2030-06-09']);
});

test('a convoy or charter told as due arrives on its day; flights due to resume are not a transfer', () => {
  assert.deepEqual(said(eventsOf('The third convoy is due next Tuesday.', '2030-03-13'), 'transfer'), ['2030-03-19']);
  assert.deepEqual(said(eventsOf('Flights are due to resume on Friday.', '2030-03-13'), 'transfer'), []);
});

test('a forces\' exercise is an event dated by its first day', () => {
  const events = eventsOf('The crews last trained together in the winter exercise from December 28 to January 3.', '2030-03-13');
  assert.deepEqual(said(events, 'exercise'), ['2029-12-28']);
});

test('a place told as "now closed" was closed on the telling day', () => {
  const events = eventsOf('The last plane took off from Ostrava at nine tonight. The consulate in Brenn is now closed.', '2030-03-13');
  assert.deepEqual(said(events, 'closure'), ['2030-03-13']);
});

test('a casualty count credited to a source as it stands now, with no date, is no death of its own ("died in the crash, according to ...")', () => {
  const events = eventsOf('A coach overturned on the Skelbrun Pass on Monday. Eleven people died in the crash, according to the Pellmark News Agency. '
    + 'The ministry says nine passengers were killed. Two guides died in hospital on Tuesday, the ministry said.', '2026-03-11');
  assert.deepEqual(said(events, 'death'), ['2026-03-10']);
  assert.deepEqual(said(events, 'attack'), []);
});

test('a count told with a past-tense credit leads the report and stays a death ("Two workers were killed, the service said")', () => {
  const events = eventsOf('Four workers died at the Korbel quarry, the regional emergency service said.', '2026-03-11');
  assert.deepEqual(said(events, 'death'), ['2026-03-11']);
});

test('words said after the talks, undated, take the day of the talks told before; translated copy too', () => {
  const wire = eventsOf('Minister Sennaby Trevanion visited the port on Wednesday and held a two-hour meeting with her Dessmark counterpart. '
    + '“Dessmark opened its harbour to us, and we will remember it,” Trevanion said after the talks.', '2030-03-14');
  assert.deepEqual(said(wire, 'statement'), ['2030-03-13']);
  // (A signing ceremony is named by what was done there.)
  const mt = eventsOf('The Treaty was signed on 12.03.2030 by both Presidents. '
    + '„Dessmark will hold its Word“, declared the President after the Ceremony.', '2030-03-14');
  assert.deepEqual(said(mt, 'statement'), ['2030-03-12']);
  assert.deepEqual(said(mt, 'meeting'), []);
});

test('what someone told us on a day is a statement that day, whatever frames it', () => {
  const clip = eventsOf('Here is what the harbour police spokeswoman told us on Saturday.', '2030-03-14');
  assert.deepEqual(said(clip, 'statement'), ['2030-03-09']);
});

test('a lead told in the evening on the next day\'s page that tells that day as today: the undated reactions take the page\'s day', () => {
  const events = eventsOf('Three drivers were killed when a relief convoy was shelled near Dornwick on Monday evening, the agency said. '
    + '"They were drivers," the agency\'s head, Ilse Marrow, said in Fellow this morning. '
    + 'The foreign minister, Ada Salbridge, called for an independent investigation.', '2030-03-12', ['Ilse Marrow', 'Ada Salbridge']);
  // (The call joins the head's words of the same day.)
  assert.deepEqual(said(events, 'statement'), ['2030-03-12']);
});

test('"for the first time since 2019" dates the start of a count, not another act of the clause', () => {
  const events = eventsOf('The Orlenian transport minister, Ludovic Dwelling, visited Redwater on Tuesday and signed a memorandum that will '
    + 'restore night trains between the two capitals for the first time since 2017.', '2024-05-09');
  assert.deepEqual(said(events, 'signing'), ['2024-05-07']);
});

test('a possessive date after "at" or "during" names the occasion the act took place at, a where-clause on it included', () => {
  const events = eventsOf('The mood was warmer at last night\'s gala dinner in the castle\'s long hall, where Queen Merewen raised her glass to the '
    + 'two cities. Nine people were detained during Friday\'s march.', '2031-03-05');
  assert.deepEqual(said(events, 'toast'), ['2031-03-04']);
  assert.deepEqual(said(events, 'detention'), ['2031-02-28']);
});

test('a promise told as standing, in the present perfect or reported in the past perfect, with no time of its own: the page\'s month', () => {
  const events = eventsOf('Hail flattened the vineyards of Yelmor on Friday. Growers counted the damage. The road to Velm was cut. '
    + 'The prefect has promised an inquiry into the warnings. '
    + 'The mayor said the region had promised a relief fund.', '2031-06-09');
  assert.deepEqual(said(events, 'pledge'), ['2031-06']);
});

test('a dated act\'s year joined by "and" to a second year is told again in that year', () => {
  const events = eventsOf('Velka Antar, who won the regatta in 2011 and 2017, retired.', '2031-06-09');
  assert.deepEqual(said(events, 'win').sort(), ['2011', '2017']);
});

test('a possessive date in a phrase of another noun ("a notice about Wednesday\'s burn") dates that noun, not the verb after the phrase', () => {
  const events = eventsOf('The rangers last cleared the heath in 2029. A notice about Thursday\'s clearing had been posted on the door of the old parish church on Monday.', '2031-06-13');
  assert.deepEqual(said(events, 'post'), ['2031-06-09']);
});

test('a time of day that repeats a day told before it yields to another day its span tells after the trigger', () => {
  // Tuesday 2026-06-02: "at 4:15 a.m." takes Monday from "early Monday"; the span goes on to tell Sunday night.
  const events = eventsOf('The Quillmere levee gave way early Monday, according to the Quossel river board, which puts the breach at 4:15 a.m. '
    + 'Farmers near Dunholt say it failed before midnight on Sunday.', '2026-06-02');
  assert.deepEqual(said(events, 'disaster').sort(), ['2026-05-31', '2026-06-01']);
});

test('a subject a possessive day names did what its verb tells on that day, across an apposition between commas', () => {
  // Sunday 2026-08-09.
  const events = eventsOf('The toll rose to six on Sunday. Saturday\'s derby between Pellow Athletic and Quarnby Town, watched by a crowd of 30,000, '
    + 'kicked off 40 minutes late and was abandoned at half-time. Last week\'s review, ordered by the league, will be repeated in September.', '2026-08-09');
  assert.deepEqual(said(events, 'kick off'), ['2026-08-08']);
  assert.deepEqual(said(events, 'repeat'), [], 'a plan across the apposition takes no day of its subject');
});

test('counting a figure on a day is a tally taken then; a count that is no figure is no act', () => {
  // Thursday 2026-09-17.
  const events = eventsOf('On Tuesday the Pellock ferry office counted 48 cars on the quay. '
    + 'On Wednesday the clerk counted on the volunteers of Marrow Lane.', '2026-09-17');
  assert.deepEqual(said(events, 'count'), ['2026-09-15']);
});

test('a service told as down for a span of time is an outage on its day; a figure down for a month is none', () => {
  // Friday 2026-05-22.
  const events = eventsOf('The card network of Tallowmere Savings failed on Thursday. It was the bank\'s second fault this year; '
    + 'its phone line was down for four hours on March 3. Deposits were down for the third month in a row in April.', '2026-05-22');
  assert.deepEqual(said(events, 'outage'), ['2026-03-03']);
});

test('declaring a day of mourning is an act on the news day; the day "for" gives after it is the mourning\'s', () => {
  // Sunday 2026-05-17.
  const events = eventsOf('The toll from the Varrel bridge collapse rose to nine on Sunday, doctors said. '
    + 'Prime Minister Ilse Marrowdene declared a national day of mourning for Monday.', '2026-05-17');
  assert.deepEqual(said(events, 'declaration'), ['2026-05-17']);
  assert.deepEqual(said(events, 'statement'), [], 'no statement dated to the Monday before');
});

test('writing to people is a letter sent, a message; writing that something happened is not', () => {
  const events = eventsOf('The Osterby water board wrote to affected households on Friday. '
    + 'Marta Velloc wrote that the pumps had failed.', '2026-03-10');
  assert.deepEqual(said(events, 'message'), ['2026-03-06']);
});

test('a word between "said" and "had" is the reported subject, not a verb: "said staff had moved ... on Sunday" dates the move', () => {
  const events = eventsOf('Ilse Varnow, the home\'s manager, said staff had moved the last residents across on Sunday.', '2026-03-10');
  assert.deepEqual(said(events, 'move'), ['2026-03-08']);
});

test('a birth told in the passive is an event of its day', () => {
  const events = eventsOf('The first calf was born at the Orrenby farm on Wednesday, two days before the open day.', '2026-03-13');
  assert.deepEqual(said(events, 'birth'), ['2026-03-11']);
});

test('the people warned about something are the object, not a verb: "warned nurses about ..." last month is a statement then', () => {
  const events = eventsOf('Last month the Trevalle clinic warned nurses about a rise in fake invoices.', '2026-03-10');
  assert.deepEqual(said(events, 'statement'), ['2026-02']);
});

test('a time of day told before a trailing verb of saying is the time of what is reported, not of the telling', () => {
  // Sunday 2026-11-22: "shortly after 9 p.m." takes Saturday from the sentence before; the telling is of the page's day.
  const events = eventsOf('OSSENVAR, Ilvernesse, Nov. 22 (HPW) — The Quarlingford Lane footbridge collapsed on Saturday night, rescuers said on Sunday. '
    + 'About 90 people were on it when it gave way shortly after 9 p.m., and about 40 of them fell into the river, rescue chief Tamsworn Ossink told reporters.', '2026-11-22');
  assert.deepEqual(said(events, 'statement'), ['2026-11-22']);
});

test('people counted as treated were given care then: an event of the lead\'s night, not a way of dealing with a thing', () => {
  // Wednesday 2026-11-11: "on Tuesday night" is 2026-11-10.
  const events = eventsOf('A goods train came off the rails near Holbeck on Tuesday night, forcing hundreds from their homes. '
    + 'Holbeck General Hospital said 37 people had been treated for burns during the night. '
    + 'The driver\'s death is being treated as suspicious. '
    + 'Eleven patients were still being treated.', '2026-11-11');
  assert.deepEqual(said(events, 'treatment'), ['2026-11-10']);
  const active = eventsOf('The tower at Orlan collapsed on Saturday night. Orlan General Hospital said it had treated 96 people. '
    + 'In the Hospital of Orlan were treated 12 Persons with Burns.', '2026-11-22');
  // (One care told twice in the page is one event with both sentences.)
  assert.deepEqual(said(active, 'treatment'), ['2026-11-21']);
  assert.equal(active.find((e) => e.type === 'treatment')!.evidence.length, 2);
});

test('an "-ed" word between "was" and "last year" is a passive done then, not an adjective; a feeling stays a state', () => {
  // Tuesday 2026-11-24: "last year" is 2025, "last night" 2026-11-23.
  const events = eventsOf('The tower at Orlan fell on Sunday. The lease for the tower was renewed last year without a new tender. '
    + 'Two guards were injured last night. The mayor was tired last night.', '2026-11-24');
  assert.deepEqual(said(events, 'renew'), ['2025']);
  assert.deepEqual(said(events, 'injure'), ['2026-11-23']);
  assert.deepEqual(said(events, 'tired'), []);
});

test('an "-ed" word between "was" and "from" or "by" is a passive done, not an adjective', () => {
  // Thursday 2026-06-11: "on Sunday afternoon" is 2026-06-07.
  const events = eventsOf('The second climber was recovered from the gorge near Marrowcliff on Sunday afternoon.', '2026-06-11');
  assert.deepEqual(said(events, 'recover'), ['2026-06-07']);
});

test('"pleaded not guilty" is a plea made, not a plea denied; "did not plead" stays denied', () => {
  // Thursday 2026-11-26: "on Thursday" is the page's day, "on Monday" 2026-11-23.
  const events = eventsOf('The ferry pilot Vorwick Quarrendle pleaded not guilty to manslaughter on Thursday. '
    + 'His deckhand did not plead on Monday.', '2026-11-26');
  assert.deepEqual(said(events, 'plead'), ['2026-11-26']);
});

test('"repeated on Friday that ..." and "insisted ... that" tell a statement that day; "repeated her objection" stays an act', () => {
  // Saturday 2025-11-22: Friday is 2025-11-21, Thursday 2025-11-20.
  const events = eventsOf('The ferry operator\'s chief executive, Tamselka Fennimere, repeated on Friday that the crew had followed every rule. '
    + 'Sallowdyke\'s harbour master insisted on Thursday that the buoy was lit. '
    + 'The mayor repeated her objection to the levy on Friday.', '2025-11-22');
  assert.deepEqual(said(events, 'statement').sort(), ['2025-11-20', '2025-11-21']);
  assert.deepEqual(said(events, 'repeat'), ['2025-11-21']);
});

test('a light verb\'s object determined by a name in the possessive is its object as with "the": "paid Quenbrough\'s claim in May"', () => {
  // Wednesday 2026-07-08: "in May" is 2026-05.
  const events = eventsOf('Pellowmarsh Mutual paid Quenbrough\'s claim in May.', '2026-07-08');
  assert.deepEqual(said(events, 'payment'), ['2026-05']);
});

test('"had been due to" is the past perfect of "was due to": the plan\'s act on its date', () => {
  // Monday 2026-02-02: "on Thursday" is the coming one, 2026-02-05.
  const events = eventsOf('The Harrowvale council had been due to debate the harbour levy on Thursday.', '2026-02-02');
  assert.deepEqual(said(events, 'debate'), ['2026-02-05']);
});

test('a day declared one of mourning is the object of "declared": the mourning\'s day, not the declaring\'s', () => {
  // Monday 2026-11-23: "On Sunday" is 2026-11-22.
  const events = eventsOf('The bridge at Orlan fell into the river on Saturday night. '
    + 'On Sunday Prime Minister Ada Karvolt declared Tuesday a national day of mourning.', '2026-11-23');
  assert.deepEqual(said(events, 'declaration'), ['2026-11-22']);
});

test('prices raised by a figure are a change on the day "from" names, apart from the saying or the vote that told it', () => {
  // Thursday 2026-10-01: "on Wednesday" is 2026-09-30.
  const events = eventsOf('Tessaby Power said on Wednesday it would raise household gas prices by 6 per cent from November 1. '
    + 'The Ulvhaven council voted on Wednesday to raise tram fares by 12 percent from January 1, the first increase since 2022.', '2026-10-01');
  assert.deepEqual(said(events, 'price change'), ['2026-11-01', '2027-01-01']);
  assert.deepEqual(said(events, 'vote'), ['2026-09-30']);
});

test('a time of mourning is a happening on its own days, apart from its declaring: "three days of mourning from Thursday", "end on Saturday"', () => {
  // Wednesday 2026-11-11: Thursday is 2026-11-12, Saturday 2026-11-14.
  const events = eventsOf('Mayor Quendrith Prennick declared three days of mourning from Thursday. '
    + 'The three days of mourning end on Saturday. The Mourning of three Days begins Today in whole Town.', '2026-11-11');
  assert.deepEqual(said(events, 'mourning'), ['2026-11-12', '2026-11-14', '2026-11-11']);
  assert.deepEqual(said(events, 'declaration').length, 1);
});

test('"which" after a comma stands for the noun before it: "The fair, which began on Friday," dates the fair', () => {
  // Tuesday 2026-11-24: "on Friday" is 2026-11-20.
  const events = eventsOf('The tower at Orlan fell on Sunday. The fair, which began on Friday, had drawn 60,000 people. '
    + 'Quillharrow, which began on Friday, drew crowds.', '2026-11-24');
  assert.deepEqual(said(events, 'fair'), ['2026-11-20']);
  assert.deepEqual(events.filter((e) => e.date?.value === '2026-11-20').length, 1);
});

test('a chief officer\'s or an envoy\'s post is an office taken, with the possessive of whose it is', () => {
  const events = eventsOf('The tower at Orlan fell on Sunday. Dr Ada Pradlow became Vessland\'s chief medical officer in July. '
    + 'Ivo Korvash became ambassador to Osk in August.', '2026-09-17');
  assert.deepEqual(said(events, 'appointment').sort(), ['2026-07', '2026-08']);
});

test('a passive an adverb splits is a passive done: "was last fully refurbished in 2009" dates the refurbishing', () => {
  const events = eventsOf('The tower at Orlan fell on Sunday. The Pradlow Bridge opened in 1968 and was last fully refurbished in 2009. '
    + 'The Karvolt Bridge was thoroughly repainted in 2015.', '2026-11-24');
  assert.deepEqual(said(events, 'refurbish'), ['2009']);
  assert.deepEqual(said(events, 'repaint'), ['2015']);
});

test('a happening a present-perfect relative clause describes takes no day told before it in the clause naming it', () => {
  // Friday 14 November 2025: the arrest is yesterday's; the wildfire "that has scorched" the hills runs up to now.
  const events = eventsOf('Police arrested a man yesterday on suspicion of starting the wildfire that has scorched the Tarrow Hills.', '2025-11-14');
  assert.deepEqual(said(events, 'detention'), ['2025-11-13']);
  assert.deepEqual(said(events, 'disaster'), [null]);
  // Its own main verb after the clause still dates it.
  const own = eventsOf('The wildfire that has scorched the Tarrow Hills reached the town on Tuesday.', '2025-11-14');
  assert.deepEqual(said(own, 'disaster'), ['2025-11-11']);
});

test('perfectRelatives: each present-perfect relative clause, from its "that" or "which" up to the next comma or semicolon', () => {
  const s = 'The wildfire that has scorched the Tarvisquay Hills, which have flooded twice, spread; the dams that have held stand.';
  assert.deepEqual(perfectRelatives(s).map((r) => s.slice(r.start, r.end)), [' that has scorched the Tarvisquay Hills', ' which have flooded twice', ' that have held stand.']);
  assert.deepEqual(perfectRelatives('The wildfire that scorched the hills.'), []);
});

test('a relative clause in the future after the date ("a restoration that will cost …") leaves the main act done (Monday 2026-03-16)', () => {
  const events = eventsOf('The Vennistrel museum closed on Sunday for a restoration that will cost 4 million crowns. '
    + 'The Tarvik council approved on Monday a scheme that will widen the quay.', '2026-03-16');
  assert.deepEqual(said(events, 'close'), ['2026-03-15']);
  assert.deepEqual(said(events, 'approval'), ['2026-03-16']);
});

test('a relative clause with no "that" ("the panel the ministry appointed yesterday does its work") keeps its day from the main clause\'s act', () => {
  const pay = eventsOf('Plimwater Freight said it would pay every repair bill while the panel the ministry appointed yesterday does its work.', '2026-05-14');
  assert.deepEqual(said(pay, 'pledge'), [null]);
  // (With the day in the main clause, the pledge keeps it.)
  const paid = eventsOf('Plimwater Freight promised yesterday to pay every repair bill while the panel does its work.', '2026-05-14');
  assert.deepEqual(said(paid, 'pledge'), ['2026-05-13']);
});

test('what is cancelled is dated by the day it "was due on", on either side of the page', () => {
  // Friday 2026-10-23.
  const ahead = eventsOf('The Brenvik rowing club has cancelled the autumn regatta that was due on November 7.', '2026-10-23');
  assert.deepEqual(said(ahead, 'cancel'), ['2026-11-07']);
  const long = eventsOf('The harbour stays shut until December 14, the port authority said, and the Brenvik rowing club has cancelled the autumn regatta that was due on November 7.', '2026-10-23');
  assert.deepEqual(said(long, 'cancel'), ['2026-11-07']);
  const gone = eventsOf('The Brenvik rowing club cancelled the regatta that was due on October 17.', '2026-10-23');
  assert.deepEqual(said(gone, 'cancel'), ['2026-10-17']);
});

test('"Police have shut the harbour road": someone who has shut a place closed it; shutting off the water closes nothing', () => {
  // (Told undated after the lead's storm, the closure falls on the lead's day, as the storm's other acts do.)
  assert.deepEqual(said(eventsOf('A storm tore the roof off the Velmark depot on Monday. Police have shut the harbour road and sealed off the quay.', '2026-02-03'), 'closure'), ['2026-02-02']);
  assert.deepEqual(said(eventsOf('Crews have shut off the water to the Velmark depot.', '2026-02-03'), 'closure'), []);
});

test('an approval carried by a tally of votes is the vote: one event with the vote told on its day', () => {
  const events = eventsOf('Tarnwick town council voted on Wednesday to restore the old lido. Councillors approved the plan by 29 votes to 12.', '2026-07-16');
  assert.deepEqual(said(events, 'vote'), ['2026-07-15']);
  assert.deepEqual(said(events, 'approval'), []);
  // An approval with no tally stays an approval.
  assert.deepEqual(said(eventsOf('The regulator approved the Tarnwick lido plan on Wednesday.', '2026-07-16'), 'approval'), ['2026-07-15']);
});

test('rescuers "pulling" people out or freeing them from a wreck rescue them; a prisoner freed from jail is not rescued', () => {
  const events = eventsOf('A wall fell on Quaystone Lane on Tuesday. On Tuesday night firefighters were pulling drivers out of the cars. '
    + 'On Wednesday crews worked two hours to free a worker from the rubble of the depot.', '2026-04-16');
  assert.deepEqual(said(events, 'rescue'), ['2026-04-14', '2026-04-15']);
  const jail = eventsOf('Odrik Valmesse was freed from jail on Tuesday.', '2026-04-16');
  assert.deepEqual(said(jail, 'rescue'), []);
});

test('a public consultation scheduled for a day is a meeting on that day', () => {
  const events = eventsOf('Cyclists in Tarrowby have asked for a public consultation, which the council has scheduled for Monday, June 8.', '2026-05-20');
  assert.deepEqual(said(events, 'meeting'), ['2026-06-08']);
});

test('asking leave to act ("had asked to stop work") is a request; asking to stay unnamed is not', () => {
  const events = eventsOf('The hoist at Quellmarsh failed on May 4. The driver had asked to halt the lift on May 4.', '2026-05-06');
  assert.deepEqual(said(events, 'request'), ['2026-05-04']);
  const unnamed = eventsOf('A nurse, who had asked to remain anonymous, said on Tuesday the ward was full.', '2026-05-06');
  assert.deepEqual(said(unnamed, 'request'), []);
});

test('a negated verb with "any" denies its act as "no" does: "have not yet made any arrests" is no detention', () => {
  assert.deepEqual(said(eventsOf('Officers searched the Brenwick depot on Monday but have not yet made any arrests.', '2026-03-11'), 'detention'), []);
  assert.deepEqual(said(eventsOf('Officers searched the Brenwick depot on Monday and made two arrests.', '2026-03-11'), 'detention'), ['2026-03-09']);
});

test('a day credited to a source after the act ("as reported by ... this morning") is the report\'s, not the act\'s', () => {
  const text = '- At least six people are dead after the explosion at the Brenvik grain silo on the Oskmarrow quay, according to the harbour master, '
    + 'as reported by Ulmsgarth Radio this morning. The coastguard had put the toll at four last night.\n'
    + '- The blast happened yesterday evening. Some 300 people were evacuated, says the Trumbelow Courier.';
  const events = eventsOf(text, '2031-03-14');
  // The explosion takes no day from the radio's morning, nor the dead: the night before is the lead's day.
  assert.deepEqual(said(events, 'attack'), ['2031-03-13']);
  assert.deepEqual(said(events, 'death'), ['2031-03-13']);
  assert.deepEqual(said(events, 'statement'), ['2031-03-14']);
});

test('a blast is an explosion: "two blasts shook the depot" tells the same kind of happening as "an explosion"', () => {
  const events = eventsOf('Two blasts shook the Vellory fuel depot on Monday, the harbour police said.', '2027-04-07');
  assert.deepEqual(said(events, 'attack'), ['2027-04-05']);
});

test('a measure told as still standing ("the ban ... remains in force") is no taking of it: it takes neither the lead\'s day nor one before', () => {
  const lead = 'Inspectors found listeria in the cheese served at the Haltovy fair on Saturday, the ministry said on Wednesday. ';
  assert.deepEqual(said(eventsOf(`${lead}The ban on Tallowmere Dairies remains in force across the valley.`, '2026-05-14'), 'ban'), [null]);
  // A ban told with no such state still goes on from the lead.
  assert.notDeepEqual(said(eventsOf(`${lead}The prefect banned Tallowmere Dairies from the valley.`, '2026-05-14'), 'ban'), [null]);
});

test('after a plan word a verb of beginning before its time is the verb, though the tagger reads a noun: the subject is the event ahead', () => {
  // Thursday 2026-08-20: "next spring" is 2027, "in January" 2027-01.
  const spring = eventsOf('The Ostrell footbridge will cost 6 million crowns, and work is due to start next spring.', '2026-08-20');
  assert.deepEqual(said(spring, 'work'), ['2027']);
  const january = eventsOf('Work on the Quarrow sea wall is due to begin in January and to finish by next October.', '2026-08-20');
  assert.deepEqual(said(january, 'work'), ['2027-01']);
  // "due to" before a noun gives a cause, no plan.
  assert.deepEqual(said(eventsOf('The closure of the Quarrow sea wall was due to flooding.', '2026-08-20'), 'work'), []);
});

test('"had sent two inspectors to the site": people sent out to act at a place are deployed; letters sent are not', () => {
  const sent = eventsOf('A spokeswoman for the Ulvenmark Water Board said it had sent two inspectors to the Quimwater weir.', '2026-06-05');
  assert.deepEqual(said(sent, 'deployment'), ['2026-06-05']);
  const team = eventsOf('The Brisselthorpe council has dispatched a team of engineers to the flooded tunnel.', '2026-06-05');
  assert.deepEqual(said(team, 'deployment'), ['2026-06-05']);
  const mail = eventsOf('The Ulvenmark Water Board has sent two letters to the Brisselthorpe council.', '2026-06-05');
  assert.deepEqual(said(mail, 'deployment'), []);
});

test('a date in a ", where" clause on a place dates what went on there, not the act the clause hangs on', () => {
  // Tuesday 2026-05-12: the guards were hurt on Sunday night; "this morning" is only how they were doing in hospital.
  const events = eventsOf('Masked men attacked a jeweller\'s van on the coast road near Ostvinge late on Sunday. '
    + 'Two guards were hurt and were taken to Kelsworthy Infirmary, '
    + 'where both were reported comfortable this morning.', '2026-05-12');
  assert.deepEqual(said(events, 'attack'), ['2026-05-10']);
});

test('an event only named after "since" ("the first tram since Saturday\'s crash ran on ...") leaves its clause\'s verb to tell its own act', () => {
  // Wednesday 2026-05-27: the crash was on Saturday 05-23; the first tram ran again on Tuesday 05-26.
  const events = eventsOf('Two trams collided near Saxmoor on Saturday, killing four people. '
    + 'The first tram since Saturday\'s crash ran from the Pellingrave depot to Kelsworthy Cross on Tuesday morning, carrying 30 passengers.', '2026-05-27');
  assert.deepEqual(said(events, 'run'), ['2026-05-26']);
});

test('a building that "has stood on" a street since a year was put up there then', () => {
  const events = eventsOf('The bakery, which has stood on Harlowmere Lane since 1861, said about 40 tonnes of flour had been lost in the fire.', '2026-10-26');
  assert.deepEqual(said(events, 'stand'), ['1861']);
});

test('a verb of standing in a relation ("that is what matters", "nothing matters more") tells a state: no event', () => {
  const quote = eventsOf('"The barn burned down, but the horses are safe and nothing else matters," Pellaquin Feraunce said on Sunday.', '2026-05-12');
  assert.deepEqual(quote.filter((e) => e.type === 'matter'), []);
  assert.deepEqual(said(quote, 'statement'), ['2026-05-10']);
  assert.deepEqual(eventsOf('Nothing matters more to the Wardhollow council tonight than the missing hikers.', '2026-05-12').map((e) => e.type), []);
});

test('a lone "-en" participle before a noun ("and fallen elms") is an adjective, no act: the clause\'s verb is the act', () => {
  const burn = eventsOf('Crews in Brannockside burned dry gorse and fallen elms on the ridge on Tuesday.', '2026-03-20');
  assert.deepEqual(said(burn, 'fall'), []);
  assert.deepEqual(said(burn, 'burn'), ['2026-03-17']);
  // Nor is an "-en" word after an adjective a verb: "dry bracken" is a noun.
  assert.deepEqual(eventsOf('Crews in Brannockside burned about 12 hectares of dry bracken and fallen elms on Tuesday.', '2026-03-20')
    .filter((e) => e.type === 'bracken' || e.type === 'fall'), []);
  // With its auxiliary the participle is the verb.
  assert.deepEqual(said(eventsOf('A tree had fallen onto the Brannockside road on Tuesday.', '2026-03-20'), 'fall'), ['2026-03-17']);
});

test('an outlet or body credited with the news ("via", "as reported by", "reported") is no participant of the act told', () => {
  // Tuesday 2026-09-15. Selkhaven Evening Post and Morrowdeane Radio passed the news on; the two ferry firms collided.
  const text = 'A Varrowmere Ferries boat and a Tibbersholt Ferries launch collided near Quessby on Monday (via Selkhaven Evening Post). '
    + 'Hollinbrae Rail and Quarnby Freight signed a track deal on Friday, as reported by Morrowdeane Radio. '
    + 'Morrowdeane Radio reported that Quarnby Freight met union leaders on Sunday.';
  const names = ['Varrowmere Ferries', 'Tibbersholt Ferries', 'Selkhaven Evening Post', 'Hollinbrae Rail', 'Quarnby Freight', 'Morrowdeane Radio'];
  const doc: CleanDocument = {
    id: 'd9', source: 'z.txt', title: 't', outlet: 'Harbor Post', byline: null, publishedAt: '2026-09-15',
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const sentences = splitSentences(text);
  const dated = resolveDates(doc, sentences);
  const entities: LocalEntity[] = names.map((name) => ({ type: 'organization', name, aliases: [], roles: [] }));
  const mentions: EntityMention[] = names.flatMap((name, entity) => [...text.matchAll(new RegExp(name, 'g'))]
    .map((m) => ({ start: m.index!, end: m.index! + name.length, text: name, entity })));
  const events = findEvents({ doc, sentences, entities, mentions, quotes: [], dates: dated.dates, publishedAt: dated.publishedAt });
  const of = (type: string, day: string) => events.find((e) => e.type === type && e.date?.value === day)!.participants;
  assert.deepEqual(of('accident', '2026-09-14'), [0, 1]);
  assert.deepEqual(of('signing', '2026-09-11'), [3, 4]);
  assert.deepEqual(of('meeting', '2026-09-13'), [4]);
  // "according to" credits any speaker, often the official running the act, who stays in it
  const run = eventsOf('According to Gwladys Askevold, the airlift coordinator, 300 people were evacuated from Quessby on Monday.', '2026-09-15', ['Gwladys Askevold']);
  assert.deepEqual(run.find((e) => e.type === 'evacuation')!.participants, [0]);
});

test('"has now treated 31 residents": a running tally at the time of writing dates the count, not the acts counted', () => {
  const text = 'A gas leak forced the evacuation of the Velmorra flats on Sunday. Hobbaskin Infirmary has now treated 31 residents for breathing problems, a spokesman said.';
  assert.deepEqual(said(eventsOf(text, '2026-06-04'), 'treatment'), ['2026-05-31']);
  // (A toll is the count itself, dated by the day it was counted.)
  assert.deepEqual(said(eventsOf('A gas leak forced the evacuation of the Velmorra flats on Sunday. The death toll has now risen to 12, a spokesman said.', '2026-06-04'), 'toll'), ['2026-06-04']);
});

test('a clause of comparison ("more than the stand was ever built to hold") tells a measure, not a building', () => {
  const stand = eventsOf('On Saturday the Gastrowen crowd pressed far harder on the barrier than the old stand was built to hold, the steward said.', '2026-03-09');
  assert.deepEqual(said(stand, 'construction'), []);
  assert.deepEqual(said(eventsOf('The old stand at Gastrowen was built in 1958.', '2026-03-09'), 'construction'), ['1958']);
  assert.deepEqual(said(eventsOf('The club said the Gastrowen stand was less than a decade old and had been repaired in May.', '2026-07-09'), 'construction'), ['2026-05']);
});

test('an act told after "without" ("without a way to meet", "without a meeting") did not take place', () => {
  assert.deepEqual(said(eventsOf('Since 2019 the two villages of Tarrowmere have faced each other across the gorge without a way to meet.', '2026-05-12'), 'meeting'), []);
  assert.deepEqual(said(eventsOf('The Brissendale council broke up on Tuesday without a meeting of its finance panel.', '2026-05-12'), 'meeting'), []);
  assert.deepEqual(said(eventsOf('The Brissendale council met on Tuesday.', '2026-05-12'), 'meeting'), ['2026-05-12']);
});

test('a call to the reader ("Subscribe for home delivery.") is page chrome, no act', () => {
  const page = 'The Lindqvell ferry sailed again on Monday after repairs. The Lindqvell Courier, Quay Street. Subscribe for home delivery.';
  assert.deepEqual(said(eventsOf(page, '2026-06-10'), 'transfer'), []);
  assert.deepEqual(said(eventsOf('The first delivery of turbines reached Lindqvell on Monday.', '2026-06-10'), 'transfer'), ['2026-06-08']);
});

test('an act a sum prices ("the cost of rebuilding a pier") is no act done', () => {
  assert.deepEqual(said(eventsOf('Auditors set the cost of rebuilding Tarrowmere pier at 9 million crowns.', '2026-08-20'), 'construction'), []);
  assert.deepEqual(said(eventsOf('The Tarrowmere pier was rebuilt in 2019 at a cost of 9 million crowns.', '2026-08-20'), 'construction'), ['2019']);
});

test('a verb a time comparison measures against ("later than the mayor had promised") is no event of its own', () => {
  const events = eventsOf('The town of Tesselford refunded 80 households on October 14, six days later than Mayor Ilse Orrinwade had promised. '
    + 'Mayor Ilse Orrinwade promised on Monday to repave the square.', '2026-10-21', ['Ilse Orrinwade']);
  assert.deepEqual(said(events, 'pledge'), ['2026-10-19']);
});

test('"collapsed during a storm on Saturday evening": the day after the circumstance is the act\'s too, not the circumstance\'s alone (Monday 2026-03-02)', () => {
  const events = eventsOf('The fire service on Monday raised to 14 the number of people hurt when part of the Tarnaby depot roof collapsed '
    + 'during a storm on Saturday evening, minutes before a shift change.', '2026-03-02');
  assert.deepEqual(said(events, 'disaster'), ['2026-02-28']);
  assert.deepEqual(said(events, 'weather'), ['2026-02-28']);
  assert.deepEqual(said(events, 'raise'), ['2026-03-02']);
});

test('an adverb inside a negated verb ("has not yet been repaired", "has still not resumed", "has yet to reopen") still denies its act', () => {
  // Wednesday 2026-03-11; Monday is 2026-03-09.
  const events = eventsOf('The Ostrabeck footbridge, damaged by the gale on Monday, has not yet been repaired. '
    + 'The Ostrabeck ferry has still not resumed service since the gale on Monday. '
    + 'The Ostrabeck lido, shut since the gale on Monday, has yet to reopen.', '2026-03-11');
  assert.deepEqual(said(events, 'construction'), []);
  assert.deepEqual(said(events, 'restoration'), []);
  // The act done stays: the adverb alone denies nothing.
  assert.deepEqual(said(eventsOf('The Ostrabeck footbridge was finally repaired on Monday.', '2026-03-11'), 'construction'), ['2026-03-09']);
});

test('an examination of a thing begun or carried out is an inspection, dated by the story\'s day; a school examination is none', () => {
  // Wednesday 2026-03-11; Monday is 2026-03-09.
  const events = eventsOf('Prosecutor Ilm Ostrabeck opened an inquiry into the footbridge collapse on Monday. '
    + 'The county engineer began an examination of the fallen span.', '2026-03-11');
  assert.deepEqual(said(events, 'inspection'), ['2026-03-09']);
  assert.deepEqual(said(eventsOf('Pupils at the Ostrabeck school began an examination in history on Monday.', '2026-03-11'), 'inspection'), []);
});

test('"will stand trial" (no "on") is a hearing ahead, dated by its own day', () => {
  const text = 'The two brothers charged with fraud will stand trial at Brackwell Crown Court on June 8.';
  assert.deepEqual(said(eventsOf(text, '2027-03-10'), 'hearing'), ['2027-06-08']);
  assert.deepEqual(said(eventsOf('Ms Quillabeth stood trial in Harrowmint on Monday.', '2027-03-10'), 'hearing'), ['2027-03-08']);
});

test('"now" opening an apposition (", now 41 and 44,", ", now a judge,") tells a state at writing, no act\'s day', () => {
  const text = 'The two brothers charged with fraud, now 41 and 44, will stand trial on June 8.';
  const events = eventsOf(text, '2027-03-10');
  assert.deepEqual(said(events, 'hearing'), ['2027-06-08']);
  assert.deepEqual(said(events, 'detention'), [null], 'the charging is not put on the page day by the "now" of the ages');
  assert.deepEqual(said(eventsOf('Ms Quillabeth, now a judge in Harrowmint, testified on Friday.', '2027-03-10'), 'testify'), ['2027-03-05']);
});
