import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './index.ts';

const clean = (lines: string[]) => cleanArticle({ id: 't', source: 't.txt', format: 'text', content: lines.join('\n'), hints: {} }).text;

test('a tour list of dated venues stays in the body; teasers after a date stamp do not', () => {
  const lines = [
    'Lindmark Music', 'Home | News | Tours',
    'The Harbour Lights Announce 40th Anniversary Tour',
    'The Harbour Lights will mark forty years since their first record with a summer tour of thirty dates across the north.',
    'Tickets go on sale on Friday at nine in the morning through the venues and the band’s own website, the promoter said.',
    'The Harbour Lights 40th Anniversary Tour dates:',
    'June 9 -- North Pier Arena, Lindmark',
    'June 12 -- Old Mill Hall, Helsa',
    'June 14 -- Castle Green, Nordvik',
    'More Lindmark Music',
    'Choir festival moves to the cathedral after flood damage',
    'Wednesday November 20, 2019',
    'The annual choir festival will be held in the cathedral this year because the concert hall is still closed after the floods.',
  ];
  const text = clean(lines);
  for (const l of lines.slice(3, 9)) assert.ok(text.includes(l), `keeps ${l}`);
  assert.ok(!text.includes('The annual choir festival'), 'drops the teaser after the date stamp');
});

test('short sentence paragraphs between longer ones are kept, and a line cut mid-sentence too', () => {
  const lines = [
    'Fire Crews Rescue Dog From Frozen Lake',
    'Fire crews in Lindmark pulled a dog from the frozen lake in the city park on Sunday morning after walkers raised the alarm.',
    'The dog had run onto the ice after a duck.',
    'It fell through about twenty metres from the shore.',
    'Two firefighters in dry suits crawled across the ice on ladders and lifted the animal out of the water within ten minutes.',
    'Its owner, who had been walking with her children, thanked the crews and said the dog had been checked by a vet and was',
    'The fire service reminded residents that the ice on the city lakes is still too thin to carry the weight of a person or a pet.',
  ];
  const text = clean(lines);
  for (const l of lines.slice(1)) assert.ok(text.includes(l), `keeps ${l.slice(0, 40)}`);
});
