import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { analyseDocument } from '../../analyse/index.ts';
import { clockApart, clockNearby, figures, sameHappening, sameQuestion, sameValue, type Figure } from './_figures.ts';

function classesOf(text: string): Record<string, number[]> {
  const doc: CleanDocument = {
    id: 'f', source: 'f.txt', title: 'Report', outlet: 'Hollowby Courier', byline: null, publishedAt: '2025-06-11',
    dateProvenance: { method: 'meta', raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const out: Record<string, number[]> = {};
  for (const c of analyseDocument(doc).claims) for (const [cls, fs] of figures(c)) out[cls] = [...(out[cls] ?? []), ...fs.map((f) => f.value)];
  return out;
}

test('the passengers a hospital treated are counted as the hurt; stranded passengers stay passengers', () => {
  assert.deepEqual(classesOf('Dornwick Infirmary said it had treated 11 passengers after the crash.'), { 'person:injured': [11] });
  assert.deepEqual(classesOf('The ministry said 8,000 passengers were stranded at the terminal.'), { passenger: [8000] });
});

test('crew and members are people in a role: told missing or aboard they count the missing or those aboard', () => {
  assert.deepEqual(classesOf('Four crew members were still missing on Tuesday.'), { 'person:missing': [4] });
  assert.deepEqual(classesOf('The trawler Kestrinvale Lass sailed with 12 crew on board.'), { 'person:aboard': [12] });
  assert.deepEqual(classesOf('The Tollan Bay lifeboat station has 24 crew.'), { crew: [24] });
});

test('inmates, prisoners and their guards are people in a role: told dead or held they count the dead or the held', () => {
  assert.deepEqual(classesOf('The fire at Quillenbrae jail left four inmates dead.'), { 'person:dead': [4] });
  assert.deepEqual(classesOf('Twelve prisoners died in the blaze at Vardelholm.'), { 'person:dead': [12] });
  assert.deepEqual(classesOf('Six guards were held in the east block.'), { 'person:detained': [6] });
  // Told with no act, they stay a count of their own role.
  assert.deepEqual(classesOf('The jail at Quillenbrae holds 600 inmates.'), { inmate: [600] });
});

test('two counts joined as one subject share the predicate after the second: both count what happened to them', () => {
  assert.deepEqual(classesOf('Twelve passengers and three crew were injured when the Harrowmoss ferry hit the quay.'), { 'person:injured': [12, 3] });
  // A first count with a verb of its own is not joined to the second's predicate.
  assert.deepEqual(classesOf('Twelve passengers boarded and three crew were injured.'), { passenger: [12], 'person:injured': [3] });
});

test('sailors, seafarers and crewmen are a ship\'s crew in other words: one count of crew, whichever word a page picks', () => {
  assert.deepEqual(classesOf('The coaster Quistrane had 14 sailors and a cook.'), { crew: [14] });
  assert.deepEqual(classesOf('The Harbeck port office puts the crew at 16.'), { crew: [16] });
  assert.deepEqual(classesOf('The Quistrane had 15 seafarers and a cook.'), { crew: [15] });
  assert.deepEqual(classesOf('The Quistrane sailed from Harbeck with 13 crewmen.'), { crew: [13] });
});

test('a ship\'s crew named whole by a count taken as known is the size of the crew, whatever befell all of them', () => {
  assert.deepEqual(classesOf('The 16 sailors held on the trawler Brisvelde have been freed.'), { crew: [16] });
  assert.deepEqual(classesOf('Gunmen seized the trawler Brisvelde, taking its crew of 16 hostage.'), { crew: [16] });
  assert.deepEqual(classesOf('Six crew were hurt when the trawler Brisvelde ran aground.'), { 'person:injured': [6] });
});

test('a participle between a count and its noun tells what happened to those counted, when nothing after it does', () => {
  assert.deepEqual(classesOf('About 250 evacuated villagers were allowed back to Quarrenby at noon.'), { 'person:evacuated': [250] });
  assert.deepEqual(classesOf('Eleven injured passengers were flown to Tessifer.'), { 'person:injured': [11] });
  // A predicate after the figure still names it first.
  assert.deepEqual(classesOf('Eleven injured passengers were missing on Tuesday.'), { 'person:missing': [11] });
});

test('people a slide or a collapse buried are the buried, a count of its own', () => {
  assert.deepEqual(classesOf('Nine people were buried when the slope above Dunnerquay gave way.'), { 'person:buried': [9] });
  assert.deepEqual(classesOf('The mudslide buried 14 people in the Tarnel quarter.'), { 'person:buried': [14] });
  // Those still under it are a count that falls as the rescue goes on, not what the slide did.
  assert.equal(classesOf('Thirty people are still buried under the Tarnel market.')['person:buried'], undefined);
});

test('people brought ashore or led to safety are the rescued', () => {
  assert.deepEqual(classesOf('Fishing boats brought 63 people ashore after the Kelmor Rose sank.'), { 'person:rescued': [63] });
  assert.deepEqual(classesOf('Firefighters led 40 people to safety from the Dunholt tower.'), { 'person:rescued': [40] });
});

test('a part of counted things named by what it is counts those things, as a plain count of them does', () => {
  assert.deepEqual(classesOf('The barge convoy was pushing 20 lighters, six of them tankers loaded with diesel.'), { lighter: [20], tanker: [6] });
  assert.deepEqual(classesOf('The barge convoy was pushing 20 lighters, among them eight tankers.'), { lighter: [20], tanker: [8] });
});

test('what the clause before a connective tells belongs to its own figure, not to the next one', () => {
  assert.deepEqual(classesOf('At least 12 people were hurt as the 90 passengers climbed out of the carriages.'),
    { 'person:injured': [12], passenger: [90] });
});

test('the verb a count is the object of names what it counts, whatever predicate follows', () => {
  const market = classesOf('A rocket hit the market in Brelloc, killing at least four civilians and wounding 20, medics said.');
  assert.deepEqual(market['person:dead'], [4]);
  assert.ok(!market['person:injured']?.includes(4));
  assert.deepEqual(classesOf('Floodwater swept through Ostrava Vale on Monday, injuring nine villagers who were later evacuated.'),
    { 'person:injured': [9] });
});

test('a figure rounded to a coarser place is the same figure; two exact figures written to one place are two', () => {
  assert.equal(sameValue(1190, 1200), true);
  assert.equal(sameValue(3.25e9, 3.2e9), true);
  assert.equal(sameValue(96412, 96000), true);
  assert.equal(sameValue(1912, 1840), false);
  assert.equal(sameValue(61, 62), false);
  assert.equal(sameValue(120000, 100000), false);
});

test('arrests count the arrested; a bare rival figure after a count of the arrested counts them too', () => {
  assert.deepEqual(classesOf('The march on Harlow Square ended in 14 arrests.'), { 'person:detained': [14] });
  assert.deepEqual(classesOf('Harlow police said 9 people were arrested; the Tenby Courier, citing an agency, had 15.'),
    { 'person:detained': [9, 15] });
});

test('a figure counted the world over is a class of its own, apart from one holder\'s count', () => {
  assert.deepEqual(classesOf('About 90 KV-220s are in service worldwide, the maker said.'), { 'kv-220/world': [90] });
  assert.deepEqual(classesOf('Harlow Air operates 8 KV-220s.'), { 'kv-220': [8] });
});

test('one sum however written is one figure; a limit is told exactly', () => {
  const sums = ['Corvell Mutual lost €1.2bn last year.', 'Corvell Mutual lost 1.2 billion euros last year.', 'Corvell Mutual lost EUR 1,200 million last year.']
    .map((t) => classesOf(t));
  assert.deepEqual(sums, [{ euro: [1.2e9] }, { euro: [1.2e9] }, { euro: [1.2e9] }]);
  assert.ok(sameValue(sums[0]!.euro![0]!, sums[2]!.euro![0]!));
});

function figuresOf(text: string): Figure[] {
  const doc: CleanDocument = {
    id: 'f', source: 'f.txt', title: 'Report', outlet: 'Hollowby Courier', byline: null, publishedAt: '2025-06-11',
    dateProvenance: { method: 'meta', raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  return analyseDocument(doc).claims.flatMap((c) => [...figures(c).values()].flat());
}

test('a distance answers how far a zone reaches, where a thing lies, how long it is or how much of a stretch it covers', () => {
  const whats = (t: string): (string | undefined)[] => figuresOf(t).map((f) => f.what);
  assert.deepEqual(whats('The ministry banned all fishing within 30 kilometres of the wreck near Brelloc.'), ['reach']);
  assert.deepEqual(whats('Trawlers near Brelloc have been idle since Monday under a 30-kilometre ban.'), ['reach']);
  assert.deepEqual(whats('The freighter grounded three kilometres off the port of Brelloc on Monday.'), ['position']);
  assert.deepEqual(whats('The train stopped four kilometres inside the Brelloc tunnel on Monday.'), ['position']);
  assert.deepEqual(whats('The divers swam 200 metres into the flooded mine near Brelloc on Monday.'), ['position']);
  assert.deepEqual(whats('By the evening a slick some 20 kilometres long was drifting towards Brelloc.'), ['length']);
  assert.deepEqual(whats('Thick oil washed onto some 38 kilometres of shoreline near Brelloc.'), ['stretch']);
  // On a river a town lies some way downstream; a slick that stretches or reaches so far downstream is that long.
  assert.deepEqual(whats('Pellquay, 12 kilometres downstream of Brelloc, closed its water intake.'), ['position']);
  assert.deepEqual(whats('Wardens said the sheen near Brelloc stretched about 8 kilometres downstream.'), ['length']);
  assert.deepEqual(whats('The sheen near Brelloc now reaches nearly 25 kilometres downstream.'), ['length']);
  assert.deepEqual(whats('The oil Spot near Brelloc has length of nineteen Kilometers.'), ['length']);
  assert.deepEqual(whats('The sheen has now reached 45 kilometres of the coast near Brelloc.'), ['stretch']);
});

test('a distance told with its dimension measures that dimension: a depth never answers a width', () => {
  const whats = (t: string): (string | undefined)[] => figuresOf(t).map((f) => f.what);
  assert.deepEqual(whats('The pit on Drennick Road is about 7 metres deep and 30 metres wide.'), ['depth', 'width']);
  assert.deepEqual(whats('The pit on Drennick Road is about 30 metres across.'), ['width']);
  assert.deepEqual(whats('The Depth is 7 Meters, the Drennick office said.'), ['depth']);
  assert.deepEqual(whats('The mayor of Drennick put the depth at "about five metres" on Monday.'), ['depth']);
  // "at a depth of" tells where a thing lies, as "through 310 metres of rock" does: no dimension of a thing.
  assert.deepEqual(whats('The drill reached the Drennick chamber at a depth of 310 metres.'), [undefined]);
  assert.deepEqual(whats('The wall near Drennick stands 4 metres high.'), ['height']);
  // "across" before what is crossed tells no width.
  assert.deepEqual(whats('The crew laid 30 metres across the Drennick road.'), [undefined]);
});

test('a figure a verb changes to a new value is told as revised; a running tally is not', () => {
  assert.deepEqual(figuresOf('The ministry on Monday extended the fishing ban to 50 kilometres around the wreck near Brelloc.').map((f) => f.revised), [true]);
  assert.deepEqual(figuresOf('The ministry banned fishing within 30 kilometres of the wreck near Brelloc.').map((f) => f.revised), [undefined]);
  assert.deepEqual(figuresOf('The death toll in Brelloc rose to 27 on Thursday.').map((f) => f.revised), [undefined]);
  // A supply cut to a figure names whom it stopped reaching, no new value of the supply.
  assert.deepEqual(figuresOf('A fire at the Ostwell depot cut electricity to 48,000 homes on Monday.').map((f) => f.revised), [undefined]);
  assert.deepEqual(figuresOf('The storm cut off water supplies to 900 farms near Brelloc.').map((f) => f.revised), [undefined]);
  assert.deepEqual(figuresOf('The council cut the Brelloc bus fleet to 40 buses on Monday.').map((f) => f.revised), [true]);
});

test('a price shares traded at is a day\'s market price, not the price of an offer for them', () => {
  assert.deepEqual(classesOf("Tremscot's shares rose 2.1 percent to 40.15 crowns in Oskwith."), { percent: [2.1], 'crown/traded': [40.15] });
  assert.deepEqual(classesOf('The stock ended the week closing at 40.70 crowns.'), { 'crown/traded': [40.7] });
  assert.deepEqual(classesOf("The bid came in at 39.60 crowns a share, up from 33.56 crowns at Friday's close."), { crown: [39.6], 'crown/traded': [33.56] });
  assert.deepEqual(classesOf('Dravenholm offered shareholders 41 crowns a share in cash for the company.'), { crown: [41] });
});

test('a participle right after a bare count tells what happened to the people counted; it is no unit', () => {
  assert.deepEqual(classesOf('The mayor of Tolvary says 23 died.'), { 'person:dead': [23] });
  assert.deepEqual(classesOf('The police list of eleven missing in Ushgard was right.'), { 'person:missing': [11] });
});

test('people unaccounted for are the missing', () => {
  assert.deepEqual(classesOf('Eight people were still unaccounted for in Marrowvale on Friday.'), { 'person:missing': [8] });
});

test('people in a role count as people only where the clause tells the same act of them', () => {
  assert.deepEqual(classesOf('Some 2,700 people work for Tarrowbeck Mills.'), { 'person:employed': [2700] });
  assert.deepEqual(classesOf('At the mills of Tarrowbeck work 2 300 Employees.'), { 'person:employed': [2300] });
  assert.deepEqual(classesOf('Its plants in Quessany employ more than 2,000 people.'), { 'person:employed': [2000] });
  // A role noun with no act told stays a count of its role; observers and monitors are one role.
  assert.deepEqual(classesOf('The Helmsgrove mission will grow to 150 observers by the end of the month.'), { monitor: [150] });
  assert.deepEqual(classesOf('The Helmsgrove mission should reach 120 monitors by the end of the month.'), { monitor: [120] });
});

/** The time-of-day figures of one sentence. */
function clocksOf(text: string): Figure[] {
  const doc: CleanDocument = {
    id: 'c', source: 'c.txt', title: 'Report', outlet: 'Ostwerry Post', byline: null, publishedAt: '2025-06-11',
    dateProvenance: { method: 'meta', raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  return analyseDocument(doc).claims.flatMap((c) => figures(c).get('clock') ?? []);
}

test('two times of one moment more than a minute or two apart are apart; approximate ones allow their slack', () => {
  const [late] = clocksOf('The first lifeboat reached the ferry Virrel at 2.05am, the harbour master said.');
  const [early] = clocksOf('The inquiry found that the first lifeboat reached the Virrel at 1.58am.');
  const [about] = clocksOf('The first lifeboat reached the Virrel at about 1.55am, a crew member said.');
  const [log] = clocksOf('The harbour log shows the lifeboat alongside at 2:06 a.m.');
  assert.deepEqual([late!.value, early!.value, about!.value, log!.value], [125, 118, 115, 126]);
  assert.equal(clockApart(late!, early!), true);
  assert.equal(clockApart(late!, log!), false);
  assert.equal(clockApart(about!, late!), false);
  assert.equal(clockApart(about!, early!), false);
});

test('times round midnight are minutes apart', () => {
  const [before] = clocksOf('The alarm sounded at 11:58 p.m. on the quay.');
  const [after] = clocksOf('The alarm sounded at 12:01 a.m. on the quay.');
  assert.equal(clockApart(before!, after!), false);
  assert.equal(sameHappening(before!, after!), true);
  assert.equal(clockNearby(before!, after!), true);
});

test('times within an hour may be one happening worded apart; hours apart only when the clauses name the same happening', () => {
  const [landed] = clocksOf('The Tarrowgate balloon came down at 7.40am in a barley field.');
  const [crash] = clocksOf('Witnesses put the crash near Tarrowgate at 7.55am.');
  const [capsize] = clocksOf('The Virrel capsized at about 12.20am.');
  const [rescue] = clocksOf('The first lifeboat reached the Virrel at 2.05am.');
  assert.equal(sameHappening(landed!, crash!), false);
  assert.equal(clockNearby(landed!, crash!), true);
  assert.equal(clockNearby(capsize!, rescue!), false);
  assert.equal(sameHappening(capsize!, rescue!), false);
});

test('a time of day is the time of the happening its clause names, however far apart two reports put it', () => {
  const [raised] = clocksOf('The Selvary prison service said the alarm was raised at 2.05am.');
  const [late] = clocksOf('A union official said the alarm was not raised until the 5:40 a.m. head count.');
  const [opens] = clocksOf('At 5:40 a.m. the alarm was raised by a guard at Selvary.');
  assert.deepEqual(raised!.of, ['alarm', 'rais']);
  assert.equal(sameHappening(raised!, late!), true);
  assert.equal(sameHappening(raised!, opens!), true);
  // Two happenings, near or far: the fire and the last crew, the capsizing and the lifeboat that reached the wreck.
  const [fire] = clocksOf('The fire started at about 2.10am in the Fennbridge depot.');
  const [crew] = clocksOf('The last crew left the Fennbridge depot at 6.00am.');
  const [capsized] = clocksOf('The Corlow ferry capsized at about 12.20am.');
  const [reached] = clocksOf('The lifeboat reached the capsized Corlow ferry at 12.50am.');
  const [auto] = clocksOf('The automatic start of the Pellquay fans failed at 6:52.');
  const [hand] = clocksOf('Operators switched the Pellquay fans on by hand at 7:09.');
  assert.equal(sameHappening(fire!, crew!), false);
  assert.equal(sameHappening(capsized!, reached!), false);
  assert.equal(sameHappening(auto!, hand!), false);
  // Ordinals tell one of a series apart; they do not hide the thing named first.
  const [first] = clocksOf('The first lifeboat reached the Corlow ferry at 1.58am.');
  const [firstToo] = clocksOf('The inquiry found that the first lifeboat reached the Corlow ferry at 2.05am.');
  const [second] = clocksOf('The second lifeboat reached the Corlow ferry at 2.30am.');
  assert.equal(sameHappening(first!, firstToo!), true);
  assert.equal(sameHappening(first!, second!), false);
});

test('what records show is the happening, and a one-word happening is any clause naming it with that word', () => {
  const [council] = clocksOf('The Ostrane council said the sirens sounded at 6.45pm.');
  const [records] = clocksOf('The weather service said its own records show the sirens sounding only at 6:51 p.m.');
  assert.deepEqual(records!.of, ['siren', 'sound']);
  assert.equal(sameHappening(council!, records!), true);
  const [touched] = clocksOf('The tornado touched down west of Ostrane at 18:47.');
  const [touching] = clocksOf('And the Touching was at 18:52.');
  assert.equal(sameHappening(touched!, touching!), true);
  assert.equal(sameHappening(council!, touching!), false);
});

test('a twelve-hour time told without its half stands for morning and evening', () => {
  const [bare, bareEvening] = clocksOf('The council says the storm drain burst at 6:52.');
  const [evening] = clocksOf('The storm drain burst at 6:52 p.m., the engineers said.');
  const [early] = clocksOf('The storm drain burst at 6:47 p.m., the engineers said.');
  const [late] = clocksOf('The storm drain burst at 18:58, the engineers said.');
  assert.deepEqual([bare!.value, bareEvening!.value], [412, 1132]);
  assert.equal(clocksOf('The storm drain burst at 18:52.').length, 1);
  assert.equal([bare!, bareEvening!].some((x) => !clockApart(x, evening!)), true);
  assert.equal([bare!, bareEvening!].some((x) => !clockApart(x, early!)), false);
  assert.equal([bare!, bareEvening!].some((x) => !clockApart(x, late!)), false);
});

test('a twelve-hour time told with its half in words ("6:52 in the evening") stands for that half only', () => {
  assert.deepEqual(clocksOf('The council says the storm drain burst at 6:52 in the evening.').map((f) => f.value), [1132]);
  assert.deepEqual(clocksOf('The council says the storm drain burst at 6:52 in the morning.').map((f) => f.value), [412]);
});

test('a doer named at the head of a clause is not the happening: "Varnholt, 58, resigned" and "she resigned" tell one act', () => {
  const [named] = clocksOf('Varnholt, 58, announced her resignation at 10.00 a.m. outside the treasury.');
  const [told] = clocksOf('She announced her decision to reporters outside the treasury at 8.30am.');
  assert.deepEqual(named!.of, ['announc', 'resignation']);
  assert.equal(sameHappening(named!, told!), true);
  // Two acts stay two happenings whoever does them.
  const [left] = clocksOf('Ostrey Palk left the Mardovan depot at 6.00am.');
  const [fire] = clocksOf('The fire started at about 9.10am in the Mardovan depot.');
  assert.equal(sameHappening(left!, fire!), false);
});

test('a clause opening with a determiner names a thing, not a doer: the thing stays the happening', () => {
  const [sank] = clocksOf('The lifeboat sank at 4.00am off Harlow Point.');
  const [reached] = clocksOf('The lifeboat reached Harlow Point at 1.58am.');
  assert.equal(sank!.actFirst, undefined);
  assert.equal(sameHappening(sank!, reached!), false);
});

test('people held "hostage" are counted as the held, like people "held at gunpoint"', () => {
  assert.deepEqual(classesOf('A farmer accused of holding four people hostage in a Brisdale bakery appeared in court.'), { 'person:detained': [4] });
  assert.deepEqual(classesOf('The farmer held seven people at gunpoint in the Brisdale bakery.'), { 'person:detained': [7] });
});

test('people abducted, seized or "taken" with no place named are the held, whatever noun counts them', () => {
  assert.deepEqual(classesOf('Police in Varnow said three people had been abducted from the Tarrenby ferry.'), { 'person:detained': [3] });
  assert.deepEqual(classesOf('The gunmen holding six aid workers seized near Orbeck have made no demand.'), { 'person:detained': [6] });
  assert.deepEqual(classesOf('The mission in Orbeck says four staff were taken.'), { 'person:detained': [4] });
  // Taken somewhere is no abduction.
  assert.deepEqual(classesOf('The clinic said four people were taken to Orbeck General.'), { person: [4] });
});

test('hostages are counted as the held unless their clause tells they were freed; the freed are a count of their own', () => {
  assert.deepEqual(classesOf('The militia has always put the number of hostages at six.'), { 'person:detained': [6] });
  assert.deepEqual(classesOf('Three hostages were freed near Orbeck on Sunday.'), { 'person:freed': [3] });
  assert.deepEqual(classesOf('Officials in Varnow said two people were set free overnight.'), { 'person:freed': [2] });
});

test('a figure of others, or of the rest of a list after a named one of its kind, is a class of its own', () => {
  assert.deepEqual(classesOf('The regulator will also inspect the four other ferries the firm runs on the lake.'), { 'ferry/others': [4] });
  assert.deepEqual(classesOf('Patients were sent to Marrow Vale Hospital and three smaller hospitals nearby.'), { 'hospital/others': [3] });
  assert.deepEqual(classesOf('Ambulances went to Tessing General Hospital and to two smaller hospitals up the coast.'), { 'hospital/others': [2] });
  assert.deepEqual(classesOf('The regulator will inspect the four ferries the firm runs on the lake.'), { ferry: [4] });
});

test('a count of people who survived is a count of survivors, not of people', () => {
  assert.deepEqual(classesOf('Officials in Garvoy said 23 people survived the landslide.'), { 'person:survived': [23] });
});

test('an area or a volume of a length unit is a class of its own, no rival of a length', () => {
  assert.deepEqual(classesOf('Engineers at Cindlebury said the new pumps were moving 700 cubic metres of water.'), { 'cubic metre': [700] });
  assert.deepEqual(Object.keys(classesOf('The blaze near Cindlebury burned 35 square kilometres of heath.')), ['square metre']);
  assert.deepEqual(classesOf('The rescue drill at Cindlebury reached a gallery 380 metres below the surface.'), { metre: [380] });
});

test('"more" before the counted noun counts others added to those told; "the first N" counts a part of a group', () => {
  assert.deepEqual(classesOf('Two more porters injured in the fall came from Wenlow.'), { 'porter/others': [2] });
  assert.deepEqual(classesOf('The first three porters will be buried in Wenlow on Friday.'), { 'porter/part': [3] });
  assert.deepEqual(classesOf('Three porters will be buried in Wenlow on Friday.'), { porter: [3] });
});

test('seconds are a duration, in minutes', () => {
  assert.deepEqual(classesOf('A faulty clock cost Orlan Ysmeer about 40 seconds in the first game.'), { duration: [40 / 60] });
});

test('a count told per day is a rate, a class of its own, but not a count told a week ago', () => {
  assert.deepEqual(classesOf('The Crews of Drellbury make up to 30 Drops in the Day, informs the Ministry.'), { 'drop/rate': [30] });
  assert.deepEqual(classesOf('The Drellbury crews flew more than 200 drops over four days.'), { drop: [200] });
  assert.deepEqual(classesOf('The Drellbury council opened 42 cooling centres a week ago.'), { centre: [42] });
});

/** What the first figure of `cls` in the first claim of `text` tells of (its `what` and `timed`). */
function firstFigure(text: string, cls: string): Figure | undefined {
  const doc: CleanDocument = {
    id: 'w', source: 'w.txt', title: 'Report', outlet: 'Hollowby Courier', byline: null, publishedAt: '2025-06-11',
    dateProvenance: { method: 'meta', raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  return analyseDocument(doc).claims.flatMap((c) => figures(c).get(cls) ?? [])[0];
}

test('houses burned are destroyed, not damaged', () => {
  assert.equal(firstFigure('More than 40 Houses are burned in Tessmoor.', 'house')?.what, 'destroyed');
  assert.equal(firstFigure('A further 18 houses were damaged in Tessmoor.', 'house/others')?.what, 'damaged');
});

test('things on a span when it fell and things since brought out of the water are two counts, never one question', () => {
  const onSpan = firstFigure('Tessmoor Crossings said eight lorries had been on the span when it fell.', 'lorry')!;
  const raised = firstFigure('Five lorries are now out of the water at Tessmoor.', 'lorry')!;
  assert.deepEqual([onSpan.what, raised.what], ['aboard', 'recovered']);
  assert.equal(sameQuestion(onSpan, raised), false);
  assert.equal(firstFigure('Divers have raised three lorries from the Tessmoor channel.', 'lorry')?.what, 'recovered');
});

test('people moved out or ordered out of a place are the evacuated', () => {
  assert.deepEqual(classesOf('Nearly 4,000 people have been moved out of Tessmoor and the villages around it.'), { 'person:evacuated': [4000] });
  assert.deepEqual(classesOf('Most of the 2,400 people ordered out of Tessmoor were allowed home.'), { 'person:evacuated': [2400] });
});

test('people who spent the night in emergency shelters are the evacuated', () => {
  assert.deepEqual(classesOf('About 900 residents of Brellowick spent the night in emergency shelters.'), { 'person:evacuated': [900] });
});

test('a duration knows what lasted that long: the thing its compound qualifies or the subject that lasted it', () => {
  assert.equal(firstFigure('The Drellbury planes reached the fire after a 40-minute flight, the ministry said.', 'duration')?.timed, 'flight');
  assert.equal(firstFigure('The Flight from the Base in Ebrel to the Place of the Fire occupies one and half hour.', 'duration')?.timed, 'flight');
  assert.equal(firstFigure('The Drellbury talks, which lasted two hours, ended without a deal.', 'duration')?.timed, 'talk');
  assert.equal(firstFigure('The Drellbury talks ended at noon, and the vote, which lasted two hours, came after.', 'duration')?.timed, undefined);
});

/** What the first duration of a one-sentence `text` is the length of, its clause read with the words before it. */
function timedInSentence(text: string): string | undefined {
  const doc: CleanDocument = {
    id: 'w', source: 'w.txt', title: 'Report', outlet: 'Hollowby Courier', byline: null, publishedAt: '2025-06-11',
    dateProvenance: { method: 'meta', raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  return analyseDocument(doc).claims.flatMap((c) => figures(c, text.slice(0, c.start)).get('duration') ?? [])[0]?.timed;
}

test('a relative clause after a comma tells the length of the noun phrase before it, not of a place that phrase names', () => {
  assert.equal(timedInSentence("MARGIT OLLERY: At yesterday's press conference, which ran for nearly an hour, the Tessmoor mayor spoke first."), 'conferenc');
  assert.equal(timedInSentence('The mayors of Tessmoor and Drellbury yesterday have held the joint Press Conference in the Palace Pendrith, which lasted one and half hour, informs the agency.'), 'conferenc');
  // Without the words before it the clause still tells no thing.
  assert.equal(firstFigure("At yesterday's press conference, which ran for nearly an hour, the Tessmoor mayor spoke first.", 'duration')?.timed, undefined);
});

test('a sum is told by what was done with it: lent, withdrawn, guaranteed or put in are four sums', () => {
  assert.equal(firstFigure('Late on Tuesday the Welkinford central bank approved an emergency loan of 1.2 billion florins.', 'florin')?.what, 'lent');
  assert.equal(firstFigure('It has repaid the 1.2 billion florins the Welkinford central bank lent during the run.', 'florin')?.what, 'lent');
  assert.equal(firstFigure('Savers pulled more than 300 million florins from Welkinford Mutual on Tuesday.', 'florin')?.what, 'withdrawn');
  assert.equal(firstFigure('The mutual says 240 million florins left it that Tuesday.', 'florin')?.what, 'withdrawn');
  assert.equal(firstFigure('The Welkinford government guaranteed deposits of up to 150,000 florins on Saturday.', 'florin')?.what, 'guaranteed');
  assert.equal(firstFigure('Quossel Bank will put 250 million florins of fresh capital into Welkinford Mutual.', 'florin')?.what, 'invested');
});

test('"a further" or "another" right before a figure counts only those added to the ones told before', () => {
  assert.deepEqual(classesOf('A further 400,000 florins was found in a van in Drossmere on Saturday.'), { 'florin/others': [400_000] });
  assert.deepEqual(classesOf('Another 300,000 florins was found in a van in Drossmere on Saturday.'), { 'florin/others': [300_000] });
});

test('the figure a clause rejects is of what its own figure is of', () => {
  const doc: CleanDocument = {
    id: 'r', source: 'r.txt', title: 'Report', outlet: 'Hollowby Courier', byline: null, publishedAt: '2025-06-11',
    dateProvenance: { method: 'meta', raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text: 'He said savers took out 280 million florins from Welkinford Mutual on Tuesday the 3rd, not the 300 million that was reported.',
  };
  const whats = analyseDocument(doc).claims.flatMap((c) => (figures(c).get('florin') ?? []).map((f) => [f.value, f.what]));
  assert.deepEqual(whats, [[280_000_000, 'withdrawn'], [300_000_000, 'withdrawn']]);
});

test('a per cent told as the level of a named rate is that rate\'s, not the per cent of a pay offer beside it', () => {
  assert.deepEqual(classesOf('The Brisk Mills weavers say that with inflation running at 5.2 per cent the offer amounts to nothing.'), { 'percent/inflation': [5.2] });
  assert.deepEqual(classesOf('Brisk Mills has offered its weavers 3 per cent over one year.'), { percent: [3] });
});

test('a named rate as the subject of a plain "was", or told for an occasion, gives its level', () => {
  assert.deepEqual(classesOf('Turnout was 63.2 percent.'), { 'percent/turnout': [63.2] });
  assert.deepEqual(classesOf("Turnout in Saturday's mayoral vote was 58.7 per cent, the Pellinor board said."), { 'percent/turnout': [58.7] });
  assert.deepEqual(classesOf('Unemployment in Vassoway stood at 6.4 per cent.'), { 'percent/unemployment': [6.4] });
  // A change told without its level is no level: "rose 2 per cent" stays a plain per cent.
  assert.deepEqual(classesOf('Turnout rose 2 per cent on the last election.'), { percent: [2] });
});

test('the level a clause rejects right after a named rate\'s is that rate\'s', () => {
  const text = 'The board now puts turnout at nearly 61 per cent once late ballots are counted, not the 58.7 per cent announced on Sunday.';
  const doc: CleanDocument = {
    id: 'g', source: 'g.txt', title: 'Report', outlet: 'Hollowby Courier', byline: null, publishedAt: '2025-06-11',
    dateProvenance: { method: 'meta', raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
    language: 'en', url: null, text,
  };
  const out: Record<string, number[]> = {};
  for (const c of analyseDocument(doc).claims) {
    for (const [cls, fs] of figures(c, text.slice(0, c.start))) out[cls] = [...(out[cls] ?? []), ...fs.map((f) => f.value)];
  }
  assert.deepEqual(out, { 'percent/turnout': [61, 58.7] });
});

test('a per cent told as "nearly" falls short by points, a count by a share of itself', () => {
  const [share] = figuresOf('The Pellinor board puts turnout at nearly 61 per cent.');
  assert.deepEqual([share!.lo, share!.hi], [59, 61]);
  const [count] = figuresOf('Nearly 500 people crossed the Tessling weir.');
  assert.deepEqual([count!.lo, count!.hi], [450, 500]);
});

test('a figure told "above" or "exceeding" is a lower bound, as "more than" is', () => {
  const lo = (text: string): [number, number] => {
    const doc: CleanDocument = {
      id: 'f', source: 'f.txt', title: 'Report', outlet: 'Hollowby Courier', byline: null, publishedAt: '2025-06-11',
      dateProvenance: { method: 'meta', raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
      language: 'en', url: null, text,
    };
    const f = [...figures(analyseDocument(doc).claims[0]!).values()][0]![0]!;
    return [f.lo, f.hi];
  };
  assert.deepEqual(lo('The Tressel hoist must stop in winds above 60 km/h, the maker said.'), [60, Infinity]);
  assert.deepEqual(lo('Cranes in Vorrow stop in winds exceeding 60 km/h, the maker said.'), [60, Infinity]);
});

test('a figure told as the size or worth of a named thing names that thing; a quantity noun or a verb\'s object names none', () => {
  const sizes = (text: string): (string | undefined)[] => {
    const doc: CleanDocument = {
      id: 'f', source: 'f.txt', title: 'Report', outlet: 'Hollowby Courier', byline: null, publishedAt: '2025-06-11',
      dateProvenance: { method: 'meta', raw: '2025-06-11', inferred: false }, dateCandidates: [], modifiedAt: null,
      language: 'en', url: null, text,
    };
    return analyseDocument(doc).claims.flatMap((c) => [...figures(c).values()].flat().map((f) => f.sized));
  };
  assert.deepEqual(sizes('The Tavrenholt council set up a 2.5 million grivnet relief fund for the farms.'), ['fund']);
  assert.deepEqual(sizes('Farmers say the relief fund of 4 million grivnets has paid out almost nothing.'), ['fund']);
  assert.deepEqual(sizes('The council\'s relief scheme, worth 3 million grivnets, opened on Monday.'), ['schem']);
  assert.deepEqual(sizes('The mayor says the council\'s relief scheme, 3 million grivnets, opens next week.'), ['schem']);
  assert.deepEqual(sizes('The council has paid out a total of 3 million grivnets to the farms.'), [undefined]);
  assert.deepEqual(sizes('A court fined the Ostrebay dairy 3 million grivnets over the spill.'), [undefined]);
});

test('one of a group named in apposition right after it is a part of those counted, never a count of the group', () => {
  assert.deepEqual(classesOf("One deckhand, the trawler's carpenter, was cut by a falling block."), { 'deckhand/part': [1] });
  assert.deepEqual(classesOf('One deckhand, Brekkan Tomsen, was cut by a falling block.'), { 'deckhand/part': [1] });
  // A count told plainly stays the group's count.
  assert.deepEqual(classesOf('The 14 deckhands of the Ostrabel were freed on Friday.'), { deckhand: [14] });
});

test('a length of one told before a speaker\'s tag stays a length', () => {
  assert.deepEqual(classesOf('The Tomsen depot is closed for one month, the council said.'), { duration: [43200] });
});
