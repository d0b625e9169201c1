import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CleanDocument, EntityMention, LocalEntity } from '../../contract/pipeline.ts';
import { splitSentences } from '../sentences/index.ts';
import { findQuotes, findQuotesDetailed } from './index.ts';
import { findEntities } from '../entities/index.ts';

const doc = (text: string): CleanDocument => ({ text } as CleanDocument);
const run = (text: string, entities: LocalEntity[] = [], mentions: EntityMention[] = []) =>
  findQuotes(doc(text), splitSentences(text), entities, mentions);
const person = (name: string, gender?: 'male' | 'female', roles: string[] = []): LocalEntity =>
  ({ type: 'person', name, aliases: [name], roles: roles.map((role) => ({ role, start: 0, end: 0 })), ...(gender ? { gender } : {}) });
function mentionsOf(text: string, names: [string, number][]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [n, entity] of names) for (const m of text.matchAll(new RegExp(n, 'g'))) out.push({ start: m.index!, end: m.index! + n.length, text: n, entity });
  return out.sort((a, b) => a.start - b.start);
}

test('finds quotes in all mark styles with offsets into the text', () => {
  const t = 'Smith said: «We will win this war.» Jones replied: „We will see about that soon.“ Lee added: "Nothing is decided yet at all."';
  const qs = run(t);
  assert.deepEqual(qs.map((q) => [q.text, q.speakerText]), [
    ['We will win this war.', 'Smith'], ['We will see about that soon.', 'Jones'], ['Nothing is decided yet at all.', 'Lee'],
  ]);
  for (const q of qs) assert.equal(t.slice(q.start, q.end), q.text);
});

test('apostrophes are not quote marks; single quotes are', () => {
  const qs = run('“I don’t think the ministers’ plan will work at all,” the spokeswoman said. He called it \'a bad idea\'.');
  assert.equal(qs.length, 2);
  assert.equal(qs[0].text, 'I don’t think the ministers’ plan will work at all,');
  assert.equal(qs[0].speakerText, 'the spokeswoman');
  assert.deepEqual([qs[1].text, qs[1].partial], ['a bad idea', true]);
});

test('speaker after a long gap, inverted speaker, channel', () => {
  const t = '“We are deeply worried about the situation,” declared on Tuesday in a statement the ministry spokeswoman Maria Zakharova.\n\n“This is a clear violation of the accord,” the minister said, according to Reuters.';
  const [a, b] = run(t);
  assert.equal(a.speakerText, 'Maria Zakharova');
  assert.deepEqual([b.speakerText, b.viaText], ['the minister', 'Reuters']);
});

test('multi-paragraph, unclosed and bracketed quotes; a bare paragraph continues the speaker', () => {
  const t = '“We will stay here until the end (…) and [the country] will prevail,” continued Mr. Brown.\n\n“Nobody will move us from this place ever again.\n\n“Not now and not in a hundred years,” he said.\n\nThe crowd cheered “and then some more of that';
  const qs = run(t);
  assert.equal(qs[0].text, 'We will stay here until the end (…) and [the country] will prevail,');
  assert.equal(qs[0].speakerText, 'Mr. Brown');
  assert.equal(qs[1].text, 'Nobody will move us from this place ever again.\n\n“Not now and not in a hundred years,');
  assert.equal(qs[1].speakerText, 'Mr. Brown');
  assert.equal(qs[2].text, 'and then some more of that');
  assert.equal(qs[2].speaker, null);
});

test('pronouns resolve to the nearest gender-compatible entity; roles to the matching entity', () => {
  const t = 'Angela Merkel met Olaf Brandt in Berlin. “We agreed on every single point today,” she said.\n\n“The talks were long but useful for both sides,” the chancellor added.';
  const ents = [person('Angela Merkel', 'female', ['chancellor']), person('Olaf Brandt', 'male')];
  const qs = run(t, ents, mentionsOf(t, [['Angela Merkel', 0], ['Olaf Brandt', 1]]));
  assert.deepEqual(qs.map((q) => [q.speaker, q.speakerText]), [[0, 'Angela Merkel'], [0, 'the chancellor']]);
});

test('no speaker in the text gives null; hostile input never throws', () => {
  assert.deepEqual(run('The sign read “Welcome to the harbour of the free city”.').map((q) => q.speaker), [null]);
  assert.deepEqual(run(''), []);
  assert.ok(Array.isArray(run('"'.repeat(5000) + '«»„“\u0000')));
  assert.deepEqual(findQuotes({} as CleanDocument, [], [], []), []);
});

test('appositives, parentheses, epigraph dashes, colon introductions and channels after the quote', () => {
  const t = [
    '"Discrimination has no place in our laws at all," Sarah Warbelow, legal director for the rights group, said in a statement.',
    '“It’s a dog whistle to all of us here,” Rep. Gwen Moore (D-Wis.) said Friday.',
    '“He represents our greatest shame as a nation.” ― Sonya Herridge',
    'The president released the following statement:',
    '“Hillary and I offer our condolences to the family.”',
    'At the dinner, Bekhaliev raised a toast “to the harbour that made neighbours of strangers”, Meridian reported.',
    '“Go back to Univision, go back,” Trump shot back.',
  ].join('\n\n');
  const qs = run(t);
  assert.deepEqual(qs.map((q) => [q.speakerText, q.viaText]), [
    ['Sarah Warbelow', null], ['Rep. Gwen Moore', null], ['Sonya Herridge', null], ['The president', null],
    ['Bekhaliev', 'Meridian'], ['Trump', null],
  ]);
});

test('determiner chains, possessive appositives, sentence-initial inverted verbs and object verbs after a quote', () => {
  const t = [
    'The former pollster said, “She is behind in a number of polls this week.”',
    '“Bernie believes the path runs through the states,” Jeff Weaver, Sanders’ campaign manager, said in a statement.',
    'Said Comey, “The thought that an error on our part is connected is painful.”',
    '“That means a loose cannon is within reach of the job,” warned Clinton.',
    '“How big is that wall going to be?” asked the boy.',
    'Another source familiar with the talks said, “I think he will try to get along.”',
    'Her campaign blasted out an email to supporters stating, “The speaker joins a growing list of critics.”',
    'And Mr. Christie gloated: “I told you he would not be ready for this.”',
    '“I fundamentally disagree with that,” said Gen. Mick Bednarek, who served in Iraq. “The bottom line is that bombing has no bearing.”',
  ].join('\n\n');
  assert.deepEqual(run(t).map((q) => q.speakerText), [
    'The former pollster', 'Jeff Weaver', 'Comey', 'Clinton', 'the boy', null /* anonymous source: span found, no speaker */, 'Her campaign', 'Mr. Christie',
    'Gen. Mick Bednarek', 'Gen. Mick Bednarek',
  ]);
});

