import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument } from '../../contract/pipeline.ts';
import { findEntities } from './index.ts';
import { splitSentences } from '../sentences/index.ts';

const run = (text: string) => {
  const r = findEntities({ text } as CleanDocument, []);
  const of = (name: string) => r.mentions.filter((m) => r.entities[m.entity].name === name).map((m) => m.text);
  return { ...r, of, names: r.entities.map((e) => `${e.type}:${e.name}`) };
};

test('names the lists have never seen: places from demonyms and prepositions, titled people, lower-case roles', () => {
  const text = 'CALVERO — Orsennan President Matthias Oldenvik met Talvari Foreign Ministry spokeswoman Leila Marut in Calvero. '
    + 'Orsenna, formally the Republic of Orsenna, and Talvar signed the Calvero Maritime Accord. The accord opens the Meris Strait; the strait was closed. '
    + 'Oldenvik said Talvari ships may dock at the Calvero shipyard.';
  const r = run(text);
  assert.deepEqual(r.names, [
    'person:Matthias Oldenvik', 'organization:Talvari Foreign Ministry', 'person:Leila Marut', 'place:Calvero',
    'place:Orsenna', 'place:Talvar', 'other:Calvero Maritime Accord', 'place:Meris Strait', 'place:Calvero shipyard',
  ]);
  assert.deepEqual(r.of('Calvero'), ['CALVERO', 'Calvero']);
  assert.deepEqual(r.of('Orsenna'), ['Orsenna', 'Republic of Orsenna']);
  assert.deepEqual(r.of('Calvero Maritime Accord'), ['Calvero Maritime Accord', 'accord']);
  assert.deepEqual(r.of('Meris Strait'), ['Meris Strait', 'strait']);
  assert.deepEqual(r.of('Matthias Oldenvik'), ['Matthias Oldenvik', 'Oldenvik']);
  assert.deepEqual(r.entities[0].roles.map((x) => x.role), ['Orsennan President']);
  assert.deepEqual(r.entities[2].roles.map((x) => x.role), ['Talvari Foreign Ministry spokeswoman']);
  assert.equal(r.entities[2].gender, 'female');
});

test('headlines, possessives and "X of the Y" do not glue names together', () => {
  const text = 'Obama Overturns Species Rule Bush Instated\n\nOrsenna\'s Ministry of Maritime Affairs praised Captain Irena Vasko of the Orsennan Coast Guard. Barack Obama signed it.';
  const r = run(text);
  assert.deepEqual(r.names, ['place:Orsenna', 'organization:Ministry of Maritime Affairs', 'person:Irena Vasko', 'organization:Orsennan Coast Guard', 'person:Barack Obama']);
  assert.deepEqual(r.of('Barack Obama'), ['Obama', 'Barack Obama']);
  assert.deepEqual(r.entities[2].roles.map((x) => x.role), ['Captain']);
});

test('an apposition whose noun phrase merely ends in a ship is no ship: its head is before the preposition', () => {
  const r = run('"We sail at dawn," Captain Mira Solen, the Veldan officer in command of the ship, said. The Taddeus Star, a 4,000-tonne cargo vessel of the Veldan fleet, docked.');
  assert.deepEqual(r.names.filter((n) => /Solen|Taddeus/.test(n)), ['person:Mira Solen', 'other:Taddeus Star']);
});

test(`organisations from their wording: an apposition headed by "company"/"operator", "X's board", "the company X", "the X party"`, () => {
  const names = (t: string) => run(t).names;
  assert.deepEqual(names('The mill is run by Brenna Kale, a private company that bought it in 2009.'), ['organization:Brenna Kale']);
  assert.deepEqual(names('Brenna Kale, the private operator of the mill, said nothing.'), ['organization:Brenna Kale']);
  assert.deepEqual(names("Brenna Kale's board met on Friday."), ['organization:Brenna Kale']);
  assert.deepEqual(names('The mill is operated by the private company Brenna Kale, which says it is cooperating.'), ['organization:Brenna Kale']);
  assert.deepEqual(names('Voters backed the Civic Dawn party in the runoff.'), ['organization:Civic Dawn']);
  assert.deepEqual(names('Brenna Kale, a private investigator, said nothing.'), ['person:Brenna Kale']);
});

