import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { splitSentences } from '../sentences/index.ts';
import { resolveDates } from './index.ts';

function doc(text: string, publishedAt: string | null, extra: Partial<CleanDocument> = {}): CleanDocument {
  return {
    id: 'd1', source: 'x.txt', title: 'Leaders meet', outlet: 'Harbor Post', byline: null, publishedAt,
    dateProvenance: { method: publishedAt ? 'meta' : 'none', raw: publishedAt, inferred: false },
    dateCandidates: [], modifiedAt: null, language: 'en', url: null, text, ...extra,
  };
}
const run = (d: CleanDocument) => resolveDates(d, splitSentences(d.text));
const values = (d: CleanDocument) => Object.fromEntries(run(d).dates.map((m) => [m.text, m.date.value]));

test('relative expressions resolve against the document date (Thursday 2025-03-06)', () => {
  const v = values(doc('The envoys met on Wednesday. Talks resumed this Tuesday. Sales fell last year. '
    + 'The deal was struck a week ago. The ministers met in April.', '2025-03-06T09:00:00Z'));
  assert.equal(v['on Wednesday'], '2025-03-05');
  assert.equal(v['this Tuesday'], '2025-03-04');
  assert.equal(v['last year'], '2024');
  assert.equal(v['a week ago'], '2025-02-27');
  assert.equal(v['April'], '2024-04');
});

test('future sentences point forward; absolute dates keep their year', () => {
  const v = values(doc('The two sides will meet on Monday. The accord was signed on May 2, 2024. '
    + 'He arrived on September 13.', '2025-03-06'));
  assert.equal(v['on Monday'], '2025-03-10');
  assert.equal(v['May 2, 2024'], '2024-05-02');
  assert.equal(v['September 13'], '2024-09-13');
});

test('a plural run of days "ends" ahead as it "begins": "The three days of mourning end on Saturday" (Friday 2026-11-13)', () => {
  assert.equal(values(doc('The three days of mourning end on Saturday.', '2026-11-13'))['on Saturday'], '2026-11-14');
  assert.equal(values(doc('The strike came to an end on Saturday.', '2026-11-13'))['on Saturday'], '2026-11-07');
});

test('"By Tuesday evening the stairwell stank of it": an irregular past ("stank") makes "by" a past day, not a deadline (Wednesday 2026-11-11)', () => {
  const v = values(doc('Istvaro Skarnivell said: "By Tuesday evening the whole landing stank of it."', '2026-11-11'));
  assert.equal(v['Tuesday evening'], '2026-11-10');
});

test('"plans a festival in July" tells what is to come; the noun "plans" does not (page Thursday 2027-03-11)', () => {
  const v = values(doc('The Harnby museum also plans a festival for young painters in July. '
    + "The museum's plans a decade ago came to nothing.", '2027-03-11'));
  assert.equal(v['July'], '2027-07');
  assert.equal(v['a decade ago'], '2017');
});

test('a contracted will ("we\'ll", "won\'t") points forward like the full word', () => {
  // Thursday 8 January 2026.
  const v = values(doc('The shop steward, Marit Oskedal, said: "We told them on Monday. We\'ll tell the inspectors on Friday." '
    + 'The Tolmarsh ferry won’t sail on Saturday, its operator said.', '2026-01-08'));
  assert.equal(v['on Monday'], '2026-01-05');
  assert.equal(v['on Friday'], '2026-01-09');
  assert.equal(v['on Saturday'], '2026-01-10');
});

test('a coordinate clause with a tensed verb of its own takes its own tense; one without shares the clause\'s', () => {
  // Friday 3 April 2026: "is to" of the first clause does not put the second clause's Tuesday ahead.
  const v = values(doc('"Our task is to keep the lights on in Olwick, and on Tuesday night we did not do it," the manager said. '
    + 'The Olwick tram drivers will strike on Monday, and again on Thursday.', '2026-04-03'));
  assert.equal(v['on Tuesday night'], '2026-03-31');
  assert.equal(v['on Monday'], '2026-04-06');
  assert.equal(v['on Thursday'], '2026-04-09');
});

test('month/day without a year: weekday, same date elsewhere, anniversary', () => {
  const r = run(doc('The summit opened on Friday, March 7. The first anniversary of the accord signed on May 2 '
    + 'was marked quietly.', '2026-05-03'));
  const byText = Object.fromEntries(r.dates.map((m) => [m.text, m]));
  assert.equal(byText['on Friday, March 7']!.date.value, '2025-03-07');
  assert.equal(byText['on Friday, March 7']!.method, 'year from weekday');
  assert.equal(byText['May 2']!.date.value, '2025-05-02');
  assert.equal(byText['May 2']!.method, 'year from anniversary');
  const v2 = values(doc('The accord was signed on May 2, 2024. Since May 2 nothing has moved.', '2025-06-01'));
  assert.equal(v2['May 2'], '2024-05-02');
});

test('durations and names are not dates', () => {
  const v = values(doc('It was the first visit in four years. Theresa May spoke. A march went ahead.', '2025-03-06'));
  assert.deepEqual(v, {});
});

test('a widget date that disagrees with the text is replaced and flagged', () => {
  const d = doc('On Monday, February 10, 2024, the two leaders met in Port Alder. Talks ran late on Tuesday.',
    '2025-03-04', { dateProvenance: { method: 'time', raw: 'Tuesday, March 4, 2025', inferred: false },
      dateCandidates: [{ value: '2025-03-04', method: 'time', raw: 'Tuesday, March 4, 2025' },
        { value: '2024-02-11T08:15:00Z', method: 'json-ld', raw: '2024-02-11T08:15:00Z' }] });
  const r = run(d);
  assert.equal(r.publishedAt, '2024-02-11T08:15:00Z');
  assert.equal(r.flags.length, 1);
  assert.match(r.flags[0]!.message, /2025-03-04.*2024-02-11/);
  assert.equal(r.dates.find((m) => m.text === 'on Tuesday')!.date.value, '2024-02-06');
});

test('a follow-up a year later that looks back is not flagged', () => {
  const r = run(doc('A year ago, on May 2, 2024, the accord was signed. On Tuesday the ministers met again.', '2025-05-08'));
  assert.equal(r.flags.length, 0);
  assert.equal(r.publishedAt, '2025-05-08');
});

test('no document date: inferred from the latest in-text date', () => {
  const r = run(doc('The talks began on March 3, 2025 and ended on March 5, 2025.', null));
  assert.equal(r.publishedAt, '2025-03-05');
  assert.deepEqual(r.dateProvenance, { method: 'inferred', raw: 'March 5, 2025', inferred: true });
});

test('numeric dates take the order nearest the document date; hostile input never throws', () => {
  assert.equal(values(doc('Published on: 11/02/2024 – 08:15', '2024-02-11'))['11/02/2024'], '2024-02-11');
  assert.doesNotThrow(() => run(doc('\u0000'.repeat(50) + 'on 99/99/9999 ' + 'May '.repeat(500), 'garbage')));
});

test('a far-off widget date is flagged even when the chosen date is right', () => {
  const d = doc('The first cargo ship docked on Saturday, three days after the accord was signed.', '2025-06-16', {
    dateProvenance: { method: 'url', raw: 'https://x.example/2025/06/16/ship', inferred: false },
    dateCandidates: [{ value: '2026-03-03', method: 'dateline', raw: 'Tuesday, March 3, 2026' },
      { value: '2025-06-16', method: 'url', raw: 'https://x.example/2025/06/16/ship' }] });
  const r = run(d);
  assert.equal(r.publishedAt, '2025-06-16');
  assert.equal(r.flags.length, 1);
  assert.match(r.flags[0]!.message, /2026-03-03.*2025-06-16/);
  assert.equal(r.dates.find((m) => m.text === 'on Saturday')!.date.value, '2025-06-14');
});

test('offsets from the date mentioned before, period edges, day-first dotted dates', () => {
  const v = values(doc('The accord was signed on June 11 last year and the men were freed the next day. '
    + 'A review is due at the end of the month. Filed 12.06.2025 by our desk.', '2026-06-12'));
  assert.equal(v['June 11'], '2025-06-11');
  assert.equal(v['the next day'], '2025-06-12');
  assert.equal(v['the end of the month'], '2026-06');
  assert.equal(v['12.06.2025'], '2025-06-12');
});

test('"Within a day" opening a sentence is the day after the date told before; inside a sentence it is a duration', () => {
  const v = values(doc('The accord was signed on June 11 last year. Within a day, the men were freed. '
    + 'The ministry promised an answer within a day.', '2026-06-12'));
  assert.equal(v['Within a day'], '2025-06-12');
  assert.equal(v['within a day'], undefined);
});

test('a month in a sentence about plans is ahead of the document date', () => {
  const v = values(doc('The line said it planned a weekly service to the port from August.', '2025-06-16'));
  assert.equal(v['August'] ?? v['from August'], '2025-08');
});

test('words that look like days are not dates; times with a weekday are', () => {
  const v = values(doc('He sat down with the Harbor Sun on Tuesday. USA TODAY first reported the deal. '
    + 'Leaders promised a brighter tomorrow. The ferry left at 6:15 p.m. Sunday.', '2025-03-06'));
  assert.equal(v['sat'], undefined);
  assert.equal(v['Sun'], undefined);
  assert.equal(v['TODAY'], undefined);
  assert.equal(v['tomorrow'], undefined);
  assert.equal(v['on Tuesday'], '2025-03-04');
  assert.equal(v['at 6:15 p.m. Sunday'], '2025-03-02');
});

test('parts of the document day, and a weekday folded into a show name', () => {
  const v = values(doc('Nine people were hurt tonight in the old port. The mayor will speak this afternoon. '
    + 'The minister told Harbor This Morning on Monday that talks would resume.', '2025-03-06'));
  assert.equal(v['tonight'], '2025-03-06');
  assert.equal(v['this afternoon'], '2025-03-06');
  assert.equal(v['Monday'], '2025-03-03');
});

test('the tense cue nearest the date decides, not any cue in the sentence', () => {
  const v = values(doc('The minister told reporters on Monday that the crew will never forget the storm. '
    + 'Saturday the captain was remembered as a man who would help anyone. '
    + 'Next to the quay, friends laid flowers, stopping by Wednesday to pay their respects. '
    + 'Both men will be arraigned Friday.', '2025-03-06'));
  assert.equal(v['on Monday'], '2025-03-03');
  assert.equal(v['Saturday'], '2025-03-01');
  assert.equal(v['Wednesday'], '2025-03-05');
  assert.equal(v['Friday'], '2025-03-07');
});

test('a yearless month with no tense cue may be the coming one', () => {
  const v = values(doc('Most voters know their choice for the Nov. 8 vote. '
    + 'She could lead the council if her party wins the vote in November. The port reopened in July.', '2025-09-20'));
  assert.equal(v['Nov. 8'], '2025-11-08');
  assert.equal(v['November'] ?? v['in November'], '2025-11');
  assert.equal(v['July'] ?? v['in July'], '2025-07');
});

test('no document date: a relative day gives no date, and an old date below a later year is not the writing date', () => {
  const r1 = run(doc('The two ministers spoke last night about the harbour.', null));
  assert.equal(r1.publishedAt, null);
  assert.equal(r1.dates.length, 0);
  const r2 = run(doc('The break-in took place on June 17, 1990. He moved to the coast in 2003 and wrote a memoir.', null));
  assert.equal(r2.publishedAt, null);
});

test('an old date told as background does not replace the page date', () => {
  const obituary = run(doc('Alder Quint, a figure of the harbour scandal, died Saturday at 75. He pleaded guilty in July 1993 '
    + 'to charges over the break-in on June 17, 1990, and retired to the coast in 2003.', '2014-07-29'));
  assert.equal(obituary.publishedAt, '2014-07-29');
  assert.equal(obituary.flags.length, 0);
  const background = run(doc('The port authority said on Monday it will publish its ledger in real time during the vote. '
    + 'Critics point to its record. '.repeat(8) + 'On July 6, 2015, the authority made a similar promise.', '2016-09-26'));
  assert.equal(background.publishedAt, '2016-09-26');
  assert.equal(background.flags.length, 0);
});

test('yearless days of the story choose between two page dates, and the choice is flagged', () => {
  const d = doc('Kel Brant, 75, the harbour fixer, was found by a maid July 27; the coroner said he died July 24.',
    '2012-05-31', { dateProvenance: { method: 'url', raw: 'https://x.example/2012/05/31/brant', inferred: false },
      dateCandidates: [{ value: '2004-07-29', method: 'timestamp', raw: 'July 29, 2004' }] });
  const r = run(d);
  assert.equal(r.publishedAt, '2004-07-29');
  assert.equal(r.flags.length, 1);
  assert.match(r.flags[0]!.message, /2012-05-31.*2004-07-29/);
  assert.equal(r.dates.find((m) => m.text === 'July 27')!.date.value, '2004-07-27');
});

test('seasons, scheduled days, "last Tuesday" the day after, and a clock time with a duration (Wednesday 2025-03-26)', () => {
  const v = values(doc('The repairs were planned for this summer. The committee has called a hearing for June 4. '
    + 'The collapse came after last Tuesday\'s breach upstream. The embankment failed at about 4.40am, after three days of rain.', '2025-03-26T09:00:00Z'));
  assert.equal(v['this summer'], '2025');
  assert.equal(v['June 4'], '2025-06-04');
  assert.equal(v['last Tuesday'], '2025-03-18');
  assert.ok(!Object.values(v).includes('2025-03-29'), JSON.stringify(v));
  const w = values(doc('Rain fell last summer and will again next spring.', '2025-10-01T09:00:00Z'));
  assert.equal(w['last summer'], '2025');
  assert.equal(w['next spring'], '2026');
});

test('a scheduled month day whose plan was then postponed lies on either side of the page; one still set lies ahead', () => {
  // Friday 18 September 2026: "planned for February 9 ... was postponed" tells a plan's fate, the nearest February 9
  // (past, 2026); without the fate, or for a weekday, what is set for a day lies ahead.
  const v = values(doc('The dredging of the Vellmoor canal planned for February 9 was postponed. ', '2026-09-18'));
  assert.equal(v['February 9'], '2026-02-09');
  const w = values(doc('The audit of the Ostry depot, first scheduled for March, had been called off twice. ', '2026-09-18'));
  assert.equal(w['March'], '2026-03');
  // Friday 13 November 2026: the nearest January is ahead, but a pluperfect fate puts the plan in the story's past.
  const u = values(doc('The mayor says the dyke broke on July 7 and that repairs planned for January had been postponed twice. '
    + 'The Ostry vote set for January 20 was cancelled.', '2026-11-13'));
  assert.equal(u['January'], '2026-01');
  assert.equal(u['January 20'], '2027-01-20');
  const x = values(doc('The dredging of the Vellmoor canal is planned for February 9. '
    + 'The Ostry fair planned for Saturday was cancelled.', '2026-09-18'));
  assert.equal(x['February 9'], '2027-02-09');
  assert.equal(x['Saturday'], '2026-09-19');
});

test('an offset told after a since-clause in its sentence counts from the sentence\'s day, not the span\'s start', () => {
  // Saturday 18 July 2026: "a day earlier" is the day before the clinics spoke (Saturday), not before July 10; a since-day
  // ending its sentence is still the day the next sentence's offset counts from.
  const v = values(doc('Clinics in Barrowdene said on Saturday that 40 people had fallen ill since the flood began on July 10, '
    + 'twice the 20 cases counted by the council a day earlier.', '2026-07-18'));
  assert.equal(v['a day earlier'], '2026-07-17');
  const w = values(doc('The Barrowdene road has been shut since July 10. Two days later the river fell.', '2026-07-18'));
  assert.equal(w['Two days later'], '2026-07-12');
});

test('a day given by a present verb of saying is the expected day of something pending: it lies ahead', () => {
  // Wednesday 21 January 2026: the nearest end of May is last year's, but "says the end of May" gives a day expected.
  const v = values(doc('The Wendrick tunnel stays shut. The council says the end of May. '
    + 'Police in Wendrick say March 3 was the last sighting of the van.', '2026-01-21'));
  assert.equal(v['end of May'], '2026-05');
  assert.equal(v['March 3'], '2025-03-03');
});

test('a day said, followed by the saying\'s own day, is what was said: the past verb of saying does not date it', () => {
  // Wednesday 21 January 2026: "said March 31 on the day of the flood" gives a reopening day (the nearest March 31);
  // "said March 31 that ..." (no day of the saying after it) is the day of the saying, in the past.
  const v = values(doc('The Wendrick tunnel operator said March 31 on the day of the flood and has gone quiet since.', '2026-01-21'));
  assert.equal(v['March 31'], '2026-03-31');
  const w = values(doc('The Wendrick tunnel operator said March 31 that the pumps had failed.', '2026-01-21'));
  assert.equal(w['March 31'], '2025-03-31');
});

test('a figure before "on Wednesday" is a count, not the day of the month', () => {
  const v = values(doc('The death toll rose to 23 on Wednesday, officials said.', '2025-03-20T09:00:00Z'));
  assert.deepEqual(v, { 'on Wednesday': '2025-03-19' });
});

test('"will last 30 days" is a duration, not the 30 days before the page; "in the last 30 days" still is', () => {
  // Thursday 2026-05-14.
  const v = values(doc('The curfew in Tervoll, imposed on Monday, will last 30 days.', '2026-05-14'));
  assert.deepEqual(v, { 'on Monday': '2026-05-11' });
  const w = values(doc('The Tervoll clinic treated 40 patients in the last 30 days.', '2026-05-14'));
  assert.equal(Object.keys(w).length, 1);
});

test('a weekday before ", now" keeps its own day: the "now" opens the next clause', () => {
  // Thursday 2026-05-14: "since Monday, now" is Monday 11 May, not the page's day.
  const v = values(doc('The relief group, which has had nurses in Tervoll since Monday, now counts 40 patients.', '2026-05-14'));
  assert.deepEqual(v, { 'Monday': '2026-05-11' });
});

test('year-end forms: ordinal day, dotted day-month, holidays, weekend, "last Friday," and months after a told date', () => {
  // Wednesday 2025-12-31.
  const v = values(doc('The company says the refunds will be paid from the 14th. Service is expected back by the weekend. '
    + 'Staff worked through Christmas Day. The court hearing is set for the 20. January.', '2025-12-31'));
  assert.equal(v['the 14th'], '2026-01-14');
  assert.equal(v['the weekend'], '2026-01-03');
  assert.equal(v['Christmas Day'], '2025-12-25');
  assert.equal(v['20. January'], '2026-01-20');
  // Friday 2026-01-09: "last Friday," is the week before; "two months later" counts from June 4.
  const w = values(doc('Trains ran again last Friday, after a week. The agency wrote on June 4, 2025. '
    + 'The answer, two months later, was no. The board met on New Year’s Eve.', '2026-01-09'));
  assert.equal(w['last Friday'], '2026-01-02');
  assert.equal(w['two months later'], '2025-08');
  assert.equal(w['New Year’s Eve'], '2025-12-31');
  // An apposition names the day just told; a bare "the day before" stays an offset from an event.
  const x = values(doc('The chief resigned on Monday, the day before the report was published. '
    + 'Rain fell the day before the vote.', '2026-04-14'));
  assert.equal(x['the day before'], '2026-04-13');
  assert.equal(Object.keys(x).length, 2);
});

test('a numeric stamp read the other way round is the same day, not a widget date', () => {
  const r = run(doc('The host was named on Friday. She will present the show next year.', '2013-02-08T10:00:00Z', {
    dateCandidates: [{ value: '2013-08-02', method: 'timestamp', raw: '08/02/2013 11:10 am EDT' }] }));
  assert.equal(r.publishedAt?.slice(0, 10), '2013-02-08');
  assert.deepEqual(r.flags, []);
});

test('news forms: part of a day of a date, mid-month, fortnight, day pairs, holidays and seasons (Thursday 2026-03-12)', () => {
  const v = values(doc('The king arrived on the evening of 10 March. Elections are due in mid-May. '
    + 'The ministry first warned a fortnight ago. Talks were held on 3 and 4 March, and again March 9-10. '
    + 'The prisoners were freed on Easter Monday. Sales have slumped since Christmas. '
    + 'The audit office will report in the autumn.', '2026-03-12T09:00:00Z'));
  assert.equal(v['10 March'], '2026-03-10');
  assert.equal(v['mid-May'], '2026-05');
  assert.equal(v['fortnight ago'], '2026-02-26');
  assert.equal(v['3'], '2026-03-03');
  assert.equal(v['4 March'], '2026-03-04');
  assert.equal(v['March 9'], '2026-03-09');
  assert.equal(v['10'], '2026-03-10');
  assert.equal(v['Easter Monday'], '2025-04-21');
  assert.equal(v['Christmas'], '2025-12-25');
  assert.equal(v['the autumn'], '2026');
  assert.equal(values(doc('No Christmas tree went up.', '2026-03-12'))['Christmas'], undefined);
});

test('a weekday counted from the day told before, and starts, modals and schedules that lie ahead (Friday 2026-01-02)', () => {
  const v = values(doc('The president arrived on Monday, December 22. He left the following Wednesday. '
    + 'The railway says a full timetable should run from Monday. The summit opens on Tuesday. '
    + 'Passengers were stranded on the first working day after Christmas.', '2026-01-02'));
  assert.equal(v['the following Wednesday'], '2025-12-24');
  assert.equal(v['Monday'], '2026-01-05');
  assert.equal(v['on Tuesday'], '2026-01-06');
  assert.equal(v['the first working day after Christmas'], '2025-12-29');
  const r = run(doc('Monday\'s talks might not change much.', '2026-01-02'));
  assert.equal(r.dates[0]!.date.value, '2025-12-29');
});

test('"tonight" in a quote of the evening the text calls "Tuesday night" is that evening (page of Wednesday 2026-03-11)', () => {
  const v = values(doc('The minister won Tuesday night’s debate. “I think he did well tonight,” one analyst said.', '2026-03-11'));
  assert.equal(v['Tuesday night'], '2026-03-10');
  assert.equal(v['tonight'], '2026-03-10');
  const w = values(doc('The minister speaks tonight. “It will be hard tonight,” he said.', '2026-03-11'));
  assert.equal(w['tonight'], '2026-03-11');
});

test('years chrono misses: a year before a noun, "in the Year 2009", spelled and translated "years ago" (2026-11-16)', () => {
  const v = values(doc('He raised his glass to the 1962 Treaty of Ostrave. The last visit was in the Year 2009. '
    + '"Sixty-four years ago our grandfathers signed a treaty," he said. Before sixty-four Years they made peace. '
    + 'The 2000 people outside cheered.', '2026-11-16'));
  assert.equal(v['1962'], '1962');
  assert.equal(v['2009'], '2009');
  assert.equal(v['Sixty-four years ago'], '1962');
  assert.equal(v['Before sixty-four Years'], '1962');
  assert.equal(v['2000'], undefined);
});

test('day words: the same day, overnight, deadlines from the day said, weeks, "the day before, on Wednesday" (2025-11-18)', () => {
  const v = values(doc('The minister announced the fund on Monday evening. He said payments would begin within a fortnight. '
    + 'The regulator ordered the recall on Wednesday, November 12. The company halted production the same day. '
    + 'A girl died overnight. He will meet the board early next week. Protesters marched the day before, on Wednesday.', '2025-11-18'));
  assert.equal(v['within a fortnight'], '2025-12-01');
  assert.equal(v['the same day'], '2025-11-12');
  assert.equal(v['overnight'], '2025-11-18');
  assert.equal(v['early next week'], '2025-11-24');
  assert.equal(v['the day before'], '2025-11-12');
  assert.equal(values(doc('The scheme will be announced within a month.', '2025-10-22'))['within a month'], '2025-11');
  assert.equal(values(doc('Two suspects were held last week.', '2025-10-22'))['last week'], '2025-10');
});

test('tense and month from the sentence: schedules, "as planned", "stay closed", "now says", "for the 14th", "not on the 16th" (2026-11-16)', () => {
  const v = values(doc('The energy pact is to be signed on Tuesday. The deal would be signed as planned on Tuesday. '
    + 'He flies home on Wednesday evening. The museum will stay closed on Thursday.', '2026-11-16'));
  assert.equal(v['on Tuesday'], '2026-11-17');
  assert.equal(v['on Wednesday evening'], '2026-11-18');
  assert.equal(v['on Thursday'], '2026-11-19');
  const w = values(doc('The date was moved twice and the court now says February 9. A hearing is scheduled for the 14th. '
    + 'The deal was signed 11/17/2026, not on the 16th.', '2026-01-09'));
  assert.equal(w['February 9'], '2026-02-09');
  assert.equal(w['the 14th'], '2026-01-14');
  assert.equal(w['the 16th'], '2026-11-16');
});

test('"last year" counts only next to the date; a month told after the last day anchors offsets (2025-10-23)', () => {
  const v = values(doc('The bank last raised rates in March, and it cut them twice last year. '
    + 'The plant has been closed since the recall in mid-October. The recall was widened two weeks later.', '2025-10-23'));
  assert.equal(v['March'], '2025-03');
  assert.equal(v['two weeks later'], '2025-10');
});

test('day words in a quote count from the day the paragraph tells (page of Wednesday 2026-11-18)', () => {
  const v = values(doc('At the banquet on Monday evening the president said: „Tomorrow we sign a treaty.“', '2026-11-18'));
  assert.equal(v['Tomorrow'], '2026-11-17');
});

test('offsets from an event the text dates, "the previous day", "last March", "mid-2026" (Thursday 2026-03-12)', () => {
  const v = values(doc('The committee published its report on Tuesday. The minister resigned two days after the report was published. '
    + 'The ministers met on Monday, March 2. The previous day, talks had collapsed. '
    + 'Prices have risen every month since last March. By mid-2026 the line will open. Rain fell the day after the vote.', '2026-03-12'));
  assert.equal(v['two days after'], '2026-03-12');
  assert.equal(v['The previous day'], '2026-03-01');
  assert.equal(v['March'], '2025-03');
  assert.equal(v['2026'], '2026');
  assert.equal(v['the day after'], undefined);
});