test('a quote woven into a clause takes a person-like clause subject, never "it" or a thing', () => {
  const t = [
    'Moore thanked him for “stepping up and taking action when Congress won’t.”',
    'The dinner followed a joint statement in which they “commit to the shared use of the strait”.',
    'Iowa State University’s Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”',
    'Sanders was asked by host Bill Maher, “Now, you famously said you were tired of hearing about it?”',
    'Clinton supports “appropriate pay raises,” opposes “across-the-board arbitrary pay freezes” and recalled the freeze.',
  ].join('\n\n');
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Moore', null, 'Iowa State University’s Dianne Bystrom', 'Bill Maher', 'Clinton', 'Clinton']);
});

test('sentence-final attributions of mixed quotes, inverted role phrases and multi-word role subjects', () => {
  const t = [
    '"And yet it would seal the deal even more for her" because she would expand her delegate lead, he said.',
    '“Donald is, and always has been, an amazing leader,” said the 46-year-old.',
    '"China is concerned about what North Korea is doing," the independent Vermont senator and Democratic presidential candidate said.',
  ].join('\n\n');
  const qs = findQuotesDetailed(doc(t), splitSentences(t), [], []);
  assert.deepEqual(qs.map((q) => q.speakerSpan && t.slice(q.speakerSpan.start, q.speakerSpan.end)), ['he', 'the 46-year-old', 'Democratic presidential candidate']);
});

test('an attribution between two quotes beats a subject found before the first; participles keep the main subject', () => {
  const t = [
    '"These guys know how to use words," said Sherman, speaking of politicians, "and leave themselves a little wiggle room."',
    'Mr. Putin also came close to an admission that Russian soldiers had fought in the war, saying, “We never said there were no people there.”',
  ].join('\n\n');
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Sherman', 'Sherman', 'Mr. Putin']);
});

test('relative pronouns, leading adverbials without a comma, role phrases with a name in apposition, list epigraphs', () => {
  const t = [
    'The prize went to the novelist Mara Quell, who said: “I wrote it for the dockers of my home town.”',
    'In the evening at the gala dinner in the old fort the Governor lifted his cup “to the river that feeds both our towns”.',
    '“We will open the gates at dawn,” said the port director, Ilse Varga, who runs the terminal.',
    '“He never answers a question.” ― Tomas Ferrer',
    '“As a nurse I would rather work in what he calls” “chaos” than under his rules.” ― Lucia Brandt',
  ].join('\n\n');
  const qs = findQuotesDetailed(doc(t), splitSentences(t), [], []);
  assert.deepEqual(qs.map((q) => [q.quote.speakerText, q.speakerSpan && t.slice(q.speakerSpan.start, q.speakerSpan.end)]), [
    // the relative pronoun is the verb's subject in the text; its antecedent is the speaker
    ['Mara Quell', 'who'],
    ['the Governor', 'the Governor'],
    ['Ilse Varga', 'the port director, Ilse Varga'],
    ['Tomas Ferrer', 'Tomas Ferrer'],
    ['Lucia Brandt', 'Lucia Brandt'], ['Lucia Brandt', 'Lucia Brandt'],
  ]);
});

test('a transcript: guests\' labelled lines are quotes of the label, the host\'s lines are not', () => {
  const t = 'MARA VENN: Good evening. The bridge at Odra closed this morning. Mr Pell, how long will it stay shut?\n\n'
    + 'TOMAS PELL: At least a week. Our engineers found cracks in two piers and we will not take risks.\n\n'
    + 'MARA VENN: Drivers say the detour adds an hour.\n\n'
    + 'TOMAS PELL: I know, and I am sorry. But I said it last year and I will say it again: this bridge needs replacing.\n\n'
    + 'TOMAS PELL: The piers are sound now. What I said on Monday still stands: the deck comes next.\n\n'
    + 'ANNE KORD (recording): We have waited long enough for a new bridge.\n\n'
    + 'DRIVER (Ivo Salt): I leave home at five now.\n\n'
    + 'KAI DORN (HARBOUR BOARD) (recording): The ferry runs again on Monday.';
  const ents = [person('Mara Venn', 'female'), person('Tomas Pell', 'male'), person('Anne Kord', 'female'), person('Ivo Salt', 'male')];
  const qs = run(t, ents, mentionsOf(t, [['MARA VENN', 0], ['TOMAS PELL', 1], ['Mr Pell', 1], ['ANNE KORD', 2], ['Ivo Salt', 3]]));
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [
    ['At least a week. Our engineers found cracks in two piers and we will not take risks.', 1],
    ['I know, and I am sorry.', 1],
    ['this bridge needs replacing.', 1],
    ['The piers are sound now.', 1],
    ['the deck comes next.', 1],
    ['We have waited long enough for a new bridge.', 2],
    // a role label naming its speaker in brackets speaks for the named person
    ['I leave home at five now.', 3],
    // a second bracket is read past
    ['The ferry runs again on Monday.', null],
  ]);
  for (const q of qs) assert.equal(t.slice(q.start, q.end), q.text);
  // two labelled paragraphs, or one voice only, make no transcript
  assert.deepEqual(run('NOTE: Prices include tax.\n\nUPDATE: The shop opens at nine.'), []);
});

test('«…?» asked X at …: a named speaker followed by when or where is still the speaker', () => {
  const t = '„Who opened the door for the thieves?“ asked the chairwoman of the committee Greer Vance at the start.';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Greer Vance']);
});

test('"repeated, that …:" introduces the quote after the colon; "repeated warnings" is no verb', () => {
  const t = 'The Minister of the Transport Rut Vale repeated, that [Osk] did not pay: «We do not pay to the Criminals».\n\n'
    + 'Despite repeated warnings, the board said it was “safe”.';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Minister of the Transport Rut Vale', 'the board']);
});

