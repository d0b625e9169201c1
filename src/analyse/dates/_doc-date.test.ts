import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { splitSentences } from '../sentences/index.ts';
import { resolveDates } from './index.ts';
import { overdueDays, weekdaysOnStatedDays } from './_doc-date.ts';

/** A blog post of Friday 8 February 2030 (its footer line) whose header widget shows the day the page was fetched. */
function post(text: string, widget = 'Monday, March 18, 2030'): CleanDocument {
  return {
    id: 'b1', source: 'nastrand-notes.txt', title: 'Pemberth talks: the cable gets a timetable', outlet: 'Nastrand Notes', byline: null,
    publishedAt: '2030-02-08', dateProvenance: { method: 'timestamp', raw: 'February 8, 2030', inferred: false },
    dateCandidates: [{ value: '2030-03-18', method: 'dateline', raw: widget }, { value: '2030-02-08', method: 'timestamp', raw: 'February 8, 2030' }],
    modifiedAt: null, language: 'en', url: null, text,
  };
}
const dateFlags = (d: CleanDocument) => resolveDates(d, splitSentences(d.text)).flags.filter((f) => f.kind === 'date').map((f) => f.message);

test('a page date after a day the text still tells as to come is flagged, however near (a widget 38 days late)', () => {
  const d = post('The energy ministers finally met in Pemberth on Thursday, as promised in the autumn. '
    + 'Tenders for the cable contract are due by Sunday, March 10. I will be watching.');
  const r = resolveDates(d, splitSentences(d.text));
  assert.equal(r.publishedAt, '2030-02-08');
  assert.deepEqual(dateFlags(d), ['Page date 2030-03-18 of "Pemberth talks: the cable gets a timetable" disagrees with its text '
    + '(a dateline date "Monday, March 18, 2030" on the page is not the story\'s: the text tells "Sunday, March 10" as still to come); using 2030-02-08.']);
});

test('a hearing someone is bailed "until", told in the past, is still to come: the page keeps its own day and the widget is flagged', () => {
  const d = post('Of the eleven held on Monday, seven were charged and released on bail until a hearing on March 3. '
    + 'The other four were let go on Tuesday evening.');
  const r = resolveDates(d, splitSentences(d.text));
  assert.equal(r.publishedAt, '2030-02-08');
  assert.equal(r.dates.find((m) => m.text === 'March 3')?.date.value, '2030-03-03');
  assert.deepEqual(dateFlags(d), ['Page date 2030-03-18 of "Pemberth talks: the cable gets a timetable" disagrees with its text '
    + '(a dateline date "Monday, March 18, 2030" on the page is not the story\'s: the text tells "March 3" as still to come); using 2030-02-08.']);
});

test('no flag when what the text announces is still to come on both days, or was told as a future in the past', () => {
  assert.deepEqual(dateFlags(post('The ministers met in Pemberth on Thursday. Tenders are due by Sunday, April 28.')), []);
  assert.deepEqual(dateFlags(post('The ministers met in Pemberth on Thursday. The minister said tenders were due by Sunday, March 10.')), []);
});

test('a later stamp of the same kind as the page date (a comment a month on) is no rival date', () => {
  const d: CleanDocument = { ...post('The ministers met in Pemberth on Thursday. Tenders are due by Sunday, March 10.'),
    dateCandidates: [{ value: '2030-02-08', method: 'timestamp', raw: 'February 8, 2030' }, { value: '2030-03-18', method: 'timestamp', raw: 'March 18, 2030 at 9:14 am' }] };
  assert.deepEqual(dateFlags(d), []);
});

test('overdueDays: a yearless day counts in the candidate\'s year only where its weekday fits, and only a stale gap back', () => {
  const future = [{ m: 3, d: 10, y: null, weekday: 0, start: 0, end: 1 }];
  assert.equal(overdueDays({ y: 2030, m: 3, d: 18 }, future).length, 1); // Sunday 10 March 2030, eight days before
  assert.equal(overdueDays({ y: 2030, m: 3, d: 11 }, future).length, 0); // the day after: within the slack
  assert.equal(overdueDays({ y: 2031, m: 3, d: 18 }, future).length, 0); // 10 March 2031 is a Monday
  assert.equal(overdueDays({ y: 2030, m: 12, d: 1 }, [{ ...future[0]!, weekday: null }]).length, 0); // March is next year's
  assert.equal(overdueDays({ y: 2030, m: 12, d: 1 }, [{ ...future[0]!, y: 2030, weekday: null }]).length, 1); // its year given
});