test('an offset from a happening the text tells by its verb: "collided" for the collision, "closed" for the closure, "sank" for the sinking (Friday 2025-03-14)', () => {
  const at = (text: string): string | undefined => Object.entries(values(doc(text, '2025-03-14'))).find(([k]) => /after|before/.test(k))?.[1];
  assert.equal(at('Two freight trains collided near Keswall on March 3. Two days after the collision, the line reopened.'), '2025-03-05');
  assert.equal(at('The Brundle smelter was closed on March 3. A week after the closure, its workers marched on the town hall.'), '2025-03-10');
  assert.equal(at('The Vessay ferry sank on March 3. Eight days after the sinking, divers reached the hull.'), '2025-03-11');
  assert.equal(at('The envoy arrived in Keswall on March 3. A day after his arrival, he met the mayor.'), '2025-03-04');
  assert.equal(at('A blast tore through the Brundle works on March 3. A week after the explosion, the plant reopened.'), undefined);
  // "met" is a whole word: "metres" in a dated sentence tells no meeting.
  assert.equal(at('Flood water rose two metres in Vessay on March 3. A day after the meeting, the council resigned.'), undefined);
});

test('an offset from a doer and its act ("after the Water Board applied") counts from a day told of that act, not of the doer (Friday 2025-03-14)', () => {
  const at = (text: string): string | undefined => values(doc(text, '2025-03-14'))['two days after'];
  // The sentence of Monday names the board but tells no applying.
  assert.equal(at('The judge granted the order shortly after 4 p.m., two days after the Keswall Water Board applied for it. '
    + 'Pumps stood idle on Monday, March 10, according to the Water Board.'), undefined);
  assert.equal(at('The Keswall Water Board applied for an order on Wednesday, March 12. '
    + 'The judge granted it shortly after 4 p.m., two days after the Keswall Water Board applied for it.'), '2025-03-14');
});

test('a caption clean marked (printed with no credit) tells its present-tense weekday in the past, like a credited one (Saturday 2025-03-15)', () => {
  const caption = 'The mayor of Keswall leaves the town hall on Thursday.';
  const text = `${caption}\nThe river burst its banks on Wednesday night.`;
  assert.equal(values(doc(text, '2025-03-15', { captions: [caption] }))['on Thursday'], '2025-03-13');
  // Unmarked, the same present tense looks ahead: the page's reader is told of a coming Thursday.
  assert.equal(values(doc(text, '2025-03-15'))['on Thursday'], '2025-03-20');
});

test('a time extended, put back or rescheduled to a day lies after the act that moved it, like an adjournment (Thursday 2026-12-10)', () => {
  const v = values(doc('The deadline for claims was extended to January 31. The curfew was prolonged until Saturday. '
    + 'The launch, first set for this month, was rescheduled for February 12. The vote was put back to March 3.', '2026-12-10'));
  assert.equal(v['January 31'], '2027-01-31');
  assert.equal(v['Saturday'], '2026-12-12');
  assert.equal(v['February 12'], '2027-02-12');
  assert.equal(v['March 3'], '2027-03-03');
  // Not a lead: "extended the ban on May 4" dates the extending.
  assert.equal(values(doc('The ministry extended the fishing ban on May 4.', '2026-12-10'))['May 4'], '2026-05-04');
});

test('"On March 3, 12 people were hurt": two digits after a month and day are a count, not the year (Wednesday 2026-06-10)', () => {
  const r = run(doc('On March 3, 12 people were injured in the blast. By May 5, 40 had died. The plant closed on June 1, 2025.', '2026-06-10'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['March 3', '2026-03-03'], ['May 5', '2026-05-05'], ['June 1, 2025', '2025-06-01']]);
});

test('"approved in May, 41 million has been paid": digits after a month and a comma are a count, not its year or day (Friday 2026-09-18)', () => {
  const r = run(doc('Of the 60 million crowns pledged by the council in May, 41 million has been spent. In March, 12 families moved back.', '2026-09-18'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['May', '2026-05'], ['March', '2026-03']]);
});

test('a range runs forward: the end put before the start moves the start back or the end on, as the tense allows', () => {
  // Thursday 2026-02-05: the past January to March is last year's.
  const v = values(doc('Between January and March, exports rose 4%.', '2026-02-05'));
  assert.equal(v['January'], '2025-01');
  assert.equal(v['March'], '2025-03');
  // Saturday 2026-12-05: a closure from November to February is under way.
  const w = values(doc('Between November and February, the road over the pass will be closed.', '2026-12-05'));
  assert.equal(w['November'], '2026-11');
  assert.equal(w['February'], '2027-02');
  // Tuesday 2026-03-10, no tense: the coming season, so its end moves on, not its start back.
  const y = values(doc('The ferry season runs from mid-April to the end of September.', '2026-03-10'));
  assert.equal(y['mid-April'], '2026-04');
  assert.equal(y['end of September'], '2026-09');
  // In order already: untouched.
  const x = values(doc('The survey was carried out between 28 November and 3 December.', '2025-12-20'));
  assert.equal(x['28 November'], '2025-11-28');
  assert.equal(x['3 December'], '2025-12-03');
});

test('"hit" after "to" or a modal is the bare verb, not its past (Wednesday 2026-06-10)', () => {
  const v = values(doc('The first storm hit on Saturday. A second storm is forecast to hit the coast on Thursday.', '2026-06-10'));
  assert.equal(v['on Saturday'], '2026-06-06');
  assert.equal(v['on Thursday'], '2026-06-11');
});

test('"on a Sunday" names no particular day; "on Sunday" does (Wednesday 2026-06-10)', () => {
  const r = run(doc('The crash happened on a Sunday, when the line is quiet. The market is held on a Saturday each month. He left on Sunday.', '2026-06-10'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['on Sunday', '2026-06-07']]);
});

test('a future told in the past, spans of years, adjournments, "a year later" after a year, dotted day-months (Wednesday 2026-11-18)', () => {
  const v = values(doc('He said on Monday that the talks would begin on Tuesday. He served from 2019 to 2023. '
    + 'The court adjourned the case until 1 December. The treaty was signed in 1962 and ratified a year later. '
    + 'The ban took effect on 16.11. The vote was held on the night of the 12th. It was a year ago today. '
    + 'The envoy will return in two weeks\' time. The strike ends at midnight on Friday.', '2026-11-18'));
  assert.equal(v['on Tuesday'], '2026-11-17');
  assert.equal(v['2023'], '2023');
  assert.equal(v['1 December'], '2026-12-01');
  assert.equal(v['a year later'], '1963');
  assert.equal(v['16.11'], '2026-11-16');
  assert.equal(v['the 12th'], '2026-11-12');
  assert.equal(v['a year ago today'], '2025-11-18');
  assert.equal(v['in two weeks\' time'], '2026-12-02');
  assert.equal(v['midnight on Friday'], '2026-11-20');
  // "will" counts from the page: talks held on Monday that will resume on Tuesday resume next week.
  assert.equal(values(doc('Talks held on Monday will resume on Tuesday.', '2026-11-18'))['on Tuesday'], '2026-11-24');
});

test('a day word after a noun is a day; after "a" or "the …er" a noun; "this past weekend" (Monday 2016-09-12)', () => {
  const v = values(doc('The Colts got the win today. A news release was issued by the team yesterday. '
    + 'Leaders promised a brighter tomorrow. This past weekend the two men met.', '2016-09-12'));
  assert.equal(v['today'], '2016-09-12');
  assert.equal(v['yesterday'], '2016-09-11');
  assert.equal(v['tomorrow'], undefined);
  assert.equal(v['This past weekend'], '2016-09-10');
});

test('"the Sept. 11 attacks" is 2001 and lends its year, never the page date; "than forecast in July" is past (2016-09-22)', () => {
  const r = run(doc('Families of 9/11 victims may sue. The failure to see the threat before Sept. 11 is excusable. '
    + 'Output will grow less than forecast in July.', '2016-09-22'));
  assert.equal(r.publishedAt, '2016-09-22');
  const v = Object.fromEntries(r.dates.map((m) => [m.text, m.date.value]));
  assert.equal(v['9/11'], '2001-09-11');
  assert.equal(v['Sept. 11'], '2001-09-11');
  assert.equal(v['July'] ?? v['in July'], '2016-07');
  assert.equal(values(doc('She left the Sept. 11 memorial service early on Sunday.', '2016-09-12'))['Sept. 11'], '2016-09-11');
});

test('translated "before two Weeks" is two weeks ago, "a year and a half ago" its month; "before two days had passed" is no date (2026-11-18)', () => {
  const v = values(doc('Before two Weeks the Minister visited Ostrave. Before three Days were arrested two Men. '
    + 'It happened a year and a half ago. The truce broke before two days had passed.', '2026-11-18'));
  assert.equal(v['Before two Weeks'], '2026-11-04');
  assert.equal(v['Before three Days'], '2026-11-15');
  assert.equal(v['a year and a half ago'], '2025-05');
  assert.equal(v['before two days'], undefined);
});

test('what was wanted or promised lies after the wanting: its past tense does not push a date back (2025-12-01)', () => {
  const v = values(doc('“We wanted the bereaved families paid before Christmas, and they will be,” she said. '
    + 'He promised in March to pay.', '2025-12-01'));
  assert.equal(v['Christmas'], '2025-12-25');
  assert.equal(v['March'], '2025-03');
});

test('a weekday closing a quoted title-case name is a show, not a day (Sunday 2016-09-25)', () => {
  const v = values(doc('He told “Harbor News Sunday,” that he would run. “We met on Sunday,” she said.', '2016-09-25'));
  assert.equal(v['Sunday'], undefined);
  assert.equal(v['on Sunday'], '2016-09-25');
});

test('a yearless date after a dated one in the sentence follows it; a quote dated by the "said on" after it; bare seasons (2026-08-02)', () => {
  const v = values(doc('The journalist was arrested in March 2025 and sentenced in July to 16 years. '
    + 'The accord was signed on November 3, 2024 and ratified on February 9. '
    + '“Yesterday we brought them home,” he said on Friday. The next round is planned for autumn.', '2026-08-02'));
  assert.equal(v['July'] ?? v['in July'], '2025-07');
  assert.equal(v['February 9'], '2025-02-09');
  assert.equal(v['Yesterday'], '2026-07-30');
  assert.equal(v['on Friday'], '2026-07-31');
  assert.equal(v['autumn'], '2026');
});

test('both ends of a weekday range are days (Friday 2026-01-09)', () => {
  const v = values(doc('The strike lasted from Monday to Wednesday. Shops were shut Tuesday-Thursday.', '2026-01-09'));
  assert.equal(v['Monday'], '2026-01-05');
  assert.equal(v['Wednesday'], '2026-01-07');
  assert.equal(v['Tuesday'], '2026-01-06');
  assert.equal(v['Thursday'], '2026-01-08');
});

test('US holidays by rule; a festivity named by its holiday is no date (Thursday 2016-06-23)', () => {
  const v = values(doc('A man was charged in a Father\'s Day shooting. The store reopened on Memorial Day. '
    + 'The park closed on Labor Day. Four people were hurt during a Halloween party.', '2016-06-23'));
  assert.equal(v['Father\'s Day'], '2016-06-19');
  assert.equal(v['Memorial Day'], '2016-05-30');
  assert.equal(v['Labor Day'], '2015-09-07');
  assert.equal(v['Halloween'], undefined);
  const k = values(doc('Schools closed on Martin Luther King Jr. Day. The march was held on MLK Day.', '2016-01-20'));
  assert.equal(k['Martin Luther King Jr. Day'], '2016-01-18');
  assert.equal(k['MLK Day'], '2016-01-18');
  const y = values(doc('He was shot on Labor Day 2014. The shop opened on Christmas Eve, 2019.', '2016-12-20'));
  assert.equal(y['Labor Day 2014'], '2014-09-01');
  assert.equal(y['Christmas Eve, 2019'], '2019-12-24');
});

test('"over the weekend" early in the week is the one just past; "this weekend" told in the past too (Monday 2016-12-12)', () => {
  const v = values(doc('A man faces charges after a shooting over the weekend. Also this weekend, a woman was shot.', '2016-12-12'));
  assert.equal(v['the weekend'], '2016-12-10');
  assert.equal(v['this weekend'], '2016-12-10');
  const future = run(doc('Crews will work over the weekend.', '2016-12-12')).dates;
  assert.equal(future[0]!.date.value, '2016-12-17');
});

test('a vague day takes the exact day of its span told nearby (Sunday 2016-10-30, Wednesday 2016-11-23)', () => {
  const w = values(doc('Police are looking for the gunman who opened fire in a club over the weekend. '
    + 'It happened early Sunday morning downtown.', '2016-10-30'));
  assert.equal(w['the weekend'], '2016-10-30');
  const o = values(doc('A boy is dead after an overnight shooting. Police said he was shot on Tuesday evening.', '2016-11-23'));
  assert.equal(o['overnight'], '2016-11-22');
  const alone = values(doc('A man was shot overnight. Police arrested him on Wednesday.', '2016-11-23'));
  assert.equal(alone['overnight'], '2016-11-23');
  const before = values(doc('The mayor spoke on Tuesday evening. A boy is dead after an overnight shooting.', '2016-11-23'));
  assert.equal(before['overnight'], '2016-11-23');
});

test('a fraction is no date; "faces arraignment" lies ahead (Saturday 2016-11-05)', () => {
  const v = values(doc('He wore size 9 1/2 shoes. Eight children were shot in the past 11/2 years. The hearing is set for 11/2. '
    + 'Both residents face arraignment Thursday.', '2016-11-05'));
  assert.equal(v['1/2'], undefined);
  assert.equal(v['11/2'], '2016-11-02');
  assert.equal(v['Thursday'], '2016-11-10');
  assert.equal(values(doc('He faces charges after a shooting Thursday.', '2016-11-05'))['Thursday'], '2016-11-03');
});

test('a range of dates gives both ends; "February the 20th" is a day (Thursday 2025-03-06)', () => {
  const v = values(doc('The Kestrel fair runs from March 3 to March 5. The letter, sent on February the 20th, arrived a week later.', '2025-03-06'));
  assert.equal(v['March 3'], '2025-03-03');
  assert.equal(v['March 5'], '2025-03-05');
  assert.equal(v['February the 20th'], '2025-02-20');
  assert.equal(v['a week later'], '2025-02-27');
  const span = values(doc('Ferries were cancelled from Dec. 29, 2024 to Jan. 2, 2025.', '2025-03-06'));
  assert.equal(span['Jan. 2, 2025'], '2025-01-02');
  const sold = values(doc('The syrup was sold from 1 September until 14 October.', '2025-10-18'));
  assert.equal(sold['14 October'], '2025-10-14');
});

test('"the first anniversary of X signed on May 2" dates X a year back, "May 2 marked the anniversary" is this year (2025-05-06)', () => {
  assert.equal(values(doc('May 2 marked the first anniversary of the Tamber collapse.', '2025-05-06'))['May 2'], '2025-05-02');
  assert.equal(values(doc('Crowds marked the first anniversary of the pact signed on May 2.', '2025-05-06'))['May 2'], '2024-05-02');
});

test('"on the first anniversary next November" is the coming November, not a year back (Thursday 2027-01-14)', () => {
  const v = values(doc('A bench with the names of the Halvory Lane dead will be unveiled on the first anniversary next November.', '2027-01-14'));
  assert.equal(v['November'], '2027-11');
});

test('present timetable verbs and "is Friday" point ahead; "failed to meet" does not (Thursday 2025-03-06)', () => {
  assert.equal(values(doc('Lawmakers return from recess on Monday.', '2025-03-06'))['on Monday'], '2025-03-10');
  assert.equal(values(doc('The two finalists meet Saturday in Orlen.', '2025-03-06'))['Saturday'], '2025-03-08');
  assert.equal(values(doc('The deadline for applications is Friday.', '2025-03-06'))['Friday'], '2025-03-07');
  assert.equal(values(doc('Rain is forecast for Friday and Saturday.', '2025-03-06'))['Friday'], '2025-03-07');
  assert.equal(values(doc('The envoys failed to meet on Monday.', '2025-03-06'))['on Monday'], '2025-03-03');
  assert.equal(values(doc('The new rules take effect on January 1, officials said.', '2025-12-28'))['January 1'], '2026-01-01');
});

test('irregular past verbs mark the past: "broke out early Saturday" (Wednesday 2025-03-12)', () => {
  assert.equal(values(doc('The fight broke out early Saturday at the Spring Kick Off party.', '2025-03-12'))['Saturday'], '2025-03-08');
});

test('"forty years later", "two decades earlier" count from the date told before; "twenty-five" is not "five"', () => {
  const v = values(doc('The Orlen bridge opened in 1932. Forty years later it was widened. '
    + 'The dam was finished in 1990; two decades earlier the valley was farmland.', '2025-03-06'));
  assert.equal(v['Forty years later'], '1972');
  assert.equal(v['two decades earlier'], '1970');
  assert.equal(values(doc('The mill closed in 1960. Twenty-five years later it reopened.', '2025-03-06'))['Twenty-five years later'], '1985');
  assert.equal(values(doc('Inflation peaked in 2022 and fell through 2023.', '2025-03-06'))['2023'], '2023');
});

test('a day word in a quote counts from the day of speaking told after it, past a title ("Ms.")', () => {
  const v = values(doc('"I spoke with him yesterday," Ms. Varga said on Tuesday.', '2025-03-06'));
  assert.equal(v['yesterday'], '2025-03-03');
});

test('a day-by-day story told weeks later: bare weekdays go on from the day told with its weekday (Friday 2026-03-20)', () => {
  const v = values(doc('The Orlen dam failed on Tuesday, March 3. On Wednesday, rescuers reached the first villages, '
    + 'and by Friday the death toll had risen to 27.\nThe storm made landfall on March 2. The next morning, power was out.', '2026-03-20'));
  assert.equal(v['On Wednesday'], '2026-03-04');
  assert.equal(v['Friday'], '2026-03-06');
  assert.equal(v['The next morning'], '2026-03-03');
  // A date told without its weekday is background: the weekday after it is the page's week.
  const bg = values(doc('The accord was signed on June 11 last year. In his message on Thursday, the president praised it.', '2026-03-20'));
  assert.equal(bg['on Thursday'], '2026-03-19');
  // Within the week before the page, the weekday is the page's anyway.
  assert.equal(values(doc('Talks opened on Monday, March 16. On Wednesday they collapsed.', '2026-03-20'))['On Wednesday'], '2026-03-18');
});

test('the story\'s day told again without its weekday keeps the day-by-day story going from there (Monday 2026-07-13)', () => {
  const v = values(doc('Readers keep asking what happened on Tuesday, June 30, so here is an answer.\n\n'
    + 'The Corvenna substation caught fire at 9:40 pm and the lines tripped at 9:47 pm on June 30. Within minutes the north was dark.\n\n'
    + 'The utility says the last homes came back on Friday evening.', '2026-07-13'));
  assert.equal(v['on Friday evening'], '2026-07-03');
  // Told once, two paragraphs before, the day-by-day story is over: the weekday is the page's week.
  const far = values(doc('Readers keep asking what happened on Tuesday, June 30, so here is an answer.\n\n'
    + 'The Corvenna substation caught fire and the lines tripped. Within minutes the north was dark.\n\n'
    + 'The utility says the last homes came back on Friday evening.', '2026-07-13'));
  assert.equal(far['on Friday evening'], '2026-07-10');
});

test('"Tuesday this week", "Monday of last week" are that weekday of that week; "24/7" and "3/4 of" are no dates (Thursday 2025-03-06)', () => {
  const v = values(doc('On Tuesday this week the envoy returned to Brenn. The port closed on Monday of last week '
    + 'and reopens Friday next week.', '2025-03-06'));
  assert.equal(v['Tuesday this week'], '2025-03-04');
  assert.equal(v['Monday of last week'], '2025-02-24');
  assert.equal(v['Friday next week'], '2025-03-14');
  assert.deepEqual(values(doc('The desk offers 24/7 support. The deal covers 3/4 of the market.', '2025-03-06')), {});
});

test('"on Monday of last week\'s vote": the week belongs to the vote, Monday to the page (Tuesday 2016-09-20)', () => {
  assert.deepEqual(run(doc('Police released video on Monday of last week’s shooting.', '2016-09-20')).dates.map((m) => m.date.value), ['2016-09-19']);
});

test('the weekday pins the year within the tense: past "Friday, 13 March" is not next year\'s (Thursday 2025-03-06)', () => {
  const r = run(doc('The old Orlen ferry sank on Friday, 13 March, killing six.', '2025-03-06'));
  assert.equal(r.dates[0]!.date.value, '2020-03-13');
  assert.equal(r.dates[0]!.method, 'year from weekday');
  assert.equal(run(doc('The rally on Saturday, 8 March will start at noon.', '2025-03-06')).dates[0]!.date.value, '2025-03-08');
  // A relative clause's past ("a filing dated ...") does not push a weekday's date a season or more back.
  const ahead = values(doc('The suit, a filing dated in December, goes to the Orlen High Court on Tuesday, April 14.', '2026-01-30'));
  assert.equal(ahead['on Tuesday, April 14'], '2026-04-14');
});

test('"since the 22nd" lies behind; a promise "before Christmas" lies ahead of the promise (2026-01-09, 2025-12-01)', () => {
  assert.equal(values(doc('Nobody has been paid since the 22nd.', '2026-01-09'))['the 22nd'], '2025-12-22');
  assert.equal(values(doc('The Orlen fund promised payment before Christmas.', '2025-12-01'))['Christmas'], '2025-12-25');
  assert.equal(values(doc('The fund pledged aid on Monday.', '2025-12-03'))['on Monday'], '2025-12-01');
});

test('"the toll from Tuesday\'s breach": "from" before a possessive day is no start (Thursday 2025-03-20)', () => {
  assert.equal(values(doc('The death toll from Tuesday’s breach of the Orlen dam has risen to 27.', '2025-03-20'))['Tuesday'], '2025-03-18');
  assert.equal(values(doc('The ban applies from Tuesday.', '2025-03-20'))['Tuesday'], '2025-03-25');
});

test('"the following year", "later that month", "that Friday" step from the date told before (2025-03-06)', () => {
  const v = values(doc('The Orlen dam was completed in 2012. The following year, cracks appeared. The previous year, engineers had warned. '
    + 'The mine flooded in April 2019. Later that month, the owners filed for bankruptcy. Later that year the mine was sold. '
    + 'The ship was launched in May 2020 and entered service the next month. '
    + 'The reactor was shut down on June 3, 2021. That Friday, inspectors arrived.', '2025-03-06'));
  assert.equal(v['The following year'], '2013');
  assert.equal(v['The previous year'], '2011');
  assert.equal(v['Later that month'], '2019-04');
  assert.equal(v['Later that year'], '2019');
  assert.equal(v['the next month'], '2020-06');
  assert.equal(v['That Friday'], '2021-06-04');
  // Told ahead, "the next month" is the page's.
  assert.equal(values(doc('The plant opened in 2019. The board will decide within the next month.', '2025-03-06'))['the next month'], '2025-04');
});

test('"on the 3rd" after a month told back takes that month; after a month ahead it stays the page\'s (2025-05-20)', () => {
  const v = values(doc('The Orlen crisis began in March. On the 3rd, the first ship was seized; by the 10th, four more had been taken.', '2025-05-20'));
  assert.equal(v['the 3rd'], '2025-03-03');
  assert.equal(v['the 10th'], '2025-03-10');
  assert.equal(values(doc('Parliament met on 12 February. On the 14th, the vote was held.', '2025-05-20'))['the 14th'], '2025-02-14');
  assert.equal(values(doc('Bids are due by Sunday, June 8. The cabinet had approved the plan on the 14th.', '2025-05-20'))['the 14th'], '2025-05-14');
});

test('the date of an intended act lies ahead: "agreed to meet again on Tuesday", "hopes to reopen the bridge on Saturday" (Thursday 2025-03-06)', () => {
  assert.equal(values(doc('The Orlen ministers agreed to meet again on Tuesday.', '2025-03-06'))['on Tuesday'], '2025-03-11');
  assert.equal(values(doc('The mayor hopes to reopen the bridge on Saturday.', '2025-03-06'))['on Saturday'], '2025-03-08');
  assert.equal(values(doc('The union threatened to strike on Monday unless wages rise.', '2025-03-06'))['on Monday'], '2025-03-10');
  // Far from the infinitive, the date is the intending act's; an attempt is itself the dated act.
  assert.equal(values(doc('Vell pointedly refused to endorse Orlen during a long speech at the party congress in July.', '2025-03-06'))['July'], '2024-07');
  assert.equal(values(doc('Protesters tried to enter the assembly on Monday.', '2025-03-06'))['on Monday'], '2025-03-03');
});

test('"Black Friday" sales and "Super Tuesday" results are no weekdays; "the road reopens by Monday" lies ahead (Thursday 2025-03-06)', () => {
  assert.deepEqual(values(doc('Retailers hope Black Friday sales will recover. Super Tuesday results surprised no one.', '2025-03-06')), {});
  assert.equal(values(doc('Officials hope the road reopens by Monday.', '2025-03-06'))['Monday'], '2025-03-10');
});

test('"free until Sunday", "proposals by Monday" are deadlines ahead (a week on when said that day); an offer "from January" lies ahead (Monday 2026-01-12)', () => {
  const v = values(doc('Rides on the Orlen tram are free until Sunday. The mediator has asked both sides for written offers by Monday.', '2026-01-12'));
  assert.equal(v['Sunday'], '2026-01-18');
  assert.equal(v['Monday'], '2026-01-19');
  assert.equal(values(doc('The company has offered a 4 per cent rise from January.', '2025-12-20'))['January'], '2026-01');
  assert.equal(values(doc('By Monday, the fire had spread to the hills.', '2025-12-20'))['Monday'], '2025-12-15');
});

