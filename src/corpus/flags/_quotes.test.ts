import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping, QuoteLedger } from '../types.ts';
import { quoteFlags, rewordedLines, rewordingLikeness, sentenceRuns, sentenceSpans } from './_quotes.ts';

const grouping: Grouping = { duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(), stories: [] };
const said = (id: string, documentId: string, text: string, partial = false): Quote => ({
  id, documentId, text, start: 0, end: text.length, speakerId: 'p-oskarven', speakerText: 'Ida Oskarven', statementId: 'st1', partial,
});
/** One statement of the given quotes; outlets are named by their document ids (no documents passed). */
const flagsOf = (quotes: Quote[]): string[] => {
  const ledger: QuoteLedger = { quotes, statements: [{ id: 'st1', speakerId: 'p-oskarven', quoteIds: quotes.map((q) => q.id), text: '' }] };
  return quoteFlags(ledger, grouping, new Map()).map((f) => f.message);
};

test('a quote is cut into sentences, and at an editor\'s "(…)", but not after a title', () => {
  const text = 'Mr. Dunlin knew it. Did anyone ask? We waited (…) and nobody came.';
  assert.deepEqual(sentenceSpans(text).map(([a, b]) => text.slice(a, b).trim()), ['Mr. Dunlin knew it.', 'Did anyone ask?', 'We waited', 'and nobody came.']);
  assert.deepEqual(sentenceRuns('One. Two. Three. Four.'), ['One.', 'One. Two.', 'One. Two. Three.', 'Two.', 'Two. Three.', 'Two. Three. Four.', 'Three.', 'Three. Four.', 'Four.']);
});

test('rewording likeness: the share of all content words two renderings share, 0 below a related share', () => {
  // {river, send, warning} and {river, give, warning}: 2 of 4
  assert.equal(rewordingLikeness('The river sent us no warning.', 'The river did not give us any warning'), 0.5);
  // an irregular past form meets its verb ("gave"/"give"): 3 of 3
  assert.equal(rewordingLikeness('The river gave us no warning.', 'The river did not give us any warning'), 1);
  assert.equal(rewordingLikeness('The river gave us no warning.', 'Not one family had time to pack a bag.'), 0);
});

test('a line quoted whole with one more sentence is no rewording: the flag shows the line against its reworded rendering', () => {
  const messages = flagsOf([
    said('q1', 'a', 'The river gave us no warning. Not one family had time to pack a bag.'),
    said('q2', 'b', 'The river gave us no warning,'),
    said('q3', 'c', 'The river did not give us any warning'),
  ]);
  assert.deepEqual(messages, ['Ida Oskarven\'s statement is worded 3 ways: "The river gave us no warning." (a) vs "The river did not give us any warning" (c).']);
});

test('of a statement of two lines, the flag shows the line most outlets quote, in its least alike renderings of that line', () => {
  const messages = flagsOf([
    said('q1', 'a', 'We did not sail to Fenmoor to trade insults. We sailed here to bring the miners home.'),
    said('q2', 'b', 'We did not sail here to trade insults,'),
    said('q3', 'b', 'We came to bring our miners home.'),
    said('q4', 'c', 'We did not sail to Fenmoor to trade insult.'),
    said('q5', 'd', 'not to trade insults', true),
  ]);
  // The miners line is reworded too, but only a and b quote it; the insults line all four carry.
  assert.deepEqual(messages, ['Ida Oskarven\'s statement is worded 5 ways: "We did not sail to Fenmoor to trade insults." (a) vs "not to trade insults" (d).']);
});

test('a translation is shown against the original, not two copies a word apart; two clauses that share a word or two are no line', () => {
  const quotes = [
    said('q1', 'a', 'That was my decision, and I apologise to every family who waited all night at the ferry.'),
    said('q2', 'b', 'That was my decision, and I apologise to every family who waited all Sunday night at the ferry.'),
    said('q3', 'c', 'I apologise before every Family, which has waited this Night at the Ferry'),
  ];
  assert.deepEqual(flagsOf(quotes), ['Ida Oskarven\'s statement is worded 3 ways: "That was my decision, and I apologise to every family who waited all Sunday night at the …" (b) vs "I apologise before every Family, which has waited this Night at the Ferry" (c).']);
  // Two renderings that share only "ferry" and "night" are below the likeness of one line: the closest pair is shown.
  assert.equal(rewordingLikeness('We will rebuild the ferry pier by spring.', 'We found out why the ferry sank that night.') < 0.4, true);
});

