import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { splitSentences } from '../sentences/index.ts';
import type { AnalysisContext } from '../context.ts';
import { clauseEventTypes, clauses, findClaims, findNumbers, keyTerms, triggerTerms } from './index.ts';

test('spelled and hyphenated quantities are normalised', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('After a three-hour meeting they left.'), [[3, 'hour']]);
  assert.deepEqual(n('Talks of ninety minutes ended.'), [[90, 'minute']]);
  // A fraction told after a length of time is part of it.
  assert.deepEqual(n('The rescue took an hour and a half, the charity said.'), [[1.5, 'hour']]);
  assert.deepEqual(n('He was jailed for a year and a half in 2019.'), [[1.5, 'year']]);
  // A clock time told in words is a time of day, no count ("ten past seven" is no figure of ten); "from ten to twelve boats" is a range.
  assert.deepEqual(n('The fans started at ten past seven, the operator said.'), [[430, 'clock']]);
  assert.deepEqual(n('It was half past two when 40 passengers were still aboard.'), [[150, 'clock'], [40, 'passenger']]);
  assert.deepEqual(n('They moved from ten to twelve boats.'), [[12, 'boat']]);
  assert.deepEqual(n('Fourteen Talvari fishermen and seventeen crew went home.'), [[14, 'fishermen'], [17, 'crew']]);
  assert.deepEqual(n('Some 1,200 troops, $5 million and a dozen drones in 2024.'), [[1200, 'troop'], [5e6, 'dollar'], [12, 'drone']]);
});

test('checkable sentences become claims with kind, numbers and key terms', () => {
  const text = 'Hello there. The leaders held talks lasting three hours in the capital. '
    + 'The foreign minister said the visit was a success for both nations. Nice weather today, everyone agrees.';
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null };
  const claims = findClaims(ctx);
  assert.deepEqual(claims.map((c) => c.kind), ['number', 'attribution']);
  assert.deepEqual(claims[0]!.numbers.map((x) => [x.value, x.unit]), [[3, 'hour']]);
  assert.ok(keyTerms(claims[0]!.text).includes('talk'));
  // Near-synonyms news paraphrases swap are one key term.
  assert.deepEqual(keyTerms('opens the port to vessels'), keyTerms('allows the port to ships'));
  assert.deepEqual(keyTerms('the board opened an inquiry'), keyTerms('the board opened an investigation'));
  assert.deepEqual(keyTerms('an enquiry began'), keyTerms('an inquiry began'));
  // A unit's American spelling is the British one's word.
  assert.deepEqual(keyTerms('a pipe 30 centimeters wide'), keyTerms('a pipe 30 centimetres wide'));
  assert.deepEqual(keyTerms('eight millimeters of rain'), keyTerms('eight millimetres of rain'));
  // British and American spellings, doubled consonants and "-able" stem alike.
  assert.deepEqual(keyTerms('the signalling gate was reachable'), keyTerms('the signaling gate was reached'));
  assert.deepEqual(keyTerms('patients admitted'), keyTerms('patient admits'));
  assert.deepEqual(keyTerms('the roof collapse'), keyTerms('the roof collapsed'));
  assert.deepEqual(keyTerms('a fishing licence'), keyTerms('fishing licenses'));
  // An irregular past or participle is its verb: "never saw the survey" / "has never seen the survey".
  assert.deepEqual(keyTerms('he never saw the survey'), keyTerms('he has never seen the survey'));
  assert.deepEqual(keyTerms('the regulator took control'), keyTerms('control was taken by the regulator'));
  assert.deepEqual(keyTerms('sent emergency power'), keyTerms('sending emergency power'));
  assert.deepEqual(keyTerms('the inspectors had known'), ['inspector', 'know']);
});

test('a short past is the word its base is, a short plural or third person is not', () => {
  assert.deepEqual(keyTerms('Harlow Lines was fined'), keyTerms('the Harlow Lines fine'));
  assert.deepEqual(keyTerms('the crew freed'), keyTerms('the crew free'));
  assert.deepEqual(keyTerms('the strike aimed'), keyTerms('the strike aim'));
  assert.deepEqual(keyTerms('the dock workers urged'), keyTerms('the dock workers urge'));
  assert.deepEqual(keyTerms('the parties agreed'), keyTerms('the parties agree'));
  assert.deepEqual(keyTerms('the harbour committee'), keyTerms('the harbour committees'));
  // "died" is still counted with the dead.
  assert.deepEqual(keyTerms('twelve died'), keyTerms('twelve dead'));
  // Words that only end like a past keep their own form.
  assert.deepEqual(keyTerms('the shed needs seed'), ['need', 'seed', 'shed']);
  assert.notDeepEqual(keyTerms('the firm runs'), keyTerms('the firm run'));
});

test('a possessive is the noun it is of', () => {
  assert.deepEqual(keyTerms("Harnvale's board"), keyTerms('the Harnvale board'));
  assert.deepEqual(keyTerms("the dockers' union"), keyTerms('the dockers union'));
  assert.deepEqual(keyTerms("the cement house's shares"), ['cement', 'hous', 'shar']);
});

test('a sentence splits into clauses at commas and openers, never inside quotes', () => {
  const t = 'Orsenna and Talvar signed a maritime accord in Calvero on Wednesday after talks of ninety minutes, officials said "slowly, carefully, in good faith" to reporters.';
  const parts = clauses(t, { start: 0, end: t.length }).map((c) => t.slice(c.start, c.end));
  assert.deepEqual(parts, [
    'Orsenna and Talvar signed a maritime accord in Calvero on Wednesday',
    'after talks of ninety minutes',
    'officials said "slowly, carefully, in good faith" to reporters.',
  ]);
});

test('"and that" opens a second reported fact, outside quotes only', () => {
  const cut = (t: string): string[] => clauses(t, { start: 0, end: t.length }).map((c) => t.slice(c.start, c.end));
  assert.deepEqual(cut('The report found that the ferry Quendral Star was two miles off its planned course and that the officer on watch had switched off the depth alarm.'), [
    'The report found that the ferry Quendral Star was two miles off its planned course',
    'and that the officer on watch had switched off the depth alarm.',
  ]);
  assert.deepEqual(cut('"The evidence shows that the Quendral Star left port overloaded and that warnings were ignored" the prosecutor told reporters.'), [
    '"The evidence shows that the Quendral Star left port overloaded and that warnings were ignored" the prosecutor told reporters.',
  ]);
});

