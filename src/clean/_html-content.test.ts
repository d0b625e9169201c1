import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './index.ts';

const turn = (who: string, n: number): string =>
  `<p>${who}: Part ${n} of the interview. The Tamsk harbour was closed for a second day on Friday while divers checked the sunken barge, and the fishing fleet stayed in port.</p>`;

test('a summary box holding one paragraph above a transcript stays; a newsletter box holding one paragraph does not', () => {
  const summary = 'The Tamsk harbour stays closed after Wednesday’s collision between a barge and the Vellinor ferry, the port authority said overnight. On this morning’s programme, the harbour master explains what happens next.';
  const html = `<!doctype html><html lang="en"><head><title>Morning Call: the Tamsk harbour</title></head><body>
<header><a href="/">Radio Tamsk</a><nav><a href="/live">Live</a> | <a href="/news">News</a></nav></header>
<main><article class="episode"><h1>Morning Call: the Tamsk harbour two days on</h1>
<p class="broadcast">Broadcast Friday 13.02.26, 07:10</p>
<section class="summary">
  <p>${summary}</p>
</section>
<h2>Transcript</h2>
<div class="transcript">${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => turn(n % 2 ? 'PRESENTER' : 'HARBOUR MASTER', n)).join('\n')}</div>
<section class="newsletter-box"><p>Sign up to the Radio Tamsk newsletter to get the Morning Call in your inbox every weekday, with the day's other stories.</p></section>
</article></main></body></html>`;
  const text = cleanArticle({ id: 'h', source: 'h.html', format: 'html', content: html, hints: {} }).text;
  assert.ok(text.includes(summary), text.slice(0, 300));
  assert.ok(text.includes('Part 8 of the interview'), 'the transcript is kept');
  assert.ok(!text.includes('Sign up to the Radio Tamsk newsletter'), 'a chrome box with one paragraph still goes');
});
