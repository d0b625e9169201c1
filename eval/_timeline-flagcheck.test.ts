import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareWeekdays, noteDays, noteWordings, readClocks, readFigures, strictFlagMatch, withoutDates } from './_timeline-flagcheck.ts';

const gold = (kind: string, note: string, files = ['a.txt', 'b.txt']) => ({ kind, note, files });
const figure = (m: string, a: string, b: string): string => `Sources disagree on a figure: "${a}" (Brennhaven Courier) vs "${b}" (${m}).`;
const day = (a: string, b: string): string => `Sources disagree on a date: ${a} (Tessly Wire) vs ${b} (Morrowgate Post).`;
const worded = (a: string, b: string): string => `Oskar Delmont's statement is worded 3 ways: "${a}" (Brennhaven Courier) vs "${b}" (Tessly Wire).`;

test('readFigures: figures in words and digits, scales, time units and bounds', () => {
  const values = (t: string): number[] => readFigures(t).map((f) => f.value);
  assert.deepEqual(values('some 640,000 season tickets'), [640_000]);
  assert.deepEqual(values('nearly half a billion ducats'), [500_000_000]);
  assert.deepEqual(values('"a hundred thousand" in the Post, twelve hundred by the police'), [100_000, 1_200]);
  assert.deepEqual(values('About a dozen pickets vs twenty-five'), [12, 25]);
  assert.deepEqual(values('$7m / the 12-million-ducat fund / "3,6 Milliards" / 2.7 billion'), [7e6, 12e6, 3.6e9, 2.7e9]);
  assert.deepEqual(readFigures('a four-hour session').map((f) => [f.value, f.duration]), [[240, true]]);
  assert.deepEqual(readFigures('fifty minutes').map((f) => [f.value, f.duration]), [[50, true]]);
  assert.deepEqual(readFigures('more than 16,000').map((f) => [f.lo, f.hi]), [[16_000, Infinity]]);
  assert.deepEqual(values('the LX-310 fleet'), []);
  assert.deepEqual(values(withoutDates('Ferry passengers on Friday 17 July 2026: about 80,000 (ministry)')), [80_000]);
});

test('number flags: both figures stated in the note, and set against each other', () => {
  const note = 'Fare subsidy: 270 million ducats (Brennhaven Courier) and "more than 250 million" (Tessly Wire: compatible) vs "nearly half a billion ducats" (Morrowgate Post).';
  const g = gold('number', note);
  assert.equal(strictFlagMatch('number', figure('Morrowgate Post', '270 Million Ducats', 'half a billion ducats'), g, []), true);
  // Both figures are the note's, but "more than 250 million" allows 270 million: no clash.
  assert.equal(strictFlagMatch('number', figure('Tessly Wire', '270 million ducats', '250 million ducats'), g, []), false);
  assert.equal(strictFlagMatch('number', figure('Tessly Wire', '270 million ducats', '350 million ducats'), g, []), false);
  const hearing = gold('number', 'Length of the hearing: "a two-hour session" (Courier) / "almost two hours" vs "forty minutes" (Tessly Wire).');
  assert.equal(strictFlagMatch('number', figure('Tessly Wire', 'Two Hours', 'forty minutes'), hearing, []), true);
  // A bare "two" is no two hours.
  assert.equal(strictFlagMatch('number', figure('Tessly Wire', 'two', 'forty minutes'), hearing, []), false);
  const ferry = gold('number', 'Ferry passengers on Friday 17 July: about 80,000 (ministry) vs a hundred thousand (the unions, in the Courier).');
  assert.equal(strictFlagMatch('number', figure('Tessly Wire', '80,000', '100,000 passengers'), ferry, []), true);
  // The 17 of the note is a day, not a figure.
  assert.equal(strictFlagMatch('number', figure('Tessly Wire', '17 passengers', '80,000 passengers'), ferry, []), false);
});

test('noteDays and bareWeekdays: the ways gold notes write days', () => {
  const note = 'Saturday 31 October 2026 ("on Saturday", "31.10.2026", "10/31/2026") vs "on November 1" and "Aug. 21" and "on the 19th"';
  assert.deepEqual([...noteDays(note, [2026], ['2026-11'])].sort(), ['2026-08-21', '2026-10-31', '2026-11-01', '2026-11-19']);
  assert.deepEqual([...bareWeekdays('Wednesday evening 20 January 2027 everywhere vs "on Tuesday" and "Friday, July 17"')], [2]);
});

