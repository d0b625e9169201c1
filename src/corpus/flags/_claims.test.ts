import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Claim, Flag } from '../../contract/dossier.ts';
import { analysedOn } from './_docs.test-helper.ts';
import { claimFlags, singleSourceFlags } from './_claims.ts';

const analysed = analysedOn('2025-06-14');

/** A contested claim whose support and conflicts are the first claim each document makes. */
function contested(support: AnalysedDocument[], conflicts: AnalysedDocument[]): Claim {
  const ref = (d: AnalysedDocument): Claim['support'][number] => {
    const c = d.analysis.claims[0]!;
    return { documentId: d.doc.id, start: c.start, end: c.end };
  };
  return { id: 'c1', text: 'claim', status: 'contested', support: support.map(ref), conflicts: conflicts.map(ref) };
}

const lookup = (set: AnalysedDocument[]): Map<string, AnalysedDocument> => new Map(set.map((d) => [d.doc.id, d]));

test('a number flag quotes the figure most documents of each side state, not the first pair met', () => {
  const set = [
    analysed('n1', 'Harbor Post', 'The storm destroyed 40 houses in Tarnfield on Monday, the mayor said.'),
    analysed('n2', 'Bay Daily', 'The storm destroyed 40 houses in Tarnfield on Monday, the mayor said.'),
    analysed('n3', 'Coast Wire', 'The storm destroyed 90 houses in Tarnfield on Monday, the mayor said.'),
    analysed('n4', 'Shore Digest', 'The storm destroyed 70 houses in Tarnfield on Monday, the mayor said.'),
    analysed('n5', 'Valley Courier', 'The storm destroyed 70 houses in Tarnfield on Monday, the mayor said.'),
  ];
  const flags = claimFlags([contested(set.slice(0, 2), set.slice(2))], lookup(set));
  assert.deepEqual(flags.map((f) => [f.kind, f.documentIds, f.message]), [
    ['number', ['n1', 'n2', 'n3', 'n4', 'n5'], 'Sources disagree on a figure: "40 houses" (Harbor Post) vs "70 houses" (Shore Digest).'],
  ]);
});

test('a number flag names two outlets before it weighs how many documents state each figure', () => {
  const set = [
    analysed('o1', 'Harbor Post', 'The storm destroyed 40 houses in Tarnfield on Monday, the mayor said.'),
    analysed('o2', 'Harbor Post', 'The storm destroyed 70 houses in Tarnfield on Monday, the mayor said.'),
    analysed('o3', 'Harbor Post', 'The storm destroyed 70 houses in Tarnfield on Monday, the mayor said.'),
    analysed('o4', 'Coast Wire', 'The storm destroyed 90 houses in Tarnfield on Monday, the mayor said.'),
  ];
  const flags = claimFlags([contested([set[0]!], set.slice(1))], lookup(set));
  assert.equal(flags[0]!.message, 'Sources disagree on a figure: "40 houses" (Harbor Post) vs "90 houses" (Coast Wire).');
});

test('a date flag shows the day most documents of the other side give, two outlets apart', () => {
  const set = [
    analysed('d1', 'Harbor Post', 'Rebels seized the Orvik Vale dam on 11 June, officials said.'),
    analysed('d2', 'Bay Daily', 'Rebels seized the Orvik Vale dam on 10 June, officials said.'),
    analysed('d3', 'Coast Wire', 'Rebels seized the Orvik Vale dam on 12 June, officials said.'),
    analysed('d4', 'Shore Digest', 'Rebels seized the Orvik Vale dam on 12 June, officials said.'),
  ];
  const flags = claimFlags([contested([set[0]!], set.slice(1))], lookup(set));
  assert.deepEqual(flags.map((f) => [f.kind, f.documentIds, f.message]), [
    ['date', ['d1', 'd2', 'd3', 'd4'], 'Sources disagree on a date: 2025-06-11 (Harbor Post) vs 2025-06-12 (Coast Wire).'],
  ]);
});

test('a claim that disputes two figures (how many, and what they are worth) raises a number flag for each', () => {
  const set = [
    analysed('v1', 'Harbor Post', 'Thieves took six statues worth 12 million crowns from the Tarnfield museum on Monday, police said.'),
    analysed('v2', 'Coast Wire', 'Thieves took eight statues worth 20 million crowns from the Tarnfield museum on Monday, police said.'),
  ];
  const flags = claimFlags([contested([set[0]!], [set[1]!])], lookup(set));
  assert.deepEqual(flags.map((f) => [f.kind, f.documentIds, f.message]), [
    ['number', ['v1', 'v2'], 'Sources disagree on a figure: "six statues" (Harbor Post) vs "eight statues" (Coast Wire).'],
    ['number', ['v1', 'v2'], 'Sources disagree on a figure: "12 million crowns" (Harbor Post) vs "20 million crowns" (Coast Wire).'],
  ]);
});

