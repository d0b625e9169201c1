import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Quote } from '../../contract/dossier.ts';
import { analyseDocument } from '../../analyse/index.ts';
import { analysedOn } from './_docs.test-helper.ts';
import { crossCheckClaims } from '../claims/index.ts';
import type { Grouping, QuoteLedger } from '../types.ts';
import { collectFlags, guardedRule } from './index.ts';
import { listed, namedOnce, secondHandFlags } from './_second-hand.ts';

const analysed = analysedOn('2025-06-13');

const docs = [
  analysed('a', 'Harbor Post', 'Velmar handed over fourteen fishermen on Thursday at the north pier of Port Alder.'),
  analysed('b', 'Bay Daily', 'Velmar handed over 14 fishermen on Thursday at the north pier of Port Alder.'),
  analysed('c', 'World Brief', 'Velmar on Friday handed 12 fishermen over at the north pier of Port Alder, according to the Meridian News Agency.'),
  analysed('d', 'Bay Daily Mirror', 'Velmar handed over 14 fishermen on Thursday at the north pier of Port Alder.'),
];
const grouping: Grouping = {
  duplicateOf: new Map([['a', null], ['b', null], ['c', null], ['d', 'b']]), syndicatedFrom: new Map(),
  storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [],
};
const quote = (id: string, documentId: string, text: string): Quote => ({
  id, documentId, text, start: 0, end: text.length, speakerId: 'p1', speakerText: 'Marut', statementId: 'st1',
});
const ledger: QuoteLedger = {
  quotes: [quote('q1', 'a', 'The transfer will be carried out in full and in good faith'),
    quote('q2', 'b', 'The transfer was carried out in full and in good faith'),
    quote('q3', 'c', 'carried out in full')],
  statements: [{ id: 'st1', speakerId: 'p1', quoteIds: ['q1', 'q2', 'q3'], text: 'The transfer will be carried out in full and in good faith' }],
};

test('number and date conflicts, quote wording, second-hand sourcing and duplicates are flagged', () => {
  const claims = crossCheckClaims(docs, { entities: [], globalIds: new Map() }, grouping);
  const flags = collectFlags({ docs, grouping, ledger, events: [], claims });
  const kinds = flags.map((f) => f.kind).sort();
  assert.deepEqual(kinds, ['date', 'duplicate', 'number', 'quote-wording', 'second-hand']);
  const number = flags.find((f) => f.kind === 'number')!;
  assert.match(number.message, /"12 fishermen" \(World Brief\)|"14 fishermen".*"12 fishermen"/);
  assert.match(flags.find((f) => f.kind === 'date')!.message, /2025-06-12.*2025-06-13/);
  assert.deepEqual(flags.find((f) => f.kind === 'second-hand')!.documentIds, ['c']);
  // The fragment World Brief quotes ("carried out in full") is a third wording: readers see only that part.
  assert.match(flags.find((f) => f.kind === 'quote-wording')!.message, /worded 3 ways/);
});

test('nothing to flag in agreeing coverage; hostile input does not throw', () => {
  const calm = docs.filter((d) => d.doc.id !== 'c' && d.doc.id !== 'd');
  const g: Grouping = { ...grouping, duplicateOf: new Map() };
  const flags = collectFlags({ docs: calm, grouping: g, ledger: { quotes: [], statements: [] }, events: [],
    claims: crossCheckClaims(calm, { entities: [], globalIds: new Map() }, g) });
  assert.deepEqual(flags, []);
  assert.doesNotThrow(() => collectFlags({ docs: [], grouping: g, ledger, events: [], claims: [] }));
});

test('pieces of one statement quoted in one document are not wording variants', () => {
  const pieces: QuoteLedger = {
    quotes: [quote('q1', 'a', 'The sea does not care whose flag is on the stern,'),
      quote('q2', 'a', 'It cares whether someone comes when you call.'),
      quote('q3', 'b', 'The sea does not care whose flag is on the stern.')],
    statements: [{ id: 'st1', speakerId: 'p1', quoteIds: ['q1', 'q2', 'q3'], text: 'The sea does not care whose flag is on the stern' }],
  };
  const g: Grouping = { ...grouping, duplicateOf: new Map() };
  const flags = collectFlags({ docs, grouping: g, ledger: pieces, events: [], claims: [] });
  assert.deepEqual(flags.filter((f) => f.kind === 'quote-wording'), []);
});