test('"it is on Saturday, and the council has asked ...": a present "is" before the weekday is its own verb (Thursday 2024-12-19)', () => {
  const v = values(doc('The vigil is on Saturday at Harlow Green, and the council has urged shops to close early that evening.', '2024-12-19'));
  assert.equal(v['on Saturday'], '2024-12-21');
  assert.equal(v['that evening'], '2024-12-21');
  // A past verb before it still rules: the day is behind.
  assert.equal(values(doc('The vigil was on Saturday, and the council urged shops to close.', '2024-12-19'))['on Saturday'], '2024-12-14');
});

test('timetable presents, "ahead of Sunday\'s vote", "the March festival": days ahead (Wednesday 2024-12-04)', () => {
  const v = values(doc('Seats for the Brannock cup final go on sale on Monday. The new ferry timetable goes live on Sunday.', '2024-12-04'));
  assert.equal(v['on Monday'], '2024-12-09');
  assert.equal(v['on Sunday'], '2024-12-08');
  assert.equal(values(doc('Tickets went on sale on Monday.', '2024-12-04'))['on Monday'], '2024-12-02');
  assert.equal(values(doc('Turnout fears grew ahead of Sunday\'s referendum in Castrel.', '2024-12-04'))['Sunday'], '2024-12-08');
  assert.equal(values(doc('Organisers of the March festival expect record crowds.', '2024-12-04'))['March'], '2025-03');
  // "march" the verb or noun, and "the May cabinet" (no event noun), stay no dates.
  assert.deepEqual(values(doc('Veterans will march past the cenotaph. The May cabinet split over it.', '2024-12-04')), {});
});

test('"pressed for a decision before Christmas": what was pressed for lies ahead of the pressing (2024-12-04)', () => {
  assert.equal(values(doc('Growers had pressed for a ruling before Christmas after two poor harvests.', '2024-12-04'))['Christmas'], '2024-12-25');
  assert.equal(values(doc('The shop had closed before Christmas.', '2024-12-04'))['Christmas'], '2023-12-25');
});

test('"two days after", "two months after" are dated as the happening they place, from their own sentence (2025-03-18)', () => {
  const v = values(doc('The truce came two days after 300 families marched through Olvern on Saturday. '
    + 'Three months after the landslide, the road through Kessal reopened on Friday.', '2025-03-18'));
  assert.equal(v['two days after'], '2025-03-17');
  assert.equal(v['Three months after'], '2025-03');
  // Nothing in the sentence dates it: no date.
  assert.equal(values(doc('The truce came two days after the marches.', '2025-03-18'))['two days after'], undefined);
});

test('a quoted "today" in a morning paper counts from the story\'s day told before it (Friday 2025-04-18)', () => {
  const text = 'The Harlow review found on Thursday that the dam had been neglected.\n\n'
    + 'The minister said every finding was accepted. "We owed the valley an answer. Today it has one," she said.';
  assert.equal(values(doc(text, '2025-04-18'))['Today'], '2025-04-17');
  // A quote told before any day keeps the page's day.
  const first = '"Today is the day," the mayor said.\n\nThe Harlow review had been published on Thursday.';
  assert.equal(values(doc(first, '2025-04-18'))['Today'], '2025-04-18');
  // A text that has come on to the page's own day before the quote ("overnight") tells the quote on that day.
  const night = 'A transformer at the Kilnmere substation caught fire late on Thursday, cutting power to 9,000 homes in Osterbrae overnight.\n\n'
    + '"It stayed inside the fence," a spokesman said. "Power was back for everyone by six this morning."';
  const w = values(doc(night, '2025-04-18'));
  assert.equal(w['on Thursday'], '2025-04-17');
  assert.equal(w['this morning'], '2025-04-18');
});

test('"that night" alone in its sentence is read (it names no day word)', () => {
  const v = values(doc('The storm reached Orlen on Friday. That night, the river burst its banks.', '2026-01-08'));
  assert.equal(v['That night'], '2026-01-02');
});

test('after a step back ("the day before, on Wednesday", "a day earlier"), "later" goes on from the day stepped back from (Friday 2027-01-22)', () => {
  const v = values(doc('The envoys finally met in Kessal on Thursday. Farmers had blocked the road the day before, on Wednesday. '
    + 'A second round is planned two weeks later.', '2027-01-22'));
  assert.equal(v['two weeks later'], '2027-02-04');
  const w = values(doc('The mill shut on Monday. A day earlier, its workers had walked out. Two days later, the owners sold it.', '2027-01-22'));
  assert.equal(w['A day earlier'], '2027-01-17');
  assert.equal(w['Two days later'], '2027-01-20');
  // No step back: "later" counts from the day told just before.
  assert.equal(values(doc('Police came on Tuesday. A week later, the river rose.', '2027-01-22'))['A week later'], '2027-01-26');
});

test('no date in "for a second day" or "sat on 4 March"; "overnight Saturday" is the Saturday (Wednesday 2025-03-12)', () => {
  const v = values(doc('Talks in Kessal resumed today for a second day. The tribunal sat on 4th March. '
    + 'Gales lashed Orlen overnight Saturday.', '2025-03-12'));
  assert.equal(v['for a second'], undefined);
  assert.equal(v['4th March'], '2025-03-04');
  assert.equal(v['overnight'], undefined);
  assert.equal(v['Saturday'], '2025-03-08');
});

test('an undated page that tells of recent days is not dated from a background date further down', () => {
  const filler = ' The fact-checkers will sit in a room near the hall and publish as the candidates speak.'.repeat(4);
  const r = run(doc(`On Monday, the Orlen Courier said it would check every claim made at the debate.${filler}\n\n`
    + 'On July 6, 2015, Senator Vell made a claim about youth jobs that the Courier rated false.', null));
  assert.equal(r.publishedAt, null);
  // Without recent days, the latest dated fact is still the lower bound.
  assert.equal(run(doc(`The Orlen Courier checked every claim.${filler} On July 6, 2015, Senator Vell spoke.`, null)).publishedAt, '2015-07-06');
});

test('"Sunday week", "a week on Friday": that weekday a week after the coming one; "next Friday" on a Thursday is a week on (Thursday 2026-03-12)', () => {
  const v = values(doc('The Orlan fair opens on Sunday week. The results are due a week on Friday. '
    + 'The jury will sit again next Friday. The board meets next Thursday.', '2026-03-12'));
  assert.equal(v['Sunday week'], '2026-03-22');
  assert.equal(v['a week on Friday'], '2026-03-20');
  assert.equal(v['next Friday'], '2026-03-20');
  assert.equal(v['next Thursday'], '2026-03-19');
});

test('"in two days", "in three weeks" ahead are days; "the most in two weeks" is a span (Thursday 2026-03-12)', () => {
  const v = values(doc('The Brennick dockers strike in two days, and the ballot closes in a week\'s time. '
    + 'The committee will report in three weeks.', '2026-03-12'));
  assert.equal(v['in two days'], '2026-03-14');
  // Counted from the page day, not from the day ahead told just before.
  assert.equal(v['in a week\'s time'], '2026-03-19');
  assert.equal(v['in three weeks'], '2026-04-02');
  const spans = run(doc('It was the biggest rally in two weeks. Talks resumed for the first time in ten days. '
    + 'The council will meet twice in two weeks.', '2026-03-12')).dates;
  assert.deepEqual(spans, []);
  assert.equal(values(doc('All parties will meet in two weeks.', '2026-03-12'))['in two weeks'], '2026-03-26');
});

test('spelled whole days of hours count from the day told before; "36 hours later" names no day (Thursday 2026-03-12)', () => {
  const v = values(doc('The Tarn bridge reopened on Saturday. Twenty-four hours later it was shut again. '
    + 'The ferry docked on Tuesday. Forty-eight hours earlier it had been held at sea. Thirty-six hours later it sailed.', '2026-03-12'));
  assert.equal(v['Twenty-four hours later'], '2026-03-08');
  assert.equal(v['Forty-eight hours earlier'], '2026-03-08');
  assert.equal(v['Thirty-six hours later'], undefined);
});

test('the edges of the current year and month, "two years ago this month", "earlier in the day" (Thursday 2026-03-12)', () => {
  const v = values(doc('The Velden line will be finished by the end of the year. The levy came in at the start of the month. '
    + 'The sale should close by year-end. The Orlan mine shut two years ago this month. '
    + 'Police searched the depot on Monday. Earlier in the day, its manager had resigned.', '2026-03-12'));
  assert.equal(v['the end of the year'], '2026');
  assert.equal(v['the start of the month'], '2026-03');
  assert.equal(v['year-end'], '2026');
  assert.equal(v['two years ago this month'], '2024-03');
  assert.equal(v['Earlier in the day'], '2026-03-09');
});

test('an ambiguous numeric date is read in the order the text writes its dates in', () => {
  // A part above 12 elsewhere settles it.
  assert.equal(values(doc('The tribunal sits on 3/4/2026, its clerk wrote on 13/03/2026.', '2026-03-12'))['3/4/2026'], '2026-04-03');
  assert.equal(values(doc('The council voted on 3/4/2026, its clerk wrote on 03/13/2026.', '2026-03-12'))['3/4/2026'], '2026-03-04');
  // Else its dates in words: "12 May" day first, "May 12" month first.
  assert.equal(values(doc('The council, which met on 12 May, had voted on 4/3/2026.', '2026-05-12'))['4/3/2026'], '2026-03-04');
  assert.equal(values(doc('The council, which met on May 12, had voted on 4/3/2026.', '2026-05-12'))['4/3/2026'], '2026-04-03');
  // Nothing says: the reading nearest the page date; dashes like slashes.
  assert.equal(values(doc('The notice was dated 11-03-2026.', '2026-03-12'))['11-03-2026'], '2026-03-11');
});

test('"home for Christmas", "spend Christmas with": a bare Christmas after a preposition or a verb of keeping it (Monday 2025-12-15)', () => {
  const v = values(doc('The freed nurse, Ilse Varrow, said she would spend Christmas with her parents. Her brother hopes to be home for Christmas.', '2025-12-15'));
  assert.equal(v['Christmas'], '2025-12-25');
  assert.equal(run(doc('The town put up its Christmas tree in the square.', '2025-12-15')).dates.length, 0);
});

test('"shut", "sold" and other irregular pasts mark the past; "will shut" does not; "a decade ago"; "over the past week" is a span (Tuesday 2026-01-06)', () => {
  const v = values(doc('The Harrow plant shut on December 29 and reopens on January 12. The Velden yard sold its last ship on December 30.', '2026-01-06'));
  assert.equal(v['December 29'], '2025-12-29');
  assert.equal(v['December 30'], '2025-12-30');
  assert.equal(v['January 12'], '2026-01-12');
  assert.equal(values(doc('The Harrow plant will shut on Friday.', '2026-01-06'))['on Friday'], '2026-01-09');
  assert.equal(values(doc('The Orlan bridge was built a decade ago.', '2026-01-06'))['a decade ago'], '2016');
  assert.deepEqual(run(doc('The river has risen over the past week and prices rose 4% in the past year.', '2026-01-06')).dates, []);
});

test('"the Tuesday before", "the Friday after", "the following weekend" count from the day told before; "the night before last" (Thursday 2026-03-12)', () => {
  assert.equal(values(doc('The Sennaby docked on Monday, March 9. Its crew had been paid the Tuesday before.', '2026-03-12'))['the Tuesday before'], '2026-03-03');
  assert.equal(values(doc('The Sennaby docked on Monday, March 9. Its crew will be paid the Friday after.', '2026-03-12'))['the Friday after'], '2026-03-13');
  const w = values(doc('The Kessel dam failed on Monday, March 2. Volunteers arrived the following weekend. The fire started the night before last.', '2026-03-12'));
  assert.equal(w['the following weekend'], '2026-03-07');
  assert.equal(w['the night before last'], '2026-03-10');
  // Before an event it is that event's ("the Tuesday before the vote"): not read from the day told before.
  assert.equal(values(doc('The Sennaby docked on Monday, March 9. Its crew struck the Tuesday before the vote.', '2026-03-12'))['the Tuesday before'], undefined);
});

test('"are bracing for", "warn of" look ahead; "this Tuesday night" is this week\'s (Thursday 2026-03-12)', () => {
  assert.equal(values(doc('Police in Orlen are bracing for protests on Saturday.', '2026-03-12'))['on Saturday'], '2026-03-14');
  assert.equal(values(doc('Forecasters warn of gales on Friday.', '2026-03-12'))['on Friday'], '2026-03-13');
  assert.equal(values(doc('Forecasters warned of gales on Friday.', '2026-03-12'))['on Friday'], '2026-03-06');
  assert.equal(values(doc('The vote is this Tuesday night.', '2026-03-12'))['this Tuesday night'], '2026-03-10');
});

test('"the 18th of this month", "the 2nd of next month": that day of the month named (Friday 2026-03-20)', () => {
  const v = values(doc('The Orlen council voted on the 18th of this month and will vote again on the 2nd of next month.', '2026-03-20'));
  assert.equal(v['the 18th of this month'], '2026-03-18');
  assert.equal(v['the 2nd of next month'], '2026-04-02');
});

test('"go / head to the polls" is a timetable like "opens": ahead unless past (Thursday 2026-03-12)', () => {
  assert.equal(values(doc('Voters in Kessal head to the polls on Sunday.', '2026-03-12'))['on Sunday'], '2026-03-15');
  assert.equal(values(doc('Kessal goes to the polls on Sunday.', '2026-03-12'))['on Sunday'], '2026-03-15');
  assert.equal(values(doc('Kessal went to the polls on Sunday.', '2026-03-12'))['on Sunday'], '2026-03-08');
  assert.equal(values(doc('Voters who failed to go to the polls on Sunday were fined.', '2026-03-12'))['on Sunday'], '2026-03-08');
});

test('a recent month/day keeps its year when the weekday given with it does not match; an old one takes the weekday\'s year', () => {
  // 2025-12-06 is a Saturday: a slipped weekday, not Friday 2024-12-06.
  const v = run(doc('The Sennaby\'s doctor, who had been freed on Friday, December 6, sat in the front row.', '2025-12-15')).dates;
  assert.equal(v[0]!.date.value, '2025-12-06');
  assert.match(v[0]!.method ?? '', /weekday given does not match/);
  assert.equal(values(doc('The Kessel treaty, signed on Wednesday, June 17, was never ratified.', '2026-03-12'))['on Wednesday, June 17'], '2020-06-17');
});

test('"two days after that", "the day before that": offsets from the day told just before; "after that vote" is the vote\'s', () => {
  const v = values(doc('Surveyors inspected the Orvik dam on 2 December. Two days after that, the spillway cracked. '
    + 'The day before that, a gauge had failed.', '2025-12-20'));
  assert.equal(v['Two days after that'], '2025-12-04');
  assert.equal(v['The day before that'], '2025-12-03');
  assert.equal(values(doc('Surveyors inspected the Orvik dam on 2 December. A week after that, the spillway cracked.', '2025-12-20'))['A week after that'], '2025-12-09');
  assert.equal(values(doc('The Orvik dam cracked on 2 December, two days after that vote.', '2025-12-20'))['two days after that'], undefined);
});

test('"on the weekend" (American) is the weekend past or coming, as the tense says; "the weekend of March 3" is not (Monday 2025-12-08)', () => {
  assert.equal(values(doc('Fans of the Nimsby club gathered outside its stadium on the weekend.', '2025-12-08'))['the weekend'], '2025-12-06');
  assert.equal(values(doc('Fans of the Nimsby club will gather outside its stadium on the weekend.', '2025-12-10'))['the weekend'], '2025-12-13');
  assert.equal(values(doc('Fans of the Nimsby club gathered on the weekend of March 3.', '2025-12-10'))['the weekend'], undefined);
});

test('"March 3 next year", "January 3 this year": the year word next to a month/day gives its year', () => {
  assert.equal(values(doc('The Tessaly ferry will be launched on March 3 next year.', '2025-10-20'))['March 3'], '2026-03-03');
  assert.equal(values(doc('The Tessaly ferry was launched on January 3 this year.', '2026-03-20'))['January 3'], '2026-01-03');
  assert.equal(values(doc('The Tessaly ferry was launched on June 11 last year.', '2026-03-20'))['June 11'], '2025-06-11');
});

test('"six weeks ago" is a rounded count: its month; "two weeks ago" names the day (Monday 2026-01-05)', () => {
  const v = values(doc('Dockers in Ostry walked out six weeks ago. Their union voted two weeks ago.', '2026-01-05'));
  assert.equal(v['six weeks ago'], '2025-11');
  assert.equal(v['two weeks ago'], '2025-12-22');
});

test('an -ed word after an article qualifies a noun, not a past verb: "will run a chartered boat from Monday" lies ahead (Saturday 2025-11-22)', () => {
  assert.equal(values(doc('The Hessel service will run with a chartered boat from Monday.', '2025-11-22'))['Monday'], '2025-11-24');
  assert.equal(values(doc('Brannock Air expects to put its first inspected jet back into service on Monday.', '2025-12-04'))['on Monday'], '2025-12-08');
  assert.equal(values(doc('Brannock Air chartered a jet on Monday.', '2025-12-04'))['on Monday'], '2025-12-01');
});

test('a "so that" clause keeps its own tense: "set the rules in December so that nobody would ..." is last December', () => {
  const v = values(doc('"We set the rules in December so that nobody would have to trust the operator," the Orlen director said.', '2026-02-11'));
  assert.equal(v['December'], '2025-12');
});

test('an offset in a sentence that dates its own happening keeps that day, whatever day another sentence gives the event', () => {
  const v = values(doc('A Brannock Air jet made an emergency landing on Thursday. '
    + 'The regulator grounded the fleet on 21.11.2025, one day after the jet made its landing.', '2025-11-29'));
  assert.equal(v['one day after'], '2025-11-21');
});

test('"Sunday the 26th": the month in which that day falls on that weekday', () => {
  const v = values(doc('The levee was closed on September 28, so the first dry day was Sunday the 29th. Two days later, on the 1st, '
    + 'the pumps failed.', '2024-10-09'));
  assert.equal(v['Sunday the 29th'], '2024-09-29');
  assert.equal(v['Two days later'], '2024-10-01');
  const r = run(doc('The ferry will sail again on Friday the 13th, the operator said.', '2024-11-20'));
  assert.equal(r.dates[0]!.date.value, '2024-12-13');
  assert.equal(r.dates[0]!.method, 'month in which the day falls on the weekday given');
});

test('"on Wednesday, the 26." without an ordinal ending is that day of the month; "Friday, the 13 trawlers" is a count', () => {
  const v = values(doc('The Quorrelby tribunal gives its ruling on Wednesday, the 26.', '2026-08-25'));
  assert.equal(v['Wednesday, the 26'], '2026-08-26');
  const w = values(doc('On Friday, the 13 trawlers of the Pellmire fleet stayed in port.', '2026-08-25'));
  assert.equal(w['Friday, the 13'], undefined);
});

test('a leap day without a year lands in a leap year, also when the page date is in another year', () => {
  const v = values(doc('The roof of the Marlow arena fell in on 29 February last year. The first anniversary of the fall of '
    + 'Feb. 29 passed without a ceremony.', '2025-03-05'));
  assert.equal(v['29 February'], '2024-02-29');
  assert.equal(v['Feb. 29'], '2024-02-29');
  const w = values(doc('Engineers had inspected the roof on Thursday, February 29, the report says.', '2025-06-02'));
  assert.equal(w['Thursday, February 29'], '2024-02-29');
  const x = values(doc('The roof fell in on 29 February. A day earlier the engineers had left.', '2024-03-10'));
  assert.equal(x['on 29 February'], '2024-02-29');
  assert.equal(x['A day earlier'], '2024-02-28');
});

test('a day arranged "for" a weekday, and a start "from the 1st" with no tense, lie ahead', () => {
  const v = values(doc('The handover of the keys is arranged for Friday at the town hall.', '2025-10-29'));
  assert.equal(v['Friday'], '2025-10-31');
  const w = values(doc('Ferry fares rise from the 1st under the winter timetable.', '2025-10-31'));
  assert.equal(w['the 1st'], '2025-11-01');
});

test('"The blackout came two days after ...": the story\'s own day; an event step counts from the head of its noun phrase', () => {
  const r = run(doc('Lights went out across Varrow this morning when a substation failed. The blackout comes two days after the '
    + 'storm damage of a pylon near Esk, which has kept the grid in the news.', '2025-02-14'));
  const offset = r.dates.find((m) => m.text === 'two days after')!;
  assert.equal(offset.date.value, '2025-02-14');
  assert.equal(offset.method, "the day of the story's happening the offset places");
  // "the Dunrow Bridge closure": the happening is the closure, not the bridge another sentence dates.
  const v = values(doc('Traffic was diverted over the Dunrow Bridge on March 3. Shops reopened two days after the Dunrow Bridge '
    + 'closure ended.', '2025-03-20'));
  assert.equal(v['two days after'], undefined);
});

test('a timetable present ("leaves on Thursday", "the monitors deploy on Monday") lies ahead', () => {
  const v = values(doc('The envoy, who arrived on Tuesday, leaves on Thursday. The ferry returns to service on Friday. '
    + 'The observers deploy on Monday, the mission said.', '2025-03-05'));
  assert.equal(v['on Tuesday'], '2025-03-04');
  assert.equal(v['on Thursday'], '2025-03-06');
  assert.equal(v['on Friday'], '2025-03-07');
  assert.equal(v['on Monday'], '2025-03-10');
  const w = values(doc('The body appears to have been moved on Sunday.', '2025-03-05'));
  assert.equal(w['on Sunday'], '2025-03-02');
});

test('a trailing attribution ("..., the ministry said") does not lend its past tense to the clause it reports', () => {
  const v = values(doc('The fishing ban applies from March 1, the ministry said in a statement. The toll deadline is March 15, '
    + 'officials said.', '2025-02-20'));
  assert.equal(v['March 1'], '2025-03-01');
  assert.equal(v['March 15'], '2025-03-15');
  // The saying's own day: a date before a verb that goes on to what was said.
  const w = values(doc('At the only hearing so far, on the 24th, the judges said the file was complete.', '2025-12-05'));
  assert.equal(w['the 24th'], '2025-11-24');
});

test('a date after a time of day and a comma ("on polling night, Dec. 14") is read, not folded into the time', () => {
  const v = values(doc('Sennaby Tolkers claimed victory on polling night, Dec. 14. The first count began in the morning, 15 December, '
    + 'and was halted that evening.', '2026-01-02'));
  assert.equal(v['Dec. 14'], '2025-12-14');
  assert.equal(v['15 December'], '2025-12-15');
});

test('an offset joined by "and" to one that places the sentence\'s happening places the same happening', () => {
  const r = run(doc('The harbour board met on Friday. The vote came three days after the audit closed and two days after '
    + 'the tribunal ruled.', '2026-01-02'));
  const v = Object.fromEntries(r.dates.map((m) => [m.text, m.date.value]));
  assert.equal(v['three days after'], '2026-01-02');
  assert.equal(v['two days after'], '2026-01-02');
  // Not across a full stop: another sentence's offset places its own happening.
  const w = values(doc('The harbour board met on Friday. The vote came three days after the audit closed. Shops reopened two days '
    + 'after the tribunal ruled.', '2026-01-02'));
  assert.equal(w['two days after'], undefined);
});

test('what was likely, unlikely or poised to happen lies ahead of the saying ("was unlikely to begin before Jan. 2")', () => {
  const v = values(doc('Officials said the tally was unlikely to resume before Jan. 2. The guild is poised to elect a chair on '
    + 'Friday. The likely winner spoke on Monday.', '2025-12-17'));
  assert.equal(v['Jan. 2'], '2026-01-02');
  assert.equal(v['on Friday'], '2025-12-19');
  assert.equal(v['on Monday'], '2025-12-15');
});

test('an offset of weeks and days ("four weeks and a day after") counts both, from a day its clause or another sentence gives', () => {
  const v = values(doc('The warden was sworn in four weeks and a day after the ballot on Dec. 14.', '2026-01-14'));
  assert.equal(v['four weeks and a day after'], '2026-01-12');
  assert.equal(v['a day after'], undefined);
  const w = values(doc('Members of the guild voted on Dec. 14. The warden was sworn in a week and two days after the vote.', '2026-01-14'));
  assert.equal(w['a week and two days after'], '2025-12-23');
});

test('a plan the news overtook ("had been due to debate ... on Thursday") lies ahead of the page, as "was due to" does', () => {
  const v = values(doc('The Orlanne mayor, Ormwhistle Darrow, resigned on Monday. The council had been due to debate a motion against Darrow on Thursday.', '2026-02-02'));
  assert.equal(v['on Monday'], '2026-02-02');
  assert.equal(v['on Thursday'], '2026-02-05');
});

test('an offset told as a round count "to the day" ("three weeks almost to the day after") counts from a day its clause gives', () => {
  const v = values(doc('On Tuesday the Orlanne guild elected its warden, three weeks almost to the day after the old warden died on March 3.', '2026-03-26'));
  assert.equal(v['three weeks almost to the day after'], '2026-03-24');
  assert.equal(v['On Tuesday'], '2026-03-24');
  const w = values(doc('The ferry returned a year to the day after the storm on 9 May 2025.', '2026-05-12'));
  assert.equal(w['a year to the day after'], '2026');
  // "since June 16" is when the holding began, not the freeing the offset counts from: the offset places Friday's walk.
  const x = values(doc('Gristhaven Velk came home on Friday, four days after the rebels who had held him since June 16 freed him.', '2026-07-18'));
  assert.equal(x['four days after'], '2026-07-17');
});

test('a day a past telling looked ahead to ("spoke in the run-up to the December 14 poll") is not pushed past the page', () => {
  const v = values(doc('Sennaby Tolkers spoke in the run-up to the December 14 poll. She will speak ahead of the January 20 runoff.', '2026-01-05'));
  assert.equal(v['December 14'], '2025-12-14');
  assert.equal(v['January 20'], '2026-01-20');
  const w = values(doc('Sennaby Tolkers spoke ahead of Sunday\'s poll.', '2025-12-05'));
  assert.equal(w['Sunday'], '2025-12-07');
});

