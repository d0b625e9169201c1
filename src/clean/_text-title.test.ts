import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './index.ts';

const clean = (content: string, url?: string) =>
  cleanArticle({ id: 't', source: 't.txt', format: 'text', content, hints: url ? { url } : {} });

const BODY = [
  'The first grain carrier to call at Lindmark in six years tied up at the north pier on Saturday, two days after the port authority lifted its ban on foreign bulk ships.',
  'The Nordvik Trader, a 12,000-tonne vessel registered in Helsa, unloaded barley for the Lindmark mills over about nine hours, the harbour master said.',
  '"We have waited a long time for this morning," said Petra Osk, who runs the mill cooperative, as the first trucks left the quay.',
].join('\n\n');

test('title: a photo caption above the body is not the headline (URL slug and position decide)', () => {
  const page = [
    'Monday, March 2, 2026', 'Port & Freight Review', 'Subscribe | Sign in | Advertise', 'Home > Ports > North',
    'First grain carrier in six years docks at Lindmark',
    'https://portfreight.example/2025/05/10/first-grain-carrier-docks-lindmark',
    'nordvik_trader_pier.jpg', 'The bulk carrier Nordvik Trader at Lindmark\'s north pier.',
    'Share | Tweet | Email | Print', BODY,
  ].join('\n');
  assert.equal(clean(page).title, 'First grain carrier in six years docks at Lindmark');
});

test('title: "Skip to content" and a headline shown twice', () => {
  const page = [
    'Skip to content', 'Lindmark Evening', 'Menu', 'Search', 'Sign in | Subscribe', 'Home > Business',
    'Grain ships return to Lindmark after six-year ban',
    'Grain ships return to Lindmark after six-year ban',
    '4 min read', 'BY ANNA BERG [a.berg@lindmark-evening.example]', '2025-05-10 18:02:11',
    'pier_trucks.jpg', 'Trucks leave the north pier with the first load of barley. (Lindmark Evening)',
    BODY,
  ].join('\n');
  assert.equal(clean(page).title, 'Grain ships return to Lindmark after six-year ban');
});

test('title: a machine-translation notice under the headline is not the title', () => {
  const page = [
    'HELSA HERALD – English Edition', 'Main | Politics | Economy | Society',
    'The Grain Road Opens Again: First Ship Arrived in Lindmark Port', '11.05.2025 08:15',
    'This material is translated automatically.', BODY,
  ].join('\n');
  assert.equal(clean(page).title, 'The Grain Road Opens Again: First Ship Arrived in Lindmark Port');
});

test('title: a caption shown twice loses to the headline followed by its date and byline', () => {
  const page = [
    'LINDMARK TODAY', 'Menu', 'Search', 'Login | Register', 'Home > Economy > Trade',
    'Mill cooperative doubts port figures on grain imports', 'May 12, 2025 – 09:30', 'by Lindmark Today', '3 min read',
    'osk_mill.jpg', 'Cooperative head Petra Osk at the mill in Lindmark.', 'Cooperative head Petra Osk at the mill in Lindmark.',
    BODY,
  ].join('\n');
  assert.equal(clean(page).title, 'Mill cooperative doubts port figures on grain imports');
});

test('title: a "World | Maritime" section label above the headline is skipped', () => {
  const page = [
    'HELSA WIRE | Wire', 'Top News | World | Business | Markets', 'World | Maritime',
    'Lindmark reopens port to foreign grain carriers', 'Published on: 10/05/2025 – 21:05', BODY,
  ].join('\n');
  assert.equal(clean(page).title, 'Lindmark reopens port to foreign grain carriers');
});

test('title: a blog headline with its "Posted in … | N Comments" line beats the tagline above a date widget', () => {
  const lines = ['Harbour Notes', 'Boats, piers and the people who run them', 'Saturday, May 2, 2026', 'Home About Archive Contact',
    'The pier vote: a late night, a narrow margin, and a bill', 'Posted in Council, Harbour | 3 Comments',
    'The harbour council voted on Tuesday to rebuild the north pier, ending a dispute that had run for three years.',
    'Work is due to start in the spring and the pier will be closed to boats for about eight months, officials said.'];
  assert.equal(cleanArticle({ id: 't', source: 't.txt', format: 'text', content: lines.join('\n'), hints: {} }).title, lines[4]);
});

test('title: a section label ("Section: Harbours") stands right above the headline, as a breadcrumb does; the masthead over the date is no headline', () => {
  const page = [
    'Lindmark Courier - News of Coast and Country', '10 May 2025, 18:02', 'Section: Harbours',
    'The first grain Carrier tied up at Lindmark, the mills thanked the Port',
    BODY,
  ].join('\n');
  assert.equal(clean(page).title, 'The first grain Carrier tied up at Lindmark, the mills thanked the Port');
});
