import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers, singular } from './_numbers.ts';

const n = (t: string): [number, string, string][] => findNumbers(t, { start: 0, end: t.length }, []).map((x) => [x.value, x.unit, t.slice(x.start, x.end)]);

test('a length in metres or kilometres is one measure, in metres; a speed keeps its words', () => {
  assert.deepEqual(n('The slide came down on a front some 600 metres wide.'), [[600, 'metre', '600 metres']]);
  assert.deepEqual(n('An avalanche almost two kilometres wide buried the village.'), [[2000, 'metre', 'two kilometres']]);
  assert.deepEqual(n('Oil washed onto 38 kilometers of the Tarnwick shore.'), [[38000, 'metre', '38 kilometers']]);
  assert.deepEqual(n('The wall is 4.5 meters high.'), [[4.5, 'metre', '4.5 meters']]);
  assert.deepEqual(n('Gusts reached 90 kilometres an hour.')[0], [90, 'kilometre', '90 kilometres an hour']);
});

test('a speed told in words takes in its hour: no length of time of an hour, no count per hour', () => {
  assert.deepEqual(n('The Dovrel tram hit the depot at 28 kilometres an hour.'), [[28, 'kilometre', '28 kilometres an hour']]);
  assert.deepEqual(n('Gusts at Tibbermoor Point reached 90 kilometers per hour.'), [[90, 'kilometre', '90 kilometers per hour']]);
  assert.deepEqual(n('The Dovrel crew walked 12 kilometres in the hour before dawn.'), [[12000, 'metre', '12 kilometres']]);
});

test('an area in square metres or square kilometres is one measure, in square metres, never a length', () => {
  assert.deepEqual(n('Ash fell over about 4 square kilometres near Dorrow.'), [[4000000, 'square metre', '4 square kilometres']]);
  assert.deepEqual(n('The Fragments have fallen on the Territory of 11 square Kilometers.'), [[11000000, 'square metre', '11 square Kilometers']]);
  assert.deepEqual(n('The hall covers 900 square meters.'), [[900, 'square metre', '900 square meters']]);
  assert.deepEqual(n('Ash fell 3 kilometres inland.'), [[3000, 'metre', '3 kilometres']]);
});

test('how many times an act counted as things was done, in digits or words, counts those things', () => {
  assert.deepEqual(n('The Orlin survey has been cited 14 times since it appeared.'), [[14, 'citation', '14 times']]);
  assert.deepEqual(n('The Orlin survey drew 19 citations in other papers.'), [[19, 'citation', '19 citations']]);
  assert.deepEqual(n('The ferry clip was viewed more than 40,000 times.'), [[40000, 'view', '40,000 times']]);
  assert.deepEqual(n('The survey was cited twice in the report.'), [[2, 'citation', 'twice']]);
  assert.deepEqual(n('The crew met 3 times before the launch.'), []);
});

test('how many times a thing was done, in words, is a count of times', () => {
  assert.deepEqual(n('Its repair was postponed twice to save money.'), [[2, 'time', 'twice']]);
  assert.deepEqual(n('The Brisholt council had postponed the repair three times to save money.'), [[3, 'time', 'three times']]);
  // A multiple or a rate is no count of occasions.
  assert.deepEqual(n('The new fleet is twice as large.'), []);
  assert.deepEqual(n('Prices rose three times faster than wages.'), []);
  assert.deepEqual(n('The ferry to Brisholt sails twice a day.'), []);
  assert.deepEqual(n('The bill is three times the estimate.'), []);
  assert.deepEqual(n('He was stopped two or three times.'), []);
  // Idioms and figures in digits are left alone.
  assert.deepEqual(n('One of the crew had tried a couple of times.'), []);
  assert.deepEqual(n('The council met 3 times and voted.'), []);
});

test('a finite verb in the past after a figure is what the counted thing did, never the thing counted', () => {
  assert.deepEqual(n('An earthquake of magnitude 5.9 struck Quessany before dawn.'), []);
  assert.deepEqual(n('A day after a quake of magnitude 6.2 brought down the Tarrowbeck bridge.'), []);
  assert.deepEqual(n('About 300 people went home to Helmsgrove.'), [[300, 'person', '300 people']]);
});