test('a future clause naming a yearless day just past ("will review the ballots cast on December 14", in January) keeps it past', () => {
  const v = values(doc('The tribunal will review the ballots cast on December 14. The guild will rule on the December 20 vote '
    + 'on Jan. 20.', '2026-01-08'));
  assert.equal(v['December 14'], '2025-12-14');
  assert.equal(v['December 20'], '2025-12-20');
  assert.equal(v['Jan. 20'], '2026-01-20');
  // A day ahead within the year, or one well behind the page, keeps the future reading.
  const w = values(doc('The tribunal will sit on August 3. The fair returns on November 1.', '2026-01-08'));
  assert.equal(w['August 3'], '2026-08-03');
  assert.equal(w['November 1'], '2026-11-01');
});

test('month ends: "last month" and "a month ago" on the 31st, "a year ago today" on 29 February, the 29th in a leap year', () => {
  const v = values(doc('The ferry sailed last month. The port reopens next month. The strike began two months ago.', '2024-03-31'));
  assert.equal(v['last month'], '2024-02');
  assert.equal(v['next month'], '2024-04');
  assert.equal(v['two months ago'], '2024-01');
  const w = values(doc('The quay flooded a month ago. The pier opens next month.', '2024-10-31'));
  assert.equal(w['a month ago'], '2024-09');
  assert.equal(w['next month'], '2024-11');
  const x = values(doc('The lock gates opened a year ago today. They were shut on the 29th for repairs.', '2024-02-29'));
  assert.equal(x['a year ago today'], '2023-02-28');
  assert.equal(values(doc('The lock gates were shut on the 29th.', '2024-03-01'))['the 29th'], '2024-02-29');
});

test('a dotted date with a two-digit year is day-first ("04.03.24"); a version number is no date', () => {
  const v = values(doc('The claim was lodged on 04.03.24 and logged on 4.3.24. The app, version 2.1.24, crashed.', '2024-03-05'));
  assert.equal(v['04.03.24'], '2024-03-04');
  assert.equal(v['4.3.24'], '2024-03-04');
  assert.equal(v['2.1.24'], undefined);
});

test('a yearless day goes on with the story told with its year just before ("12 March 2019. On 14 March, ...")', () => {
  const v = values(doc('The storm hit Quarrow on 12 March 2019. On 14 March, the weir burst. The weir reopened on 2 June.', '2025-06-10'));
  assert.equal(v['On 14 March'], '2019-03-14');
  // More than a month on, and a sentence further, it is the page's own time again.
  assert.equal(v['on 2 June'], '2025-06-02');
  const w = values(doc('In 2019, the storm hit on 12 March and the weir burst on 14 March. Sales rose in 2024, and on March 3 '
    + 'the board met.', '2025-03-10'));
  assert.equal(w['on 12 March'], '2019-03-12');
  assert.equal(w['on 14 March'], '2019-03-14');
  assert.equal(w['March 3'], '2025-03-03');
});

test('"takes office Monday", "is sworn in on Monday" lie ahead like other timetable presents', () => {
  const v = values(doc('The warden, who takes office Monday, condemned the march. Her deputy is sworn in on Tuesday. '
    + 'The clerk was sworn in on Wednesday.', '2026-01-08'));
  assert.equal(v['Monday'], '2026-01-12');
  assert.equal(v['on Tuesday'], '2026-01-13');
  assert.equal(v['on Wednesday'], '2026-01-07');
});

test('a hedged length ("for about a day") is no day; the size of a shift ("pushed back by five days after ...") is no offset', () => {
  const v = values(doc('The ferry line was down for about a day. The depot stayed shut for more than a week. The launch had been set '
    + 'for last Saturday but was pushed back by five days after a brake test failed. The sale closed two days after the audit on Monday.',
  '2025-11-05'));
  assert.equal(v['for about a day'], undefined);
  assert.equal(v['for more than a week'], undefined);
  assert.equal(v['last Saturday'], '2025-11-01');
  assert.equal(v['five days after'], undefined);
  // An offset from a day its clause gives is still read.
  assert.equal(v['two days after'], '2025-11-05');
  // "in about two days" in a clause that looks ahead is still a point ahead.
  assert.equal(values(doc('The strike starts in about two days.', '2025-11-05'))['in about two days'], '2025-11-07');
});

test('a length with a vague count ("for a few hours", "for a couple of weeks") is no day; the day beside it still is', () => {
  const v = values(doc('The museum reopened on Friday for a few hours, then shut again for a couple of weeks. '
    + 'The ferry will run for several days.', '2025-11-05'));
  assert.deepEqual(v, { 'on Friday': '2025-10-31' });
});

test('"next week on Thursday", "last week, on Monday": that weekday of the week named, not of the page\'s week', () => {
  // Tuesday 10 March 2026.
  const v = values(doc('The panel will sit next week on Thursday. The clinic closed last week, on Monday. Rents rose last week.', '2026-03-10'));
  assert.equal(v['next week on Thursday'], '2026-03-19');
  assert.equal(v['last week, on Monday'], '2026-03-02');
  assert.equal(v['last week'], '2026-03');
});

test('an aside between commas closed before the date ("the warden, a judge named on Monday, wants ...") does not give the date its tense', () => {
  // Saturday 3 January 2026.
  const v = values(doc('The warden, a retired judge named by the cabinet on Monday, wants offers from both sides by Monday and a deal by the 16th. '
    + 'The mayor, who was elected in May, expects the bridge to reopen by Friday. The clerk, who was sacked, left on Friday.', '2026-01-03'));
  assert.equal(v['on Monday'], '2025-12-29');
  assert.equal(v['Monday'], '2026-01-05');
  assert.equal(v['the 16th'], '2026-01-16');
  assert.equal(v['Friday'], '2026-01-09');
  assert.equal(v['on Friday'], '2026-01-02');
});

test('a relative clause that goes on past its comma (", which will be led by an auditor, Selda Morrowick, and report by February 28") keeps its future', () => {
  // Monday 2 November 2026: the report is due in the February ahead, not the one gone by.
  const v = values(doc('Minister Ottvar Fleim said Jorvan Doss had been stood down pending the review, which will be led by a retired auditor, '
    + 'Selda Morrowick, and report by February 28.', '2026-11-02'));
  assert.equal(v['February 28'], '2027-02-28');
});

test('a day still to come ("will return on the 9th") is not in the month the story told back; a future in the past may be', () => {
  // Monday 2 March 2026.
  const r = run(doc('The depot was sealed on 28/2. Inspectors came back on the 27th and will return on the 9th.', '2026-03-02'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['28/2', '2026-02-28'], ['the 27th', '2026-02-27'], ['the 9th', '2026-03-09']]);
  const v = values(doc('The outage began in February. The utility said it would pay refunds on the 9th.', '2026-03-02'));
  assert.equal(v['the 9th'], '2026-02-09');
});

test('a span up to now ("over the past two days") and a vague count ("a few days later", "several weeks ago") name no day, and an offset after them counts from the day told', () => {
  // Wednesday 11 March 2026.
  const r = run(doc('The levee gave way on Monday. Over the past two days, crews searched the valley. In the past 48 hours, the river fell. '
    + 'The following morning, the army arrived. A few days later, the mayor resigned. The clinic shut several weeks ago.', '2026-03-11'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['on Monday', '2026-03-09'], ['The following morning', '2026-03-10']]);
});

test('a weekday that recurs ("meets every Tuesday", "each Friday") is no day', () => {
  const v = values(doc('The tenants\' group meets every Tuesday. Volunteers come each Friday and every other Monday. The group met on Tuesday.', '2026-03-11'));
  assert.deepEqual(v, { 'on Tuesday': '2026-03-10' });
});

test('a weekday ending a range looks the way its start does ("the fair runs from Friday to Sunday")', () => {
  // Wednesday 11 March 2026.
  const r = run(doc('The craft fair runs from Friday to Sunday. The book fair ran from Friday to Sunday.', '2026-03-11'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['Friday', '2026-03-13'], ['Sunday', '2026-03-15'], ['Friday', '2026-03-06'], ['Sunday', '2026-03-08']]);
});

test('"could" and "might" after a day told in the sentence tell a future in the past ("warned on Sunday that the levee could fail by Tuesday")', () => {
  // Wednesday 11 March 2026.
  const r = run(doc('Engineers warned on Sunday that the levee could fail by Tuesday. On Monday the council said the ferry might sail on Wednesday.', '2026-03-11'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['on Sunday', '2026-03-08'], ['Tuesday', '2026-03-10'], ['On Monday', '2026-03-09'], ['on Wednesday', '2026-03-11']]);
});

test('an irregular past participle after its noun tells a past act ("ballots cast on Dec. 14 will be recounted")', () => {
  const v = values(doc('Ballots cast on Dec. 14 will be recounted. The letter, written on Nov. 30, will be read out. '
    + 'Voters will cast ballots on Dec. 20. Her oath will be taken on Dec. 22.', '2026-02-10'));
  assert.equal(v['Dec. 14'], '2025-12-14');
  assert.equal(v['Nov. 30'], '2025-11-30');
  assert.equal(v['Dec. 20'], '2026-12-20');
  assert.equal(v['Dec. 22'], '2026-12-22');
});

test('older years after a preposition of time are dates; counts are not', () => {
  const v = values(doc('The co-operative was founded in 1862 in the town of Harnesby. The mill has stood there since 1791. '
    + 'A total of 1500 people were moved out of 1500 homes.', '2026-03-11'));
  assert.equal(v['1862'], '1862');
  assert.equal(v['1791'], '1791');
  assert.equal(v['1500'], undefined);
});

test('the end or start of a named year is its last or first month; the end of next year stays a year', () => {
  const v = values(doc('The losses were booked at the end of 2024. Output stalled at the start of 2023. '
    + 'The line will close by the end of next year.', '2026-03-11'));
  assert.equal(v['the end of 2024'], '2024-12');
  assert.equal(v['the start of 2023'], '2023-01');
  assert.equal(v['end of next year'], '2027');
});

test('a weekday with "the 10th of March" is that day; its apposition and the same weekday told again are too', () => {
  const text = 'The regulator first learned of the gap on Tuesday the 10th of March, the day before the collapse.\n\n'
    + 'Dorrance Velloway, who chairs the depositors, spoke outside.\n\n'
    + 'The bank declined to comment.\n\n'
    + '"The regulator knew on Tuesday and told nobody," Velloway said.';
  const r = run(doc(text, '2026-03-24'));
  const at = (needle: string): string | undefined => r.dates.find((m) => m.start <= text.indexOf(needle) && text.indexOf(needle) < m.end)?.date.value;
  assert.equal(at('Tuesday the 10th'), '2026-03-10');
  assert.equal(at('the day before'), '2026-03-10');
  assert.equal(at('Tuesday and told'), '2026-03-10');
});

test('a bare day smaller than the day named before it goes on into the next month only when that is nearer', () => {
  const v = values(doc('The courier was detained on 3/31/2026 (March 31) and a judge charged him on the 2nd.', '2026-04-15'));
  assert.equal(v['the 2nd'], '2026-04-02');
  const w = values(doc('The pact was signed 11/17/2026, on the second day, not on the 16th as one alert had it.', '2026-11-20'));
  assert.equal(w['the 16th'], '2026-11-16');
});

test('"It is ten days since ..." dates the happening as "ten days ago" would; a rough count dates nothing (page Thursday 2027-02-18)', () => {
  const v = values(doc('It is ten days since the trawler Velmira Dawn sank off Quarnholt, and the divers are still searching. '
    + "It's a month since the Brenwick council voted. It has been nearly two weeks since the fire.", '2027-02-18'));
  assert.equal(v['ten days since'], '2027-02-08');
  assert.equal(v['a month since'], '2027-01');
  assert.equal(v['two weeks since'], undefined);
});

test('"two Sundays ago" and "the Sunday before last" count back from the last Sunday (page Wednesday 2026-03-11)', () => {
  const v = values(doc('The ferry first listed two Sundays ago. The pumps failed three Fridays ago. '
    + 'The crew walked out the Sunday before last.', '2026-03-11'));
  assert.equal(v['two Sundays ago'], '2026-03-01');
  assert.equal(v['three Fridays ago'], '2026-02-20');
  assert.equal(v['the Sunday before last'], '2026-03-01');
});

test('a plan in the present tense lies ahead; a noun "rise" and a present state do not move a past day', () => {
  const v = values(doc('Bus fares rise on Thursday, the operator said. The chairman steps down on Friday.', '2026-03-09'));
  assert.equal(v['on Thursday'], '2026-03-12');
  assert.equal(v['on Friday'], '2026-03-13');
  const w = values(doc('The Ambry bridge is closed from Monday for repairs. A fare rise on Tuesday angered riders.', '2026-03-11'));
  assert.equal(w['Monday'], '2026-03-16');
  assert.equal(w['on Tuesday'], '2026-03-10');
});

test('"a week today", "two weeks from now", "the weekend before last" (page Wednesday 2026-03-11)', () => {
  const v = values(doc('The inquiry opens a week today. The report is due two weeks from now. '
    + 'The pier collapsed the weekend before last.', '2026-03-11'));
  assert.equal(v['a week today'], '2026-03-18');
  assert.equal(v['two weeks from now'], '2026-03-25');
  assert.equal(v['the weekend before last'], '2026-02-28');
});

test('"polls close on Sunday": a timetable with a plural subject lies ahead', () => {
  const v = values(doc('Polls close on Sunday at 8pm in the Ambry district.', '2026-03-11'));
  assert.equal(v['on Sunday at 8pm'], '2026-03-15');
});

test('"the night before", "the morning after" step from the day told just before', () => {
  const v = values(doc('The tanker ran aground on 4 March. The night before, a gale warning had been issued. '
    + 'The morning after, tugs pulled it free.', '2026-03-11'));
  assert.equal(v['The night before'], '2026-03-03');
  assert.equal(v['The morning after'], '2026-03-05');
});

test('a bare day smaller than the day told in the sentence before goes on into the next month when nearer', () => {
  const v = values(doc('The tanker ran aground on 24 February. On the 2nd, tugs pulled it free.', '2026-03-11'));
  assert.equal(v['the 2nd'], '2026-03-02');
  const w = values(doc('The tanker ran aground on 4 February. On the 2nd, the crew had reported a fault.', '2026-03-11'));
  assert.equal(w['the 2nd'], '2026-02-02');
});

test('a translation\'s "before one week", "before three weeks" count back like "ago" (page Wednesday 2026-03-11)', () => {
  const v = values(doc('The Cooperative has closed before one week, writes the Agency. The Minister was informed before three Weeks.', '2026-03-11'));
  assert.equal(v['before one week'], '2026-03-04');
  assert.equal(v['before three Weeks'], '2026-02');
});

test('a caption tells the past in the present: its weekday is the one just past (page Friday 2026-03-20)', () => {
  const text = 'Nadia Quellby is sworn in as harbour minister at the Ambry palace on Thursday. Photograph: Ewan Dorr\n\n'
    + 'Rescue boats return to Velloway harbour on Tuesday (Photo: Ewan Dorr).\n\nThe new minister will travel to the coast on Thursday.';
  const r = run(doc(text, '2026-03-20'));
  assert.deepEqual(r.dates.map((m) => m.date.value), ['2026-03-19', '2026-03-17', '2026-03-26']);
});

test('a dateline the day after the page date is the writing day: relative days count from it', () => {
  const v = values(doc('HARNESBY, Ore. (March 13, 2026) – Two hikers were found in the Ambry gorge Thursday morning.\n'
    + 'On Friday, the county sheriff confirmed that both had died of exposure.', '2026-03-12'));
  assert.equal(v['Thursday morning'], '2026-03-12');
  assert.equal(v['On Friday'], '2026-03-13');
});

test('a month in the possessive before a happening\'s noun ("through March\'s disputed run-off") names that month; a name in the possessive does not (Monday 2026-07-13)', () => {
  const v = values(doc("Ysoldine Verask, who ran the Tolbrek poll board through March's disputed mayoral run-off, resigned on Monday.", '2026-07-13'));
  assert.equal(v['March'], '2026-03');
  const name = values(doc("March's husband, Ovid Tarrel, resigned on Monday.", '2026-07-13'));
  assert.equal(name['March'], undefined);
});

test('"within the month" is the month the text is told in; a month named or counted from something else is not (Thursday 2026-04-02)', () => {
  const v = values(doc('The Tolbrek ferry union says it will take the case to the labour court within the month.', '2026-04-02'));
  assert.equal(v['within the month'], '2026-04');
  const w = values(doc('The Tolbrek results came within the month after the strike.', '2026-04-02'));
  assert.equal(w['within the month'], undefined);
});

test('"the first day of March" is that day (chrono reads only the month)', () => {
  const v = values(doc('The Harnesby co-operative collapsed on the first day of March. The levy took effect on the first day of June 2025.', '2026-03-09'));
  assert.equal(v['the first day of March'], '2026-03-01');
  assert.equal(v['the first day of June 2025'], '2025-06-01');
});

test('a past "was due" looks back; "was due to", or told as said, still looks ahead (page Wednesday 2026-03-11)', () => {
  const v = values(doc('The Quarnby levy was due on the 2nd, but the mills paid late.', '2026-03-11'));
  assert.equal(v['the 2nd'], '2026-03-02');
  const w = values(doc('The Quarnby council said the levy was due on the 20th. Talks were due to resume on Friday.', '2026-03-11'));
  assert.equal(w['the 20th'], '2026-03-20');
  assert.equal(w['on Friday'], '2026-03-13');
});

test('a month named by a present "is" is the coming one (page 2026-01-14)', () => {
  const v = values(doc('The Veltrisk council election is in May, officials say.', '2026-01-14'));
  assert.equal(v['May'], '2026-05');
});

test('"by the end of the week" is that week, given as its month like "next week" (pages 2026-03-11 and 2026-03-27)', () => {
  const v = values(doc('The Ostvale board wants a decision by the end of the week.', '2026-03-11'));
  assert.equal(v['the end of the week'], '2026-03');
  const w = values(doc('The Ostvale board wants a decision by the end of next week.', '2026-03-27'));
  assert.equal(w['the end of next week'], '2026-04');
});

test('a participle qualifying the noun after a present verb tells no past (page Wednesday 2026-03-11)', () => {
  const v = values(doc('The Ostvale board wants written offers by Friday.', '2026-03-11'));
  assert.equal(v['Friday'], '2026-03-13');
  const w = values(doc('The Ostvale workers signed contracts on Friday.', '2026-03-11'));
  assert.equal(w['on Friday'], '2026-03-06');
});

test('a night told in the past skips a day ahead told just before it: "was asleep that night" after "appear on Friday" (Wednesday 2026-03-11)', () => {
  const v = values(doc('Vandals broke into the Orvik boathouse in the early hours of March 1. The suspect is expected to appear '
    + 'before a magistrate on Friday. His sister said he "was at home with her that night".', '2026-03-11'));
  assert.equal(v['on Friday'], '2026-03-13');
  assert.equal(v['that night'], '2026-03-01');
  // Told ahead, "that night" is the day ahead.
  const w = values(doc('The ferry sails on Friday. The crew will sleep aboard that night.', '2026-03-11'));
  assert.equal(w['that night'], '2026-03-13');
  // A past night with no past day told before: none rather than the day ahead.
  const x = values(doc('The board meets on the 24th. Directors who were in the room that night said the vote was close.', '2026-03-11'));
  assert.equal(x['that night'], undefined);
});

test('"that night" after a day named earlier in its own sentence is that day, not a night told before (Monday 2026-05-18)', () => {
  const v = values(doc('Lamps burned on Harl Street on Sunday night.\nThe flood came out of the shaft late on May 11, and by that night '
    + 'the whole town knew the name.', '2026-05-18'));
  assert.equal(v['on Sunday night'], '2026-05-17');
  assert.equal(v['that night'], '2026-05-11');
  // With no day in its sentence, it still takes up the night told before.
  const w = values(doc('Lamps burned on Harl Street on Sunday night. Few slept that night.', '2026-05-18'));
  assert.equal(w['that night'], '2026-05-17');
});

test('"the minister visits the town on Tuesday": a trip told in the present lies ahead; "his visits on Monday" is a noun (Thursday 2026-07-16)', () => {
  const v = values(doc('The harbour board met last week. The minister visits Orlen on Tuesday. His visits on Monday went well.', '2026-07-16'));
  assert.equal(v['on Tuesday'], '2026-07-21');
  assert.equal(v['on Monday'], '2026-07-13');
});

test('"will open an inquiry into Tuesday\'s flood": the object of an inquiry is past (Thursday 2026-07-16)', () => {
  const v = values(doc('The water board will open an inquiry into Tuesday\'s flood in Orlen, it said this morning. '
    + 'The mayor will hold talks on Monday.', '2026-07-16'));
  assert.equal(v['Tuesday'], '2026-07-14');
  assert.equal(v['on Monday'], '2026-07-20');
});

test('"shortly before midnight" is the day told before (Thursday 2026-07-16)', () => {
  const v = values(doc('The barn caught fire at 4pm on Tuesday. Crews brought it under control shortly before midnight.', '2026-07-16'));
  assert.equal(v['shortly before midnight'], '2026-07-14');
  // Named with its own day, the day is that one.
  const w = values(doc('The barn caught fire at 4pm on Monday. It spread shortly before midnight on Tuesday.', '2026-07-16'));
  assert.equal(w['shortly before midnight'], undefined);
});

test('the time a quote saying "tonight" was spoken, told in its paragraph, is of that evening (Sunday 2026-07-19)', () => {
  const v = values(doc('The ferry Yarrowgleam sank off Thornquessa on Saturday night, the coastguard said.\n\n'
    + '"Our first thought tonight is for the crew," the harbour master, Idra Vollsey, told reporters shortly before midnight.', '2026-07-19T07:10:00'));
  assert.equal(v['tonight'], '2026-07-18');
  assert.equal(v['shortly before midnight'], '2026-07-18');
  // So with no dateline, when the quote's "tonight" was dated by the night the text opens with (see quotedDays).
  const u = values(doc('The Zarnholme-3 rocket carrying Tellmore\'s Vantis-2 satellite failed on Saturday night after its upper stage shut down early, '
    + 'the Tellmore Space Office said.\n\nThe rocket lifted off from Orbelquay Point shortly after 9 p.m.\n\n'
    + '"We have lost the vehicle. Our first concern tonight is for the people of Pendlewharf," the office\'s director, Oxtarrane Nessendrow, '
    + 'told reporters at the launch site shortly before midnight.', '2026-07-19T09:30:00'));
  assert.equal(u['tonight'], '2026-07-18');
  assert.equal(u['shortly before midnight'], '2026-07-18');
  // A quote about the page's own evening leaves it on the page's day.
  const w = values(doc('The ferry Yarrowgleam sank off Thornquessa this morning, the coastguard said.\n\n'
    + '"We search again tonight," the harbour master, Idra Vollsey, said before midnight.', '2026-07-19T23:50:00'));
  assert.equal(w['before midnight'], '2026-07-19');
});

test('the small hours after a day told at night are the next day; with no night told they name none (Friday 2026-07-17)', () => {
  const v = values(doc('A lorry hit the Brenwick toll bridge at 11.20pm on Tuesday. Engineers closed the bridge before 2am.', '2026-07-17'));
  assert.equal(v['at 11.20pm on Tuesday'], '2026-07-14');
  assert.equal(v['before 2am'], '2026-07-15');
  const u = values(doc('The gale hit Skelbrun Point late on Monday night.\n\nThe storm reached the coast after midnight.', '2026-07-17'));
  assert.equal(u['after midnight'], '2026-07-14');
  // A day told by daylight, or a time named with its own day, gives no night to end.
  const w = values(doc('A lorry hit the Brenwick toll bridge at 3pm on Tuesday. Engineers closed the bridge before 2am. '
    + 'The crane left at 1 a.m. on Thursday.', '2026-07-17'));
  assert.equal(w['before 2am'], undefined);
  assert.deepEqual(Object.keys(w).filter((k) => k.includes('a.m')).map((k) => [k, w[k]]), [['at 1 a.m. on Thursday', '2026-07-16']]);
});

test('the small hours after "shortly after midnight" end the same night: no second night is told (Sunday 2026-07-19)', () => {
  const v = values(doc('The trawler Tennock Lass ran onto the Skellick Bar on Friday evening. Tugs pulled her off shortly after midnight, '
    + 'and her crew stepped ashore in Harrowquay at 2.30 a.m.', '2026-07-19'));
  assert.equal(v['on Friday evening'], '2026-07-17');
  assert.equal(v['shortly after midnight'], '2026-07-18');
  assert.equal(v['at 2.30 a.m'], '2026-07-18');
});

test('the small hours after "overnight" are the day the night ended on, the day "overnight" is read as (Friday 2026-07-17)', () => {
  const v = values(doc('A fire gutted the old Brenwick tannery overnight. Crews were called shortly after 2 a.m. The chimney fell at about 4 a.m.', '2026-07-17'));
  assert.equal(v['overnight'], '2026-07-17');
  assert.equal(v['shortly after 2 a.m'], '2026-07-17');
  assert.equal(v['at about 4 a.m'], '2026-07-17');
});

test('counts spelled above twelve before "days/weeks/months ago" are read (chrono misses them) (Saturday 2026-04-11)', () => {
  const v = values(doc('The ferry line closed eighteen days ago. The pier was sold twenty-one days ago, and the harbour board '
    + 'met fifteen months ago.', '2026-04-11'));
  assert.equal(v['eighteen days ago'], '2026-03-24');
  assert.equal(v['twenty-one days ago'], '2026-03-21');
  assert.equal(v['fifteen months ago'], '2025-01');
});

test('"Twenty-four hours ago" is the day before, as "24 hours ago" is, not the "four hours ago" inside it (Wednesday 2026-11-11)', () => {
  const v = values(doc('Good evening. Twenty-four hours ago the Quennelby Lane footbridge was still standing. Forty-eight hours ago the river '
    + 'was calm, and four hours ago the crane arrived.', '2026-11-11'));
  assert.equal(v['Twenty-four hours ago'], '2026-11-10');
  assert.equal(v['Forty-eight hours ago'], '2026-11-09');
  assert.equal(v['four hours ago'], '2026-11-11');
});