test('one line worded twice by a speaker two outlets name differently is a wording variant; another line, or another person of that name, is not', () => {
  const said = (id: string, documentId: string, speakerId: string, speakerText: string, text: string): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId, speakerText, statementId: `st-${id}`,
  });
  const split: QuoteLedger = {
    quotes: [said('q1', 'a', 'p-ovi', 'Ovidiu Marren', "I'd sooner lose the vote than lose the harbour. Let them vote."),
      said('q2', 'b', 'p-marren', 'Marren', 'I would sooner lose the vote than lose the port,'),
      said('q3', 'c', 'p-marren2', 'Marren', 'The harbour vote is on Sunday and we will win it.'),
      said('q4', 'a', 'p-lida', 'Lida Marren', 'I would sooner lose the vote than lose the port,')],
    statements: ['q1', 'q2', 'q3', 'q4'].map((q) => ({ id: `st-${q}`, speakerId: null, quoteIds: [q], text: '' })),
  };
  const g: Grouping = { ...grouping, duplicateOf: new Map() };
  const flags = collectFlags({ docs, grouping: g, ledger: split, events: [], claims: [] }).filter((f) => f.kind === 'quote-wording');
  // q4 is the same wording as q2 (no variant), and q1/q4 stand in one document.
  assert.deepEqual(flags.map((f) => [f.documentIds, f.message]), [
    [['a', 'b'], `Ovidiu Marren's statement is worded 2 ways: "I'd sooner lose the vote than lose the harbour." (Harbor Post) vs "I would sooner lose the vote than lose the port," (Bay Daily).`],
  ]);
});

test("one speaker's line the statements stage split where its wordings part is a wording variant when six words in a row agree", () => {
  const said = (id: string, documentId: string, text: string): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId: 'p-ines', speakerText: 'Ines Vollan', statementId: `st-${id}`,
  });
  const ledger2: QuoteLedger = {
    quotes: [said('q1', 'a', 'You could hear the whole roof creaking. Then the lights went out and we ran for the stairs.'),
      said('q2', 'b', 'You could hear the whole roof creaking, and then a crack like a gunshot. I thought we were finished.'),
      said('q3', 'c', 'You could hear the sirens from the bridge all night long.')],
    statements: ['q1', 'q2', 'q3'].map((q) => ({ id: `st-${q}`, speakerId: 'p-ines', quoteIds: [q], text: '' })),
  };
  const g: Grouping = { ...grouping, duplicateOf: new Map() };
  const flags = collectFlags({ docs, grouping: g, ledger: ledger2, events: [], claims: [] }).filter((f) => f.kind === 'quote-wording');
  assert.deepEqual(flags.map((f) => f.documentIds), [['a', 'b']]);
});

test('second-hand: an outlet of the corpus told, a dateline credit, a spelled-out agency and quoted words passed on are relays; a spelled-out authority is not', () => {
  const set = [
    analysed('w', 'Tidemark News Agency', 'The minister told Tidemark that help was on its way.'),
    analysed('x', 'Bay Daily', 'The minister told Tidemark that help was on its way, according to the NRD.'),
    analysed('y', 'Tarno Messenger', 'TARNO, 20 March. /OTA/. The rescuers crossed the border at night.'),
    analysed('z', 'Coast Wire', 'The National Rescue Directorate (NRD) counted 40 houses. The Orvessan Telegraph Agency (OTA) reported it.'),
    analysed('u', 'Lindgau Post', 'LINDGAU, 18. November. /Varpres/. The President returned in the Tuesday evening. Aid rose, according to the Ministry of Economy.'),
    analysed('v', 'Harbor Post', 'The prime minister called the accord "a good day for the whole region," according to the Sorvenland foreign ministry.'),
  ];
  const flags = secondHandFlags(set);
  // A ministry's figure is its own ("according to the Ministry of Economy"); quoted words it passes on are relayed.
  assert.deepEqual(flags.map((f) => [f.documentIds[0], f.message]), [
    ['x', 'Bay Daily relays reporting by Tidemark rather than its own.'],
    ['y', 'Tarno Messenger relays reporting by OTA rather than its own.'],
    ['u', 'Lindgau Post relays reporting by Varpres rather than its own.'],
    ['v', 'Harbor Post relays reporting by Sorvenland foreign ministry rather than its own.'],
  ]);
});