test('reversed guillemets (»…«) are quotes; a news agency the speaker told is the channel, except in its own article', () => {
  const t = 'The mayor said the river rose »like a wall« overnight. "We will need every boat we have," Halvor Dunne told Brightwire.';
  const ents = [person('Halvor Dunne', 'male')];
  const qs = findQuotes({ text: t, outlet: 'Lakeview Daily' } as CleanDocument, splitSentences(t), ents, mentionsOf(t, [['Halvor Dunne', 0]]));
  assert.deepEqual(qs.map((q) => [q.text, q.viaText]), [['like a wall', null], ['We will need every boat we have,', 'Brightwire']]);
  const own = findQuotes({ text: t, outlet: 'Brightwire News Agency' } as CleanDocument, splitSentences(t), ents, mentionsOf(t, [['Halvor Dunne', 0]]));
  assert.equal(own[1].viaText, null);
  // a person he told is no channel
  const u = 'Halvor Dunne met Ines Marr on Monday. "We will need every boat we have," Dunne told Marr.';
  const pq = findQuotes({ text: u, outlet: 'Lakeview Daily' } as CleanDocument, splitSentences(u), [person('Halvor Dunne', 'male'), person('Ines Marr', 'female')], mentionsOf(u, [['Halvor Dunne', 0], ['Ines Marr', 1]]));
  assert.equal(pq[0].viaText, null);
});

test('"she said": a woman named in the sentence beats a nearer person of unknown gender', () => {
  const t = 'Ms Varga, who is backed by Governor Teodor Brill\'s party, rejected the complaint. "The count was fair and the result stands," she said.';
  const ents = [person('Anna Varga', 'female'), person('Teodor Brill')];
  assert.deepEqual(run(t, ents, mentionsOf(t, [['Varga', 0], ['Teodor Brill', 1]])).map((q) => q.speaker), [0]);
});

test('"Her words on the first morning – «…» –": the possessive pronoun speaks', () => {
  const t = 'Judge Ena Hollis ran the inquiry for a year. Her words on the last day – "The river did not fail, the people did" – were quoted everywhere.';
  assert.deepEqual(run(t, [person('Ena Hollis', 'female')], mentionsOf(t, [['Ena Hollis', 0]])).map((q) => q.speaker), [0]);
  // a possessive without a speech noun names nobody
  const u = 'Judge Ena Hollis ran the inquiry for a year. Her office on the last day – "closed for repairs" – was empty.';
  assert.deepEqual(run(u, [person('Ena Hollis', 'female')], mentionsOf(u, [['Ena Hollis', 0]])).map((q) => q.speaker), [null]);
});

test('"Its report says «…»" is the organisation; "said several sections needed «…»" names nobody', () => {
  const t = 'The Harbour Safety Board (HSB) inspected the quay in May. Its report says the north wall "needs urgent repair" before winter.';
  const org: LocalEntity = { type: 'organization', name: 'Harbour Safety Board', aliases: ['Harbour Safety Board', 'HSB'], roles: [] };
  assert.deepEqual(run(t, [org], mentionsOf(t, [['Harbour Safety Board', 0], ['HSB', 0]])).map((q) => q.speaker), [0]);
  assert.deepEqual(run('The walls were last raised in 1985. A state audit in 2022 said several sections needed "major reinforcement."').map((q) => q.speakerText), [null]);
});

test('"the company said" is the one organisation the document calls a company; "X\'s board said" is X', () => {
  const t = 'The mill is run by Brenna Kale, a private company that bought it in 2009. In a statement, the company said it was "cooperating fully with the police". '
    + 'Brenna Kale\'s board said it had suspended him "until the facts are known".';
  const org: LocalEntity = { type: 'organization', name: 'Brenna Kale', aliases: ['Brenna Kale'], roles: [] };
  assert.deepEqual(run(t, [org], mentionsOf(t, [['Brenna Kale', 0]])).map((q) => q.speaker), [0, 0]);
});

test('an age description speaks for the person the text gives that age, else the one person just named', () => {
  const t = 'Halden\'s Petra Olsvik thanked the rescuers at a ceremony in Brask yesterday.\n\n"We were lucky, and we know it," the 52-year-old engineer told the crowd.';
  const ents = [person('Petra Olsvik', 'female')];
  const [q] = run(t, ents, mentionsOf(t, [['Petra Olsvik', 0]]));
  assert.deepEqual([q.speakerText, q.speaker], ['the 52-year-old engineer', 0]);
  // two people named: the age given beside one of them decides; a wrong age matches nobody
  const t2 = 'Tomas Berg, 34, and Anna Lind, 61, were freed on Friday. "I want to sleep," the 61-year-old said. "Not yet," the 40-year-old said.';
  const ents2 = [person('Tomas Berg', 'male'), person('Anna Lind', 'female')];
  const [a, b] = run(t2, ents2, mentionsOf(t2, [['Tomas Berg', 0], ['Anna Lind', 1]]));
  assert.deepEqual([a.speaker, b.speaker], [1, null]);
});

test('a written statement speaks for the person its apposition says signed it', () => {
  const t = 'The letter, sent to newsrooms on Friday and signed by a commander who called himself Jon Arvik, said the prisoners were "safe and fed" and asked for talks.';
  const [q] = run(t, [person('Jon Arvik', 'male')], mentionsOf(t, [['Jon Arvik', 0]]));
  assert.deepEqual([q.speakerText, q.speaker], ['The letter', 0]);
  // no signer named: the statement stays its own speaker
  const t2 = 'The statement, posted late on Friday, said the prisoners were "safe and fed" and asked for talks.';
  const [q2] = run(t2, [person('Jon Arvik', 'male')], mentionsOf(t2, [['Jon Arvik', 0]]));
  assert.deepEqual([q2.speakerText, q2.speaker], ['The statement', null]);
});