test('a clause the event stage types otherwise, set against another outlet\'s day of the act, is a date flag naming its one day', () => {
  const set = [
    analysed('u1', 'Harbor Post', 'Taddeus Greum resigned as chairman of the Tarnfield port board on 12 June, the board said.'),
    analysed('u2', 'Bay Daily', 'Taddeus Greum resigned as chairman of the Tarnfield port board on 12 June, the board said.'),
    analysed('u3', 'Coast Wire', 'Taddeus Greum quit the Tarnfield port board on 11 June.'),
    analysed('u4', 'Shore Digest', 'Taddeus Greum quit the Tarnfield port board on 4 June.'),
  ];
  const flags = claimFlags([contested(set.slice(0, 2), [set[2]!])], lookup(set));
  assert.deepEqual(flags.map((f) => [f.kind, f.documentIds, f.message]), [
    ['date', ['u1', 'u2', 'u3'], 'Sources disagree on a date: 2025-06-12 (Harbor Post) vs 2025-06-11 (Coast Wire).'],
  ]);
  // A week apart is another act, not the same one told on another day.
  assert.deepEqual(claimFlags([contested(set.slice(0, 2), [set[3]!])], lookup(set)), []);
});

test('of figures stated as often, a number flag sets against each other the two told of the same thing, not the nearest', () => {
  const set = [
    analysed('f1', 'Harbor Post', 'Kessrow made an offer of 41 crowns a share for Varnley Cement on Monday.'),
    analysed('f2', 'Coast Wire', 'Varnley Cement shares closed at 39 crowns on Monday.'),
    analysed('f3', 'Shore Digest', 'The regulator is studying the Kessrow offer of 44 crowns a share for Varnley Cement.'),
  ];
  const flags = claimFlags([contested([set[0]!], set.slice(1))], lookup(set));
  assert.deepEqual(flags.map((f) => f.message), ['Sources disagree on a figure: "41 crowns" (Harbor Post) vs "44 crowns" (Shore Digest).']);
});

test('a number word two clauses happen to share ("two days after" / "Two weeks ago") does not make them tell of the same thing', () => {
  const set = [
    analysed('w1', 'Harbor Post', 'The minister pledged a rebuilding fund of 80 million crowns for Fennaby, two days after the floods.'),
    analysed('w2', 'Coast Wire', 'Two weeks ago, the government paid the first 25 million crowns of the rebuilding fund into a town account.'),
    analysed('w3', 'Shore Digest', 'A rebuilding fund of 150 million crowns was promised.'),
  ];
  const flags = claimFlags([contested([set[0]!], set.slice(1))], lookup(set));
  assert.deepEqual(flags.map((f) => f.message), ['Sources disagree on a figure: "80 million crowns" (Harbor Post) vs "150 million crowns" (Shore Digest).']);
});

test('an act the event stage has no type for, dated a day apart with the same verb, is a date flag', () => {
  const set = [
    analysed('a1', 'Harbor Post', 'The boil-water notice in Quellbury was lifted on 13 June.'),
    analysed('a2', 'Coast Wire', 'The notice was finally lifted on 12 June, the Quellbury council said.'),
  ];
  const flags = claimFlags([contested([set[0]!], [set[1]!])], lookup(set));
  assert.deepEqual(flags.map((f) => [f.kind, f.message]), [['date', 'Sources disagree on a date: 2025-06-13 (Harbor Post) vs 2025-06-12 (Coast Wire).']]);
});

test('a claim whose clashes are about days that never meet raises a date flag for each; a day told against two neighbours is one', () => {
  const set = [
    analysed('t1', 'Harbor Post', 'Rebels seized the Orvik Vale dam on 11 June, officials said.'),
    analysed('t2', 'Harbor Post', 'Floods destroyed the Orvik Vale bridge on 4 June, officials said.'),
    analysed('t3', 'Coast Wire', 'Rebels seized the Orvik Vale dam on 10 June, officials said.'),
    analysed('t4', 'Coast Wire', 'Floods destroyed the Orvik Vale bridge on 3 June, officials said.'),
    analysed('t5', 'Shore Digest', 'Rebels seized the Orvik Vale dam on 12 June, officials said.'),
  ];
  assert.deepEqual(claimFlags([contested(set.slice(0, 2), set.slice(2, 4))], lookup(set)).map((f) => [f.documentIds, f.message]), [
    [['t1', 't3'], 'Sources disagree on a date: 2025-06-11 (Harbor Post) vs 2025-06-10 (Coast Wire).'],
    [['t2', 't4'], 'Sources disagree on a date: 2025-06-04 (Harbor Post) vs 2025-06-03 (Coast Wire).'],
  ]);
  assert.equal(claimFlags([contested([set[0]!], [set[2]!, set[4]!])], lookup(set)).length, 1);
});