test('fragments that one fuller quote holds unchanged are cuts of one line: the flag shows the sentence a fragment was cut from against it', () => {
  const quotes = [
    said('q1', 'a', 'Only nine boats came back to harbour that night. The rest we lost,'),
    said('q2', 'b', 'only nine boats came back', true),
    said('q3', 'c', 'back to harbour that night', true),
  ];
  assert.equal(rewordedLines(quotes), null);
  assert.deepEqual(flagsOf(quotes), ['Ida Oskarven\'s statement is worded 3 ways: "Only nine boats came back to harbour that night." (a) vs "back to harbour that night" (c).']);
});

test('a cut that drops only a word or two at an edge of the whole line is shown only when no other cut differs more', () => {
  const quotes = [
    said('q1', 'a', 'I am sorry to every fisherman who lost a boat that night. We will pay for every hull.'),
    said('q2', 'b', 'sorry to every fisherman who lost a boat that night', true),
    said('q3', 'c', 'sorry to every fisherman', true),
  ];
  assert.equal(rewordedLines(quotes), null);
  assert.deepEqual(flagsOf(quotes), ['Ida Oskarven\'s statement is worded 3 ways: "I am sorry to every fisherman who lost a boat that night." (a) vs "sorry to every fisherman" (c).']);
});

test('a fragment of a long quote\'s last sentence is shown against that sentence, not against the quote\'s opening cut off before it', () => {
  const quotes = [
    said('q1', 'a', 'I will not stand on this quay and call it bad weather. The nets were torn where nobody should have fished. And we will pay for every metre of shore that has to be cleaned.'),
    said('q2', 'b', 'every metre of shore', true),
  ];
  assert.deepEqual(flagsOf(quotes), ['Ida Oskarven\'s statement is worded 2 ways: "And we will pay for every metre of shore that has to be cleaned." (a) vs "every metre of shore" (b).']);
});

test('a quote of fewer whole sentences, word for word, is no other wording; a cut inside a sentence still is', () => {
  assert.deepEqual(flagsOf([said('q1', 'a', 'The nets were torn. Nobody came.'), said('q2', 'b', 'The nets were torn,', true)]), []);
  assert.deepEqual(flagsOf([said('q1', 'a', 'The nets were torn and burned. Nobody came.'), said('q2', 'b', 'The nets were torn,', true)]),
    ['Ida Oskarven\'s statement is worded 2 ways: "The nets were torn and burned." (a) vs "The nets were torn," (b).']);
});

test('one speaker\'s fragment that another statement\'s quote holds a run of, with words enough in common, is that line worded twice', () => {
  const q = (id: string, documentId: string, statementId: string, text: string, partial: boolean): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId: 'p-oskarven', speakerText: 'Ida Oskarven', statementId, partial });
  const quotes = [
    q('q1', 'a', 'st1', 'Without the new pier, fishermen in the bay would have had one harbour to land at.', false),
    q('q2', 'b', 'st2', 'would have been left with one harbour to land at.', true),
    q('q3', 'c', 'st3', 'We will land at one harbour only.', false),
  ];
  const ledger: QuoteLedger = { quotes, statements: quotes.map((x) => ({ id: x.statementId!, speakerId: 'p-oskarven', quoteIds: [x.id], text: '' })) };
  assert.deepEqual(quoteFlags(ledger, grouping, new Map()).map((f) => [f.documentIds, f.message]), [
    [['a', 'b'], 'Ida Oskarven\'s statement is worded 2 ways: "Without the new pier, fishermen in the bay would have had one harbour to land at." (a) vs "would have been left with one harbour to land at." (b).'],
  ]);
});

test('a line with a word said twice is another wording, though it holds no word the other lacks; case and punctuation alone are not', () => {
  assert.deepEqual(flagsOf([
    said('q1', 'a', 'We will ask every question and read every document,'),
    said('q2', 'b', 'We will ask every Question and we will read every Document'),
  ]), ['Ida Oskarven\'s statement is worded 2 ways: "We will ask every question and read every document," (a) vs "We will ask every Question and we will read every Document" (b).']);
  assert.deepEqual(flagsOf([
    said('q1', 'a', 'We will ask every question, and read every document.'),
    said('q2', 'b', 'we will ask every question and read every document'),
  ]), []);
});