test('a thousands separator is no clause break; "and" before a second figure is; an attribution tag is not', () => {
  const t = 'At least 14 people were killed and about 12,000 were forced from their homes on Tuesday, the civil protection service said.';
  assert.deepEqual(clauses(t, { start: 0, end: t.length }).map((c) => t.slice(c.start, c.end)), [
    'At least 14 people were killed',
    // A trailing "X said." attributes the clause before and stays with it.
    'and about 12,000 were forced from their homes on Tuesday, the civil protection service said.',
  ]);
});

test('"and" before another counter, a counting verb and a figure opens that counter\'s own count', () => {
  const t = 'On the third day the guild counted 212 barges on the canal and the lock office counted 150.';
  const figures = [t.indexOf('212'), t.indexOf('150')];
  assert.deepEqual(clauses(t, { start: 0, end: t.length }, figures).map((c) => t.slice(c.start, c.end)), [
    'On the third day the guild counted 212 barges on the canal',
    'and the lock office counted 150.',
  ]);
  // Without a figure after the verb, "and" + a subject opens nothing.
  const v = 'The guild counted 212 barges on the canal and the lock office said so too.';
  assert.deepEqual(clauses(v, { start: 0, end: v.length }, [v.indexOf('212')]).map((c) => v.slice(c.start, c.end)), [v]);
});

test('"and" before a count in words and a verb opens a second predicate with its own count', () => {
  const t = 'The search ended after six days in which 27 climbers were brought down and three were found dead, the mountain guard said.';
  const figures = [t.indexOf('27'), t.indexOf('three')];
  assert.deepEqual(clauses(t, { start: 0, end: t.length }, figures).map((c) => t.slice(c.start, c.end)), [
    'The search ended after six days in which 27 climbers were brought down',
    'and three were found dead, the mountain guard said.',
  ]);
  // A state in the present goes with the toll it is told beside.
  const v = 'Nine people have died and two are still missing, the mountain guard said.';
  assert.deepEqual(clauses(v, { start: 0, end: v.length }, [v.indexOf('Nine'), v.indexOf('two')]).map((c) => v.slice(c.start, c.end)), [v]);
  // A count in words that is no subject of its own ("between two and three hours") opens nothing.
  const u = 'The climbers waited between two and three hours for the guard.';
  assert.deepEqual(clauses(u, { start: 0, end: u.length }, [u.indexOf('two'), u.indexOf('three')]).map((c) => u.slice(c.start, c.end)), [u]);
});

test('a bare figure counts what was counted just before; -ing words before the unit are skipped', () => {
  const t = 'Kastel says 340 fishing licences were issued, not the 210 claimed by Serapol.';
  assert.deepEqual(findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]), [[340, 'licence'], [210, 'licence']]);
  const u = 'Serapol says only 210 have been honoured.';
  assert.deepEqual(findNumbers(u, { start: 0, end: u.length }, [], 'licence').map((x) => [x.value, x.unit]), [[210, 'licence']]);
  assert.deepEqual(findNumbers(u, { start: 0, end: u.length }, []).map((x) => [x.value, x.unit]), []);
  // What "it" or "the figure" was counts the thing counted before; a small one may be anything.
  const v = 'The union put the march at 6,000; the council said it was about 1,300.';
  assert.deepEqual(findNumbers(v, { start: 0, end: v.length }, []).map((x) => [x.value, x.unit]), [[6000, 'march'], [1300, 'march']]);
  const w = 'The number the council gives is 1,300.';
  assert.deepEqual(findNumbers(w, { start: 0, end: w.length }, [], 'person').map((x) => [x.value, x.unit]), [[1300, 'person']]);
  // "two of them" picks from what was just counted, however few.
  const part = 'Guards held 30 sailors overnight, and two of them were charged with smuggling.';
  assert.deepEqual(findNumbers(part, { start: 0, end: part.length }, []).map((n) => [n.value, n.unit]), [[30, 'sailor'], [2, 'sailor']]);
  const x = 'He said it was 9 in the morning.';
  assert.deepEqual(findNumbers(x, { start: 0, end: x.length }, [], 'person').map((n) => [n.value, n.unit]), []);
});

test('shares are figures in percent, however written', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('The new contract raises fares by 6 percent.'), [[6, 'percent']]);
  assert.deepEqual(n('Turnout was 64.5% against 58% in 2021.'), [[64.5, 'percent'], [58, 'percent']]);
  assert.deepEqual(n('The board offered nine per cent to 200 drivers.'), [[9, 'percent'], [200, 'driver']]);
});

test('fractions belong to their whole number', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('He served 4 1/2 months in prison.'), [[4.5, 'month']]);
  assert.deepEqual(n('He served 4½ months in prison.'), [[4.5, 'month']]);
  assert.deepEqual(n('He served four and a half months in prison.'), [[4.5, 'month']]);
});

test('a day or year count is a figure when it measures a length held, served or imposed, not when it places a time', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('The dockers were held in detention for twelve days.'), [[12, 'day']]);
  assert.deepEqual(n('A Tessaly court sentenced the ferry captain to three years.'), [[3, 'year']]);
  assert.deepEqual(n('Orvan Pell faces 15 years behind bars.'), [[15, 'year']]);
  assert.deepEqual(n('Mira Holt served eight years in prison for the fraud.'), [[8, 'year']]);
  // A count after "after" that ends its clause is how long what ended had lasted; so is one told as held in captivity or as hostages.
  assert.deepEqual(n('The Dorrest aid workers were freed after eleven days.'), [[11, 'day']]);
  assert.deepEqual(n('The Ulvessa crew were released after nine days as hostages.'), [[9, 'day']]);
  assert.deepEqual(n('Six weeks later the engineer told of four years in captivity.'), [[6, 'week'], [4, 'year']]);
  assert.deepEqual(n('Five days in the hands of the gang, and still no word home.'), [[5, 'day']]);
  // Counts that place a time stay no figure.
  assert.deepEqual(n('After two days of talks the Morthal unions signed.'), []);
  assert.deepEqual(n('The Lisbarra bakery reopened after two days without flour.'), []);
  assert.deepEqual(n('Two days after the vote the council met again.'), []);
  assert.deepEqual(n('Four years ago the mill in Brenmoor closed.'), []);
  assert.deepEqual(n('It was the first strike in 30 years.'), []);
});