test('a page dated by its widget after a day its text tells as to come takes its other date, and says why', () => {
  const d: CleanDocument = { ...post('The energy ministers finally met in Pemberth on Thursday. Tenders are due by Sunday, March 10.'),
    publishedAt: '2030-03-18', dateProvenance: { method: 'dateline', raw: 'Monday, March 18, 2030', inferred: false } };
  const r = resolveDates(d, splitSentences(d.text));
  assert.equal(r.publishedAt, '2030-02-08');
  assert.deepEqual(dateFlags(d), ['Page date 2030-03-18 of "Pemberth talks: the cable gets a timetable" disagrees with its text '
    + '(the text tells "Sunday, March 10" as still to come); using 2030-02-08.']);
});

test('a weekday the text ties to a date it states pins the writing week: a widget date weeks later is flagged', () => {
  const d = post('The energy ministers finally sat down in Pemberth on Thursday. A short timeline:\n'
    + '2029-11-16 - the state visit\n2030-02-07 - the ministers meet in Pemberth\nMore when the tenders open.');
  assert.deepEqual(dateFlags(d), ['Page date 2030-03-18 of "Pemberth talks: the cable gets a timetable" disagrees with its text '
    + '(a dateline date "Monday, March 18, 2030" on the page is not the story\'s: the text\'s "on Thursday" is 2030-02-07, a day it states); using 2030-02-08.']);
});

test('no weekday flag when the weekday lands on no day the text states, or points ahead ("next Thursday")', () => {
  assert.deepEqual(dateFlags(post('The ministers sat down in Pemberth on Thursday. The visit was on 2029-11-16.')), []);
  assert.deepEqual(dateFlags(post('The council questions the board next Thursday. The ministers met on 2030-02-07.')), []);
});

test('weekdaysOnStatedDays: a past weekday read from the day after it, and from a week on', () => {
  const stated = [{ mention: { start: 0, end: 10, text: '2030-02-07', date: { value: '2030-02-07', precision: 'day' } }, ymd: { y: 2030, m: 2, d: 7 }, future: false }] as never[];
  assert.equal(weekdaysOnStatedDays({ y: 2030, m: 2, d: 8 }, [{ weekday: 4 }], stated), 1); // Friday: Thursday is the 7th
  assert.equal(weekdaysOnStatedDays({ y: 2030, m: 2, d: 14 }, [{ weekday: 4 }], stated), 1); // Thursday itself: the one before
  assert.equal(weekdaysOnStatedDays({ y: 2030, m: 2, d: 15 }, [{ weekday: 4 }], stated), 0); // a week on: the 14th
});

/** A page stamped with a slashed date both of whose numbers could be the month. */
function stamped(raw: string, publishedAt: string, text: string): CleanDocument {
  return {
    id: 's1', source: 'pellisand-gazette.txt', title: 'Ostmere bridge stays shut', outlet: 'Pellisand Gazette', byline: null,
    publishedAt, dateProvenance: { method: 'timestamp', raw, inferred: false }, dateCandidates: [{ value: publishedAt, method: 'timestamp', raw }],
    modifiedAt: null, language: 'en', url: null, text,
  };
}

test('a slashed stamp read day-first takes its other reading when only that one comes after what the text tells as past', () => {
  const text = 'Pellisand council voted on September 22, 2026 to close the Ostmere bridge. Repairs began on September 30, 2026, the council said.';
  const r = resolveDates(stamped('10/04/2026 – 09:15', '2026-10-04T09:15:00.000Z', text), splitSentences(text));
  assert.equal(r.publishedAt?.slice(0, 10), '2026-10-04');
  assert.deepEqual(r.flags.filter((f) => f.kind === 'date'), []);
  // Both readings after what it tells: day-first, as before.
  const early = 'Pellisand council voted on February 22, 2026 to close the Ostmere bridge.';
  assert.equal(resolveDates(stamped('12/03/2026 – 07:10', '2026-12-03T07:10:00.000Z', early), splitSentences(early)).publishedAt?.slice(0, 10), '2026-03-12');
});