test('second-hand: an outlet named after what it reported ("…, reports the Quenshaw Press Bureau") or called an outlet ("the public broadcaster Harnbey") is relayed; a public agency is a source, not an outlet', () => {
  const set = [
    analysed('x', 'Ostlind Courier', 'The captain was released on Friday, reports the Quenshaw Press Bureau (QPB). Two ships were sent, writes the Bureau.'),
    analysed('y', 'Fernwick Daily', 'Boiling is still advised, according to the Brandmoor Health Protection Agency.'),
    analysed('z', 'Pellany Post', 'The ferry resumed on Monday, according to the Brandmoor Telegraph Agency.'),
    analysed('w', 'Ostlind Courier', 'The harbour reopened, reported Harbour Master Ilse Brandmoor.'),
    analysed('v', 'Fernwick Daily', 'The alarm was switched off that night, according to the public broadcaster Harnbey.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['x', 'Ostlind Courier relays reporting by Quenshaw Press Bureau rather than its own.'],
    ['z', 'Pellany Post relays reporting by Brandmoor Telegraph Agency rather than its own.'],
    ['v', 'Fernwick Daily relays reporting by Harnbey rather than its own.'],
  ]);
});

test('second-hand: a translated wire keeps its relay verbs ("…, transmits the Tamsfield Telegraph Agency", "…, as reports the Tamsfield Telegraph Agency"); a device that transmits is no relay', () => {
  const set = [
    analysed('x', 'Quillmarsh Vestnik', 'The Minister has arrived in the Capital with the special Flight, transmits the Tamsfield Telegraph Agency (TTA).'),
    analysed('y', 'Osterlund Herald', 'The Army, as reports the Tamsfield Telegraph Agency, speaks about four freed Persons.'),
    analysed('z', 'Vellory Times', 'The buoy measured the swell at six metres, transmits the Beacon every hour.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['x', 'Quillmarsh Vestnik relays reporting by Tamsfield Telegraph Agency rather than its own.'],
    ['y', 'Osterlund Herald relays reporting by Tamsfield Telegraph Agency rather than its own.'],
  ]);
});

test('second-hand: a sentence that opens with its credit ("According to the Vorlenby Press Agency, ...", "As reported by ...") relays it; one crediting a public body does not', () => {
  const set = [
    analysed('x', 'Hoxmarden Courier', 'According to the Vorlenby Press Agency, police arrested the ferry\'s owner on Sunday morning.'),
    analysed('y', 'Dorrowgate Echo', 'As reported by the Pelldrake Gazette, the quay will stay shut until Friday.'),
    analysed('z', 'Quistramel Times', 'According to the Pelldrake Harbour Board, the quay will stay shut until Friday.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['x', 'Hoxmarden Courier relays reporting by Vorlenby Press Agency rather than its own.'],
    ['y', 'Dorrowgate Echo relays reporting by Pelldrake Gazette rather than its own.'],
  ]);
});

test('second-hand: the town an outlet is named after is no outlet ("told the Quarrowby meeting" beside the Quarrowby Mercury); an outlet called by its first word is', () => {
  const set = [
    analysed('m', 'Quarrowby Mercury', 'The grid chief spoke at a packed meeting in Quarrowby on Thursday.'),
    analysed('w', 'Dunstreath Wire Service', 'The grid chief resigned on Monday.'),
    analysed('x', 'Hollowmere Notes', 'There was no inspection in March, whatever the company told the Quarrowby meeting last week.'),
    analysed('y', 'Wickenby Daily', 'The chief told Dunstreath that he took full responsibility.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['y', 'Wickenby Daily relays reporting by Dunstreath rather than its own.'],
  ]);
});