test('a sentence with nothing but a measured length is still a claim', () => {
  const text = 'The court heard the case in the morning. Both men were detained in custody for ninety days.';
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null };
  const claims = findClaims(ctx).filter((c) => c.text.startsWith('Both men'));
  assert.deepEqual(claims.map((c) => [c.kind, c.numbers.map((x) => [x.value, x.unit])]), [['number', [[90, 'day']]]]);
});

test('dependent pieces and verbless phrases are context, not claims; a figure makes any piece a claim', () => {
  const text = 'After the election in 2018, the harbour master Kel Brant joined the port board of Pellwood. '
    + 'In the interview with the Harbor Sun, Brant denied taking money from the Osk shipping line. '
    + 'The board met on Friday, after a three-hour delay, and approved the budget of the Pellwood port.';
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const entities = [{ type: 'person' as const, name: 'Kel Brant', aliases: ['Brant'], roles: [] }, { type: 'place' as const, name: 'Pellwood', aliases: [], roles: [] }];
  const mentions = [...text.matchAll(/Kel Brant|Brant|Pellwood/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], entity: m[0] === 'Pellwood' ? 1 : 0 }));
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities, mentions, quotes: [], dates: [], publishedAt: null };
  const texts = findClaims(ctx).map((c) => c.text);
  assert.ok(!texts.some((t) => t.startsWith('After the election')), texts.join(' | '));
  assert.ok(!texts.some((t) => t.startsWith('In the interview')), texts.join(' | '));
  assert.ok(texts.some((t) => t.startsWith('the harbour master Kel Brant joined')), texts.join(' | '));
  assert.ok(texts.includes('after a three-hour delay'), texts.join(' | '));
});

test('"Osrabel Dallowquin, who runs the port," only says who the speaker is: no claim; what she then says is one', () => {
  const text = 'Osrabel Dallowquin, who runs the Pellwood port authority, said: "Every ship that wanted to leave has left."';
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const entities = [{ type: 'person' as const, name: 'Osrabel Dallowquin', aliases: [], roles: [] }, { type: 'place' as const, name: 'Pellwood', aliases: [], roles: [] }];
  const mentions = [...text.matchAll(/Osrabel Dallowquin|Pellwood/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], entity: m[0] === 'Pellwood' ? 1 : 0 }));
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities, mentions, quotes: [], dates: [], publishedAt: null };
  const texts = findClaims(ctx).map((c) => c.text);
  assert.ok(!texts.some((t) => t.startsWith('Osrabel Dallowquin, who runs')), texts.join(' | '));
  assert.ok(texts.some((t) => t.includes('Every ship that wanted to leave')), texts.join(' | '));
});

test('"as" + a pronoun + what that one was doing is a claim of its own; another "as" piece stays context', () => {
  const text = 'Customs officers detained the trader Brevitt Ransk at Pellwood harbour late on Friday as he was about to board a ferry to Osk, the coastguard said. '
    + 'The harbour master closed all 3 quays to shipping as expected by the pilots.';
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null };
  assert.deepEqual(findClaims(ctx).map((c) => c.text), [
    'Customs officers detained the trader Brevitt Ransk at Pellwood harbour late on Friday',
    'as he was about to board a ferry to Osk, the coastguard said.',
    'The harbour master closed all 3 quays to shipping as expected by the pilots.',
  ]);
});

test('toll figures count the dead; machine-translated plurals and scales are read', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('The death toll from the collapse rose to 23 on Wednesday, officials said.'), [[23, 'dead']]);
  // Someone's estimate of the toll: "put the death toll at three".
  assert.deepEqual(n('The Pellwoodian interior ministry put the death toll at three and blamed the rebels.'), [[3, 'dead']]);
  assert.deepEqual(n('The inquiry report puts the number injured at 16.'), [[16, 'person']]);
  assert.deepEqual(n('According to the civil protection, died 27 Persons and four Helicopters came.'), [[27, 'person'], [4, 'helicopter']]);
  assert.deepEqual(n('about 12 Thousands of Inhabitants have left their Houses'), [[12000, 'inhabitant']]);
  // An irregular plural capitalised is what is counted, not the verb after it.
  assert.deepEqual(n('In the Town 32 People remain in the Hospital after the Infection.'), [[32, 'person']]);
  assert.deepEqual(n('The Government will give 25 Millions of Euro for the Restoration.'), [[25e6, 'euro']]);
});

test('spelled hundreds with their tens', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('Three hundred and forty people have been lifted out since Tuesday.'), [[340, 'person']]);
});

test('a decimal comma before a scale word is a decimal point; a thousands comma is not', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('this are about 4,5 Millions of Dollars.'), [[4_500_000, 'dollar']]);
  assert.deepEqual(n('about 4,500 passengers were stranded'), [[4500, 'passenger']]);
});

