import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument, reanalyseDates } from '../../analyse/index.ts';
import { storyFacts } from './_facts.ts';
import { anchoredDates, contradictedAlike, creditedSentences, namesOwnDayByWeekday, offsetBeliesWeekday, readOn, type Reading } from './_reading.ts';
import { epochDay } from '../../analyse/dates/index.ts';

function analysed(id: string, publishedAt: string | null, text: string): AnalysedDocument {
  const doc: CleanDocument = {
    id, source: `${id}.txt`, title: `${id} report`, outlet: `${id} outlet`, byline: null, publishedAt,
    dateProvenance: publishedAt ? { method: 'meta', raw: publishedAt, inferred: false } : { method: 'none', raw: null, inferred: false },
    dateCandidates: [], modifiedAt: null, language: 'en', url: null, text,
  };
  return { doc, analysis: analyseDocument(doc) };
}

const onDay = (d: AnalysedDocument, iso: string) => reanalyseDates({ ...d.doc, publishedAt: iso, dateProvenance: { method: 'inferred', raw: null, inferred: true } }, d.analysis, { claims: false });

// Monday 17 March 2025: divers are to search the wreck on Wednesday 19.
const trusted = analysed('a', '2025-03-17', 'The ferry Sennaby Brae capsized off Varn Island on Thursday. '
  + 'Navy divers are expected to begin searching the hull on Wednesday, weather permitting. Harbour staff will meet the families on Tuesday.');
const page = analysed('p', null, 'Navy divers will start searching the wreck tomorrow, the navy said today.');

test('a day the page states in a sentence a trusted page tells in many of the same words is told alike; a coincident day is not', () => {
  const facts = storyFacts([trusted]);
  // Read on Tuesday 18, "tomorrow" is the divers' Wednesday: the same sentence in other words.
  const tuesday = readOn(onDay(page, '2025-03-18'), page.analysis, facts, page.doc.text);
  assert.equal(tuesday.toldAlike, 1);
  // How alike: "navy", "divers", "searching" (dates, reporting and short words do not count).
  assert.equal(tuesday.toldWords, 3);
  // Read on Monday 17, "tomorrow" is Tuesday 18, a day the trusted page states too, but of a meeting with the families.
  const monday = readOn(onDay(page, '2025-03-17'), page.analysis, facts, page.doc.text);
  assert.equal(monday.toldAlike, 0);
  assert.equal(monday.toldWords, 0);
  assert.equal(monday.sharedDays, 1);
});

test('an event every candidate day dates alike and every reading, the page\'s own day included, counts against the story tells nothing of the day', () => {
  const reading = (key: string[], contradicted: string[]): Reading => ({
    key: key.join(','), agreements: 0, looseAgreements: 0, disagreements: contradicted.length, firmDisagreements: contradicted.length, leadDisagreements: 0, sharedDays: 0, daysBeforeStory: 0,
    periodAgreements: 0, toldAlike: 0, toldWords: 0, evidence: '', contradicted, anchors: 0,
  });
  // The page's own day (day 200) reads the shooting "on Sunday" and an earlier shooting on the same street (e90) against the story.
  const own = reading(['e0:attack:200', 'e90:attack:200', 'e300:report:199'], ['e0:attack:200', 'e90:attack:200', 'e300:report:199']);
  // Every candidate reads the earlier shooting "in May" on day 120 (against the story), the report "on Tuesday" on a day that moves with it.
  const trials = [
    reading(['e0:attack:150', 'e90:attack:120', 'e300:report:148'], ['e90:attack:120', 'e300:report:148']),
    reading(['e0:attack:157', 'e90:attack:120', 'e300:report:155'], ['e0:attack:157', 'e90:attack:120', 'e300:report:155']),
  ];
  assert.deepEqual([...contradictedAlike(own, trials)].sort(), ['e90:attack:120', 'e90:attack:200']);
  // Not when the page's own day reads it without contradiction: then it is evidence for the own day.
  assert.deepEqual([...contradictedAlike(reading(own.key.split(','), ['e0:attack:200']), trials)], []);
});