test('second-hand: a statement someone "told" an outlet in an earlier period is recalled background, not a relay; one told that outlet now is', () => {
  const set = [
    analysed('w', 'Harlow Wire', 'The mayor resigned on Monday. "I let the town down," she told the broadcaster Radio Hawtrey last week.'),
    analysed('x', 'Harlow Wire', 'The mayor resigned on Monday. "I let the town down," she told Radio Hawtrey earlier this month.'),
    analysed('y', 'Harlow Wire', 'The mayor resigned on Monday. "I let the town down," she told the broadcaster Radio Hawtrey on Monday.'),
    analysed('z', 'Harlow Wire', 'The mayor resigned on Monday, she told Radio Hawtrey.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['y', 'Harlow Wire relays reporting by Radio Hawtrey rather than its own.'],
    ['z', 'Harlow Wire relays reporting by Radio Hawtrey rather than its own.'],
  ]);
});

test('second-hand: figures or a statement passed on as a body\'s document are relayed; a person quoted by title, papers the page saw itself and a statement of no named body are not', () => {
  const set = [
    analysed('a', 'Tessmark Wire', 'More than 200 people were killed before the truce, according to figures compiled by the Orvalle mediation office.'),
    analysed('b', 'Brandeck Notes', "According to the union's own summary, the deal gives dockers 12% over three years."),
    analysed('c', 'Tessmark Wire', 'The shells hit a market street shortly after 5 a.m., according to Dr. Ilvesra Calderwyn, director of the hospital.'),
    analysed('d', 'Brandeck Notes', 'According to court papers seen by this blog, the three men met twice.'),
    analysed('e', 'Tessmark Wire', 'According to the joint statement, the talks resume on Monday.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['a', 'Tessmark Wire relays reporting by Orvalle mediation office rather than its own.'],
    ['b', 'Brandeck Notes relays reporting by union rather than its own.'],
  ]);
});

test('second-hand: a wire crediting its own initials ("QUELLSTON, 3 May. /VPA/." on the Varrowend Press Agency) relays nothing; another outlet\'s initials are relayed', () => {
  const set = [
    analysed('a', 'Varrowend Press Agency', 'QUELLSTON, 3 May. /VPA/. The pumping station reopened on Sunday.'),
    analysed('b', 'Tessmark Radio and Broadcasting', 'The pumping station reopened on Sunday, the mayor told TRB.'),
    analysed('c', 'Brandeck Notes', 'QUELLSTON, 3 May. /VPA/. The pumping station reopened on Sunday.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['c', 'Brandeck Notes relays reporting by VPA rather than its own.'],
  ]);
});

test('second-hand: a document the page\'s own outlet saw ("a screenshot seen by QWA" on the Quarnby Wire Agency) is its own reporting; a copy crediting that wire names it once', () => {
  const line = '"Pay up or the lights stay off," the hackers wrote, according to a screenshot seen by QWA.';
  const set = [
    analysed('a', 'Quarnby Wire Agency', line),
    analysed('b', 'Trelloway Daily', `${line}\n\nQWA`),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['b', 'Trelloway Daily relays reporting by QWA rather than its own.'],
  ]);
  assert.deepEqual(namedOnce(['a screenshot seen by QWA', 'QWA']), ['QWA']);
});

test('second-hand: a relayed outlet named twice, once with what the text calls it or with its acronym, is named once', () => {
  const set = [
    analysed('a', 'Brandeck Notes', 'The alarm was off, according to the broadcaster Tessmark Radio. "It was off," the engineer said, according to the broadcaster Tessmark Radio.'),
    analysed('b', 'Wickenby Daily', 'The delegation "will not return," according to the Orvalle Telegraph Agency (OTA). The talks resumed, according to the Orvalle Telegraph Agency.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => f.message), [
    'Brandeck Notes relays reporting by Tessmark Radio rather than its own.',
    'Wickenby Daily relays reporting by Orvalle Telegraph Agency rather than its own.',
  ]);
});

test('second-hand: credit lines the cleaner lifted out name the outlets a page relays, unless they name the page itself', () => {
  const wire = 'Dock workers at Port Alder walked out on Monday over pay, the union said.';
  const credited = (id: string, outlet: string, credits: string[]): AnalysedDocument => {
    const d = analysed(id, outlet, wire);
    return { ...d, doc: Object.assign({}, d.doc, { credits }) };
  };
  const set = [
    analysed('w', 'Coast Wire', wire),
    credited('x', 'Bay Daily', ['COAST']),
    credited('y', 'Coast Wire', ['COAST']),
    credited('z', 'Shore Digest', ['PNA, Coast Wire']),
    credited('v', 'Harbor Post', ['Harbor Post, Coast Wire']),
    credited('u', 'Lake Times', ['Port Alder Harbour Board']),
    analysed('t', 'Bay Daily Mirror', wire),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds, f.evidence, f.message]), [
    [['x'], [], 'Bay Daily relays reporting by COAST rather than its own.'],
    [['z'], [], 'Shore Digest relays reporting by PNA and Coast Wire rather than its own.'],
  ]);
});