test('a day word after an article and a noun is the time of the verb, not a noun: "signed a deal yesterday" (Wednesday 2026-03-04)', () => {
  const r = run(doc('The Brisholm council signed a lease yesterday. The porters held a rally today, and the board faces a vote tomorrow. '
    + 'The mayor promised a greener tomorrow.', '2026-03-04'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['yesterday', '2026-03-03'], ['today', '2026-03-04'], ['tomorrow', '2026-03-05']]);
});

test('"the day before" followed by a preposition steps back from the day told before; a quote\'s "today" stays the day the paragraph tells', () => {
  // Thursday 2026-04-09: Wednesday is 2026-04-08.
  const v = values(doc('The mayor of Estmoor said in a statement on Wednesday evening that the beach would stay closed. '
    + 'She had asked the government the day before for emergency help. “Today the last of the oil left that ship,” she said.', '2026-04-09'));
  assert.equal(v['the day before'], '2026-04-07');
  assert.equal(v['Today'], '2026-04-08');
});

test('"the night to 1 April" (a translated "в ночь на 1 апреля") is dated by the day named, its small hours; "that night" later takes up the night by its evening (page Monday 2026-04-06)', () => {
  const v = values(doc('SARNHOLT, 6 April. The chlorine pumps at the Wenmoor station stopped in the Night to 1 April, when the power failed. '
    + 'Since 02.04.2026 the residents must boil their water.\n„We are sorry, in that Night we have not done our task“, the director Ida Vossbeck said.',
  '2026-04-06'));
  assert.equal(v['the Night to 1 April'], '2026-04-01');
  assert.equal(v['that Night'], '2026-03-31');
  // "the night into March 3" and a year given with it; a yearless night into 1 January is the day named too.
  assert.equal(values(doc('The dam at Harlwick gave way in the night into March 3, 2025.', '2026-04-06'))['the night into March 3, 2025'], '2025-03-03');
  assert.equal(values(doc('Six inmates fled the Dorrwick jail in the Night to 1 January through the fence.', '2026-01-03'))['the Night to 1 January'], '2026-01-01');
  // English "the night before 1 April" is the evening before; "the night of 1 April" stays that day's (chrono reads it).
  assert.equal(values(doc('The dam at Harlwick gave way on the night before 1 April, 2026.', '2026-04-06'))['the night before 1 April, 2026'], '2026-03-31');
  assert.equal(values(doc('Crews worked through the night of 1 April.', '2026-04-06'))['1 April'], '2026-04-01');
});

test('"the day before" followed by its object\'s purpose ("asked ... the day before for help") is the day before the day told (page Thursday 2026-04-09)', () => {
  const v = values(doc('Mayor Ida Vossbeck said in a statement on Wednesday evening that the beach would stay closed. '
    + 'She had asked the government the day before for emergency help.', '2026-04-09'));
  assert.equal(v['on Wednesday evening'], '2026-04-08');
  assert.equal(v['the day before'], '2026-04-07');
});

test('"is the 17th, a Friday": the weekday in apposition picks the month, and a copula names a day only at its clause end (page Tuesday 2026-03-31)', () => {
  const v = values(doc('The first closing date is the 17th, a Friday, and the bidder Ida Vossbeck keeps saying she will not raise her offer.', '2026-03-31'));
  assert.equal(v['the 17th'], '2026-04-17');
  assert.equal(values(doc('Sarnholt is the 17th largest port in the country.', '2026-03-31'))['the 17th'], undefined);
});

test('a present timetable verb "publishes" looks ahead: "publishes its offer document on Friday" (page Wednesday 2026-03-04)', () => {
  const v = values(doc('Drossel publishes its formal offer document on Friday, and the regulator has asked both companies for figures.', '2026-03-04'));
  assert.equal(v['on Friday'], '2026-03-06');
});

test('a participle after a comma under a future ("would receive ..., credited in September") looks ahead; a perfect in a clause of time is no past act (pages 2026-07-06, 2026-03-10)', () => {
  const v = values(doc('Minister Brisenda Pelgrave said on Saturday that every household that was without power for a day would receive 90 crowns, '
    + 'credited on water bills in September.', '2026-07-06'));
  assert.equal(v['on Saturday'], '2026-07-04');
  assert.equal(v['September'], '2026-09');
  // No future before the participle: the aside tells a past act, whatever follows.
  assert.equal(values(doc('The letter, written on Monday, will be read out at the Feltmoor hearing.', '2026-07-08'))['on Monday'], '2026-07-06');
  const w = values(doc('The Marrowfen museum says the paintings go back on the walls in April, once the restorers have dried the canvases.', '2026-03-10'));
  assert.equal(w['April'], '2026-04');
});

test('"that night" far from any night told, or in a pluperfect, is the night of the lead happening (pages 2026-07-06, 2026-04-02)', () => {
  const v = values(doc('TESMARRA, July 6 — The head of the grid operator resigned on Monday.\n\n'
    + 'The blackout began at 9:47 p.m. on June 30, when a transformer caught fire. The last homes were reconnected on Friday evening.\n\n'
    + 'Energy Minister Brisenda Pelgrave said on Saturday that households would be paid.\n\n'
    + 'Parliament will vote on Tuesday on an inquiry.\n\n'
    + 'The government thanked Oskaby for sending emergency power across the border that night.', '2026-07-06'));
  assert.equal(v['on Friday evening'], '2026-07-03');
  assert.equal(v['that night'], '2026-06-30');
  const w = values(doc('QUORRINDALE, April 2 — Police arrested the captain of the tanker Havrell on Thursday, two days after it ran aground.\n\n'
    + 'His lawyer said he had "stayed on the bridge all that night".\n\n'
    + 'The tanker struck the reef late on Tuesday, March 31.', '2026-04-02'));
  assert.equal(w['that night'], '2026-03-31');
  // A night told just before is the one taken up; a day told in the sentence before, without a pluperfect, stays.
  const x = values(doc('The blackout began at 9:47 p.m. on June 30. Crews met on Saturday and worked that night.', '2026-07-06'));
  assert.equal(x['that night'], '2026-07-04');
});

test('"tonight" quoted from a news conference "this morning" stays the page\'s own night, though the text tells of the evening before (page Wednesday 2026-07-01)', () => {
  const v = values(doc('Homes lost power on Tuesday evening when a fire at the Drummaray substation tripped the grid.\n\n'
    + '"Every engineer we have is out tonight," the chief executive told a news conference this morning.', '2026-07-01'));
  assert.equal(v['on Tuesday evening'], '2026-06-30');
  assert.equal(v['tonight'], '2026-07-01');
});

test('"on the night of the fire" is the earliest day the text tells the fire at night or names with it, not a day merely near the noun (pages 2026-07-09, 2026-06-19)', () => {
  const v = values(doc('The fire that blacked out the Feltmoor valley last month started in a transformer, investigators told a public meeting last night.\n\n'
    + 'Oil had caught fire at about 9.40pm on June 30, the fire chief said.\n\n'
    + 'Baker Brisenda Pelgrave lost two days of stock on the night of the fire.', '2026-07-09'));
  assert.equal(v['the night of the fire'], '2026-06-30');
  const w = values(doc('The Oskaby operator took responsibility for the Blackout of 30.06.2026.\n\n'
    + 'Marrowfen sent 400 megawatts in the Night of the Blackout.', '2026-07-07'));
  assert.equal(w['the Night of the Blackout'], '2026-06-30');
  // "arrested on February 13 ... over the theft": no day of the theft itself, so none.
  const x = values(doc('Two guards, who were arrested on February 13 over the theft, are charged. '
    + 'The engineer left the alarm off on the night of the theft.', '2026-06-19'));
  assert.equal(x['the night of the theft'], undefined);
});

test('"on the morning of the collapse", a happening no other sentence names, is the day of the story\'s lead happening (page Tuesday 2027-05-18)', () => {
  const v = values(doc('Commuters queued for the new Ostravinn ferry this morning, a week after a barge brought the Harnquellow footbridge down.\n\n'
    + 'Three people were rescued on the morning of the collapse, the coast guard said.', '2027-05-18'));
  assert.equal(v['the morning of the collapse'], '2027-05-11');
});

test('a pluperfect "that night" right after its day does not go back to an earlier night told long before (page Monday 2026-07-13)', () => {
  const v = values(doc('Fans clashed with police on Tuesday night in Feltmoor Street.\n\nThe club apologised.\n\nThe stadium was evacuated on Saturday. '
    + 'A steward, Brisenda Pelgrave, said she had stayed at the gates that night.', '2026-07-13'));
  assert.equal(v['on Saturday'], '2026-07-11');
  assert.equal(v['that night'], '2026-07-11');
});

test('a participle after a comma under a future marks no tense: "will stand trial for the killing, committed on Saturday" is the Saturday just past (page Wednesday 2026-07-08)', () => {
  const v = values(doc('The Havrell deckhand will stand trial in Tesmarra for the killing, committed on Saturday outside a bar.', '2026-07-08'));
  assert.equal(v['on Saturday'], '2026-07-04');
});

test('a translated "this night" in a past clause is the night of the lead happening; in a present or future one it is tonight (page Tuesday 2026-07-07)', () => {
  const v = values(doc('QUORRINDALE, 7 July. The Fire on the Substation began in the Evening of 30 June.\n\n'
    + '„I am sorry before every Family, which has spent this Night in the Darkness“, declared the Director last Week.', '2026-07-07'));
  assert.equal(v['30 June'], '2026-06-30');
  assert.equal(v['this Night'], '2026-06-30');
  const w = values(doc('The Fire on the Substation began in the Evening of 30 June. Crews will work this night to restore the lines.', '2026-07-07'));
  assert.equal(w['this night'], undefined);
});

test('"the summer before last", "the year before last", "the month before last": the period before the last one (page Thursday 2026-03-12)', () => {
  const v = values(doc('The Tarnowe river burst its banks the summer before last. The levy was raised the year before last. '
    + 'Prices rose the month before last. The pumps failed the week before last. The dykes held last winter.', '2026-03-12'));
  assert.equal(v['the summer before last'], '2024');
  assert.equal(v['the year before last'], '2024');
  assert.equal(v['the month before last'], '2026-01');
  assert.equal(v['the week before last'], '2026-02');
  // Winter spans two years: no one year.
  assert.equal(v['last winter'], undefined);
  // "before last year's vote": "last" opens another phrase.
  const w = values(doc('The Vessmark council met the year before last year\'s vote.', '2026-03-12'));
  assert.equal(w['the year before last'], undefined);
});

test('a year after a possessive ("the engineer\'s 2023 survey") is that year, as after "the"', () => {
  const v = values(doc('Holtavia\'s 2023 survey found the school roof unsafe. The council’s 2024 budget cut the repairs.', '2026-03-12'));
  assert.equal(v['2023'], '2023');
  assert.equal(v['2024'], '2024');
});

test('"later that week", "the following week", "the week before", "earlier in the week": the week of the day told, as its month', () => {
  const v = values(doc('The Brindmoor board met on Monday, March 30. Later that week, the chairman resigned.', '2026-04-08'));
  assert.equal(v['Later that week'], '2026-04');
  const w = values(doc('The Brindmoor board met on March 5. The week before, the chairman had resigned. The following week, the auditors arrived.', '2026-03-20'));
  assert.equal(w['The week before'], '2026-02');
  assert.equal(w['The following week'], '2026-03');
  // "the week before the vote" is the vote's (an offset from a happening), not the week before the day told.
  const x = values(doc('The Brindmoor board met on March 5. The week before the vote, the chairman resigned.', '2026-03-20'));
  assert.equal(x['The week before'], undefined);
  const y = values(doc('Police arrested two men on March 3 and charged a third later in the week.', '2026-03-12'));
  assert.equal(y['later in the week'], '2026-03');
});

test('"hours later", "an hour earlier": the day told just before; with no day told, no day', () => {
  const v = values(doc('The Oskarel warehouse caught fire on March 3. Hours later, the roof fell in. An hour earlier, an alarm had sounded.', '2026-03-12'));
  assert.equal(v['Hours later'], '2026-03-03');
  assert.equal(v['An hour earlier'], '2026-03-03');
  const w = values(doc('Two hours later, the roof fell in.', '2026-03-12'));
  assert.equal(w['Two hours later'], undefined);
});

test('"on the eve of the hearing": the day before the day the text gives the hearing', () => {
  const v = values(doc('The Tarnowe inquiry hearing was held on March 10. On the eve of the hearing, protesters gathered outside.', '2026-03-12'));
  assert.equal(v['the eve of'], '2026-03-09');
});

test('a translated "this night" with no night told before, in a past clause or a present perfect, is the page\'s day; ahead, none', () => {
  const v = values(doc('The second strong Aftershock has shaken the Valley of the Vessmark this Night, notes the Agency.', '2026-02-27'));
  assert.equal(v['this Night'], '2026-02-27');
  const w = values(doc('The Police said that this Night two Men were arrested.', '2026-02-27'));
  assert.equal(w['this Night'], '2026-02-27');
  const x = values(doc('Crews will work this night to restore the lines.', '2026-02-27'));
  assert.equal(x['this night'], undefined);
});

test('"Q3 2025", "first-half 2024": a quarter or half of a named year is that year; a bare "third quarter" (a game\'s, too) is none', () => {
  const v = values(doc('Holtavia Rail lost money in Q3 2025 and in the first half of 2024. The hosts scored twice in the third quarter.', '2026-03-12'));
  assert.equal(v['Q3 2025'], '2025');
  assert.equal(v['first half of 2024'], '2024');
  assert.equal(v['the third quarter'], undefined);
});

test('in a story told back, "the next year", "that summer", "by the end of the month", "by December" count from the date told before (page 2026-03-12)', () => {
  const v = values(doc('The Carnweld mine closed on May 3, 2019. By the end of the month, the village had emptied.\n\nThe Carnweld pit '
    + 'flooded on May 20, 2019. By December, the school had shut. That summer, the chapel was sold.\n\nThe Hobsgrave works closed in March 2018. The next year, the railway left. '
    + 'The following spring, the station was pulled down.', '2026-03-12'));
  assert.equal(v['the end of the month'], '2019-05');
  assert.equal(v['December'], '2019-12');
  assert.equal(v['That summer'], '2019');
  assert.equal(v['The next year'], '2019');
  assert.equal(v['The following spring'], '2019');
  // Ahead, they are the page's: "will decide in the next month", "by the end of the month".
  const w = values(doc('The Carnweld mine closed on May 3, 2019. The council will decide on its future by the end of the month.', '2026-03-12'));
  assert.equal(w['the end of the month'], '2026-03');
});

test('"the night before the election", "a month after the collapse": offsets from a happening the text dates, as precise as their unit', () => {
  const v = values(doc('The Tressock election was held on March 8. The night before the election, rallies filled the square. '
    + 'The morning after the election, the results came in.', '2026-03-12'));
  assert.equal(v['The night before'], '2026-03-07');
  assert.equal(v['The morning after'], '2026-03-09');
  const w = values(doc('The Velmont dam collapsed on January 12, 2024. A month after the collapse, residents were still without water. '
    + 'A year after the collapse, the valley was empty.', '2026-03-12'));
  assert.equal(w['A month after'], '2024-02');
  assert.equal(w['A year after'], '2025');
});

test('"earlier in the month", "later in the year", "the same week", "the week after next", "by year\'s end" (page Thursday 2026-03-12)', () => {
  const v = values(doc('The Quarrendale council met on February 3. Earlier in the month, the mayor had resigned. '
    + 'The Ibbotsmere board met on Sunday, February 1, 2026. The same week, its chairman resigned.', '2026-03-12'));
  assert.equal(v['Earlier in the month'], '2026-02');
  // The day told's own month (its week's Thursday is in February too, but "the same week" of a Sunday, March 1, is March's).
  assert.equal(v['The same week'], '2026-02');
  const w = values(doc('The Quarrendale council approved the plan earlier in the year. It will vote again the week after next, '
    + 'and the budget is due by year\'s end.', '2026-03-12'));
  assert.equal(w['earlier in the year'], '2026');
  assert.equal(w['the week after next'], '2026-03');
  assert.equal(w["year's end"], '2026');
  const x = values(doc('The Ibbotsmere board met on Sunday, March 1, 2026. The same week, its chairman resigned.', '2026-03-12'));
  assert.equal(x['The same week'], '2026-03');
});

test('"March of 2024" is that month, not the year alone', () => {
  const v = values(doc('The Velmont ferry deal was signed in March of 2024 and renewed in 2025.', '2026-03-12'));
  assert.equal(v['March of 2024'], '2024-03');
  assert.equal(v['2025'], '2025');
});

test('years told without a preposition: in a list, after "as recently as" or "built", opening a sentence before its verb, in brackets', () => {
  const v = values(doc('The Hobsgrave bridge was inspected in 2019, 2021 and 2023.', '2026-03-12'));
  assert.deepEqual(Object.keys(v).sort(), ['2019', '2021', '2023']);
  const w = values(doc('As recently as 2022, the Hobsgrave school, built 1962, passed its inspection.', '2026-03-12'));
  assert.equal(w['2022'], '2022');
  assert.equal(w['1962'], '1962');
  assert.equal(values(doc('2024 was the wettest year on record in Hobsgrave.', '2026-03-12'))['2024'], '2024');
  assert.equal(values(doc('The Hobsgrave survey (2023) found cracks.', '2026-03-12'))['2023'], '2023');
  // A count is no year.
  assert.deepEqual(values(doc('Some 2023 people were evacuated and the plant built 2024 cars.', '2026-03-12')), {});
});

test('a month told with no tense as the end of something lies ahead: "until the end of May", "until June" (Thursday 2026-01-15)', () => {
  const v = values(doc('The Harnstead tunnel stays shut; the minister says until the end of May at the earliest. '
    + 'The ban on lorries applies until June. The road was closed until March for repairs.', '2026-01-15'));
  assert.equal(v['end of May'], '2026-05');
  assert.equal(v['June'], '2026-06');
  // Told in the past, a deadline is one gone by.
  assert.equal(v['March'], '2025-03');
});

test('a range from a weekday night to a clock time on a later weekday is two days (Friday 2026-03-06)', () => {
  const v = values(doc('Drone sightings closed Quenlow airport from Tuesday night until 6 a.m. Thursday, cancelling 300 flights. '
    + 'The ring road will be shut from Friday evening to noon on Sunday.', '2026-03-06T09:00:00Z'));
  assert.equal(v['Tuesday night'], '2026-03-03');
  assert.equal(v['6 a.m. Thursday'], '2026-03-05');
  assert.equal(v['Friday evening'], '2026-03-06');
  assert.equal(v['noon on Sunday'], '2026-03-08');
});

test('a measure or post decided "from" a weekday starts on or after the decision (Sunday 2026-04-19)', () => {
  const v = values(doc('The president of Brastide declared three days of national mourning from Monday. '
    + 'The curfew, which the army imposed, lasted from Tuesday.', '2026-04-19T09:00:00Z'));
  assert.equal(v['Monday'], '2026-04-20');
  assert.equal(v['Tuesday'], '2026-04-14');
  const w = values(doc('The premier accepted the resignation and named his deputy, Ilse Quenlow, acting minister from Monday.', '2026-02-09T09:00:00Z'));
  assert.equal(w['Monday'], '2026-02-09');
});

test('a page re-read on many days (reread) resolves each day as a fresh read does', () => {
  // Sentences our rules and chrono read alike on any day ("in 2019", "the 3/4/2024 filing", none at all), and ones they read
  // from the day ("yesterday", "on Tuesday", "last spring", "Feb. 29" in a year without one, "Christmas Eve").
  const text = 'The harbour board met yesterday and voted on Tuesday to close the quay. The quay was built in 2019. '
    + 'A filing dated 3/4/2024 listed the repairs. Work began last spring and stopped on Feb. 29. '
    + 'Crews will return after Christmas Eve. The board did not comment further.';
  const sentences = splitSentences(text);
  const days = ['2025-03-06', '2024-03-01', '2025-03-31', '2026-01-02', '2025-03-06'];
  for (const day of days) {
    const d = doc(text, day);
    assert.deepEqual(resolveDates(d, sentences, { reread: true }), resolveDates(d, splitSentences(text)), day);
  }
});

test('a weekday in a condition told in the present lies ahead; one told in the past stays behind (Thursday 2026-04-16)', () => {
  const v = values(doc('The salvors want the highest tide. "If the Skellbay does not float off on Monday, we are looking at weeks, not days."', '2026-04-16'));
  assert.equal(v['on Monday'], '2026-04-20');
  const w = values(doc('If the captain was on the bridge on Monday, the log does not show it.', '2026-04-16'));
  assert.equal(w['on Monday'], '2026-04-13');
});

test('"that night" paragraphs after a follow-up day takes up the night of the story\'s lead happening, the first day its first paragraph tells (page Saturday 2026-04-18)', () => {
  const text = 'Five inmates escaped from Orvanby Prison three days ago, and three of them are still on the run.\n\n'
    + 'Two were caught on Thursday at a roadblock. The justice minister suspended the warden yesterday.\n\n'
    + 'The governor has promised: "Every man will be brought back."\n\n'
    + 'The officers\' union says only seven officers were on duty that night.';
  const v = values(doc(text, '2026-04-18'));
  assert.equal(v['three days ago'], '2026-04-15');
  assert.equal(v['yesterday'], '2026-04-17');
  assert.equal(v['that night'], '2026-04-15');
  // A day told in the paragraph just before is still the night taken up.
  const w = values(doc('Five inmates escaped from Orvanby Prison three days ago.\n\nThe warden was suspended yesterday, and officers who were on duty that night were questioned.', '2026-04-18'));
  assert.equal(w['that night'], '2026-04-17');
});

test('a weekday named by what it came before, in apposition to a day just told, is that day when it is that weekday (page Wednesday 2026-04-15)', () => {
  const v = values(doc('A week ago, on the Wednesday before the thaw, the Quellby lock board told the council the gates were sound.', '2026-04-15'));
  assert.equal(v['A week ago'], '2026-04-08');
  assert.equal(v['Wednesday'], '2026-04-08');
  // Another weekday than the day told is no apposition of it: the weekday reads as usual.
  const w = values(doc('A week ago, on the Friday before the thaw, the Quellby lock board met.', '2026-04-15'));
  assert.equal(w['Friday'], '2026-04-10');
});

test('"that night" takes up the lead\'s day past an opening line that tells no day, and never "now" (page Thursday 2026-06-04)', () => {
  const text = 'Wardens at the Quellby lock with the logbook they have kept since the flood.\n\n'
    + 'A week ago, the wardens at Quellby lock came on duty to find the towpath under water. Yesterday they walked it dry again.\n\n'
    + 'The canal trust said the lock was working by Wednesday afternoon. Wardens now face weeks of repairs.\n\n'
    + 'One warden said a barge had waited more than two hours at the gate that night because the sluice would not open.';
  const v = values(doc(text, '2026-06-04'));
  assert.equal(v['A week ago'], '2026-05-28');
  assert.equal(v['that night'], '2026-05-28');
  // With a day told near it, other than "now", that day is still the night taken up.
  const w = values(doc('Wardens at the Quellby lock with their logbook.\n\nA week ago, the towpath flooded.\n\n'
    + 'The sluice jammed on Tuesday, and one warden said a barge had waited at the gate that night.', '2026-06-04'));
  assert.equal(w['that night'], '2026-06-02');
});

test('"that night" after a day that dates a published report takes up the night of the happening reported, not the day of the telling (page Friday 2026-10-09)', () => {
  const text = 'Guards at Orvanby Prison missed the alarm for four hours after five inmates escaped on April 15, an inquiry found in a report published on Thursday.\n\n'
    + 'The inquiry found that only seven officers were on duty that night.';
  const v = values(doc(text, '2026-10-09'));
  assert.equal(v['April 15'], '2026-04-15');
  assert.equal(v['on Thursday'], '2026-10-08');
  assert.equal(v['that night'], '2026-04-15');
  // A happening day told just before is still the night taken up.
  const w = values(doc('Five inmates escaped from Orvanby Prison on April 15.\n\nTwo more fled on Thursday, and officers on duty that night were questioned.', '2026-10-09'));
  assert.equal(w['that night'], '2026-10-08');
});

test('a state told in the present as lasting until a weekday lasts until one still to come (Monday 2026-04-20)', () => {
  const v = values(doc('A ban on bonfires imposed on Saturday in Pellick remains in force until Thursday evening. '
    + 'The ferry was closed until Friday.', '2026-04-20'));
  assert.equal(v['on Saturday'], '2026-04-18');
  assert.equal(v['Thursday evening'], '2026-04-23');
  assert.equal(v['Friday'], '2026-04-17');
});

test('an intention verb in its -ing form dates what it intends ahead ("promising to fix it by Monday", Friday 2026-04-17)', () => {
  const v = values(doc('The footbridge at Wendrick Mill has no handrail, the parish board said, promising to fit one by Monday.', '2026-04-17'));
  assert.equal(v['by Monday'] ?? v['Monday'], '2026-04-20');
});

test('a present verb of wanting with its object done by a deadline looks ahead ("wants the pier repaired by the end of June", 2026-05-01)', () => {
  const v = values(doc('The harbour board says the storm cost it dearly, and it wants the pier repaired by the end of June.', '2026-05-01'));
  assert.equal(v['end of June'] ?? v['the end of June'] ?? v['by the end of June'], '2026-06');
});

