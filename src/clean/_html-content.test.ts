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

test('a figure caption the page prints again as a paragraph is kept once and marked a caption', () => {
  const caption = 'Ferry passengers wait on the quay at Wexmoor on Sunday.';
  const body = [
    'The ferry service between Wexmoor and Pellacombe was suspended on Monday after a crack was found in the hull of its only vessel, the operator said.',
    'Engineers from the operator expect the repairs to take at least three weeks, and a chartered boat will carry freight in the meantime.',
    'Traders on the island said the suspension came at the worst time of the year, with the harvest waiting to be shipped to the mainland.',
  ];
  const html = `<!doctype html><html lang="en"><head><title>Ferry service suspended</title></head><body><main><article>
<h1>Ferry service suspended after crack found in hull</h1>
<figure><img src="wexmoor-quay.jpg" alt=""><figcaption>${caption}</figcaption></figure>
<p>${caption}</p>
${body.map((p) => `<p>${p}</p>`).join('\n')}
</article></main></body></html>`;
  const doc = cleanArticle({ id: 'h', source: 'h.html', format: 'html', content: html, hints: {} });
  assert.equal(doc.text.split(caption).length - 1, 1, doc.text);
  assert.ok(doc.text.includes(body[0]!));
  assert.deepEqual(doc.captions, [caption]);
});
