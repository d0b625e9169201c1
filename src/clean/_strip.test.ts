import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripInert } from './_strip.ts';

test('stripInert drops scripts, styles, comments, svg, nav and bulky attributes but keeps JSON-LD and text', () => {
  const html = [
    '<html><head><script>var a = "<p>no</p>";</script><style>p{color:red}</style>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier approved"}</script></head>',
    '<body><nav class="menu"><a href="/">Home</a><a href="/news">News</a></nav><!-- ad slot -->',
    '<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg>',
    '<img src="a.jpg" srcset="a-300.jpg 300w, a-600.jpg 600w" sizes="100vw" data-lazy-src="a.jpg" onload="x()">',
    '<p class="lead" data-track="p1">The council approved the pier on Tuesday.</p></body></html>',
  ].join('');
  const out = stripInert(html);
  assert.equal(out, [
    '<html><head>',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier approved"}</script></head>',
    '<body>', '', '<img src="a.jpg">',
    '<p class="lead">The council approved the pier on Tuesday.</p></body></html>',
  ].join(''));
});

test('stripInert leaves an unclosed element alone and stays linear on many of them', () => {
  assert.equal(stripInert('<p>Text</p><script>never closed <p>More</p>'), '<p>Text</p><script>never closed <p>More</p>');
  const hostile = '<svg><nav><!--'.repeat(200_000) + '<p>end</p>';
  const out = stripInert(hostile);
  assert.ok(out.endsWith('<p>end</p>'));
  assert.equal(out.length, hostile.length);
});

test('stripInert does not mistake custom elements (<nav-bar>, <video-player>) for the tags it removes', () => {
  const html = '<nav-bar><a href="/">Home</a></nav-bar><article><p>The pier opens in May.</p></article><nav><a href="/x">X</a></nav><video-player src="a.mp4"></video-player>';
  assert.equal(stripInert(html), '<nav-bar><a href="/">Home</a></nav-bar><article><p>The pier opens in May.</p></article><video-player src="a.mp4"></video-player>');
});
