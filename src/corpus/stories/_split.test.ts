import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyFeatures } from './features.ts';
import { Vocabulary } from './_vocab.ts';
import { bisect } from './_split.ts';
import { groupDocuments } from './index.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';

// Two similar events (one team, one charge, two players, two weeks apart) reported by four outlets each.
const BRENNER = [
  ['Lions winger Brenner arrested on suspicion of drunk driving', 'Harbour Lions winger Tomas Brenner was arrested on suspicion of drunk driving early on Tuesday, police in Velport said. Brenner failed a breath test after officers stopped his car on the coast road. The club said Brenner would still play in the cup semi-final against Dornbury on Sunday.'],
  ['Brenner will play in semi-final despite arrest', 'An arrest for suspected drunk driving will not keep Tomas Brenner out of the cup semi-final, the Harbour Lions said. The winger was stopped on the coast road on Tuesday and failed a breath test. Brenner, 24, said in a statement that he expected to be cleared.'],
  ['Velport police detain Lions forward Brenner', 'Velport police detained Harbour Lions forward Tomas Brenner on Tuesday morning after he failed a breath test on the coast road. Brenner was booked and released hours later. The Lions face Dornbury in the cup semi-final on Sunday, and the coach said Brenner would start.'],
  ['Brenner says he is innocent after drink-driving arrest', 'Tomas Brenner says he is innocent. The Harbour Lions winger was arrested on suspicion of drunk driving on the coast road on Tuesday after a breath test. Brenner told reporters before training that he looked forward to the semi-final against Dornbury.'],
];
const VARGA = [
  ['Lions defender Varga arrested for drunk driving', 'Harbour Lions defender Ilja Varga was arrested on suspicion of drunk driving on Saturday night, the second Lions player held in a month. Varga was stopped for speeding in his Bentley on the ring road north of Velport. He was released on bail on Sunday.'],
  ['Second Lions player held: Varga faces drink-driving charge', 'Ilja Varga, the Harbour Lions centre-back, faces a drink-driving charge after police stopped his Bentley on the ring road on Saturday. Varga is the second Lions player arrested this month. The prosecutor will decide on charges after a blood test.'],
  ['Varga stopped for speeding, arrested on suspicion of drunk driving', 'Police stopped Ilja Varga for speeding on the Velport ring road late on Saturday and arrested the Lions defender on suspicion of drunk driving. Varga, 31, gave a blood sample and was released on bail. The club said it was disappointed in Varga.'],
  ['Lions suspend Varga after ring-road arrest', 'The Harbour Lions suspended defender Ilja Varga on Monday, two days after his arrest on the Velport ring road on suspicion of drunk driving. Varga was driving his Bentley at high speed, police said. The blood test results are due next week.'],
];

function vectors(docs: string[][]) {
  const vocab = new Vocabulary();
  const feats = docs.map(([title, text]) => storyFeatures({ title: title!, text: text!, publishedAt: null }));
  for (const f of feats) vocab.addDoc(f);
  return feats.map((f) => vocab.weigh(f));
}

test('a story holding two similar events is bisected along the events', () => {
  const docs = [BRENNER[0]!, VARGA[0]!, BRENNER[1]!, VARGA[1]!, BRENNER[2]!, VARGA[2]!, BRENNER[3]!, VARGA[3]!];
  const sides = bisect(vectors(docs));
  assert.ok(sides);
  assert.deepEqual(sides.map((s) => s.map((i) => i % 2)).map((s) => [...new Set(s)]).sort(), [[0], [1]]);
});

test('one event is not split, nor is a group too small to judge', () => {
  assert.equal(bisect(vectors([...BRENNER, ...BRENNER.map(([t, x]) => [t!, x!.split('. ').reverse().join('. ')])])), null);
  assert.equal(bisect(vectors([...BRENNER.slice(0, 2), ...VARGA.slice(0, 2)])), null);
});

function undated(id: string, [title, text]: string[]): AnalysedDocument {
  const prov = { method: 'none' as const, raw: null, inferred: false };
  return {
    doc: { id, source: id, title: title!, outlet: null, byline: null, publishedAt: null, dateProvenance: prov, dateCandidates: [], modifiedAt: null, language: 'en', url: null, text: text! },
    analysis: { documentId: id, publishedAt: null, dateProvenance: prov, sentences: [], entities: [], mentions: [], quotes: [], dates: [], events: [], claims: [], flags: [] },
  };
}

test('undated reports of two similar events, interleaved, end in two stories of one storyline', () => {
  const docs = [...BRENNER.map((d, i) => undated(`d${2 * i}`, d)), ...VARGA.map((d, i) => undated(`d${2 * i + 1}`, d))];
  const { grouping } = groupDocuments(docs, new Set(docs.map((d) => d.doc.id)), null);
  const story = (id: string) => grouping.storyOf.get(id)!;
  assert.deepEqual([1, 2, 3].map((i) => story(`d${2 * i}`) === story('d0')), [true, true, true]);
  assert.deepEqual([1, 2, 3].map((i) => story(`d${2 * i + 1}`) === story('d1')), [true, true, true]);
  assert.notEqual(story('d0'), story('d1'));
  const line = (id: string) => grouping.stories.find((s) => s.id === story(id))!.storylineId;
  assert.equal(line('d0'), line('d1'));
});