test('date flags: both days in the note, yearless and weekday forms resolved', () => {
  const arrest = gold('date', 'Day of the collapse: Saturday 31 October 2026 ("on Saturday" in the Courier, "31.10.2026" in the Ostveld daily) vs "on November 1" (Tessly Wire, a later follow-up).');
  assert.equal(strictFlagMatch('date', day('2026-10-31', '2026-11-01'), arrest, []), true);
  assert.equal(strictFlagMatch('date', day('2026-10-31', '2026-10-30'), arrest, []), false);
  const fire = gold('date', 'Day of the fire: Thursday 14 May 2026 ("on Thursday", "May 14") vs "on Wednesday" (Morrowgate Post).');
  assert.equal(strictFlagMatch('date', day('2026-05-14', 'Wednesday'), fire, []), true);
  assert.equal(strictFlagMatch('date', day('2026-05-14', '2026-05-13'), fire, []), true);
  assert.equal(strictFlagMatch('date', day('2026-05-14', 'Friday'), fire, []), false);
  assert.equal(strictFlagMatch('date', day('2026-05-15', '2026-05-14'), fire, []), false);
  // Neither day of the note names a year: the gold documents' years give it.
  const vote = gold('date', 'Day of the vote: "Tuesday, June 9" (Courier) vs "on June 10" (Tessly Wire).');
  assert.equal(strictFlagMatch('date', day('2026-06-09', '2026-06-10'), vote, [2026]), true);
  assert.equal(strictFlagMatch('date', day('2026-06-09', '2026-06-08'), vote, [2026]), false);
});

test('page date flags: one page, and every day the flag states is in the note', () => {
  const misdated = gold('date', 'Misdated page: the date widget "Sunday, October 4, 2026" is the scrape day; the post is of Friday 17 July 2026.', ['blog.html']);
  const page = (used: string): string => `Page date 2026-10-04 of "Lock keepers walk out" disagrees with its text (a dateline date "Sunday, October 4, 2026" on the page is not the story's); using ${used}.`;
  assert.equal(strictFlagMatch('date', page('2026-07-17'), misdated, []), true);
  assert.equal(strictFlagMatch('date', page('2026-07-16'), misdated, []), false);
  assert.equal(strictFlagMatch('date', page('2026-07-17'), { ...misdated, files: ['blog.html', 'wire.txt'] }, []), false);
  const undated = gold('date', 'No date anywhere in the document: the publish day (Tuesday 9 June 2026) must be inferred from "today".', ['post.txt']);
  assert.equal(strictFlagMatch('date', 'Page "Barges stuck at Ostveld" prints no date, and its story\'s other articles do not settle one: its relative dates are left unresolved.', undated, []), true);
  assert.equal(strictFlagMatch('date', 'Page "Barges stuck at Ostveld" prints no date; 2026-06-10 is inferred: dated from the story\'s other 3 articles.', undated, []), false);
});

test('noteWordings: every kind of quote mark, an unclosed one up to the note\'s comment', () => {
  assert.deepEqual(noteWordings('Delmont: "keep every lock open" (Courier) vs «We hold all the Locks open» vs „We keep the Locks open (machine translation, never closed) vs “every lock”.'),
    ['keep every lock open', 'We hold all the Locks open', 'We keep the Locks open', 'every lock']);
});

test('noteWordings: a note in single quotes only keeps the apostrophes inside its wordings', () => {
  assert.deepEqual(noteWordings("Harbour master: 'Don't take the boats out, the quay's wall is cracked' (Courier) vs 'Do not take Boats out' (machine translation) vs fragment 'the quay's wall'."),
    ["Don't take the boats out, the quay's wall is cracked", 'Do not take Boats out', "the quay's wall"]);
});