test('places from their wording: "Neighbouring X", "the X district/province/valley/pass", "the X sports hall"', () => {
  const r = run('Neighbouring Vorland pledged aid. Rescuers crossed the Tessel pass into the Arno valley and the Stari Gard district of Amsel province. Families slept in the Brenn sports hall.');
  assert.deepEqual(r.names, ['place:Vorland', 'place:Tessel pass', 'place:Arno valley', 'place:Stari Gard district', 'place:Amsel province', 'place:Brenn sports hall']);
});

test("a country the lists do not know, from its state's offices and its people: \"Varnia's foreign minister\", \"Varnia nationals\"", () => {
  const r = run("Talks between the governments of Quellmark and Ostavia resumed. Quellmark's foreign minister, Merrin Rune, flew in. He said three Quellmark nationals are still held.");
  assert.deepEqual(r.of('Quellmark'), ['Quellmark', 'Quellmark', 'Quellmark']);
  assert.equal(r.entities.find((e) => e.name === 'Quellmark')?.type, 'place');
  assert.equal(run('Talks between the governments of Vessery and the rebels resumed.').entities.find((e) => e.name === 'Vessery')?.type, 'place');
  // a company's officers are no state's: "Brantwell's chief executive" types nothing as a place
  assert.notEqual(run("Brantwell's chief executive, Ola Fenn, resigned.").entities.find((e) => e.name === 'Brantwell')?.type, 'place');
});

test('a place where a journey ends: "flew home to X", "was towed to X"; bare "to" is no cue', () => {
  const r = run('The crew flew home to Hollisk on Friday. The wreck was towed to Marrowby. She spoke to Tressingham.');
  assert.deepEqual(r.names.filter((n) => n.startsWith('place:')), ['place:Hollisk', 'place:Marrowby']);
  assert.notEqual(r.entities.find((e) => e.name === 'Tressingham')?.type, 'place');
});

test('a description by the class noun the document gave one organisation: "the charity" after "the charity Hollow Aid"', () => {
  const r = run('Gunmen stopped a convoy of the charity Hollow Aid near Tarsk. An armed group calling itself the Grey Lantern Front said it held the staff. '
    + 'The charity has worked there since 2019. The group made no demands. The group of three nurses was freed.');
  assert.deepEqual(r.of('Hollow Aid'), ['Hollow Aid', 'charity']);
  // "the group of three nurses" goes on with "of": another group
  assert.deepEqual(r.of('Grey Lantern Front'), ['Grey Lantern Front', 'group']);
});