test('a running count told on pages days apart is no number flag; told the same day it is', () => {
  const early = analysedOn('2025-12-30')('r1', 'Helm Wire', 'Two bodies have been recovered from the snow at Harnskar, police said.');
  const late = analysedOn('2026-01-06')('r2', 'Valley Messenger', 'Nine bodies have been recovered from the snow at Harnskar, police said.');
  const sameDay = analysedOn('2025-12-31')('r3', 'Valley Messenger', 'Nine bodies have been recovered from the snow at Harnskar, police said.');
  const set = [early, late, sameDay];
  assert.deepEqual(claimFlags([contested([early], [late])], lookup(set)), []);
  assert.deepEqual(claimFlags([contested([early], [sameDay])], lookup(set)).map((f) => f.message), [
    'Sources disagree on a figure: "Two bodies" (Helm Wire) vs "Nine bodies" (Valley Messenger).',
  ]);
  // What one incident did is one figure whatever day it is told on.
  const told = analysedOn('2025-12-30')('r4', 'Helm Wire', 'The avalanche at Harnskar killed two people, police said.');
  const retold = analysedOn('2026-01-06')('r5', 'Valley Messenger', 'The avalanche at Harnskar killed nine people, police said.');
  assert.equal(claimFlags([contested([told], [retold])], lookup([told, retold])).length, 1);
});

/** A single-source claim on the clause of `doc` that holds `words`. */
function singleOn(doc: AnalysedDocument, words: string): Claim {
  const c = doc.analysis.claims.find((x) => x.text.includes(words))!;
  return { id: `c-${doc.doc.id}`, text: c.text, status: 'single-source', support: [{ documentId: doc.doc.id, start: c.start, end: c.end }], conflicts: [] };
}

test('a figure a page credits to another outlet whose own page gives another figure is no single-source flag', () => {
  const set = [
    // Days later: a running count then is no rival of the others' (see the same-time test below).
    analysedOn('2025-06-18')('k1', 'Pinecliff Radio', 'Police said eleven people were still missing after the avalanche above Harnskar.'),
    analysed('k2', 'Alpine Brief', 'Seventeen people are missing in the Harnskar ski resort, according to the broadcaster Pinecliff Radio.'),
    analysed('k3', 'Summit Digest', 'Seventeen people are missing in the Harnskar ski resort, the resort said.'),
  ];
  assert.deepEqual(singleSourceFlags([singleOn(set[1]!, 'Seventeen')], lookup(set.slice(0, 2))), []);
  // Told on the page's own word (or the resort's), the figure is this page's alone.
  assert.deepEqual(singleSourceFlags([singleOn(set[2]!, 'Seventeen')], lookup([set[0]!, set[2]!])).map((f) => f.documentIds), [['k3']]);
});

test('the missing told as bodies recovered and people still missing are the count of the missing, no single-source figure', () => {
  const set = [
    analysedOn('2025-06-18')('m1', 'Pinecliff Radio', 'Police said eleven people were still missing after the avalanche above Harnskar.'),
    analysed('m2', 'Brelvast Listok', 'Six bodies are recovered, five persons remain missing, writes the agency.'),
    analysed('m3', 'Brelvast Listok', 'Six bodies are recovered, four persons remain missing, writes the agency.'),
  ];
  assert.deepEqual(singleSourceFlags([singleOn(set[1]!, 'five')], lookup(set)), []);
  assert.deepEqual(singleSourceFlags([singleOn(set[2]!, 'four')], lookup(set)).map((f) => f.documentIds), [['m3']]);
});

test('the count of a page\'s sources, an earlier incident recalled and what a works serves are no single-source figures; the news is', () => {
  const set = [
    analysed('g1', 'Korrin Ledger', 'The board voted the offer down at about 2am on Sunday, according to two people who were present.'),
    analysed('g2', 'Korrin Ledger', 'The last outbreak of this kind in Dunmoor was in 2019, when 30 people fell ill after a wedding.'),
    analysed('g3', 'Korrin Ledger', 'The inspector asked how a works that serves forty thousand people could run without chlorine.'),
    analysed('g4', 'Korrin Ledger', 'Thirty people fell ill after a wedding in Dunmoor on Saturday, the health office said.'),
  ];
  const flags = singleSourceFlags([singleOn(set[0]!, 'two'), singleOn(set[1]!, '30'), singleOn(set[2]!, 'forty'), singleOn(set[3]!, 'Thirty')], lookup(set));
  assert.deepEqual(flags.map((f) => f.documentIds), [['g4']]);
});

test('the count of a page\'s sources told after what they said ("two people familiar with the inquiry said") is no single-source figure', () => {
  const set = [
    analysed('s1', 'Dellory Wire', 'The letter was found on Tuesday and gave the council five days to answer, two people familiar with the inquiry said.'),
    analysed('s2', 'Dellory Wire', 'The letter was found on Tuesday, and three officials with knowledge of the talks met the mayor.'),
    analysed('s3', 'Dellory Wire', 'Two people were hurt when the letter was opened on Tuesday, the police said.'),
  ];
  const flags = singleSourceFlags([singleOn(set[0]!, 'two'), singleOn(set[1]!, 'three'), singleOn(set[2]!, 'Two')], lookup(set));
  assert.deepEqual(flags.map((f) => f.documentIds), [['s3']]);
});