test('a yearless slashed date takes the order of the yearless slashed dates beside it', () => {
  // Wednesday 22 April 2026: "19/04" and "23/04" can only be day-first, so "10/04" is 10 April, not 4 October.
  const v = values(doc('What we know so far:\n- 10/04 – the ferry Orlith runs aground off Tessby\n- 19/04 – the divers reach the hull\n'
    + '- 21/04 – the master is charged', '2026-04-22'));
  assert.equal(v['10/04'], '2026-04-10');
  assert.equal(v['19/04'], '2026-04-19');
  // A writer who puts the month first ("4/19") keeps "4/10" month-first; "24/7" witnesses nothing.
  const w = values(doc('Timeline: 4/10 the ferry runs aground; 4/19 the divers reach the hull.', '2026-04-22'));
  assert.equal(w['4/10'], '2026-04-10');
  const x = values(doc('The crews work 24/7 now. The ferry ran aground on 10/04.', '2026-04-22'));
  assert.equal(x['10/04'], '2025-10-04');
});

test('"was due back on Thursday": a return that was due lies ahead, like "was due to return" (Sunday 2026-04-12)', () => {
  // The fee that fell due on Thursday is the Thursday gone by.
  const got = run(doc('The ferry Kestwyn broke off its tour of the southern lakes and was due back in Orlam on Thursday. '
    + 'The hire fee was due on Thursday.', '2026-04-12')).dates.map((m) => m.date.value);
  assert.deepEqual(got, ['2026-04-16', '2026-04-09']);
});

test('a day after an invitation is the day of what is invited to, after the inviting (Monday 2026-04-20)', () => {
  const got = run(doc('The premier invited the growers to talks at the ministry on Tuesday, his office said. '
    + 'The growers met the premier on Tuesday.', '2026-04-20')).dates.map((m) => m.date.value);
  assert.deepEqual(got, ['2026-04-21', '2026-04-14']);
});

test('a translation\'s "the past Year" (capitalised unit) is last year; English "the past year" stays a span (2026-07-11)', () => {
  const got = run(doc('The Farmers of the Valley affirm, that the Pylon sparked already in the past Year. '
    + 'Prices in the valley rose in the past year.', '2026-07-11')).dates.map((m) => [m.text, m.date.value]);
  assert.deepEqual(got, [['past Year', '2025']]);
  // A translation capitalises the adjective too; a Title Case headline capitalises every word and stays a span.
  const more = run(doc('In the Past Year the Ferry has carried 2,1 Million Travellers.\n\nFerry Fares Doubled in the Past Year', '2026-07-11'))
    .dates.map((m) => [m.text, m.date.value]);
  assert.deepEqual(more, [['Past Year', '2025']]);
});

test('a possessive day that a verb of surpassing takes as its object is past, whatever the verb\'s tense', () => {
  // Thursday 5 March 2026.
  const v = values(doc('The gauge at Mossendine Ridge read 31 degrees yesterday, which would beat Monday\'s record, the club said. '
    + 'Organisers hope the crowd will top Saturday\'s turnout.', '2026-03-05'));
  assert.equal(v['Monday'], '2026-03-02');
  assert.equal(v['Saturday'], '2026-02-28');
});

test('a possessive day that a verb of inquiry takes as its object is past: "is to investigate Sunday night\'s shelling" (Thursday 2026-03-05)', () => {
  const v = values(doc('Their first task is to investigate Sunday night\'s blast at the Orrenby depot. '
    + 'The board will look into Monday\'s outage. Inspectors will investigate on Saturday.', '2026-03-05'));
  assert.equal(v['Sunday night'], '2026-03-01');
  assert.equal(v['Monday'], '2026-03-02');
  assert.equal(v['on Saturday'], '2026-03-07');
});

test('"apart from Sunday" excepts a day from what it is told of, in that tense; it is no start like "from Sunday" (Saturday 2026-03-28)', () => {
  const v = run(doc('The Maddow Lane shops have been quiet all week, apart from Sunday. The ferry will run daily, aside from Monday. '
    + 'The new fares apply from Tuesday.', '2026-03-28')).dates.map((m) => `${m.text}=${m.date.value}`);
  assert.deepEqual(v, ['Sunday=2026-03-22', 'Monday=2026-03-30', 'Tuesday=2026-03-31']);
});

test('a year a when-clause goes on to tell of is a year, whatever the word before it ("better than 2023, when …")', () => {
  const v = run(doc('The harvest was better than 2023, when the Kestrinvale valley flooded. Unlike 1998, when the dam burst, the town was ready. '
    + 'The co-op sold more than 2023 tonnes. The valley last burned in August 2019, when a smaller fire stopped short of the town.', '2026-04-14'))
    .dates.map((m) => `${m.text}=${m.date.value}`);
  assert.deepEqual(v, ['2023=2023', '1998=1998', 'August 2019=2019-08']);
});

test('"since May", "until May": the month May after a preposition of time other than "in" (not the name "from May Ellis")', () => {
  // Monday 2026-02-16.
  const v = run(doc('The Haskmoor mill has been shut since May, its owner said. The ferry to Ostvar is closed until May. '
    + 'A letter from May Ellis arrived.', '2026-02-16')).dates.map((m) => `${m.text}=${m.date.value}`);
  assert.deepEqual(v, ['May=2025-05', 'May=2026-05']);
});

test('a state told in the present as lasting until a yearless month day lasts until one still to come (Friday 2026-08-21)', () => {
  const v = values(doc('The operator told us the Brindle Hill chairlift stays closed until at least February 3. '
    + 'The museum was shut until March 9 for repairs.', '2026-08-21'));
  assert.equal(v['February 3'], '2027-02-03');
  assert.equal(v['March 9'], '2026-03-09');
});

test('a deadline given ("had until March 4 to reply") is not read as a day gone by for its backshifted "had" (Monday 2026-02-23)', () => {
  const v = values(doc('The regulator said Brevold Mills had until March 4 to hand over its accounts. '
    + 'Its lawyers said the mill had until Friday to appeal. The mill was closed until February 2.', '2026-02-23'));
  assert.equal(v['March 4'], '2026-03-04');
  assert.equal(v['Friday'] ?? v['until Friday'], '2026-02-27');
  assert.equal(v['February 2'], '2026-02-02');
});

test('a verb of saying outside a quotation does not tense a month inside it (Friday 2026-08-07)', () => {
  const v = values(doc('The Orlow Street library will open on Sundays. "From October," its director added, "nobody will find it shut." '
    + '"In March," she said, "we counted 400 readers."', '2026-08-07'));
  assert.equal(v['October'] ?? v['From October'], '2026-10');
  assert.equal(v['March'] ?? v['In March'], '2026-03');
});

test('a bare "start" or "return" after a word in -ed is a noun, not a present telling what is to come (Thursday 2026-11-19)', () => {
  const v = values(doc('The inspectors said a botched start during a trial in May was never reported. '
    + 'Fans cheered the delayed return of the Welkin ferry in June.', '2026-11-19'));
  assert.equal(v['May'] ?? v['in May'], '2026-05');
  assert.equal(v['June'] ?? v['in June'], '2026-06');
});

test('a part of the day before "next <weekday>" keeps the "next" with the weekday (Wednesday 2026-04-15)', () => {
  const v = values(doc('The Harlow Lane pool will reopen in the morning next Thursday.', '2026-04-15'));
  assert.equal(v['next Thursday'], '2026-04-23');
});

test('a verb of saying or "dated" names a day of the month when its clause ends with it (Friday 2026-03-20)', () => {
  const v = values(doc('The Pell Ridge lease was signed on February 9. (Some papers say the 10th; the deed I saw is dated the 9th.) '
    + 'The colonel said the 5th battalion would stay.', '2026-03-20'));
  assert.equal(v['the 10th'], '2026-02-10');
  assert.equal(v['the 9th'], '2026-02-09');
  assert.equal(v['the 5th'], undefined);
});

test('an ordinal before a capitalised word opens a numbered name, not a day of the month (Wednesday 2026-05-20)', () => {
  const names = values(doc('A helicopter from the 4th Bexmoor Rescue Flight lifted the crew off. '
    + 'A spokesman for the 2nd Hobbiston Engineer Regiment said pumping would start.', '2026-05-20'));
  assert.equal(names['the 4th'], undefined);
  assert.equal(names['the 2nd'], undefined);
  // genuine days keep their month: a bare ordinal, one before a month, one after a weekday
  const days = values(doc('The Nimsby ferry stopped on the 14th. Fares rise from the 7th of June. The pier shut on Friday the 8th.', '2026-05-20'));
  assert.equal(days['the 14th'], '2026-05-14');
  assert.equal(days['7th of June'], '2026-06-07');
  assert.equal(days['Friday the 8th'], '2026-05-08');
});

test('a sentence opening "On the 22nd" before a capitalised subject names a day, the comma dropped (Saturday 2026-05-30)', () => {
  const v = values(doc('The Ombrisdale pumps failed on May 14. On the 22nd Ombrisdale got its power back. '
    + 'A crew from the 3rd Ulvsby Signal Company helped.', '2026-05-30'));
  assert.equal(v['the 22nd'], '2026-05-22');
  assert.equal(v['the 3rd'], undefined);
});

test('a verb with a hyphenated prefix after "be" is passive, not past: "will be re-inspected by the end of July" lies ahead (Friday 2026-04-17)', () => {
  const v = values(doc('The Dellmoor council says its twelve footbridges will be re-inspected by the end of July. '
    + 'The Varrow ferry was re-routed in August.', '2026-04-17'));
  assert.equal(v['end of July'], '2026-07');
  assert.equal(v['August'], '2025-08');
});

test('"until at least Monday": an end hedged as a lower bound lies ahead even after a perfect passive (Thursday 2026-05-28)', () => {
  const v = values(doc('All ferry sailings from Quellport have been suspended until at least Monday. '
    + 'The Narrin footpath was closed until Friday.', '2026-05-28'));
  assert.equal(v['Monday'], '2026-06-01');
  assert.equal(v['Friday'], '2026-05-22');
});

test('an ultimatum told in the present runs to a day to come: "gives it until midnight Sunday", "has until Friday" (Saturday 2026-05-30)', () => {
  const v = values(doc('The letter, sent by a group calling itself Grey Otter, was left at the Hallam depot and gives the firm until midnight Sunday to answer. '
    + 'The Pruss works council has until Friday to reply. The strike lasted until Tuesday.', '2026-05-30'));
  assert.equal(v['midnight Sunday'], '2026-05-31');
  assert.equal(v['Friday'], '2026-06-05');
  assert.equal(v['Tuesday'], '2026-05-26');
});

test('a year before a noun after a word telling which version: "the original 1987 layout", "its failed 2014 bid" (2026-03-20)', () => {
  const v = values(doc('The surveyor says the load was twice what the original 1987 layout allowed. '
    + 'Tessmoor revived its failed 2014 bid. The first 1500 runners set off.', '2026-03-20'));
  assert.equal(v['1987'], '1987');
  assert.equal(v['2014'], '2014');
  assert.equal(v['1500'], undefined);
});

test('an opening offset whose main clause tells a state "still" or "now" in the present is the page day (Monday 2026-02-09)', () => {
  const v = values(doc('Three days after the dam at Orrel gave way, two villages are still cut off. '
    + 'Two days after the storm, the mayor closed the beach.', '2026-02-09'));
  assert.equal(v['Three days after'], '2026-02-09');
  assert.equal(v['Two days after'], undefined);
});

test('an opening offset whose main clause is in the present perfect is the page day (Friday 2026-05-08)', () => {
  const v = values(doc('Two days after a barge struck the Kellow bridge, the number of injured has risen to nine.', '2026-05-08'));
  assert.equal(v['Two days after'], '2026-05-08');
  const w = values(doc('Three days after the Feldwarrow dam burst, engineers have found two more cracks.', '2026-05-08'));
  assert.equal(w['Three days after'], '2026-05-08');
  // An obligation ("has to") or a future is no state at the telling.
  const x = values(doc('Two days after the storm, the council has to decide on repairs.', '2026-05-08'));
  assert.equal(x['Two days after'], undefined);
});

test('"that night" right after a day told late ("late on May 9, and by that night") takes up that day, not a night told a paragraph before (page Thursday 2026-05-14)', () => {
  const v = values(doc('Hundreds gathered on Dunsivel Street last night to remember the drowned.\n\n'
    + 'The levee at Ulvenik gave way late on May 9, and by that night the whole county was under water.', '2026-05-14'));
  assert.equal(v['last night'], '2026-05-13');
  assert.equal(v['that night'], '2026-05-09');
});

test('"that night" after a day of telling ("told reporters on Wednesday") is the night of the lead\'s day, past the dateline\'s own day (page Wednesday 2026-09-16)', () => {
  const v = values(doc('BRASKOW, Sept. 16 (OWN) — Thousands of homes in Quorne lost water on Tuesday when a main burst under the ring road.\n\n'
    + '"We are sorry to everyone who went without," the utility\'s director told reporters on Wednesday morning.\n\n'
    + 'About 40 families were moved to a school hall that night.', '2026-09-16'));
  assert.equal(v['that night'], '2026-09-15');
});

test('a day told just after a night ("sank on Friday night now stands at 12") is no night told for a later "that night" (page Monday 2026-04-20)', () => {
  const v = values(doc('The number of people who died when the barge sank on Friday night now stands at 12.\n\n'
    + 'Fishermen who went out that night pulled nine people from the water.', '2026-04-20'));
  assert.equal(v['that night'], '2026-04-17');
});

test('"that day" paragraphs on is the day of the happening "three days after" places in the opening, not a later night or a day of telling (page Tuesday 2026-05-12)', () => {
  const v = values(doc('Three days after a tanker ran aground off Pellin Point, the salvage crew began pumping oil from it this morning.\n\n'
    + 'The harbour office said its deadline for the owner ran out at midnight yesterday.\n\n'
    + 'The master told investigators on Sunday that the charts were old.\n\n'
    + 'A deckhand said the master had been on the bridge for fourteen hours that day.', '2026-05-12'));
  assert.equal(v['that day'], '2026-05-09');
});

test('"that night" in a paragraph that tells no day of its own takes up the lead\'s night, not a follow-up day the paragraph before ends on (page Tuesday 2026-08-11)', () => {
  const v = values(doc('The Morlaine ferry stalled in the strait on Saturday afternoon with 40 people aboard. Yesterday the minister ordered an inquiry.\n\n'
    + 'The passengers waited for hours on the open deck, and coastguards lifted some of them off that night.', '2026-08-11'));
  assert.equal(v['that night'], '2026-08-08');
  // Told in the same paragraph, the day just before is the one taken up.
  const w = values(doc('The Morlaine ferry stalled in the strait on Saturday afternoon with 40 people aboard.\n\n'
    + 'The crew restarted the engine on Sunday, and the ferry docked that night.', '2026-08-11'));
  assert.equal(w['that night'], '2026-08-09');
});

test('"that night" whose day came from an earlier background day told in another paragraph takes up the lead\'s night (page Wednesday 2026-08-12)', () => {
  const v = values(doc('The Brenn chairlift, stopped since Saturday, was sealed off by inspectors yesterday.\n\n'
    + 'A week ago the lift carried a record 2,000 skiers in one day.\n\n'
    + 'The rescue leader said his team had worked without a break that night.', '2026-08-12'));
  assert.equal(v['that night'], '2026-08-08');
});

test('a deadline set on a past day told in its sentence counts from that day, not from the page', () => {
  // Friday 24 July 2026: the June set on January 12 is this June, now over.
  const v = values(doc('The Tavistrow water board met on January 12 and agreed to replace the pump by the end of June. '
    + 'The pump was never replaced.', '2026-07-24'));
  assert.equal(v['January 12'], '2026-01-12');
  assert.equal(v['end of June'], '2026-06');
  // With no past day in the sentence, a plan still points ahead of the page.
  const w = values(doc('The Tavistrow water board will replace the pump by the end of June.', '2026-07-24'));
  assert.equal(w['end of June'], '2027-06');
});

test('a night word a few words before a day ("the Night Desk programme on Friday") does not make that day a night told', () => {
  // Tuesday 21 April 2026: "that night" is the night told late on Saturday, not the programme's Friday.
  const v = values(doc('Families in Cawdray buried four of the dead on Sunday.\n\n'
    + 'Callers to the Night Desk programme on Friday had warned that the ferry was overloaded.\n\n'
    + 'The Grisdale ferry overturned late on Saturday, 300 metres from the quay.\n\n'
    + 'The coast guard said on Monday it had sent two boats.\n\n'
    + 'Volunteers pulled nine people from the water that night.', '2026-04-21'));
  assert.equal(v['on Friday'], '2026-04-17');
  assert.equal(v['that night'], '2026-04-18');
});

test('a deadline a pluperfect plan set ("had promised to do so by the end of June") is the nearest such month, past or ahead', () => {
  // 17 September 2026: the June promised is this June, missed; a plain promise still points ahead.
  const v = values(doc('The Pimmerton hotel reopened after the owners replaced the boiler in August; they had promised to do so by the end of June.', '2026-09-17'));
  assert.equal(v['end of June'], '2026-06');
  const w = values(doc('The owners promised to replace the boiler by the end of June.', '2026-09-17'));
  assert.equal(w['end of June'], '2027-06');
});

test('a plan as it stood in the past ("was due to open in November") sets a month the nearest either side of the page', () => {
  // 19 December 2025: the November the footbridge was due to open in is this past one; a plan that stands looks ahead.
  const v = values(doc('The Quarnby footbridge was due to open in November but was held up by a weld inspection.', '2025-12-19'));
  assert.equal(v['November'], '2025-11');
  const w = values(doc('The Quarnby footbridge is due to open in November.', '2025-12-19'));
  assert.equal(w['November'], '2026-11');
});

test('a yearless day before the day told with its year in the sentence is not put most of a year after the page', () => {
  // Friday 20 March 2026.
  const v = values(doc('The operator says the pump was last checked on 2/26/2026; the workers say January 30. '
    + 'The clerk was hired in November 2025 and promoted in February.', '2026-03-20'));
  assert.equal(v['January 30'], '2026-01-30');
  assert.equal(v['February'], '2026-02');
});

test('"today" in a quote after a lead happening in the last hours of the day before the page is the page\'s day', () => {
  // Page of Friday 13 March 2026; the lead is Thursday 12 March.
  const late = values(doc('A tanker ran aground off Velmoor at 11.20pm on Thursday, spilling fuel along the beach. '
    + '"The slick will not reach the harbour today," said Captain Astrild Dulvaine.', '2026-03-13'));
  assert.equal(late['at 11.20pm on Thursday'], '2026-03-12');
  assert.equal(late['today'], '2026-03-13');
  const early = values(doc('A tanker ran aground off Velmoor at 3pm on Thursday, spilling fuel along the beach. '
    + '"The slick will not reach the harbour today," said Captain Astrild Dulvaine.', '2026-03-13'));
  assert.equal(early['today'], '2026-03-12');
});

test('"now" is no day a story goes on from', () => {
  // Friday 6 November 2026.
  const v = values(doc('The mill closed on March 3 and its owner now runs a bakery. A day later the council met.', '2026-11-06'));
  assert.equal(v['A day later'], '2026-03-04');
});

test('a bare weekday after "Friday the 10th" told more than a week back goes on with that story', () => {
  // Page of Tuesday 21 April 2026.
  const v = values(doc('Mr Pellacott said the family had stayed indoors since Friday the 10th, until the consulate called them on the Tuesday night.', '2026-04-21T06:45:00Z'));
  assert.equal(v['Friday the 10th'], '2026-04-10');
  assert.equal(v['Tuesday night'], '2026-04-14');
});

test('"since Friday" written on a Friday is the Friday before', () => {
  // Page of Friday 24 April 2026.
  const v = values(doc('The warehouse has been working day and night since Friday, the foreman said. The crews rested on Thursday.', '2026-04-24T08:00:00Z'));
  assert.equal(v['Friday'], '2026-04-17');
  assert.equal(v['on Thursday'], '2026-04-23');
});

test('"a June reshuffle": an ambiguous month name after an article and before a happening is the month', () => {
  // Page of Tuesday 15 September 2026.
  const v = values(doc('Iolanthe Krandt, who became finance minister in a June reshuffle, opened the bridge.', '2026-09-15'));
  assert.equal(v['June'], '2026-06');
  const name = values(doc('She thanked a June Brimscombe for the flowers.', '2026-09-15'));
  assert.equal(name['June'], undefined);
});

test('a time of day with no day of its own is a time of the day the narration is on, where that day is plain (Monday 2026-07-20)', () => {
  const at = (text: string, publishedAt = '2026-07-20') => Object.fromEntries(run(doc(text, publishedAt)).dates.map((m) => [m.text, m.date.value]));
  // The day the sentence before tells; a later time in the same sentence goes on with it.
  const v = at('The Halvaric envoy arrived in Tessin on Saturday. His train pulled in shortly after 9 a.m., and he met the council in the afternoon.');
  assert.equal(v['shortly after 9 a.m.'], '2026-07-18');
  assert.equal(v['in the afternoon'], '2026-07-18');
  // The one day the text has told so far, whatever sentence named it; a day a span began on ("since") is none.
  const w = at('Police in Garstang arrested three men this morning over the warehouse fire, which has burned since Saturday.\n\n'
    + 'The men were held at a farm near Oddby. The police spokesman, Ebbert Rook, spoke to us at noon.');
  assert.equal(w['at noon'], '2026-07-20');
  // A time told ahead, a habit, or a morning after a night told has no day here.
  const x = at('The Halvaric envoy arrived on Saturday. He will meet the council in the afternoon.');
  assert.equal(x['in the afternoon'], undefined);
  const y = at('The ferry to Oddby ran on Saturday. It leaves every day at 9 a.m.');
  assert.equal(y['at 9 a.m.'], undefined);
  const z = at('A storm struck Varnel on Saturday night. Roads were shut by dawn.');
  assert.equal(z['by dawn'], undefined);
  // Two days told before, and neither in the sentence or the one before: no plain day.
  const u = at('The strike began on Thursday and the talks failed on Saturday.\n\nThe union had warned of it for weeks. Pickets stood at the gate. They left in the evening.');
  assert.equal(u['in the evening'], undefined);
});

test('a clock time told in words by its minutes ("at about twenty past nine", "twenty-five to ten") is a time of the day told (Monday 2026-07-20)', () => {
  const v = values(doc('Last night, at about twenty past nine, people in Brackwell heard a bang over the bay. '
    + 'The lifeboat Dravenhusk Jane was out by twenty-five to ten.', '2026-07-20'));
  assert.equal(v['at about twenty past nine'], '2026-07-19');
  assert.equal(v['by twenty-five to ten'], '2026-07-19');
});

test('the story\'s weekday told again after a day of the page\'s own week is the page\'s (Sunday 2026-07-26)', () => {
  const v = values(doc('The first vote on Tuesday, July 7, failed by two votes. The second passed.\n\n'
    + 'The mayor of Telvenrosk, Caskelbury Quade, resigned last Monday and left the town hall on Tuesday.', '2026-07-26'));
  assert.equal(v['on Tuesday, July 7'], '2026-07-07');
  assert.equal(v['last Monday'], '2026-07-20');
  assert.equal(v['on Tuesday'], '2026-07-21');
});

test('the day a decided change takes effect "from" lies after the deciding (Thursday 2026-10-08)', () => {
  const v = values(doc('Fennimarsh\'s city council voted on Wednesday to raise bus fares by 12 percent from January 1, the first rise since 2022.', '2026-10-08'));
  assert.equal(v['on Wednesday'], '2026-10-07');
  assert.equal(v['January 1'], '2027-01-01');
  // A past day the decision merely names keeps its past reading.
  const w = values(doc('The Fennimarsh council voted on Wednesday to keep the fares set on January 1.', '2026-10-08'));
  assert.equal(w['January 1'], '2026-01-01');
  // Every lead of a start serves ("beginning", "as of"), as for a weekday's start (one pattern, PATTERNS.startLead).
  const b = values(doc('Fennimarsh\'s city council voted on Wednesday to raise bus fares by 12 percent beginning January 1.', '2026-10-08'));
  assert.equal(b['January 1'], '2027-01-01');
});

test('a time of day on a page whose day is only inferred stays undated (it would weigh for the day tried)', () => {
  const d = doc('The Halvaric envoy arrived in Tessin on Saturday. His train pulled in shortly after 9 a.m.', '2026-07-20', {
    dateProvenance: { method: 'inferred', raw: null, inferred: true },
  });
  assert.equal(run(d).dates.some((m) => m.text === 'shortly after 9 a.m.'), false);
});

test('a scheduled day: a bare present of reopening, a plan "for" a weekday, and "the number from Monday is" (Monday 2026-07-20)', () => {
  const v = values(doc('Libraries in Yelmor reopen on Wednesday. Farmers have called a rally outside the town hall for Thursday.', '2026-07-20'));
  assert.equal(v['on Wednesday'], '2026-07-22');
  assert.equal(v['Thursday'], '2026-07-23');
  // "from" ending a noun phrase whose verb follows the weekday tells whose the figure is: the last Sunday, not the next.
  const w = values(doc('The final figure from Sunday is 3 million rells. Restrictions apply from Friday.', '2026-07-22'));
  assert.equal(w['Sunday'], '2026-07-19');
  assert.equal(w['Friday'], '2026-07-24');
});

test('a day declared or proclaimed "for" a weekday lies ahead of the declaring (Sunday 2026-08-16)', () => {
  const v = values(doc('Premier Ilsabet Varrowen declared a national day of mourning for Monday. '
    + 'The Tessholm council proclaimed a public holiday for Friday. The harbour reopened on Thursday.', '2026-08-16'));
  assert.equal(v['Monday'], '2026-08-17');
  assert.equal(v['Friday'], '2026-08-21');
  assert.equal(v['on Thursday'], '2026-08-13');
});

test('a length told as a half ("for about half a minute", "for half an hour") is no day', () => {
  // Monday 27 April 2026.
  const v = values(doc('Grandmaster Olberic Trask said his clock had stopped for about half a minute in the second game. '
    + 'The Fennory lift was stuck for half an hour on Saturday.', '2026-04-27'));
  assert.deepEqual(Object.keys(v), ['on Saturday']);
});