test('a bare count told to be missing or in hospital counts people, however small', () => {
  assert.deepEqual(n('The agency said 14 people had been killed and 9 were missing.'), [[14, 'person', '14 people'], [9, 'person', '9']]);
  assert.deepEqual(n('Thirty-three people are now known to have died and two are still missing.'), [[33, 'person', 'Thirty-three people'], [2, 'person', 'two']]);
  // A small bare figure told of nothing only people are stays unread ("two were", a pronoun).
  assert.deepEqual(n('Of the ferries, two were late.'), []);
});

test('a bare count told in the passive of what only people undergo counts people', () => {
  assert.deepEqual(n('Lifeboats reached the Drobbery Star within the hour, and six had been rescued by dawn.'), [[6, 'person', 'six']]);
  assert.deepEqual(n('After three were killed in Tessby, two were arrested.'), [[3, 'person', 'three'], [2, 'person', 'two']]);
  // A passive of what things undergo too stays unread.
  assert.deepEqual(n('Of the ferries, two were damaged.'), []);
});

test('an adjective between a figure and a plural noun qualifies the noun, which is what is counted', () => {
  assert.deepEqual(n('The port health authority counted 212 sick passengers.'), [[212, 'passenger', '212 sick passengers']]);
  assert.deepEqual(n('The council housed 40 elderly residents in the school.'), [[40, 'resident', '40 elderly residents']]);
});

test('a singular noun between a count and a plural noun says what kind: the plural is what is counted', () => {
  assert.deepEqual(n('The contract covers 37 county clinics in the north.'), [[37, 'clinic', '37 county clinics']]);
  assert.deepEqual(n('Officials set aside 1,840 ballot papers.'), [[1840, 'paper', '1,840 ballot papers']]);
  assert.deepEqual(n('Lowmere cut 14 tram routes last year.'), [[14, 'route', '14 tram routes']]);
  // a measure keeps its word
  assert.deepEqual(n('Prices of 40 percent shares fell.').map((x) => x[1]), ['percent']);
});

test('a noun or compound between a describing word and a plural says what kind: the plural is what is counted', () => {
  assert.deepEqual(n('Four Vellish water bombers have flown since Monday.'), [[4, 'bomber', 'Four Vellish water bombers']]);
  assert.deepEqual(n('Two Vellish water-bomber planes began dropping water.'), [[2, 'plane', 'Two Vellish water-bomber planes']]);
  assert.deepEqual(n('Twelve Umbrel fishing boats sank off Ravelin Point.'), [[12, 'boat', 'Twelve Umbrel fishing boats']]);
  // A describing word before the plural itself is unchanged.
  assert.deepEqual(n('Twelve Umbrel trawlers sank off Ravelin Point.'), [[12, 'trawler', 'Twelve Umbrel trawlers']]);
});

const after = (t: string, prev: [number, string][]): [number, string][] =>
  findNumbers(t, { start: 0, end: t.length }, [], prev.at(-1)?.[1] ?? null, prev.map(([value, unit]) => ({ start: 0, end: 0, value, unit })))
    .map((x) => [x.value, x.unit]);

test('a bare figure that answers a count counts what the nearest count of its order counts, not a part named beside it', () => {
  // "Orlwick Lines" is invented: "...212 passengers and 31 crew taken ill. The cruise line still says 143."
  assert.deepEqual(after('Orlwick Lines still says 143.', [[212, 'passenger'], [31, 'crew']]), [[143, 'passenger']]);
  assert.deepEqual(after('The port authority counted 212 sick passengers; the line still says 143.', []), [[212, 'passenger'], [143, 'passenger']]);
  // "as many as" before a reported figure: "police confirmed two drones ... it counted as many as six".
  assert.deepEqual(after('The operator has said it counted as many as six.', [[2, 'drone']]), [[6, 'drone']]);
});

