import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './index.ts';
import { parseHTML } from 'linkedom';
import { readHtmlMeta, siteName } from './_html-meta.ts';

const page = (head: string): string => `<!doctype html><html lang="en"><head>${head}</head><body><article><h1>x</h1>
<p>The council approved the new pier on Tuesday after a long debate about its cost and the schedule of the works.</p></article></body></html>`;
const title = (head: string): string => cleanArticle({ id: 'h', source: 'h.html', format: 'html', content: page(head), hints: {} }).title;

test('HTML titles: entities the site escaped twice are decoded once', () => {
  assert.equal(title('<meta property="og:title" content="Bike &amp;amp; Style book review &amp;mdash; a winter read">'), 'Bike & Style book review — a winter read');
  assert.equal(title('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Chelsea pay &#163;71.6m release clause"}</script>'), 'Chelsea pay £71.6m release clause');
});

test('HTML titles: a trailing "| Site" is cut from og:title only when it names the site', () => {
  assert.equal(title('<meta property="og:site_name" content="MoreBikes"><meta property="og:title" content="Clymer workshop manual review | MoreBikes">'), 'Clymer workshop manual review');
  assert.equal(title('<meta property="og:site_name" content="MoreBikes"><meta property="og:title" content="Pier vote - the council decides">'), 'Pier vote - the council decides');
});

test('a site name given with its initials is written out', () => {
  assert.equal(siteName('LPR – Lusmaran Public Radio'), 'Lusmaran Public Radio');
  assert.equal(siteName('Lusmaran Public Radio (LPR)'), 'Lusmaran Public Radio');
  assert.equal(siteName('BBC – Homepage'), 'BBC – Homepage');
  assert.equal(siteName('The Coastal Courier'), 'The Coastal Courier');
  assert.equal(siteName(null), null);
});

const published = (head: string, body: string): string | null => cleanArticle({
  id: 'h', source: 'h.html', format: 'html', hints: {},
  content: `<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Harbour council backs new pier</h1>${body}
<p>The council approved the new pier on Tuesday after a long debate about its cost and the schedule of the works.</p>
<p>Work is due to start in the spring and the pier will be closed to boats for about eight months, officials said.</p></article></body></html>`,
}).publishedAt;

test('HTML dates: the meta line under the headline and a byline with a date are the page\'s stamp', () => {
  assert.equal(published('', '<p class="article__meta">By <a href="/staff/ana-reyes/">Ana Reyes</a> on Wednesday, March 5th, 2025 at 11:04 a.m.</p>')?.slice(0, 10), '2025-03-05');
  assert.equal(published('', '<div class="byline">By Ana Reyes | Updated March 6, 2025 | Published March 5, 2025</div>')?.slice(0, 10), '2025-03-05');
});

test('HTML dates: a blog post\'s footer line ("Posted by X · 17/01/2026 · 6 comments") is the post\'s stamp; a sidebar date widget is not', () => {
  assert.equal(published('', '<div class="widget-date">Sunday, December 6, 2026</div><p class="post-footer">Posted by Osgitha Marrow · 17/01/2026 · 6 comments</p>')?.slice(0, 10), '2026-01-17');
  assert.equal(published('', '<footer class="entry-footer">Posted on March 5, 2025 by Osgitha Marrow</footer>')?.slice(0, 10), '2025-03-05');
});

test('HTML dates: a month-name date in the canonical URL; a UTC stamp shown in wall time keeps the local day', () => {
  assert.equal(published('<link rel="canonical" href="https://news.example.org/local/2025/mar/05/harbour-pier/">', ''), '2025-03-05');
  assert.equal(published('<meta property="article:published_time" content="2025-03-06T04:58:46Z"><meta name="pubdate" content="2025-03-05 20:58:46">', ''), '2025-03-05T20:58:46-08:00');
});

const dated = (body: string): string | null =>
  cleanArticle({ id: 'h', source: 'h.html', format: 'html', content: `<!doctype html><html lang="en"><head></head><body><main><h1>Morning Report: the pier vote</h1>${body}
<p>The council approved the new pier on Tuesday after a long debate about its cost and the schedule of the works.</p>
<p>Work starts in the spring, and the harbour will stay open to fishing boats while the old pier is taken down.</p></main></body></html>`, hints: {} }).publishedAt?.slice(0, 10) ?? null;

