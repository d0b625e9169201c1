import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Grouping } from '../types.ts';
import { claimItems, type ClaimItem } from './_features.ts';
import { conflictBetween, sides } from './_conflicts.ts';
import { sameFigure } from './_similarity.ts';
import { analysed } from './_fixture.ts';

test('a contract\'s value told months after its signing is still the sum agreed: two sums for it disagree', () => {
  const docs = [
    analysed('a', 'Quay Post', 'Tarrowby Works signed a 90 million crown contract to build the Quessel bridge on Sept. 11, 2025.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'Tarrowby Works says it cannot go on until it knows whether the contract, worth 120 million crowns, is still valid.', '2026-03-12'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const signed = items.find((i) => /90 million/.test(i.claim.text))!;
  const worth = items.find((i) => /120 million/.test(i.claim.text))!;
  assert.equal(signed.background, true);
  assert.deepEqual(conflictBetween(signed, worth), { kind: 'number', unit: 'crown' });
});

test('a count told of a time long before the news still counts another occasion', () => {
  const docs = [
    analysed('a', 'Quay Post', 'In 2017 a landslide above Quessel buried 14 houses.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'The landslide above Quessel buried 40 houses on Monday.', '2026-03-12'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  assert.equal(conflictBetween(items.find((i) => /14 houses/.test(i.claim.text))!, items.find((i) => /40 houses/.test(i.claim.text))!), null);
});

test('nouns that name one thing in British and American English, or soldiers by their role, count one thing', () => {
  const docs = [
    analysed('a', 'Quay Post', 'The convoy of 28 lorries left Tessby at dawn, and 400 peacekeepers guarded the road.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'The convoy of 30 trucks left Tessby at dawn, and 350 soldiers guarded the road.', '2026-03-10'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (re: RegExp) => items.find((i) => re.test(i.claim.text))!;
  assert.deepEqual(conflictBetween(of(/28 lorries/), of(/30 trucks/)), { kind: 'number', unit: 'lorry' });
  assert.deepEqual(conflictBetween(of(/400 peacekeepers/), of(/350 soldiers/)), { kind: 'number', unit: 'soldier' });
});

test('"pieces", "items" and "objects" count one thing: a haul told in each is one count', () => {
  const docs = [
    analysed('a', 'Quay Post', 'The Tessby burglars took eight pieces from the Bellwyn Gallery.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'The Tessby burglars took eleven items from the Bellwyn Gallery.', '2026-03-10'),
    analysed('c', 'Bellwyn Zeitung', 'The Tessby Burglars have taken nine Objects from the Bellwyn Gallery.', '2026-03-10'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (re: RegExp) => items.find((i) => re.test(i.claim.text))!;
  assert.deepEqual(conflictBetween(of(/eight pieces/), of(/eleven items/)), { kind: 'number', unit: 'piece' });
  assert.deepEqual(conflictBetween(of(/eight pieces/), of(/nine Objects/)), { kind: 'number', unit: 'piece' });
});

test('vials, ampoules and doses of a drug shipped are one count told three ways', () => {
  const docs = [
    analysed('a', 'Quay Post', 'A cargo plane carrying 300 vials of the serum landed in Tessby on Tuesday.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'The Cargo Plane with 450 Ampoules of the Serum has landed in Tessby this Tuesday.', '2026-03-10'),
    analysed('c', 'Drobbery Bote', 'About two hundred doses of the serum arrived in Tessby on Tuesday.', '2026-03-10'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (re: RegExp) => items.find((i) => re.test(i.claim.text))!;
  assert.deepEqual(conflictBetween(of(/300 vials/), of(/450 Ampoules/)), { kind: 'number', unit: 'vial' });
  assert.deepEqual(conflictBetween(of(/300 vials/), of(/two hundred doses/)), { kind: 'number', unit: 'vial' });
});

test('a water bomber is a plane: four bombers and two planes of one fleet are one count told two ways', () => {
  const docs = [
    analysed('a', 'Quay Post', 'Four Vellish water bombers have been flying from Lake Daskwith since Monday.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'Two Vellish water-bomber planes have been flying from Lake Daskwith since Monday.', '2026-03-10'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (re: RegExp) => items.find((i) => re.test(i.claim.text))!;
  assert.deepEqual(conflictBetween(of(/Four/), of(/Two/)), { kind: 'number', unit: 'plane' });
});

test('a count told as it stands so far and a higher count on a later page are the count as it grew', () => {
  const docs = [
    analysed('a', 'Quay Post', 'Plossary has flown 840 of its citizens out of Oskelby since Monday.', '2026-03-12'),
    analysed('b', 'Wexa Radio', 'The Plossary foreign ministry says 1,020 citizens were flown out of Oskelby.', '2026-03-15'),
    analysed('c', 'Hill Courier', 'The Plossary foreign ministry says 1,000 citizens were flown out of Oskelby.', '2026-03-12'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (re: RegExp) => items.find((i) => re.test(i.claim.text))!;
  assert.equal(conflictBetween(of(/840/), of(/1,020/)), null);
  assert.deepEqual(conflictBetween(of(/840/), of(/1,000/)), { kind: 'number', unit: 'citizen' });
  // A lower figure on a later page is no growth: it disputes the count.
  const lower = claimItems([analysed('a', 'Quay Post', 'Plossary has flown 840 of its citizens out of Oskelby since Monday.', '2026-03-12'),
    analysed('d', 'Wexa Radio', 'The Plossary foreign ministry says 700 citizens were flown out of Oskelby.', '2026-03-15')], { entities: [], globalIds: new Map() }, grouping);
  assert.deepEqual(conflictBetween(lower.find((i) => /840/.test(i.claim.text))!, lower.find((i) => /700/.test(i.claim.text))!), { kind: 'number', unit: 'citizen' });
});

test('a limit states its ceiling, no sum below it: the price of a takeover is no figure of a deposit guarantee', () => {
  const docs = [
    analysed('a', 'Quay Post', 'The state guaranteed every deposit of up to 200,000 crowns at Ashcombry Savings Bank.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'Vessant Bank agreed to take over Ashcombry Savings Bank for 150,000 crowns.', '2026-03-12'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const limit = items.find((i) => /200,000/.test(i.claim.text))!;
  const sale = items.find((i) => /150,000/.test(i.claim.text))!;
  assert.equal(sameFigure(limit, sale), false);
  assert.equal(sameFigure(sale, limit), false);
});

test('one act told of two things each clause names as its subject is two acts, not one act on two days', () => {
  const docs = [
    analysed('a', 'Quay Post', 'Pirnhall Grammar School, shut since the flood, reopened on Monday.', '2026-03-12'),
    analysed('b', 'Wexa Radio', 'The ferry line through Pirnhall reopened on Tuesday.', '2026-03-12'),
    analysed('c', 'Tessby Echo', 'The ferry line reopened on Wednesday.', '2026-03-12'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (id: string) => items.find((i) => i.documentId === id)!;
  assert.equal(of('a').eventDays.size, 1);
  assert.equal(conflictBetween(of('a'), of('b')), null);
  // The same thing on another day is still a day disputed.
  assert.equal(conflictBetween(of('b'), of('c'))?.kind, 'date');
});

test('a clause with no event type gives its day only for an act it words: a leak told on the day after does not date the derailment', () => {
  const docs = [
    analysed('a', 'Quay Post', 'A freight train derailed outside Prentiscombe on Tuesday. Two of its wagons were still leaking on Wednesday afternoon.', '2026-03-12'),
    analysed('b', 'Wexa Radio', 'A freight train derailed outside Prentiscombe on Tuesday night.', '2026-03-12'),
    analysed('c', 'Hill Courier', 'A freight train derailed outside Prentiscombe on Wednesday.', '2026-03-12'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const { support, conflicts, kinds } = sides(items);
  assert.deepEqual([...kinds], ['date']);
  assert.deepEqual(conflicts.map((x) => x.claim.text), ['A freight train derailed outside Prentiscombe on Wednesday.']);
  assert.ok(support.some((x) => /still leaking on Wednesday/.test(x.claim.text)));
});

test('a time told as before another happening is no rival of that happening\'s time, even from the next clause', () => {
  const docs = [
    analysed('a', 'Quay Post', 'The Hobrinmere harbour office says it sounded the flood siren at 4.10 a.m. on Friday, before the first breach.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'The first breach in the Hobrinmere dyke came at 4.35 a.m., engineers said.', '2026-03-10'),
    analysed('c', 'Wistlecombe Times', 'The Hobrinmere harbour office sounded the flood siren at 4.40 a.m., residents said.', '2026-03-10'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const siren = items.find((i) => /4\.10/.test(i.claim.text))!;
  const breach = items.find((i) => /4\.35/.test(i.claim.text))!;
  const lateSiren = items.find((i) => /4\.40/.test(i.claim.text))!;
  assert.equal(conflictBetween(siren, breach), null);
  assert.equal(conflictBetween(breach, siren), null);
  // The siren's own time told otherwise still disputes it.
  assert.deepEqual(conflictBetween(siren, lateSiren), { kind: 'number', unit: 'clock' });
});

test('two estimates written to different places dispute a count when the finer does not round to the coarser', () => {
  const docs = [
    analysed('a', 'Quay Post', 'About 840 walkers are now cut off in Hobrinmere, the park office said.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'About 900 walkers remain cut off in Hobrinmere, the rescue team said.', '2026-03-10'),
    analysed('c', 'Hill Courier', 'About 900 walkers were still stranded in Hobrinmere on Friday.', '2026-03-10'),
    analysed('d', 'Wistlecombe Times', 'About 880 walkers remain cut off in Hobrinmere, the rescue team said.', '2026-03-10'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1'], ['d', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (id: string): ClaimItem => items.find((i) => i.documentId === id)!;
  assert.equal(conflictBetween(of('a'), of('b'))?.kind, 'number');
  // "about 880" is "about 900" rounded: one figure.
  assert.equal(conflictBetween(of('d'), of('b')), null);
  // The estimate that does not round to the others' is the one disputed, though its slack reaches theirs.
  const { conflicts } = sides([of('a'), of('b'), of('c')]);
  assert.deepEqual(conflicts.map((m) => m.documentId), ['a']);
});

test('a thing\'s sending and its arrival are two moments: their times of day dispute nothing, however near', () => {
  const docs = [
    analysed('a', 'Quay Post', 'The council\'s warning text to Brudelfast residents went out at 3.47 a.m. on Thursday.', '2026-03-12'),
    analysed('b', 'Wexa Radio', 'The warning text reached my phone at 4:02 a.m. on Thursday, the Brudelfast mayor said.', '2026-03-12'),
    analysed('c', 'Yarlimund Times', 'The council\'s warning text to Brudelfast residents went out at 4:02 a.m. on Thursday.', '2026-03-12'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (re: RegExp) => items.find((i) => re.test(i.claim.text))!;
  assert.equal(conflictBetween(of(/went out at 3\.47/), of(/reached my phone/)), null);
  // Two sendings told apart still dispute the time.
  assert.deepEqual(conflictBetween(of(/went out at 3\.47/), of(/went out at 4:02/)), { kind: 'number', unit: 'clock' });
});

test('a tug is a tugboat: two tugs and three tugboats at one refloating are one count told two ways', () => {
  const docs = [
    analysed('a', 'Fennerby Post', 'Two tugs towed the freighter off the Scallowick sandbar on Thursday.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'The Freighter was on Thursday towed from the Scallowick Sandbar by three Tugboats.', '2026-03-10'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const of = (re: RegExp) => items.find((i) => re.test(i.claim.text))!;
  assert.deepEqual(conflictBetween(of(/Two tugs/), of(/three Tugboats/)), { kind: 'number', unit: 'tug' });
});

test('a time of day hours from the disputed one, of another happening, is no side of the dispute', () => {
  const docs = [
    analysed('a', 'Quillensby Post', 'The pumps at the Tarrowmead waterworks failed at 6.20 a.m. on Monday, the water board said.', '2026-03-10'),
    analysed('b', 'Wexa Radio', 'The Tarrowmead waterworks pumps failed at 6.20 a.m. on Monday, engineers said.', '2026-03-10'),
    analysed('c', 'Drebworth Courier', 'The pumps at the Tarrowmead waterworks failed at 5.50 a.m. on Monday, the staff union says.', '2026-03-10'),
    analysed('d', 'Ostmarren Times', 'Water supplies from the Tarrowmead waterworks returned at 11.40 a.m. on Monday.', '2026-03-10'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1'], ['d', 's1']]), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const { support, conflicts } = sides(items);
  assert.deepEqual(conflicts.map((m) => m.documentId), ['c']);
  assert.deepEqual(support.map((m) => m.documentId).sort(), ['a', 'b', 'd']);
});

test('a reprint whose later page date reads the clause\'s relative day a day off is no rival of its own original', () => {
  const docs = [
    analysed('a', 'Tallowmere Wire', 'The Oskerby fair was shut after the grandstand fire. Organisers closed the Oskerby fair yesterday.', '2026-05-12'),
    analysed('b', 'Vintrell Courier', 'The Oskerby fair was shut after the grandstand fire. Organisers closed the Oskerby fair yesterday.', '2026-05-13'),
    analysed('c', 'Pardlow Radio', 'Organisers closed the Oskerby fair on May 11.', '2026-05-12'),
    analysed('d', 'Hessingford Times', 'Organisers closed the Oskerby fair on Monday, May 11.', '2026-05-14'),
  ];
  const grouping: Grouping = { duplicateOf: new Map([['b', 'a']]), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping).filter((i) => /closed the Oskerby fair/.test(i.claim.text));
  const copy = items.find((i) => i.documentId === 'b')!;
  // The copy's "yesterday" is read from its own page date: the day after the original's.
  assert.deepEqual([items.find((i) => i.documentId === 'a')!.stated, copy.stated], [['2026-05-11'], ['2026-05-12']]);
  const { support, conflicts } = sides(items);
  assert.deepEqual(conflicts, []);
  assert.deepEqual(support.map((m) => m.documentId).sort(), ['a', 'b', 'c', 'd']);
});

test('a count of people in general is a side of a dispute over the residents a clause counts', () => {
  const docs = [
    analysed('a', 'Tallowmere Wire', 'The council said about 260 residents of Grumwick Court had been left without water. The tenants\' union said more than 400 people living in the block had been cut off.', '2026-05-12'),
    analysed('b', 'Pardlow Radio', 'About 260 residents of Grumwick Court were left without water, the council said.', '2026-05-12'),
    analysed('c', 'Hessingford Times', 'The tenants\' union of Grumwick Court says more than 400 residents were cut off from water.', '2026-05-12'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  const { support, conflicts } = sides(items);
  assert.deepEqual(conflicts.map((m) => m.claim.text).sort(), [
    'The tenants\' union of Grumwick Court says more than 400 residents were cut off from water.',
    'The tenants\' union said more than 400 people living in the block had been cut off.',
  ]);
  assert.deepEqual(support.map((m) => m.documentId).sort(), ['a', 'b']);
});

test('an event\'s promoter is an interested party: its crowd figure is the dispute, named in the clause or before it', () => {
  const docs = [
    analysed('a', 'Selborrow Post', 'The concert\'s promoter, Kelvaran Live, puts the crowd at 9,000. Police put the Selborrow crowd at 12,000.', '2026-05-12'),
    analysed('b', 'Drimmock Radio', 'The promoter says 9,000 people were at the Selborrow concert.', '2026-05-12'),
    analysed('c', 'Hessingford Times', 'Officers counted 12,000 people at the Selborrow concert, police said.', '2026-05-13'),
  ];
  const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, 's1'])), stories: [] };
  const items = claimItems(docs, { entities: [], globalIds: new Map() }, grouping);
  assert.deepEqual(items.filter((i) => i.partisan).map((i) => i.claim.text), ['puts the crowd at 9,000.', 'The promoter says 9,000 people were at the Selborrow concert.']);
  const { conflicts } = sides(items);
  assert.deepEqual(conflicts.map((m) => m.documentId).sort(), ['a', 'b']);
  assert.ok(conflicts.every((m) => /9,000/.test(m.claim.text)));
});