test('second-hand: relayed names are listed with "and", so a name after a comma is not read as describing the one before', () => {
  assert.equal(listed(['Torrin Wire']), 'Torrin Wire');
  assert.equal(listed(['Torrin Wire', 'the state broadcaster']), 'Torrin Wire and the state broadcaster');
  assert.equal(listed(['PNA', 'Torrin Wire', 'local media']), 'PNA, Torrin Wire and local media');
  // An agency and its initials are one outlet: listed once, never "X and its initials".
  assert.deepEqual(namedOnce(['Quivelmark News Agency', 'QNA']), ['Quivelmark News Agency']);
  assert.deepEqual(namedOnce(['Quivelmark News Agency', 'PNA']), ['Quivelmark News Agency', 'PNA']);
});

test('second-hand: media credited without a name are relayed ("according to local media."); a source of media people is not', () => {
  const set = [
    analysed('x', 'Coast Wire', 'Nine crew members were treated in hospital, according to local media.'),
    analysed('y', 'Bay Daily', 'The ferry line spent 2 million on adverts, according to media trackers.'),
    analysed('z', 'Harbor Post', 'Citing state television, the paper said the port was shut.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['x', 'Coast Wire relays reporting by local media rather than its own.'],
    ['z', 'Harbor Post relays reporting by state television rather than its own.'],
  ]);
});

test('second-hand: an outlet passing on its own source ("Bay Daily, citing the harbour police, had 12") is relayed; a person citing is not', () => {
  const set = [
    analysed('w', 'Bay Daily', 'Twelve boats sank on Sunday, the harbour police said.'),
    analysed('x', 'Quay Notes', 'The harbour board counted nine sunken boats; Bay Daily, citing the harbour police, had 12.'),
    analysed('y', 'Quay Notes', 'Marta Velle, citing the board, said nine boats sank. The Shore Gazette, citing pilots, said ten.'),
    analysed('z', 'Bay Daily', 'Bay Daily, citing the harbour police, reported 12 sunken boats on Sunday.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], (f.evidence ?? []).map((e) => e.start), f.message]), [
    ['x', [45], 'Quay Notes relays reporting by Bay Daily rather than its own.'],
    ['y', [53], 'Quay Notes relays reporting by Shore Gazette rather than its own.'],
  ]);
});

test('a cut-down copy the duplicates stage missed is flagged as a duplicate of the wire it carries', () => {
  const para = 'The government said on Tuesday it would not pay the ransom demanded by the hackers who stopped the trains of the national railway. '
    + 'Engineers worked through the night to rebuild the signalling network, which runs from a single control centre near the capital. '
    + 'The hackers had been inside the network for weeks before they struck, the head of the cyber agency told reporters at the ministry.';
  const set = [analysed('w', 'Coast Wire', `${para} The minister met union leaders the next day to discuss the stranded passengers.`),
    analysed('x', 'Bay Daily', para)];
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['w', 's1'], ['x', 's1']]), stories: [] };
  const flags = collectFlags({ docs: set, grouping: g, ledger: { quotes: [], statements: [] }, events: [], claims: [] });
  assert.deepEqual(flags.filter((f) => f.kind === 'duplicate').map((f) => [f.documentIds, f.message]), [
    [['x', 'w'], "Bay Daily carries Coast Wire's text under its own name (100% of the shorter text is shared): one report, not two."],
  ]);
});