test('a bare figure with a decimal part answers no earlier count of whole things', () => {
  // Invented: a reading of 4.7 is a measure (a magnitude), not a count of observatories.
  assert.deepEqual(n('The two observatories still disagree. The Kelvaran Observatory says 4.7, the Ostrelby station says 5.3.'),
    [[2, 'observatory', 'two observatories']]);
  assert.deepEqual(after('The Kelvaran Observatory says 4.7.', [[2, 'observatory']]), []);
  // Whole figures still answer the count; a measure given with a decimal part is still answered.
  assert.deepEqual(after('The Kelvaran Observatory says 14.', [[2, 'observatory']]), [[14, 'observatory']]);
  assert.deepEqual(n('The river rose 4.2 metres on Monday. The Ostrelby station says 3.9.').map((x) => x.slice(0, 2)), [[4.2, 'metre'], [3.9, 'metre']]);
});

test('a bare figure after a count named by what it counts, in its own sentence, counts that thing', () => {
  // The sentence before counted bombers: "52 had been lost" answers the count of homes the sentence names.
  assert.deepEqual(after("The mayor disputed the fire service's count of destroyed homes, telling Radio Ravelin that 52 had been lost.", [[4, 'bomber']]), [[52, 'home']]);
  assert.deepEqual(after('Police questioned the number of seized boats, saying 14 were stolen.', []), [[14, 'boat']]);
  // Without a named count the figure still counts what the text counted before.
  assert.deepEqual(after('The mayor disputed that, telling Radio Ravelin that 52 had been lost.', [[41, 'home']]), [[52, 'home']]);
});

test('rival figures reported after a count of people named by what happened to them count those people, not the things counted before', () => {
  // "Six barges are now ashore. And the count of the missing is still unclear: the Quellmarsh pilots say nine, ..."
  assert.deepEqual(after('And the count of the missing is still unclear: the Quellmarsh pilots say nine, the harbour board says seven, and more are feared.', [[6, 'barge']]),
    [[9, 'missing'], [7, 'missing']]);
  assert.deepEqual(after('The tally of the injured is disputed: the clinic says 14.', [[6, 'barge']]), [[14, 'injured']]);
  // Without a named count the rival figure still answers the count before it.
  assert.deepEqual(after('The dispute goes on: the Quellmarsh pilots say nine.', [[6, 'barge']]), [[9, 'barge']]);
});

test('a figure written as a time of day is a time, even where a rule would read its hour as a count', () => {
  assert.deepEqual(n('The harbour office puts the sinking at 9:14 pm.'), [[1274, 'clock', '9:14 pm.']]);
  assert.deepEqual(n('The parish council put the landslide at 4.38am.'), [[278, 'clock', '4.38am.']]);
  assert.deepEqual(n('The parish council put the landslide at 16:38.'), [[998, 'clock', '16:38']]);
  // A count is still a count.
  assert.deepEqual(n('Stewards put the crowd at 2,300.'), [[2300, 'crowd', '2,300']]);
});

test('a dotted time without its half is a time where a time is placed, not a level or a measure', () => {
  assert.deepEqual(n('The ferry office says the gate shut at 6.45 and the ramp rose at 21.52.'), [[405, 'clock', '6.45'], [1312, 'clock', '21.52']]);
  assert.deepEqual(n('The pumps did not start until 6.51, the warden said.'), [[411, 'clock', '6.51']]);
  assert.deepEqual(n('By the Data of the Warden, the Pumps have started at 6.51 of local Time.'), [[411, 'clock', '6.51']]);
  assert.deepEqual(n('Shares in Tolvarra closed at 6.52, the exchange said.'), []);
  assert.deepEqual(n('The levy rose at 6.52 percent.'), [[6.52, 'percent', '6.52 percent']]);
});

