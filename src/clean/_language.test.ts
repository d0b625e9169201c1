import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eld } from 'eld/medium';
import { detectLanguage, surelyEnglish } from './_language.ts';

const EN = 'The harbour council approved the new pier on Tuesday after a long debate about its cost and the schedule of the works. ';
const DE = 'Der Stadtrat hat am Dienstag nach einer langen Debatte über die Kosten und den Zeitplan den Bau des neuen Piers beschlossen. ';

test('language is read from the opening of the text (a long tail in another language does not change it)', () => {
  assert.equal(detectLanguage(EN.repeat(12) + DE.repeat(200), null), 'en');
  assert.equal(detectLanguage(DE.repeat(12) + EN.repeat(200), 'en'), 'de');
});

test('short texts keep the page attribute; no attribute gives und', () => {
  assert.equal(detectLanguage('Pier approved.', 'de-DE'), 'de');
  assert.equal(detectLanguage('Pier approved.', null), 'und');
});

test('the English pre-check answers only where eld would say English too', () => {
  const eldSays = (t: string): string => { const r = eld.detect(t); return r.language && r.isReliable() ? r.language : ''; };
  const english = `${EN}Officials said that the money would come from the port budget, which has grown this year. Residents who live near the quay were not told when the works will start.`;
  assert.equal(surelyEnglish(english), true);
  assert.equal(eldSays(english), 'en');
  // A sentence of another language inside the window: left to eld, which reads it as that language.
  const mixed = `Officials said that the money would come from the port budget. ${DE}The mayor said it was a good day for the city and its fishermen.`;
  assert.equal(surelyEnglish(mixed), false);
  assert.equal(detectLanguage(mixed, 'en'), eldSays(mixed));
  const tagalog = 'The mayor said it was a good day for the city and its fishermen. debate tungkol sa gastos at iskedyul ng mga gawain. The mayor said it was a good day for the city and its fishermen.';
  assert.equal(surelyEnglish(tagalog), false);
  // Other Latin scripts, and text too short to judge, go to eld.
  assert.equal(surelyEnglish('Le conseil municipal a approuvé mardi la construction du nouveau quai après un long débat sur son coût et le calendrier des travaux, selon le maire de la ville.'), false);
  assert.equal(surelyEnglish('The pier was approved on Tuesday.'), false);
});
