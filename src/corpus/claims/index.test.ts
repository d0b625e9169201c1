import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping } from '../types.ts';
import { textCopies } from '../duplicates/index.ts';
import { actWordsOf, crossCheckClaims } from './index.ts';
import { resolveEntities } from '../entities/index.ts';
import { analysed } from './_fixture.ts';


const FILLER = 'The harbour was decorated with flags of both nations for the occasion.';
const docs = [
  analysed('a', 'Harbor Post', `Port Alder and Pellwood signed a fisheries pact on Wednesday after a three-hour meeting of their presidents. ${FILLER}`),
  analysed('b', 'Pellwood Times', `Port Alder and Pellwood signed a fisheries pact on Wednesday after talks of ninety minutes between their presidents. ${FILLER}`),
  analysed('c', 'Coast Wire', `Port Alder and Pellwood signed the fisheries pact on Wednesday after a three-hour meeting of the presidents. ${FILLER}`),
  analysed('d', 'Bay Daily', `Port Alder and Pellwood signed a fisheries pact on Wednesday after a three-hour meeting of their presidents. ${FILLER}`),
  analysed('e', 'Harbor Post', `A weather station on the pier recorded eleven millimetres of rain, the heaviest in a decade. ${FILLER}`),
];
const res: EntityResolution = { entities: [], globalIds: new Map() };
const grouping = (over: Partial<Grouping> = {}): Grouping => ({
  duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [], ...over,
});
/** A grouping whose stories say which story each document is in: storyOf derived from their documentIds. */
const groupingOf = (stories: Grouping['stories']): Grouping =>
  grouping({ storyOf: new Map(stories.flatMap((s) => s.documentIds.map((d) => [d, s.id] as const))), stories });

test('a figure two sources disagree on makes that clause contested; the signing clause stays corroborated', () => {
  const claims = crossCheckClaims(docs, res, grouping());
  const talks = claims.find((c) => /three-hour|ninety/.test(c.text))!;
  assert.equal(talks.status, 'contested');
  assert.deepEqual(talks.conflicts.map((r) => r.documentId), ['b']);
  assert.deepEqual(talks.support.map((r) => r.documentId), ['a', 'c', 'd']);
  const pact = claims.find((c) => /signed/.test(c.text))!;
  assert.equal(pact.status, 'corroborated');
  assert.deepEqual(pact.support.map((r) => r.documentId), ['a', 'b', 'c', 'd']);
});

test('a width told in centimeters and one told in centimetres are figures of one unit: another width disputes it', () => {
  const FILL = 'Volunteers from Brannowhite handed out blankets at the chapel.';
  const wide = [
    analysed('w1', 'Quembrisk Mail', `The culvert under Gorvelline Lane, 40 centimeters wide, flooded overnight. ${FILL}`),
    analysed('w2', 'Brannowhite Gazette', `The culvert under Gorvelline Lane, 40 centimeters wide, flooded overnight. ${FILL}`),
    analysed('w3', 'Lane Notes', `The culvert under Gorvelline Lane, 25 centimetres wide, flooded overnight. ${FILL}`),
  ];
  const g = grouping({ storyOf: new Map(wide.map((d) => [d.doc.id, 's1'])) });
  const culvert = crossCheckClaims(wide, res, g).find((c) => /culvert/.test(c.text))!;
  assert.equal(culvert.status, 'contested');
  assert.deepEqual(culvert.support.map((r) => r.documentId), ['w1', 'w2']);
  assert.deepEqual(culvert.conflicts.map((r) => r.documentId), ['w3']);
});

test('a depth and a width are two figures: a width never disputes a depth, and each is backed by its own kind', () => {
  const FILL = 'Volunteers from Brannowhite handed out blankets at the chapel.';
  const told = [
    analysed('p1', 'Quembrisk Mail', `The pit under Gorvelline Lane is 9 metres deep, the fire service said. ${FILL}`),
    analysed('p2', 'Brannowhite Gazette', `The pit under Gorvelline Lane is 9 metres deep and 30 metres wide. ${FILL}`),
    analysed('p3', 'Lane Notes', `The pit under Gorvelline Lane is 30 metres wide, the council said. ${FILL}`),
  ];
  const g = grouping({ storyOf: new Map(told.map((d) => [d.doc.id, 's1'])) });
  const pit = crossCheckClaims(told, res, g).filter((c) => /metres/.test(c.text));
  assert.deepEqual(pit.map((c) => [c.text, c.status, c.support.map((r) => r.documentId), c.conflicts.map((r) => r.documentId)]), [
    ['The pit under Gorvelline Lane is 9 metres deep, the fire service said.', 'corroborated', ['p1', 'p2'], []],
    ['and 30 metres wide.', 'corroborated', ['p2', 'p3'], []],
  ]);
});

test('a spill told in barrels and one told in litres are one measure: the litres of the barrels decide whether they dispute', () => {
  const FILL = 'Volunteers from Quillmarsh cleaned the birds at the ferry slip.';
  const spill = (id: string, outlet: string, figure: string) =>
    analysed(id, outlet, `The Tarrowden pipeline leaked ${figure} of crude into the Ombrelle estuary. ${FILL}`);
  const told = [spill('v1', 'Quillmarsh Courier', 'about 600 barrels'), spill('v2', 'Ombrelle Post', 'about 600 barrels'), spill('v3', 'Estuary Notes', '250,000 liters')];
  const g = grouping({ storyOf: new Map(told.map((d) => [d.doc.id, 's1'])) });
  const leak = crossCheckClaims(told, res, g).find((c) => /leaked/.test(c.text))!;
  assert.equal(leak.status, 'contested');
  assert.deepEqual(leak.conflicts.map((r) => r.documentId), ['v3']);
  // 600 barrels are some 95,000 litres: a figure in litres that meets them restates it.
  const agree = [...told.slice(0, 2), spill('v4', 'Estuary Notes', '95,000 litres')];
  const same = crossCheckClaims(agree, res, grouping({ storyOf: new Map(agree.map((d) => [d.doc.id, 's1'])) })).find((c) => /leaked/.test(c.text))!;
  assert.equal(same.status, 'corroborated');
  assert.equal(same.conflicts.length, 0);
});

test('independent outlets corroborate; syndicated copies count once; ids stable under reordering', () => {
  const agree = docs.filter((d) => d.doc.id !== 'b');
  const claims = crossCheckClaims(agree, res, grouping());
  const pact = claims.find((c) => /pact/.test(c.text))!;
  assert.equal(pact.status, 'corroborated');
  assert.equal(pact.independentSources, 3);
  const synd = crossCheckClaims(agree, res, grouping({ syndicatedFrom: new Map([['c', 'Harbor Post'], ['d', 'Harbor Post']]) }));
  assert.equal(synd.find((c) => /pact/.test(c.text))!.status, 'single-source');
  assert.deepEqual(crossCheckClaims([...agree].reverse(), res, grouping()), claims);
  assert.equal(claims.find((c) => /rain/.test(c.text))!.status, 'single-source');
});