test('a yearless day told as to come after a later one in the calendar is in the next year (December 28, then January 11)', () => {
  const future = [
    { m: 12, d: 28, y: null, weekday: null, start: 10, end: 21 },
    { m: 1, d: 11, y: null, weekday: null, start: 60, end: 70 },
  ];
  // Written in May: neither day has passed (January 11 is the next January, after December 28).
  assert.deepEqual(overdueDays({ y: 2026, m: 5, d: 6 }, future), []);
  // Told the other way round, January 11 comes first and is this year's: a page of May is after it.
  const reversed = [{ ...future[1]!, start: 10, end: 20 }, { ...future[0]!, start: 60, end: 71 }];
  assert.deepEqual(overdueDays({ y: 2026, m: 2, d: 6 }, reversed).map((f) => f.m), [1]);
});

/** A blog post whose only page date is the day its sidebar was fetched, months after what it tells. */
function stalePost(text: string): CleanDocument {
  return {
    id: 'b2', source: 'weir-notes.txt', title: 'The Dravona water pact, one month on', outlet: 'Weir Notes', byline: null,
    publishedAt: '2031-11-20', dateProvenance: { method: 'dateline', raw: 'Thursday, November 20, 2031', inferred: false },
    dateCandidates: [], modifiedAt: null, language: 'en', url: null, text,
  };
}
const TIMELINE = '\n\n- 2031-05-04 - talks open in Dravona\n- 2031-05-08 - pact signed\n\n'
  + 'The inspectors\' first report, published on May 30, said little. Since then, the two councils have met twice.';

test('"It is a month since" ties the text to a short time after its facts: a page date months later is not its writing day, whatever "since then" says', () => {
  const d = stalePost('It is a month since the two councils signed their water pact in Dravona, so it is time for a stock-take.' + TIMELINE);
  const r = resolveDates(d, splitSentences(d.text));
  assert.equal(r.publishedAt, '2031-05-30');
  assert.deepEqual(dateFlags(d), ['Page date 2031-11-20 of "The Dravona water pact, one month on" disagrees with its text '
    + '(the text says "It is a month since" and describes events up to 2031-05-30); using 2031-05-30.']);
  // (Without it, "since then" may look back over any time: the page keeps its date.)
  const plain = stalePost('The two councils signed their water pact in Dravona, so it is time for a stock-take.' + TIMELINE);
  assert.equal(resolveDates(plain, splitSentences(plain.text)).publishedAt, '2031-11-20');
  assert.deepEqual(dateFlags(plain), []);
});

/** A blog post whose only page date is its header widget, the day the page was fetched (months after it was written). */
function fetchedPost(text: string): CleanDocument {
  return {
    id: 'b3', source: 'tillwater-notes.txt', title: 'Quarnley ferry: what the harbour log says', outlet: 'Tillwater Notes', byline: null,
    publishedAt: '2032-08-12', dateProvenance: { method: 'dateline', raw: 'Thursday, August 12, 2032', inferred: false },
    dateCandidates: [], modifiedAt: null, language: 'en', url: null, text,
  };
}
const HARBOUR = '\n\nThe storm broke on the evening of March 2. The harbour log has the ferry aground at 4.15 a.m. on 2032-03-03. '
  + 'The crew of the Orsbeck lifeboat reached her at dawn.';

test('a text that opens "Ten days ago" was written ten days after the latest day it tells: a page date months later is the fetch day', () => {
  const d = fetchedPost('Ten days ago the Quarnley ferry ran aground off Maravine Point. On Sunday the last passenger left hospital.' + HARBOUR);
  const r = resolveDates(d, splitSentences(d.text));
  assert.equal(r.publishedAt, '2032-03-13');
  assert.deepEqual(dateFlags(d), ['Page date 2032-08-12 of "Quarnley ferry: what the harbour log says" disagrees with its text '
    + '(the text opens "Ten days ago" and describes events up to 2032-03-03); using 2032-03-13.']);
  // Weeks count seven days each.
  const weeks = fetchedPost('Two weeks ago the Quarnley ferry ran aground off Maravine Point. On Sunday the last passenger left hospital.' + HARBOUR);
  assert.equal(resolveDates(weeks, splitSentences(weeks.text)).publishedAt, '2032-03-17');
  // (Without the count back, the page keeps its own date.)
  const plain = fetchedPost('The Quarnley ferry ran aground off Maravine Point. On Sunday the last passenger left hospital.' + HARBOUR);
  assert.equal(resolveDates(plain, splitSentences(plain.text)).publishedAt, '2032-08-12');
});