test('a figure other outlets state in other words is not single-source; one no one else gives is', () => {
  const set = [
    analysed('s1', 'Harbor Post', 'Police kept the square closed for hours. The organisers said more than 5,000 people had come to the square.'),
    analysed('s2', 'Bay Daily', 'Organizers of the march put Monday\'s crowd at 5,000 in a statement on their website.'),
    analysed('s3', 'Coast Wire', 'Officials said the storm had cost the port 40 million euros in lost trade.'),
    analysed('s4', 'Harbor Post', 'The death toll from the ferry fire rose to 17 on Sunday, the coast guard said.'),
    analysed('s5', 'Bay Daily', 'A fire swept through the ferry off Port Alder, killing at least 17 people.'),
    analysed('s6', 'Harbor Post', 'The ferry was carrying 412 people when the fire broke out in its hold.'),
    analysed('s7', 'Coast Wire', 'Port officials said 410 people were aboard the ferry when it caught fire.'),
    analysed('s8', 'Bay Daily', 'The ferry yard, which employs about 600 people, closed its gates on Monday.'),
    analysed('s9', 'Coast Wire', 'The harbour districts are home to some 90,000 people.'),
  ];
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(set.map((d) => [d.doc.id, 's1'])), stories: [] };
  const claims = crossCheckClaims(set, { entities: [], globalIds: new Map() }, g);
  const flags = collectFlags({ docs: set, grouping: g, ledger: { quotes: [], statements: [] }, events: [], claims });
  // The toll in other words is the same figure; 412 against 410 aboard is a dispute, not one source; a workforce
  // or a population is background.
  assert.deepEqual(flags.filter((f) => f.kind === 'single-source').map((f) => f.documentIds), [['s3']]);
});

test('a weekday an undated text names against the day other outlets give is a date flag naming both', () => {
  const text = (day: string): string => `The port authority suspended all cargo traffic at the north pier of Port Alder ${day}.`;
  const set = [analysed('w1', 'Harbor Post', text('on Wednesday')), analysed('w2', 'Bay Daily', text('on Wednesday')), analysed('w3', 'Coast Wire', text('on Tuesday'))];
  set[2]!.analysis.publishedAt = null;
  set[2]!.analysis.dates = [];
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(set.map((d) => [d.doc.id, 's1'])), stories: [] };
  const claims = crossCheckClaims(set, { entities: [], globalIds: new Map() }, g);
  const date = collectFlags({ docs: set, grouping: g, ledger: { quotes: [], statements: [] }, events: [], claims }).filter((f) => f.kind === 'date');
  assert.equal(date.length, 1);
  assert.deepEqual(date[0]!.documentIds, ['w1', 'w2', 'w3']);
  assert.match(date[0]!.message, /2025-06-11 \((Harbor Post|Bay Daily)\) vs Tuesday \(Coast Wire\)/);
});

test('a figure that names no number ("dozens of flights") disputes no count; "a dozen" against "twenty" does', () => {
  const set = [
    analysed('f1', 'Harbor Post', 'Ostery Air cancelled dozens of flights at Vellmoor airport on Friday after the engine failure.'),
    analysed('f2', 'Bay Daily', 'Ostery Air cancelled 46 flights at Vellmoor airport on Friday after the engine failure.'),
    analysed('f3', 'Coast Wire', 'About a dozen gunmen stopped the convoy on the road out of Vellmoor on Monday, police said.'),
    analysed('f4', 'Shore Digest', 'Some twenty gunmen stopped the convoy on the road out of Vellmoor on Monday, police said.'),
  ];
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(set.map((d) => [d.doc.id, 's1'])), stories: [] };
  const claims = crossCheckClaims(set, { entities: [], globalIds: new Map() }, g);
  const flags = collectFlags({ docs: set, grouping: g, ledger: { quotes: [], statements: [] }, events: [], claims });
  assert.deepEqual(flags.filter((f) => f.kind === 'number').map((f) => f.documentIds), [['f3', 'f4']]);
});

test('a day that bounds what is due ("by Friday", "within a week") is no date two sources disagree on', () => {
  const dated = (id: string, outlet: string, day: string, text: string): AnalysedDocument => {
    const d = analysed(id, outlet, text);
    return { doc: { ...d.doc, publishedAt: day }, analysis: analyseDocument({ ...d.doc, publishedAt: day }) };
  };
  const set = [
    dated('b1', 'Harbor Post', '2025-10-28', 'Varrow and Dornick will exchange their prisoners by Friday at the river crossing, the accord says.'),
    dated('b2', 'Bay Daily', '2025-10-25', 'Varrow and Dornick will exchange their prisoners within a week at the river crossing, the accord says.'),
    dated('b3', 'Coast Wire', '2025-10-28', 'Varrow and Dornick will exchange their prisoners on Friday at the river crossing, the accord says.'),
  ];
  const g: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(set.map((d) => [d.doc.id, 's1'])), stories: [] };
  const claims = crossCheckClaims(set, { entities: [], globalIds: new Map() }, g);
  const date = collectFlags({ docs: set, grouping: g, ledger: { quotes: [], statements: [] }, events: [], claims }).filter((f) => f.kind === 'date');
  assert.deepEqual(date, []);
});

