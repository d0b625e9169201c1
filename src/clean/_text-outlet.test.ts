import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanPlainText } from './_text-clean.ts';

const wire = [
  'Harbour board sacks its chair after dredging overspend',
  'By Mirela Castane',
  'Updated March 4, 2026 9:12 a.m. CET',
  '',
  'OSTRELL, Nordavia, March 4 (KNA) — The Ostrell harbour board sacked its chair on Wednesday after an audit found the dredging of the outer basin had cost twice its budget.',
  '',
  'The board said a new chair would be named within a month.',
].join('\n');

test('a byline at the top is the writer, never the outlet; the agency a wire dateline credits is', () => {
  const r = cleanPlainText(wire, null);
  assert.equal(r.outlet, 'KNA');
  assert.equal(r.byline, 'Mirela Castane');
});

test('a masthead still wins over the dateline credit', () => {
  const r = cleanPlainText(`THE OSTRELL COURIER\n\n${wire}`, null);
  assert.equal(r.outlet, 'The Ostrell Courier');
});

test('a site name given twice running at the top (a logo and its alt text) is the masthead', () => {
  const page = [
    'Quembly Herald',
    'Quembly Herald',
    'Quarry road reopens after three-week closure',
    'Published on: 14/05/2026 – 08:10',
    'WRITTEN BY Tamsin Orrely | t.orrely@brennockherald.example',
    '',
    'The quarry road between Haddenby and Pexby reopened yesterday after three weeks of repairs to its retaining wall.',
    '',
    'A driver who asked not to be named told the Herald that lorries had used the village lanes all month.',
  ].join('\n');
  const r = cleanPlainText(page, null);
  assert.equal(r.outlet, 'Quembly Herald');
  assert.equal(r.title, 'Quarry road reopens after three-week closure');
});

test('a byline crediting the site itself still names it, without "By"', () => {
  const r = cleanPlainText([
    'Ferry crews agree pay deal after two-day stoppage',
    '',
    'By Saltmarsh News',
    '',
    'Ferry crews on the Ostrell crossing accepted a pay offer on Tuesday, ending a two-day stoppage that had stranded hundreds of travellers.',
    '',
    'Services will resume on Wednesday morning, the operator said.',
  ].join('\n'), null);
  assert.equal(r.outlet, 'Saltmarsh News');
});

test('a "WRITTEN BY" line at the top is the writer, never the outlet', () => {
  const r = cleanPlainText([
    'Lantern festival moves to the quay after council vote',
    'Lantern festival moves to the quay after council vote',
    '',
    'Published on: 03/05/2026 – 09:40',
    'WRITTEN BY Corra Pellinet | c.pellinet@fenwickgazette.example',
    '',
    'The lantern festival will move to the quay this year after councillors voted on Monday to close the market square for repairs.',
    '',
    'Organisers said the route would be announced next week.',
  ].join('\n'), null);
  assert.equal(r.outlet, null);
  assert.equal(r.byline, 'Corra Pellinet');
});
