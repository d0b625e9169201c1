import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument, reanalyseDates } from '../../analyse/index.ts';
import type { Grouping } from '../types.ts';
import { MAX_TRIAL_TEXT_CHARS } from './constants.ts';
import { candidateDays, clearlyAnchored, memosFrom, pickTrial, redateDocuments } from './index.ts';

function analysed(id: string, publishedAt: string | null, text: string, stamp?: { method: 'timestamp' | 'dateline'; raw: string }): AnalysedDocument {
  const doc: CleanDocument = {
    id, source: `${id}.txt`, title: `${id} report`, outlet: `${id} outlet`, byline: null, publishedAt,
    dateProvenance: stamp ? { ...stamp, inferred: false }
      : publishedAt ? { method: 'meta', raw: publishedAt, inferred: false } : { method: 'none', raw: null, inferred: false },
    dateCandidates: [], modifiedAt: null, language: 'en', url: null, text,
  };
  return { doc, analysis: analyseDocument(doc) };
}

const grouped = (docs: AnalysedDocument[], story = (_id: string): string => 's1'): Grouping => ({
  duplicateOf: new Map(), syndicatedFrom: new Map(), storyOf: new Map(docs.map((d) => [d.doc.id, story(d.doc.id)])), stories: [],
});

// An invented story: a recall on Wednesday 12 March 2025, a press conference on Friday 14, a ban abroad on Saturday 15.
const friday = analysed('a', '2025-03-14', 'The Dorvan Medicines Board recalled two batches of Calmex syrup on Wednesday. '
  + 'Health Minister Ilse Marrow told a news conference on Friday that those responsible would be found.');
const saturday = analysed('b', '2025-03-15', 'Neighbouring Estria banned Calmex syrup on Saturday, its health ministry said. '
  + 'Health Minister Ilse Marrow told a news conference on Friday that those responsible would be found.');
const roundup = analysed('c', null, 'Estria banned Calmex syrup today. The Dorvan Medicines Board recalled two batches on Wednesday, '
  + 'and Health Minister Ilse Marrow told a news conference on Friday that those responsible would be found.');