test('an estimate counts what it is of: the crowd, the number of deaths, the figure the text counted before', () => {
  const units = (text: string): string[] => findNumbers(text, { start: 0, end: text.length }, [], 'fishermen').map((n) => `${n.value} ${n.unit}`);
  assert.deepEqual(units('Police estimated the crowd at about 1,200.'), ['1200 crowd']);
  assert.deepEqual(units('The hospital puts the number of deaths at nine.'), ['9 death']);
  // ... with a word that says which of them ("the number of sick passengers"): still what the number is of.
  assert.deepEqual(units('The ferry line put the number of sick passengers at 143 and said most had recovered.'), ['143 passenger']);
  assert.deepEqual(units('The council puts the number of damaged homes at about 60.'), ['60 home']);
  assert.deepEqual(units('Serapol puts the figure at fourteen.'), ['14 fishermen']);
  // A figure word with a word that says whose or which figure it is gives a rival figure of the same thing.
  assert.deepEqual(units('but the families say the real number is nearly 30, because the list leaves out crews.'), ['30 fishermen']);
  assert.deepEqual(units("the union's figure was 45."), ['45 fishermen']);
  assert.deepEqual(units('The regulator recalled three batches and 2,4 Milliards of Crowns were lost.'), ['3 batch', '2400000000 crown']);
  // A scaled sum without its unit answers an earlier figure only of its own order: millions of the hours told before are none.
  const after = (text: string, value: number, unit: string): string[] =>
    findNumbers(text, { start: 0, end: text.length }, [], unit, [{ start: 0, end: 1, value, unit }]).map((n) => `${n.value} ${n.unit}`);
  assert.deepEqual(after('The Ulvessa gang wanted nine million at the start.', 3, 'hour'), []);
  assert.deepEqual(after('The auditors still say 1,8 Milliards, because of the fraud.', 2.4e9, 'crown'), ['1800000000 crown']);
  // A spelled figure that counts what the text counted before keeps its rest ("one hundred and twenty", not 100).
  assert.deepEqual(units('A first team of forty, and the inspectorate will reach one hundred and twenty by the spring.'), ['40 team', '120 team']);
});

test('a sentence that dates something to a day is a claim even without a figure, an event or two names', () => {
  const text = 'Bids for the cable contract are due by Sunday, March 7. Nobody in the city would explain the gap to me.';
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: '2027-01-22',
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const at = text.indexOf('Sunday, March 7');
  const dates = [{ start: at, end: at + 'Sunday, March 7'.length, text: 'Sunday, March 7', date: { value: '2027-03-07', precision: 'day' as const }, method: 'weekday' }];
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates, publishedAt: '2027-01-22' };
  assert.deepEqual(findClaims(ctx).map((c) => [c.kind, c.text]), [['description', 'Bids for the cable contract are due by Sunday, March 7.']]);
});

test('casualties denied ("and that no one was hurt") are a claim, however few their words', () => {
  const text = 'The board said ash came down over about 4 square kilometres, most of it at sea off Dorrow, and that no one was hurt. '
    + 'Nobody was injured in the Quorringdale blast. The Dorrow mayor was pleased.';
  const doc: CleanDocument = {
    id: 'n', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null };
  const texts = findClaims(ctx).map((c) => c.text);
  assert.ok(texts.includes('and that no one was hurt.'));
  assert.ok(texts.includes('Nobody was injured in the Quorringdale blast.'));
  assert.ok(!texts.some((t) => t.startsWith('The Dorrow mayor')));
});

test('a why-question states what it asks about; other questions state nothing', () => {
  const text = 'Why did the harbour board inspect only one crane in five? Will the board resign over the 12 cranes this week?';
  const doc: CleanDocument = {
    id: 'q', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null };
  assert.deepEqual(findClaims(ctx).map((c) => c.text), ['Why did the harbour board inspect only one crane in five?']);
  assert.ok(!keyTerms('Why did the board skip it?').includes('why'));
});

test('a scale abbreviated onto a sum of money counts ("$4m", "€2.5bn", "£300k"); a bare "4m" is a length, not a sum', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('The gang demanded a ransom of $4m for the two engineers.'), [[4e6, 'dollar'], [2, 'engineer']]);
  assert.deepEqual(n('The pension fund lost €2.5bn in the crash.'), [[2.5e9, 'euro']]);
  assert.deepEqual(n('The council paid £300k to the builders.'), [[3e5, 'pound']]);
  assert.deepEqual(n('Workers built a 4m wall around the depot.'), []);
});

test('one sum of money however written: sign or ISO code, abbreviation or word, scales in words and fractions of a scale', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit, t.slice(x.start, x.end)]);
  assert.deepEqual(n('Teskel Mutual lost €1.2bn last year.'), [[1.2e9, 'euro', '€1.2bn']]);
  assert.deepEqual(n('Teskel Mutual lost 1.2 billion euros last year.'), [[1.2e9, 'euro', '1.2 billion euros']]);
  assert.deepEqual(n('Teskel Mutual lost EUR 1,200 million last year.'), [[1.2e9, 'euro', 'EUR 1,200 million']]);
  assert.deepEqual(n('Teskel Mutual lost EUR1.2bn and 1.2bn euros.').map((x) => x[0]), [1.2e9, 1.2e9]);
  assert.deepEqual(n('The fine was CHF 12 million, or 1.2 billion EUR in all.').map((x) => [x[0], x[1]]), [[12e6, 'franc'], [1.2e9, 'euro']]);
  assert.deepEqual(n('Savers took out almost half a billion marevs.'), [[5e8, 'marev', 'half a billion marevs']]);
  assert.deepEqual(n('It owes a quarter of a billion dollars.'), [[2.5e8, 'dollar', 'a quarter of a billion dollars']]);
  assert.deepEqual(n('Only a hundred thousand marevs are safe.'), [[1e5, 'marev', 'a hundred thousand marevs']]);
  assert.deepEqual(n('A million people signed.'), [[1e6, 'person', 'A million people']]);
  // "m" is a million only on a sum; "bn" always.
  assert.deepEqual(n('They paid 40m dollars for a 4m crane and 1.2bn people watched.').map((x) => [x[0], x[1]]), [[4e7, 'dollar'], [1.2e9, 'person']]);
});

test('a time of day is a figure in minutes after midnight ("7.15pm", "9.50 p.m.", "21:42"); a decimal without its half of the day is not', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('The coach left the depot at 7.15pm and crashed at 9.50 p.m. near Dunholt.'), [[1155, 'clock'], [1310, 'clock']]);
  assert.deepEqual(n('The alarm sounded at 21:42 on Friday.'), [[1302, 'clock']]);
  assert.deepEqual(n('Shares in the operator fell 9.42 points.'), [[9.42, 'point']]);
});