test('a page that says "today" does not call its own day by its weekday name', () => {
  const roundup = analysed('r', null, 'Dozens of lorry drivers have been stuck at the Carrow Pass since Thursday, the haulage union said today. '
    + 'The pass was opened on Friday for a few hours to let an ambulance through. Engineers are due to inspect the road tomorrow.');
  const clash = (iso: string): boolean => namesOwnDayByWeekday(anchoredDates(onDay(roundup, iso), roundup.analysis), epochDay(iso)!);
  // Friday 7 March: "on Friday" would be the page's own day, which it calls "today".
  assert.equal(clash('2025-03-07'), true);
  // Saturday 8 and Sunday 9 March: Friday is a day before, which may go by its weekday.
  assert.equal(clash('2025-03-08'), false);
  assert.equal(clash('2025-03-09'), false);
  // A page with no "today", "yesterday" or "tomorrow" may call its own day by its weekday (wire style: "said Friday").
  const wire = analysed('w', null, 'The pass was opened on Friday for a few hours to let an ambulance through, the haulage union said.');
  assert.equal(namesOwnDayByWeekday(anchoredDates(onDay(wire, '2025-03-07'), wire.analysis), epochDay('2025-03-07')!), false);
});

test('a "today" only inside a quote is the speaker\'s word: the wire page may still call its own day by its weekday', () => {
  const wire = analysed('q', null, 'The haulage union reopened the Tolliveraux Pass on Friday after a week of talks. '
    + '"Every lorry on our list got through today," the union\'s chair, Quillmorrow Ulvinbrook, said in a statement.');
  const friday = '2025-03-07';
  const own = anchoredDates(onDay(wire, friday), wire.analysis);
  assert.equal(namesOwnDayByWeekday(own, epochDay(friday)!, wire.analysis.quotes), false);
  // Without the quotes told apart, the quoted "today" rules the day out.
  assert.equal(namesOwnDayByWeekday(own, epochDay(friday)!), true);
});

test('a digest line credited to another outlet keeps that outlet\'s weekday: it is no sign the digest calls its own day so', () => {
  const digest = analysed('g', null, 'Two climbers were winched off the Thrumwickle ridge, rescuers said on Friday, as reported by the Ostravelle Sentinel. '
    + 'The regional governor flew over the ridge today.');
  const friday = '2025-03-07';
  const own = anchoredDates(onDay(digest, friday), digest.analysis);
  const credited = creditedSentences(digest.analysis.sentences, digest.doc.text);
  assert.equal(credited.length, 1);
  assert.equal(namesOwnDayByWeekday(own, epochDay(friday)!, digest.analysis.quotes, credited), false);
  // Uncredited, the same weekday beside "today" still rules the day out.
  assert.equal(namesOwnDayByWeekday(own, epochDay(friday)!, digest.analysis.quotes), true);
});

test('an event dated by a day its own sentence states with no page date (a post signed "May 15, 2024") is no reading of the candidate day', () => {
  const text = 'Rowan Adair was shot outside a bakery on Pell Street yesterday. Adair shot dead on Pell Street, a neighbour posted - May 15, 2024';
  const base = analysed('t', null, text);
  const signed = text.indexOf('May 15');
  const second = text.indexOf('Adair shot');
  const adair = base.analysis.entities.findIndex((e) => e.name === 'Rowan Adair');
  assert.ok(adair >= 0);
  const attack = (start: number, end: number, value: string) => ({
    type: 'attack', summary: '', date: { value, precision: 'day' as const }, participants: [adair], place: null, evidence: [{ start, end }], background: false,
  });
  const stated = { start: signed, end: signed + 'May 15, 2024'.length, text: 'May 15, 2024', date: { value: '2024-05-15', precision: 'day' as const }, method: 'absolute' };
  // With no page date the text states 15 May and tells the shooting once, undated.
  const original = { ...base.analysis, dates: [stated], events: [{ ...attack(0, second - 1, '2024-05-15'), date: null }] };
  // Read on 15 May: "yesterday" is the 14th, and the events pass tells the signed post's line apart, on the day it states.
  const candidate = { ...base.analysis, dates: [stated], events: [attack(0, second - 1, '2024-05-14'), attack(second, text.length, '2024-05-15')] };
  const facts = { ...storyFacts([]), events: [{ type: 'attack', day: epochDay('2024-05-14')!, names: new Set(['rowan adair']) }] };
  const r = readOn(candidate, original, facts, text);
  assert.equal(r.agreements, 1);
  assert.equal(r.disagreements, 0);
});