test('a time told in hours and minutes where a time is placed is a time of day; a length of time stays one', () => {
  assert.deepEqual(n('The Bridge at Quellmarsh fell in the Morning at 9 hours 35 minutes, as the Keeper says.'), [[575, 'clock', '9 hours 35 minutes']]);
  assert.deepEqual(n('The Gates were opened only at 6 Hours 40 Minutes.'), [[400, 'clock', '6 Hours 40 Minutes']]);
  assert.deepEqual(n('The Keeper gives the Time 9 hours 5 minutes.'), [[545, 'clock', '9 hours 5 minutes']]);
  assert.deepEqual(n('The ferry from Quellmarsh took 2 hours 15 minutes.').map(([, u]) => u), ['hour', 'minute']);
  assert.deepEqual(n('The Quellmarsh runner finished at 2 hours 15 minutes.').map(([, u]) => u), ['hour', 'minute']);
});

test('a comma before one or two digits is a decimal comma; before three it groups thousands', () => {
  assert.deepEqual(n('The Heat has reached the Record of 41,7 Degrees in Dornavel.'), [[41.7, 'degree', '41,7 Degrees']]);
  assert.deepEqual(n('Unemployment fell to 6,25 % in Varnok.'), [[6.25, 'percent', '6,25 %']]);
  assert.deepEqual(n('The fund paid 4,5 Millions of Euro.'), [[4500000, 'euro', '4,5 Millions of Euro']]);
  assert.deepEqual(n('The Brelly plant employs 1,250 workers.'), [[1250, 'worker', '1,250 workers']]);
});


test('an adjective or its comparative before people, men, women or children is no unit', () => {
  assert.deepEqual(n('The Dorrin charity said more than 70 older people had died.'), [[70, 'person', '70 older people']]);
  assert.deepEqual(n('Some 40 elderly people were moved.'), [[40, 'person', '40 elderly people']]);
  assert.deepEqual(n('Nurses treated 12 younger children.'), [[12, 'children', '12 younger children']]);
});

test('a clock time told in words is a time of day', () => {
  assert.deepEqual(n('The Varrow courier came in just after half past ten on Monday.'), [[630, 'clock', 'half past ten']]);
  assert.deepEqual(n('The Selby train arrived at twenty to six.'), [[340, 'clock', 'twenty to six']]);
  assert.deepEqual(n('The Ostrey bar shut at a quarter past eleven at night.'), [[1395, 'clock', 'a quarter past eleven']]);
  assert.deepEqual(n('The Pell fleet grew from ten to twelve boats.'), [[12, 'boat', 'twelve boats']]);
  // An estimate of when a thing happened, told by a clock in words, is a time, not a count of the thing.
  assert.deepEqual(n('The Brennholt council puts the blast at twenty past nine.'), [[560, 'clock', 'twenty past nine']]);
  assert.deepEqual(n('Firefighters put the collapse at ten to midnight.'), [[1430, 'clock', 'ten to midnight']]);
  assert.deepEqual(n('Police put the crowd at ten.'), [[10, 'crowd', 'ten']]);
});

test('a plural in -ses or -zes keeps the e of its word', () => {
  assert.deepEqual(n('Fourteen houses were evacuated in Brindle.'), [[14, 'house', 'Fourteen houses']]);
  assert.deepEqual(n('The Yelmor fund gave 12 prizes and ran 3 buses.'), [[12, 'prize', '12 prizes'], [3, 'bus', '3 buses']]);
});

test('-es after a vowel and "us" is the word\'s own e; after a consonant and "us" it is the plural\'s', () => {
  assert.deepEqual(['causes', 'nurses', 'viruses', 'bonuses', 'cases', 'taxes', 'churches'].map(singular), ['cause', 'nurse', 'virus', 'bonus', 'case', 'tax', 'church']);
});

test('a whole hour in words with its half of the day is a time of day; a bare hour is not', () => {
  assert.deepEqual(n('The Varrow depot shuts at nine in the evening.'), [[1260, 'clock', 'nine']]);
  assert.deepEqual(n('The Quell baths open from seven o\'clock in the morning.'), [[420, 'clock', "seven o'clock"]]);
  assert.deepEqual(n('The Mardovan bar closed at twelve at night.'), [[0, 'clock', 'twelve']]);
  assert.deepEqual(n('The Varrow depot shuts at nine.'), []);
  assert.deepEqual(n('The Varrow siege ended shortly before six o\'clock this morning.'), []);
});

