import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, withLongerForms } from './_facts.ts';

test('a body named by demonym, by possessive country and in US spelling compares as one name', () => {
  assert.equal(nameKey("Keshia's Defense Ministry"), 'keshia defence ministry');
  assert.equal(nameKey('Keshian defence ministry'), 'keshia defence ministry');
  assert.equal(nameKey('the Oranean Labor Party'), nameKey('Oranea’s Labour Party'));
});

test('short names and people keep their words', () => {
  assert.equal(nameKey('Ivan Dorsk'), 'ivan dorsk');
  assert.equal(nameKey('Port Talan'), 'port talan');
  assert.equal(nameKey('Theo Brackwell'), 'theo brackwell');
});

test('names compare as the entities stage keys them: accents, hyphens and dots aside, possessives on any word', () => {
  assert.equal(nameKey('Zélie Marchetti-Vaux'), nameKey('Zelie Marchetti Vaux'));
  assert.equal(nameKey('the U.N. Refugee Agency'), 'un refugee agency');
  assert.equal(nameKey("Keshia's Dockers' Union"), 'keshia dockers union');
});

test('a name whose first words are a setting name is the setting too; other names are not', () => {
  const setting = new Set(['dunholt', 'orvale province']);
  const names = ['dunholt holdings', 'dunholt', 'orvale province police', 'orvale', 'lantic competition office', 'new dunholt'];
  assert.deepEqual([...withLongerForms(setting, names)], ['dunholt', 'orvale province', 'dunholt holdings', 'orvale province police']);
});