test('a count another outlet gives as a round bound that allows it ("more than 20") is no single-source figure', () => {
  const set = [
    analysed('h1', 'Ravelby Courier', 'Three people died in the fire at the Orlant depot and 21 were injured, the fire service said.'),
    analysed('h2', 'Brisham Radio', 'Three people died at the Orlant depot, more than 20 were injured.'),
    analysed('h3', 'Kelvane Wire', 'Three people died at the Orlant depot, more than 5 were injured.'),
  ];
  assert.deepEqual(singleSourceFlags([singleOn(set[0]!, '21')], lookup(set.slice(0, 2))), []);
  // "more than 5" allows 21 but is no rounding of it: the 21 is still one source's.
  assert.deepEqual(singleSourceFlags([singleOn(set[0]!, '21')], lookup([set[0]!, set[2]!])).map((f) => f.documentIds), [['h1']]);
});

test('a count another outlet gives otherwise for the same thing, told in the same words, is a dispute, no single-source figure', () => {
  const set = [
    analysed('s1', 'Ravelby Courier', 'Nine people were hurt yesterday evening when a coach slid on ice at Orlant Bend on the old pass road.'),
    // Pages days later, so that the same words, not the same time, decide.
    analysedOn('2025-06-18')('s2', 'Brisham Radio', 'A coach slid into the queue at Orlant Bend on the pass road and twelve people were hurt.'),
    analysedOn('2025-06-18')('s3', 'Kelvane Wire', 'Twelve people were hurt when fire broke out in a warehouse in the port.'),
  ];
  assert.deepEqual(singleSourceFlags([singleOn(set[0]!, 'Nine'), singleOn(set[1]!, 'twelve')], lookup(set.slice(0, 2))), []);
  // Another incident's count, in other words, leaves the figure one source's.
  assert.deepEqual(singleSourceFlags([singleOn(set[0]!, 'Nine')], lookup([set[0]!, set[2]!])).map((f) => f.documentIds), [['s1']]);
});

test('a count of one harm another outlet gives otherwise at about the same time is a dispute, no single-source figure', () => {
  const set = [
    analysed('t1', 'Ravelby Courier', 'Fourteen people were injured at the Pennacott Street market, the ambulance service said.'),
    analysed('t2', 'Brisham Radio', 'Officials at the scene counted 22 injured.'),
    analysedOn('2025-06-20')('t3', 'Kelvane Wire', 'Officials at the scene counted 22 injured.'),
  ];
  assert.deepEqual(singleSourceFlags([singleOn(set[0]!, 'Fourteen')], lookup(set.slice(0, 2))), []);
  // Told six days apart, the count may have stood otherwise on each day: the figure is one source's.
  assert.deepEqual(singleSourceFlags([singleOn(set[0]!, 'Fourteen')], lookup([set[0]!, set[2]!])).map((f) => f.documentIds), [['t1']]);
});

test('a day something is expected to happen on is no date clash with the day another source says it happened on', () => {
  const set = [
    analysed('p1', 'Ravelby Courier', 'The evacuation order for Orlant was lifted on 16 June, the town hall said.'),
    analysed('p2', 'Brisham Radio', 'The evacuation order for Orlant is expected to be lifted tomorrow, the town hall said.'),
    analysed('p3', 'Kelvane Wire', 'The evacuation order for Orlant was lifted on 15 June, the town hall said.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[2]!])], lookup(set)).map((f) => f.message), [
    'Sources disagree on a date: 2025-06-16 (Ravelby Courier) vs 2025-06-15 (Kelvane Wire).',
  ]);
});

test('people counted in general are whatever people other outlets count there, and a bound allows the figures inside it', () => {
  const set = [
    analysed('q1', 'Velmarsh Courier', 'Three people died in the Stannick tunnel fire and 21 were taken to hospital.'),
    analysed('q2', 'Lowmoor Radio', 'Three people died in the Stannick tunnel fire, more than 20 were injured.'),
    analysed('q3', 'Velmarsh Courier', 'Tonight more than two and a half thousand people are sleeping on a cruise ship they may not leave.'),
    analysed('q4', 'Pemmick Wire', 'None of the 2,640 passengers may leave the ship, the port authority said.'),
    analysed('q5', 'Pemmick Wire', 'Three people died in the Stannick tunnel fire and 80 were taken to hospital.'),
  ];
  assert.deepEqual(singleSourceFlags([singleOn(set[0]!, '21'), singleOn(set[2]!, 'two and a half')], lookup(set.slice(0, 4))), []);
  // A count no other outlet gives or allows is still one source's.
  assert.deepEqual(singleSourceFlags([singleOn(set[4]!, '80')], lookup(set)).map((f) => f.documentIds), [['q5']]);
});

test('a clause\'s lone day or weekday dates what the clause tells, not another act the other side dates', () => {
  const set = [
    analysed('t1', 'Velmarsh Courier', 'The port authority said 31 crew members had fallen ill since the first cases on 10 June.'),
    analysed('t2', 'Lowmoor Radio', 'The ship\'s doctor asked to turn back to Stannick on 11 June, two crew members said.'),
    analysed('t3', 'Pemmick Wire', 'The ship\'s doctor asked to turn back to Stannick on 10 June, the crew said.'),
  ];
  const dates = (fs: Flag[]): string[] => fs.filter((f) => f.kind === 'date').map((f) => f.message);
  assert.deepEqual(dates(claimFlags([contested([set[0]!], [set[1]!])], lookup(set))), []);
  // The same act told on neighbouring days is a clash.
  assert.deepEqual(dates(claimFlags([contested([set[1]!], [set[2]!])], lookup(set))), [
    'Sources disagree on a date: 2025-06-11 (Lowmoor Radio) vs 2025-06-10 (Pemmick Wire).',
  ]);
});