test('a translated wire report credited in dateline and body: every quote came through the agency', () => {
  const t = 'PORTVILLE, 3 May. /NPA/. The Ministry of the Fisheries has closed the Bay, transmits the Norland Press Agency (NPA).\n\n'
    + 'The Minister Ora Tallis has declared: «We close the Bay until the Water is clean».\n\n'
    + 'The Harbour master Ivo Brenn has said: «The Fishers are very angry». The Bay was closed already in 2019, writes the Agency.';
  const ents: LocalEntity[] = [
    { type: 'organization', name: 'Norland Press Agency', aliases: ['Norland Press Agency', 'NPA'], roles: [] },
    person('Ora Tallis'), person('Ivo Brenn'),
  ];
  const qs = run(t, ents, mentionsOf(t, [['NPA', 0], ['Norland Press Agency', 0], ['Ora Tallis', 1], ['Ivo Brenn', 2]]));
  assert.deepEqual(qs.map((q) => [q.speakerText, q.via, q.viaText]), [['Minister Ora Tallis', 0, 'NPA'], ['Harbour master Ivo Brenn', 0, 'NPA']]);
});

test('other wire credits: a translated short name, a bureau, "This reports the Agency X", "the Correspondent of X"', () => {
  // "/Oskerpress/" in the dateline, "This reports the Agency Oskerpress." in the body: the short name is the channel
  const t = 'MERNHOLT, 4 June. /Oskerpress/. The Council of the City has closed the Port. This reports the Agency Oskerpress.\n\n'
    + '«We close the Port until the Storm is over», declared the Mayor Adelka Zavrin.';
  assert.deepEqual(run(t, [person('Adelka Zavrin', 'female')], mentionsOf(t, [['Adelka Zavrin', 0]])).map((q) => q.viaText), ['Oskerpress']);
  // "MERNHOLT / KETTLEFORD, 4. June. (ODP)" and "…, reports the Ostrevna Press Bureau (ODP).": the bureau is the channel
  const b = 'MERNHOLT / KETTLEFORD, 4. June. (ODP) The Port of Mernholt is closed, reports the Ostrevna Press Bureau (ODP).\n\n'
    + '„The Storm will pass“, has explained the Harbour Master Pruvan Harskel.';
  const ents: LocalEntity[] = [{ type: 'organization', name: 'Ostrevna Press Bureau', aliases: ['Ostrevna Press Bureau', 'ODP'], roles: [] }, person('Pruvan Harskel', 'male')];
  assert.deepEqual(run(b, ents, mentionsOf(b, [['Ostrevna Press Bureau', 0], ['Pruvan Harskel', 1]])).map((q) => [q.speakerText, q.via]), [['Harbour Master Pruvan Harskel', 0]]);
  // "…, transmits the Correspondent of ODP.": the agency whose correspondent sent the report
  const c = 'MERNHOLT, 4 June. /ODP/. The Port is closed, transmits the Correspondent of ODP.\n\n«We wait», declared Pruvan Harskel.';
  assert.deepEqual(run(c, [person('Pruvan Harskel', 'male')], mentionsOf(c, [['Pruvan Harskel', 0]])).map((q) => q.viaText), ['ODP']);
});

test('"said to the Journalists" in a translated wire report: the audience is no medium, the agency stays the channel', () => {
  const t = 'PORTVILLE, 3 May. /NPA/. The Bay is closed, transmits the Norland Press Agency (NPA).\n\n'
    + 'The Harbour master Ivo Brenn has said to the Journalists: «The Fishers are very angry», writes the Agency.';
  const ents: LocalEntity[] = [{ type: 'organization', name: 'Norland Press Agency', aliases: ['Norland Press Agency', 'NPA'], roles: [] }, person('Ivo Brenn')];
  const qs = run(t, ents, mentionsOf(t, [['NPA', 0], ['Norland Press Agency', 0], ['Ivo Brenn', 1]]));
  assert.deepEqual(qs.map((q) => [q.speakerText, q.via, q.viaText]), [['Harbour master Ivo Brenn', 0, 'NPA']]);
  // "told Reporters" without any wire credit: no channel at all
  const r = '«The Fishers are very angry», Ivo Brenn told Reporters.';
  assert.deepEqual(run(r, [person('Ivo Brenn')], mentionsOf(r, [['Ivo Brenn', 0]])).map((q) => q.viaText), [null]);
});

test('a dateline credit alone, or the agency\'s own copy, gives no channel', () => {
  const t = 'PORTVILLE, 3 May. /NPA/. The Bay is closed, according to the Agency.\n\nThe Minister Ora Tallis has declared: «We close the Bay».';
  assert.deepEqual(run(t, [person('Ora Tallis')], mentionsOf(t, [['Ora Tallis', 0]])).map((q) => q.viaText), [null]);
  const own = 'PORTVILLE, 3 May. /NPA/. The Bay is closed, transmits the Norland Press Agency (NPA).\n\nOra Tallis has declared: «We close the Bay».';
  const qs = findQuotes({ text: own, outlet: 'Norland Press Agency' } as CleanDocument, splitSentences(own), [person('Ora Tallis')], mentionsOf(own, [['Ora Tallis', 0]]));
  assert.deepEqual(qs.map((q) => q.viaText), [null]);
});

test('a medium told in the next sentence is not the channel of a quote that closed its sentence', () => {
  const t = 'Hollerin chief executive Vesna Tovanic has repeated her promise: "We are not closing the mill." The workers\' union told Radio Kelderby that 300 jobs were at risk.';
  const ents: LocalEntity[] = [person('Vesna Tovanic', 'female'), { type: 'organization', name: 'Radio Kelderby', aliases: ['Radio Kelderby'], roles: [] }];
  assert.deepEqual(run(t, ents, mentionsOf(t, [['Vesna Tovanic', 0], ['Radio Kelderby', 1]])).map((q) => [q.speakerText, q.viaText]), [['Vesna Tovanic', null]]);
  // the attribution after the quote goes on in its sentence: the medium is the channel
  const u = '"We are not closing the mill," Vesna Tovanic told Radio Kelderby.';
  assert.deepEqual(run(u, ents, mentionsOf(u, [['Vesna Tovanic', 0], ['Radio Kelderby', 1]])).map((q) => [q.speakerText, q.viaText]), [['Vesna Tovanic', 'Radio Kelderby']]);
});