test('a disputed figure: the value most sources give is the claim, every source of the other value a conflict', () => {
  const issued = 'The fisheries board issued 340 licences for the bay in its first year.';
  const honoured = 'Pellwood said only 210 licences had been honoured by patrols.';
  const set = [
    analysed('p', 'Harbor Post', `${issued} ${FILLER}`),
    analysed('q', 'Bay Daily', `${issued} ${FILLER}`),
    analysed('r', 'Coast Wire', `${issued} ${honoured}`),
    analysed('s', 'Pellwood Times', `${honoured} ${FILLER}`),
    analysed('t', 'World Brief', `${honoured} ${FILLER}`),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const disputed = crossCheckClaims(set, res, g).find((c) => c.status === 'contested')!;
  assert.deepEqual([...new Set(disputed.support.map((r) => r.documentId))], ['p', 'q', 'r']);
  assert.deepEqual([...new Set(disputed.conflicts.map((r) => r.documentId))], ['r', 's', 't']);
});

test('the dead are a running tally: counts of different days are different claims, the same day disagrees; a bound allows more', () => {
  const set = [
    analysed('w1', 'Harbor Post', `The death toll from the levee collapse rose to 23 on Wednesday, officials said. ${FILLER}`, '2025-03-19'),
    analysed('w2', 'Bay Daily', `At least 31 people have died since the levee collapsed. ${FILLER}`, '2025-03-19'),
    analysed('w3', 'Coast Wire', `The death toll from the levee collapse rose to 27 on Thursday, officials said. ${FILLER}`, '2025-03-20'),
    analysed('w4', 'Pellwood Times', `Boats lifted more than 300 people from rooftops. ${FILLER}`, '2025-03-18'),
    analysed('w5', 'World Brief', `Boats have lifted 340 people from rooftops since Tuesday. ${FILLER}`, '2025-03-20'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  const of = (id: string) => claims.find((c) => [...c.support, ...c.conflicts].some((r) => r.documentId === id))!;
  assert.equal(of('w1').status, 'contested');
  assert.deepEqual(of('w1').conflicts.map((r) => r.documentId).concat(of('w1').support.map((r) => r.documentId)).sort(), ['w1', 'w2']);
  assert.ok(![...of('w3').support, ...of('w3').conflicts].some((r) => r.documentId === 'w1'), 'Thursday\'s 27 is another claim than Wednesday\'s 23');
  assert.notEqual(of('w4').status, 'contested');
});

test('one day against another is a conflict; an original and its copy are one source', () => {
  const set = [
    analysed('m1', 'Harbor Post', `The levee on the Oster river burst before dawn on Tuesday after days of rain. ${FILLER}`, '2025-03-19'),
    analysed('m2', 'Bay Daily', `The levee on the Oster river burst before dawn on Tuesday after days of rain. ${FILLER}`, '2025-03-19'),
    analysed('m3', 'World Brief', `The levee on the Oster river burst on Monday after days of rain, officials said. ${FILLER}`, '2025-03-19'),
    analysed('m4', 'Coast Wire', `The levee on the Oster river burst before dawn on Tuesday after days of rain. ${FILLER}`, '2025-03-19'),
  ];
  const g = grouping({ duplicateOf: new Map([['m2', 'm1']]), storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  const burst = claims.find((c) => /burst/.test(c.text))!;
  assert.equal(burst.status, 'contested');
  assert.deepEqual(burst.conflicts.map((r) => r.documentId), ['m3']);
  const alone = crossCheckClaims(set.slice(0, 2), res, g).find((c) => /burst/.test(c.text))!;
  assert.equal(alone.status, 'single-source', 'a copy does not corroborate its original');
});

test('two speakers one document sets against each other disagree', () => {
  const set = [analysed('r1', 'Harbor Post', 'The runoff, which the city election commission says the challenger lost by 412 votes, was close. '
    + 'The challenger\'s party says its own observers counted a margin of only 188 votes in the runoff.', '2025-04-01')];
  const g = grouping({ storyOf: new Map([['r1', 's1']]) });
  const margin = crossCheckClaims(set, res, g).find((c) => c.status === 'contested');
  assert.ok(margin, 'the margin is contested');
  assert.equal(margin.support.length + margin.conflicts.length, 2);
});

test('a cut-down copy of a wire under another outlet\'s name is one source with the wire, even when the duplicates stage missed it', () => {
  const para = [
    'The government said on Tuesday it would not pay the ransom demanded by the hackers who stopped the trains of the national railway.',
    'Engineers worked through the night to rebuild the signalling network, which runs from a single control centre near the capital.',
    'The hackers had been inside the network for weeks before they struck, the head of the cyber agency told reporters at the ministry.',
    'The railway website was knocked offline for a day by a denial-of-service attack last year, but this attack is the first to stop trains.',
  ];
  const wire = `${para.join(' ')} The transport minister visited the control centre on Monday night and met union leaders the next day.`;
  const copy = `${para.join(' ')} ${FILLER}`;
  const set = [analysed('w', 'Coast Wire', wire, '2025-12-30'), analysed('x', 'Bay Daily', copy, '2025-12-30')];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const ransom = crossCheckClaims(set, res, g).find((c) => /ransom/.test(c.text))!;
  assert.deepEqual(ransom.support.map((r) => r.documentId), ['w', 'x']);
  assert.equal(ransom.independentSources, 1);
  assert.equal(ransom.status, 'single-source');
  // 64 of the copy's 72 six-word windows are the wire's (its last sentence is its own).
  assert.deepEqual([...textCopies(set, g)], [['x', { of: 'w', containment: 64 / 72 }]]);
});

test('a value in apposition stays with what it values, so two amounts of one demand disagree', () => {
  const set = [
    analysed('v1', 'Coast Wire', `The minister said the gang had sent a demand for 40 bitcoin, worth about $4.5 million, to the railway. ${FILLER}`, '2025-12-30'),
    analysed('v2', 'Bay Daily', `The gang demanded 40 bitcoin, worth about $4.5 million, from the railway on Monday. ${FILLER}`, '2025-12-30'),
    analysed('v3', 'World Brief', `The gang, which calls itself Greyhook, wants $6 million in bitcoin from the railway. ${FILLER}`, '2025-12-31'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const demand = crossCheckClaims(set, res, g).find((c) => c.status === 'contested')!;
  assert.ok(demand, 'the amount is contested');
  assert.deepEqual(demand.support.map((r) => r.documentId), ['v1', 'v2']);
  assert.deepEqual(demand.conflicts.map((r) => r.documentId), ['v3']);
});

test('an interested party\'s figure is the dispute and the authority\'s the claim, even when more outlets repeat the party\'s', () => {
  const set = [
    analysed('u1', 'Harbor Post', `The ministry estimated that about 80,000 passengers were stranded on Monday. ${FILLER}`, '2025-12-29'),
    analysed('u2', 'Coast Wire', `The unions say more than 120,000 passengers were stranded on Monday, far above the ministry's estimate of 80,000. ${FILLER}`, '2025-12-30'),
    analysed('u3', 'World Brief', `Rail unions say 120,000 people were stranded on Monday when the network went dark. ${FILLER}`, '2025-12-31'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const stranded = crossCheckClaims(set, res, g).find((c) => c.status === 'contested')!;
  const text = (r: { documentId: string; start: number; end: number }): string => set.find((d) => d.doc.id === r.documentId)!.doc.text.slice(r.start, r.end);
  assert.deepEqual(stranded.support.map(text), ['The ministry estimated that about 80,000 passengers were stranded on Monday.', "far above the ministry's estimate of 80,000."]);
  assert.deepEqual(stranded.conflicts.map(text), ['The unions say more than 120,000 passengers were stranded on Monday', 'Rail unions say 120,000 people were stranded on Monday when the network went dark.']);
});

test('one report setting the official toll against a hospital\'s, or a ministry\'s count against a parents\' group\'s, is contested', () => {
  const set = [
    analysed('h1', 'Harbor Post', 'The official death toll now stands at eight. The children\'s hospital in the capital, where most victims were treated, puts the number of deaths at nine. ' + FILLER, '2025-11-18'),
    analysed('h2', 'Bay Daily', 'The ministry says nine children died. A parents\' group, Bay Families, counts eleven across the country. ' + FILLER, '2026-01-09'),
  ];
  const g = grouping({ storyOf: new Map([['h1', 's1'], ['h2', 's2']]) });
  const text = (r: { documentId: string; start: number; end: number }): string => set.find((d) => d.doc.id === r.documentId)!.doc.text.slice(r.start, r.end);
  const contested = crossCheckClaims(set, res, g).filter((c) => c.status === 'contested')
    .map((c) => [c.support.map(text), c.conflicts.map(text)]);
  assert.deepEqual(contested, [
    [['The official death toll now stands at eight.'], ['puts the number of deaths at nine.']],
    [['The ministry says nine children died.'], ['counts eleven across the country.']],
  ]);
});

test('a head count one sentence sets against another joins the outlets that give either figure into one disputed claim', () => {
  const set = [
    analysed('k1', 'Harbor Post', `Police counted about 1,300 marchers; the organisers said more than 6,000 people had joined. ${FILLER}`, '2025-09-02'),
    analysed('k2', 'Coast Wire', `Green Tide organisers counted 6,000 people; the police said it was about 1,300. ${FILLER}`, '2025-09-02'),
    analysed('k3', 'Bay Daily', `The police figure was 1,300 marchers on the quay. ${FILLER}`, '2025-09-02'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const text = (r: { documentId: string; start: number; end: number }): string => set.find((d) => d.doc.id === r.documentId)!.doc.text.slice(r.start, r.end);
  const crowd = crossCheckClaims(set, res, g).filter((c) => c.status === 'contested');
  assert.equal(crowd.length, 1);
  assert.deepEqual(crowd[0]!.support.map(text), ['Police counted about 1,300 marchers', 'the police said it was about 1,300.', 'The police figure was 1,300 marchers on the quay.']);
  assert.deepEqual(crowd[0]!.conflicts.map(text), ['the organisers said more than 6,000 people had joined.', 'Green Tide organisers counted 6,000 people']);
});

test('a follow-up retelling an old event with a date that fits the first report\'s is the same claim', () => {
  const set = [
    analysed('f1', 'Harbor Post', `The harbour master was charged on Thursday with fraud and forgery. ${FILLER}`, '2025-03-07'),
    analysed('f2', 'Bay Daily', `Olin Varga, the harbour master charged in March with fraud and forgery, resigned his seat on the port board. ${FILLER}`, '2025-06-20'),
    analysed('f3', 'Coast Wire', `A weather station on the pier recorded eleven millimetres of rain, the heaviest in a decade. ${FILLER}`, '2025-06-20'),
  ];
  const g = grouping({ storyOf: new Map([['f1', 's1'], ['f2', 's2'], ['f3', 's3']]) });
  const charged = crossCheckClaims(set, res, g).find((c) => /fraud/.test(c.text))!;
  assert.equal(charged.status, 'corroborated');
  assert.deepEqual(charged.support.map((r) => r.documentId), ['f1', 'f2']);
});

test('a roundup told apart from the coverage still disputes its figure for the same thing at the same time; a count that grew does not', () => {
  const set = [
    analysed('m1', 'Harbor Post', `Fishing families hit by the spill will receive compensation from a fund of 4 million marks, the ministry said on Tuesday. ${FILLER}`, '2025-05-14'),
    analysed('m2', 'Coast Wire', `The 4-million-mark compensation fund opened its office in Port Alder. ${FILLER}`, '2025-05-20'),
    analysed('m3', 'Bay Daily', `Compensation from the 7-million-mark fund announced in May has reached most fishing families. ${FILLER}`, '2025-08-30'),
    analysed('m4', 'Coast Wire', `The first 30 fishing families were paid on Friday. ${FILLER}`, '2025-05-30'),
    analysed('m5', 'Bay Daily', `So far 95 fishing families have been paid from the fund. ${FILLER}`, '2025-08-30'),
  ];
  const g = grouping({ storyOf: new Map([['m1', 's1'], ['m2', 's1'], ['m3', 's2'], ['m4', 's1'], ['m5', 's2']]) });
  const claims = crossCheckClaims(set, res, g);
  const fund = claims.find((c) => c.status === 'contested')!;
  assert.deepEqual(fund.support.map((r) => r.documentId), ['m1', 'm2']);
  assert.deepEqual(fund.conflicts.map((r) => r.documentId), ['m3']);
  assert.equal(claims.filter((c) => c.status === 'contested').length, 1);
});

test('an undated text that names another weekday for an event the others date is on the conflict side', () => {
  const recall = (day: string): string => `The port authority suspended all cargo traffic at the north pier of Port Alder ${day}. ${FILLER}`;
  const set = [
    analysed('w1', 'Harbor Post', recall('on Wednesday'), '2025-06-13'),
    analysed('w2', 'Bay Daily', recall('on Wednesday'), '2025-06-13'),
    analysed('w3', 'Coast Wire', recall('on Tuesday'), '2025-06-13'),
  ];
  set[2]!.analysis.publishedAt = null;
  set[2]!.analysis.dates = [];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const pier = crossCheckClaims(set, res, g).find((c) => /suspended/.test(c.text))!;
  assert.equal(pier.status, 'contested');
  assert.deepEqual(pier.support.map((r) => r.documentId), ['w1', 'w2']);
  assert.deepEqual(pier.conflicts.map((r) => r.documentId), ['w3']);
});

test('two stories saying much the same of one named person are one claim', () => {
  const set = [
    analysed('e1', 'Harbor Post', `Mara Ostrick was charged with embezzling harbour funds. ${FILLER}`, '2025-03-07'),
    analysed('e2', 'Bay Daily', `Mara Ostrick is due to go on trial in May on charges of embezzling harbour funds from the port. ${FILLER}`, '2025-04-20'),
    analysed('e3', 'Coast Wire', `A weather station on the pier recorded eleven millimetres of rain, the heaviest in a decade. ${FILLER}`, '2025-04-20'),
    analysed('e4', 'Coast Wire', `The ferry to Pellwood will run twice a day from June, the operator announced. ${FILLER}`, '2025-04-21'),
    analysed('e5', 'Bay Daily', `Fishermen in Port Alder landed a record catch of mackerel this spring. ${FILLER}`, '2025-04-22'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d, i) => [d.doc.id, `s${i}`])) });
  const charged = crossCheckClaims(set, resolveEntities(set), g).find((c) => /embezzl/.test(c.text))!;
  assert.equal(charged.status, 'corroborated');
  assert.deepEqual(charged.support.map((r) => r.documentId), ['e1', 'e2']);
});

test('a clause whose event went untyped still disagrees on the day when it words that event', () => {
  const text = (day: string): string => `The port authority suspended all cargo traffic at the north pier of Port Alder ${day}. ${FILLER}`;
  const set = [
    analysed('t1', 'Harbor Post', text('on Wednesday'), '2025-06-13'),
    analysed('t2', 'Bay Daily', text('on Wednesday'), '2025-06-13'),
    analysed('t3', 'Coast Wire', text('on Tuesday'), '2025-06-13'),
  ];
  set[2]!.analysis.events = [];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const pier = crossCheckClaims(set, res, g).find((c) => /suspended/.test(c.text))!;
  assert.equal(pier.status, 'contested');
  assert.deepEqual(pier.conflicts.map((r) => r.documentId), ['t3']);
});

test('a timeline line the event stage left untyped is the same act as another outlet\'s typed one on that day, across stories', () => {
  const set = [
    analysed('t1', 'Quay Notes', 'Timeline of the ferry case, as we have followed it here.\n\n2025-03-04 - Captain Ivo Orvik detained\n\n2025-03-09 - Harbour closed for divers', '2025-03-20'),
    analysed('t2', 'Coast Wire', 'Captain Ivo Orvik was detained on Tuesday, a coast guard spokesman said.', '2025-03-06'),
  ];
  const g = grouping({ storyOf: new Map([['t1', 's1'], ['t2', 's2']]) });
  const detained = crossCheckClaims(set, res, g).find((c) => c.support.some((r) => r.documentId === 't1') && c.support.some((r) => r.documentId === 't2'));
  assert.equal(detained?.status, 'corroborated');
});

test('an act two outlets date a day apart in other words is one contested claim, the lone day on the conflict side', () => {
  const set = [
    analysed('c1', 'Coast Wire', 'A regional prosecutor on Monday charged the captain of the capsized ferry Morrow Bay with manslaughter.', '2025-03-11'),
    analysed('c2', 'Bay Daily', 'A regional prosecutor on Monday charged the captain of the capsized ferry Morrow Bay with manslaughter, officials said.', '2025-03-11'),
    analysed('c3', 'Quay Notes', 'The captain of the Morrow Bay was charged with manslaughter on Sunday.', '2025-03-12'),
  ];
  const claims = crossCheckClaims(set, res, grouping());
  const charged = claims.find((c) => c.conflicts.length)!;
  assert.equal(charged.status, 'contested');
  assert.deepEqual(charged.support.map((r) => r.documentId), ['c1', 'c2']);
  assert.deepEqual(charged.conflicts.map((r) => r.documentId), ['c3']);
});

test('a follow-up story of the storyline that dates the same act another day in the same words disputes that day', () => {
  const set = [
    analysed('f1', 'Harbor Post', 'Harbour master Edda Kranvel was detained on Monday over missing port fees, police said.', '2025-05-13'),
    analysed('f2', 'Bay Daily', 'Harbour master Edda Kranvel was detained on Monday over missing port fees, a police spokesman said.', '2025-05-13'),
    analysed('f3', 'Quay Notes', 'Investigators say the harbour master of Port Alder was detained on May 11 over the fees.', '2025-06-02'),
  ];
  const stories = [{ id: 's1', title: 'Kranvel detained', documentIds: ['f1', 'f2'], storylineId: 'L' }, { id: 's2', title: 'Port inquiry', documentIds: ['f3'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const detained = crossCheckClaims(set, res, g).find((c) => c.conflicts.length);
  assert.equal(detained?.status, 'contested');
  assert.deepEqual(detained.support.map((r) => r.documentId), ['f1', 'f2']);
  assert.deepEqual(detained.conflicts.map((r) => r.documentId), ['f3']);
  // A clause that names a second act beside it does not say whose day it gives.
  const two = [...set.slice(0, 2), analysed('f3', 'Quay Notes', 'Investigators say the harbour master of Port Alder was detained on May 11 over the fees and the port chairman resigned.', '2025-06-02')];
  assert.equal(crossCheckClaims(two, res, g).filter((c) => c.conflicts.length).length, 0);
});

test('a clause that rejects a figure bare right after its own ("four days, not five") disputes the storyline\'s figure, whatever story tells it', () => {
  const set = [
    analysed('h1', 'Harbor Post', 'The ferry Tessifer Star was held at Quarrenby for five days, the port office said.', '2025-03-04'),
    analysed('h2', 'Bay Daily', 'The ferry Tessifer Star was held at Quarrenby for five days, the port office said on Monday.', '2025-03-04'),
    analysed('h3', 'Quay Notes', 'The Tessifer Star was kept in port for four days, not five, and every passenger will get a refund, the operator said.', '2025-03-20'),
  ];
  const stories = [{ id: 's1', title: 'Ferry held', documentIds: ['h1', 'h2'], storylineId: 'L' }, { id: 's2', title: 'Refunds', documentIds: ['h3'], storylineId: 'L' }];
  const held = crossCheckClaims(set, res, groupingOf(stories)).find((c) => c.conflicts.length);
  assert.equal(held?.status, 'contested');
  assert.deepEqual(held.support.map((r) => r.documentId), ['h1', 'h2']);
  assert.deepEqual(held.conflicts.map((r) => r.documentId), ['h3']);
});

test('how many a vessel carried is one figure for the storyline: another count, even months later, is on the conflict side', () => {
  const set = [
    analysed('b1', 'Coast Wire', 'The coach was carrying 48 people when it left the mountain road near Harrowfell on Friday night.', '2025-02-08'),
    analysed('b2', 'Harbor Post', 'Police said the coach was carrying 48 people when it plunged into the ravine near Harrowfell.', '2025-02-08'),
    analysed('b3', 'Bay Daily', 'There were 53 people on board the coach, the regional governor told reporters in Harrowfell.', '2025-02-09'),
    analysed('b4', 'Harbor Post', 'The coach that crashed near Harrowfell in February was carrying 53 people, the safety board found on Tuesday.', '2025-06-17'),
  ];
  const stories = [{ id: 's1', title: 'Coach crash', documentIds: ['b1', 'b2', 'b3'], storylineId: 'L' }, { id: 's2', title: 'Safety board report', documentIds: ['b4'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const aboard = crossCheckClaims(set, res, g).find((c) => c.conflicts.length);
  assert.equal(aboard?.status, 'contested');
  assert.deepEqual(aboard.support.map((r) => r.documentId), ['b1', 'b2']);
  assert.deepEqual(aboard.conflicts.map((r) => r.documentId), ['b3', 'b4']);
});

test('how many a slide buried is one figure for the storyline: a count told days later disputes it', () => {
  const set = [
    analysed('m1', 'Coast Wire', 'Nine people were buried when the mudslide hit the Dunnerquay road on Sunday morning.', '2025-03-10'),
    analysed('m2', 'Harbor Post', 'Nine people were buried when the mudslide hit the Dunnerquay road on Sunday, police said.', '2025-03-10'),
    analysed('m3', 'Bay Daily', 'The mudslide on the Dunnerquay road buried 13 people, the regional governor said.', '2025-03-12'),
  ];
  const stories = [{ id: 's1', title: 'Mudslide', documentIds: ['m1', 'm2'], storylineId: 'L' }, { id: 's2', title: 'Mudslide count', documentIds: ['m3'], storylineId: 'L' }];
  const buried = crossCheckClaims(set, res, groupingOf(stories)).find((c) => c.conflicts.length);
  assert.equal(buried?.status, 'contested');
  assert.deepEqual(buried.support.map((r) => r.documentId), ['m1', 'm2']);
  assert.deepEqual(buried.conflicts.map((r) => r.documentId), ['m3']);
});

test('a part counted from a whole is no rival of the whole: "30 of the 48 aboard pulled out", "two of them seriously", shares of one whole', () => {
  const part = [
    analysed('p1', 'Coast Wire', 'The coach was carrying 48 people when it left the mountain road near Harrowfell on Friday night.', '2025-02-08'),
    analysed('p2', 'Bay Daily', 'Rescuers said 30 of the 48 people on board had been pulled from the wreck by dawn.', '2025-02-08'),
    analysed('p3', 'Harbor Post', 'A quarry wall collapsed near Harrowfell on Tuesday, injuring six workers, two of them seriously, the inspectorate said.', '2025-02-11'),
    analysed('p4', 'Quay Notes', 'Six workers were hurt when the quarry wall collapsed near Harrowfell, the inspectorate said.', '2025-02-11'),
    analysed('p5', 'Coast Wire', 'The Greens hold 14 of the 90 seats on the regional council.', '2025-02-11'),
    analysed('p6', 'Bay Daily', 'The governing alliance holds 51 of the 90 seats on the regional council.', '2025-02-11'),
  ];
  const claims = crossCheckClaims(part, res, grouping({ storyOf: new Map(part.map((d) => [d.doc.id, 's1'])) }));
  assert.deepEqual(claims.filter((c) => c.status === 'contested').map((c) => c.text), []);
  // ... while "only N of them" sets its part against the whole: a rival figure.
  const rival = [
    analysed('r1', 'Coast Wire', 'The fisheries board says it issued 340 licences for the bay in its first year.', '2025-02-11'),
    analysed('r2', 'Bay Daily', 'The board issued 340 licences for the bay, though the union says only 210 of them were honoured.', '2025-02-11'),
  ];
  assert.equal(crossCheckClaims(rival, res, grouping({ storyOf: new Map(rival.map((d) => [d.doc.id, 's1'])) })).filter((c) => c.status === 'contested').length, 1);
});

test('an agency\'s dateline copy and an outlet citing that agency by its full name at the end of the sentence are one source', () => {
  const set = [
    analysed('v1', 'Ostrava Echo', 'MIRNO, 4 March. /OTA/. Three citizens of Orvessa are among the dead of the bus crash near Harrowfell, the foreign minister confirmed today.', '2025-03-04'),
    analysed('v2', 'Coast Wire', 'Orvessa says three of its citizens are among the dead of the bus crash near Harrowfell, according to the Orvessan Telegraph Agency.', '2025-03-05'),
  ];
  const claims = crossCheckClaims(set, res, grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) }));
  const dead = claims.find((c) => c.support.length === 2)!;
  assert.equal(dead.status, 'single-source');
  assert.equal(dead.independentSources, 1);
  // Without the credits the two outlets are independent.
  const own = [set[0]!, analysed('v3', 'Coast Wire', 'Orvessa says three of its citizens are among the dead of the bus crash near Harrowfell, its foreign minister said.', '2025-03-05')];
  own[0] = analysed('v1', 'Ostrava Echo', 'MIRNO, 4 March. Three citizens of Orvessa are among the dead of the bus crash near Harrowfell, the foreign minister confirmed today.', '2025-03-04');
  assert.equal(crossCheckClaims(own, res, grouping({ storyOf: new Map(own.map((d) => [d.doc.id, 's1'])) })).find((c) => c.support.length === 2)?.status, 'corroborated');
});

test('two outlets running dispatches of one agency with a long name ("/ORVESSAPRESS/") are one source', () => {
  const set = [
    analysed('k1', 'Ostrava Echo', 'MIRNO, 4 March. /ORVESSAPRESS/. Three citizens of Orvessa are among the dead of the bus crash near Harrowfell, the foreign minister confirmed today.', '2025-03-04'),
    analysed('k2', 'Coast Wire', 'MIRNO, 5 March. /ORVESSAPRESS/. Orvessa says three of its citizens are among the dead of the bus crash near Harrowfell.', '2025-03-05'),
  ];
  const dead = crossCheckClaims(set, res, grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) })).find((c) => c.support.length === 2)!;
  assert.equal(dead.status, 'single-source');
});

test('a figure credited "according to" someone is that speaker\'s: one report setting it against another speaker\'s figure is contested', () => {
  const set = [analysed('g1', 'Quay Notes', 'The gang had first asked for five million dollars, according to the harbour police. A negotiator said the gang had at one point demanded $7 million for the crew.', '2025-03-05')];
  const claims = crossCheckClaims(set, res, grouping({ storyOf: new Map([['g1', 's1']]) }));
  assert.equal(claims.filter((c) => c.status === 'contested').length, 1);
});

test('two outlets telling the same minute of the same act in other words corroborate it; another act\'s time is no dispute', () => {
  const set = [
    analysed('h1', 'Coast Wire', 'The coach driver sent an alarm call at 9.50pm from the mountain road above Harrowfell.', '2025-02-08'),
    analysed('h2', 'Bay Daily', 'An alarm call came from the coach driver at 9.50pm, minutes before it left the road.', '2025-02-08'),
    analysed('h3', 'Harbor Post', 'The coach had left the depot in Harrowfell at 7.15pm with a full load.', '2025-02-08'),
  ];
  const claims = crossCheckClaims(set, res, grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) }));
  const help = claims.find((c) => c.support.some((r) => r.documentId === 'h1'))!;
  assert.equal(help.status, 'corroborated');
  assert.deepEqual(help.support.map((r) => r.documentId), ['h1', 'h2']);
  assert.equal(claims.filter((c) => c.status === 'contested').length, 0);
});

test('two stories of one storyline telling an untyped act of the same one day in much the same words are one claim', () => {
  const set = [
    analysed('w1', 'Quay Notes', 'The fishermen of the Tarn Rose were held for six weeks. The other three walked across the border at Pell Ford on 09/14/2025.', '2025-09-20'),
    analysed('w2', 'Coast Wire', 'Skipper Odo Varn and the three fishermen walked across the Pell Ford border post into Osland this afternoon.', '2025-09-14'),
    analysed('w3', 'Bay Daily', 'The fishermen of the Tarn Rose were seized by the Osland coastguard in August, their families said.', '2025-09-01'),
  ];
  const stories = [{ id: 's1', title: 'Fishermen home', documentIds: ['w1', 'w3'], storylineId: 'L' }, { id: 's2', title: 'Crew crosses', documentIds: ['w2'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const walked = crossCheckClaims(set, res, g).find((c) => /walked/.test(c.text))!;
  assert.equal(walked.status, 'corroborated');
  assert.deepEqual(walked.support.map((r) => r.documentId), ['w1', 'w2']);
  // Another storyline's clause of that day is another act.
  const apart = groupingOf(stories.map((s, i) => ({ ...s, storylineId: `L${i}` })));
  assert.equal(crossCheckClaims(set, res, apart).find((c) => /walked/.test(c.text))!.status, 'single-source');
});

test('an offer told in two instalments corroborates the total another outlet gives, and the other side\'s demand is no dispute of it', () => {
  const set = [
    analysed('o1', 'Coast Wire', 'The ferry company has offered a 3 per cent rise from March and a further 2 per cent in 2027, while the crews\' union is demanding 9 per cent.', '2025-02-10'),
    analysed('o2', 'Bay Daily', 'The ferry company has offered the crews a pay rise of 5% over two years.', '2025-02-11'),
    analysed('o3', 'Harbor Post', 'The crews\' union wants 9 per cent over the same two years, its secretary said.', '2025-02-11'),
  ];
  const claims = crossCheckClaims(set, res, grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) }));
  const offer = claims.find((c) => c.support.some((r) => r.documentId === 'o2'))!;
  assert.equal(offer.status, 'corroborated');
  assert.deepEqual(offer.conflicts, []);
  assert.equal(claims.filter((c) => c.status === 'contested').length, 0);
});

test('a short verb\'s past ("was fined") is the word its noun is ("a fine"): two outlets telling the same penalty align', () => {
  const set = [
    analysed('n1', 'Coast Wire', 'Harlow Lines was fined last year for carrying more passengers than its ferries were certified for.', '2025-02-10'),
    analysed('n2', 'Bay Daily', 'Harlow Lines paid a fine in 2024 for the overloading of its ferries.', '2025-02-11'),
  ];
  const claims = crossCheckClaims(set, res, grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) }));
  const fined = claims.find((c) => c.support.some((r) => r.documentId === 'n1'))!;
  assert.deepEqual(fined.support.map((r) => r.documentId), ['n1', 'n2']);
});

test('counts of one kind of thing that different things happened to are two claims, not a dispute ("diverted" / "waiting at anchor")', () => {
  const set = [
    analysed('d1', 'Coast Wire', 'Nine freighters were diverted to the port of Kessa during the dock strike at Varno.', '2025-02-10'),
    analysed('d2', 'Bay Daily', 'About 30 freighters are waiting at anchor off Varno as the dock strike enters its second week.', '2025-02-11'),
    analysed('d3', 'Harbor Post', 'The port of Kessa has taken in nine freighters diverted from Varno by the dock strike.', '2025-02-12'),
  ];
  const claims = crossCheckClaims(set, res, grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) }));
  assert.equal(claims.filter((c) => c.status === 'contested').length, 0);
  assert.deepEqual(claims.find((c) => c.support.some((r) => r.documentId === 'd1'))!.support.map((r) => r.documentId), ['d1', 'd3']);
});