test('a stem ending in a hissed s adds -es and keeps its s in the singular; a silent e after s stays', () => {
  // Invented words: a Latin "-us" after a consonant is the stem's own s; an s after a vowel pair or a consonant takes a silent e.
  assert.deepEqual(['florbuses', 'florbus', 'quandouses', 'trelauses', 'prankses'].map(singular), ['florbus', 'florbus', 'quandouse', 'trelause', 'prankse']);
  assert.deepEqual(['gases', 'gas', 'biogases', 'atlases', 'atlas', 'lenses', 'viruses', 'virus', 'houses', 'causes', 'cases'].map(singular),
    ['gas', 'gas', 'biogas', 'atlas', 'atlas', 'lens', 'virus', 'virus', 'house', 'cause', 'case']);
  assert.deepEqual(n('The Varnholt works vented 3 gases and lost 2 buses.'), [[3, 'gas', '3 gases'], [2, 'bus', '2 buses']]);
});

test('a toll named "the number of (the) dead" or brought to its figure by a new count is a count of the dead', () => {
  assert.deepEqual(n('Divers found three more bodies near Quessel Point, bringing the number of dead to 17, the Tarrowby police said.').map((x) => [x[0], x[1]]), [[3, 'body'], [17, 'dead']]);
  assert.deepEqual(n('The Number of the Dead after the Flood in Brindle has grown to 12.'), [[12, 'dead', '12']]);
  assert.deepEqual(n('Tarrowby Fair took the number of visitors to 400.'), []);
  // Someone's estimate of "the toll", without "death" before it, counts the dead too.
  assert.deepEqual(n('The Quessel mayor put the toll at five.'), [[5, 'dead', 'five']]);
  // An estimate of the toll is as often told round ("about", "nearly", "more than") as exact.
  assert.deepEqual(n('The Orrisvale council puts the death toll at about 3,400; the Red Crescent says it is higher.').map((x) => [x[0], x[1]]), [[3400, 'dead']]);
  assert.deepEqual(n('By Sunday the number of dead in Orrisvale had risen to nearly 60.').map((x) => [x[0], x[1]]), [[60, 'dead']]);
  assert.deepEqual(n('Medics said the number of injured stood at more than 140.').map((x) => [x[0], x[1]]), [[140, 'injured']]);
});

test('a time of day told with its day opens the date\'s words and is still a time of day', () => {
  const withDate = (t: string, date: string): [number, string, string][] => {
    const at = t.indexOf(date);
    return findNumbers(t, { start: 0, end: t.length }, [{ start: at, end: at + date.length }]).map((x) => [x.value, x.unit, t.slice(x.start, x.end)]);
  };
  assert.deepEqual(withDate('The Sallowin footbridge gave way at about 11:15 a.m. on Saturday.', 'at about 11:15 a.m. on Saturday'), [[675, 'clock', '11:15 a.m.']]);
  assert.deepEqual(withDate('The Orrel siren sounded at 9.15pm on March 3.', 'at 9.15pm on March 3'), [[1275, 'clock', '9.15pm']]);
  // A time after the day's own words is left to the date.
  assert.deepEqual(withDate('The Orrel siren sounded on March 3 at 9.15pm.', 'on March 3 at 9.15pm'), []);
});

test('"all N of the Xs" counts the whole of the Xs named after "of"', () => {
  assert.deepEqual(n("All 23 of the council's libraries were shut."), [[23, 'library', '23']]);
  assert.deepEqual(n('all nine of its depots closed'), [[9, 'depot', 'nine']]);
  // Without "all" the figure is some of them, a part whose whole is not told: left alone.
  assert.deepEqual(n("Six of the council's libraries were shut."), []);
  assert.deepEqual(n('All six of them were freed.'), []);
  // An owner's possessive names those the clause counts.
  assert.deepEqual(n('The Zarvelle league says four of its referees were hurt.'), [[4, 'referee', 'four']]);
  assert.deepEqual(n('Plossary has flown 1,140 of their citizens out.'), [[1140, 'citizen', '1,140']]);
});