test('told The <Title>: the title is the channel whatever its type; "the Ledger" is its short form; a continuation keeps it', () => {
  const t = 'Anselm Dorrit told The Harbour Ledger on Monday that checks were «skipped for weeks».\n\n'
    + '"They were skipped," he said, according to the Ledger. "Everyone knew."';
  const ents = [person('Anselm Dorrit', 'male'), person('Harbour Ledger')];
  const qs = run(t, ents, mentionsOf(t, [['Anselm Dorrit', 0], ['Harbour Ledger', 1]]));
  assert.deepEqual(qs.map((q) => [q.speakerText, q.via, q.viaText]), [
    ['Anselm Dorrit', 1, 'The Harbour Ledger'], ['Anselm Dorrit', 1, 'the Ledger'], ['Anselm Dorrit', 1, 'the Ledger'],
  ]);
});

test('"he told the Ledger" in the Ledger\'s own article is no channel', () => {
  const t = 'A passenger, Anselm Dorrit, filmed the landing. "It shook," he told the Ledger.';
  const qs = findQuotes({ text: t, outlet: 'The Harbour Ledger' } as CleanDocument, splitSentences(t), [person('Anselm Dorrit', 'male')], mentionsOf(t, [['Anselm Dorrit', 0]]));
  assert.deepEqual(qs.map((q) => [q.speakerText, q.viaText]), [['Anselm Dorrit', null]]);
});

test('a pronoun after a quote never points at someone the quote talks about', () => {
  const t = 'A passenger, Sebrin Vale, filmed the descent. Mr Vale posted it that evening. "The floor shook. Then the captain spoke," he told reporters.';
  const ents = [person('Sebrin Vale', 'male'), person('Ilsabet Roon', 'male')];
  const qs = run(t, ents, mentionsOf(t, [['Sebrin Vale', 0], ['Vale', 0], ['captain', 1]]).filter((m, i, a) => !a.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)));
  assert.deepEqual(qs.map((q) => q.speakerText), ['Sebrin Vale']);
});

test('"On Tuesday Ms Corra said …": a time adverbial before the subject; "at the time." ends a sentence', () => {
  const t = 'Corlund Air called his claims "baseless" at the time. On Tuesday Ms Corra said the airline would "apologise to him".';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Corlund Air', 'Ms Corra']);
});

test('"Name, the <role> who told …": the person the apposition describes speaks', () => {
  const t = 'The report vindicates Anselm Dorrit, the former engineer who told this newspaper in May that checks were being "skipped without a look".';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Anselm Dorrit']);
  assert.deepEqual(run('Critics include Ines Marr, a retired judge who said the law was "a mistake".').map((q) => q.speakerText), ['Ines Marr']);
});

test('"X has expressed «A» … and has said, that the Y is «B»": X speaks both; the complement clause\'s subject never does', () => {
  const t = 'The carmaker Corlund Motors has expressed «Regret» about the Decision of Norwin and has said, that the VX-20 is «a safe Car with excellent Record».';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Corlund Motors', 'Corlund Motors']);
});

const org = (name: string, aliases: string[] = []): LocalEntity => ({ type: 'organization', name, aliases: [name, ...aliases], roles: [] });

test('a country word before a lower-case role: "said Teskaran foreign minister X", "says Teskaran defence minister"', () => {
  const t = '"We came to make the truce last, not to argue about maps," said Teskaran foreign minister Tomas Reinholt.\n\n'
    + '"Our units pulled back two kilometres overnight," Teskaran army spokesman Colonel Dan Okoro said.\n\n'
    + '"We will hold the ridge," says Teskaran defence minister';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Tomas Reinholt', 'Colonel Dan Okoro', 'Teskaran defence minister']);
  // a name with its post-modifier stays a name
  assert.deepEqual(run('"The water came like a wall," Irma Solt of the civil protection service said.').map((q) => q.speakerText), ['Irma Solt']);
});

test('a capitalised role word does not end a role phrase: "the official Representative of the Ministry Colonel X"', () => {
  const t = '«Our Units have kept the Truce to the Letter», declared the official Representative of the Ministry Colonel Taddeo Renk.';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Colonel Taddeo Renk']);
});

test('a spokesperson for X, a statement from X: the voice speaks for the one named after it', () => {
  const t = 'An aid convoy reached Kessary on Wednesday.\n\n"We have received reports of shelling," a spokesperson for the Teskaran Red Cross said.\n\n'
    + '"No violations were recorded overnight," a statement from the Teskaran Red Cross said.\n\n'
    + '"The minister has no intention of stepping down," said a spokesman for Vesk.\n\n'
    + '"We have not fired a single round," a defence ministry spokesman told reporters.';
  const ents = [org('Teskaran Red Cross'), person('Ana Vesk', 'female'), org('Ministry of Defence')];
  const qs = run(t, ents, mentionsOf(t, [['Teskaran Red Cross', 0], ['Vesk', 1]]));
  assert.deepEqual(qs.map((q) => [q.speaker, q.speakerText]), [
    [0, 'a spokesperson for the Teskaran Red Cross'], [0, 'a statement from the Teskaran Red Cross'], [1, 'a spokesman for Vesk'], [2, 'a defence ministry spokesman'],
  ]);
  // "a spokeswoman at Kessary hospital": the place only qualifies the hospital
  const u = '"We treated nine people overnight," a spokeswoman at Kessary hospital said.';
  const place: LocalEntity = { type: 'place', name: 'Kessary', aliases: ['Kessary'], roles: [] };
  assert.deepEqual(run(u, [place], mentionsOf(u, [['Kessary', 0]])).map((q) => q.speaker), [null]);
});

test('"X quoted Y as saying": Y speaks, X is the channel (active, after a relative pronoun, passive)', () => {
  const t = 'The Teskaran News Agency quoted General Piet Aros as saying: "Every unit will be back in its barracks by Sunday."\n\n'
    + 'The troops will leave, according to the Teskaran News Agency, which quoted the army chief, General Piet Aros, as saying: "Not one soldier stays on the ridge."\n\n'
    + 'General Piet Aros was quoted by the Teskaran News Agency as saying: "The monitors can come whenever they like."';
  const ents = [org('Teskaran News Agency'), person('Piet Aros', 'male')];
  const qs = run(t, ents, mentionsOf(t, [['Teskaran News Agency', 0], ['Piet Aros', 1]]));
  assert.deepEqual(qs.map((q) => [q.speaker, q.via]), [[1, 0], [1, 0], [1, 0]]);
});