test('two sources counting the hurt differently on one day are one dispute, even when a later recap repeats one count', () => {
  const set = [
    analysed('h1', 'Harbor Post', `The bus company said six people were slightly hurt in the crash. Dornwick Infirmary said it had treated 11 passengers. ${FILLER}`),
    analysed('h2', 'Coast Wire', `Dornwick Infirmary said it had treated 11 passengers after the crash. ${FILLER}`),
    analysed('h3', 'Bay Daily', `The bus company said six people were slightly hurt in the crash. ${FILLER}`),
    analysed('h4', 'Tessmoor Times', `Six people were slightly hurt in the crash, the bus company said. ${FILLER}`, '2025-06-25'),
  ];
  const claims = crossCheckClaims(set, res, grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) }));
  const hurt = claims.find((c) => c.conflicts.length)!;
  assert.equal(hurt.status, 'contested');
  assert.deepEqual([...new Set(hurt.conflicts.map((r) => r.documentId))], ['h1', 'h2']);
  assert.deepEqual([...new Set(hurt.support.map((r) => r.documentId))], ['h1', 'h3', 'h4']);
});

test('counts of what one incident did, told on other days by rival sources, dispute each other; a count that stands for its day or an older incident does not', () => {
  const set = [
    analysed('i1', 'Harbor Post', `The shelling of Orvik killed three people, the Pellwoodian interior ministry said. ${FILLER}`, '2025-05-06'),
    analysed('i2', 'Coast Wire', `The shelling of Orvik killed at least six people, hospital officials in Orvik said. ${FILLER}`, '2025-05-08'),
    analysed('i3', 'Bay Daily', `The shelling of Orvik killed three people, according to the Pellwoodian interior ministry. ${FILLER}`, '2025-05-07'),
    analysed('i4', 'World Brief', `The death toll from the shelling of Orvik has risen to eight, hospital officials in Orvik said. ${FILLER}`, '2025-05-12'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  const toll = claims.find((c) => c.status === 'contested')!;
  assert.deepEqual(toll.support.map((r) => r.documentId), ['i1', 'i3']);
  assert.deepEqual(toll.conflicts.map((r) => r.documentId), ['i2']);
  assert.ok(!claims.some((c) => c.conflicts.some((r) => r.documentId === 'i4')), 'a toll that has risen holds for its own day');
});

test('two acts of one accord on consecutive days (signed, then in force) are no date dispute', () => {
  const set = [
    analysed('t1', 'Harbor Post', `Orsenna and Talvar signed the truce in Calvero on October 25. ${FILLER}`, '2025-10-27'),
    analysed('t2', 'Coast Wire', `Orsenna and Talvar signed the truce in Calvero on October 25. ${FILLER}`, '2025-10-27'),
    analysed('t3', 'Bay Daily', `The truce between Orsenna and Talvar took effect on October 26. ${FILLER}`, '2025-10-27'),
    analysed('t4', 'World Brief', `The truce between Orsenna and Talvar took effect on October 26. ${FILLER}`, '2025-10-27'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  assert.ok(!claims.some((c) => c.status === 'contested'), claims.map((c) => `${c.status}: ${c.text}`).join(' | '));
});

test('a figure of an occasion long before the news is no rival of the news figure of that unit', () => {
  const lead = 'The first count gave Mirela Tansk a lead of 318 votes over the sitting mayor.';
  const set = [
    analysed('v1', 'Harbor Post', `${lead} ${FILLER}`, '2025-11-20'),
    analysed('v2', 'Coast Wire', `${lead} The last disputed count in the province was in Dunmarrow in 2016, when a recount reversed a 55-vote result.`, '2025-11-20'),
    analysed('v3', 'Bay Daily', `The first count put Mirela Tansk ahead by 318 votes. ${FILLER}`, '2025-11-21'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  assert.ok(!claims.some((c) => c.status === 'contested'), claims.map((c) => `${c.status}: ${c.text}`).join(' | '));
});

test('an audit\'s exact count against the first exact count of the same papers is a dispute, though the two are close', () => {
  const first = 'Officials set aside 2,730 ballot papers from the Varrow district as spoiled.';
  const set = [
    analysed('b1', 'Harbor Post', `${first} ${FILLER}`, '2025-11-20'),
    analysed('b2', 'Coast Wire', `${first} ${FILLER}`, '2025-11-20'),
    analysed('b3', 'Bay Daily', `The audit found that 2,811 ballot papers from the Varrow district had been spoiled. ${FILLER}`, '2025-11-22'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const spoiled = crossCheckClaims(set, res, g).find((c) => c.status === 'contested');
  assert.deepEqual(spoiled?.conflicts.map((r) => r.documentId), ['b3']);
});

test('a report months later retelling the incident with its date still disputes the first count of it', () => {
  const first = 'The ferry Orla was carrying 198 passengers when it struck the breakwater at Tessen.';
  const set = [
    analysed('f1', 'Harbor Post', `${first} ${FILLER}`, '2025-11-21'),
    analysed('f2', 'Coast Wire', `${first} ${FILLER}`, '2025-11-21'),
    analysed('f3', 'Bay Daily', `The inquiry found that on November 20 the ferry Orla was carrying 212 passengers when it struck the breakwater at Tessen. ${FILLER}`, '2026-03-02'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const aboard = crossCheckClaims(set, res, g).find((c) => c.status === 'contested');
  assert.deepEqual(aboard?.conflicts.map((r) => r.documentId), ['f3']);
});

test('the day of another moment of an accord, which another report gives to its start, is no rival day of its signing', () => {
  const set = [
    analysed('m1', 'Harbor Post', `Orsenna and Talvar signed the ceasefire in Calvero on October 25. ${FILLER}`, '2025-10-27'),
    analysed('m2', 'Coast Wire', `Orsenna and Talvar signed the ceasefire in Calvero on October 25. ${FILLER}`, '2025-10-27'),
    analysed('m3', 'Bay Daily', `The ceasefire between Orsenna and Talvar took effect on October 26. ${FILLER}`, '2025-10-27'),
    analysed('m4', 'World Brief', `Guns fell silent at midnight, so the first full day of the truce was October 26. ${FILLER}`, '2025-11-05'),
    analysed('m5', 'Hollowby Courier', `The assembly approved the truce signed in Calvero on October 25. ${FILLER}`, '2025-11-06'),
  ];
  const story = (id: string): string => (id === 'm4' || id === 'm5' ? 's2' : id === 'm3' ? 's3' : 's1');
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, story(d.doc.id)])) });
  const claims = crossCheckClaims(set, res, g);
  const signed = claims.find((c) => c.support.some((r) => r.documentId === 'm1'))!;
  assert.equal(signed.status, 'corroborated', claims.map((c) => `${c.status}: ${c.text}`).join(' | '));
});

test('a tally beside another tally of its sentence stands on that one\'s day: rival counts of the missing that day dispute each other', () => {
  const set = [
    analysed('k1', 'Harbor Post', `At least 14 people died when the coach plunged into the Vessin gorge on Saturday, and 12 are still missing, police said. ${FILLER}`, '2025-03-10'),
    analysed('k2', 'Coast Wire', `At least 14 people died when the coach plunged into the Vessin gorge on Saturday, and 12 are still missing, police said. ${FILLER}`, '2025-03-10'),
    analysed('k3', 'Bay Daily', `The police count of the dead stood at 15 on Monday, with six people still missing. ${FILLER}`, '2025-03-11'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  assert.ok(claims.some((c) => c.status === 'contested' && c.conflicts.some((r) => r.documentId === 'k3')), claims.map((c) => `${c.status}: ${c.text}`).join(' | '));
});

test('a limit told as "up to" is the limit itself: two limits told differently disagree', () => {
  const limit = (n: string): string => `The treasury said it would guarantee deposits of up to ${n} talmers per saver at Kestrava Mutual.`;
  const set = [
    analysed('p', 'Harbor Post', `${limit('100,000')} ${FILLER}`),
    analysed('q', 'Bay Daily', `${limit('100,000')} ${FILLER}`),
    analysed('r', 'Coast Wire', `${limit('150,000')} ${FILLER}`),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claim = crossCheckClaims(set, res, g).find((c) => c.support.some((r) => r.documentId === 'p'))!;
  assert.equal(claim.status, 'contested');
  assert.deepEqual(claim.support.map((r) => r.documentId), ['p', 'q']);
  assert.deepEqual(claim.conflicts.map((r) => r.documentId), ['r']);
});

test('a cap is a limit as "up to" is: a liability capped at one sum disputes a payout of up to another', () => {
  const set = [
    analysed('p', 'Harbor Post', `The insurer Dunmaris Mutual said its liability was capped at 80 million talmers. ${FILLER}`),
    analysed('q', 'Bay Daily', `The insurer Dunmaris Mutual said its liability was capped at 80 million talmers. ${FILLER}`),
    analysed('r', 'Coast Wire', `The insurer Dunmaris Mutual has said it will pay up to 110 million talmers. ${FILLER}`),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claim = crossCheckClaims(set, res, g).find((c) => c.support.some((r) => r.documentId === 'p'))!;
  assert.equal(claim.status, 'contested');
  assert.deepEqual(claim.support.map((r) => r.documentId), ['p', 'q']);
  assert.deepEqual(claim.conflicts.map((r) => r.documentId), ['r']);
});

test('a claim told alike to one report and clashing with another of the same claim joins it as its dispute', () => {
  const set = [
    analysed('p', 'Harbor Post', `Rumours spread about Corvell Mutual on Friday, and savers queued at every branch and took out 310 million talmers. ${FILLER}`),
    analysed('q', 'Bay Daily', `Rumours spread about Corvell Mutual on Friday, and savers queued at every branch and took out 310 million talmers. ${FILLER}`),
    analysed('r', 'Coast Wire', `Savers pulled more than 300 million talmers from Corvell Mutual on Friday. ${FILLER}`),
    analysed('s', 'Pellwood Times', `Savers withdrew almost half a billion talmers from Corvell Mutual on Friday. ${FILLER}`),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  // (assert.equal, not assert.ok: a falsy assert.ok makes node re-read this transpiled one-line file for its message.)
  const claim = crossCheckClaims(set, res, g).find((c) => c.conflicts.some((r) => r.documentId === 's'));
  assert.equal(claim?.status, 'contested');
  assert.deepEqual(claim?.support.map((r) => r.documentId), ['p', 'q', 'r']);
});

test('counts of one thing in two named places answer two questions; in one place they clash', () => {
  const home = 'Kestlin Savings said it has 38 branches in Brellmoor and will keep all of them open.';
  const abroad = 'Kestlin Savings said it has three branches in Tovany and will keep all of them open.';
  const rival = 'Kestlin Savings said it has 31 branches in Brellmoor and will keep all of them open.';
  const two = crossCheckClaims([analysed('p', 'Harbor Post', `${home} ${FILLER}`), analysed('q', 'Bay Daily', `${abroad} ${FILLER}`)], res, grouping());
  assert.deepEqual(two.filter((c) => /branches/.test(c.text)).map((c) => c.status), ['single-source', 'single-source']);
  const one = crossCheckClaims([analysed('p', 'Harbor Post', `${home} ${FILLER}`), analysed('q', 'Bay Daily', `${rival} ${FILLER}`)], res, grouping());
  assert.deepEqual(one.filter((c) => /branches/.test(c.text)).map((c) => c.status), ['contested']);
});

test('a preliminary count and the recount are both true at their times; two recounts that differ clash', () => {
  const prelim = 'The preliminary count gave Orlowe Brannick a lead of 212 votes in the mayoral race.';
  const recount = 'The recount gave Orlowe Brannick a lead of 97 votes in the mayoral race.';
  const rival = 'The recount gave Orlowe Brannick a lead of 103 votes in the mayoral race.';
  const lead = (a: string, b: string): string[] => crossCheckClaims([analysed('p', 'Harbor Post', `${a} ${FILLER}`), analysed('q', 'Bay Daily', `${b} ${FILLER}`)], res, grouping())
    .filter((c) => /votes/.test(c.text)).map((c) => c.status);
  assert.deepEqual(lead(prelim, recount), ['single-source', 'single-source']);
  assert.deepEqual(lead(recount, rival), ['contested']);
});

test('those taken and those freed are two counts; two counts of those taken clash', () => {
  const taken = 'The gang claimed the kidnapping of six rail engineers in Quenholt province last week.';
  const freed = 'Four rail engineers freed by the gang in Quenholt province flew home last week.';
  const rival = 'The gang claimed the kidnapping of nine rail engineers in Quenholt province last week.';
  const statuses = (a: string, b: string): string[] => crossCheckClaims([analysed('p', 'Harbor Post', `${a} ${FILLER}`), analysed('q', 'Bay Daily', `${b} ${FILLER}`)], res, grouping())
    .filter((c) => /engineers/.test(c.text)).map((c) => c.status);
  assert.deepEqual(statuses(taken, freed), ['corroborated']);
  assert.deepEqual(statuses(taken, rival), ['contested']);
});

test('those still trapped and those saved are two counts; two counts of the saved clash', () => {
  const statuses = (a: string, b: string): string[] => crossCheckClaims([analysed('p', 'Harbor Post', `${a} ${FILLER}`), analysed('q', 'Bay Daily', `${b} ${FILLER}`)], res, grouping())
    .filter((c) => /climbers/.test(c.text)).map((c) => c.status);
  const trapped = 'Mountain rescuers above Vennel said 26 climbers were trapped by the avalanche on Sunday.';
  const saved = 'Mountain rescuers above Vennel said 21 climbers were saved from the avalanche on Sunday.';
  const rival = 'Mountain rescuers above Vennel said 17 climbers were saved from the avalanche on Sunday.';
  assert.deepEqual(statuses(trapped, saved), ['corroborated']);
  assert.deepEqual(statuses(saved, rival), ['contested']);
});

test('a sum told as a loss is no rival of a sum released for the harm; two losses clash', () => {
  const statuses = (a: string, b: string): string[] => crossCheckClaims([analysed('p', 'Harbor Post', `${a} ${FILLER}`), analysed('q', 'Bay Daily', `${b} ${FILLER}`)], res, grouping())
    .filter((c) => /ferrins/.test(c.text)).map((c) => c.status);
  const loss = 'After the hailstorm in Dellbrook the province counted losses of 90 million ferrins, the governor said.';
  const aid = 'After the hailstorm in Dellbrook the province released 25 million ferrins, the governor said.';
  const rival = 'After the hailstorm in Dellbrook the province counted losses of 160 million ferrins, the governor said.';
  assert.deepEqual(statuses(loss, aid), ['single-source', 'single-source']);
  assert.deepEqual(statuses(loss, rival), ['contested']);
});

test('a bare count with only a participle after it counts what the count before it counts ("on top of the 20 million released")', () => {
  const statuses = (a: string, b: string): string[] => crossCheckClaims([analysed('p', 'Harbor Post', `${a} ${FILLER}`), analysed('q', 'Bay Daily', `${b} ${FILLER}`)], res, grouping())
    .filter((c) => /ferrins/.test(c.text)).map((c) => c.status);
  const both = 'After the hailstorm in Dellbrook the ministry pledged 30 million ferrins on top of the 20 million released by the province.';
  const released = 'After the hailstorm in Dellbrook the province released 20 million ferrins, the governor said.';
  assert.equal(statuses(both, released).includes('contested'), false);
});

test('a count of what has not yet happened is the remainder; "dozens of" is no exact count', () => {
  const statuses = (a: string, b: string): string[] => crossCheckClaims([analysed('p', 'Harbor Post', `${a} ${FILLER}`), analysed('q', 'Bay Daily', `${b} ${FILLER}`)], res, grouping())
    .filter((c) => /houses|flights/.test(c.text)).map((c) => c.status);
  const searched = 'Rescue teams in Dellbrook searched 300 houses after the flood on Monday.';
  assert.deepEqual(statuses(searched, 'Rescue teams in Dellbrook said 40 houses had not yet been searched after the flood on Monday.'), ['corroborated']);
  assert.deepEqual(statuses(searched, 'Rescue teams in Dellbrook searched 240 houses after the flood on Monday.'), ['contested']);
  const cancelled = 'Pentley Air cancelled 46 flights on Friday after the grounding.';
  assert.deepEqual(statuses(cancelled, 'Pentley Air cancelled dozens of flights on Friday after the grounding.'), ['corroborated']);
  assert.deepEqual(statuses(cancelled, 'Pentley Air cancelled 30 flights on Friday after the grounding.'), ['contested']);
});

test('two storylines told in the same words with other durations are two incidents, not a dispute', () => {
  const plane = analysed('p', 'Harbor Post', `The night flight to Ulvane turned back about 25 minutes later when the crew shut down its port engine. ${FILLER}`);
  const ferry = analysed('q', 'Bay Daily', `The night ferry to Ulvane turned back about twenty minutes later when the crew shut down its port engine. ${FILLER}`);
  const two = new Map([['p', 's1'], ['q', 's2']]);
  const claims = crossCheckClaims([plane, ferry], res, grouping({ storyOf: two }));
  assert.deepEqual(claims.filter((c) => /turned back/.test(c.text)).map((c) => c.status), ['single-source', 'single-source']);
});

test('a lower bound and an approximation it allows are one figure: two stories of one case corroborate the count', () => {
  const set = [
    analysed('o1', 'Harbor Post', `Some 140 divers were searching the reservoir by nightfall, the coastguard said. ${FILLER}`, '2025-04-02'),
    analysed('o2', 'Bay Daily', `More than 120 divers have searched the reservoir. ${FILLER}`, '2025-04-09'),
    analysed('o3', 'Coast Wire', `More than 300 divers have searched the reservoir. ${FILLER}`, '2025-04-09'),
  ];
  const stories = new Map([['o1', 's1'], ['o2', 's2'], ['o3', 's2']]);
  const claims = crossCheckClaims(set, res, grouping({ storyOf: stories }));
  const divers = claims.find((c) => c.support.some((r) => r.documentId === 'o1'))!;
  assert.equal(divers.status, 'corroborated');
  assert.deepEqual(divers.support.map((r) => r.documentId), ['o1', 'o2']);
  assert.deepEqual(divers.conflicts, []);
});

test('two events of one type on days weeks apart are two claims, however alike their words and the figure they mention', () => {
  const set = [
    analysed('v1', 'Harbor Post', `Police detained two brothers on Tuesday over the theft of eleven tractors from the Dravo depot. ${FILLER}`, '2025-03-05'),
    analysed('v2', 'Bay Daily', `Police detained two brothers on Tuesday over the theft of eleven tractors from the Dravo depot. ${FILLER}`, '2025-03-05'),
    analysed('v3', 'Coast Wire', `Prosecutors on Friday charged two brothers with the theft of eleven tractors from the Dravo depot. ${FILLER}`, '2025-04-26'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  const detained = claims.find((c) => /detained/.test(c.text))!;
  assert.equal(detained.status, 'corroborated');
  assert.deepEqual(detained.support.map((r) => r.documentId), ['v1', 'v2']);
  assert.deepEqual(detained.conflicts, []);

  assert.equal(claims.find((c) => /charged/.test(c.text))!.status, 'single-source');
});

test('a figure both clauses mention only in passing does not make them one claim; a clause asserting the count joins either', () => {
  const set = [
    analysed('x1', 'Harbor Post', `The raiders fled the Dravo depot with eleven tractors before dawn. ${FILLER}`, '2025-03-02'),
    analysed('x2', 'Bay Daily', `The insurer paid the Dravo depot for the loss of eleven tractors. ${FILLER}`, '2025-03-30'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const apart = crossCheckClaims(set, res, g).filter((c) => /tractors/.test(c.text));
  assert.deepEqual(apart.map((c) => c.status), ['single-source', 'single-source']);
  const withCount = [...set, analysed('x3', 'Coast Wire', `Eleven tractors were taken from the Dravo depot, the police said. ${FILLER}`, '2025-03-03')];
  const g3: Grouping = { ...g, storyOf: new Map(withCount.map((d) => [d.doc.id, 's1'])) };
  const count = crossCheckClaims(withCount, res, g3).find((c) => c.support.some((r) => r.documentId === 'x3'))!;
  assert.equal(count.status, 'corroborated');
  assert.deepEqual(count.support.map((r) => r.documentId), ['x2', 'x3']);
});

test('the count of those an attempt was to free, taken as known, disputes no other count: the attempt stays corroborated', () => {
  const attempt = `A coast guard cutter gave up a bid to release the 23 crew of the seized trawler Brisvelde on Tuesday night. ${FILLER}`;
  const set = [
    analysed('q1', 'Harbor Post', attempt, '2025-05-07'),
    analysed('q2', 'Coast Wire', attempt, '2025-05-07'),
    analysed('q3', 'Bay Daily', `The gunmen released on Saturday, 10.05.2025, the 22 sailors of the seized trawler Brisvelde. ${FILLER}`, '2025-05-12'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  const called = claims.find((c) => /gave up/.test(c.text))!;
  assert.equal(called.status, 'corroborated');
  assert.deepEqual(called.support.map((r) => r.documentId), ['q1', 'q2']);
  assert.deepEqual(called.conflicts, []);
  assert.deepEqual(claims.filter((c) => c.status === 'contested'), []);
});

test('the terms one side of a bargain set stand for the storyline: a follow-up giving another price disputes them, unless it tells them changed', () => {
  const bid = (id: string, outlet: string, text: string, day: string): AnalysedDocument => analysed(id, outlet, text, day);
  const first = [
    bid('t1', 'Coast Wire', 'Tellerup Mills is offering shareholders of Varnby Paper 41 marks a share in cash.', '2025-03-02'),
    bid('t2', 'Harbor Post', 'The board of Varnby Paper rejected an offer of 41 marks a share from Tellerup Mills.', '2025-03-03'),
  ];
  const stories = [{ id: 's1', title: 'Bid', documentIds: ['t1', 't2'], storylineId: 'L' }, { id: 's2', title: 'Watchdog', documentIds: ['t3'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const later = bid('t3', 'Bay Daily', 'The competition watchdog opened an investigation into Tellerup Mills\' offer of 44 marks a share for Varnby Paper.', '2025-04-10');
  const disputed = crossCheckClaims([...first, later], res, g).find((c) => c.conflicts.length);
  assert.equal(disputed?.status, 'contested');
  assert.deepEqual(disputed.support.map((r) => r.documentId), ['t1', 't2']);
  assert.deepEqual(disputed.conflicts.map((r) => r.documentId), ['t3']);
  const raised = bid('t3', 'Bay Daily', 'Tellerup Mills raised its offer for Varnby Paper to 44 marks a share.', '2025-04-10');
  assert.equal(crossCheckClaims([...first, raised], res, g).filter((c) => c.status === 'contested').length, 0);
});

test('a report the grouping left in a storyline of its own disputes one side\'s terms of a bargain it gives otherwise', () => {
  const set = [
    analysed('r1', 'Coast Wire', 'A gang calling itself Grimlatch has demanded 4 million marks in cryptocurrency from the Tessby hospitals.', '2025-03-02'),
    analysed('r2', 'Harbor Post', 'A gang calling itself Grimlatch has demanded 4 million marks from the Tessby hospitals, the health board said.', '2025-03-02'),
    analysed('r3', 'Bay Radio', 'Good evening. The Grimlatch gang is asking for some 7 million marks in cryptocurrency from the hospitals.', '2025-03-04'),
  ];
  const stories = [{ id: 's1', title: 'Hack', documentIds: ['r1', 'r2'], storylineId: 'L1' }, { id: 's2', title: 'Evening report', documentIds: ['r3'], storylineId: 'L2' }];
  const disputed = crossCheckClaims(set, res, groupingOf(stories)).find((c) => c.conflicts.length);
  assert.equal(disputed?.status, 'contested');
  assert.deepEqual(disputed.conflicts.map((r) => r.documentId), ['r3']);
  // Two storylines of several reports each keep their own bargains.
  const r4 = analysed('r4', 'Hill Courier', 'Good evening. The Grimlatch gang is asking for some 7 million marks in cryptocurrency from the hospitals.', '2025-03-04');
  const apart = [...stories.slice(0, 1), { id: 's2', title: 'Evening report', documentIds: ['r3', 'r4'], storylineId: 'L2' }];
  assert.equal(crossCheckClaims([...set, r4], res, groupingOf(apart)).filter((c) => c.status === 'contested').length, 0);
});

test('an act the event stage has no type for, told with the same verb on days a day apart, is one disputed day; a report\'s own day is no such act', () => {
  const set = [
    analysed('u1', 'Coast Wire', 'The harbour curfew in Brannel was lifted on Monday, June 9, after two quiet nights.', '2025-06-10'),
    analysed('u2', 'Harbor Post', 'Brannel\'s harbour curfew was lifted on June 9 after two quiet nights.', '2025-06-10'),
    analysed('u3', 'Bay Daily', 'The harbour curfew in Brannel was finally lifted on Tuesday, June 10.', '2025-06-20'),
  ];
  const stories = [{ id: 's1', title: 'Curfew', documentIds: ['u1', 'u2'], storylineId: 'L' }, { id: 's2', title: 'Curfew recap', documentIds: ['u3'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const lifted = crossCheckClaims(set, res, g).find((c) => c.conflicts.length);
  assert.equal(lifted?.status, 'contested');
  assert.deepEqual(lifted.support.map((r) => r.documentId), ['u1', 'u2']);
  assert.deepEqual(lifted.conflicts.map((r) => r.documentId), ['u3']);
  const reported = [
    analysed('v1', 'Coast Wire', 'The harbour council of Brannel reported on Monday, June 9, that the curfew would stay.', '2025-06-10'),
    analysed('v2', 'Bay Daily', 'The harbour council of Brannel reported on Tuesday, June 10, that the curfew would stay.', '2025-06-11'),
  ];
  assert.equal(crossCheckClaims(reported, res, grouping({ storyOf: new Map([['v1', 's1'], ['v2', 's1']]) })).filter((c) => c.status === 'contested').length, 0);
});

test('"fell" tells an act the event stage has no type for: two outlets dating the fall a day apart dispute its day', () => {
  const set = [
    analysed('f1', 'Coast Wire', 'The chapel roof in Sevrinholt fell on Monday, June 9, after a week of rain.', '2025-06-10'),
    analysed('f2', 'Harbor Post', 'Sevrinholt\'s chapel roof fell on June 9 after a week of rain.', '2025-06-10'),
    analysed('f3', 'Bay Daily', 'The chapel roof in Sevrinholt fell on Tuesday, June 10.', '2025-06-20'),
  ];
  const stories = [{ id: 's1', title: 'Roof', documentIds: ['f1', 'f2'], storylineId: 'L' }, { id: 's2', title: 'Roof recap', documentIds: ['f3'], storylineId: 'L' }];
  const fell = crossCheckClaims(set, res, groupingOf(stories)).find((c) => c.conflicts.length);
  assert.equal(fell?.status, 'contested');
  assert.deepEqual(fell.support.map((r) => r.documentId), ['f1', 'f2']);
  assert.deepEqual(fell.conflicts.map((r) => r.documentId), ['f3']);
});

test('two outlets giving one holder other shares of the same whole disagree; other holders\' shares do not', () => {
  const set = [
    analysed('w1', 'Coast Wire', 'Mould was found in 6 of the 20 wells tested around Brannel on Monday.', '2025-06-10'),
    analysed('w2', 'Bay Daily', 'Mould turned up in 8 of the 20 wells tested around Brannel on Monday.', '2025-06-12'),
    analysed('w3', 'Harbor Post', 'The Greens won 14 of the 90 seats in Brannel on Monday.', '2025-06-10'),
    analysed('w4', 'Pellwood Times', 'The Liberals won 31 of the 90 seats in Brannel on Monday.', '2025-06-10'),
  ];
  const claims = crossCheckClaims(set, res, grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) }));
  const wells = claims.find((c) => c.conflicts.length);
  assert.equal(wells?.status, 'contested');
  assert.deepEqual(wells.support.map((r) => r.documentId), ['w1']);
  assert.deepEqual(wells.conflicts.map((r) => r.documentId), ['w2']);
  assert.equal(claims.filter((c) => c.status === 'contested').length, 1);
});

test('share price moves told for other days are two moves, not one disputed figure; one day\'s move told with other figures is disputed', () => {
  const moves = [
    analysed('m1', 'Coast Wire', 'Varnby Paper\'s shares rose 2.1 percent to 40.15 marks in Yarrowby after the vote.', '2026-03-24'),
    analysed('m2', 'Bay Daily', 'Varnby Paper shares dropped 4 percent on Thursday in Yarrowby after the vote.', '2026-04-10'),
  ];
  const g = grouping({ storyOf: new Map(moves.map((d) => [d.doc.id, 's1'])) });
  assert.equal(crossCheckClaims(moves, res, g).filter((c) => c.status === 'contested').length, 0);
  const oneDay = [
    analysed('n1', 'Coast Wire', 'Varnby Paper shares dropped 4 percent on Thursday in Yarrowby after the vote.', '2026-04-10'),
    analysed('n2', 'Bay Daily', 'Varnby Paper shares dropped 9 percent on Thursday in Yarrowby after the vote.', '2026-04-10'),
  ];
  const disputed = crossCheckClaims(oneDay, res, grouping({ storyOf: new Map(oneDay.map((d) => [d.doc.id, 's1'])) })).find((c) => c.conflicts.length);
  assert.equal(disputed?.status, 'contested');
});

test('a duration that rejects the figure another outlet gives disputes it, though no event is shared', () => {
  const pair = (rival: string): AnalysedDocument[] => [
    analysed('q1', 'Coast Wire', 'Water from the Quillerby works went out untreated for about seven hours, the operator said in a statement.', '2026-05-02'),
    analysed('q2', 'Bay Daily', rival, '2026-05-03'),
  ];
  const contested = (set: AnalysedDocument[]): number =>
    crossCheckClaims(set, res, grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) })).filter((c) => c.status === 'contested').length;
  assert.equal(contested(pair('By our reckoning the Quillerby water went out untreated for nearly eleven hours, not the seven the operator has given.')), 1);
  // "the few minutes first reported" rejects a few, not seven hours: no answer to that report.
  assert.equal(contested(pair('By our reckoning the Quillerby water went out untreated for nearly eleven hours, not the few minutes first reported.')), 0);
  // Without a rejected figure two lengths of unnamed things do not clash.
  assert.equal(contested(pair('By our reckoning the Quillerby water went out untreated for nearly eleven hours.')), 0);
  const burglary = [
    analysed('d1', 'Coast Wire', 'The burglars broke through a roof panel at the Dalmorrow gallery and were inside for twelve minutes.', '2026-05-02'),
    analysed('d2', 'Bay Daily', 'We now know the burglars were inside for about an hour, not the few minutes first reported.', '2026-05-04'),
  ];
  assert.equal(contested(burglary), 1);
});

test('a chronology line of a follow-up, its act told in the present ("crane collapses"), disputes the day the coverage gives that act', () => {
  const set = [
    analysed('w1', 'Coast Wire', 'A loading crane collapsed onto the quay at Ravelstoke on Tuesday, June 10, injuring four dockers.', '2025-06-11'),
    analysed('w2', 'Harbor Post', 'A loading crane collapsed onto the quay at Ravelstoke on Tuesday, June 10, injuring four dockers.', '2025-06-11'),
    analysed('w3', 'Bay Daily', 'How the Ravelstoke dispute unfolded.\n2025-06-09 - Loading crane collapses onto the Ravelstoke quay, dockers injured\n2025-06-20 - Talks resume', '2025-07-01'),
  ];
  const stories = [{ id: 's1', title: 'Crane', documentIds: ['w1', 'w2'], storylineId: 'L' }, { id: 's2', title: 'Dispute recap', documentIds: ['w3'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const collapse = crossCheckClaims(set, res, g).find((c) => c.conflicts.length);
  assert.equal(collapse?.status, 'contested');
  assert.deepEqual(collapse.conflicts.map((r) => r.documentId), ['w3']);
});

test('two outlets that keep a rare phrase of a fact while rewording the rest corroborate it; a list of the same places does not', () => {
  const set = [
    analysed('w1', 'Harbor Post', `The Pellwood infirmary opened a second ward yesterday. ${FILLER} Port Alder sent two doctors to help.`),
    analysed('w2', 'Bay Daily', `"We have opened a second ward and we are coping." ${FILLER} Fishing boats stayed in port all week.`),
    analysed('w3', 'Coast Wire', `Oil drifted towards the beaches of Port Alder and Pellwood. ${FILLER} The ferry to Port Alder was cancelled.`),
    analysed('w4', 'Pellwood Times', `Schools in Port Alder and Pellwood stayed shut. ${FILLER} A weather station on the pier recorded rain.`),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  const ward = claims.find((c) => /second ward/.test(c.text))!;
  assert.equal(ward.status, 'corroborated');
  assert.deepEqual(ward.support.map((r) => r.documentId), ['w1', 'w2']);
  // "the beaches of Port Alder and Pellwood" / "Schools in Port Alder and Pellwood": the same places, two facts.
  assert.ok(!claims.some((c) => c.support.some((r) => r.documentId === 'w3') && c.support.some((r) => r.documentId === 'w4')));
});

test('one word family is one key term: "would pay", "began paying" and "the payment" of one sum are one claim', () => {
  const set = [
    analysed('p1', 'Harbor Post', `Quellmere Water said it would pay 120 marks to every household under the notice. ${FILLER}`, '2025-03-02'),
    analysed('p2', 'Coast Wire', `Every household under the notice has now received the 120-mark payment, the company said. ${FILLER}`, '2025-03-12'),
    analysed('p3', 'Bay Daily', `The company began paying 120 marks to each household in Ostervale on Saturday. ${FILLER}`, '2025-03-08'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const paid = crossCheckClaims(set, res, g).find((c) => c.support.some((r) => r.documentId === 'p2'))!;
  assert.equal(paid.status, 'corroborated');
  assert.deepEqual(paid.support.map((r) => r.documentId).sort(), ['p1', 'p2', 'p3']);
});

test('two stories of one storyline telling what a named person became in half the words are one claim; two lines of one speaker are not', () => {
  const set = [
    analysed('n1', 'Harbor Post', `Chief executive Ilvar Tremscot was named interim chairman of Oskwith Cement and will open talks with the bidders, the company said. ${FILLER}`, '2025-03-07'),
    analysed('n2', 'Bay Daily', `Ilvar Tremscot, who ran Oskwith Cement as chief executive and then as interim chairman, retired. ${FILLER}`, '2025-09-20'),
    analysed('n3', 'Coast Wire', `Harbour master Ansel Dessary said 57 trawlers had docked. ${FILLER}`, '2025-03-08'),
    analysed('n4', 'Quay Notes', `"The trawlers were ready," harbour master Ansel Dessary said. ${FILLER}`, '2025-09-21'),
  ];
  const stories = [{ id: 's1', title: 'Board changes', documentIds: ['n1', 'n3'], storylineId: 'L' }, { id: 's2', title: 'Chairman retires', documentIds: ['n2', 'n4'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const claims = crossCheckClaims(set, resolveEntities(set), g);
  const chairman = claims.find((c) => /interim chairman of/.test(c.text))!;
  assert.equal(chairman.status, 'corroborated');
  assert.deepEqual(chairman.support.map((r) => r.documentId), ['n1', 'n2']);
  assert.equal(claims.find((c) => /57 trawlers/.test(c.text))!.status, 'single-source');
  // Told in another storyline, the same words are another matter.
  const apart = groupingOf(stories.map((s, i) => ({ ...s, storylineId: `L${i}` })));
  assert.equal(crossCheckClaims(set, resolveEntities(set), apart).find((c) => /interim chairman of/.test(c.text))!.status, 'single-source');
});

test('each further participant two clauses both name makes them likelier one fact told in other words', () => {
  const set = [
    analysed('q1', 'Harbor Post', `Interior minister Idrun Ostrin dismissed the Ormscar police chief Vessant Abelard over the riot. ${FILLER}`),
    analysed('q2', 'Bay Daily', `Vessant Abelard lost his post in Ormscar after the riot, Idrun Ostrin announced. ${FILLER}`),
    docs[4]!,
  ];
  const claims = crossCheckClaims(set, resolveEntities(set), grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) }));
  const dismissed = claims.find((c) => /dismissed/.test(c.text))!;
  assert.equal(dismissed.status, 'corroborated');
  assert.deepEqual(dismissed.support.map((r) => r.documentId), ['q1', 'q2']);
});

test('detentions of two people named by other posts ("the owner" / "the manager") are two acts on their own days, no date dispute', () => {
  const set = [
    analysed('o1', 'Harbor Post', `Police on Tuesday detained the owner of the Brimwold bakery after the explosion. ${FILLER}`, '2026-02-11'),
    analysed('o2', 'Coast Wire', `Police detained the manager of the Brimwold bakery on Monday after the explosion. ${FILLER}`, '2026-02-11'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  assert.deepEqual(crossCheckClaims(set, res, g).filter((c) => c.status === 'contested'), []);
});

test('a clause that only names the act to date a figure of another ("the toll from Tuesday\'s breach has risen") gives no other act that day: the breach told on two days stays disputed', () => {
  const set = [
    analysed('q1', 'Harbor Post', `The Quillmere dam on the Harnvik river burst before dawn on Tuesday. ${FILLER}`, '2025-04-16'),
    analysed('q2', 'Coast Wire', `The Quillmere dam on the Harnvik river burst before dawn on Tuesday. ${FILLER}`, '2025-04-16'),
    analysed('q3', 'Bay Daily', `Rescuers searched for survivors after a dam burst on Monday in the south of Quenmarsh. ${FILLER}`, '2025-04-16'),
    analysed('q4', 'World Brief', `The death toll from Tuesday's breach has risen to 27, the civil protection service said. ${FILLER}`, '2025-04-17'),
    analysed('q5', 'Pellwood Times', `The death toll rose to 27 on Thursday, the civil protection service said. ${FILLER}`, '2025-04-17'),
    analysed('q6', 'Hollowby Courier', `The death toll rose to 27 on Thursday, according to the civil protection service. ${FILLER}`, '2025-04-17'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  const breach = claims.find((c) => c.support.some((r) => r.documentId === 'q1') || c.conflicts.some((r) => r.documentId === 'q1'));
  assert.equal(breach?.status, 'contested', claims.map((c) => `${c.status}: ${c.text}`).join(' | '));
  assert.deepEqual([...breach!.support, ...breach!.conflicts].map((r) => r.documentId).filter((d) => d < 'q4').sort(), ['q1', 'q2', 'q3']);
});

test('a follow-up clause that dates the act in a relative clause and its own finding on another day ("the blackout ... on July 1 found on Thursday") disputes the day the coverage gives the act', () => {
  const set = [
    analysed('h1', 'Coast Wire', 'The blackout in Harnvik began at 9:47 p.m. on June 30, the grid operator said.', '2025-07-02'),
    analysed('h2', 'Harbor Post', 'The blackout in Harnvik began at 9:47 p.m. on June 30, the grid operator said.', '2025-07-02'),
    analysed('h3', 'Bay Daily', 'A parliamentary inquiry into the blackout that cut power to Harnvik on July 1 found on Thursday that the operator had postponed repairs.', '2025-11-14'),
  ];
  const stories = [{ id: 's1', title: 'Blackout', documentIds: ['h1', 'h2'], storylineId: 'L' }, { id: 's2', title: 'Inquiry', documentIds: ['h3'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const blackout = crossCheckClaims(set, res, g).find((c) => c.conflicts.length);
  assert.equal(blackout?.status, 'contested');
  assert.deepEqual(blackout.conflicts.map((r) => r.documentId), ['h3']);
});

test('a figure one source tells in two copies does not outweigh another source\'s earlier figure: one source, one voice', () => {
  const set = [
    analysed('k1', 'Harbor Post', `Tessindale Savings has about 410,000 account holders, the watchdog said. ${FILLER}`, '2026-02-23'),
    analysed('k2', 'Coast Wire', `Tessindale Savings has some 640,000 account holders. ${FILLER}`, '2026-03-01'),
    analysed('k3', 'Bay Daily', `Tessindale Savings has some 640,000 account holders. ${FILLER}`, '2026-03-01'),
  ];
  const g = grouping({ syndicatedFrom: new Map([['k3', 'Coast Wire']]), storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const holders = crossCheckClaims(set, res, g).find((c) => c.status === 'contested');
  assert.deepEqual(holders?.support.map((r) => r.documentId), ['k1']);
  assert.deepEqual(holders?.conflicts.map((r) => r.documentId), ['k2', 'k3']);
});

test('a figure told as a number is the claim before one told only as a floor ("has 640,000" / "more than 700,000"), whichever came first', () => {
  const set = [
    analysed('m1', 'Harbor Post', `Tessindale Savings has more than 700,000 account holders. ${FILLER}`, '2026-02-23'),
    analysed('m2', 'Coast Wire', `Tessindale Savings has 640,000 account holders. ${FILLER}`, '2026-03-01'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const holders = crossCheckClaims(set, res, g).find((c) => c.status === 'contested');
  assert.deepEqual(holders?.support.map((r) => r.documentId), ['m2']);
  assert.deepEqual(holders?.conflicts.map((r) => r.documentId), ['m1']);
});

test('a figure told as a number is the claim before one told only as a ceiling ("was 600 metres" / "less than 150 metres"), whichever came first', () => {
  const set = [
    analysed('n1', 'Harbor Post', `The ferry captain said visibility on the Tarnwick strait was less than 150 metres. ${FILLER}`, '2026-03-01'),
    analysed('n2', 'Coast Wire', `The harbour office said visibility on the Tarnwick strait was 600 metres. ${FILLER}`, '2026-03-01'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const sight = crossCheckClaims(set, res, g).find((c) => c.status === 'contested');
  assert.deepEqual(sight?.support.map((r) => r.documentId), ['n2']);
  assert.deepEqual(sight?.conflicts.map((r) => r.documentId), ['n1']);
});

test('a time told as a correction of another ("at 9.40, not 9.55") is the dispute, the time it rejects the claim, whichever came first', () => {
  const set = [
    analysed('q1', 'Harbor Post', `The Tarnwick ferry sank at 9.40, not 9.55, a harbour pilot said. ${FILLER}`, '2026-03-01'),
    analysed('q2', 'Coast Wire', `The Tarnwick ferry sank at 9.55, the coastguard said. ${FILLER}`, '2026-03-02'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const sank = crossCheckClaims(set, res, g).find((c) => c.status === 'contested');
  assert.deepEqual(sank?.support.map((r) => r.documentId), ['q2']);
  assert.deepEqual(sank?.conflicts.map((r) => r.documentId), ['q1']);
});

test('an act told as going on since a day ("smelled smoke since Sunday") holds a later day of it ("smelled smoke on Monday"): no date dispute', () => {
  const set = [
    analysed('v1', 'Harbor Post', `Tenants said they had smelled smoke in the Fellquorran stairwell since Sunday. ${FILLER}`, '2026-11-11'),
    analysed('v2', 'Coast Wire', `Adalwin Maelstade said his son smelled smoke in the Fellquorran stairwell on Monday. ${FILLER}`, '2026-11-11'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  assert.deepEqual(crossCheckClaims(set, res, g).filter((c) => c.status === 'contested'), []);
});

test('a past form after a modal and "be" tells an act to come, not one done that day: "warned on Sunday that the road should be closed" does not dispute "closed since Saturday"', () => {
  assert.deepEqual(actWordsOf('he had warned the ferry crew at 7am on May 3 that the pier was flooded and should be closed'), ['warn', 'flood']);
  assert.deepEqual(actWordsOf('the council voted to close the pier, which was to be reopened on Monday'), ['vote', 'clos']);
  const set = [
    analysed('r1', 'Harbor Post', `The coast road to the pier has been closed since Saturday. ${FILLER}`, '2026-05-04'),
    analysed('r2', 'Bay Daily', `A ferryman said he had warned the harbour staff at 7am on Sunday that the coast road to the pier was flooded and should be closed. ${FILLER}`, '2026-05-04'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  assert.deepEqual(crossCheckClaims(set, res, g).filter((c) => c.status === 'contested'), []);
});

test('a follow-up clause that only names the accord on the day its start has elsewhere disputes no signing day', () => {
  const set = [
    analysed('k1', 'Harbor Post', `Orsenna and Talvar signed the truce in Calvero on Saturday, October 25. ${FILLER}`, '2025-10-27'),
    analysed('k2', 'Coast Wire', `Orsenna and Talvar signed the truce in Calvero on Saturday, October 25. ${FILLER}`, '2025-10-27'),
    analysed('k3', 'Bay Daily', `The truce between Orsenna and Talvar took effect on October 26. ${FILLER}`, '2025-10-27'),
    analysed('k4', 'Quay Notes', 'The truce was signed in Calvero on October 25 and took effect at midnight, so the first full day of the truce was Sunday the 26th.', '2025-11-02'),
  ];
  const stories = [{ id: 's1', title: 'Truce signed', documentIds: ['k1', 'k2'], storylineId: 'L' }, { id: 's2', title: 'Truce notebook', documentIds: ['k4'], storylineId: 'L' },
    { id: 's3', title: 'Truce in force', documentIds: ['k3'], storylineId: 'L' }];
  const g = grouping({ storyOf: new Map([['k1', 's1'], ['k2', 's1'], ['k3', 's3'], ['k4', 's2']]), stories });
  const claims = crossCheckClaims(set, res, g);
  assert.ok(!claims.some((c) => c.status === 'contested'), claims.map((c) => `${c.status}: ${c.text}`).join(' | '));
});

test('a translated report the grouping keeps in a storyline of its own aligns with the same figure told in alike words', () => {
  const set = [
    analysed('v1', 'Harbor Post', 'Tavrin has thanked Dessingham for sending 400 megawatts of emergency power across the border that night, a government spokesman said. ' + FILLER, '2026-07-01'),
    analysed('v2', 'Coast Wire', '«Dessingham has sent 400 Megawatts of emergency Power across the Border to Tavrin in the Night», declared the Minister. ' + FILLER, '2026-07-01'),
    analysed('v3', 'Bay Daily', 'Engineers in Tavrin restored the last feeder line on Friday, the grid operator said. ' + FILLER, '2026-07-03'),
  ];
  const stories = [{ id: 's1', title: 'Blackout', documentIds: ['v1', 'v3'], storylineId: 'L1' }, { id: 's2', title: 'Help', documentIds: ['v2'], storylineId: 'L2' }];
  const g = groupingOf(stories);
  const power = crossCheckClaims(set, res, g).find((c) => /400 megawatts/i.test(c.text))!;
  assert.equal(power.status, 'corroborated');
  assert.deepEqual(power.support.map((r) => r.documentId), ['v1', 'v2']);
});

test('a follow-up of the storyline retelling a clause in nearly its words aligns; a clause that counts something stays apart from one that does not', () => {
  const set = [
    analysed('p1', 'Harbor Post', 'Inspectors reached the Korvath quarry on Monday. The inspectors promised a full written preliminary report on the quarry within ninety days. ' + FILLER, '2026-03-02'),
    analysed('p2', 'Coast Wire', 'Ellisande Marrowmere leads the inquiry at Korvath. "We promised a preliminary report within ninety days," she said. ' + FILLER, '2026-03-20'),
    analysed('p3', 'Bay Daily', 'The Pellgrave field hospital took in 140 injured workers at the quay. ' + FILLER, '2026-03-09'),
    analysed('p4', 'Harbor Post', 'The Pellgrave field hospital took in its first injured workers at the quay that night, nurses said. ' + FILLER, '2026-03-21'),
  ];
  const stories = [{ id: 's1', title: 'Quarry', documentIds: ['p1', 'p3'], storylineId: 'L' }, { id: 's2', title: 'Inquiry', documentIds: ['p2', 'p4'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const claims = crossCheckClaims(set, res, g);
  const report = claims.find((c) => /preliminary report/.test(c.text))!;
  assert.equal(report.status, 'corroborated');
  assert.deepEqual(report.support.map((r) => r.documentId), ['p1', 'p2']);
  const first = claims.find((c) => c.support.some((r) => r.documentId === 'p4') && /first injured/.test(c.text))!;
  assert.equal(first.status, 'single-source');
});

test('one report setting two named speakers\' counts of the dead side by side disputes the toll, though no two outlets give them on one day', () => {
  const set = [
    analysed('t1', 'Harbor Post', `A landslide buried part of Tovemark on Monday. The regional rescue service said 14 people had been killed. The mayor of Tovemark, Ansel Quirrow, said at least 19 people had died. ${FILLER}`, '2025-10-06'),
    analysed('t2', 'Coast Wire', `In Tovemark the regional rescue service still says fourteen dead. ${FILLER}`, '2025-10-07'),
    analysed('t3', 'Bay Daily', `Mayor Ansel Quirrow of Tovemark says 19 people died in the landslide. ${FILLER}`, '2025-10-09'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const docIds = (rs: { documentId: string }[]): string[] => [...new Set(rs.map((r) => r.documentId))].sort();
  const contested = crossCheckClaims(set, res, g).filter((c) => c.status === 'contested').map((c) => [...docIds(c.support), '|', ...docIds(c.conflicts)]);
  assert.deepEqual(contested, [['t1', 't2', '|', 't1', 't3']]);
});

test('a follow-up page of the same week counting, undated, the hurt of an incident the first page dated disputes that count; months later it does not', () => {
  const first = analysed('h1', 'Harbor Post', 'Seven people were hurt yesterday evening when a tram left the rails at Quessel Corner in Ashmoor.', '2025-03-08');
  const later = (publishedAt: string): AnalysedDocument => analysed('h2', 'Corrick Notes', 'A tram left the rails at Quessel Corner in Ashmoor and eleven people were hurt.', publishedAt);
  const stories = [{ id: 's1', title: 'Tram derails', documentIds: ['h1'], storylineId: 'L' }, { id: 's2', title: 'Tram line review', documentIds: ['h2'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const hurt = crossCheckClaims([first, later('2025-03-12')], res, g).find((c) => c.conflicts.length);
  assert.equal(hurt?.status, 'contested');
  assert.deepEqual(hurt.support.map((r) => r.documentId), ['h1']);
  assert.deepEqual(hurt.conflicts.map((r) => r.documentId), ['h2']);
  assert.equal(crossCheckClaims([first, later('2025-09-20')], res, g).filter((c) => c.conflicts.length).length, 0);
});

test('two stories of one storyline giving the same date to a fact and sharing a rare word of it, told in other words, are one claim', () => {
  const set = [
    analysed('k1', 'Quay Notes', 'Inspectors said the solvent reached the Pennisford plant in a delivery of sorbitol bought from Dunsary Chemicals in September.', '2025-12-02'),
    analysed('k2', 'Coast Wire', 'Dunsary Chemicals, the broker that sold the sorbitol to the plant in September, has closed its office.', '2026-01-15'),
    analysed('k3', 'Bay Daily', 'The Pennisford plant stopped production on Monday while inspectors took samples.', '2025-12-01'),
    analysed('k4', 'Harbor Post', 'Parents of the sick children met the health minister on Friday.', '2025-12-05'),
  ];
  const stories = [{ id: 's1', title: 'Plant shut', documentIds: ['k1', 'k3', 'k4'], storylineId: 'L' }, { id: 's2', title: 'Broker closes', documentIds: ['k2'], storylineId: 'L' }];
  const g = groupingOf(stories);
  const sold = crossCheckClaims(set, res, g).find((c) => /sorbitol/.test(c.text))!;
  assert.equal(sold.status, 'corroborated');
  assert.deepEqual(sold.support.map((r) => r.documentId), ['k1', 'k2']);
  // Another month is no anchor: the two tell two deliveries.
  const other = [set[0]!, analysed('k2', 'Coast Wire', 'Dunsary Chemicals, the broker that sold the sorbitol to the plant in July, has closed its office.', '2026-01-15'), set[2]!, set[3]!];
  assert.equal(crossCheckClaims(other, res, g).find((c) => /sorbitol/.test(c.text))!.status, 'single-source');
});

test('within one story, the same month and a rare word of the fact in common weigh more than dates that merely fit', () => {
  const set = [
    analysed('m1', 'Quay Notes', 'The solvent reached the Pennisford plant in sorbitol bought from a trader in September.', '2025-12-02'),
    analysed('m2', 'Coast Wire', 'The trader that sold them the sorbitol in September has closed its office.', '2025-12-03'),
    analysed('m3', 'Bay Daily', 'The Pennisford plant stopped production on Monday while inspectors took samples.', '2025-12-01'),
    analysed('m4', 'Harbor Post', 'Parents of the sick children met the health minister on Friday.', '2025-12-05'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])), stories: [{ id: 's1', title: 'Plant shut', documentIds: set.map((d) => d.doc.id), storylineId: 'L' }] });
  const sold = crossCheckClaims(set, res, g).find((c) => /sorbitol/.test(c.text))!;
  assert.equal(sold.status, 'corroborated');
  assert.deepEqual(sold.support.map((r) => r.documentId), ['m1', 'm2']);
  // "in 2025" fits September but anchors nothing: the two stay apart.
  const year = [set[0]!, analysed('m2', 'Coast Wire', 'The trader that sold them the sorbitol in 2025 has closed its office.', '2025-12-03'), set[2]!, set[3]!];
  assert.equal(crossCheckClaims(year, res, g).find((c) => /sorbitol/.test(c.text))!.status, 'single-source');
});

test('what one incident did is one figure for the storyline: a follow-up that week giving another count of the same thing disputes it; a count several times another, or months later, is another count', () => {
  const first = [
    analysed('v1', 'Coast Wire', 'The operator of the Brevicka Tunnel said eleven vehicles were trapped behind the burning tanker.', '2025-01-14'),
    analysed('v2', 'Harbor Post', 'Officials at the Brevicka Tunnel said eleven vehicles were trapped behind the tanker.', '2025-01-14'),
    // Other news of the week, so that the words of the tunnel fire are rare in the corpus as they are in real coverage.
    analysed('v4', 'Coast Wire', 'The Sollenmark ferry resumed its winter timetable after storms kept it in port for two days.', '2025-01-15'),
    analysed('v5', 'Harbor Post', 'A weather station on the pier recorded eleven millimetres of rain, the heaviest in a decade.', '2025-01-16'),
    analysed('v6', 'Bay Daily', 'Fishermen in Kadrinel voted to accept the new quota after a meeting of the cooperative.', '2025-01-16'),
  ];
  const stories = [{ id: 's1', title: 'Tunnel fire', documentIds: ['v1', 'v2'], storylineId: 'L' }, { id: 's2', title: 'Tunnel report', documentIds: ['v3'], storylineId: 'L' },
    { id: 's3', title: 'Other news', documentIds: ['v4', 'v5', 'v6'], storylineId: 'M' }];
  const g = groupingOf(stories);
  const report = analysed('v3', 'Bay Daily', 'The inquiry into the Brevicka Tunnel fire counted 14 vehicles trapped behind the tanker.', '2025-01-19');
  const disputed = crossCheckClaims([...first, report], res, g).find((c) => c.conflicts.length);
  assert.equal(disputed?.status, 'contested');
  assert.deepEqual(disputed.support.map((r) => r.documentId), ['v1', 'v2']);
  assert.deepEqual(disputed.conflicts.map((r) => r.documentId), ['v3']);
  // Thirty-five vehicles, three times eleven, count something else the follow-up tells of.
  const other = analysed('v3', 'Bay Daily', 'The inquiry into the Brevicka Tunnel fire counted 35 vehicles trapped behind the tanker.', '2025-01-19');
  assert.equal(crossCheckClaims([...first, other], res, g).filter((c) => c.status === 'contested').length, 0);
  // Months later the storyline may hold another fire in the same tunnel.
  const later = analysed('v3', 'Bay Daily', 'The inquiry into the Brevicka Tunnel fire counted 14 vehicles trapped behind the tanker.', '2025-06-11');
  assert.equal(crossCheckClaims([...first, later], res, g).filter((c) => c.status === 'contested').length, 0);
});

/** Unrelated harbour news, so that two reports of one fact stand out among pages that share its words only by chance. */
const PORT_FILLER = [
  'The ferry to Pellwood will run twice a day from June, the operator announced.',
  'Fishermen in Port Alder landed a record catch of mackerel this spring.',
  'The council approved a new car park beside the ferry terminal.',
  'A new lighthouse keeper took up the post on the island on Monday.',
  'The port authority said 40 new moorings would open in July.',
  'Customs officers seized 300 kilograms of tobacco from a trawler on Tuesday.',
  'The regatta drew 2,000 visitors to the seafront on Saturday.',
  'The fish market will close for repairs on August 4, the council said.',
];

test('a day one outlet gives and its month another gives, with a rare word of the fact in common, anchor one fact across stories; two days of a month do not', () => {
  const other = PORT_FILLER;
  const run = (day: string, when: string) => {
    const set = [
      analysed('v1', 'Harbor Post', `Worth knowing: the Ostervane had its ballast pumps refitted in Brakkel on ${day}.`, '2025-12-20'),
      analysed('v2', 'Bay Daily', `The inspectors found that a valve fitted during a ballast pump refit ${when} had jammed.`, '2026-02-11'),
      ...other.map((t, i) => analysed(`v${i + 3}`, `Outlet ${i}`, t, '2025-12-20')),
    ];
    const stories = [{ id: 's1', title: 'Ostervane', documentIds: ['v1'], storylineId: 'L' }, { id: 's2', title: 'Ostervane report', documentIds: ['v2'], storylineId: 'L' },
      ...other.map((_, i) => ({ id: `o${i}`, title: 'Other', documentIds: [`v${i + 3}`], storylineId: `M${i}` }))];
    const g = groupingOf(stories);
    return crossCheckClaims(set, res, g).find((c) => /ballast/.test(c.text))!;
  };
  const refit = run('November 2', 'in November');
  assert.equal(refit.status, 'corroborated');
  assert.deepEqual(refit.support.map((r) => r.documentId), ['v1', 'v2']);
  assert.equal(run('November 2', 'on November 20').status, 'single-source');
});

test('the same kind of event dated to a year by one outlet and to a month of that year by another, with a rare word of it in common, is one fact across stories; another year is not', () => {
  const other = PORT_FILLER;
  const run = (when: string) => {
    const set = [
      analysed('v1', 'Harbor Post', 'The Ostervane was built in Brakkel and failed a hull inspection in October 2025.', '2025-12-20'),
      analysed('v2', 'Bay Daily', `The Ostervane failed a seaworthiness inspection ${when} and kept sailing.`, '2026-02-11'),
      ...other.map((t, i) => analysed(`v${i + 3}`, `Outlet ${i}`, t, '2025-12-20')),
    ];
    const stories = [{ id: 's1', title: 'Ostervane', documentIds: ['v1'], storylineId: 'L' }, { id: 's2', title: 'Ostervane report', documentIds: ['v2'], storylineId: 'L' },
      ...other.map((_, i) => ({ id: `o${i}`, title: 'Other', documentIds: [`v${i + 3}`], storylineId: `M${i}` }))];
    return crossCheckClaims(set, res, groupingOf(stories)).find((c) => /inspection/.test(c.text) && c.support.some((r) => r.documentId === 'v2'))!;
  };
  const failed = run('last year');
  assert.equal(failed.status, 'corroborated');
  assert.deepEqual(failed.support.map((r) => r.documentId), ['v1', 'v2']);
  assert.equal(run('in 2023').status, 'single-source');
});

test('a past form closing a hyphened compound modifies a noun, no act: "the tornado-struck town" dates no striking', () => {
  assert.deepEqual(actWordsOf('the governor visited the tornado-struck town of Drellby on Friday'), ['visit']);
  assert.deepEqual(actWordsOf('a tornado struck Drellby on Thursday'), ['strik']);
});

test('a day told between a verb of saying and its "that" dates the report: "said early this morning that the curfew had been lifted" disputes no "lifted" of the day before', () => {
  const stories = [{ id: 's1', title: 'Curfew', documentIds: ['x1', 'x2', 'x3'], storylineId: 'L' }];
  const act = [
    analysed('x1', 'Coast Wire', 'The harbour curfew in Brannel was lifted on Monday, June 9, after two quiet nights.', '2025-06-10'),
    analysed('x2', 'Harbor Post', 'Brannel\'s harbour curfew was lifted on June 9 after two quiet nights.', '2025-06-10'),
  ];
  const report = analysed('x3', 'Bay Daily', 'The harbour council said early this morning that the harbour curfew in Brannel had been lifted after two quiet nights.', '2025-06-10');
  assert.equal(crossCheckClaims([...act, report], res, groupingOf(stories)).filter((c) => c.status === 'contested').length, 0);
  const told = analysed('x3', 'Bay Daily', 'The harbour curfew in Brannel was finally lifted on Tuesday, June 10.', '2025-06-11');
  assert.equal(crossCheckClaims([...act, told], res, groupingOf(stories)).filter((c) => c.status === 'contested').length, 1);
});

test('what a source told an outlet in the corpus rests on that outlet: relaying it adds no source', () => {
  const set = [
    analysed('t1', 'Radio Kessel', 'The dockers\' union says a Marrow Freight plan puts 640 jobs at risk at the Pellbridge depot.', '2025-05-02'),
    analysed('t2', 'Quay Post', 'The dockers\' union told Radio Kessel that a Marrow Freight plan puts 640 jobs at risk at the Pellbridge depot.', '2025-05-03'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const jobs = crossCheckClaims(set, res, g).find((c) => c.support.length === 2)!;
  assert.equal(jobs.independentSources, 1);
  assert.equal(jobs.status, 'single-source');
  // Told to reporters, the union's words reach each outlet on its own.
  const own = [set[0]!, analysed('t3', 'Quay Post', 'The dockers\' union told reporters that a Marrow Freight plan puts 640 jobs at risk at the Pellbridge depot.', '2025-05-03')];
  assert.equal(crossCheckClaims(own, res, grouping({ storyOf: new Map(own.map((d) => [d.doc.id, 's1'])) })).find((c) => c.support.length === 2)?.status, 'corroborated');
  // An outlet naming itself ("told the Post") is still its own source.
  const self = [set[0]!, analysed('t4', 'Quay Post', 'The dockers\' union told the Post that a Marrow Freight plan puts 640 jobs at risk at the Pellbridge depot.', '2025-05-03')];
  assert.equal(crossCheckClaims(self, res, grouping({ storyOf: new Map(self.map((d) => [d.doc.id, 's1'])) })).find((c) => c.support.length === 2)?.status, 'corroborated');
});

test('a plan of an act does not corroborate the report that the act was done', () => {
  const set = [
    analysed('q1', 'Harbor Post', `The first tenants of the flooded Haskelby estate should be paid by the end of the month, the council said. ${FILLER}`, '2025-03-02'),
    analysed('q2', 'Bay Daily', `The first tenants of the flooded Haskelby estate were paid on Friday, the council said. ${FILLER}`, '2025-03-29'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const paid = crossCheckClaims(set, res, g).filter((c) => /tenants/.test(c.text));
  assert.deepEqual(paid.map((c) => [c.status, c.support.map((r) => r.documentId)]), [['single-source', ['q1']], ['single-source', ['q2']]]);
});

test('an undated count on the page after the day another story of the storyline dates it to is the same count: a rival', () => {
  const set = [
    analysed('r1', 'Coast Wire', `Seven prisoners got out through the fence behind the laundry at Carrowmead jail. ${FILLER}`, '2025-03-05'),
    analysed('r2', 'Harbor Post', `Inspectors found that on Tuesday, March 4, five prisoners cut through the laundry fence at Carrowmead jail. ${FILLER}`, '2025-09-17'),
  ];
  const stories = [{ id: 's1', title: 'Jailbreak', documentIds: ['r1'], storylineId: 'L' }, { id: 's2', title: 'Inspection', documentIds: ['r2'], storylineId: 'L' }];
  const rival = crossCheckClaims(set, res, groupingOf(stories)).find((c) => c.status === 'contested');
  assert.ok(rival);
  assert.equal(rival.support.length + rival.conflicts.length, 2);
  // A page two days after the dated day tells a count of its own day.
  const later = [set[0]!, analysed('r3', 'Harbor Post', `Inspectors found that on Monday, March 3, five prisoners cut through the laundry fence at Carrowmead jail. ${FILLER}`, '2025-09-17')];
  const stories2 = [{ id: 's1', title: 'Jailbreak', documentIds: ['r1'], storylineId: 'L' }, { id: 's2', title: 'Inspection', documentIds: ['r3'], storylineId: 'L' }];
  assert.equal(crossCheckClaims(later, res, groupingOf(stories2)).filter((c) => c.status === 'contested').length, 0);
});

test('a clause about a coming day does not corroborate a clause about a past day', () => {
  const set = [
    analysed('r1', 'Harbor Post', `The Pellmoor town council votes on the Haskelby harbour levy next Thursday. ${FILLER}`, '2025-03-04'),
    analysed('r2', 'Bay Daily', `The Pellmoor town council on Thursday approved the Haskelby harbour levy by nine votes to four. ${FILLER}`, '2025-03-14'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const levy = crossCheckClaims(set, res, g).filter((c) => /levy/.test(c.text));
  assert.deepEqual(levy.map((c) => [c.status, c.support.map((r) => r.documentId)]), [['single-source', ['r1']], ['single-source', ['r2']]]);
});

test('a clause about a coming month does not corroborate a clause about a past day of another act', () => {
  const set = [
    analysed('r3', 'Harbor Post', `The Pellmoor town council is expected to vote on the Haskelby harbour levy early next month. ${FILLER}`, '2025-03-04'),
    analysed('r4', 'Bay Daily', `The Pellmoor town council on Thursday ratified the Haskelby harbour levy by nine votes to four. ${FILLER}`, '2025-04-12'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const levy = crossCheckClaims(set, res, g).filter((c) => /levy/.test(c.text));
  assert.deepEqual(levy.map((c) => [c.status, c.support.map((r) => r.documentId)]), [['single-source', ['r3']], ['single-source', ['r4']]]);
});

test('two totals of one thing ("all 9 depots" / "All 12 of the board\'s depots") told in other words are one disputed claim', () => {
  const set = [
    analysed('t1', 'Harbor Post', `The strike at the Ostrevan Transit Board shut the ticket halls in all 9 depots on Monday. ${FILLER}`),
    analysed('t2', 'Coast Wire', `All 12 of the board's depots are closed, the union said. ${FILLER}`),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const claims = crossCheckClaims(set, res, g);
  const of = (id: string) => claims.find((c) => /depot/.test(c.text) && [...c.support, ...c.conflicts].some((r) => r.documentId === id))!;
  assert.equal(of('t1').status, 'contested');
  assert.equal(of('t1'), of('t2'));
});

test('an estimate put at "the number" right after its page counted the same people disputes that count', () => {
  const page = analysed('w', 'Brisk Mills Courier', 'The weavers\' guild said 820 of its members had joined the stoppage at Brisk Mills. '
    + 'The Brisk Mills board, which employs them, put the number at about 500 and said the night looms had run as usual.');
  const grouped: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['w', 's1']]), stories: [] };
  const claims = crossCheckClaims([page], res, grouped);
  const strike = claims.find((c) => /820/.test(c.text))!;
  assert.equal(strike.status, 'contested');
  assert.equal(strike.support.length + strike.conflicts.length, 2);
});

test('two stories of one storyline that set the same act for days a day apart dispute that day', () => {
  const set = [
    analysed('p1', 'Harbor Post', 'Mayor-elect Odile Varnhout is due to be sworn in on May 20, the council said.', '2025-05-12'),
    analysed('p2', 'Bay Daily', 'Odile Varnhout is due to be sworn in on May 20 at the town hall.', '2025-05-12'),
    analysed('p3', 'Quay Notes', 'The inauguration of the new mayor is planned on 21 May in the town hall, notes the agency.', '2025-05-14'),
  ];
  const stories = [{ id: 's1', title: 'Varnhout wins', documentIds: ['p1', 'p2'], storylineId: 'L' }, { id: 's2', title: 'New mayor', documentIds: ['p3'], storylineId: 'L' }];
  const sworn = crossCheckClaims(set, res, groupingOf(stories)).find((c) => c.conflicts.length);
  assert.equal(sworn?.status, 'contested');
  assert.deepEqual(sworn.support.map((r) => r.documentId), ['p1', 'p2']);
  assert.deepEqual(sworn.conflicts.map((r) => r.documentId), ['p3']);
});

test('a workers\' federation is an interested party: its figure is the dispute, the authority\'s the claim', () => {
  const set = [
    analysed('w1', 'Harbor Post', `The port authority said 40 dockers were laid off on Monday. ${FILLER}`, '2025-12-29'),
    analysed('w2', 'Coast Wire', `The Tessling Dockworkers' Federation says 55 dockers were laid off on Monday. ${FILLER}`, '2025-12-30'),
    analysed('w3', 'World Brief', `The Tessling Dockworkers' Federation insists 55 dockers were laid off on Monday. ${FILLER}`, '2025-12-31'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const laidOff = crossCheckClaims(set, res, g).find((c) => c.status === 'contested')!;
  assert.deepEqual(laidOff.support.map((r) => r.documentId), ['w1']);
  assert.deepEqual(laidOff.conflicts.map((r) => r.documentId), ['w2', 'w3']);
});

test('a sentence that puts its count "one more than" another source announced disputes that count across stories', () => {
  const set = [
    analysed('g1', 'Vellmarch Radio', 'The navy says two sailors were killed and five wounded at the Tarnquay depot. Divers searched the harbour all night.', '2025-06-11'),
    analysed('g2', 'Orskevale Valley Gazette', 'Three sailors were killed when flares hit the Tarnquay depot on the harbour road, the depot commander told the Gazette, one more than the Admiralty announced on Wednesday. The depot reopened on Sunday.', '2025-06-15'),
  ];
  // Two stories of no storyline: the grouping told the follow-up apart from the first report.
  const g = grouping({ storyOf: new Map([['g1', 's1'], ['g2', 's2']]) });
  const killed = crossCheckClaims(set, res, g).find((c) => /sailors were killed/.test(c.text))!;
  assert.equal(killed.status, 'contested');
  assert.deepEqual([...killed.support, ...killed.conflicts].map((r) => r.documentId).sort(), ['g1', 'g2']);
  // Without the gap the two pages of two stories are two incidents.
  const plain = [set[0]!, analysed('g2', 'Orskevale Valley Gazette', 'Three sailors were killed when flares hit the Tarnquay depot on the harbour road, the depot commander told the Gazette. The depot reopened on Sunday.', '2025-06-15')];
  assert.ok(crossCheckClaims(plain, res, g).filter((c) => /sailors were killed/.test(c.text)).every((c) => c.status === 'single-source'));
});

test('a later report that rejects a figure by its value (", not one as the utility said") disputes that figure in its storyline', () => {
  const set = [
    analysed('v1', 'Pellquarrow Echo', 'Halvory Water said its records show a single call about a burst main on Tarvisquay Lane. Crews dug through the night.', '2025-03-02'),
    analysed('v2', 'Quarn Wire', 'The inquiry found that the Halvory Water hotline logged four calls about the burst main on Tarvisquay Lane, not one as the utility said at the time. Its report runs to 80 pages.', '2025-06-20'),
  ];
  // One storyline, two stories: the inquiry months on is a follow-up the grouping kept apart.
  const stories = [{ id: 's1', title: 'Burst main', documentIds: ['v1'], storylineId: 'L' }, { id: 's2', title: 'Water inquiry', documentIds: ['v2'], storylineId: 'L' }];
  const calls = crossCheckClaims(set, res, groupingOf(stories)).find((c) => /calls? about/.test(c.text))!;
  assert.equal(calls.status, 'contested');
  assert.deepEqual([...calls.support, ...calls.conflicts].map((r) => r.documentId).sort(), ['v1', 'v2']);
});

test('how fast a vessel went when it struck is one figure of the event: another outlet\'s speed told days later disputes it', () => {
  const set = [
    analysed('k1', 'Coast Wire', `According to tracking data, the barge Tollimere was moving at about 9 knots when it struck the Ravelsey lock gate. ${FILLER}`, '2025-04-08'),
    analysed('k2', 'Harbor Post', `The owner, Pennavar Shipping, said its barge was going slowly, under seven knots. ${FILLER}`, '2025-04-10'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const speed = crossCheckClaims(set, res, g).filter((c) => /knots/.test(c.text));
  assert.deepEqual(speed.map((c) => [c.status, c.support.map((r) => r.documentId), c.conflicts.map((r) => r.documentId)]), [['contested', ['k1'], ['k2']]]);
});

test('a closure with no end set ("until further notice", "indefinitely") disputes a closure told for a month; "at least a month" allows either', () => {
  const FILL = 'Volunteers from Orrenby handed out tea at the chapel on Ambervoy Street.';
  const set = [
    analysed('w1', 'Harbour Post', `A scaffold fell on Ambervoy Street on Monday. The Ambervoy depot is closed for one month, the council said. ${FILL}`, '2026-03-03'),
    analysed('w2', 'Bay Daily', `A scaffold fell on Ambervoy Street on Monday. The Ambervoy depot will stay closed for at least a month, police said. ${FILL}`, '2026-03-03'),
    analysed('w3', 'Coast Wire', `A scaffold fell on Ambervoy Street on Monday. The depot is closed until further notice. ${FILL}`, '2026-03-03'),
  ];
  const g = grouping({ storyOf: new Map(set.map((d) => [d.doc.id, 's1'])) });
  const shut = crossCheckClaims(set, res, g).find((c) => c.status === 'contested')!;
  assert.deepEqual([...new Set(shut.support.map((r) => r.documentId))].sort(), ['w1', 'w2']);
  assert.deepEqual([...new Set(shut.conflicts.map((r) => r.documentId))], ['w3']);
});

test('the size of one named thing set up is one figure of the storyline: another outlet\'s size months on disputes it; a fine of the same unit does not', () => {
  const set = [
    analysed('f1', 'Coast Wire', 'The Tavrenholt council set up a 2.5 million grivnet relief fund for the flooded farms of Ostrebay on Monday.', '2025-03-04'),
    analysed('f2', 'Harbor Post', 'The Tavrenholt council set up a 2.5 million grivnet relief fund for the flooded farms of Ostrebay, the mayor said.', '2025-03-04'),
    analysed('f3', 'Bay Daily', 'Farmers in Ostrebay say the Tavrenholt relief fund of 4 million grivnets has paid out almost nothing since the floods.', '2025-06-20'),
    analysed('f4', 'Quay Notes', 'A court in Tavrenholt handed the Ostrebay dairy a 3 million grivnet fine over the slurry spill during the floods.', '2025-06-27'),
  ];
  const stories = [{ id: 's1', title: 'Floods', documentIds: ['f1', 'f2'], storylineId: 'L' }, { id: 's2', title: 'Flood aftermath', documentIds: ['f3'], storylineId: 'L' },
    { id: 's3', title: 'Dairy fined', documentIds: ['f4'], storylineId: 'L' }];
  const contested = crossCheckClaims(set, res, groupingOf(stories)).filter((c) => c.status === 'contested');
  assert.equal(contested.length, 1);
  assert.deepEqual(contested[0]!.support.map((r) => r.documentId), ['f1', 'f2']);
  assert.deepEqual(contested[0]!.conflicts.map((r) => r.documentId), ['f3']);
});

test('a clause that rejects an earlier figure a few words after its own ("35 metres of wall, not the 25 metres first reported") disputes that figure', () => {
  const set = [
    analysed('g1', 'Coast Wire', 'The gale flattened a 25-metre section of the Oskerwald boundary wall, the estate manager said.', '2025-04-02'),
    analysed('g2', 'Bay Daily', 'The gale flattened about 35 metres of the Oskerwald boundary wall, not the 25 metres first reported.', '2025-04-09'),
  ];
  const stories = [{ id: 's1', title: 'Gale', documentIds: ['g1'], storylineId: 'L' }, { id: 's2', title: 'Gale damage', documentIds: ['g2'], storylineId: 'L' }];
  const wall = crossCheckClaims(set, res, groupingOf(stories)).find((c) => /gale/i.test(c.text))!;
  assert.equal(wall.status, 'contested');
  assert.deepEqual(wall.support.map((r) => r.documentId), ['g1']);
  assert.deepEqual(wall.conflicts.map((r) => r.documentId), ['g2']);
});