test('every mention is an exact slice of the text', () => {
  const text = 'Kim Jong-un met Jean-Marie Le Pen. Le Pen and Kim spoke to Agence France-Presse (AFP); AFP said so.';
  const r = run(text);
  for (const m of r.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(r.of('Jean-Marie Le Pen'), ['Jean-Marie Le Pen', 'Le Pen']);
  assert.deepEqual(r.of('Agence France-Presse'), ['Agence France-Presse', 'AFP', 'AFP']);
});

test('a surname with a contrary honorific is not linked; first names give a gender', () => {
  const r = run('Kathryn Jenkin was found dead. Police questioned Mr Jenkin, her husband, on Monday. Kathryn was 46.');
  assert.deepEqual(r.names, ['person:Kathryn Jenkin', 'person:Jenkin']);
  assert.deepEqual(r.of('Kathryn Jenkin'), ['Kathryn Jenkin', 'Kathryn']);
  assert.equal(r.entities[0].gender, 'female');
  assert.equal(r.entities[1].gender, 'male');
  assert.deepEqual(r.of('Jenkin'), ['Jenkin']);
});

test('fresh wire and translated copy: dateline capitals, counted units, titles run on, surnames possessed, shouted labels', () => {
  // a dateline place in capitals is the place named below it, not an acronym; a real acronym stays an organisation
  const a = run('VARNO, Keldia — Talks resumed in Varno on Monday, the IMF said.');
  assert.deepEqual(a.of('Varno'), ['VARNO', 'Varno']);
  assert.equal(a.entities.find((e) => e.name === 'Varno')?.type, 'place');
  assert.equal(a.entities.find((e) => e.name === 'IMF')?.type, 'organization');
  // "8 Million Euros": machine translation capitalises counted nouns
  assert.deepEqual(run('The Captors demand 8 Million Euros for the Liberation, said Pavel Odrin.').names, ['person:Pavel Odrin']);
  // a year or a name of its own after a number is no count
  const counted = run('The film shows the mother of 4 Corla Benvik before the 2019 Harwick Rovers won the cup.').entities.map((e) => e.name);
  assert.deepEqual(counted, ['Corla Benvik', 'Harwick Rovers']);
  // a title cut by a lower-case word carries on into "of <country> <name>"
  const b = run('The Minister of the foreign Affairs of Velmaria Oskar Drennik has declared, that the Talks go on.');
  assert.deepEqual(b.names, ['person:Oskar Drennik']);
  assert.deepEqual(b.entities[0].roles.map((r) => r.role), ['Minister of the foreign Affairs of Velmaria']);
  // "the Citizen of <country> <name>": the country is known from its lower-case demonym ("the keldian State")
  const c = run('The Driver of the Bus, the Citizen of Keldia Arno Vessik, is still held in the mountains by the kidnappers, who asked for nothing. No Talks are held on the Part of the keldian State, officials said.');
  assert.ok(c.names.includes('person:Arno Vessik'), c.names.join('; '));
  // "in Olsen's case" after "Tarik Olsen" is no place, and does not make the name a company's; "in Detention" neither
  assert.deepEqual(run('Tarik Olsen was charged on Friday and, in Olsen\'s case, held in Detention.').names, ['person:Tarik Olsen']);
  // a transcript label in capitals is one name, not a first name and a verb
  assert.deepEqual(run('MIRA TOLLEN (recording): We are ready to go home now.').names, ['person:MIRA TOLLEN']);
});

test('organisation cues of fresh writing: a noun in apposition, a plural possessive inside the name, a cell of a named group', () => {
  const a = run('A local newspaper, Brisk Morgen, said the Dockers\' Welfare Fund had paid. The Orrin Vale Front claimed it; the Orrin Vale cell was small.');
  assert.deepEqual(a.names, ['organization:Brisk Morgen', 'organization:Dockers\' Welfare Fund', 'organization:Orrin Vale Front']);
  assert.deepEqual(a.of('Orrin Vale Front'), ['Orrin Vale Front', 'Orrin Vale']);
  // a police title before a surname is a title: "Officer Brandt" is Jon Brandt
  const b = run('Jon Brandt was shot at the checkpoint. Officer Brandt had served for ten years; the Policeman Jon Brandt was buried in Tarn.');
  assert.deepEqual(b.of('Jon Brandt'), ['Jon Brandt', 'Brandt', 'Jon Brandt']);
});

test('a firm named by a word and its trade is an organisation, called by the word alone; not where the word names a river', () => {
  const firm = run('Fenstock Cement said it would close the kiln. Ulla Tressa, the union chair, said: "We were not asked." '
    + 'Fenstock said the decision was final, and Fenstock\'s shares fell.');
  assert.deepEqual(firm.names, ['organization:Fenstock Cement', 'person:Ulla Tressa']);
  assert.deepEqual(firm.of('Fenstock Cement'), ['Fenstock Cement', 'Fenstock', 'Fenstock']);
  // the Union "of the Cement" a machine translation writes is no firm's name
  assert.ok(!run('Ulla Tressa of the Cement and Quarry Workers\' Union spoke.').names.includes('organization:Ulla Tressa of the Cement'));
  const airline = run('Corvath Air cancelled twelve flights. Corvath said the pilots were ill.');
  assert.deepEqual([airline.names, airline.of('Corvath Air')], [['organization:Corvath Air'], ['Corvath Air', 'Corvath']]);
  // a carrier or yard named by its trade is as much a firm: no surname ends a name so
  const yard = run('Brackwold Salvage raised the barge on Friday, and Quimsey Haulage towed it to the quay. Tarrowind Towage sent two tugs.');
  assert.deepEqual(yard.names, ['organization:Brackwold Salvage', 'organization:Quimsey Haulage', 'organization:Tarrowind Towage']);
  const river = run('Quellmar Water raised its prices. Boats were lost across the Quellmar on Monday, and Quellmar fell silent.');
  assert.deepEqual(river.of('Quellmar Water'), ['Quellmar Water']);
});

test('one-word names in one list, or a range "from X to Y", are of one kind: listed with a place, a place; a comma alone makes no list', () => {
  const r = run('The storm cut power from Quorrin to Vessleby overnight, leaving Tamberlow, Drumquin and Quorrin without light. '
    + 'Crews worked in Quorrin all day. In Quorrin, Hargitay said the lines would hold.');
  assert.deepEqual(r.names.filter((n) => n.startsWith('place:')), ['place:Quorrin', 'place:Vessleby', 'place:Tamberlow', 'place:Drumquin']);
  assert.notEqual(r.entities.find((e) => e.name === 'Hargitay')?.type, 'place');
});

test('a feast of the calendar is a time, and a determiner opens no name: "New Year\'s Eve", "Every Minute counts"', () => {
  const r = run("The ferry sank on New Year's Eve. «Every Minute counts,» said Mayor Thomas Quarmby on Christmas Day.");
  assert.deepEqual(r.names, ['person:Thomas Quarmby']);
});

test('a hospital, an infirmary, a clinic or a hospice named by its place is an organisation, not a place', () => {
  const r = run('Twelve patients were moved to Quellby General Hospital on Monday. The Ardensk Royal Infirmary and the Brumlow Eye Clinic '
    + 'took the rest, and Marrowfen Hospice said it had no beds.');
  assert.deepEqual(r.names.filter((n) => /Hospital|Infirmary|Clinic|Hospice/u.test(n)), [
    'organization:Quellby General Hospital', 'organization:Ardensk Royal Infirmary', 'organization:Brumlow Eye Clinic', 'organization:Marrowfen Hospice',
  ]);
});

test('a coastguard, a constabulary, a gendarmerie or a regulator named by its place is an organisation', () => {
  const r = run('The Vessleby Coastguard sent two cutters on Tuesday, and the Tamberlow Constabulary closed the beach.');
  assert.deepEqual(r.names.filter((n) => n.startsWith('organization:')), ['organization:Vessleby Coastguard', 'organization:Tamberlow Constabulary']);
});

test('"the" before a word ending in s marks a group only where the word heads its phrase, not where it opens a longer name or modifies a noun', () => {
  const modifier = run('The outage has shut the Tarnis Water Board since Monday. Crews from Bellmoor have worked since the Tarnis attack.');
  assert.deepEqual(modifier.names, ['organization:Tarnis Water Board', 'place:Bellmoor']);
  assert.deepEqual(modifier.of('Tarnis Water Board'), ['Tarnis Water Board']);
  // the word heading its phrase ("the Yorvas won") still reads as a team
  const team = run('Fans cheered as the Yorvas won again on Sunday.');
  assert.deepEqual(team.names, ['organization:Yorvas']);
});

test('a name ending in a competition or festival word is an event, no person', () => {
  const r = run('The roof fell during the Brankmoor Spring Cup, and the Oddley Harbour Festival was called off.');
  assert.deepEqual(r.names, ['other:Brankmoor Spring Cup', 'other:Oddley Harbour Festival']);
});

test("a plural noun's apostrophe inside a body's name keeps the name whole: \"the Orlam Tenants' Voice\" is one organisation", () => {
  const r = run("Dara Tolkers, who chairs the tenants' group Orlam Tenants' Voice, said people in Orlam deserved answers. Kessby Parents' Forum met. Hollistrand Terminals' Welmsby Container Terminal closed.");
  assert.deepEqual(r.names.filter((n) => !/Tolkers/.test(n)), [
    "organization:Orlam Tenants' Voice", 'place:Orlam', "organization:Kessby Parents' Forum", 'organization:Hollistrand Terminals', 'place:Welmsby Container Terminal',
  ]);
  // a person tied to the body by "of the" is still cut from it at the apostrophe
  assert.ok(!run("Ludmilla Orlowe of the Kessby Tenants' Voice spoke.").names.some((n) => /Orlowe of/.test(n)));
});

test('a museum is a body (it lends, insures and is run by a director and a board): "the Tollenby City Museum" is an organisation', () => {
  assert.deepEqual(run('The Tollenby City Museum lent the paintings. The Thornwade Abbey Museum closed.').names, ['organization:Tollenby City Museum', 'organization:Thornwade Abbey Museum']);
});

test('a station named by its medium first is an organisation, not a person', () => {
  const r = run('Twelve people were hurt when a roof fell in Quillendar, the mayor told Radio Ostravinne on Monday. Radio Ostravinne said the hall had been shut.');
  assert.deepEqual(r.names, ['place:Quillendar', 'organization:Radio Ostravinne']);
  assert.deepEqual(r.of('Radio Ostravinne'), ['Radio Ostravinne', 'Radio Ostravinne']);
});

test('what a person owns or founded is a business, not a person, though no head word types it', () => {
  const r = run('Forty guests fell ill after the feast. Ansgar Tumbrell, 51, owner of Dravenhook Larder, was questioned on Monday. Inspectors banned Dravenhook Larder from catering.');
  assert.deepEqual(r.names, ['person:Ansgar Tumbrell', 'organization:Dravenhook Larder']);
  assert.deepEqual(r.of('Dravenhook Larder'), ['Dravenhook Larder', 'Dravenhook Larder']);
});

test('title words ending in a body\'s head name the body ("the Justice Ministry"); another field\'s description is another body', () => {
  const run2 = (text: string) => {
    const r = findEntities({ text } as CleanDocument, splitSentences(text), 'combined');
    return { names: r.entities.map((e) => `${e.type}:${e.name}`), of: (name: string) => r.mentions.filter((m) => r.entities[m.entity].name === name).map((m) => m.text) };
  };
  const a = run2('Visits will resume in May, said the Justice Ministry. The ministry gave no reason. The Director of the Police, Captain Edda Vantreck, spoke.');
  assert.deepEqual(a.names, ['organization:Justice Ministry', 'person:Edda Vantreck']);
  assert.deepEqual(a.of('Justice Ministry'), ['Justice Ministry', 'ministry']);
  const b = run2('Pickets gathered at the gates of the Energy Ministry on Pellbrook Road. The health ministry said 40 people were treated. The ministry of energy said nothing.');
  assert.deepEqual(b.names, ['organization:Energy Ministry', 'place:Pellbrook Road', 'organization:health ministry']);
  assert.deepEqual(b.of('health ministry'), ['health ministry']);
});

test('a proper name that keeps its field word before the head ("Pelvoradt Press Agency"): another field\'s description is another body', () => {
  const text = 'Nine flats were flooded, according to the Pelvoradt Press Agency. Tenants were moved to hotels by the housing agency. The agency later corrected its figure.';
  const r = findEntities({ text } as CleanDocument, splitSentences(text), 'combined');
  const of = (name: string) => r.mentions.filter((m) => r.entities[m.entity].name === name).map((m) => m.text);
  assert.deepEqual(of('Pelvoradt Press Agency'), ['Pelvoradt Press Agency', 'agency']);
});

test('a part of a thing or a place in it heads no name before "of" ("the Entrance of the Station" in a translation)', () => {
  const text = 'In the Town Orlaskeep the Travellers queued at the Entrance of the Drossenwick Terminal. Half of the Roof is fallen.';
  const r = findEntities({ text } as CleanDocument, splitSentences(text), 'combined');
  assert.deepEqual(r.entities.map((e) => `${e.type}:${e.name}`), ['place:Town Orlaskeep', 'place:Drossenwick Terminal']);
  assert.deepEqual(r.mentions.map((m) => m.text), ['Town Orlaskeep', 'Drossenwick Terminal']);
});

test('what owns a city or a region is a place: "Quellvania\'s second city"', () => {
  const text = 'A bridge gave way at dawn in Smorrik, Quellvania\'s second city, on Friday after days of rain.';
  const r = findEntities({ text } as CleanDocument, splitSentences(text), 'combined');
  assert.deepEqual(r.entities.map((e) => `${e.type}:${e.name}`), ['place:Smorrik', 'place:Quellvania']);
});

test('a meadow is a place: "Quistlemere Meadow"', () => {
  const text = 'About 2,000 fans were still leaving Quistlemere Meadow when the storm hit. Stewards at Quistlemere Meadow opened the side gates.';
  const r = findEntities({ text } as CleanDocument, splitSentences(text), 'combined');
  assert.deepEqual(r.entities.map((e) => `${e.type}:${e.name}`), ['place:Quistlemere Meadow']);
});

test('who speaks in a transcript\'s label is a person, whatever a tagger makes of the words', () => {
  const text = '[07:10] CALLIDORA PENNINGHURST: Good morning. A crane fell on the quay overnight.\n[07:11] OSTROWFORD MELLISH: Thank you. Two workers were hurt.\n[07:12] CALLIDORA PENNINGHURST: And the port?';
  const r = findEntities({ text } as CleanDocument, splitSentences(text), 'combined');
  assert.deepEqual(r.entities.map((e) => `${e.type}:${e.name}`), ['person:CALLIDORA PENNINGHURST', 'person:OSTROWFORD MELLISH']);
});