test('"Her message was simple: «…»": the possessive pronoun speaks', () => {
  const t = 'Ana Vesk, the defence minister, spoke to soldiers at the border on Tuesday. Her message was simple: "Nobody fires first."';
  const qs = run(t, [person('Ana Vesk', 'female')], mentionsOf(t, [['Ana Vesk', 0]]));
  assert.deepEqual(qs.map((q) => q.speaker), [0]);
});

test('a quote whose closing mark was lost before its own attribution ends at the comma', () => {
  const t = 'The Minister Ana Vesk has protested by a Note. „We came back to the Table for the Families, and we do not leave it, she has declared on the Television.';
  const qs = run(t, [person('Ana Vesk', 'female')], mentionsOf(t, [['Ana Vesk', 0]]));
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['We came back to the Table for the Families, and we do not leave it,', 0]]);
  // a quote left open at a paragraph end that runs on into the next one keeps running
  const u = '"The guns fell silent at midnight," said Mira Sandholt. "We have counted no violations since, she told us, and we go on counting.\n\n"But the trust is thin."';
  assert.equal(run(u)[1].text.includes('But the trust is thin'), true);
});

test('a transcript: a remark the guest recounts stays in the line; the outlet\'s correspondents are not quoted', () => {
  const t = 'LENA HART: Good evening. Forty prisoners crossed at the bridge today. Our correspondent Otto Brenn was there.\n\n'
    + 'OTTO BRENN: The buses came a little after two. Families had waited since the morning.\n\n'
    + 'LENA HART: With me is the envoy, Karl Oduya. Was the exchange ever in doubt?\n\n'
    + 'KARL ODUYA: For a day, yes. I said to them: the only people who lose if you cancel are the prisoners.\n\n'
    + 'LENA HART: Thank you.';
  assert.deepEqual(run(t).map((q) => [q.text, q.speakerText]), [
    ['For a day, yes. I said to them: the only people who lose if you cancel are the prisoners.', 'KARL ODUYA'],
  ]);
});

test('a voice its owner speaks through: "Holm\'s office said", "the ministry\'s statement read", "his spokeswoman said"', () => {
  const t = 'President Jan Holm cancelled a trip abroad on Monday.\n\nHolm\'s office said in a statement: "The president will stay in the capital."\n\n'
    + 'The Teskaran Defence Ministry blamed the other side. The ministry\'s statement read: "These movements are a clear breach of the agreement."\n\n'
    + 'Jan Holm did not speak to reporters. "He is working on the reply tonight," his spokeswoman said.';
  const ents = [person('Jan Holm', 'male'), org('Teskaran Defence Ministry')];
  const holm = t.indexOf('Holm\'s');
  const ministry = t.indexOf('ministry\'s');
  const mentions = [...mentionsOf(t, [['Jan Holm', 0], ['Teskaran Defence Ministry', 1]]), { start: holm, end: holm + 4, text: 'Holm', entity: 0 }, { start: ministry, end: ministry + 8, text: 'ministry', entity: 1 }]
    .sort((a, b) => a.start - b.start);
  assert.deepEqual(run(t, ents, mentions).map((q) => q.speaker), [0, 1, 0]);
});

test('the medium a speaker told: "told state broadcaster X", "in an interview with Radio X" whatever type the entities pass gave it', () => {
  const t = 'Tomas Reinholt arrived in Dorrin on Thursday.\n\n"We came here to make the truce last," he told state broadcaster ATV.\n\n'
    + '"The ridge is quiet tonight, and we want to keep it that way," Reinholt said in an interview with Radio Dorrin.';
  const ents = [person('Tomas Reinholt', 'male'), org('ATV'), person('Radio Dorrin')];
  const qs = run(t, ents, mentionsOf(t, [['Tomas Reinholt', 0], ['Reinholt(?= said)', 0], ['ATV', 1], ['Radio Dorrin', 2]]));
  assert.deepEqual(qs.map((q) => [q.speaker, q.viaText]), [[0, 'ATV'], [0, 'Radio Dorrin']]);
});

test('a transcript in ordinary case: "Interviewer:" asks, "Ana Vesk (minister):" answers; captions are no transcript', () => {
  const t = 'Interviewer: Minister, is the truce holding?\n\nAna Vesk (minister): It is holding, and we intend to keep it that way.\n\n'
    + 'Interviewer: What happens if it breaks?\n\nAna Vesk (minister): Then we will defend ourselves, as we always have.';
  assert.deepEqual(run(t).map((q) => [q.text, q.speakerText]), [
    ['It is holding, and we intend to keep it that way.', 'Ana Vesk'], ['Then we will defend ourselves, as we always have.', 'Ana Vesk'],
  ]);
  const captions = 'Photo: Soldiers on the ridge at dawn.\n\nSource: Teskaran Defence Ministry.\n\nPhoto: The bridge at Kessary after the shelling.';
  assert.deepEqual(run(captions), []);
});

test('"«…», the minister said" after a named speaker is that speaker; a country-qualified or contradicted role is not', () => {
  const t = 'Speaking in Brask, Otto Lenne said the government would "follow this to wherever it came from". "No parent should ever doubt the medicine again," the minister said.';
  assert.deepEqual(run(t, [person('Otto Lenne', 'male')], mentionsOf(t, [['Otto Lenne', 0]])).map((q) => q.speaker), [0, 0]);
  // the last speaker holds another role: the minister stays open
  const ents = [person('Otto Lenne', 'male', ['prosecutor'])];
  assert.deepEqual(run(t, ents, mentionsOf(t, [['Otto Lenne', 0]])).map((q) => q.speaker), [0, null]);
  const u = 'President Otto Lenne called the deal "a treaty of light". The Teskaran president said they would "never be anybody\'s junior partner".';
  const place: LocalEntity = { type: 'place', name: 'Teskara', aliases: ['Teskara'], roles: [] };
  assert.deepEqual(run(u, [person('Otto Lenne', 'male', ['President']), place], mentionsOf(u, [['Otto Lenne', 0]])).map((q) => q.speaker), [0, null]);
});