test('a present perfect that runs "since first light" runs from the page\'s own morning, whatever the sentence told before', () => {
  // Broadcast Thursday 16 July 2026.
  const v = values(doc('The wind over Dunsmarl Heath has eased since last night, and the two Vessmark tankers have been flying since first light, '
    + 'but the blaze is still spreading east.', '2026-07-16'));
  assert.equal(v['last night'], '2026-07-15');
  assert.equal(v['since first light'], '2026-07-16');
});

test('a place at a contest, named with no tense, is a place at one still to come; won in the past it keeps the past', () => {
  // Monday 27 April 2026.
  const v = values(doc('The winner takes 5,000 merks and a place at the Sturnley junior championship in November. '
    + 'Ilse Varnow won a place at the Tolby Open in March.', '2026-04-27'));
  assert.equal(v['November'], '2026-11');
  assert.equal(v['March'], '2026-03');
});

test('"on the first evening" of a happening is the day the text tells it started', () => {
  // Friday 17 July 2026.
  const v = values(doc('The blaze on Gilchester Fell, which began on Tuesday afternoon, has now burned 900 hectares. '
    + '"We will stay," the warden, Zelinde Brodwen, had told villagers on the first evening.', '2026-07-17'));
  assert.equal(v['on the first evening'], '2026-07-14');
  // With no start told, no day.
  const w = values(doc('The warden, Zelinde Brodwen, had told villagers on the first evening that they would stay.', '2026-07-17'));
  assert.equal(w['on the first evening'], undefined);
});

test('a time of day restated right after by a clock time with its own day ("in the morning, at about 9am on Wednesday") is on that day', () => {
  // Friday 17 July 2026.
  const v = values(doc('The backup pump at Elverholm failed on Friday. Water came back to the Elverholm wards in the morning, at about 9am on Wednesday.', '2026-07-17'));
  assert.equal(v['in the morning'], '2026-07-15');
});

test('of the days the sentence before tells, an evening time takes the one not told as a morning (Saturday 2026-07-18)', () => {
  const v = values(doc('Dockers walked out at the Oskeby yard on Friday evening and still kept the cranes idle this morning. '
    + 'The strike began at 6.15 p.m., when the night shift refused to start the cranes.', '2026-07-18T10:00:00Z'));
  assert.equal(v['on Friday evening'], '2026-07-17');
  assert.equal(v['this morning'], '2026-07-18');
  assert.equal(v['at 6.15 p.m.'], '2026-07-17');
});

test('a clock time with no day of its own goes on on the day of the clock time told before it, up to a paragraph on (Thursday 2026-07-16)', () => {
  const r = run(doc('Trains ran again through Vellintor on Wednesday. The signal box had caught fire at 11.10 p.m. on Tuesday, the railway said.\n\n'
    + 'The fire brigade tells it otherwise. "We were called at 10.50 p.m.," said its spokesman, Dalric Taskell.\n\n'
    + 'Passengers on the last train were angry.\n\nA relief bus came for them at 5.40 p.m.', '2026-07-16'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['on Wednesday', '2026-07-15'], ['at 11.10 p.m. on Tuesday', '2026-07-14'],
    ['at 10.50 p.m.', '2026-07-14']]);
});

test('where the two days told are one night ("in the night from Friday to Saturday"), an evening time is on the first (Monday 2026-07-20)', () => {
  const r = run(doc('Floodwater broke into the Oskeby tunnel in the night from Friday to Saturday. The tunnel stays shut.\n\n'
    + 'A lorry driver, Dalric Taskell, said the water began to rise "around 23:00, long before any warning". The last car was towed out at 5.30 a.m.', '2026-07-20'));
  // (A morning after an evening time told before it is the next day's: left undated, as after any evening.)
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [['Friday', '2026-07-17'], ['Saturday', '2026-07-18'], ['around 23:00', '2026-07-17']]);
  // Two days that are no one night leave the time undated.
  const w = run(doc('Floodwater closed the Oskeby tunnel between Friday and Sunday. The tunnel stays shut.\n\n'
    + 'A lorry driver, Dalric Taskell, said the water began to rise "around 23:00, long before any warning".', '2026-07-20'));
  assert.equal(w.dates.some((m) => m.text === 'around 23:00'), false);
});

test('a clock time told right before its own day ("at twenty past nine on Thursday night", "at 21:40 on 16/07/2026") is a time of that day (Saturday 2026-07-18)', () => {
  const r = run(doc('The council says the Skellick Mill footbridge shut at twenty past nine on Thursday night. '
    + 'The last ferry to Ulverhithe left at 21:40 on 16/07/2026.', '2026-07-18'));
  assert.deepEqual(r.dates.map((m) => [m.text, m.date.value]), [
    ['at twenty past nine', '2026-07-16'], ['on Thursday night', '2026-07-16'], ['at 21:40', '2026-07-16'], ['16/07/2026', '2026-07-16']]);
});

test('"on the first day" of a span of days told ended is that many days before its end, less one', () => {
  // Thursday 15 October 2026.
  const v = values(doc('President Edrast Astrend\'s three-day state visit to Merrowland ended yesterday at Corbridge airport. '
    + 'The two presidents opened the Falvoring Book Fair on the first day.', '2026-10-15'));
  assert.equal(v['on the first day'], '2026-10-12');
});

test('"a year ago" is this time last year, its month; two years and more are counted in years', () => {
  const v = values(doc('The Tarnwick canal trust reported a record surplus a year ago. One year ago its chair resigned. Two years ago it lost money.', '2026-03-09'));
  assert.equal(v['a year ago'], '2025-03');
  assert.equal(v['One year ago'], '2025-03');
  assert.equal(v['Two years ago'], '2024');
});

test('a bare day of the month beside a present perfect is of what the act set up, ahead; beside a simple past it is gone by', () => {
  const v = values(doc('The audit panel has called Daskwith and Belling to a hearing on the 18th. The quarry gate was shut on the 28th.', '2026-06-06'));
  assert.equal(v['the 18th'], '2026-06-18');
  assert.equal(v['the 28th'], '2026-05-28');
});

test('a 24-hour clock after its preposition ("detained at 21:10") is a time of the day its sentence tells; a score is none', () => {
  const v = values(doc('The court today kept the former director Ilvar Qesk in custody. He was detained 7.06.2026 at Welkinford airport at 21:10 before a flight to Ostrevik. The cup final ended 21:10 on points.', '2026-06-09'));
  assert.equal(v['at 21:10'], '2026-06-07');
  assert.equal(v['21:10'], undefined);
});

test('a past told with "should never have been" keeps its month before the page (Tuesday 2026-12-01)', () => {
  assert.equal(values(doc('"A pipe that burst in March should never have been in service in November," the Hollin inspector said.', '2026-12-01'))['November'], '2026-11');
});

test('a deadline that runs out on a weekday, a hearing set for a day of the month (Thursday 2025-03-06, Tuesday 2026-12-01)', () => {
  assert.equal(values(doc('The Ferrisand lease runs out on Monday.', '2025-03-06'))['on Monday'], '2025-03-10');
  assert.equal(values(doc('The Holbeckin court heard the case on November 20. The retrial is set for the 10th.', '2026-12-01'))['the 10th'], '2026-12-10');
});

test('a day of the page\'s own week told since the story\'s day ends the day-by-day story: a bare weekday after it is the page\'s (Wednesday 2026-11-25)', () => {
  const v = values(doc('The Varrow clinics took patients again from Saturday the 14th; the labs followed last Thursday; and the '
    + 'records system came back on Monday morning.', '2026-11-25'));
  assert.equal(v['Saturday the 14th'], '2026-11-14');
  assert.equal(v['last Thursday'], '2026-11-19');
  assert.equal(v['on Monday morning'], '2026-11-23');
});

test('"at teatime", "at lunchtime": a time of day named by its meal is dated as "at noon" is (Monday 2026-11-09)', () => {
  const v = values(doc('The Ferrisand bridge reopened this morning. The minister, who visited Ferrisand at teatime, said it was a good day.', '2026-11-09'));
  assert.equal(v['at teatime'], '2026-11-09');
});

test('"began in the early hours of Tuesday ... on the first day alone": the first day is the day the start is told on (Friday 2026-11-13)', () => {
  const v = values(doc('The Lunder rail strike began in the early hours of Tuesday. More than 200 trains were cancelled on the first day alone.', '2026-11-13'));
  assert.equal(v['on the first day'], '2026-11-10');
});

test('a time of day goes on from the day of what the sentence before told, not from its trailing attribution\'s day (Sunday 2026-11-22)', () => {
  const v = values(doc('The Quarlingford Lane footbridge over the Mossen collapsed on Saturday night, rescuers said on Sunday. '
    + 'About 90 people were on it when it gave way shortly after 9 p.m.', '2026-11-22'));
  assert.equal(v['shortly after 9 p.m.'], '2026-11-21');
});

test('a time of day goes on from the main clause\'s day before it, not from a day its relative clause recalls (Tuesday 2026-06-09)', () => {
  const v = values(doc('Officers on Tuesday arrested the manager of the Pelloway ferry company, whose boat ran aground off Quenmarsh on Sunday night. '
    + 'He was arrested at his flat shortly after 6 a.m., a police spokeswoman said.', '2026-06-09'));
  assert.equal(v['shortly after 6 a.m.'], '2026-06-09');
  // So when the relative clause hangs on a noun set in apposition after the comma.
  const w = values(doc('Officers on Tuesday arrested the owner of the Tallowford Arms, the riverside inn where six guests fell ill on Saturday, '
    + 'as inspectors closed its kitchen. He was arrested at his home at about 7 a.m., police said.', '2030-04-09'));
  assert.equal(w['on Saturday'], '2030-04-06');
  assert.equal(w['at about 7 a.m.'], '2030-04-09');
});

test('a habit word inside a quotation does not make the narration\'s time of day a habit (Saturday 2026-10-17)', () => {
  const v = values(doc('The rebuilt Tennamoor ice rink reopened to skaters on Saturday morning.\n\n'
    + '"Every family in the valley deserves a rink like this," said the rink\'s manager, Quorrel Brastock, who cut the ribbon at 10 a.m.', '2026-10-17'));
  assert.equal(v['at 10 a.m.'], '2026-10-17');
  // A habit told by the narration itself still has no day.
  const w = values(doc('The rebuilt Tennamoor ice rink reopened to skaters on Saturday morning. It opens every day at 10 a.m.', '2026-10-17'));
  assert.equal(w['at 10 a.m.'], undefined);
});

test('"by early evening", "by the afternoon": a time of day on the day the narration is on, unless told ahead (Wednesday 2026-02-11)', () => {
  const v = values(doc('A gas main exploded in Corrowmere this afternoon. The Ellisfold clinic said it had treated 14 people by early evening. '
    + 'Crews will return by the evening.', '2026-02-11'));
  assert.equal(v['by early evening'], '2026-02-11');
  assert.equal(v['by the evening'], undefined);
});

test('a label line between (a credit, a logo) is no sentence of the narration: the time goes on from the sentence before it (Sunday 2026-11-22)', () => {
  const v = values(doc('The Ossenvar lantern festival opened on Friday.\n\nThe Quarlingford Lane footbridge over the Mossen collapsed on Saturday night.\n\nHPW\n\n'
    + 'About 90 people were on it when it gave way shortly after 9 p.m.', '2026-11-22'));
  assert.equal(v['shortly after 9 p.m.'], '2026-11-21');
});

test('a sentence telling no time keeps its paragraph\'s day: a time of day after it goes on from the day told before it (Monday 2026-04-20)', () => {
  const v = values(doc('The Tamsk fuel minister resigned on Monday.\n\nThousands marched to Pettigrue Square on Saturday. Police put the crowd at 20,000. '
    + 'Police fired tear gas in the afternoon.', '2026-04-20'));
  assert.equal(v['in the afternoon'], '2026-04-18');
});

test('a day in a since-clause opens a span: no time of day goes on from it (Thursday 2026-04-16)', () => {
  const v = values(doc('The airlift from Vossen was held up on Wednesday at Kellet airfield, which the air force has used since the city airport closed on Sunday.\n\n'
    + 'Two more flights left in the afternoon.', '2026-04-16'));
  assert.equal(v['in the afternoon'], '2026-04-15');
});

test('"did" standing for the act asked of someone tells it done: its season is gone by (Friday 2026-11-27)', () => {
  const v = values(doc('The Maddoxe firm says it was asked only to repaint the railings, which it did in the spring.', '2026-11-27'));
  assert.equal(v['the spring'], '2026');
});

test('"next weekend" names only the month of the first weekend not under way (Sunday 2026-05-03, Wednesday 2026-05-27)', () => {
  assert.equal(values(doc('The Ombrecht Glimmerlights play two nights in Wandelmarsh next weekend.', '2026-05-03'))['next weekend'], '2026-05');
  assert.equal(values(doc('The Ombrecht Glimmerlights play two nights in Wandelmarsh next weekend.', '2026-05-27'))['next weekend'], '2026-05');
});

test('a participle with its auxiliary left out after "and", or after "every" and its noun, tells no past act (Monday 2026-05-11, Thursday 2026-11-19)', () => {
  assert.equal(values(doc('Ms Tirrowen said bids would be invited in June and a builder chosen by September 30.', '2026-05-11'))['September 30'], '2026-09-30');
  assert.equal(values(doc('The Kellmoor rail firm will pay 150 dremmars for every night spent away, with the first payments on December 1.', '2026-11-19'))['December 1'], '2026-12-01');
});

test('"within three days" is a deadline counted from the day it was set, as "within a fortnight" is; "within 30 days of" a finding is no day (Tuesday 2026-10-13)', () => {
  const v = values(doc('The Wandelmarsh water rules say a reservoir must be drawn down within 30 days of an urgent finding. '
    + 'On Monday the Kessow gang demanded 4 million crowns within three days.', '2026-10-13'));
  assert.equal(v['within three days'], '2026-10-15');
  assert.equal(v['within 30 days'], undefined);
});

test('"by the morning" after a night told before it is that night\'s end: the day "overnight" or the small hours give, else the next day', () => {
  // Tuesday 2027-02-09.
  const over = values(doc('About 800 people left their homes in Pellbrook overnight after the Tamsey weir failed.\n\n'
    + 'By the morning 210 homes stood in water, the river board said.', '2027-02-09'));
  assert.equal(over['By the morning'], '2027-02-09');
  const small = values(doc('The Moravquist depot caught fire a week ago. The blaze was found at a quarter past two that night, and by the morning the roof had gone.', '2027-02-09'));
  assert.equal(small['that night'], '2027-02-02');
  assert.equal(small['by the morning'], '2027-02-02');
  const evening = values(doc('The Mirrowhaft bridge closed late on Saturday night. By the morning the queue reached the border.', '2027-02-09'));
  assert.equal(evening['By the morning'], '2027-02-07');
  // A morning ahead, or one after no night, is no day of a night told.
  assert.equal(values(doc('Crews worked through Sunday. By the morning the pumps were running.', '2027-02-09'))['By the morning'], undefined);
});

test('"last night" after a possessive, or between "the" and "of", is the final night of a run, no night before the page', () => {
  const v = values(doc('After the deaths, the Tolvern fair cancelled its last night. The Fessiquay family met the mayor last night. '
    + 'Fireworks were planned for the last night of the regatta.', '2026-05-14'));
  assert.equal(v['last night'], '2026-05-13');
  assert.equal(run(doc('After the deaths, the Tolvern fair cancelled its last night.', '2026-05-14')).dates.length, 0);
  assert.equal(run(doc('Fireworks were planned for the last night of the regatta.', '2026-05-14')).dates.length, 0);
  assert.equal(run(doc('The regatta\'s last night was called off.', '2026-05-14')).dates.length, 0);
});

test('a slash pair after a naming noun is a designation, no date: "runway 09/27", "platform 3/4" (Tuesday 2026-05-12)', () => {
  const v = values(doc('The Tessmoor freighter crossed runway 09/27 without clearance. Trains now leave from platform 3/4 only. '
    + 'The hangar was sealed on 10/04 and reopened on 2 May.', '2026-05-12'));
  assert.equal(v['09/27'], undefined);
  assert.equal(v['3/4'], undefined);
  // "09/27" witnesses no month-first order: "10/04" takes the day-first order of the text's "2 May".
  assert.equal(v['10/04'], '2026-04-10');
});

test('"is closed until the Friday": a state told in the present lasts until the coming Friday, article or not (Wednesday 2026-05-13)', () => {
  const v = values(doc('The Brellow ferry terminal is closed until the Friday. The harbour office stays shut until the Monday.', '2026-05-13'));
  assert.equal(v['Friday'] ?? v['the Friday'], '2026-05-15');
  assert.equal(v['Monday'] ?? v['the Monday'], '2026-05-18');
});

test('a day set "for the 9th" after a later day of the month lies in the next month: "shut since March 20, and a repair was booked for the 9th" (Friday 2026-05-15)', () => {
  const got = (t: string): string[] => run(doc(t, '2026-05-15')).dates.map((m) => m.date.value);
  assert.deepEqual(got('The Wendlow lock gate had been shut since March 20 and a repair was booked for the 9th.'), ['2026-03-20', '2026-04-09']);
  // Nothing set for the day: the nearer reading stays in the month named.
  assert.deepEqual(got('The Wendlow lock gate was shut on March 20 after an inspection on the 9th.'), ['2026-03-20', '2026-03-09']);
});

test('an offset in apposition to the day just told restates that day: "on Friday, May 8, a month after the fire" (Saturday 2026-05-09)', () => {
  const v = values(doc('The Brellow mill reopened on Friday, May 8, a month after the fire, its owner said. '
    + 'A month after the fire, the Brellow mill reopened on Friday.', '2026-05-09'));
  assert.equal(v['a month after'], '2026-05-08');
  // Not in apposition: the month of the happening the offset places.
  assert.equal(v['A month after'], '2026-05');
});

test('"all through March", "throughout May": a month a stretch runs through is a date, as "during March" is (Saturday 2026-07-11)', () => {
  const got = run(doc('The arguments over the Tessby weir ran all through March. The pumps worked throughout May.', '2026-07-11'))
    .dates.map((m) => [m.text, m.date.value]);
  assert.deepEqual(got, [['March', '2026-03'], ['May', '2026-05']]);
});

test('an hour in words hedged as a moment ("shortly before seven,") is a time of the day told; a bare count after "after" is not (Monday 2026-07-20)', () => {
  const v = values(doc('The Adalwin ferry ran aground off Tessby this morning. The crew sent a mayday shortly before seven, a coastguard said. '
    + 'Rescuers found just after seven survivors on the rocks.', '2026-07-20'));
  assert.equal(v['shortly before seven'], '2026-07-20');
  assert.equal(v['just after seven'], undefined);
});

test('"by" a smaller day of the month after a day told as a start is the next month\'s', () => {
  const v = values(doc('The Orvane council began testing its 40 bridges on Monday, March 23. By the 9th, 31 had been checked.', '2026-04-20'));
  assert.equal(v['the 9th'], '2026-04-09');
  // Without "by", the nearer reading stays in the month told.
  const w = values(doc('The Orvane council began testing its 40 bridges on Monday, March 23. On the 9th, the mayor had resigned.', '2026-04-20'));
  assert.equal(w['the 9th'], '2026-03-09');
});

test('a bare day of the month in a future told in the past is the nearer of the day gone by and next month\'s', () => {
  const v = values(doc('The Tollbridge board had said last week that the works would begin on the 14th.', '2026-06-16'));
  assert.equal(v['the 14th'], '2026-06-14');
  // Told as a future from the page's day, it is next month's.
  const w = values(doc('The Tollbridge board says the works will begin on the 14th.', '2026-06-16'));
  assert.equal(w['the 14th'], '2026-07-14');
});

test('a translation\'s "in the night on 13 July" is 13 July; "the night on" before no date is left alone (Wednesday 2026-07-15)', () => {
  const v = values(doc('Tamsor Quenwhistle and three colleagues of the Brindlecoast Mission were set free in the Night on 13 July, after 27 Days.', '2026-07-15'));
  assert.equal(v['13 July'], '2026-07-13');
  const w = values(doc('The guards slept through the night on the hillside above Quernby.', '2026-07-15'));
  assert.deepEqual(w, {});
});

test('"on" before a noun that names no day ("5.45 a.m., on the bend where ...") tells a place: the time is the narration\'s day (Friday 2026-07-03)', () => {
  const v = values(doc('Three people were hurt this morning when a lorry left the road near Sallowmede. '
    + 'The lorry overturned at about 5.45 a.m., on the bend where the lane drops towards the quarry.', '2026-07-03T14:00:00Z'));
  assert.equal(v['at about 5.45 a.m.'], '2026-07-03');
  // "on" before a day still gives the time its own day: no bare time of day is read there.
  const w = run(doc('Three people were hurt this morning near Sallowmede. The lorry left at 6 a.m. on the day of the fair.', '2026-07-03T14:00:00Z'));
  assert.equal(w.dates.some((m) => m.text === 'at 6 a.m.'), false);
});

test('an offset places the happening told nearest before it, not a dateline that opens the sentence (Friday 2026-11-27)', () => {
  const v = values(doc('MARLSTOKE, Nov. 27 (MLA) - Hesketon Road reopened to traffic on Monday, twelve weeks after a landslide buried a lorry.', '2026-11-27'));
  assert.equal(v['twelve weeks after'], '2026-11-23');
});

test('"said Saturday would be a day of mourning": a weekday said as the subject of a clause ahead is the coming one (Thursday 2027-04-08)', () => {
  const v = values(doc('Governor Tamrick Orrivane, who toured the quarry in the afternoon, said Saturday would be a day of mourning. '
    + 'The mine reopened on Monday, officials said.', '2027-04-08'));
  assert.equal(v['Saturday'], '2027-04-10');
  assert.equal(v['on Monday'], '2027-04-05');
  // Said on the day: "said Saturday" with no clause after it stays the day of the saying.
  assert.equal(values(doc('The council said Saturday that the quarry was closed.', '2027-04-08'))['Saturday'], '2027-04-03');
});

test('"had promised to restore it on Monday, but only freight sailed that day": a planned weekday gone by is the last one (Thursday 2027-04-08)', () => {
  assert.equal(values(doc('Vorrendale Ferries had promised to restore the crossing on Monday, but only freight sailed that day.', '2027-04-08'))['on Monday'], '2027-04-05');
  // A plan with no fate told still looks ahead.
  assert.equal(values(doc('Vorrendale Ferries had promised to restore the crossing on Monday.', '2027-04-08'))['on Monday'], '2027-04-12');
});

test('"The coastguard gave the time as 21:47": a 24-hour clock after "as" is a time of the day told before it (Friday 2027-04-09)', () => {
  const v = values(doc('The ferry Kestrawyn ran aground on Thursday. The coastguard gave the time as 21:47 and said nobody was hurt.', '2027-04-09'));
  assert.equal(v['as 21:47'], '2027-04-08');
});

test('a bare day of the month beside a present perfect lies ahead even when it is smaller than the page\'s day ("has cancelled the display on the 1st")', () => {
  const v = values(doc('Mayor Ishgarden Ashbery has cancelled the Quobrane summer regatta on the 1st. The harbour was closed on the 3rd. '
    + 'Someone should have shut the slipway on the 2nd.', '2026-06-11'));
  assert.equal(v['the 1st'], '2026-07-01');
  assert.equal(v['the 3rd'], '2026-06-03');
  // A modal perfect tells what was not done then: a day gone by.
  assert.equal(v['the 2nd'], '2026-06-02');
});

test('a day step in brackets right after a date glosses that date ("on May 9 (the day after)"), it names no day after it', () => {
  const v = values(doc('The silo at Quendry burned on Tuesday May 4, the manager Drobbery Vastell was arrested on May 5 (the day after), '
    + 'and the roads reopened the Friday after.', '2027-05-20'));
  assert.equal(v['the day after'], '2027-05-05');
  assert.equal(v['the Friday after'], '2027-05-07');
});

test('a day whose year "this year" tells is the date told just before: the next paragraph\'s day is not carried back to an older year (Wednesday 2025-12-17)', () => {
  const v = values(doc('The Mollenbrook records show the last full survey of the dam on October 3, 2022, and a check on May 20 this year.\n\n'
    + 'Two workers died in the flood on December 5, according to the Ostervale police.', '2025-12-17'));
  assert.equal(v['October 3, 2022'], '2022-10-03');
  assert.equal(v['May 20'], '2025-05-20');
  assert.equal(v['December 5'], '2025-12-05');
});

test('a bare day of the month a plan was announced "for" lies after the announcing, not in the month before (Wednesday 2025-12-17)', () => {
  const v = values(doc('The Morvask ferry will not sail on Saturday after all: the restart the company set last week for the 20th is postponed.', '2025-12-17'));
  assert.equal(v['the 20th'], '2025-12-20');
  // A day gone by this month, planned for before it, stays this month's when told in the past.
  const w = values(doc('The restart the Morvask company had announced for the 9th was postponed.', '2025-12-17'));
  assert.equal(w['the 9th'], '2025-12-09');
});

test('an offset in apposition to the day just told restates it, whatever day the rest of the sentence tells (Thursday 2025-12-11)', () => {
  const v = values(doc('Tarrowby Rail said on Tuesday, four days after the derailment that hurt nine people, that the line would reopen on Saturday, December 27.', '2025-12-11'));
  assert.equal(v['on Tuesday'], '2025-12-09');
  assert.equal(v['four days after'], '2025-12-09');
  assert.equal(v['on Saturday, December 27'], '2025-12-27');
});

test('a day told in a where/when clause after the sentence\'s own day is background: "hours later" in the next paragraph counts from the sentence\'s day (Monday 2026-06-15)', () => {
  const v = values(doc('Police on Monday detained the owner of the bakery that supplied a christening party in the village of Quillerby, '
    + 'where two guests fell ill on Saturday night.\n\nHours later the district chief closed the bakery.', '2026-06-15'));
  assert.equal(v['on Saturday night'], '2026-06-13');
  assert.equal(v['Hours later'], '2026-06-15');
  // Inside the clause, an offset still counts from the clause's day; without the clause the last day told is the anchor.
  const w = values(doc('Police on Monday detained the baker, who supplied a party in Quillerby, where guests fell ill on Saturday and a child died a day later.\n\n'
    + 'Hours later the district chief closed the bakery.', '2026-06-15'));
  assert.equal(w['a day later'], '2026-06-14');
  assert.equal(w['Hours later'], '2026-06-15');
  const x = values(doc('Police on Monday said two guests fell ill on Saturday night.\n\nHours later a child was taken to hospital.', '2026-06-15'));
  assert.equal(x['Hours later'], '2026-06-13');
});