test('a bare count a verb acts on counts people; "others" count what was counted before', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit, t.slice(x.start, x.end)]);
  assert.deepEqual(n('The landslide killed 29 in the hill villages of Orvane.'), [[29, 'person', '29']]);
  assert.deepEqual(n('Officers arrested 9 and fined 3.'), [[9, 'person', '9'], [3, 'person', '3']]);
  assert.deepEqual(n('The blast killed four people and injured 12 others.'), [[4, 'person', 'four people'], [12, 'person', '12 others']]);
  assert.deepEqual(n('Two barges sank and three others ran aground.'), [[2, 'barge', 'Two barges'], [3, 'barge', 'three others']]);
  // A bare figure no verb acts on stays no figure.
  assert.deepEqual(n('The council met 3 times and voted.'), []);
});

test('coordinated predicates with figures of their own are clauses of their own, however short', () => {
  const cut = (t: string): string[] => clauses(t, { start: 0, end: t.length }, findNumbers(t, { start: 0, end: t.length }, []).map((x) => x.start)).map((c) => t.slice(c.start, c.end));
  assert.deepEqual(cut('Officers arrested 9 and fined 3.'), ['Officers arrested 9', 'and fined 3.']);
  assert.deepEqual(cut('Shells hit Morrow overnight, killing at least five civilians and wounding 14, hospital staff said.'),
    ['Shells hit Morrow overnight', 'killing at least five civilians', 'and wounding 14, hospital staff said.']);
  assert.deepEqual(cut('The tremor destroyed 40 houses and displaced more than 1,200 residents.'), ['The tremor destroyed 40 houses', 'and displaced more than 1,200 residents.']);
  // A converted sum stays with the sum it converts.
  assert.deepEqual(cut('The port values the deal at 2.4 billion crowns (about $2.1 billion).'), ['The port values the deal at 2.4 billion crowns (about $2.1 billion).']);
});

test('a bare rival count after a count of the dead counts the dead', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('Orvane says four people died; the clinic said seven.'), [[4, 'person'], [7, 'dead']]);
  // Without a death the rival count counts what the first one did.
  assert.deepEqual(n('Police say 300 people marched; organisers said 2,000.'), [[300, 'person'], [2000, 'person']]);
  // A count of the arrested lends its act too, and "had" reports a figure as "said" does.
  assert.deepEqual(n('Police said 9 people were arrested; the Tenby Courier had 15.'), [[9, 'person'], [15, 'arrest']]);
});

test('after a semicolon a second report with a figure of its own is a clause of its own, however short its pieces', () => {
  const cut = (t: string): string[] => clauses(t, { start: 0, end: t.length }, findNumbers(t, { start: 0, end: t.length }, []).map((x) => x.start)).map((c) => t.slice(c.start, c.end));
  assert.deepEqual(cut('Harlow police said 9 people were arrested; the Courier, citing an agency, had 15.'),
    ['Harlow police said 9 people were arrested', 'the Courier, citing an agency, had 15.']);
  // A speaker whose figure goes on in a clause of its own stays where it stood.
  assert.deepEqual(cut('The clinic has said six since May; a parents\' group, Sennaby Kin, counts eight across the region.'),
    ['The clinic has said six since May; a parents\' group, Sennaby Kin', 'counts eight across the region.']);
});

test('figures in words and mixed forms: dozens, fractions of a whole, sentences and terms, models, groups', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [Math.round(x.value * 10) / 10, x.unit]);
  assert.deepEqual(n('More than two dozen trawlers were seized.'), [[24, 'trawler']]);
  assert.deepEqual(n('A dozen drones flew over Brenmoor.'), [[12, 'drone']]);
  assert.deepEqual(n('A third of the Orvane fleet stayed in port.'), [[33.3, 'percent']]);
  assert.deepEqual(n('Two-thirds of the members voted for the strike.'), [[66.7, 'percent']]);
  // A half or a quarter that places a time is no share.
  assert.deepEqual(n('Sales fell in the first half of the year.'), []);
  assert.deepEqual(n('The judge handed Pell a five-year sentence.'), [[5, 'year']]);
  assert.deepEqual(n('Holt was jailed for a year.'), [[1, 'year']]);
  // A length that is no sentence or term stays no figure.
  assert.deepEqual(n('Brenmoor and Orvane signed a 15-year accord.'), []);
  assert.deepEqual(n('The order covered all 11 KV-220s of the carrier.'), [[11, 'kv-220']]);
  assert.deepEqual(n('A team of forty, mostly engineers, reached the dam.'), [[40, 'team']]);
  assert.deepEqual(n('Nearly two thousand damaged ballots were set aside.'), [[2000, 'ballot']]);
  // A participle followed by a word that is no noun keeps its reading.
  assert.deepEqual(n('Some 1,200 marched down the avenue.'), [[1200, 'marched']]);
});

test('a dated predicate, an "after that" adverb and a speaker\'s short line are claims', () => {
  const make = (text: string, dates: AnalysisContext['dates'] = []): AnalysisContext => ({
    doc: { id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: '2027-01-22',
      dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null, language: 'en', url: null, text },
    sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates, publishedAt: '2027-01-22',
  });
  const dateAt = (text: string, d: string, value: string): AnalysisContext['dates'][number] => {
    const at = text.indexOf(d);
    return { start: at, end: at + d.length, text: d, date: { value, precision: 'day' as const }, method: 'month-day' };
  };
  const a = 'The hearing of the harbour master, Kel Brant, and his deputy, Ona Tay, opened on March 4 in Pellwood.';
  assert.ok(findClaims(make(a, [dateAt(a, 'March 4', '2027-03-04')])).some((c) => c.text.startsWith('opened on March 4')));
  const b = 'The vote was moved twice after that and the council now says March 9 in Pellwood.';
  assert.deepEqual(findClaims(make(b, [dateAt(b, 'March 9', '2027-03-09')])).map((c) => c.text), [b]);
  const c = 'KEL BRANT (recording): I signed that order myself.';
  assert.deepEqual(findClaims(make(c)).map((x) => [x.kind, x.text]), [['attribution', 'I signed that order myself.']]);
});