test('what was added on each day ("four more bodies" today, "six more" on Sunday) is no number flag; told of one day it is', () => {
  const onSunday = analysedOn('2025-06-15');
  const onTuesday = analysedOn('2025-06-17');
  const set = [
    onSunday('i1', 'Velmarsh Courier', 'Divers recovered six more bodies from the Stannick ferry on Sunday.'),
    onTuesday('i2', 'Lowmoor Radio', 'Divers brought four more bodies up from the Stannick ferry this morning.'),
    onSunday('i3', 'Pemmick Wire', 'Divers recovered four more bodies from the Stannick ferry on Sunday.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[2]!])], lookup(set)).map((f) => f.message), [
    'Sources disagree on a figure: "six more bodies" (Velmarsh Courier) vs "four more bodies" (Pemmick Wire).',
  ]);
});

test('a figure that counts a page\'s sources ("told by two crew members") or an earlier incident is no side of a number flag; the news is', () => {
  const set = [
    analysed('q1', 'Quarnsby Post', 'Forty crew members fell ill on the Ostlewyn Star since Tuesday, the port authority said.'),
    analysed('q2', 'Harrowmede Radio', 'I have been told by two crew members that the captain refused to turn back to port.'),
    analysed('q3', 'Pellcastle Wire', 'The last outbreak on the Ostlewyn Star was in 2019, when 12 crew members fell ill.'),
    analysed('q4', 'Dunwhistle Daily', 'Sixty crew members fell ill on the Ostlewyn Star since Tuesday, the port authority said.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!, set[2]!])], lookup(set)), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!, set[3]!])], lookup(set)).map((f) => [f.kind, f.documentIds, f.message]), [
    ['number', ['q1', 'q4'], 'Sources disagree on a figure: "Forty crew members" (Quarnsby Post) vs "Sixty crew members" (Dunwhistle Daily).'],
  ]);
});