test('a page date its text overrules by an opening count back still dates the times of day its text tells (its day is no trial)', () => {
  const d = fetchedPost('Ten days ago the trawler Tennock Lass caught fire off Skellick Point. Her owners say the fire started at 9.50 p.m. '
    + 'and the crew were lifted off at 11.30 p.m.\n\nThe coastguard logged the first call on 2032-03-04.');
  const r = resolveDates(d, splitSentences(d.text));
  assert.equal(r.publishedAt, '2032-03-14');
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['Ten days ago', '2032-03-04'], ['at 9.50 p.m.', '2032-03-04'],
    ['at 11.30 p.m.', '2032-03-04'], ['2032-03-04', '2032-03-04']]);
});

test('a widget date a month after a text\'s latest day, from which its opening "Ten days ago" lands weeks after that day, is the fetch day', () => {
  // Read from the widget's 2032-04-08, "Ten days ago" is March 29: nothing the text tells, 26 days after its latest day (March 3).
  const fetched = (text: string): CleanDocument => ({ ...fetchedPost(text), publishedAt: '2032-04-08',
    dateProvenance: { method: 'dateline', raw: 'Thursday, April 8, 2032', inferred: false } });
  const d = fetched('Ten days ago the Quarnley ferry ran aground off Maravine Point. On Sunday the last passenger left hospital.' + HARBOUR);
  assert.equal(resolveDates(d, splitSentences(d.text)).publishedAt, '2032-03-13');
  assert.deepEqual(dateFlags(d), ['Page date 2032-04-08 of "Quarnley ferry: what the harbour log says" disagrees with its text '
    + '(the text opens "Ten days ago", counting back to 2032-03-03, a day it tells); using 2032-03-13.']);
  // An opening that no dated sentence tells again counts back to the earliest day it reaches the latest one from: the
  // happening the text is about, what it tells after that coming later.
  const first = fetched('Ten days ago the sea turned on us. The storm broke on 2032-03-02 at dusk. The lifeboat crew were flown home on 2032-03-05.');
  assert.equal(resolveDates(first, splitSentences(first.text)).publishedAt, '2032-03-12');
  // (A count that lands within a fortnight of that day tells it: the page keeps its date.)
  const near = fetched('Four weeks ago the Quarnley ferry ran aground off Maravine Point. On Sunday the last passenger left hospital.' + HARBOUR);
  assert.equal(resolveDates(near, splitSentences(near.text)).publishedAt, '2032-04-08');
  // (Without the count back, the page keeps its own date.)
  const plain = fetched('The Quarnley ferry ran aground off Maravine Point. On Sunday the last passenger left hospital.' + HARBOUR);
  assert.equal(resolveDates(plain, splitSentences(plain.text)).publishedAt, '2032-04-08');
});

test('a fetched page opening with a count back is dated from a day its text dates beside a count back of its own', () => {
  const fetched = (text: string): CleanDocument => ({ ...fetchedPost(text), publishedAt: '2032-04-08',
    dateProvenance: { method: 'dateline', raw: 'Thursday, April 8, 2032', inferred: false } });
  // The engineers' report "finished a week ago, dated 2032-03-05" puts the writing on March 12, whatever else the text tells.
  const d = fetched('Ten days ago the roof of the Tolsey Lido came down in a gale. The council shut the lido on 2032-03-04.\n\n'
    + 'The engineers\' report, finished a week ago, dated 2032-03-05, blames rusted bolts.');
  assert.equal(resolveDates(d, splitSentences(d.text)).publishedAt, '2032-03-12');
  assert.deepEqual(dateFlags(d), ['Page date 2032-04-08 of "Quarnley ferry: what the harbour log says" disagrees with its text '
    + '(the text opens "Ten days ago" and dates "a week ago, dated 2032-03-05"); using 2032-03-12.']);
  // (A dated report with no count beside it leaves the opening counting back to the day the text tells again.)
  const plain = fetched('Ten days ago the roof of the Tolsey Lido came down in a gale. The council shut the lido on 2032-03-04.\n\n'
    + 'The engineers\' report, dated 2032-03-05, blames rusted bolts.');
  assert.equal(resolveDates(plain, splitSentences(plain.text)).publishedAt, '2032-03-14');
});