test('an event dated only by the lead\'s day is evidence of the page\'s day under a lead of one day\'s news, and none under a follow-up\'s lead', () => {
  // Thursday 5 March 2026: the harbour master is suspended; the captain died on Tuesday 3 March.
  const story = analysed('t', '2026-03-05', 'The harbour master of Haskerry was suspended on Thursday. The ferry captain Brennoch Vantwell died on Tuesday.');
  const facts = storyFacts([story]);
  // One day's news: read on Wednesday 4 March, the death takes the lead's "yesterday", the story's Tuesday, and agrees.
  const news = analysed('n', null, 'The harbour master of Haskerry was suspended yesterday. The ferry captain Brennoch Vantwell died, his family says.');
  assert.equal(readOn(onDay(news, '2026-03-04'), news.analysis, facts, news.doc.text).agreements, 1);
  // A follow-up: its lead tells the grounding four days before the suspension, so the death may be that day's as well as the lead's.
  const followUp = analysed('b', null, 'The harbour master of Haskerry was suspended yesterday, four days after the ferry ran aground off Ulmsby. '
    + 'The ferry captain Brennoch Vantwell died, his family says.');
  // Read on Wednesday 4 March, the death given the lead's day falls on the story's Tuesday: no agreement all the same.
  const wednesday = readOn(onDay(followUp, '2026-03-04'), followUp.analysis, facts, followUp.doc.text);
  assert.deepEqual([wednesday.agreements, wednesday.looseAgreements, wednesday.leadDisagreements], [0, 0, 0]);
  // Read on Friday 6 March, the death falls on Thursday, where the story has none: a disagreement, but only by the lead's day, and not firm.
  const friday = readOn(onDay(followUp, '2026-03-06'), followUp.analysis, facts, followUp.doc.text);
  assert.deepEqual([friday.disagreements, friday.leadDisagreements, friday.firmDisagreements], [1, 1, 0]);
});

test('an event dated by a count of days back is against the story only beyond a day of the story\'s day: the writer counts loosely', () => {
  // Wednesday 13 August 2025: the wildfire started on Tuesday 12 August.
  const story = analysed('t', '2025-08-13', 'A wildfire that started near Harnsgrove on Tuesday destroyed 80 homes, Mayor Pella Oswelby said.');
  const facts = storyFacts([story]);
  const digest = analysed('d', null, 'The wildfire that emptied Harnsgrove five days ago destroyed 80 homes, Mayor Pella Oswelby said.');
  const read = (iso: string) => readOn(onDay(digest, iso), digest.analysis, facts, digest.doc.text);
  // Read on Sunday 17 August, five days back is the story's Tuesday: told alike.
  assert.deepEqual([read('2025-08-17').agreements, read('2025-08-17').disagreements], [1, 0]);
  // Read on Monday 18 August, five days back is Wednesday, a day after the story's: neither told alike nor against it.
  assert.deepEqual([read('2025-08-18').agreements, read('2025-08-18').disagreements], [0, 0]);
  // Read on Wednesday 20 August, five days back is Friday, three days off: against the story.
  assert.deepEqual([read('2025-08-20').agreements, read('2025-08-20').disagreements], [0, 1]);
});

test('a happening told as running "for a second day" agrees with the story on the day it began, not on the page\'s own', () => {
  // Tuesday 11 March 2025: the talks opened.
  const opened = analysed('o', '2025-03-11', 'Negotiators for the Pellow tram drivers and the operator Calder Transit opened mediated talks in Varn on Tuesday.');
  const page = analysed('s', null, 'Negotiators for the Pellow tram drivers and the operator Calder Transit went back into mediated talks in Varn today for a second day.');
  const facts = storyFacts([opened]);
  // Read on Wednesday 12 March: the second day of talks that opened on the Tuesday, told alike.
  const wednesday = readOn(onDay(page, '2025-03-12'), page.analysis, facts, page.doc.text);
  assert.equal(wednesday.agreements, 2);
  assert.equal(wednesday.disagreements, 0);
  // Read on Tuesday 11 March: the talks would have begun on the Monday, a day the story tells none; no agreement, no contradiction.
  const tuesday = readOn(onDay(page, '2025-03-11'), page.analysis, facts, page.doc.text);
  assert.equal(tuesday.agreements, 0);
  assert.equal(tuesday.disagreements, 0);
});

