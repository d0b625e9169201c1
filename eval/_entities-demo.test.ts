import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goldLabel, indexGoldAliases } from './_entities-demo.ts';

// an invented gold: two foreign ministers, "the foreign minister" an alias of the first only
const GOLD = indexGoldAliases([
  { id: 'petra-lind', aliases: ['Petra Lind', 'the foreign minister', "Norvania's foreign minister, Petra Lind"] },
  { id: 'oskar-vale', aliases: ['Oskar Vale', "Estmark's foreign minister, Oskar Vale"] },
  // a machine translation's capitals: "the Director" is a role all the same
  { id: 'ida-brun', aliases: ['Ida Brun', 'the Director'] },
  { id: 'runa-falk', aliases: ['Runa Falk', 'Its director, Runa Falk'] },
  { id: 'dockers-union', aliases: ["Harlow Dockers' Union", 'the union'] },
  { id: 'lind-dam', aliases: ['Lind Dam', 'the dam'] },
  { id: 'calmex', aliases: ['Calmex', 'the syrup'] },
]);

/** The gold label of the first occurrence of `mention` in `text`. */
const labelOf = (text: string, mention: string): string | null => {
  const at = text.indexOf(mention);
  return goldLabel(text, at, at + mention.length, GOLD);
};

test('a bare role description takes the gold entity whose alias it is', () => {
  assert.equal(labelOf('The foreign minister flew to Tarn on Monday.', 'foreign minister'), 'petra-lind');
});

test("a possessor names whose role it is: another country's minister is not the gold's 'the foreign minister'", () => {
  assert.equal(labelOf('Estmark’s foreign minister, Oskar Vale, led the talks.', 'foreign minister'), 'oskar-vale');
  assert.equal(labelOf("Norvania's foreign minister, Petra Lind, said so.", 'foreign minister'), 'petra-lind');
  // no gold alias says whose role it is: no label rather than whoever is "the foreign minister"
  assert.equal(labelOf("Karsia's foreign minister arrived late.", 'foreign minister'), null);
  assert.equal(labelOf('The talks were led by its foreign minister.', 'foreign minister'), null);
  assert.equal(labelOf('The agency acted on Friday. Its director, Runa Falk, said so.', 'director'), 'runa-falk');
  assert.equal(labelOf('The airline disagreed, its director said.', 'director'), null);
});

test('a time or a classifying genitive owns nothing', () => {
  assert.equal(labelOf("after last Tuesday's dam collapse", 'dam'), 'lind-dam');
  assert.equal(labelOf("Calmex, a children's syrup, was recalled.", 'syrup'), 'calmex');
});

test('a possessor before a name changes nothing', () => {
  assert.equal(labelOf("Estmark's Oskar Vale said so.", 'Oskar Vale'), 'oskar-vale');
});

test('a genitive inside a name in capitals is no possessor of a description', () => {
  assert.equal(labelOf("MIRA HOLT (HARLOW DOCKERS' UNION): We stay out.", 'UNION'), 'dockers-union');
});