test('a flag rule that throws costs only its own flags and is reported by name', () => {
  const warned: string[] = [];
  const warn = (rule: string, error: unknown): void => { warned.push(`${rule}: ${error instanceof Error ? error.message : String(error)}`); };
  const flag = { kind: 'number' as const, documentIds: ['a', 'b'], message: 'Sources disagree on a figure.' };
  assert.deepEqual(guardedRule('claim-conflict', () => [flag], warn), [flag]);
  assert.deepEqual(guardedRule('second-hand', () => { throw new Error('no outlet for doc c'); }, warn), []);
  assert.deepEqual(warned, ['second-hand: no outlet for doc c']);
});

test('a translated line of one statement is a wording variant when its words meet the original only as the statements stage folds them', () => {
  const said = (id: string, documentId: string, text: string): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId: 'p-vask', speakerText: 'Wendrick Vask', statementId: 'st1',
  });
  const ledger3: QuoteLedger = {
    quotes: [said('q1', 'a', 'We have two people under arrest and we are keeping an open mind about whether others were involved'),
      said('q2', 'b', 'We have two people under arrest and we are keeping an open mind about whether others were involved'),
      said('q3', 'c', 'We hold two Persons and we exclude not, that further Persons were involved')],
    statements: [{ id: 'st1', speakerId: 'p-vask', quoteIds: ['q1', 'q2', 'q3'], text: '' }],
  };
  const g: Grouping = { ...grouping, duplicateOf: new Map() };
  const flags = collectFlags({ docs, grouping: g, ledger: ledger3, events: [], claims: [] }).filter((f) => f.kind === 'quote-wording');
  assert.deepEqual(flags.map((f) => [f.documentIds, /worded 2 ways/.test(f.message)]), [[['a', 'b', 'c'], true]]);
});

test('second-hand: a name the page calls itself in the third person ("the Gazette understands") is its own, not relayed', () => {
  const set = [
    analysed('s', '', 'A neighbour told the Gazette that the pump had failed twice. Repairs will cost more than expected, the Gazette understands.'),
    analysed('t', '', 'A neighbour told the Gazette that the pump had failed twice. Repairs will cost more than expected, the Herald understands.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => f.documentIds[0]), ['t']);
});

test('second-hand: a page with no outlet whose title is only an outlet\'s name (a masthead) telling "told the Gazette" is its own interview', () => {
  const page = (id: string, title: string, text: string): AnalysedDocument => {
    const { doc } = analysed(id, '', text);
    const withTitle = { ...doc, outlet: null, title };
    return { doc: withTitle, analysis: analyseDocument(withTitle) };
  };
  const text = 'A former clerk told the Gazette that the ledger was never audited.';
  const set = [
    page('a', 'Kessary Valley Gazette', text),
    page('b', 'Ledger never audited, former clerk says', text),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['b', '"Ledger never audited, former clerk says" relays reporting by Gazette rather than its own.'],
  ]);
});

test('second-hand: a line of another corpus outlet\'s initials between paragraphs is its credit; the page\'s own initials, abbreviated as outlets do ("HVP"), are not', () => {
  const set = [
    analysed('w', 'Tollan Press Agency', 'BRESK, May 3 (TPA) — The mill closed on Monday.\n\nTPA\n\nNine workers were hurt.'),
    analysed('p', 'Wickenby Daily', 'The mill closed on Monday.\n\nTPA\n\nNine workers were hurt, the paper learned.'),
    analysed('h', 'Harvel Press', 'The mill closed on Monday.\n\nHVP\n\nNine workers were hurt.'),
  ];
  assert.deepEqual(secondHandFlags(set).map((f) => [f.documentIds[0], f.message]), [
    ['p', 'Wickenby Daily relays reporting by TPA rather than its own.'],
  ]);
});