test('"for a second day" counts back only the happening told on its own day, not another event of its sentence', () => {
  // Thursday 5 June 2025: hackers attacked the Quellan Dairy Cooperative.
  const attack = analysed('a', '2025-06-05', 'Hackers attacked the computers of the Quellan Dairy Cooperative on Thursday, the cooperative said.');
  const roundup = analysed('r', null, 'Clerks at the Quellan Dairy Cooperative were logging deliveries by hand for a second day today, as managers tried to learn how much damage was done by the cyber-attack that took down its computers yesterday.');
  const read = (iso: string) => readOn(onDay(roundup, iso), roundup.analysis, storyFacts([attack]), roundup.doc.text);
  // Read on Friday 6 June, "yesterday" is the story's Thursday: the attack is told alike, not moved back to the Wednesday.
  assert.deepEqual([read('2025-06-06').agreements, read('2025-06-06').disagreements], [1, 0]);
  // Read on Saturday 7 June, the attack lands on Friday, a day the story gives it none.
  assert.deepEqual([read('2025-06-07').agreements, read('2025-06-07').disagreements], [0, 1]);
});

test('a sentence telling the story in many of the same words counts once, however many days it states', () => {
  // Wednesday 9 April 2025: one trusted sentence states the Tuesday and the Wednesday.
  const told = analysed('t', '2025-04-09', 'Staff at the Kelvor clinic were still writing notes by hand on Wednesday after hackers struck its servers on Tuesday.');
  const roundup = analysed('q', null, 'Staff at the Kelvor clinic wrote notes by hand today after hackers struck its servers yesterday.');
  const r = readOn(onDay(roundup, '2025-04-09'), roundup.analysis, storyFacts([told]), roundup.doc.text);
  assert.equal(r.sharedDays, 2);
  assert.equal(r.toldAlike, 1);
});

test('the story\'s happening of a kind, told by "yesterday" with no name of its own, agrees on the day its pages agree on', () => {
  // Two pages of Friday 6 June 2025 date the attack on Thursday 5 June; the roundup names no one in its sentence.
  const first = analysed('f', '2025-06-06', 'Hackers attacked the Carnby Water Board on Thursday, the board said.');
  const second = analysed('s', '2025-06-06', 'The cyber-attack on the Carnby Water Board on Thursday shut its billing system.');
  const roundup = analysed('w', null, 'Engineers are still restoring billing systems after the cyber-attack yesterday.');
  const read = (facts: ReturnType<typeof storyFacts>, iso: string) => readOn(onDay(roundup, iso), roundup.analysis, facts, roundup.doc.text);
  const both = storyFacts([first, second]);
  assert.deepEqual([read(both, '2025-06-06').agreements, read(both, '2025-06-06').looseAgreements], [1, 0]);
  // Read a day late, the attack lands on a day no page gives it.
  assert.equal(read(both, '2025-06-07').agreements, 0);
  // One page alone fixes no day for the story's attack: the roundup's nameless attack stays a weak match.
  const one = read(storyFacts([first]), '2025-06-06');
  assert.deepEqual([one.agreements, one.looseAgreements], [0, 1]);
});

test('"now" tells a state at the time of writing: the sentence it stands in states no day of the page', () => {
  // Friday 11 April 2025: the trust's board met on Thursday 10 April.
  const told = analysed('t', '2025-04-11', 'The board of the Osgrave Water Trust met its new adviser, Sorrelin Talmouth, on Thursday.');
  const later = analysed('n', null, 'Sorrelin Talmouth, who stepped down as head of the Osgrave Water Trust in March, now sits on its board as an adviser.');
  const read = (iso: string) => readOn(onDay(later, iso), later.analysis, storyFacts([told]), later.doc.text);
  // Read on Thursday 10 April, "now" would land on the day the trusted sentence states, in many of the same words.
  const r = read('2025-04-10');
  assert.deepEqual([r.sharedDays, r.toldAlike, r.anchors], [0, 0, 0]);
});

test('a happening of so many days told as ended agrees with the story on the day it began', () => {
  // Monday 10 March 2025: the state visit began.
  const arrived = analysed('v', '2025-03-10', 'President Halbrenn Kestrel of Pemberia began a state visit to Ulvasca on Monday, the palace said.');
  const roundup = analysed('w', null, 'President Halbrenn Kestrel\'s three-day state visit to Ulvasca ended yesterday with a farewell at the airport.');
  const read = (iso: string) => readOn(onDay(roundup, iso), roundup.analysis, storyFacts([arrived]), roundup.doc.text);
  // Read on Thursday 13 March, the visit ended on the Wednesday and began on the story's Monday: told alike.
  assert.deepEqual([read('2025-03-13').agreements, read('2025-03-13').disagreements], [1, 0]);
  // Read on Wednesday 12 March, it would have begun on the Sunday, a day the story gives it none; its run still holds the Monday.
  assert.deepEqual([read('2025-03-12').agreements, read('2025-03-12').disagreements], [0, 0]);
});