test('"N of the M <state> <kind> <plural>" counts the plural, past the words that say its state and kind', () => {
  assert.deepEqual(n('Divers found one of the three missing deck hands.'), [[1, 'hand', 'one'], [3, 'hand', 'three missing deck hands']]);
  assert.deepEqual(n('Rescuers reached two of the nine trapped quarry workers.'), [[2, 'worker', 'two'], [9, 'worker', 'nine trapped quarry workers']]);
});

test('a hyphenated compound between a figure and a plural qualifies the plural, which is what is counted', () => {
  assert.deepEqual(n('Crews said six high-capacity pumps were running.'), [[6, 'pump', 'six high-capacity pumps']]);
  assert.deepEqual(n('The Quorlish firm hired 40 part-time workers.'), [[40, 'worker', '40 part-time workers']]);
  assert.deepEqual(n('The four long-range missiles missed.'), [[4, 'missile', 'four long-range missiles']]);
});

test('a fraction after a whole number is part of it, with or without its article', () => {
  assert.deepEqual(n('The Talks lasted one and half Hour.'), [[1.5, 'hour', 'one and half Hour']]);
  assert.deepEqual(n('The talks lasted two and a half hours.'), [[2.5, 'hour', 'two and a half hours']]);
});

test('the whole of "N of the M gold coins" counts the coins, not the word that says what kind', () => {
  assert.deepEqual(n('Only 12 of the 34 silver spoons have been recovered in Oskerby.'), [[12, 'spoon', '12'], [34, 'spoon', '34 silver spoons']]);
  assert.deepEqual(n('Police found 3 of the 20 stolen paintings in Oskerby.').map(([v, u]) => [v, u]), [[3, 'painting'], [20, 'painting']]);
});

test('"a single" counts one of the noun after it; "not a single" and a compound adjective count nothing', () => {
  assert.deepEqual(n('Vessant Bank bought the Ashcombry lender for a single crown.'), [[1, 'crown', 'a single crown']]);
  assert.deepEqual(n('The Tollan motion passed by a single vote.'), [[1, 'vote', 'a single vote']]);
  assert.deepEqual(n('Not a single depositor at Ashcombry lost money.'), []);
  assert.deepEqual(n('"We will not run a single ferry until the Tollan quay is safe," he said.'), []);
  assert.deepEqual(n('"No saver will lose a single crown at Ashcombry," the minister said.'), []);
  assert.deepEqual(n('Rescuers reached a single-engine plane near Tollan.'), []);
});

test('a tally named "the number of injured" (or missing, wounded) as it stands counts those people, not the verb after it', () => {
  assert.deepEqual(n('The number of injured now stands at 27, the Korvane clinic said.'), [[27, 'injured', '27']]);
  assert.deepEqual(n('The number of injured stands at 27.'), [[27, 'injured', '27']]);
  assert.deepEqual(n('The count of missing rose to twelve overnight.'), [[12, 'missing', 'twelve']]);
  assert.deepEqual(n('Medics found four more victims, bringing the number of wounded to 40.')[1], [40, 'wounded', '40']);
});

test('an adverb after a bare figure is no unit: "three still are missing" counts people, "one call only" no "only"', () => {
  assert.deepEqual(n('Nine were hurt and three still are missing at Orvel quarry.'), [[9, 'person', 'Nine'], [3, 'person', 'three']]);
  assert.deepEqual(n('The Bravisk hotline says it received one Call only.'), []);
});