test('a figure told of an earlier run of the same thing ("a week ago … the same crossing") is not set against the news', () => {
  const set = [
    analysed('w1', 'Tallowmere Post', 'The ferry Brisket Lark had 64 people on board when it sank off Pelsworth Point, the coast guard said.'),
    analysed('w2', 'Ossingham Herald', 'A fisherman said that a week ago the Brisket Lark made the same crossing with about 90 people on board.'),
    analysed('w3', 'Ossingham Herald', 'A fisherman said the Brisket Lark had about 90 people on board when it sank off Pelsworth Point.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[2]!])], lookup(set)).map((f) => f.message),
    ['Sources disagree on a figure: "64 people" (Tallowmere Post) vs "90 people" (Ossingham Herald).']);
});

test('the tail of a number written with a decimal comma ("41,6 Degrees") is no figure set against the whole number', () => {
  const set = [
    analysed('d1', 'Tallowmere Post', 'The temperature reached 41.6 degrees in Ostlow on Tuesday, a record.'),
    analysed('d2', 'Vossen Blatt', 'The Temperature reached in Ostlow on Tuesday the Record of 41,6 Degrees.'),
    analysed('d3', 'Vossen Blatt', 'The Temperature reached in Ostlow on Tuesday the Record of 39 Degrees.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[2]!])], lookup(set)).map((f) => f.message),
    ['Sources disagree on a figure: "41.6 degrees" (Tallowmere Post) vs "39 Degrees" (Vossen Blatt).']);
});

test('a remainder ("the last four old pumps") is no side of a dispute over the whole count', () => {
  const set = [
    analysed('r1', 'Tallowmere Post', 'The council replaced nine of the village\'s twelve pumps last year.'),
    analysed('r2', 'Ossingham Herald', 'The council had voted to delay replacing the last four old pumps until the summer.'),
    analysed('r3', 'Ossingham Herald', 'The council had voted to delay replacing the village\'s four old pumps until the summer.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[2]!])], lookup(set)).map((f) => f.message),
    ['Sources disagree on a figure: "twelve pumps" (Tallowmere Post) vs "four old pumps" (Ossingham Herald).']);
});

test('no number flag between counts of homes in two towns', () => {
  const set = [
    analysed('w1', 'Harbor Post', 'The storm left about 9,000 homes in Tarnfield without power on Tuesday, the utility said.'),
    analysed('w2', 'Coast Wire', 'The storm left about 600 homes in Brellmoor without power on Tuesday, the utility said.'),
    analysed('w3', 'Bay Daily', 'The storm left about 6,000 homes in Tarnfield without power on Tuesday, the utility said.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)).map((f) => f.kind), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[2]!])], lookup(set)).map((f) => f.kind), ['number']);
});

test('no number flag between where a thing is and how far someone went', () => {
  const set = [
    analysed('p1', 'Harbor Post', 'The lorry hit the barrier about three kilometres from the east portal on Friday, police said.'),
    analysed('p2', 'Coast Wire', 'The driver reversed almost four hundred metres to a lay-by on Friday, police said.'),
    analysed('p3', 'Bay Daily', 'Smoke filled the bore one kilometre inside the hill on Friday, police said.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)).map((f) => f.kind), []);
  assert.deepEqual(claimFlags([contested([set[2]!], [set[1]!])], lookup(set)).map((f) => f.kind), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[2]!])], lookup(set)).map((f) => f.kind), ['number']);
});

test('a number flag shows a time of day told in words with its clock reading', () => {
  const set = [
    analysed('w1', 'Harbor Post', 'The Tarnfield ferry sank at twenty to five in the afternoon, the coastguard said.'),
    analysed('w2', 'Coast Wire', 'The Tarnfield ferry sank at 17:25, the coastguard said.'),
  ];
  const flags = claimFlags([contested([set[0]!], [set[1]!])], lookup(set));
  assert.equal(flags.find((f) => f.kind === 'number')?.message,
    'Sources disagree on a figure: "twenty to five (16:40)" (Harbor Post) vs "17:25" (Coast Wire).');
});

test('two clock times told on two days the pair disputes make one date flag, not a second flag of figures', () => {
  const set = [
    analysed('k1', 'Harbor Post', 'The Quarrendel lockout ended at 9.10 a.m. on Thursday, June 12, the ministry says.'),
    analysed('k2', 'Coast Wire', 'The Quarrendel lockout ended at 6.15 a.m. on Friday, June 13, the union says.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)).map((f) => [f.kind, f.message]), [
    ['date', 'Sources disagree on a date: 2025-06-12 (Harbor Post) vs 2025-06-13 (Coast Wire).'],
  ]);
});

test('a number flag shows a depth in its own words, not a time of day of the same value read round the clock', () => {
  const set = [
    analysed('k1', 'Harbor Post', 'A gas pocket ignited at 9.20 p.m. in a shaft 560 metres deep, the Vantholm quarry owner said.'),
    analysed('k2', 'Coast Wire', 'A gas pocket ignited at 9.20 p.m. in a shaft 480 metres deep, Vantholm inspectors said.'),
  ];
  const flags = claimFlags([contested([set[0]!], [set[1]!])], lookup(set));
  assert.deepEqual(flags.map((f) => [f.kind, f.message]), [
    ['number', 'Sources disagree on a figure: "560 metres" (Harbor Post) vs "480 metres" (Coast Wire).'],
  ]);
});

test('times of day one page tells of two happenings are no rivals when two other pages each tell one of them', () => {
  const set = [
    analysed('v1', 'Harbor Post', 'The harbour office said it raised the storm alarm at 4.10pm.'),
    analysed('v2', 'Coast Wire', 'The harbour office said the ferry left the quay at 4.25pm.'),
    analysed('v3', 'Bay Daily', 'The storm alarm was raised at 4.10pm, the harbour office said. The ferry left the quay at 4.25pm.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set.slice(0, 2))).map((f) => f.kind), ['number']);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)), []);
});

test('a time a witness tells of their own coming ("I got to Ostwick Road at 5.25pm") is no rival time of the gates\' opening', () => {
  const set = [
    analysed('w1', 'Harbor Post', 'Stewards opened the Ostwick gates at 5.15 p.m., the company says.'),
    analysed('w2', 'Fan Notes', 'I got to Ostwick Road at 5.25pm and the gates were shut.'),
    analysed('w3', 'Coast Wire', 'Stewards opened the Ostwick gates at 6.40 p.m., police say.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!, set[2]!])], lookup(set)).map((f) => [f.documentIds, f.message]), [
    [['w1', 'w3'], 'Sources disagree on a figure: "5.15 p.m." (Harbor Post) vs "6.40 p.m." (Coast Wire).'],
  ]);
});

test('a delay ("kicked off 40 minutes late") is no rival of another act\'s delay nor of how long a wait lasted; one act\'s two delays are', () => {
  const set = [
    analysed('l1', 'Harbor Post', 'The Ostwick derby kicked off 40 minutes late.'),
    analysed('l2', 'Coast Wire', 'The north turnstiles opened more than an hour and a half late.'),
    analysed('l3', 'Bay Daily', 'Thousands of fans had been waiting outside for more than an hour.'),
    analysed('l4', 'Shore Digest', 'The Ostwick derby kicked off an hour late.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!, set[2]!])], lookup(set)), []);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[3]!])], lookup(set)).map((f) => f.message), [
    'Sources disagree on a figure: "40 minutes" (Harbor Post) vs "an hour" (Shore Digest).',
  ]);
});

test('a day of an addition ("three more cars on Thursday") is no rival of another source\'s day of the first ones', () => {
  const set = [
    analysed('m1', 'Harbor Post', 'Navy divers lifted the first two cars from the Brellow estuary on Wednesday, the coastguard said.'),
    analysed('m2', 'Coast Wire', 'Navy divers lifted three more cars from the Brellow estuary on Thursday, the coastguard said.'),
    analysed('m3', 'Bay Daily', 'Navy divers lifted two cars from the Brellow estuary on Thursday, the coastguard said.'),
  ];
  assert.deepEqual(claimFlags([contested([set[0]!], [set[1]!])], lookup(set)).filter((f) => f.kind === 'date').length, 0);
  assert.deepEqual(claimFlags([contested([set[0]!], [set[2]!])], lookup(set)).filter((f) => f.kind === 'date').length, 1);
});

test('a page that itself tells the act on both days (two arrests) disputes no other page\'s day of the second one', () => {
  const set = [
    analysed('r1', 'Harbor Post', 'The smuggler Dorvin Essack was arrested on 11 June. Police also arrested two dockhands on 12 June.'),
    analysed('r2', 'Coast Wire', 'The two dockhands were arrested on 12 June, the port police said.'),
    analysed('r3', 'Bay Daily', 'Police arrested the smuggler Dorvin Essack on 11 June, and on 12 June two Dockhands.'),
    analysed('r4', 'Shore Digest', 'The smuggler Dorvin Essack was arrested on 12 June, his lawyer said.'),
    analysed('r5', 'Valley Courier', 'The smuggler Dorvin Essack was arrested on 11 June, the port police said.'),
  ];
  const dates = (fs: Flag[]): string[] => fs.filter((f) => f.kind === 'date').map((f) => f.message);
  // An arrest of its own dated the other day, or a verbless clause of the sentence ("and on 12 June two Dockhands").
  assert.deepEqual(dates(claimFlags([contested([set[0]!], [set[1]!])], lookup(set))), []);
  assert.deepEqual(dates(claimFlags([contested([set[2]!], [set[1]!])], lookup(set))), []);
  // A page that tells the arrest on one day only disputes another day.
  assert.deepEqual(dates(claimFlags([contested([set[4]!], [set[3]!])], lookup(set))), [
    'Sources disagree on a date: 2025-06-11 (Valley Courier) vs 2025-06-12 (Shore Digest).',
  ]);
});

test('a closure with no end set is quoted by its open end: "one month" against "until further notice"', () => {
  const set = [
    analysed('u1', 'Harbour Post', 'The Ambervoy depot is closed for one month after the scaffold fell, the council said.'),
    analysed('u2', 'Coast Wire', 'The Ambervoy depot is closed until further notice after the scaffold fell, the council said.'),
  ];
  const flags = claimFlags([contested([set[0]!], [set[1]!])], lookup(set));
  assert.deepEqual(flags.map((f) => f.message), ['Sources disagree on a figure: "one month" (Harbour Post) vs "until further notice" (Coast Wire).']);
});

test('a running count told beside the figure it changed from is no rival of a page giving that figure', () => {
  const before = analysedOn('2025-06-13')('m1', 'Ildersby Post', 'Two people are missing after the blast at the Varnomund mill, the fire service said.');
  const after = analysed('m2', 'Radio Elsby', 'MAYOR: One of the two workers we were looking for was found in the rubble this morning, so one person is still missing.');
  const still = after.analysis.claims.find((c) => c.text.startsWith('so one person'))!;
  const first = before.analysis.claims[0]!;
  const claim: Claim = { id: 'c1', text: 'claim', status: 'contested', support: [{ documentId: 'm1', start: first.start, end: first.end }],
    conflicts: [{ documentId: 'm2', start: still.start, end: still.end }] };
  assert.deepEqual(claimFlags([claim], lookup([before, after])), []);
  // Told with no earlier figure beside it, the count is a rival of the other page's.
  const bare = analysed('m3', 'Radio Elsby', 'MAYOR: A worker was found in the rubble this morning, so one person is still missing.');
  const bareStill = bare.analysis.claims.find((c) => c.text.startsWith('so one person'))!;
  const bareClaim: Claim = { ...claim, conflicts: [{ documentId: 'm3', start: bareStill.start, end: bareStill.end }] };
  assert.deepEqual(claimFlags([bareClaim], lookup([before, bare])).map((f) => f.kind), ['number']);
  // Nor does a sentence that sets one source's count beside another's tell a change.
  const rival = analysed('m4', 'Radio Elsby', 'The county now says two people are missing; the mayor has said one person is still missing since the first day.');
  const rivalStill = rival.analysis.claims.find((c) => c.text.includes('one person'))!;
  const rivalClaim: Claim = { ...claim, conflicts: [{ documentId: 'm4', start: rivalStill.start, end: rivalStill.end }] };
  assert.deepEqual(claimFlags([rivalClaim], lookup([before, rival])).map((f) => f.kind), ['number']);
});

test('a count told as it rose is dated by the day it changed, no date clash with the day of what it counts', () => {
  const blast = analysedOn('2025-06-13')('r1', 'Ildersby Post', 'The explosion at the Varnomund mill on Thursday at 2.10 p.m. killed four people.');
  const rose = analysedOn('2025-06-13')('r2', 'Radio Elsby', 'MAYOR: It is my sad duty to tell you that overnight the number of dead climbed to four.');
  const died = analysedOn('2025-06-13')('r3', 'Radio Elsby', 'MAYOR: It is my sad duty to tell you that four people died overnight.');
  assert.deepEqual(claimFlags([contested([rose], [blast])], lookup([blast, rose])), []);
  // Deaths told as happening overnight are dated by that night: a rival of the blast's day.
  assert.deepEqual(claimFlags([contested([died], [blast])], lookup([blast, died])).map((f) => f.kind), ['date']);
});

test('a number flag quotes two figures told in the same words before figures of the class told of something else, however many pages state those', () => {
  const set = [
    analysed('t1', 'Harbor Post', 'The hackers demanded 3 million florins to unlock the Dornwick council servers.'),
    analysed('t2', 'Coast Wire', 'Repairs after the attack cost the town 9 million florins.'),
    analysed('t3', 'Bay Daily', 'Repairs after the attack cost the town 9 million florins.'),
    analysed('t4', 'Shore Digest', 'The hackers demanded 6 million florins to unlock the Dornwick council servers.'),
  ];
  const flags = claimFlags([contested([set[0]!], set.slice(1))], lookup(set));
  assert.deepEqual(flags.map((f) => [f.kind, f.message]), [
    ['number', 'Sources disagree on a figure: "3 million florins" (Harbor Post) vs "6 million florins" (Shore Digest).'],
  ]);
});

test('a figure a clause tells only to reject it is no side of a number flag: the flag sets the figure it states against the other', () => {
  const set = [
    analysed('r1', 'Harbor Post', 'The flood washed away a 25-metre stretch of the Tarnfield embankment on Monday, the council said.'),
    analysed('r2', 'Coast Wire', 'The flood washed away about 60 metres of the Tarnfield embankment on Monday, not the 25 metres first reported, engineers said.'),
  ];
  const flags = claimFlags([contested(set.slice(0, 1), set.slice(1))], lookup(set));
  assert.deepEqual(flags.map((f) => [f.kind, f.message]), [
    ['number', 'Sources disagree on a figure: "25-metre" (Harbor Post) vs "60 metres" (Coast Wire).'],
  ]);
});

test('a count told with the day it was issued is dated by that day, no date clash with the day of what it counts', () => {
  const fire = analysedOn('2025-06-14')('i1', 'Ildersby Post', 'The fire at the Harrowmoss depot on Thursday killed three workers.');
  const issued = analysedOn('2025-06-14')('i2', 'Radio Elsby', "The council's last figure, from yesterday, was two dead.");
  const latest = analysedOn('2025-06-14')('i3', 'Radio Elsby', "The council's latest count, issued on Friday, is two dead.");
  const died = analysedOn('2025-06-14')('i4', 'Radio Elsby', 'Two workers died at the Harrowmoss depot yesterday.');
  const dates = (x: AnalysedDocument): string[] => claimFlags([contested([x], [fire])], lookup([fire, x])).filter((f) => f.kind === 'date').map((f) => f.message);
  assert.deepEqual(dates(issued), []);
  assert.deepEqual(dates(latest), []);
  // Deaths told as happening on a day are dated by it: a rival of the fire's day.
  assert.deepEqual(dates(died), ['Sources disagree on a date: 2025-06-13 (Radio Elsby) vs 2025-06-12 (Ildersby Post).']);
});

test('a day a clause rejects right after its own ("on Sunday, not on Saturday night") is no second act of its page: the clash with another page stands', () => {
  const sank = analysedOn('2025-06-16')('x1', 'Ildersby Post', 'The Harrowmoss coach crashed on Saturday night, the police said.');
  const puts = analysedOn('2025-06-16')('x2', 'Radio Elsby', 'So the fire brigade places the crash soon after midnight, on Sunday, not on Saturday night as the coach firm said.');
  const dates = claimFlags([contested([puts], [sank])], lookup([sank, puts])).filter((f) => f.kind === 'date').map((f) => f.message);
  assert.deepEqual(dates, ['Sources disagree on a date: 2025-06-15 (Radio Elsby) vs 2025-06-14 (Ildersby Post).']);
});

test('two times of day hours apart, of happenings told apart, are two moments: no flag sets one against the other', () => {
  const set = [
    analysed('h1', 'Quillensby Post', 'The Sorvick ferry left the quay at 9.10 p.m., the harbour office said.'),
    analysed('h2', 'Ostmarren Times', 'The concert on the Sorvick pier ended at 11.30 p.m.'),
    analysed('h3', 'Drebworth Courier', 'The Sorvick ferry left the quay at 9.40 p.m., passengers said.'),
  ];
  assert.deepEqual(claimFlags([contested([set[1]!], [set[2]!])], lookup(set)), []);
  // The ferry's own time told otherwise is still a dispute.
  assert.deepEqual(claimFlags([contested([set[0]!, set[1]!], [set[2]!])], lookup(set)).map((f) => f.message), [
    'Sources disagree on a figure: "9.10 p.m." (Quillensby Post) vs "9.40 p.m." (Drebworth Courier).',
  ]);
});