test('a margin, lead or majority of a bare figure counts what the text counted before', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('The count gave Sennaby Tolkers 10,412 votes and Tam Rusk 10,301, a margin of 111.'), [[10412, 'vote'], [111, 'vote']]);
  assert.deepEqual(findNumbers('The first count had given her a lead of 212.', { start: 0, end: 44 }, [], 'vote').map((x) => [x.value, x.unit]), [[212, 'vote']]);
});

test('paraphrases of starting, resigning and refusing are one key term each', () => {
  assert.deepEqual(keyTerms('the audit began'), keyTerms('the audit started'));
  assert.deepEqual(keyTerms('the audit begins'), keyTerms('the audit starts'));
  assert.deepEqual(keyTerms('Ona Tay quit'), keyTerms('Ona Tay resigned'));
  assert.deepEqual(keyTerms('the judge refused'), keyTerms('the judge rejected'));
});

test('detaining and arresting, snapping and breaking are one key term each', () => {
  assert.deepEqual(keyTerms('guards detained two smugglers'), keyTerms('guards arrested two smugglers'));
  assert.deepEqual(keyTerms('the Orvel crew was detained'), keyTerms('the Orvel crew arrest'));
  assert.deepEqual(keyTerms('a mast snapped off'), keyTerms('a mast broke off'));
  assert.deepEqual(keyTerms('the cable snaps'), keyTerms('the cable breaks'));
});

test('a bare figure coordinated after a count and followed by a place counts the same thing there', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('The lender has 38 branches in Brellmoor and three abroad.'), [[38, 'branch'], [3, 'branch']]);
  assert.deepEqual(n('The chain runs 12 shops in Tovany, two in Quenholt.'), [[12, 'shop'], [2, 'shop']]);
  // A place adverb is never what is counted, even with no count before it to borrow from.
  assert.deepEqual(n('Three abroad were told first.'), []);
});

test('a bare figure that picks some of what was counted before counts that, even after a verb acting on people', () => {
  const n = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('The gang holding six engineers in the hills released two of them'), [[6, 'engineer'], [2, 'engineer']]);
  // With nothing counted before, a released count is of people.
  assert.deepEqual(n('The gang released two on Monday'), [[2, 'person']]);
});

test('a sentence a source stands behind with a reporting verb other than "said" is an attributed claim', () => {
  const claimsOf = (text: string) => findClaims({
    doc: { id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
      dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null, language: 'en', url: null, text },
    sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null,
  }).map((c) => c.kind);
  assert.deepEqual(claimsOf('Passengers have described crates sliding across the upper deck of the barge.'), ['attribution']);
  assert.deepEqual(claimsOf('The harbour master insists the loading crane was inspected last spring.'), ['attribution']);
  assert.deepEqual(claimsOf('The site engineer admitted his team never weighed the loaded crates.'), ['attribution']);
  // No source stands behind a plain description: it is no claim without figure, event, date or two names.
  assert.deepEqual(claimsOf('Crates were sliding across the upper deck of the barge that evening.'), []);
});

test('a part of a whole spelled out in words counts the whole\'s unit ("three of the eleven lorries"); "of them" borrows nothing', () => {
  const n = (t: string, prev: string | null = null) => findNumbers(t, { start: 0, end: t.length }, [], prev).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('Three of the eleven lorries seized at the border were released on Friday.'), [[3, 'lorry'], [11, 'lorry']]);
  assert.deepEqual(n('Police said 12 of the 40 tractors had been repaired.'), [[12, 'tractor'], [40, 'tractor']]);
  assert.deepEqual(n('Only 90 of them were ever paid.', 'claim'), [[90, 'claim']]);
});

test('thousands grouped by a space are one figure; a day number before a count stays apart from it', () => {
  const n = (t: string, dates: { start: number; end: number }[] = []) => findNumbers(t, { start: 0, end: t.length }, dates).map((x) => [x.value, x.unit]);
  assert.deepEqual(n('In Pennick were sold approximately 6 800 Bottles of the Syrup.'), [[6800, 'bottle']]);
  assert.deepEqual(n('A crowd of 1 250 000 people lined the road to Quorsk.'), [[1250000, 'person']]);
  const march = 'On May 3 200 people marched through Quorsk.';
  assert.deepEqual(n(march, [{ start: 3, end: 8 }]), [[200, 'person']]);
});

test('a market move is worded by its verb alone: the shares are what moved, so a price "a share" words no move', () => {
  assert.deepEqual(triggerTerms('Varnby Paper\'s shares rose 2.1 percent to 40.15 marks.', 'market'), keyTerms('rose'));
  assert.ok(!triggerTerms('Varnby Paper\'s shares rose 2.1 percent to 40.15 marks.', 'market').some((t) => keyTerms('an offer of 41 marks a share').includes(t)));
});

test('the figure a clause rejects stays with the clause that rejects it', () => {
  const cut = (t: string): string[] => clauses(t, { start: 0, end: t.length }, findNumbers(t, { start: 0, end: t.length }, []).map((x) => x.start)).map((c) => t.slice(c.start, c.end));
  assert.deepEqual(cut('By our count the Quillerby line was shut for nearly eleven hours, not the seven the operator has given.'),
    ['By our count the Quillerby line was shut for nearly eleven hours, not the seven the operator has given.']);
  // A piece with a figure of its own stays a clause of its own.
  assert.equal(cut('The Osterfen depot honoured 210 permits in all, not the 340 permits the council has claimed in its report.').length, 2);
});

test('a chronology line dates its act however short ("2025-05-02 - barge raised"); a short line without its stamp says too little', () => {
  const text = 'Timeline of the salvage:\n2025-05-02 - Quessant barge raised\nBarge raised on May 2.\nThe crews went home.';
  const doc: CleanDocument = {
    id: 'k', source: 's', title: 't', outlet: null, byline: null, publishedAt: '2025-05-20',
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const day = (d: string) => { const at = text.indexOf(d); return { start: at, end: at + d.length, text: d, date: { value: '2025-05-02', precision: 'day' as const }, method: 'iso' }; };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [day('2025-05-02'), day('May 2')], publishedAt: '2025-05-20' };
  assert.deepEqual(findClaims(ctx).map((c) => c.text), ['2025-05-02 - Quessant barge raised']);
});

