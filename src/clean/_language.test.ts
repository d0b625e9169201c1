import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './_language.ts';

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