test('an offset that places an earlier happening states its day in the words of its clause, and the main clause\'s day in the rest', () => {
  // Wednesday 9 April 2025: the Brannock ferry ran aground; Friday 11: it was refloated.
  const aground = analysed('g', '2025-04-09', 'The ferry Orla Quay ran aground on a sandbank off Brannock Point on Wednesday, with 80 passengers aboard.');
  const refloated = analysed('f', '2025-04-11', 'Tugs refloated the Orla Quay on Friday and towed her to the harbour at Selvick.');
  const roundup = analysed('r', null, 'Tugs refloated the Orla Quay yesterday and towed her to Selvick, two days after the ferry ran aground on a sandbank off Brannock Point.');
  const facts = storyFacts([aground, refloated]);
  // Read on Saturday 12: "yesterday" is the Friday of the refloating, told in its own words ("tugs", "refloated", "orla",
  // "quay", "towed", "selvick"); the offset places the grounding on Wednesday, told in its clause's words ("ferry",
  // "aground", "sandbank", "brannock", "point").
  const saturday = readOn(onDay(roundup, '2025-04-12'), roundup.analysis, facts, roundup.doc.text);
  assert.equal(saturday.toldAlike, 1);
  assert.equal(saturday.toldWords, 6 + 5);
  assert.equal(saturday.sharedDays, 2);
  // Read on Friday 11, "yesterday" and the offset's main day are Thursday: no sentence of the story tells the grounding
  // on it, however many of its words the roundup's sentence holds.
  const friday = readOn(onDay(roundup, '2025-04-11'), roundup.analysis, facts, roundup.doc.text);
  assert.equal(friday.toldWords, 0);
});

// Tuesday 9 September 2025: a wildfire broke out above Brisk on Monday 8; Thursday 11: two men were arrested on Wednesday 10.
const outbreak = analysed('o', '2025-09-09', 'A wildfire broke out in the Corran Hills above the village of Brisk on Monday.');
const arrests = analysed('n', '2025-09-11', 'Police arrested two men on Wednesday on suspicion of starting the wildfire.');

test('the words of a present-perfect relative clause tell nothing of the day its sentence states', () => {
  const facts = storyFacts([outbreak, arrests]);
  const page = analysed('q', null, 'Police arrested two men yesterday on suspicion of starting the wildfire that has ravaged the Corran Hills above the village of Brisk.');
  // Read on Tuesday 9, "yesterday" is the Monday of the outbreak; what the fire "has ravaged" is no telling of that day.
  assert.equal(readOn(onDay(page, '2025-09-09'), page.analysis, facts, page.doc.text).toldWords, 0);
  // Read on Thursday 11, "yesterday" is the arrests' Wednesday, told in "police", "arrested", "suspicion", "starting", "wildfire".
  assert.equal(readOn(onDay(page, '2025-09-11'), page.analysis, facts, page.doc.text).toldWords, 5);
});

test('"on Wednesday, four days after the regatta" of a regatta told "on Saturday": a day that puts that Wednesday elsewhere contradicts the text', () => {
  const lab = analysed('q', null, 'Divers found the wreck of the yacht that sank at the Kessvander regatta on Saturday, the coastguard said on Wednesday, '
    + 'four days after the regatta.');
  // Read on Monday 24 August 2026, "on Wednesday" is the 19th, before the Saturday it is said to follow by four days.
  assert.equal(offsetBeliesWeekday(onDay(lab, '2026-08-24'), lab.doc.text), true);
  // Read on Thursday 27 August, it is the 26th: Saturday 22 and four days.
  assert.equal(offsetBeliesWeekday(onDay(lab, '2026-08-27'), lab.doc.text), false);
  // Weekdays that do not lie that many days apart say nothing ("on Friday, two days after" a Saturday regatta).
  const other = analysed('r', null, 'The yacht sank at the Kessvander regatta on Saturday, and the coastguard found it on Friday, two days after the storm.');
  assert.equal(offsetBeliesWeekday(onDay(other, '2026-08-24'), other.doc.text), false);
});