test('a page with no date takes the day its story\'s trusted pages agree with, marked inferred', () => {
  const out = redateDocuments([friday, saturday, roundup], grouped([friday, saturday, roundup])).docs;
  const c = out.find((d) => d.doc.id === 'c')!;
  assert.equal(c.analysis.publishedAt, '2025-03-15');
  assert.equal(c.analysis.dateProvenance.method, 'inferred');
  assert.equal(c.analysis.dateProvenance.inferred, true);
  // "today" pins the day: no other day reads the same.
  assert.equal(c.analysis.dateProvenance.raw, "dated from the story's other 2 articles (1 event dated alike, 1 more of the same type on the same day, 3 days stated alike)");
  const text = c.doc.text;
  const said = (needle: string): string | undefined => c.analysis.dates.find((m) => text.slice(m.start, m.end).includes(needle))?.date.value;
  assert.equal(said('today'), '2025-03-15');
  assert.equal(said('Wednesday'), '2025-03-12');
  assert.equal(said('Friday'), '2025-03-14');
  // The reader is told, with the words that were read against the day.
  const { flags } = redateDocuments([friday, saturday, roundup], grouped([friday, saturday, roundup]));
  assert.deepEqual(flags.map((f) => [f.kind, f.documentIds]), [['date', ['c']]]);
  assert.match(flags[0]!.message, /^Page "c report" prints no date; 2025-03-15 is inferred: dated from the story's other 2 articles \(1 event/);
  assert.deepEqual(flags[0]!.evidence!.map((e) => text.slice(e.start, e.end)), ['today', 'on Wednesday', 'on Friday']);
  // Trusted pages are returned untouched.
  assert.equal(out.find((d) => d.doc.id === 'a'), friday);
});

test('a text that reads the same on several days takes the earliest, and says up to when it reads the same', () => {
  const weekdays = analysed('e', null, 'Neighbouring Estria banned Calmex syrup on Saturday, '
    + 'and Health Minister Ilse Marrow told a news conference on Friday that those responsible would be found.');
  const e = redateDocuments([friday, saturday, weekdays], grouped([friday, saturday, weekdays])).docs.find((d) => d.doc.id === 'e')!;
  assert.equal(e.analysis.publishedAt, '2025-03-15');
  assert.match(e.analysis.dateProvenance.raw ?? '', /; its text reads the same on any day up to 2025-03-20$/);
});

test('of the days that read a digest alike, not the one a line it credits to another outlet names by its weekday', () => {
  const digest = analysed('h', null, 'Neighbouring Estria banned Calmex syrup on Saturday, as reported by the Halvory Courier. '
    + 'Health Minister Ilse Marrow told a news conference on Friday that those responsible would be found.');
  const h = redateDocuments([friday, saturday, digest], grouped([friday, saturday, digest])).docs.find((d) => d.doc.id === 'h')!;
  // Read on the Saturday, the Courier's "on Saturday" would be the digest's own day: the next day that reads alike.
  assert.equal(h.analysis.publishedAt, '2025-03-16');
  assert.match(h.analysis.dateProvenance.raw ?? '', /; its text reads the same on any day up to 2025-03-20$/);
});

test('later days whose readings tell the story by the same events and score alike are named in the note: the day is no surer than that', () => {
  // An invented shooting on Monday 9 June 2025. "tomorrow" names a vigil no other page dates: each candidate day reads it
  // otherwise, so no two days read the same, yet every day of that week tells the shooting alike and scores alike.
  const shot = analysed('m', '2025-06-10', 'Oren Talvik, 31, was shot dead on Monday night outside a bar in Marrisfield, police said.');
  const page = analysed('n', null, 'Oren Talvik was shot dead on Monday night outside a bar in Marrisfield, police said. A vigil will be held tomorrow.');
  const { docs, flags } = redateDocuments([shot, page], grouped([shot, page]));
  // The Monday itself is left out: a page that says "tomorrow" would call its own day "today", not "Monday".
  assert.equal(docs.find((d) => d.doc.id === 'n')!.analysis.publishedAt, '2025-06-10');
  assert.match(flags[0]!.message, /^Page "n report" prints no date; 2025-06-10 is inferred: dated from the story's other article \(1 event dated alike.*\); it fits the story as well on days up to 2025-06-15\.$/);
});

test('of two readings that agree alike, the one that puts the page\'s own days after the shared news wins', () => {
  // "identified on Wednesday" reads as the Wednesday before the Saturday shooting on 15-18 March, the Wednesday after from the 19th.
  const shot = analysed('g', '2025-03-15', 'Tomas Brell, 44, was shot dead on Saturday morning outside his home in Varrow, police said. '
    + 'Officers found Tomas Brell in the driveway.');
  const named = analysed('h', null, 'A man shot dead on Saturday morning in Varrow was identified on Wednesday as Tomas Brell, 44, '
    + 'the county coroner said. Tomas Brell was found in his driveway.');
  const h = redateDocuments([shot, named], grouped([shot, named])).docs.find((d) => d.doc.id === 'h')!;
  assert.equal(h.analysis.publishedAt, '2025-03-19');
});

test('a page dated weeks after its story whose own day contradicts it takes the day its text reads, flagged with both days', () => {
  const shot = analysed('g', '2025-03-15', 'Tomas Brell, 44, was shot dead on Saturday morning outside his home in Varrow, police said. '
    + 'Officers found Tomas Brell in the driveway.');
  // A widget printed the day the page was fetched: read on it, "on Saturday" is 19 April.
  const widget = analysed('w', '2025-04-24', 'Tomas Brell, 44, was shot dead on Saturday morning in Varrow, police said. '
    + 'Tomas Brell was found in his driveway by a neighbour.');
  // A follow-up weeks later tells new things on its own days and contradicts nothing: its date stands.
  const trial = analysed('t', '2025-04-24', 'A Varrow man was charged on Tuesday with the murder of Tomas Brell, prosecutors said.');
  const docs = [shot, widget, trial];
  const { docs: out, flags } = redateDocuments(docs, grouped(docs));
  const w = out.find((d) => d.doc.id === 'w')!;
  assert.equal(w.analysis.publishedAt, '2025-03-15');
  assert.equal(w.analysis.dateProvenance.inferred, true);
  assert.equal(w.doc.publishedAt, '2025-04-24');
  assert.equal(out.find((d) => d.doc.id === 't'), trial);
  assert.deepEqual(flags.map((f) => [f.kind, f.documentIds]), [['date', ['w']]]);
  assert.match(flags[0]!.message, /^Page date 2025-04-24 of "w report" disagrees with what its text tells, read against the earlier coverage of its story; 2025-03-15 is inferred/);
  assert.deepEqual(flags[0]!.evidence!.map((e) => w.doc.text.slice(e.start, e.end)), ['on Saturday morning']);
});

test('a page dated by its publisher\'s own timed stamp keeps it however its text reads against the earlier coverage; a date line, an "Updated" stamp or a date alone is re-read', () => {
  const shot = analysed('g', '2025-03-15', 'Cadmon Selwick, 51, was shot dead on Saturday morning outside his home in Lodderby, police said. '
    + 'Officers found Cadmon Selwick in the driveway.');
  const text = 'Cadmon Selwick, 51, was shot dead on Saturday morning in Lodderby, police said. Cadmon Selwick was found in his driveway by a neighbour.';
  const dayOf = (stamp: { method: 'timestamp' | 'dateline'; raw: string }): string | null => {
    const page = analysed('p', '2025-04-24', text, stamp);
    return redateDocuments([shot, page], grouped([shot, page])).docs.find((d) => d.doc.id === 'p')!.analysis.publishedAt;
  };
  assert.equal(dayOf({ method: 'timestamp', raw: '24/04/2025 – 07:10' }), '2025-04-24');
  assert.equal(dayOf({ method: 'dateline', raw: 'Thursday, April 24, 2025' }), '2025-03-15');
  assert.equal(dayOf({ method: 'timestamp', raw: 'Updated 24/04/2025 – 07:10' }), '2025-03-15');
  // A date alone in a date element may be the page header's widget.
  assert.equal(dayOf({ method: 'timestamp', raw: 'Thursday, April 24, 2025' }), '2025-03-15');
});

test('a widget page whose weekday and count "four weeks to the day after" a day it gives clash on its own day takes the week they agree in', () => {
  const fire = analysed('f', '2025-03-05', 'Fire crews fought a blaze at the Beltrove flax mill in Marrowdale on Tuesday. '
    + 'The Beltrove flax mill was destroyed, the Marrowdale fire brigade said.');
  // Read on its widget's day, "On Wednesday" is 10 September 2025 and the count lands on 1 April: the text contradicts that day.
  const widget = analysed('w', '2025-09-14', 'On Wednesday the inspectors published their report into the Beltrove mill fire, '
    + 'four weeks almost to the day after the flax mill burned on March 4. The report blames a faulty dryer.', { method: 'dateline', raw: 'Sunday, September 14, 2025' });
  const { docs, flags } = redateDocuments([fire, widget], grouped([fire, widget]));
  const w = docs.find((d) => d.doc.id === 'w')!;
  // 1 April 2025 is a Tuesday: the Wednesday nearest it is 2 April, and the page is written that day or in the week after.
  assert.equal(w.analysis.publishedAt, '2025-04-02');
  assert.equal(w.analysis.dates.find((m) => m.text === 'On Wednesday')?.date.value, '2025-04-02');
  assert.deepEqual(flags.map((f) => f.documentIds), [['w']]);
  assert.match(flags[0]!.message, /^Page date 2025-09-14 of "w report" disagrees with what its text tells.*; 2025-04-02 is inferred: the day its text counts \("four weeks almost to the day after"\)/);
  // Without the count, nothing in the text questions the printed day.
  const plain = analysed('p', '2025-09-14', 'On Wednesday the inspectors published their report into the Beltrove mill fire. The report blames a faulty dryer.',
    { method: 'dateline', raw: 'Sunday, September 14, 2025' });
  assert.equal(redateDocuments([fire, plain], grouped([fire, plain])).docs.find((d) => d.doc.id === 'p')!.analysis.publishedAt, '2025-09-14');
});

test('a publisher\'s stamp written 03/04/2025 may be read either way round: the text picks between its two readings, and only between them', () => {
  const shot = analysed('g', '2025-03-01', 'Cadmon Selwick, 51, was shot dead on Saturday morning outside his home in Lodderby, police said. '
    + 'Officers found Cadmon Selwick in the driveway.');
  const text = 'Cadmon Selwick, 51, was shot dead on Saturday morning in Lodderby, police said. Cadmon Selwick was found in his driveway by a neighbour.';
  const dayOf = (publishedAt: string, raw: string): string | null => {
    const page = analysed('p', publishedAt, text, { method: 'timestamp', raw });
    return redateDocuments([shot, page], grouped([shot, page])).docs.find((d) => d.doc.id === 'p')!.analysis.publishedAt;
  };
  // Read day-first, 3 April: "on Saturday" would be 29 March; read month-first, 4 March, it is the story's Saturday.
  assert.equal(dayOf('2025-04-03', '03/04/2025 – 07:10'), '2025-03-04');
  // Only one reading: the stamp stands.
  assert.equal(dayOf('2025-04-13', '13/04/2025 – 07:10'), '2025-04-13');
});

test('a widget page that tells a happening twice, on Friday and by its date, takes the day both land on, with no coverage to read it against', () => {
  // Read on its widget's day, "on Friday" is 12 September 2025, while its own list dates the delivery 11 April 2025.
  const text = 'The audit of the Tolvey harbour cranes was due at the end of March. '
    + 'Professor Haskovar Varrigo delivered his findings to the Tolvey harbour board on Friday, and the board published a summary this morning.\n'
    + 'Dates, for the record:\n2025-03-07 - crane collapse at Pier Nine\n2025-04-11 - audit findings delivered\n';
  const widget = analysed('w', '2025-09-14', text, { method: 'dateline', raw: 'Sunday, September 14, 2025' });
  const { docs, flags } = redateDocuments([widget], grouped([widget]));
  const w = docs[0]!;
  // 11 April 2025 is a Friday: the page is written the day after it, or in the week after.
  assert.equal(w.analysis.publishedAt, '2025-04-12');
  assert.equal(w.analysis.dates.find((m) => m.text === 'on Friday')?.date.value, '2025-04-11');
  assert.deepEqual(flags.map((f) => f.documentIds), [['w']]);
  assert.match(flags[0]!.message, /^Page date 2025-09-14 of "w report" disagrees with what its text tells.*; 2025-04-12 is inferred: a happening its text tells twice/);
  // A page printed on a day both land on keeps it, and so does one whose list dates the delivery to no single day.
  const right = analysed('r', '2025-04-14', text, { method: 'dateline', raw: 'Monday, April 14, 2025' });
  assert.equal(redateDocuments([right], grouped([right])).docs[0]!.analysis.publishedAt, '2025-04-14');
  const twice = analysed('t', '2025-09-14', `${text}2025-04-25 - audit findings delivered\n`, { method: 'dateline', raw: 'Sunday, September 14, 2025' });
  assert.equal(redateDocuments([twice], grouped([twice])).docs[0]!.analysis.publishedAt, '2025-09-14');
  // A date stamped with its time of day is no widget's: the text alone does not overturn it.
  const timed = analysed('s', '2025-09-14T10:05:00+01:00', text, { method: 'dateline', raw: '2025-09-14T10:05:00+01:00' });
  assert.equal(redateDocuments([timed], grouped([timed])).docs[0]!.analysis.publishedAt, timed.analysis.publishedAt);
  assert.notEqual(timed.analysis.publishedAt?.slice(0, 10), '2025-04-12');
});

test('a happening a widget page tells twice pairs by its kind whatever each telling names, but not one told as another', () => {
  // "Twelve days ago" an outbreak named by the town, and in the recap guests falling ill under the caterer's name.
  const text = (opening: string): string => `${opening} in Carmondy Cross turned into the worst food poisoning case of the year. `
    + 'Mayor Ulvenhart Drewitt said nothing about it. A quick recap: the lunch was on May 3; the first diners fell ill around 9 p.m.; '
    + 'the caterer, Prevelly Dask, was charged on May 6.';
  const widget = analysed('w', '2025-10-12', text('Twelve days ago a christening lunch'), { method: 'dateline', raw: 'Sunday, October 12, 2025' });
  assert.equal(redateDocuments([widget], grouped([widget])).docs[0]!.analysis.publishedAt, '2025-05-15');
  const again = analysed('a', '2025-10-12', text('Twelve days ago another christening lunch'), { method: 'dateline', raw: 'Sunday, October 12, 2025' });
  assert.equal(redateDocuments([again], grouped([again])).docs[0]!.analysis.publishedAt, '2025-10-12');
});

test('a widget page that opens by counting back in days ("Nine days ago ...") to weeks after its coverage takes the day that count lands on the story\'s happening', () => {
  // An invented story: the ferry Vessany capsized off Haldermoor on Tuesday 4 March 2025; the port reopened on Saturday 8 March.
  const first = analysed('a', '2025-03-04', 'The ferry Vessany capsized off Haldermoor on Tuesday, the coastguard said. Six passengers are missing.');
  const next = analysed('b', '2025-03-05', 'Divers searched the wreck of the Vessany, which capsized off Haldermoor on Tuesday, the coastguard said.');
  const port = analysed('c', '2025-03-09', 'The port of Haldermoor reopened to ferry traffic on Saturday, the harbour master said.');
  // Read on its widget's day, the opening count lands on 1 June and "on Saturday" on 7 June, where the story tells nothing;
  // it names no one the story names, so nothing it dates contradicts the story either.
  const text = (opening: string): string => `${opening}, in the strait I have crossed all my life. `
    + 'The port reopened to ferry traffic on Saturday and I took the first boat across. Nobody on deck spoke.';
  const widget = analysed('w', '2025-06-10', text('Nine days ago a ferry went down'), { method: 'dateline', raw: 'Tuesday, June 10, 2025' });
  const docs = [first, next, port, widget];
  const { docs: out, flags } = redateDocuments(docs, grouped(docs));
  const w = out.find((d) => d.doc.id === 'w')!;
  // Nine days after the capsizing: the count lands on it, and "on Saturday" on the reopening.
  assert.equal(w.analysis.publishedAt, '2025-03-13');
  assert.equal(w.analysis.dates.find((m) => m.text === 'Nine days ago')?.date.value, '2025-03-04');
  assert.deepEqual(flags.map((f) => f.documentIds), [['w']]);
  assert.match(flags[0]!.message, /^Page date 2025-06-10 of "w report" disagrees with what its text tells/);
  // A page whose opening counts back to no day the story tells the same keeps its date.
  const other = analysed('o', '2025-06-10', 'Nine days ago a ferry went down, in the strait I have crossed all my life. Nobody on deck spoke.', { method: 'dateline', raw: 'Tuesday, June 10, 2025' });
  const kept = [first, next, port, other];
  assert.equal(redateDocuments(kept, grouped(kept)).docs.find((d) => d.doc.id === 'o')!.analysis.publishedAt, '2025-06-10');
});

test('a widget page may be the first report of what its storyline tells days later: days before that coverage are tried too', () => {
  const charged = analysed('c', '2025-03-26', 'Ivo Stam was charged on Tuesday with the murder of Tomas Brell, who was shot dead outside his home in Varrow on March 15, prosecutors said.');
  const widget = analysed('w', '2025-05-05', 'Tomas Brell, 44, was shot dead on Saturday morning outside his home in Varrow, police said. Officers found Tomas Brell in the driveway.');
  const w = redateDocuments([charged, widget], grouped([charged, widget])).docs.find((d) => d.doc.id === 'w')!;
  assert.equal(w.analysis.publishedAt, '2025-03-15');
});

test('what a widget page dates alike on its own day and on the day its text reads ("on March 17") does not keep its date', () => {
  const shot = analysed('g', '2025-03-18', 'Tomas Brell, 44, was shot dead on Saturday morning outside his home in Varrow, police said. Police arrested Ivo Stam on Monday, March 17.');
  const widget = analysed('w', '2025-04-28', 'Tomas Brell, 44, was shot dead on Saturday morning in Varrow, police said. Police arrested Ivo Stam on March 17 in Varrow.');
  const { docs, flags } = redateDocuments([shot, widget], grouped([shot, widget]));
  // Read on any day before 17 March, "on March 17" is the year before: the first day that reads it as the story does.
  assert.equal(docs.find((d) => d.doc.id === 'w')!.analysis.publishedAt, '2025-03-17');
  assert.deepEqual(flags.map((f) => f.documentIds), [['w']]);
});

test('a page a year on that dates the story to its year ("last year") keeps its date, though its own day fits the story nowhere', () => {
  const shot = analysed('g', '2025-03-16', 'Tomas Brell, 44, was shot dead on Saturday morning outside his home in Varrow, police said. '
    + 'His sister Mira Brell led a vigil for him on Saturday evening.');
  // Read on 15 March 2025, "a vigil on Saturday" would be the story's vigil; the page says the shooting was last year.
  const anniversary = analysed('a', '2026-03-14', 'Tomas Brell was shot dead outside his home in Varrow last year. His sister Mira Brell led a vigil at the spot on Saturday.');
  const { docs, flags } = redateDocuments([shot, anniversary], grouped([shot, anniversary]));
  assert.equal(docs.find((d) => d.doc.id === 'a'), anniversary);
  assert.deepEqual(flags, []);
});

test('a follow-up months on whose news shares only the storyline\'s subject with an earlier event of its type keeps its date, by whatever name it calls the subject', () => {
  // An invented takeover: the bid on Monday 3 February 2025, the target's board against it on Wednesday 5, the vote on
  // Thursday 20. Every page names the two companies, mostly by their short names ("Corvell", "Dunholt").
  const bid = analysed('b', '2025-02-03', 'Dunholt Holdings launched a takeover bid for Corvell Glassworks on Monday, offering 12 crowns a share. '
    + 'Corvell said on Monday that its board would study the offer.');
  const board = analysed('r', '2025-02-06', 'In Varsa, Corvell rejected the offer from Dunholt on Wednesday, calling it too low. '
    + 'Dunholt said on Thursday that it would take its offer to the shareholders of Corvell.');
  const vote = analysed('v', '2025-02-21', 'Shareholders of Corvell voted in Varsa on Thursday to remove the chairman of Corvell, who opposed the bid from Dunholt.');
  // Three months on, the regulator clears the takeover "yesterday": another event of the bid's type, naming the bidder by
  // the full name the storyline gives once. Read on 4 February, "yesterday" would be the bid's day; the page's own day is right.
  const cleared = analysed('c', '2025-05-14', 'The Lantic Competition Office cleared the takeover of Corvell by Dunholt Holdings yesterday. '
    + 'Both companies were told of the decision the day before, and Corvell shares barely moved.');
  const docs = [bid, board, vote, cleared];
  const { docs: out, flags } = redateDocuments(docs, grouped(docs));
  assert.equal(out.find((d) => d.doc.id === 'c'), cleared);
  assert.deepEqual(flags, []);
});

/** The same pages with one name typed otherwise ("the government of Quorvia": a place to one rule, an organisation to another). */
function typedAs(docs: AnalysedDocument[], name: string, type: 'place' | 'organization'): AnalysedDocument[] {
  return docs.map(({ doc, analysis }) => {
    const entities = analysis.entities.map((e) => (e.name === name ? { ...e, type } : e));
    return { doc, analysis: reanalyseDates(doc, { ...analysis, entities }) };
  });
}

test('a late page of a disputed election keeps its date whether the region is typed a place or an organisation', () => {
  // An invented disputed regional election: the vote on Sunday 7 September 2025, the result on Tuesday 9, a protest and the
  // government's word on Wednesday 10, a recount ordered on Friday 12; six weeks later the court's final ruling.
  const vote = analysed('v', '2025-09-08', 'Voters in Quorvia elected a regional governor on Sunday. Turnout in Quorvia was 61 per cent, '
    + 'the electoral commission said on Monday. Governor Ilka Haddon said on Sunday night that she expected to win a second term.');
  const count = analysed('c', '2025-09-11', 'Thousands of citizens of Quorvia protested on Wednesday after the electoral commission announced '
    + 'on Tuesday that Governor Ilka Haddon had won by 212 votes. The government of Quorvia said on Wednesday that the count was fair.');
  const recount = analysed('r', '2025-09-13', 'The Supreme Court ordered a recount in Quorvia on Friday. '
    + 'Governor Ilka Haddon said on Friday that she would respect the ruling.');
  // Read on 13 September, its "yesterday" would be the recount's Friday; its own day is right: the protest was "last month".
  const ruling = analysed('l', '2025-10-24', 'The Supreme Court ruled yesterday that the recount had confirmed the victory of Governor Ilka Haddon. '
    + 'Ms Haddon said yesterday that she would govern for all citizens of Quorvia. Thousands of citizens of Quorvia protested last month after the first count.');
  const docs = [vote, count, recount, ruling];
  for (const type of ['place', 'organization'] as const) {
    const typed = typedAs(docs, 'Quorvia', type);
    const { docs: out, flags } = redateDocuments(typed, grouped(typed));
    // Typed a place, Quorvia is the story's setting, the one name the protest "last month" shares with the story: it still counts.
    assert.deepEqual(out.map((d) => d.analysis.publishedAt), ['2025-09-08', '2025-09-11', '2025-09-13', '2025-10-24'], type);
    assert.deepEqual(flags, [], type);
  }
});

test('events that share only the story\'s setting (the country and province every event happens in) do not date a page', () => {
  const ambush = analysed('m', '2025-05-05', "Gunmen ambushed a convoy of the charity Lumen Aid in Morvania's Orvale province on Monday and seized three engineers.");
  const claim = analysed('n', '2025-05-07', "The Grey Lantern group said on Wednesday it had kidnapped the three engineers in Morvania's Orvale province.");
  const video = analysed('v', '2025-05-10', 'The three engineers kidnapped in Morvania\'s Orvale province appeared in a video released this morning.');
  // Weeks later: "freed ... today" is another release than the video's, though both are told in Morvania.
  const home = analysed('h', null, 'Three engineers freed by an armed group in Morvania were flying home today after weeks held in Orvale province.');
  const docs = [ambush, claim, video, home];
  const { docs: out, flags } = redateDocuments(docs, grouped(docs));
  assert.equal(out.find((d) => d.doc.id === 'h'), home);
  assert.match(flags[0]!.message, /its story's other articles do not settle one/);
});

test('a page whose events name nobody the story names is dated by two relative dates landing on days the story tells the same things', () => {
  // An invented theft on Sunday 6 April 2025; the gallery reopened on Saturday 12 April and a letter came on Monday 14 April.
  const theft = analysed('t', '2025-04-06', 'Burglars stole five tapestries from the Orlen Civic Gallery in Pelsworth early on Sunday, police said.');
  const letter = analysed('l', '2025-04-14', 'The Orlen Civic Gallery reopened its doors to visitors on Saturday with bare walls. '
    + 'A letter demanding a ransom for the stolen tapestries reached the gallery director on Monday, police said.');
  // An aggregator's rewrite (written Tuesday 15 April) that names none of them: "nine days ago" and "yesterday" fix its day.
  const rewrite = analysed('r', null, 'Someone who says they hold the five tapestries stolen from the gallery nine days ago has asked for money. '
    + 'The ransom letter for the stolen tapestries reached the director yesterday, the paper reported.');
  const docs = [theft, letter, rewrite];
  const { docs: out, flags } = redateDocuments(docs, grouped(docs));
  const r = out.find((d) => d.doc.id === 'r')!;
  assert.equal(r.analysis.publishedAt, '2025-04-15');
  assert.equal(r.analysis.dateProvenance.inferred, true);
  const said = (needle: string): string | undefined => r.analysis.dates.find((m) => r.doc.text.slice(m.start, m.end).includes(needle))?.date.value;
  assert.equal(said('nine days ago'), '2025-04-06');
  assert.equal(said('yesterday'), '2025-04-14');
  assert.equal(r.analysis.dateProvenance.raw, "dated from the story's other 2 articles (2 relative dates landing on days its articles tell the same things, "
    + '3 events of the same type on the same day, 2 days stated alike)');
  assert.match(flags[0]!.message, /^Page "r report" prints no date; 2025-04-15 is inferred: dated from the story's other 2 articles \(2 relative dates/);
  // One such date alone ("yesterday") pins no day: any day after another letter would read the same.
  const once = analysed('o', null, 'The ransom letter for the stolen tapestries reached the director yesterday, the paper reported.');
  const alone = redateDocuments([theft, letter, once], grouped([theft, letter, once])).docs;
  assert.equal(alone.find((d) => d.doc.id === 'o'), once);
  // Nor do weekday names alone: "on Saturday" and "on Monday" read the same on any day of the week after.
  const weekdays = analysed('w', null, 'The gallery reopened its doors to visitors on Saturday with bare walls. '
    + 'A ransom letter for the stolen tapestries reached the gallery director on Monday, the paper reported.');
  const named = redateDocuments([theft, letter, weekdays], grouped([theft, letter, weekdays])).docs;
  assert.equal(named.find((d) => d.doc.id === 'w'), weekdays);
});

test('a statement on a day the story has none does not keep a page from its anchored day when the story tells statements on many days', () => {
  // The same invented theft; the gallery's director speaks on Sunday 6, Tuesday 8 and Friday 11 April.
  const theft = analysed('t', '2025-04-06', 'Burglars stole five tapestries from the Orlen Civic Gallery in Pelsworth early on Sunday, police said. '
    + 'Gallery director Wilna Hollis said on Sunday that the gallery would stay closed.');
  const insurers = analysed('i', '2025-04-09', 'Wilna Hollis said on Tuesday that the insurers of the Orlen Civic Gallery had been told.');
  const letter = analysed('l', '2025-04-14', 'The Orlen Civic Gallery reopened its doors to visitors on Saturday with bare walls. '
    + 'A letter demanding a ransom for the stolen tapestries reached the gallery director on Monday, police said. '
    + 'Wilna Hollis said on Friday that the gallery would reopen. Its chairman, Osker Telling, resigned on Thursday.');
  // The rewrite (Tuesday 15 April) also has her speak yesterday, a day no trusted page gives her words.
  const rewrite = analysed('r', null, 'Someone who says they hold the five tapestries stolen from the gallery nine days ago has asked for money. '
    + 'The ransom letter for the stolen tapestries reached the director yesterday, the paper reported. '
    + 'Wilna Hollis said yesterday that the gallery would not pay.');
  const docs = [theft, insurers, letter, rewrite];
  const r = redateDocuments(docs, grouped(docs)).docs.find((d) => d.doc.id === 'r')!;
  assert.equal(r.analysis.publishedAt, '2025-04-15');
  // Told of a thing the story tells on one day (the chairman's resignation, on Thursday) as 'yesterday', the same page stays undated.
  const stolen = analysed('s', null, 'Someone who says they hold the five tapestries stolen from the gallery nine days ago has asked for money. '
    + 'The ransom letter for the stolen tapestries reached the director yesterday, the paper reported. '
    + 'Osker Telling resigned yesterday as chairman of the gallery.');
  const again = [theft, insurers, letter, stolen];
  assert.equal(redateDocuments(again, grouped(again)).docs.find((d) => d.doc.id === 's'), stolen);
});

test('a page its story cannot date is read against the pages of its storyline', () => {
  // The roundup is grouped alone, but its story and the other two are one storyline.
  const split = (id: string): string => (id === 'c' ? 's2' : 's1');
  const docs = [friday, saturday, roundup];
  const lines: Grouping = { ...grouped(docs, split), stories: [
    { id: 's1', title: 'recall', documentIds: ['a', 'b'], storylineId: 's1' },
    { id: 's2', title: 'recall roundup', documentIds: ['c'], storylineId: 's1' },
  ] };
  const { docs: out, flags } = redateDocuments(docs, lines);
  assert.equal(out.find((d) => d.doc.id === 'c')!.analysis.publishedAt, '2025-03-15');
  assert.match(flags[0]!.message, /^Page "c report" prints no date; 2025-03-15 is inferred: dated from the storyline's other 2 articles/);
});

test('a day the storyline reads clearly best outweighs another its part, the page\'s own story, reads best', () => {
  // The roundup is grouped with a page of June that tells the minister at another news conference on a Friday (20 June): read
  // against that page alone it fits a day of late June; read against the whole storyline its recall, news conference and
  // ban all fit Saturday 15 March.
  // (Its publisher's own timed stamp: its date is not questioned.)
  const june = analysed('d', '2025-06-21', 'Health Minister Ilse Marrow told a news conference on Friday that those responsible for the Calmex recall would be found.',
    { method: 'timestamp', raw: 'Published on: 21/06/2025 – 07:10' });
  const docs = [friday, saturday, roundup, june];
  const lines: Grouping = { ...grouped(docs, (id) => (id === 'c' || id === 'd' ? 's2' : 's1')), stories: [
    { id: 's1', title: 'recall', documentIds: ['a', 'b'], storylineId: 's1' },
    { id: 's2', title: 'ban', documentIds: ['c', 'd'], storylineId: 's1' },
  ] };
  const alone: Grouping = { ...lines, stories: lines.stories.map((x) => ({ ...x, storylineId: x.id })) };
  assert.match(redateDocuments(docs, alone).docs.find((d) => d.doc.id === 'c')!.analysis.publishedAt ?? '', /^2025-06-/);
  const { docs: out, flags } = redateDocuments(docs, lines);
  assert.equal(out.find((d) => d.doc.id === 'c')!.analysis.publishedAt, '2025-03-15');
  assert.deepEqual(flags.map((f) => f.documentIds), [['c']]);
  assert.match(flags[0]!.message, /^Page "c report" prints no date; 2025-03-15 is inferred: dated from the storyline's other 3 articles/);
});

test('the result does not depend on the order of the documents', () => {
  const forward = redateDocuments([friday, saturday, roundup], grouped([friday, saturday, roundup])).docs;
  const backward = redateDocuments([roundup, saturday, friday], grouped([friday, saturday, roundup])).docs;
  assert.deepEqual(backward.find((d) => d.doc.id === 'c')!.analysis, forward.find((d) => d.doc.id === 'c')!.analysis);
});

test('a page stays undated when its story has no trusted page, or its text dates nothing against the day', () => {
  const alone = redateDocuments([friday, roundup], grouped([friday, roundup], (id) => (id === 'c' ? 's2' : 's1')));
  assert.equal(alone.docs.find((d) => d.doc.id === 'c'), roundup);
  assert.deepEqual(alone.flags.map((f) => [f.kind, f.documentIds]), [['date', ['c']]]);
  assert.match(alone.flags[0]!.message, /prints no date, and no other article of its story carries one/);
  const timeless = analysed('d', null, 'Calmex syrup is sold in pharmacies across Dorvan and Estria. Parents are asked to return any bottle.');
  const out = redateDocuments([friday, saturday, timeless], grouped([friday, saturday, timeless])).docs;
  assert.equal(out.find((d) => d.doc.id === 'd'), timeless);
  assert.equal(timeless.analysis.dateProvenance.method, 'none');
  // An event that names nobody on a day the story gives it is not enough on its own.
  const nameless = analysed('f', null, 'Estria banned Calmex syrup today.');
  const lone = redateDocuments([friday, saturday, nameless], grouped([friday, saturday, nameless])).docs;
  assert.equal(lone.find((d) => d.doc.id === 'f'), nameless);
});

test('a page far longer than any article is not read against its story\'s days: it stays undated, and the flag says why', () => {
  // The roundup's words, then a wall of filler past the limit (the analysis of its opening holds: the filler adds nothing).
  const filler = '\n\nPharmacies in the capital stayed open late.'.repeat(Math.ceil(MAX_TRIAL_TEXT_CHARS / 40));
  const wall: AnalysedDocument = { doc: { ...roundup.doc, id: 'w', text: roundup.doc.text + filler }, analysis: roundup.analysis };
  const out = redateDocuments([friday, saturday, wall], grouped([friday, saturday, wall]));
  assert.equal(out.docs.find((d) => d.doc.id === 'w'), wall);
  assert.deepEqual(out.flags.map((f) => [f.kind, f.documentIds]), [['date', ['w']]]);
  assert.equal(out.flags[0]!.message, `Page "c report" prints no date, and at ${wall.doc.text.length} characters it is too long to be read against its story's days: its relative dates are left unresolved.`);
});

test('a page its story cannot date keeps what reads alike on every day the story allows, and leaves the rest unresolved', () => {
  const background = analysed('g', null, 'Calmex syrup was first licensed in Dorvan in January, and inspectors visited its maker on March 3. '
    + 'A pharmacist in Estria said on Tuesday that sales had fallen since last year.');
  const out = redateDocuments([friday, saturday, background], grouped([friday, saturday, background]));
  const page = out.docs.find((d) => d.doc.id === 'g')!;
  assert.equal(page.analysis.publishedAt, null);
  assert.equal(page.analysis.dateProvenance.method, 'none');
  assert.deepEqual(page.analysis.dates.map((m) => [m.text, m.date.value]), [['January', '2025-01'], ['March 3', '2025-03-03'], ['last year', '2024']]);
  assert.match(out.flags.find((f) => f.documentIds[0] === 'g')!.message, /prints no date, and its story's other articles do not settle one/);
  // Without any trusted page in its story, nothing is fixed: the window is unknown.
  const alone = redateDocuments([friday, background], grouped([friday, background], (id) => (id === 'g' ? 's2' : 's1')));
  assert.equal(alone.docs.find((d) => d.doc.id === 'g'), background);
});

test('an undated look back on its story reads a later past month in the story\'s year, and nothing counted from its own day', () => {
  const lookBack = analysed('h', null, 'The Dorvan Medicines Board fined the maker of Calmex syrup over the recall it ordered in March. '
    + 'Its director, Jossel Wrenhold, resigned in June and now advises the board. The health minister said last week that the law would change.');
  const page = redateDocuments([friday, saturday, lookBack], grouped([friday, saturday, lookBack])).docs.find((d) => d.doc.id === 'h')!;
  assert.equal(page.analysis.publishedAt, null);
  assert.deepEqual(page.analysis.dates.map((m) => [m.text, m.date.value]), [['March', '2025-03'], ['June', '2025-06']]);
  // Without the story's month named, June stays the one before the story, as a page of the story's days would mean it.
  const inWindow = analysed('i', null, 'Its director, Jossel Wrenhold, resigned in June and now advises the board.');
  const kept = redateDocuments([friday, saturday, inWindow], grouped([friday, saturday, inWindow])).docs.find((d) => d.doc.id === 'i')!;
  assert.deepEqual(kept.analysis.dates.map((m) => [m.text, m.date.value]), [['June', '2024-06']]);
});

test('two readings of the text that agree equally well with the story date nothing', () => {
  const reading = (key: string, agreements: number) => ({ key, agreements, looseAgreements: 0, disagreements: 0, firmDisagreements: 0, leadDisagreements: 0, sharedDays: 0, daysBeforeStory: 0, periodAgreements: 0, toldAlike: 0, toldWords: 0, evidence: key, contradicted: [], anchors: 0 });
  const trial = (day: number, key: string, agreements: number) => ({ day, analysis: friday.analysis, reading: reading(key, agreements) });
  assert.equal(pickTrial([trial(10, 'x', 2), trial(11, 'y', 2)]), null);
  // The earliest day of the winning reading: a page is written soon after what it tells.
  assert.equal(pickTrial([trial(12, 'x', 2), trial(10, 'x', 2), trial(11, 'y', 0)])?.day, 10);
  // Two readings that share the same events with the story and score alike differ only in what no page dates: the earliest.
  const same = (day: number, key: string) => ({ ...trial(day, key, 2), reading: { ...reading(key, 2), evidence: 'e0:attack:5' } });
  assert.equal(pickTrial([same(11, 'y'), same(10, 'x'), trial(12, 'z', 0)])?.day, 10);
  // One agreement with a disagreement is not enough.
  assert.equal(pickTrial([{ ...trial(10, 'x', 1), reading: { ...reading('x', 1), disagreements: 1 } }]), null);
});

test('of two readings that tell the story by as many pieces, the one told in clearly more of the same words wins', () => {
  const reading = (key: string, toldWords: number) => ({ key, agreements: 1, looseAgreements: 0, disagreements: 0, firmDisagreements: 0, leadDisagreements: 0, sharedDays: 0, daysBeforeStory: 0, periodAgreements: 0, toldAlike: 2, toldWords, evidence: key, contradicted: [], anchors: 0 });
  const trial = (day: number, key: string, toldWords: number) => ({ day, analysis: friday.analysis, reading: reading(key, toldWords) });
  // "announced the inquiry yesterday" lands on a trusted sentence sharing 11 words on day 12, 7 on day 10: day 12, though later.
  assert.equal(pickTrial([trial(10, 'x', 7), trial(12, 'y', 11), trial(11, 'z', 0)])?.day, 12);
  // Two words more is no clear difference: nothing is dated.
  assert.equal(pickTrial([trial(10, 'x', 9), trial(12, 'y', 11)]), null);
  // A third reading as alike as the best keeps it from the day.
  assert.equal(pickTrial([trial(10, 'x', 7), trial(12, 'y', 11), trial(14, 'w', 10)]), null);
});

test('of readings that score alike, the one on which more of the page\'s offsets land on the story\'s days wins', () => {
  const reading = (evidence: string, anchors: number) => ({ key: evidence, agreements: 0, looseAgreements: 3, disagreements: 1, firmDisagreements: 0, leadDisagreements: 0, sharedDays: 6, daysBeforeStory: 1, periodAgreements: 0, toldAlike: 2, toldWords: 19, evidence, contradicted: [], anchors });
  const trial = (day: number, evidence: string, anchors: number) => ({ day, analysis: friday.analysis, reading: reading(evidence, anchors) });
  // Read on day 11, "since yesterday" and "on Tuesday" land on two days the story tells alike; on days 10 and 12 on one.
  const picked = pickTrial([trial(10, 'e1:detention:9,d4:9', 2), trial(11, 'e1:detention:9,d4:10', 3), trial(12, 'e1:detention:9,d4:11', 2)], clearlyAnchored);
  assert.equal(picked?.day, 11);
  // As many anchors on two days: no clear day.
  assert.equal(pickTrial([trial(10, 'e1:detention:9,d4:9', 3), trial(11, 'e1:detention:9,d4:10', 3)], clearlyAnchored), null);
});

test('candidate days run from three days before the earliest trusted page to two weeks after the latest, in order', () => {
  const days = candidateDays(['2025-03-14T10:00:00Z', '2025-03-15']);
  const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
  assert.equal(iso(days[0]!), '2025-03-11');
  assert.equal(iso(days.at(-1)!), '2025-03-29');
  assert.equal(days.length, 19);
  assert.ok(candidateDays(['2025-01-01', '2025-03-01', '2025-06-01']).length <= 45);
});

test('a later build reuses the day decided on the same evidence, and decides again when the evidence changed', () => {
  const docs = [friday, saturday, roundup];
  const first = redateDocuments(docs, grouped(docs));
  assert.deepEqual(Object.keys(first.memos), ['c']);
  assert.equal(first.memos.c!.day, '2025-03-15');
  // The same memos give the same documents and flags.
  const again = redateDocuments(docs, grouped(docs), first.memos);
  assert.deepEqual(again.docs.map((d) => [d.analysis.publishedAt, d.analysis.dateProvenance]), first.docs.map((d) => [d.analysis.publishedAt, d.analysis.dateProvenance]));
  assert.deepEqual(again.flags, first.flags);
  // A memo is read, not recomputed: one that says another day is taken as it stands...
  const told = { c: { ...first.memos.c!, day: '2025-03-16', note: 'an earlier build' } };
  const reused = redateDocuments(docs, grouped(docs), told).docs.find((d) => d.doc.id === 'c')!;
  assert.equal(reused.analysis.publishedAt, '2025-03-16');
  assert.equal(reused.analysis.dateProvenance.raw, 'an earlier build');
  // ...unless the evidence differs (here the story has one trusted page fewer): then the day is decided again.
  const fewer = [saturday, roundup];
  const decided = redateDocuments(fewer, grouped(fewer), told);
  assert.notEqual(decided.memos.c!.key, first.memos.c!.key);
  assert.notEqual(decided.docs.find((d) => d.doc.id === 'c')!.analysis.dateProvenance.raw, 'an earlier build');
});

test('memos read from a stored state: anything but well-formed memos is none', () => {
  assert.deepEqual(memosFrom(undefined), {});
  assert.deepEqual(memosFrom({ c: { key: 'k', day: 5 } }), {});
  assert.deepEqual(memosFrom('garbage'), {});
  assert.deepEqual(memosFrom({ c: { key: 'k', day: null, note: null } }), { c: { key: 'k', day: null, note: null } });
});

test('three anchors outweigh one event the page dates otherwise than its story; two do not', () => {
  const reading = (anchors: number, firm: number) => ({ key: 'k', agreements: 0, looseAgreements: 3, disagreements: firm, firmDisagreements: firm, leadDisagreements: 0, sharedDays: 3, daysBeforeStory: 0, periodAgreements: 0, toldAlike: 3, toldWords: 12, evidence: 'k', contradicted: [], anchors });
  assert.equal(clearlyAnchored(reading(3, 1)), true);
  assert.equal(clearlyAnchored(reading(2, 1)), false);
  assert.equal(clearlyAnchored(reading(2, 0)), true);
  assert.equal(clearlyAnchored(reading(3, 2)), false);
});

test('a page its story cannot date keeps an event its text tells only once a date is read, when every day the story allows dates it alike', () => {
  const deadline = analysed('h', null, 'A pharmacist in Estria said on Tuesday that sales had fallen. The Dorvan Medicines Board has until the end of June to replace the Calmex plant.');
  // Read with no day, "the end of June" has no year, and the deadline it makes is no event.
  assert.equal(deadline.analysis.events.some((e) => e.type === 'deadline'), false);
  const out = redateDocuments([friday, saturday, deadline], grouped([friday, saturday, deadline]));
  const page = out.docs.find((d) => d.doc.id === 'h')!;
  assert.equal(page.analysis.publishedAt, null);
  assert.deepEqual(page.analysis.events.filter((e) => e.type === 'deadline').map((e) => e.date?.value), ['2025-06']);
});

test('a heading that counts the page\'s day of a happening ("<happening>, day four") dates an undated page from the day its story\'s pages agree it began', () => {
  // An invented strike at the Castravel glassworks, begun on Monday 14 September 2026.
  const one = analysed('g', '2026-09-14', 'Workers at the Castravel glassworks went on strike on Monday over pay.');
  const two = analysed('h', '2026-09-15', 'The strike at the Castravel glassworks began on Monday, the union said.');
  const digest = analysed('i', null, 'Castravel glassworks strike, day four: the furnaces cool\n\n'
    + 'Shop steward Orla Sternmark said the last kiln was shut down yesterday.');
  const i = redateDocuments([one, two, digest], grouped([one, two, digest])).docs.find((d) => d.doc.id === 'i')!;
  assert.equal(i.analysis.publishedAt, '2026-09-17');
});

test('running text telling the page\'s day of a happening ("is now in its fourth day") dates an undated page from the day its story\'s pages agree it began', () => {
  // An invented blockade of the Tarrowby ferry port, begun on Tuesday 6 October 2026.
  const one = analysed('g', '2026-10-06', 'Fishermen began a blockade of the Tarrowby ferry port on Tuesday over quotas.');
  const two = analysed('h', '2026-10-07', 'The blockade of the Tarrowby ferry port began on Tuesday, the harbour office said.');
  const digest = analysed('i', null, 'Port roundup\n\n'
    + 'The blockade at the Tarrowby ferry port is now in its fourth day, and the queue of lorries keeps growing. '
    + 'Skipper Tegwith Quenneval said the last ferry left yesterday.');
  const i = redateDocuments([one, two, digest], grouped([one, two, digest])).docs.find((d) => d.doc.id === 'i')!;
  assert.equal(i.analysis.publishedAt, '2026-10-09');
});

test('once a page with no date is dated from its story, a time of day it tells goes on the day told before it', () => {
  const timed = analysed('t', null, 'Estria banned Calmex syrup on Saturday. The ban took effect at 09:30, the ministry said. '
    + 'The Dorvan Medicines Board recalled two batches on Wednesday, '
    + 'and Health Minister Ilse Marrow told a news conference on Friday that those responsible would be found.');
  const t = redateDocuments([friday, saturday, timed], grouped([friday, saturday, timed])).docs.find((d) => d.doc.id === 't')!;
  assert.equal(t.analysis.publishedAt, '2025-03-15');
  const time = t.analysis.dates.find((m) => m.text === 'at 09:30');
  assert.equal(time?.date.value, '2025-03-15');
  // A rebuild from the stored decision reads the page as the first build did.
  const first = redateDocuments([friday, saturday, timed], grouped([friday, saturday, timed]));
  const again = redateDocuments([friday, saturday, timed], grouped([friday, saturday, timed]), first.memos).docs.find((d) => d.doc.id === 't')!;
  assert.deepEqual(again.analysis.dates, t.analysis.dates);
});

test('a title that places the page\'s day a week after a happening ("... a week after the mill explosion") dates an undated page from the day its story\'s pages agree it happened', () => {
  // An invented explosion at the Corlan flour mill in Brimwick on Monday 5 April 2027; the follow-up's title is not in its text.
  const one = analysed('g', '2027-04-05', 'An explosion destroyed the Corlan flour mill in Brimwick on Monday, the fire brigade said.');
  const two = analysed('h', '2027-04-06', 'The explosion at the Corlan flour mill on Monday injured nine workers, the brigade said.');
  const base = analysed('i', null, 'Residents of Brimwick said on Tuesday that repairs to their roofs had begun. '
    + 'The mill owner, Kessvander Skellitar, was questioned by police yesterday.');
  const followUp: AnalysedDocument = { ...base, doc: { ...base.doc, title: 'Brimwick counts the cost a week after the Corlan mill explosion' } };
  const i = redateDocuments([one, two, followUp], grouped([one, two, followUp])).docs.find((d) => d.doc.id === 'i')!;
  assert.equal(i.analysis.publishedAt, '2027-04-12');
  // Without the title, nothing in the text settles the day.
  const bare = redateDocuments([one, two, base], grouped([one, two, base])).docs.find((d) => d.doc.id === 'i')!;
  assert.equal(bare.analysis.publishedAt, null);
});

test('an undated wire copy is dated on the day its dateline names without a year ("PORT ALVER, March 17 (NWA) —"), not the first day that reads alike', () => {
  const body = 'Estria banned Calmex syrup on Saturday, its health ministry said. The Dorvan Medicines Board recalled two batches on Wednesday, '
    + 'and Health Minister Ilse Marrow told a news conference on Friday that those responsible would be found.';
  const wire = analysed('w', null, `Calmex syrup banned abroad\n\nPORT ALVER, Dorvan, March 17 (NWA) — ${body}`);
  const out = redateDocuments([friday, saturday, wire], grouped([friday, saturday, wire])).docs;
  assert.equal(out.find((d) => d.doc.id === 'w')!.analysis.publishedAt, '2025-03-17');
  // (With no dateline the first day that reads alike is taken.)
  const plain = analysed('p', null, `Calmex syrup banned abroad\n\n${body}`);
  const again = redateDocuments([friday, saturday, plain], grouped([friday, saturday, plain])).docs;
  assert.equal(again.find((d) => d.doc.id === 'p')!.analysis.publishedAt, '2025-03-15');
});

test('an undated wire copy that calls its dateline\'s day by its weekday and says "today" of it is dated on that day', () => {
  // Wire style: the lead names the filing day by its weekday ("on Saturday") while a later line says "today".
  const wire = analysed('v', null, 'Calmex syrup banned abroad\n\nKELBRIDGE, Mar 15 (NWA) — Estria banned Calmex syrup on Saturday, its health ministry said. '
    + 'Pharmacies in the border towns cleared their shelves at dawn today. Health Minister Ilse Marrow told a news conference on Friday that those responsible would be found.');
  const out = redateDocuments([friday, saturday, wire], grouped([friday, saturday, wire])).docs;
  assert.equal(out.find((d) => d.doc.id === 'v')!.analysis.publishedAt, '2025-03-15');
});

test('a wire page whose dateline prints its month and day is dated by it, not flagged as printing no date', () => {
  // An invented port closure at Keldmouth on Wednesday 7 May 2025.
  const own = analysed('k', '2025-05-07', 'The Keldmouth harbour board closed the port on Wednesday after a fuel spill, harbour master Orrimay Vashtel said.');
  const wire = analysed('q', null, 'KELDMOUTH, May 7 (RNA) - The Keldmouth harbour board closed the port on Wednesday after a fuel spill, '
    + 'harbour master Orrimay Vashtel said.');
  const { docs, flags } = redateDocuments([own, wire], grouped([own, wire]));
  assert.equal(docs.find((d) => d.doc.id === 'q')!.analysis.publishedAt, '2025-05-07');
  assert.deepEqual(flags, []);
});

test('a page whose copyright line prints its year is not flagged as printing no date when its story settles no day', () => {
  const harbour = analysed('h', null, 'Volunteers repainted the lighthouse at Quenmoor Point on Saturday, the harbour trust said. '
    + 'The work took eleven hours and used forty litres of white paint.');
  const stamped: AnalysedDocument = { doc: { ...harbour.doc, copyrightYear: 2025 }, analysis: harbour.analysis };
  const split = (id: string): string => (id === 'h' ? 's2' : 's1');
  assert.deepEqual(redateDocuments([friday, stamped], grouped([friday, stamped], split)).flags, []);
  // The same page without the year is told as printing none.
  assert.deepEqual(redateDocuments([friday, harbour], grouped([friday, harbour], split)).flags.map((f) => [f.kind, f.documentIds]), [['date', ['h']]]);
});

test('a widget page re-read on the day its coverage gives it stays evidence for an undated page of its story, as so read', () => {
  const first = analysed('a', '2025-03-04', 'The ferry Vessany capsized off Haldermoor on Tuesday, the coastguard said. Six passengers are missing.');
  const next = analysed('b', '2025-03-05', 'Divers searched the wreck of the Vessany, which capsized off Haldermoor on Tuesday, the coastguard said.');
  const port = analysed('c', '2025-03-09', 'The port of Haldermoor reopened to ferry traffic on Saturday, the harbour master said.');
  // Re-read on 13 March, the widget page tells the Orsevik memorial service on Tuesday 11 March, which no dated page tells.
  const widget = analysed('w', '2025-06-10', 'Nine days ago a ferry went down, in the strait I have crossed all my life. '
    + 'The port reopened to ferry traffic on Saturday and I took the first boat across. '
    + 'Mayor Wendla Orsevik led a memorial service for the Vessany passengers in Haldermoor on Tuesday.', { method: 'dateline', raw: 'Tuesday, June 10, 2025' });
  const undated = analysed('u', null, 'Mayor Wendla Orsevik led a memorial service for the Vessany passengers in Haldermoor yesterday. '
    + 'The port of Haldermoor reopened to ferry traffic on Saturday, the harbour master said.');
  const docs = [first, next, port, widget, undated];
  const out = redateDocuments(docs, grouped(docs)).docs;
  assert.equal(out.find((d) => d.doc.id === 'w')!.analysis.publishedAt, '2025-03-13');
  assert.equal(out.find((d) => d.doc.id === 'u')!.analysis.publishedAt, '2025-03-12');
});

test('a page whose copyright line prints an earlier year than its story\'s days is not dated on any of them, nor flagged', () => {
  const archive: AnalysedDocument = { doc: { ...roundup.doc, copyrightYear: 2021 }, analysis: roundup.analysis };
  const { docs, flags } = redateDocuments([friday, saturday, archive], grouped([friday, saturday, archive]));
  assert.equal(docs.find((d) => d.doc.id === 'c')!.analysis.publishedAt, null);
  assert.deepEqual(flags, []);
  // A footer of the story's own year allows its days.
  const current: AnalysedDocument = { doc: { ...roundup.doc, copyrightYear: 2025 }, analysis: roundup.analysis };
  assert.equal(redateDocuments([friday, saturday, current], grouped([friday, saturday, current])).docs.find((d) => d.doc.id === 'c')!.analysis.publishedAt, '2025-03-15');
});

test('a widget page counting back in days ("Ten days ago ...") lands on the day most pages agree on, not on a warning of the same kind the day before', () => {
  // An invented story: a gale alert on Friday 13 June 2025, the storm tearing off the Pellingwick market hall roof on Saturday 14.
  const a = analysed('a', '2025-06-14', 'The Drellmouth Weather Office put out a gale alert for the estuary on Friday. A storm tore the roof off the Pellingwick market hall on Saturday, the fire service said.');
  const b = analysed('b', '2025-06-15', 'The Drellmouth Weather Office had put out a gale alert for the estuary on Friday. Winds of 95 km/h lashed Pellingwick on Saturday, when the storm tore the roof off the market hall.');
  const c = analysed('c', '2025-06-16', 'Winds of 95 km/h lashed Pellingwick on Saturday, when the storm tore the roof off the market hall, the fire service said.');
  const widget = analysed('w', '2025-09-20', 'Ten days ago the wind tore the roof off the market hall where I buy my bread. Yesterday the scaffolding was still up.', { method: 'dateline', raw: 'Saturday, September 20, 2025' });
  const docs = [a, b, c, widget];
  const w = redateDocuments(docs, grouped(docs)).docs.find((d) => d.doc.id === 'w')!;
  assert.equal(w.analysis.publishedAt, '2025-06-24');
  assert.equal(w.analysis.dates.find((m) => m.text === 'Ten days ago')?.date.value, '2025-06-14');
});