test('wording flags: two different wordings the note quotes', () => {
  const lock = gold('quote-wording', 'Delmont: "We will keep every lock on this river open, whatever it costs" (Courier) vs "keep every lock open" (Tessly Wire) vs «We hold all the Locks of this River open, what it costs» (machine translation).');
  assert.equal(strictFlagMatch('quote-wording', worded('We will keep every lock on this river open, whatever it costs,', 'keep every lock open'), lock, []), true);
  assert.equal(strictFlagMatch('quote-wording', worded('We hold all the Locks of this River open, what it costs', 'We will keep every lock on this river open, whatever it costs,'), lock, []), true);
  // The same line with a sentence more around it is one wording.
  assert.equal(strictFlagMatch('quote-wording', worded('We will keep every lock on this river open, whatever it costs. The barges will move on Monday.', 'We will keep every lock on this river open, whatever it costs,'), lock, []), false);
  assert.equal(strictFlagMatch('quote-wording', worded('The barges will move on Monday.', 'keep every lock open'), lock, []), false);
  // The note tells the variant as a swapped word.
  const boats = gold('quote-wording', 'Selby: "Four barges went down off the pier before noon" (Courier) told again in spring with "five".');
  assert.equal(strictFlagMatch('quote-wording', worded('Five barges went down off the pier before noon.', 'Four barges went down off the pier before noon,'), boats, []), true);
  assert.equal(strictFlagMatch('quote-wording', worded('Six barges went down off the pier before noon.', 'Four barges went down off the pier before noon,'), boats, []), false);
  // The flag cuts a long quote at its end, the note at its start: the cuts meet.
  const keepers = gold('quote-wording', 'Farrowmere: "...the people on the night shift were never told about the sluice" (Morrowgate Post) vs the fragment "the people on the night shift were never told" (Courier).');
  assert.equal(strictFlagMatch('quote-wording', worded('The board had the report, the ministry had the report, and the people on the night shift were…', 'the people on the night shift were never told'), keepers, []), true);
});

test('duplicate and second-hand flags: the documents are the substance', () => {
  assert.equal(strictFlagMatch('duplicate', 'The Tessly Wire copy runs in the Courier.', gold('duplicate', 'Syndicated copy.'), []), true);
  assert.equal(strictFlagMatch('second-hand', 'Relayed words.', gold('second-hand', 'Words relayed via Tessly Wire.'), []), true);
  assert.equal(strictFlagMatch('duplicate', 'The Tessly Wire copy runs in the Courier.', gold('second-hand', 'Words relayed via Tessly Wire.'), []), false);
});

test('"half an hour" is read as thirty minutes, so a flag quoting it says what a note stating it says', () => {
  assert.deepEqual(readFigures('about half an hour').map((f) => [f.value, f.duration]), [[30, true]]);
  assert.equal(strictFlagMatch('number', 'Sources disagree on a figure: "twelve minutes" (Coast Wire) vs "half an hour" (Bay Daily).',
    gold('number', 'Time inside: twelve minutes (Coast Wire) vs "about half an hour" (Bay Daily).'), [2026]), true);
});

test('times of day: a number flag on two times says what a note giving those times says', () => {
  assert.deepEqual(readClocks('sirens at 6.45pm (council) vs 6:51 p.m. (weather service); touchdown 18:52, alarm 2.05am, count at 5:40, 7pm'), [1125, 1131, 1132, 125, 340, 1140]);
  // No time in a dotted date, a decimal without am/pm, or a bare number.
  assert.deepEqual(readClocks('on 14.01.2026 the fund paid 3.25 million to 12 families'), []);
  const sirens = gold('number', 'Siren time: 6.45pm (Brodwistle council) vs 6.51pm (the weather service\'s log).');
  assert.equal(strictFlagMatch('number', figure('Brodwistle Herald', '6:45 p.m.', '18:51'), sirens, []), true);
  // A time the note does not give, or two ways of writing one time, is no match.
  assert.equal(strictFlagMatch('number', figure('Brodwistle Herald', '6:45 p.m.', '6:34 p.m.'), sirens, []), false);
  assert.equal(strictFlagMatch('number', figure('Brodwistle Herald', '6:51 p.m.', '18:51'), sirens, []), false);

  // A time the page gave without am/pm ("12.29") is either; it matches the note that copies it, and is no
  // clash with the one time it can be ("12.29" vs "12:29 a.m.").
  const call = gold('number', 'First call: 12.29 (the volunteers) vs 12.47am (the coast guard log).');
  assert.equal(strictFlagMatch('number', figure('Harbour Daily', '12.47am', '12.29'), call, []), true);
  assert.equal(strictFlagMatch('number', figure('Harbour Daily', '12:29 a.m.', '12.29'), call, []), false);
  assert.equal(strictFlagMatch('number', figure('Harbour Daily', '12.47am', '12.31'), call, []), false);
});