test('a fragment a page quotes from someone named only by role, running word for word inside a named speaker\'s quote elsewhere, is that line cut', () => {
  const q = (id: string, documentId: string, text: string, partial: boolean, speakerId: string | null, speakerText: string): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId, speakerText, statementId: `st-${id}`, partial });
  const quotes = [
    q('q1', 'a', 'We closed the Brackwhin ferry at noon. What the harbour did after that is a matter for the harbour.', false, 'p-yarrowel', 'Maud Yarrowel'),
    q('q2', 'b', 'a matter for the harbour', true, null, "The port authority's duty officer"),
    q('q3', 'c', 'a matter for Quillmoss', true, null, "The port authority's duty officer"),
    q('q4', 'd', 'for the harbour', true, null, 'A pilot'),
  ];
  const ledger: QuoteLedger = { quotes, statements: quotes.map((x) => ({ id: x.statementId!, speakerId: x.speakerId, quoteIds: [x.id], text: '' })) };
  assert.deepEqual(quoteFlags(ledger, grouping, new Map()).map((f) => [f.documentIds, f.message]), [
    [['a', 'b'], 'Maud Yarrowel\'s statement is worded 2 ways: "What the harbour did after that is a matter for the harbour." (a) vs "a matter for the harbour" (b).'],
  ]);
});

test('one speaker\'s line quoted whole on two pages in other words, keeping a run of its key words, is that line worded twice', () => {
  const q = (id: string, documentId: string, text: string): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId: 'p-oskarven', speakerText: 'Ida Oskarven', statementId: `st-${id}`, partial: false });
  const quotes = [
    q('q1', 'a', 'No rider was hurt on the Tessbury line, and the delays are short in almost every case.'),
    q('q2', 'b', 'Nobody was hurt on the line today. The delays are short for nearly everyone.'),
    // A run of function words alone ("and we will not") is no line told twice.
    q('q3', 'c', 'We asked the council twice, and we will not ask again.'),
    q('q4', 'd', 'The depot stays shut, and we will not reopen it before the council has asked.'),
  ];
  const ledger: QuoteLedger = { quotes, statements: quotes.map((x) => ({ id: x.statementId!, speakerId: x.speakerId, quoteIds: [x.id], text: '' })) };
  assert.deepEqual(quoteFlags(ledger, grouping, new Map()).map((f) => f.documentIds), [['a', 'b']]);
});

test('two whole sentences of one person sharing only two words are two lines, no rewording; a short translated line losing one word still is', () => {
  assert.deepEqual(flagsOf([
    said('q1', 'a', 'We have boats on the lake. We will keep rowing as long as the fog lets us.'),
    said('q2', 'b', 'That kept my crews rowing through the storm.'),
  ]), []);
  assert.deepEqual(flagsOf([
    said('q1', 'a', 'We came to work, not to pose for cameras.'),
    said('q2', 'b', 'We go there for the Work, not for the Cameras.'),
  ]), ['Ida Oskarven\'s statement is worded 2 ways: "We came to work, not to pose for cameras." (a) vs "We go there for the Work, not for the Cameras." (b).']);
});

test('a quote credited to another outlet ("he told the Brenmoor Courier") is that outlet\'s quote of the speaker relayed in other words', () => {
  const q = (id: string, documentId: string, text: string, partial: boolean, viaText: string | null): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId: 'p-quillon', speakerText: 'Quorvane Vantorre', statementId: `st-${id}`, partial, viaText });
  const quotes = [
    q('q1', 'courier', 'This is the bleakest winter in the history of our valley. Our thoughts are with the farmers.', false, null),
    q('q2', 'roundup', 'the bleakest winter our farming has ever seen', true, 'Brenmoor Courier'),
    // Credited to no outlet of the corpus, or sharing one word only: no line relayed.
    q('q3', 'digest', 'the bleakest season anyone remembers', true, 'Orrel Gazette'),
    q('q4', 'weekly', 'a winter like no other', true, 'Brenmoor Courier'),
  ];
  const outlets: Record<string, string> = { courier: 'The Brenmoor Courier Ltd', roundup: 'Valleypulse', digest: 'Farm Digest', weekly: 'The Weekly' };
  const docs = new Map(Object.entries(outlets).map(([id, outlet]) => [id, { doc: { id, outlet } } as unknown as AnalysedDocument]));
  const ledger: QuoteLedger = { quotes, statements: quotes.map((x) => ({ id: x.statementId!, speakerId: x.speakerId, quoteIds: [x.id], text: '' })) };
  assert.deepEqual(quoteFlags(ledger, grouping, docs).map((f) => [f.documentIds, f.message]), [
    [['courier', 'roundup'], 'Quorvane Vantorre\'s statement is worded 2 ways: "This is the bleakest winter in the history of our valley." (The Brenmoor Courier Ltd) vs "the bleakest winter our farming has ever seen" (Valleypulse).'],
  ]);
});