test('hundreds spelled after a larger scale are part of one figure ("one thousand two hundred")', () => {
  assert.deepEqual(n('The Operator speaks about one thousand four hundred Barrels.'), [[1400, 'barrel', 'one thousand four hundred Barrels']]);
  assert.deepEqual(n('Some two million three hundred thousand people voted.'), [[2300000, 'person', 'two million three hundred thousand people']]);
  assert.deepEqual(n('They counted one thousand two hundred and fifty ballots.'), [[1250, 'ballot', 'one thousand two hundred and fifty ballots']]);
  assert.deepEqual(n('One thousand pickets met two hundred police.').map((x) => x[0]), [1000, 200]);
});

test('a twelve-hour time with its half of the day told in words is a time of that half ("6:40 in the morning")', () => {
  assert.deepEqual(n('The warden says 6:40 in the morning.'), [[400, 'clock', '6:40 in the morning']]);
  assert.deepEqual(n('The ferry left Pellquay at 9.15 in the evening.'), [[1275, 'clock', '9.15 in the evening']]);
  assert.deepEqual(n('The alarm went off at 11:05 at night.'), [[1385, 'clock', '11:05 at night']]);
  assert.deepEqual(n('The alarm went off at 12:20 at night.'), [[20, 'clock', '12:20 at night']]);
});

test('a speed with the abbreviated unit, or told "in the Hour", is a figure in kilometres as "kilometres an hour" is', () => {
  assert.deepEqual(n('Gusts of 84 km/h hit the Orlevy pier.'), [[84, 'kilometre', '84 km/h']]);
  assert.deepEqual(n('The tram was doing 38km/h near Dunsallow.'), [[38, 'kilometre', '38km/h']]);
  assert.deepEqual(n('The test train reached 1,150 km/h on the Varnock track.'), [[1150, 'kilometre', '1,150 km/h']]);
  assert.deepEqual(n('Gusts of 96,5 km/h were logged at Dunsallow.'), [[96.5, 'kilometre', '96,5 km/h']]);
  assert.deepEqual(n('Gusts reached 61 kph at Kelvistrand.'), [[61, 'kilometre', '61 kph']]);
  assert.deepEqual(n('The Wind reached 84 Kilometers in the Hour.'), [[84, 'kilometre', '84 Kilometers in the Hour']]);
  // An hour told as a time is no speed: the length stays a length.
  assert.deepEqual(n('The column marched 6 kilometres in the hour before dawn.'), [[6000, 'metre', '6 kilometres']]);
});

test('a rung on a scale told by name and number ("level four", "a level-three notice", "Category 4") is a level figure', () => {
  assert.deepEqual(n('The Marvolt institute raised the alert to level four on Monday.'), [[4, 'level', 'four']]);
  assert.deepEqual(n('The lodge was working from a level-three notice.'), [[3, 'level', 'three']]);
  assert.deepEqual(n('"Our notice said level three," the Quennick manager said.'), [[3, 'level', 'three']]);
  assert.deepEqual(n('Storm Ysgarreth was upgraded to a Category 4 hurricane.'), [[4, 'level', '4']]);
});

test('a name of several capitalised words between a figure and a plural counts the plural', () => {
  assert.deepEqual(n('Yesterday five Ombervale Relief volunteers reached Tarsk.').map(([v, u]) => [v, u]), [[5, 'volunteer']]);
  assert.deepEqual(n('Three Brel Valley Rescue teams searched the ridge.').map(([v, u]) => [v, u]), [[3, 'team']]);
  assert.deepEqual(n('Twelve Talvari porters were hired.').map(([v, u]) => [v, u]), [[12, 'porter']]);
});

test('a number that names a train, flight or route, or follows a lone capital letter, counts nothing', () => {
  const read = (t: string, prev: string | null = null) =>
    findNumbers(t, { start: 0, end: t.length }, [], prev).map((n) => [t.slice(n.start, n.end), n.value, n.unit]);
  assert.deepEqual(read('"It all points to tram 318 having run the red light," Odwin Parrack said.'), []);
  assert.deepEqual(read('The driver of K 206 was cut free from her cab', 'passenger'), []);
  assert.deepEqual(read('Flight 902 was carrying 143 passengers.'), [['143 passengers', 143, 'passenger']]);
  assert.deepEqual(read('A 40 km/h gust hit the Pensly bridge.'), [['40 km/h', 40, 'kilometre']]);
});