test('a count of hours back in a transcript line goes from the clock time the line was said at, not from noon (Friday 2026-02-13)', () => {
  const v = values(doc('Broadcast at 22:00.\n\n[22:00:05] PRESENTER MERREL OSKAVIN: Good evening. Thirty-eight hours ago the Zembrook ferry ran aground.', '2026-02-13'));
  assert.equal(v['Thirty-eight hours ago'], '2026-02-12');
  // With no clock time at its line's start, noon: the same count is two days back.
  const w = values(doc('Thirty-eight hours ago the Wrellow tug was sent out.', '2026-02-13'));
  assert.equal(w['Thirty-eight hours ago'], '2026-02-11');
});

test('a weekday set between commas after a date ("12/03/2031, the Wednesday,") is that date, and a bare weekday after it goes on from it (Monday 2031-03-24)', () => {
  const v = values(doc('The harbour board wants answers. The Pomberlow port notice is dated 12/03/2031, the Wednesday, the day before the collapse, '
    + 'and the mayor says it only reached the Hollerby council on the Thursday. Nobody closed the quay.', '2031-03-24'));
  assert.equal(v['12/03/2031'], '2031-03-12');
  assert.equal(v['Wednesday'], '2031-03-12');
  assert.equal(v['the day before'], '2031-03-12');
  assert.equal(v['Thursday'], '2031-03-13');
});

test('a weekday before a colon and a figure ("on Tuesday afternoon: 24 pupils") is still read (Friday 2031-06-13)', () => {
  const v = values(doc('Officials now say 31 people were aboard the Cradlow ferry on Tuesday afternoon: 24 pupils, two teachers and five crew. '
    + 'The harbour reopened on Thursday: 12 boats sailed.', '2031-06-13'));
  assert.equal(v['on Tuesday afternoon'], '2031-06-10');
  assert.equal(v['on Thursday'], '2031-06-12');
});

test('a state told in the present perfect lasts until a weekday still to come ("has closed the coast road until Monday"); a simple past does not (Wednesday 2030-01-09)', () => {
  const v = values(doc('The Pelvenny road board has closed the coast road between Stradwell and the pier until Monday. Its director said the bridge was unsafe.', '2030-01-09'));
  assert.equal(v['Monday'], '2030-01-14');
  const w = values(doc('The Pelvenny road board closed the coast road until Monday, when the ferry pier reopened.', '2030-01-09'));
  assert.equal(w['Monday'], '2030-01-07');
  // A translation's "by Monday": an active verb with "until" straight after it counts what was done by then.
  const x = values(doc('The divers have lifted until Monday four cars from the harbour.', '2030-01-09'));
  assert.equal(x['Monday'], '2030-01-07');
  const y = values(doc('The coast road has been closed until Monday.', '2030-01-09'));
  assert.equal(y['Monday'], '2030-01-14');
});

test('a day of the month past the tenth spelled out ("on the twenty-ninth and") is read as its digits are; "the twentieth amendment" is none (Wednesday 2030-01-09)', () => {
  const v = values(doc('The harbour master told the Gartholm Courier: "The permit was signed on the twenty-ninth and the cranes arrived that evening." '
    + 'The twentieth amendment to the harbour code passed on the thirtieth.', '2030-01-09'));
  assert.equal(v['the twenty-ninth'], '2029-12-29');
  assert.equal(v['that evening'], '2029-12-29');
  assert.equal(v['the thirtieth'], '2029-12-30');
  assert.equal(v['The twentieth amendment'], undefined);
  assert.equal(Object.keys(v).some((k) => /twentieth/i.test(k)), false);
});

test('"the morning of the sinking" is the happening an opening paragraph places by an offset ("yesterday ..., a week after the trawler sank"), not the follow-up\'s day (Thursday 2030-03-14)', () => {
  const v = values(doc('Crowds lined the quay at Skerrin yesterday as three wreaths were laid for the lost crew, a week after the trawler Marnock sank off Ostravel Head.\n\n'
    + 'The harbour office said on Friday that the gale warning had gone out in time. "I was on the quay at six on the morning of the sinking and there was no warning flag," said a net mender.', '2030-03-14'));
  assert.equal(v['yesterday'], '2030-03-13');
  assert.equal(v['the morning of the sinking'], '2030-03-06');
});

test('"in the new year" is the next year told in the last months of one, the year just begun in its first two, and nothing between', () => {
  assert.equal(values(doc('Governor Brodwick said the council would look at the ferry request in the new year.', '2029-10-18'))['the new year'], '2030');
  assert.equal(values(doc('The search for the missing trawler will go on into the new year.', '2030-01-01'))['the new year'], '2030');
  assert.equal(values(doc('The ferry timetable changes in the new year, the operator said.', '2030-05-01'))['the new year'], undefined);
});

test('a dotted day and month with no closing dot after "since" ("since 14.09 the residents") is a day; a figure or a clock time is none (Friday 2031-09-19)', () => {
  const v = values(doc('The residents of the two quarters have stayed indoors since 14.09 and the schools are shut. '
    + 'The index rose to 14.09 on Thursday. The office has been open since 10.05 a.m.', '2031-09-19'));
  assert.equal(v['14.09'], '2031-09-14');
  assert.equal(Object.values(v).filter((x) => x === '2031-09-14').length, 1);
  assert.equal(v['on Thursday'], '2031-09-18');
});

test('"on the Friday", with the article, is a Friday of the week the story tells, after the last day told, not of the page\'s week (Thursday 2031-10-16)', () => {
  const v = values(doc('Here is what we know. The storm broke on the evening of September 29, and the river gauge peaked at 11.15 p.m. on 2031-09-30. '
    + 'The stray heifer was led back to the Harlby farm on the Friday, and the road closure ended the next day.', '2031-10-16'));
  assert.equal(v['Friday'], '2031-10-03');
  assert.equal(v['the next day'], '2031-10-04');
  // Without the article, a bare weekday is the page's week's.
  const w = values(doc('Here is what we know. The storm broke on the evening of September 29, and the river gauge peaked at 11.15 p.m. on 2031-09-30. '
    + 'The stray heifer was led back to the Harlby farm on Friday.', '2031-10-16'));
  assert.equal(w['on Friday'], '2031-10-10');
});

test('"the day after the escape" is the day after the one the text gives that happening ("The escape on September 30"), not after the day told just before (Thursday 2027-02-18)', () => {
  const v = values(doc('The city fined the Quillmere aviary on Thursday.\n\nThe escape on September 30 ended on October 3, when the last eagle was caught. '
    + 'The aviary reopened on October 17.\n\nDask, the keeper suspended the day after the escape, resigned in December.', '2027-02-18'));
  assert.equal(v['the day after the escape'], '2026-10-01');
  assert.equal(v['October 17'], '2026-10-17');
});

test('a plural subject\'s timetable "open" looks ahead: "Claims open on Monday" (Wednesday 2026-06-10)', () => {
  const v = values(doc('The Quillmere fund will pay 2,000 crowns to each family. Claims open on Monday.', '2026-06-10'));
  assert.equal(v['on Monday'], '2026-06-15');
  // "was open", "open fire": no timetable.
  assert.equal(values(doc('The Orlenby depot was open on Monday.', '2026-06-10'))['on Monday'], '2026-06-08');
  assert.equal(values(doc('Witnesses said gunmen open fire on Monday in Orlenby.', '2026-06-10'))['on Monday'], '2026-06-08');
});

test('a day set "as" the day of a plan lies ahead of the setting: "on Tuesday set October 12 as the first day" (Wednesday 2026-06-10)', () => {
  const v = values(doc('A tribunal in Farrowgate on Tuesday set October 12 as the first day of the hearing.', '2026-06-10'));
  assert.equal(v['October 12'], '2026-10-12');
  assert.equal(v['on Tuesday'], '2026-06-09');
  // The day of the setting itself keeps its past.
  assert.equal(values(doc('The date was set on Monday for the Dunsparrow hearing.', '2026-06-10'))['on Monday'], '2026-06-08');
});


test('a present perfect holding "until" a weekday holds until one to come: "has closed the road ... until Monday" (Saturday 2026-02-14)', () => {
  const v = values(doc('The county has closed the coast road between Tamberlow and Brackenmoor until Monday.', '2026-02-14'));
  assert.equal(v['Monday'], '2026-02-16');
  // A simple past may tell of a closure already over.
  assert.equal(values(doc('The county closed the Tamberlow bridge until Monday.', '2026-02-14'))['Monday'], '2026-02-09');
});

test('a weekday listed after "next/last Tuesday" is the first after it: "next Tuesday and Wednesday" (Tuesday 2025-10-14)', () => {
  const v = values(doc('The Tamberlow ferry will stop overnight next Tuesday and Wednesday while the ramp is repaired.', '2025-10-14'));
  assert.equal(v['next Tuesday'], '2025-10-21');
  assert.equal(v['Wednesday'], '2025-10-22');
  const w = values(doc('The Brackenmoor baths closed last Saturday and Sunday for cleaning.', '2025-10-14'));
  assert.equal(w['last Saturday'], '2025-10-11');
  assert.equal(w['Sunday'], '2025-10-12');
});

test('what one is ordered or urged to do lies after the order: "ordered schools to close on Thursday" (Tuesday 2026-06-09)', () => {
  const v = values(doc('The Tamberlow mayor on Monday ordered schools to close on Thursday.', '2026-06-09'));
  assert.equal(v['on Monday'], '2026-06-08');
  assert.equal(v['on Thursday'], '2026-06-11');
  assert.equal(values(doc('The council urged drivers to avoid the Brackenmoor bridge on Friday.', '2026-06-09'))['on Friday'], '2026-06-12');
  // The passive may date the telling itself.
  assert.equal(values(doc('The Brackenmoor coach was told to leave on Monday.', '2026-06-09'))['on Monday'], '2026-06-08');
});


test('"have lifted until Thursday five cars" (no object before "until") is a count so far, not a state to come (Friday 2026-06-12)', () => {
  assert.equal(values(doc('The Tamberlow divers have lifted until Thursday five cars from the river.', '2026-06-12'))['Thursday'], '2026-06-11');
  assert.equal(values(doc('The Brackenmoor vote has been postponed until Thursday.', '2026-06-12'))['Thursday'], '2026-06-18');
});

test('"expected midweek" is the Wednesday of the week; "a midweek match" names no day (Monday 2026-08-24)', () => {
  const v = values(doc('Tests on the Tamberlow well are expected midweek. A midweek match in Brackenmoor was called off.', '2026-08-24'));
  assert.equal(v['midweek'], '2026-08-26');
  assert.equal(Object.keys(v).length, 1);
  assert.equal(values(doc('The Tamberlow report is due by midweek.', '2026-08-28'))['midweek'], '2026-09-02');
});

test('a day declared "a day of mourning" lies ahead of the declaring (Sunday 2026-11-22)', () => {
  const v = values(doc('The Tamberlow premier declared Tuesday a national day of mourning.', '2026-11-22'));
  assert.equal(v['Tuesday'], '2026-11-24');
  assert.equal(values(doc('The Brackenmoor coach made Monday his last day.', '2026-11-22'))['Monday'], '2026-11-16');
});

test('a holiday naming the kind of occasion ("during a Halloween dance") is no day its clock times and offsets go on from (page Thursday 2029-11-01)', () => {
  const v = values(doc('Eleven people were hurt when a balcony gave way at Quendlemoor Hall in the early hours of Thursday, during a Halloween dance. '
    + 'The balcony fell at 2.10 a.m., police said. The first ambulance came twelve minutes later, at 2.22 a.m.', '2029-11-01T15:00:00Z'));
  assert.equal(v['Halloween'], '2029-10-31');
  assert.equal(v['at 2.10 a.m.'], '2029-11-01');
  assert.equal(v['twelve minutes later'], '2029-11-01');
  assert.equal(v['at 2.22 a.m.'], '2029-11-01');
});

test('"a review, due in February": a bare "due" after a comma ("which is due") looks ahead though the clause is past (Thursday 2026-10-08)', () => {
  const v = values(doc('The Brenthallow council has commissioned a review of the bridge, due in February.', '2026-10-08'));
  assert.equal(v['February'], '2027-02');
  // With no such "due" the past clause keeps its month in the year gone by.
  assert.equal(values(doc('The Brenthallow council commissioned a review of the bridge in February.', '2026-10-08'))['February'], '2026-02');
});

test('a weekday set beside a date that falls on it names that date, not a day counted from the page (Tuesday 2026-01-13)', () => {
  const v = values(doc('Last Friday, Boxing Day, the Dunsallen ferry ran half empty. Hotels in Quarlow were full for New Year\'s Eve on Wednesday. '
    + 'The pier had reopened on 29 December, a Monday.', '2026-01-13'));
  assert.equal(v['Last Friday'], '2025-12-26');
  assert.equal(v['on Wednesday'], '2025-12-31');
  assert.equal(v['Monday'], '2025-12-29');
  // A weekday the date does not fall on keeps its own reading.
  assert.equal(values(doc('Last Monday, Boxing Day, the Dunsallen ferry ran half empty.', '2026-01-13'))['Last Monday'], '2026-01-05');
});

test('a dateline or the page\'s date line is no day of the story: a clock time goes on from the one day the story told (Wednesday 2026-03-04)', () => {
  const text = 'Halvenmoor Herald\n04.03.2026, 08:40\n\nOSKELDANE, 3 March. /KTZ/. Two men who robbed the Quobrin post office on 02.03.2026 are still at large, police said.\n\n'
    + 'The post office was closed for six hours. The men fled at 11:20 in a white car.';
  const v = values(doc(text, '2026-03-04T08:40:00Z'));
  assert.equal(v['02.03.2026'], '2026-03-02');
  assert.equal(v['at 11:20'], '2026-03-02');
  // With no other day told, the day it was filed is the one it has.
  const w = values(doc('TREVISCA, March 3 (KTZ) — The Quobrin post office was robbed by two men.\n\nThe post office was closed for six hours. The men fled at 11:20 in a white car.', '2026-03-04'));
  assert.equal(w['at 11:20'], '2026-03-03');
});

test('"from 08:40 until 19:25": a clock time after "from" opens the range "until" closes, on the same day (Friday 2026-05-08)', () => {
  const v = values(doc('The Brellingsby tunnel was shut on Wednesday. Traffic stood still from 08:40 until 19:25, when the Ostmarrow crews cleared it.', '2026-05-08'));
  assert.equal(v['from 08:40'], '2026-05-06');
  assert.equal(v['until 19:25'], '2026-05-06');
});

test('a count after a time of day and a comma ("by the afternoon, 2,300") is no day of that time (Thursday 2026-05-14)', () => {
  const v = values(doc('On Monday morning the Garvisham petition had 800 names; by the afternoon, 2,300; by the evening, 5,100 had signed it.', '2026-05-14'));
  assert.equal(v['by the afternoon'], '2026-05-11');
  assert.equal(v['by the evening'], '2026-05-11');
  // A day of the month after the comma is still the time's own day, told with it.
  assert.equal(values(doc('The Pellaway ferry sank in the morning, 3 May, near the harbour.', '2026-05-14'))['in the morning'], undefined);
});

test('a day word inside a quotation is the speaker\'s: the narration\'s time of day goes on from the narration\'s day (Wednesday 2026-06-10)', () => {
  const v = values(doc('The last crews left the Harrowind dam at 11.30 p.m. on Tuesday after a long shift.\n\nThe gates were opened at 6 a.m. yesterday. The river rose by two metres.\n\n'
    + '"Nobody downstream should be afraid today," the engineer, Ossa Quenmarsh, told reporters in the afternoon.\n\nThe water board said this morning that the gates would stay open.', '2026-06-10'));
  assert.equal(v['at 6 a.m. yesterday'], '2026-06-09');
  assert.equal(v['in the afternoon'], '2026-06-09');
});

test('a weekday told with "a" beside a count of days back ("Nine days ago, early on a Sunday morning,") is the day counted to', () => {
  // Tuesday 14 October 2025: nine days back is Sunday 5 October.
  const v = values(doc('Nine days ago, early on a Sunday morning, a grain barge sank in the Vessingham canal. '
    + 'Divers from Strenholt raised it on Friday.', '2025-10-14'));
  assert.equal(v['Nine days ago'], '2025-10-05');
  assert.equal(v['early on a Sunday morning'], '2025-10-05');
  // (When the count lands on another weekday, the words name no day of it.)
  const off = values(doc('Nine days ago, early on a Monday morning, a grain barge sank in the Vessingham canal.', '2025-10-14'));
  assert.equal(off['early on a Monday morning'], undefined);
});

test('an offset\'s clause ends at a semicolon: "a day before" does not count from a day told after it', () => {
  const v = values(doc('Our log: we left Tolbridge on 3/06/2027; the pump failed on the 8th, a day before the storm reached us; '
    + 'we limped into Quenmarrow on Friday the 11th.', '2027-06-20'));
  assert.equal(v['a day before'], '2027-06-08');
  assert.equal(v['Friday the 11th'], '2027-06-11');
});

test('"at the time of the collapse, at 6.12 p.m.": the moment of a happening the lead dates is on its day, and so is the clock time beside it (Monday 2026-03-02)', () => {
  const v = values(doc('Firefighters on Monday searched the ruins of a warehouse in Tarnaby that collapsed without warning on Sunday evening.\n\n'
    + 'Three workers were hurt. The owner said 40 people had been inside at the time of the collapse, at 6.12 p.m.', '2026-03-02'));
  assert.equal(v['on Sunday evening'], '2026-03-01');
  assert.equal(v['the time of the collapse'], '2026-03-01');
  assert.equal(v['at 6.12 p.m.'], '2026-03-01');
  // Asked for with no clock time beside it, the moment is no day the text gives.
  const w = values(doc('The warehouse in Tarnaby collapsed without warning on Sunday evening. And the time of the collapse itself? Nobody agrees.', '2026-03-02'));
  assert.equal(w['the time of the collapse'], undefined);
});

test('"by 10.35" after a dotted clock time with p.m. in its paragraph is a time of the same day; "fell by 10.35" is a figure (Monday 2026-03-09)', () => {
  const w = values(doc('The Oskendal ferry caught fire on Saturday night. The crew sent the first call at 10.15 p.m. '
    + 'Hammerslade, a passenger, said the smoke had filled the bar by 10.35. The bar was empty at 11.02, when the crew sealed it. '
    + 'Kestlemoor Lines shares fell by 10.35.', '2026-03-09'));
  assert.equal(w['by 10.35'], '2026-03-07');
  assert.equal(w['at 11.02'], '2026-03-07');
  assert.deepEqual(run(doc('The Oskendal ferry caught fire on Saturday night. The crew sent the first call at 10.15 p.m. Kestlemoor Lines shares fell by 10.35.', '2026-03-09'))
    .dates.map((m) => m.text), ['on Saturday night', 'at 10.15 p.m.']);
  // Without a clock time told with its half of the day, a dotted figure stays a figure.
  assert.equal(values(doc('The Oskendal ferry caught fire on Saturday night. Hammerslade said the smoke had filled the bar by 10.35.', '2026-03-09'))['by 10.35'], undefined);
});

test('a clock time minutes from one already dated clocks the same happening, over a follow-up day told in the paragraph before (Monday 2026-03-02)', () => {
  const v = values(doc('The roof of the Tarnaby depot fell in at 6.12 p.m. on Sunday, the fire service said.\n\n'
    + 'The clinic said it had treated nine people, of whom two were still being treated on Monday.\n\n'
    + 'The weather office said the wind peaked at about 6.10 p.m.', '2026-03-02'));
  assert.equal(v['at 6.12 p.m. on Sunday'], '2026-03-01');
  assert.equal(v['at about 6.10 p.m.'], '2026-03-01');
  // A clock time hours from it goes on on the day the sentence before tells, as before.
  const w = values(doc('The roof of the Tarnaby depot fell in at 6.12 p.m. on Sunday, the fire service said.\n\n'
    + 'The clinic said it had treated nine people, of whom two were still being treated on Monday.\n\n'
    + 'The last of them went home at 11 a.m.', '2026-03-03'));
  assert.equal(w['at 11 a.m.'], '2026-03-02');
});

test('"Two days after Friday\'s fire": the weekday is its own past day and the offset counts from it (Thursday 2026-03-05)', () => {
  const v = values(doc('Two days after Friday\'s fire, the mayor of Quendle walked through the ruins of the Tandwick mill.', '2026-03-05'));
  assert.equal(v['Friday'], '2026-02-27');
  assert.equal(v['Two days after'], '2026-03-01');
  assert.equal(v['Two days after Friday'], undefined);
});

test('an opening count back whose own clause names a holiday ("Ten days ago I was at the Christmas Eve market") counts to that holiday, not to a later dated day', () => {
  const text = 'Brindlewake Notes\nHome | About\n\nThursday, May 13, 2027\n\nTen days ago I was at the Christmas Eve market on Tandwick quay. '
    + 'By midnight the old boathouse was ablaze.\n\nThe council said on 2026-12-29 that the boathouse would not be rebuilt.';
  const r = run(doc(text, '2027-05-13', { dateProvenance: { method: 'dateline', raw: 'Thursday, May 13, 2027', inferred: false } }));
  assert.equal(r.publishedAt, '2027-01-03');
  assert.equal(r.dates.find((m) => m.text === 'Ten days ago')?.date.value, '2026-12-24');
  // A holiday in a later sentence is no occasion of the count.
  const later = run(doc('Ten days ago I was on Tandwick quay. It was the Christmas Eve market.', '2027-01-03'));
  assert.equal(later.publishedAt, '2027-01-03');
});

test('"the same day" after a month told since the last day ("a report by the end of May") is that day, not the month (Friday 2026-04-17)', () => {
  const v = values(doc('The transport minister toured the flooded Orsweld depot on Thursday and ordered an audit by the end of May. '
    + 'Police arrested the depot manager, Tamberlind Quissack, the same day.', '2026-04-17'));
  assert.equal(v['on Thursday'], '2026-04-16');
  assert.equal(v['the same day'], '2026-04-16');
  // A month with no day told before it in its paragraph still gives its month.
  const m = values(doc('The depot closed in March.\n\nPolice arrested its manager the same day.', '2026-04-17'));
  assert.equal(m['the same day'], '2026-03');
});

test('"last had its pumps serviced in June" is the latest June before the page, not one going on from a month told last year (Tuesday 2026-10-13)', () => {
  const v = values(doc('In May last year a burst main flooded the Usterhame waterworks. The plant, built in 1984, last had its pumps serviced in June, '
    + 'when engineers asked for new seals.', '2026-10-13'));
  assert.equal(v['June'], '2026-06');
  // A month told in the past going on with that story still takes its year.
  assert.equal(values(doc('In May last year a burst main flooded the Usterhame waterworks. By August, the plant was pumping again.', '2026-10-13'))['August'], '2025-08');
});

test('a count back set beside the day it counts to further down ("Two weeks ago, on Boxing Day,") pins the writing day under a fetch-day widget; a quoted one does not', () => {
  const text = 'Corrabeck Diary\nHome | Archive\n\nFriday, June 4, 2027\n\nLast Saturday the ferry to Ferndrith stopped running. '
    + 'We queued at the slipway for an hour before anyone told us. The café on the pier stayed shut, and the only bus '
    + 'back to town was full by the time the last of us gave up and walked along the shore road in the rain.\n\nTwo weeks ago, on Boxing Day, the harbour master had promised a winter timetable.';
  const r = run(doc(text, '2027-06-04', { dateProvenance: { method: 'dateline', raw: 'Friday, June 4, 2027', inferred: false } }));
  assert.equal(r.publishedAt, '2027-01-09');
  assert.equal(r.dates.find((m) => m.text === 'Last Saturday')?.date.value, '2027-01-02');
  assert.equal(r.dates.find((m) => m.text === 'Two weeks ago')?.date.value, '2026-12-26');
  // Told inside a speaker's quotation, the count is from the day they spoke: the page date stands.
  const quoted = text.replace('Two weeks ago, on Boxing Day, the harbour master had promised a winter timetable.',
    'The harbour master said: "Two weeks ago, on Boxing Day, we promised a winter timetable."');
  assert.equal(run(doc(quoted, '2027-06-04', { dateProvenance: { method: 'dateline', raw: 'Friday, June 4, 2027', inferred: false } })).publishedAt, '2027-06-04');
});

test('a month that ends what a past act set going on a day its sentence tells ("on Tuesday banned fireworks until the end of November") lies no earlier than that day', () => {
  const v = values(doc('The council of Haskaway on Tuesday banned all fireworks on the common until the end of November, after a stall caught fire.', '2027-10-14'));
  assert.equal(v['end of November'], '2027-11');
  // With no day told for the act, a span told in the past is one gone by.
  const w = values(doc('The pier at Haskaway stayed shut till December after the storm.', '2027-10-14'));
  assert.equal(w['December'], '2026-12');
});

test('"at 19.15 hours": a dotted 24-hour clock before "hours" is a time of the day told, with no a.m. told before it; a count of hours is not', () => {
  const v = values(doc('A goods train left the rails near Pollendrey on the evening of 14.03.2027, at 19.15 hours, the rail office said.\n\n'
    + 'The signal box had reported a fault on Saturday, 13.03., at 08.30 hours.', '2027-03-16'));
  assert.equal(v['at 19.15 hours'], '2027-03-14');
  assert.equal(v['at 08.30 hours'], '2027-03-13');
  const w = values(doc('The line near Pollendrey reopened on Monday. The repair took 11.50 hours, the rail office said.', '2027-03-16'));
  assert.equal(Object.keys(w).some((k) => k.includes('11.50')), false);
});
