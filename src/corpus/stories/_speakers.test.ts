import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repeatedLabelSpans } from './_speakers.ts';
import { storyFeatures, termId } from './features.ts';
import { nameKey } from './_scan.ts';

const TRANSCRIPT = [
  '[21:00:05] MIREVASKA OSTVAN: Good evening. A ferry ran aground off Quillmar Point.',
  '[21:00:40] TAVIK BRUNDEL: Mirevaska, the coastguard says all forty passengers are safe.',
  '[21:01:12] MIREVASKA OSTVAN: And the crew?',
  '[21:01:20] TAVIK BRUNDEL: Two crew members were hurt.',
].join('\n\n');

test('a transcript names each speaker once: only the labels repeating an earlier speaker are spans', () => {
  const spans = repeatedLabelSpans(TRANSCRIPT);
  assert.deepEqual(spans.map((s) => TRANSCRIPT.slice(s.start, s.end)), ['[21:01:12] MIREVASKA OSTVAN:', '[21:01:20] TAVIK BRUNDEL:']);
  // Capitals before a colon inside a sentence, or without a colon, are text.
  assert.deepEqual(repeatedLabelSpans('The harbour master said: no.\nQUILLMAR remains closed.\nThe harbour master said: no.'), []);
});

test('speaker labels do not make the presenters the heaviest terms of a transcript', () => {
  const mentions = (name: string) => [...TRANSCRIPT.matchAll(new RegExp(name, 'g'))].map((m) => m.index);
  const f = storyFeatures({
    title: 'Evening bulletin - transcript', text: TRANSCRIPT, publishedAt: '2031-03-04',
    entities: [{ name: 'MIREVASKA OSTVAN', type: 'person', mentions: mentions('MIREVASKA OSTVAN') }, { name: 'Quillmar Point', type: 'place', mentions: mentions('Quillmar Point') }],
  });
  const count = (label: string) => f.counts[f.labels!.indexOf(label)];
  assert.equal(count(nameKey('mirevaska ostvan')), 2);
  assert.equal(count(nameKey('quillmar point')), 2);
});

test('a name written in another word order (a translation\'s "Street Kalvenny") is the same term', () => {
  assert.equal(nameKey('street kalvenny'), nameKey('kalvenny street'));
  assert.equal(nameKey('brastovel'), 'e:brastovel');
  const a = storyFeatures({ title: '', text: 'A fire broke out on the Street Kalvenny.', publishedAt: null, entities: [{ name: 'Street Kalvenny', type: 'place', mentions: [24] }] });
  const b = storyFeatures({ title: '', text: 'A fire broke out on Kalvenny Street.', publishedAt: null, entities: [{ name: 'Kalvenny Street', type: 'place', mentions: [20] }] });
  const id = termId(nameKey('kalvenny street'));
  assert.ok(a.terms.includes(id) && b.terms.includes(id));
});