test('a fragment woven into a clause whose subject is a role with its name in apposition: the named person', () => {
  const t = 'Lenne\'s lawyer, Irma Dahl, said her client denied the charge and was "as shattered as anyone" by the loss.';
  assert.deepEqual(run(t, [person('Irma Dahl', 'female')], mentionsOf(t, [['Irma Dahl', 0]])).map((q) => [q.speaker, q.speakerText]), [[0, 'Irma Dahl']]);
});

test('an indefinite occupation is a particular person ("a coast guard spokeswoman"); a plain person or an informant names nobody', () => {
  const t = '"We found no one else in the water," a coast guard spokeswoman said. "We have no money left," one woman from Brask said. '
    + '"The talks are dead," a senior official said. "Bring them home," a banner read. "The vote is fixed," a town councillor said.';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['a coast guard spokeswoman', null, null, null, 'a town councillor']);
});

test('a quote whose closing mark was lost before an inverted attribution ends at the comma', () => {
  const t = 'President Otto Lenne laid a Wreath at the Memorial. „We do not forget the Dead, and because of this we sign today, said the President with the quiet Voice.';
  const qs = run(t, [person('Otto Lenne', 'male', ['President'])], mentionsOf(t, [['Otto Lenne', 0]]));
  assert.deepEqual(qs.map((q) => [q.text, q.speaker]), [['We do not forget the Dead, and because of this we sign today,', 0]]);
});

test('"he said" after "X, whose brother Y\'s body was found, …": the sentence subject, not the possessor inside it', () => {
  const t = 'Nils Hadderly, whose brother Teo\'s body was found last Friday, signed for the families. Afterwards he said: "No sum brings my brother home."';
  const ents = [person('Nils Hadderly'), person('Teo')];
  assert.deepEqual(run(t, ents, mentionsOf(t, [['Nils Hadderly', 0], ['Teo', 1]])).map((q) => q.speaker), [0]);
});

test('"Last October Mr Lenne had promised that no parent «…»": a time adverbial without a comma before the clause subject', () => {
  const t = 'Last October Mr Lenne had promised that no parent "should ever again have to wonder" about the medicine in the cupboard.';
  assert.deepEqual(run(t, [person('Otto Lenne', 'male')], mentionsOf(t, [['Mr Lenne', 0]])).map((q) => q.speaker), [0]);
});

test('transcript labels whose bracket names the outlet\'s staff are not quoted; a name in quote marks is no one\'s words', () => {
  const t = 'LENA HART (PRESENTER): Good evening. Talks opened in Brask today.\n\nOTTO BRENN (REPORTER): The two sides sat down at ten.\n\n'
    + 'KARL ODUYA (MEDIATOR): Nobody in that room wants another funeral.\n\nLENA HART (PRESENTER): Otto Brenn in Brask, thank you.';
  assert.deepEqual(run(t).map((q) => [q.text, q.speakerText]), [['Nobody in that room wants another funeral.', 'KARL ODUYA']]);
  const u = 'The group „Grey Heron Front“ claimed the attack. Its leader said: „We hold them all.“';
  const group = org('Grey Heron Front');
  assert.deepEqual(run(u, [group], mentionsOf(u, [['Grey Heron Front', 0]])).map((q) => q.text), ['We hold them all.']);
});

test('a role with an "of" complement and the name in apposition after it: the named person speaks', () => {
  const t = '“The pipes are sound,” said Ardmoor Gas’s head of network safety, Oskarine Pellquist. “We will check them again.”\n\n'
    + '“Nobody was hurt,” said the head of the fire service, Tomas Ferrer, who led the crews.';
  const qs = findQuotesDetailed(doc(t), splitSentences(t), [], []);
  assert.deepEqual(qs.map((q) => q.quote.speakerText), ['Oskarine Pellquist', 'Oskarine Pellquist', 'Tomas Ferrer']);
});

test('a semicolon starts a clause with its own subject: the speaker is read from that clause', () => {
  const t = 'Brannoch Dell, who was dismissed in May, denies the charge; his lawyer, Ulla Tressa, said he had "warned the board twice".';
  const qs = findQuotesDetailed(doc(t), splitSentences(t), [], []);
  assert.deepEqual(qs.map((q) => q.quote.speakerText), ['Ulla Tressa']);
});

test('a name, then "before/after the <Noun>" and the verb: the phrase of time is no subject, the name speaks', () => {
  const t = 'The Commander of the Brigade Colonel Velmir Ostragon before the Departure said to the Correspondent: „We go there for the Work, not for the Pictures“.';
  const qs = run(t, [person('Velmir Ostragon', 'male')], mentionsOf(t, [['Velmir Ostragon', 0]]));
  assert.deepEqual(qs.map((q) => [q.speaker, q.speakerText]), [[0, 'Commander of the Brigade Colonel Velmir Ostragon']]);
});

test('told a medium the entities pass took for a person: "the" before the name, or a name opening with a place', () => {
  const t = 'Ansgrove Tessmer spoke on Friday. "Not one pension will be lost," she told the Pellmoor Beacon. "We will pay," she told Vistel One.';
  const ents: LocalEntity[] = [person('Ansgrove Tessmer', 'female'), person('Pellmoor Beacon'), person('Vistel One'), { type: 'place', name: 'Vistel', aliases: ['Vistel'], roles: [] }];
  const qs = run(t, ents, mentionsOf(t, [['Ansgrove Tessmer', 0], ['Pellmoor Beacon', 1], ['Vistel One', 2]]));
  assert.deepEqual(qs.map((q) => [q.speakerText, q.viaText]), [['Ansgrove Tessmer', 'Pellmoor Beacon'], ['Ansgrove Tessmer', 'Vistel One']]);
  // a person told: no channel
  const u = '"We will pay," Ansgrove Tessmer told Dalvik Ostemund.';
  assert.deepEqual(run(u, [person('Ansgrove Tessmer', 'female'), person('Dalvik Ostemund', 'male')], mentionsOf(u, [['Ansgrove Tessmer', 0], ['Dalvik Ostemund', 1]])).map((q) => q.viaText), [null]);
});