test('a clause told with an irregular past tense has its verb ("struck", "fled", "rose"): it stands as a claim beside the next clause', () => {
  const text = 'The freighter Orvenmark struck the Caldrey Bank on March 3 and spilled about 900 tonnes of diesel.';
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null };
  assert.deepEqual(findClaims(ctx).map((c) => c.text), ['The freighter Orvenmark struck the Caldrey Bank on March 3', 'and spilled about 900 tonnes of diesel.']);
});

test('"and" + an irregular past after a clause that holds a day tells a second act, a clause of its own', () => {
  const cut = (t: string, ...days: string[]): string[] =>
    clauses(t, { start: 0, end: t.length }, [], days.map((d) => t.indexOf(d))).map((c) => t.slice(c.start, c.end));
  // The day dates the signing, not the start: each act is checked on its own.
  assert.deepEqual(cut('The truce was signed in Pelvory on March 3 and took effect at midnight.', 'March 3'),
    ['The truce was signed in Pelvory on March 3', 'and took effect at midnight.']);
  assert.deepEqual(cut('Raiders entered the Quintrel depot on Monday night and met dock union leaders the next day.', 'Monday'),
    ['Raiders entered the Quintrel depot on Monday night', 'and met dock union leaders the next day.']);
  // Without a day before "and" the two predicates stay one clause ("lost an engine and made a landing").
  assert.deepEqual(cut('The Hellamy barge lost power near the weir and ran aground below the lock.'),
    ['The Hellamy barge lost power near the weir and ran aground below the lock.']);
  // A day after the second verb may date both acts: one clause.
  assert.deepEqual(cut('The Hellamy ferry capsized near the pier and sank on Thursday morning.', 'Thursday'),
    ['The Hellamy ferry capsized near the pier and sank on Thursday morning.']);
  // Nor does "and" + a form as often a noun split ("and cut").
  assert.deepEqual(cut('The strike closed the Dravos mill on May 2 and cut output by a third.', 'May 2'),
    ['The strike closed the Dravos mill on May 2 and cut output by a third.']);
});

test('findClaims gives the two acts of "signed on <day> and took effect" a claim each', () => {
  const text = 'The Pelvory truce was signed in Quintrel on March 3 and took effect at midnight.';
  const at = text.indexOf('March 3');
  const ctx: AnalysisContext = {
    doc: { id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: '2027-03-05',
      dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null, language: 'en', url: null, text },
    sentences: splitSentences(text), entities: [], mentions: [], quotes: [], publishedAt: '2027-03-05',
    dates: [{ start: at, end: at + 7, text: 'March 3', date: { value: '2027-03-03', precision: 'day' as const }, method: 'month-day' }],
  };
  assert.deepEqual(findClaims(ctx).map((c) => c.text), ['The Pelvory truce was signed in Quintrel on March 3', 'and took effect at midnight.']);
});

test('"into force" is "effect", a truce a ceasefire, and a predicate cut off by a participle phrase keeps its subject', () => {
  assert.deepEqual(keyTerms('the rules entered into force'), keyTerms('the rules entered into effect'));
  assert.ok(keyTerms('the ban remains in force').includes('effect'));
  assert.deepEqual(keyTerms('the truce held'), keyTerms('the ceasefire held'));
  const text = 'The Pelvory accord, signed in Quintrel on March 3, entered into force on March 5 at midnight.';
  const day = (d: string, value: string) => { const at = text.indexOf(d); return { start: at, end: at + d.length, text: d, date: { value, precision: 'day' as const }, method: 'month-day' }; };
  const ctx: AnalysisContext = {
    doc: { id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: '2027-03-06',
      dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null, language: 'en', url: null, text },
    sentences: splitSentences(text), entities: [], mentions: [], quotes: [], publishedAt: '2027-03-06',
    dates: [day('March 3', '2027-03-03'), day('March 5', '2027-03-05')],
  };
  const claims = findClaims(ctx);
  assert.deepEqual(claims.map((c) => c.text), ['The Pelvory accord, signed in Quintrel on March 3', 'entered into force on March 5 at midnight.']);
  // The predicate tells of the accord: its subject's words are its key terms too.
  assert.deepEqual(claims[1]!.keyTerms, ['accord', 'effect', 'enter', 'march', 'midnight', 'pelvory']);
});

test('a trigger word fused into a compound modifier types no event in a clause: "in the tornado-struck town" tells no tornado', () => {
  assert.deepEqual(clauseEventTypes('the mayor of Drellby declared an emergency in the tornado-struck town on Friday', ['disaster']), []);
  assert.deepEqual(clauseEventTypes('the tornado struck Drellby on Thursday', ['disaster']), ['disaster']);
  assert.deepEqual(triggerTerms('a tornado-struck farm, then the tornado crossed Drellby', 'disaster'), ['tornado']);
});

test('wounded, hurt and injured are one key term', () => {
  assert.deepEqual(keyTerms('nine villagers were wounded'), keyTerms('nine villagers were injured'));
  assert.deepEqual(keyTerms('nine villagers were hurt'), keyTerms('nine villagers were injured'));
});

test('"persons" and "people" are one key term', () => {
  assert.deepEqual(keyTerms('28 Persons were injured at Brellford'), keyTerms('28 people were injured at Brellford'));
  assert.deepEqual(keyTerms('one person drowned'), ['drown', 'peopl']);
});

test('an act denied with "no" is no event, yet the denial is a claim: "made no arrests"', () => {
  const text = 'Dock guards stood along the Mossendine pier and made no arrests. Dock guards stood along the Mossendine pier all evening.';
  const doc: CleanDocument = {
    id: 'n', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null };
  assert.deepEqual(findClaims(ctx).map((c) => [c.kind, c.text]), [['description', 'Dock guards stood along the Mossendine pier and made no arrests.']]);
});