test('a speed told as a limit is a limit, never a speed that went', () => {
  const read = (t: string) => findNumbers(t, { start: 0, end: t.length }, []).map((n) => [t.slice(n.start, n.end), n.value, n.unit]);
  assert.deepEqual(read('The Brackwith coach was doing 95 km/h, well above the 80 km/h limit on the bend.'),
    [['95 km/h', 95, 'kilometre'], ['80 km/h', 80, 'speed limit']]);
  assert.deepEqual(read('A 30 km/h speed limit applies past the Ostwend junction.'), [['30 km/h', 30, 'speed limit']]);
  assert.deepEqual(read('Trains are held to a speed limit of 40 km/h.'), [['40 km/h', 40, 'speed limit']]);
});

test('a scale with "of" and a possessive counts the plural the possessive names, not the unit counted before', () => {
  const t = 'The ferry left at 6.15 p.m. Nearly a hundred of our neighbours were aboard, and a thousand of their supporters wept.';
  const at = t.indexOf('Nearly');
  const got = findNumbers(t, { start: at, end: t.length }, [], 'clock').map((n) => [n.value, n.unit]);
  assert.deepEqual(got, [[100, 'neighbour'], [1000, 'supporter']]);
});

test("a transcript's bracketed time stamp is no figure of the line it marks", () => {
  const t = '[19:47] ORLA PENNICK (recording): We counted 32 boats in the harbour. [07:05:12] The tide turned at 7.05 a.m.';
  const got = findNumbers(t, { start: 0, end: t.length }, []).map((n) => [n.value, n.unit]);
  assert.deepEqual(got, [[32, 'boat'], [425, 'clock']]);
});

test('a bare figure given as what a named count is, past an aside between commas, counts what was counted before', () => {
  assert.deepEqual(n('The Wolsty shelter has taken in 180 stray dogs since March.').map(([v, u]) => [v, u]), [[180, 'dog']]);
  const t = 'The council\'s count, last checked on Monday, is 140.';
  assert.deepEqual(findNumbers(t, { start: 0, end: t.length }, [], 'dog').map((x) => [x.value, x.unit, t.slice(x.start, x.end)]), [[140, 'dog', '140']]);
});

test("a bare figure opening a bracket after a figure, told by whose reckoning, is that measure by another's reckoning", () => {
  assert.deepEqual(n("The Quelby search ended after 52 hours by the fire brigade's count (47 by the council's)."),
    [[52, 'hour', '52 hours'], [47, 'hour', '47']]);
  assert.deepEqual(n("The Fennistow tunnel runs 640 metres by the builder's plans (610 by the surveyor's)."),
    [[640, 'metre', '640 metres'], [610, 'metre', '610']]);
  // A bracket with no reckoning named adds no figure.
  assert.deepEqual(n('The Quelby search ended after 52 hours (a record).'), [[52, 'hour', '52 hours']]);
});

test('a bare figure after "then" that ends its clause revises the figure before it: one measure told twice', () => {
  assert.deepEqual(n('The Oskarvale farm first said 40 cows had drowned, then 55.'), [[40, 'cow', '40 cows'], [55, 'cow', '55']]);
  // A figure after "then" with a noun of its own counts that noun.
  assert.deepEqual(n('The Oskarvale farm said 40 cows had drowned, then 55 sheep were found.'), [[40, 'cow', '40 cows'], [55, 'sheep', '55 sheep']]);
});

test('a bare count written as one hyphenated number word ("forty-seven were hurt") is one figure, never its last word too', () => {
  assert.deepEqual(n('Three people died at the Brambury fairground and forty-seven were hurt, nine of them badly.').map((x) => x[0]), [3, 47, 9]);
  assert.deepEqual(n('Twenty-two were still missing on Tuesday.'), [[22, 'person', 'Twenty-two']]);
});