test('one line of a speaker whose surname a machine translation spells its own way is a wording variant', () => {
  const q = (id: string, documentId: string, speakerId: string, speakerText: string, text: string): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId, speakerText, statementId: `st-${id}`,
  });
  const quotes = [
    q('q1', 'a', 'p-orlisande', 'Orlisande Tesmarwick', 'The whole quay is under water. We have lost our nets and we have lost our huts,'),
    q('q2', 'b', 'p-orlizande', 'Mayoress Orlizande Tessmarvik', 'All the Quay lies under the Water. We lost the Nets, we lost the Huts.'),
  ];
  const ledger: QuoteLedger = { quotes, statements: quotes.map((x) => ({ id: x.statementId!, speakerId: x.speakerId!, quoteIds: [x.id], text: '' })) };
  assert.deepEqual(quoteFlags(ledger, grouping, new Map()).map((f) => f.message), [
    'Mayoress Orlizande Tessmarvik\'s statement is worded 2 ways: "We lost the Nets, we lost the Huts." (b) vs "We have lost our nets and we have lost our huts," (a).',
  ]);
});

test('a line a page credits to a role alone, reworded, is the named speaker\'s line when it keeps most of its key words; a role\'s other line is not', () => {
  const q = (id: string, documentId: string, speakerId: string | null, speakerText: string, text: string): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId, speakerText, statementId: `st-${id}`, partial: true,
  });
  const quotes = [
    q('q1', 'a', 'p-haskelby', 'Corwenna Haskelby', 'no ferry on this river sailed late, and we know of none held back too long'),
    q('q2', 'b', null, 'the transport minister', 'no ferry has sailed late on the river, nor as far as we know been held back too long'),
    q('q3', 'c', null, 'the county engineer', 'every bridge in this county will be checked before winter'),
  ];
  const ledger: QuoteLedger = { quotes, statements: quotes.map((x) => ({ id: x.statementId!, speakerId: x.speakerId, quoteIds: [x.id], text: '' })) };
  assert.deepEqual(quoteFlags(ledger, grouping, new Map()).map((f) => f.message), [
    'Corwenna Haskelby\'s statement is worded 2 ways: "no ferry on this river sailed late, and we know of none held back too long" (a) vs "no ferry has sailed late on the river, nor as far as we know been held back too long" (b).',
  ]);
});

test('a line told by role alone is no second flag of a statement a surer pair already flags', () => {
  const q = (id: string, documentId: string, speakerId: string | null, speakerText: string, text: string): Quote => ({
    id, documentId, text, start: 0, end: text.length, speakerId, speakerText, statementId: `st-${id}`,
  });
  const quotes = [
    q('q1', 'a', 'p-tarnwhistle', 'Osric Tarnwhistle', 'That ferry should have stayed in port at noon, and every sailor on this coast knows it.'),
    q('q2', 'b', 'p-tarnwhistle2', 'Tarnwhistle', 'Every sailor on this coast knew that ferry should have stayed in port at noon,'),
    q('q3', 'c', null, 'the harbour master', 'This Ferry had to stay in the Port at the Noon, and every Sailor on this Coast knows it'),
  ];
  const ledger: QuoteLedger = { quotes, statements: quotes.map((x) => ({ id: x.statementId!, speakerId: x.speakerId, quoteIds: [x.id], text: '' })) };
  assert.deepEqual(quoteFlags(ledger, grouping, new Map()).map((f) => f.documentIds), [['a', 'b']]);
});