test('"after" or "before" a time of day places the act and opens no clause', () => {
  const cut = (t: string): string[] => clauses(t, { start: 0, end: t.length }).map((c) => t.slice(c.start, c.end));
  assert.deepEqual(cut('The Ardenvale pumping station failed shortly after 2 a.m. on Thursday.'), ['The Ardenvale pumping station failed shortly after 2 a.m. on Thursday.']);
  assert.deepEqual(cut('Crews reached the Ostrand depot just before three in the morning.'), ['Crews reached the Ostrand depot just before three in the morning.']);
  assert.deepEqual(cut('The Varrin ferry left after 21.40 with 60 aboard.'), ['The Varrin ferry left after 21.40 with 60 aboard.']);
  // A clause after "after" still opens one.
  assert.deepEqual(cut('The Ardenvale pumping station failed shortly after the storm reached the coast.').length, 2);
});

test('a second person named in the subject ("and the safety chief, Ben Mott,") is no clause of its own', () => {
  const t = 'The arrests of the site manager, Ada Kestevan, and the safety chief, Ben Mottley, came on Friday in Quessel.';
  assert.deepEqual(clauses(t, { start: 0, end: t.length }).map((c) => t.slice(c.start, c.end)),
    ['The arrests of the site manager, Ada Kestevan, and the safety chief, Ben Mottley', 'came on Friday in Quessel.']);
  // "and" + a noun phrase not followed by a name stays a piece of its own.
  const u = 'Police closed the old bridge over the Ulverby, and the ferry to Quessel stopped running.';
  assert.deepEqual(clauses(u, { start: 0, end: u.length }).map((c) => u.slice(c.start, c.end)).length, 2);
});

test('a list of people named as objects after the verb is left to split', () => {
  const t = 'Officers detained the owner of the Quessel mill, Ada Kestevan, 52, and its chief engineer, Ben Mottley, 47, on Friday.';
  assert.ok(clauses(t, { start: 0, end: t.length }).length > 1);
});

test('a time of day the dates stage dated by the day told around it keeps its clock figure', async () => {
  const { TIME_OF_DAY_METHODS } = await import('../dates/index.ts');
  const text = 'Marchers reached Tessin on Saturday. The square was cleared by about half past twelve, the Garstang police said.';
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: '2026-07-20',
    dateProvenance: { method: 'meta', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const at = text.indexOf('by about half past twelve');
  const dates = [
    { start: text.indexOf('on Saturday'), end: text.indexOf('on Saturday') + 11, text: 'on Saturday', date: { value: '2026-07-18', precision: 'day' as const }, method: 'weekday before document date' },
    { start: at, end: at + 25, text: 'by about half past twelve', date: { value: '2026-07-18', precision: 'day' as const }, method: TIME_OF_DAY_METHODS.before },
  ];
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates, publishedAt: '2026-07-20' };
  const cleared = findClaims(ctx).find((c) => c.text.includes('cleared'));
  assert.deepEqual(cleared?.numbers.map((x) => [x.value, x.unit]), [[750, 'clock']]);
});

test('"on suspicion of" and "suspected of" tell one suspicion: one key term', () => {
  assert.deepEqual(keyTerms('was questioned on suspicion of bribery').filter((t) => t !== 'question'), keyTerms('is suspected of bribery'));
});

const claimsOf = (text: string): ReturnType<typeof findClaims> => {
  const doc: CleanDocument = {
    id: 'd', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  return findClaims({ doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null });
};

test('a named subject before a participle phrase between commas is the subject of the predicate after it', () => {
  const claims = claimsOf('Wendlecote Building Society, founded in 1911, has about 52,000 members in the Tollan valley.');
  const members = claims.find((c) => /52,000/.test(c.text))!;
  assert.ok(members.keyTerms.includes(keyTerms('Wendlecote')[0]!), members.keyTerms.join(' '));
});

test('a record told in apposition, with no verb of its own, is a claim of its own', () => {
  const texts = claimsOf('Bus drivers across Carrowmede walked out on Monday, the first national bus strike since 1987, leaving every depot in the county empty, the union said.').map((c) => c.text);
  assert.ok(texts.includes('the first national bus strike since 1987'), JSON.stringify(texts));
});

test('a share of those just named doing something ("some clutching photographs") is no claim of its own: it has no finite verb', () => {
  assert.deepEqual(claimsOf('Relatives of the crew waited all night outside the harbour office in Pollenwick, some clutching photographs of the missing, a port official said.').map((c) => c.text),
    ['Relatives of the crew waited all night outside the harbour office in Pollenwick']);
  assert.deepEqual(claimsOf('Hundreds of residents queued at the Dorrowby depot for water, many of them carrying empty bottles, the council said.').map((c) => c.text),
    ['Hundreds of residents queued at the Dorrowby depot for water']);
  // A figure keeps its clause a claim ("40 of them needing treatment" counts them).
  assert.deepEqual(claimsOf('Hundreds of residents queued at the Dorrowby depot for water, 40 of them needing treatment for heat, the council said.').map((c) => c.text),
    ['Hundreds of residents queued at the Dorrowby depot for water', '40 of them needing treatment for heat, the council said.']);
});

test('a closure with no end set ("is closed until further notice") is a claim: a page giving it a length contradicts it', () => {
  const text = 'The Ambervoy depot is closed until further notice. The Ambervoy depot is painted green.';
  const doc: CleanDocument = {
    id: 'n', source: 's', title: 't', outlet: null, byline: null, publishedAt: null,
    dateProvenance: { method: 'none', raw: null, inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const ctx: AnalysisContext = { doc, sentences: splitSentences(text), entities: [], mentions: [], quotes: [], dates: [], publishedAt: null };
  assert.deepEqual(findClaims(ctx).map((c) => [c.kind, c.text]), [['description', 'The Ambervoy depot is closed until further notice.']]);
});

test('"and said" + a figure after a first report opens a second fact of the same source', () => {
  const cut = (t: string): string[] => clauses(t, { start: 0, end: t.length }).map((c) => t.slice(c.start, c.end));
  assert.deepEqual(cut('The Skellbay coastguard gave the time as 04:40 and said 9 people had drowned.'),
    ['The Skellbay coastguard gave the time as 04:40', 'and said 9 people had drowned.']);
  assert.deepEqual(cut('Mayor Wenneth Kroon visited the shelter and said that seven families were still there.'),
    ['Mayor Wenneth Kroon visited the shelter', 'and said that seven families were still there.']);
});