test('a text that opens "Ten days ago, on a Wednesday" was written ten days after the Wednesday it tells, though it tells later days too', () => {
  const lead = 'Ten days ago, late on a Wednesday night, the Quarnley ferry ran aground off Maravine Point. On Friday the berth reopened.'
    + '\n\nFor the log: aground 2032-03-03, berth reopened 2032-03-05.';
  const d = fetchedPost(lead);
  assert.equal(resolveDates(d, splitSentences(d.text)).publishedAt, '2032-03-13');
  assert.deepEqual(dateFlags(d), ['Page date 2032-08-12 of "Quarnley ferry: what the harbour log says" disagrees with its text '
    + '(the text opens "Ten days ago, late on a Wednesday", a day it dates 2032-03-03); using 2032-03-13.']);
  // Printed on the day the count lands on that Wednesday from, the page keeps its date.
  const onTime: CleanDocument = { ...d, publishedAt: '2032-03-13', dateProvenance: { method: 'dateline', raw: 'Saturday, March 13, 2032', inferred: false } };
  assert.equal(resolveDates(onTime, splitSentences(onTime.text)).publishedAt, '2032-03-13');
  assert.deepEqual(dateFlags(onTime), []);
});

test('a text telling a day of its own week and dating nothing after a week before its footer stamp: a widget date a month later is flagged', () => {
  const d = post('The Quillmarsh ferry ran aground on 2030-01-31 in a gale. The coastguard said on Tuesday that all nine crew were safe.');
  assert.deepEqual(dateFlags(d), ['Page date 2030-03-18 of "Pemberth talks: the cable gets a timetable" disagrees with its text '
    + '(a dateline date "Monday, March 18, 2030" on the page is not the story\'s: the text tells "on Tuesday" as a day of its week, and the last day it dates is days before 2030-02-08); using 2030-02-08.']);
});

test('no such flag when the latest dated fact is weeks before the footer stamp, or the other date under a month after it', () => {
  assert.deepEqual(dateFlags(post('The Quillmarsh ferry ran aground on 2030-01-12. The coastguard said on Tuesday that the crew were safe.')), []);
  const near: CleanDocument = { ...post('The Quillmarsh ferry ran aground on 2030-01-31. The coastguard said on Tuesday that the crew were safe.'),
    dateCandidates: [{ value: '2030-03-01', method: 'dateline', raw: 'Friday, March 1, 2030' }, { value: '2030-02-08', method: 'timestamp', raw: 'February 8, 2030' }] };
  assert.deepEqual(dateFlags(near), []);
});

test('an opening count back with its day beside it ("Twelve days ago, on March 3,") dates the writing from that day, not from the latest dated fact', () => {
  const d = fetchedPost('Twelve days ago, on March 3, the Quarnley ferry ran aground off Maravine Point. Yesterday the last passenger left hospital.'
    + '\n\nThe ferry was built in 2019 and last inspected on 2031-10-12, when her pumps passed.');
  const r = resolveDates(d, splitSentences(d.text));
  assert.equal(r.publishedAt, '2032-03-15');
  assert.equal(r.dates.find((m) => m.text === 'Yesterday')?.date.value, '2032-03-14');
  assert.deepEqual(dateFlags(d), ['Page date 2032-08-12 of "Quarnley ferry: what the harbour log says" disagrees with its text '
    + '(the text opens "Twelve days ago, on March 3"); using 2032-03-15.']);
  // (A count back standing alone still goes on from the latest day the text tells.)
  const alone = fetchedPost('Twelve days ago the Quarnley ferry ran aground off Maravine Point.\n\nThe harbour log has her aground at 4.15 a.m. on 2032-03-03.');
  assert.equal(resolveDates(alone, splitSentences(alone.text)).publishedAt, '2032-03-15');
});