test('a role subject of a relative clause with no "that": "the part the chief executive called «…»"', () => {
  const t = 'That is the part the chief executive called the moment "nobody was warned".';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['the chief executive']);
  // after a preposition the role is an object, not the subject: "close to the chief executive"
  const u = 'Sources close to the chief executive called it "nobody was warned".';
  assert.notDeepEqual(run(u).map((q) => q.speakerText), ['the chief executive']);
});

test('a holder of a public office quoted by title alone after the quote: the title speaks, and names the one person holding it', () => {
  const t = '"Nobody on the bridge was armed," the town\'s police commissioner said on Monday.\n\n"The inquest opens next week," the district coroner said.';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['the town\'s police commissioner', 'the district coroner']);
  const u = 'Commissioner Orla Venstrade met the families. "Nobody on the bridge was armed," the police commissioner said.';
  const ents = [person('Orla Venstrade', 'female', ['police commissioner'])];
  assert.deepEqual(run(u, ents, mentionsOf(u, [['Orla Venstrade', 0]])).map((q) => [q.speaker, q.speakerText]), [[0, 'the police commissioner']]);
});

test('a collective noun before a capitalised role is part of the title: the person speaks, not "police"', () => {
  const t = [
    '“We will not close the ferry line this winter,” said Police Commissioner Idrene Vantree.',
    'Police Chief Jorvin Karsk said: “Nobody was hurt on the quay.”',
    '“The road stays shut,” Police said.',
  ].join('\n\n');
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Police Commissioner Idrene Vantree', 'Police Chief Jorvin Karsk', 'Police']);
});

test('"its chief executive said": the person holding the office speaks, or nobody known; "its spokesman" still speaks for the body', () => {
  const t = 'The Brannock Canal Trust still blames the rain, and its chief executive told reporters the locks "were never the problem".\n\n'
    + 'The Brannock Canal Trust has a new plan. "We will dredge the whole length by spring," its spokesman said.';
  const ents = [org('Brannock Canal Trust')];
  assert.deepEqual(run(t, ents, mentionsOf(t, [['Brannock Canal Trust', 0]])).map((q) => [q.speaker, q.speakerText]),
    [[null, 'its chief executive'], [0, 'its spokesman']]);
  const named = 'Edda Voskuhl, chief executive of the Brannock Canal Trust, spoke on Monday. The trust and its chief executive said the locks "were never the problem".';
  const ents2 = [person('Edda Voskuhl', 'female', ['chief executive']), org('Brannock Canal Trust')];
  assert.deepEqual(run(named, ents2, mentionsOf(named, [['Edda Voskuhl', 0], ['Brannock Canal Trust', 1]])).map((q) => q.speaker), [0]);
});

test('an office with its holder named in apposition: the person speaks, not the place the office is of', () => {
  const t = '"The bridge will reopen in May," said the mayor of Tarrow, Ilse Brandvik. '
    + 'The mayor of Tarrow, Ilse Brandvik, said the council "had no other choice".';
  const ents = [person('Ilse Brandvik', 'female'), { type: 'place', name: 'Tarrow', aliases: ['Tarrow'], roles: [] } as LocalEntity];
  assert.deepEqual(run(t, ents, mentionsOf(t, [['Ilse Brandvik', 0], ['Tarrow', 1]])).map((q) => q.speaker), [0, 0]);
});

test('a quote in a that-clause a speech verb reports is the words of who says it, not of the clause subject', () => {
  const t = 'Jon Vessel was charged on Monday.\n\nHis lawyer, Maren Oakfield, said her client would plead not guilty and that he had "never meant to hurt anybody."';
  const ents = [person('Jon Vessel', 'male'), person('Maren Oakfield', 'female')];
  assert.deepEqual(run(t, ents, mentionsOf(t, [['Jon Vessel', 0], ['Maren Oakfield', 1]])).map((q) => q.speaker), [1]);
  // a clause of its own with no speech verb before it keeps its subject: "as she thanked «…»"
  const woven = 'Maren Oakfield arrived late, as Jon Vessel thanked the jury for "a fair hearing".';
  assert.deepEqual(run(woven, ents, mentionsOf(woven, [['Jon Vessel', 0], ['Maren Oakfield', 1]])).map((q) => q.speaker), [0]);
});

test('"the president of <place>" with no name: the unnamed office holder speaks, not the place', () => {
  const t = 'The storm closed the port in Velmora on Monday.\n\n"We will rebuild every pier before the winter comes," the president of Velmora said on Tuesday.';
  const place: LocalEntity = { type: 'place', name: 'Velmora', aliases: ['Velmora'], roles: [] } as unknown as LocalEntity;
  const qs = run(t, [place], mentionsOf(t, [['Velmora', 0]]));
  assert.deepEqual(qs.map((q) => [q.speakerText, q.speaker]), [['the president of Velmora', null]]);
});

test('a bare plural of a role ("Managers said", "engineers said") names a group of unnamed people, no speaker', () => {
  const a = 'The depot opened in 1971. Managers said the buses would run again "within a fortnight".';
  const b = 'The depot opened in 1971. Later, engineers said the lifts were "beyond repair".';
  assert.deepEqual([...run(a), ...run(b)].map((q) => q.speakerText), [null, null]);
  // a named speaker, and an office held by one person, stay speakers
  const c = 'The depot opened in 1971. The depot manager said the buses would run again "within a fortnight".';
  assert.deepEqual(run(c).map((q) => q.speakerText), ['The depot manager']);
});

test('a capitalised title with an "of the <Body>" complement and the name in apposition: the named person speaks', () => {
  const t = 'The Spokesman of the Lifeguards, Orvel Tanquist, said: «The water rose in ten minutes».';
  assert.deepEqual(run(t).map((q) => q.speakerText), ['Orvel Tanquist']);
});

test('a prefect is an office one person holds: "the prefect told reporters" is the prefect named before', () => {
  const t = 'The prefect of Vensk Department, Ilmara Quosset, closed the market. "No stall opens before the tests are back," the prefect told reporters.';
  const { entities, mentions } = findEntities(doc(t), []);
  const qs = run(t, entities, mentions);
  assert.deepEqual(qs.map((q) => [q.speaker === null ? null : entities[q.speaker].name, q.speakerText]), [['Ilmara Quosset', 'the prefect']]);
});