test('a programme meta line under the headline ("Broadcast 14.03.2025, 07:30") dates the page; an unlabelled "meta" date does not', () => {
  assert.equal(dated('<p class="meta">Radio Lindmark · Morning Report · Broadcast 14.03.2025, 07:30 · Presenter: Ola Berg</p>'), '2025-03-14');
  assert.equal(dated('<div class="meta">Aired on March 3, 2024</div>'), '2024-03-03');
  assert.equal(dated('<aside><span class="meta">14.03.2025 · 3 comments</span></aside>'), null);
});

test('a programme meta line whose date is followed by its time slot ("Tuesday 4 March 2025 · 18:00-18:30") dates the page; a count after it does not', () => {
  assert.equal(dated('<p class="meta">Radio Haldermoor · Tuesday 4 March 2025 · 18:00-18:30</p>'), '2025-03-04');
  assert.equal(dated('<p class="meta">Radio Haldermoor · 04.03.2025 · 07.00 – 08.00 · Presenter: Ola Berg</p>'), '2025-03-04');
  assert.equal(dated('<p class="meta">Radio Haldermoor · Tuesday 4 March 2025 · 12 comments</p>'), null);
});

const metaStamps = (meta: string): string[] => readHtmlMeta(parseHTML(`<!doctype html><html lang="en"><head></head><body>
<h1>Evening Round-up – transcript: the pier vote</h1>${meta}<div class="transcript"><p>ORLA PENNYWORTH: Good evening.</p></div></body></html>`).document as unknown as Document, null)
  .dateCandidates.map((c) => c.value.slice(0, 10));

test('a programme meta line is read for its labelled stamp however long its station and presenter names make it', () => {
  // From 80 characters on: the cap of a stamp element (a wrapper beyond it) does not hold for a line of labelled parts.
  assert.deepEqual(metaStamps('<p class="meta">Radio Vellmoor Coastal One · Broadcast 21/04/2025, 18:00 · Presenter: Fenwyn Pennyworth</p>'), ['2025-04-21']);
  assert.deepEqual(metaStamps('<p class="meta">Vellmoor Coastal Radio · Evening Round-up · Broadcast 21/04/2025, 18:00 · Presenter: Fenwyn Pennyworth-Haddon</p>'), ['2025-04-21']);
  // A block longer than a meta line of plain text is a teaser or summary, not the page's stamp.
  assert.deepEqual(metaStamps(`<div class="meta">Vellmoor Coastal Radio · Evening Round-up · Broadcast 21/04/2025, 18:00 · Presenter: Fenwyn Pennyworth-Haddon, with Corwenn Haddon and guests from the harbour board and the council</div>`), []);
});

test('a transcript disclaimer and the sources line of a programme are chrome', () => {
  const text = cleanArticle({ id: 'h', source: 'h.html', format: 'html', content: `<!doctype html><html lang="en"><head></head><body><main><h1>Morning Report: the pier vote</h1>
<p class="note">This transcript is provided by Radio Lindmark and may contain errors.</p>
<p>OLA BERG: The council approved the new pier on Tuesday after a long debate about its cost and the schedule of the works.</p>
<p>MAYOR: Work starts in the spring, and the harbour will stay open to fishing boats while the old pier is taken down.</p>
<p class="src">Data in this episode: Lindmark Harbour Board, Statistics Lindmark.</p></main></body></html>`, hints: {} }).text;
  assert.ok(text.startsWith('OLA BERG: The council'), text);
  assert.ok(text.endsWith('taken down.'), text);
});

const outletOf = (html: string): string | null => cleanArticle({ id: 'h', source: 'h.html', format: 'html', content: html, hints: {} }).outlet;
const bodyWith = (chrome: string): string => `<!doctype html><html lang="en"><head><title>Pier vote | Harbour Weekly</title></head><body>${chrome}<article><h1>Harbour council backs new pier</h1>
<p>The council approved the new pier on Tuesday after a long debate about its cost and the schedule of the works.</p></article></body></html>`;

test('without a site-name meta, the outlet is the footer\'s copyright owner, else the masthead text', () => {
  assert.equal(outletOf(bodyWith('<footer><p>© 2026 Harbour Weekly. All rights reserved.</p></footer>')), 'Harbour Weekly');
  assert.equal(outletOf(bodyWith('<footer>© Harbour Weekly 2026 · Accessibility · Contact</footer>')), 'Harbour Weekly');
  assert.equal(outletOf(bodyWith('<header><div class="masthead">The Harbour Weekly</div></header>')), 'The Harbour Weekly');
  assert.equal(outletOf(bodyWith('<div class="logo">Subscribe for 1 euro a week and 12 more</div>')), null);
});
