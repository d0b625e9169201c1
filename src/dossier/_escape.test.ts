import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docDomId, escapeHtml, escapeHtmlText, escapeMd, safeHref, spanHash } from './_escape.ts';

test('escapeHtml escapes every character that can open a tag or close an attribute', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&\``), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;');
});

test('escapeHtmlText keeps offsets through HTML parsing: CR and NUL become same-length references', () => {
  assert.equal(escapeHtmlText('a\r\nb\0c'), 'a&#13;\nb&#65533;c');
});

test('safeHref keeps http(s) URLs and drops every other scheme or malformed value', () => {
  assert.equal(safeHref('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(safeHref(' HTTP://example.org '), 'http://example.org/');
  for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', '//evil.example', 'demo/a.txt',
    'https://x.example/"><svg>', 'https://', 'vbscript:x', null, undefined, '']) {
    assert.equal(safeHref(bad), null, String(bad));
  }
});

test('escapeMd neutralises links, images, HTML, code, emphasis and leading block markers', () => {
  assert.equal(escapeMd('[x](javascript:alert(1))'), '\\[x\\](javascript:alert(1))');
  assert.equal(escapeMd('![i](http://e/x.png)'), '!\\[i\\](http://e/x.png)');
  assert.equal(escapeMd('<script>`c` *b* _e_ a|b &amp;'), '\\<script\\>\\`c\\` \\*b\\* \\_e\\_ a\\|b \\&amp;');
  assert.equal(escapeMd('# Title\n> quote'), '\\# Title \\> quote');
  assert.equal(escapeMd('- item'), '\\- item');
  assert.equal(escapeMd('1. first'), '1\\. first');
  assert.equal(escapeMd('U.S. (2025) sales'), 'U.S. (2025) sales');
});

test('docDomId is a safe, distinct id for any document id', () => {
  assert.equal(docDomId('3f2a-b9'), 'doc-3f2a-b9');
  assert.equal(docDomId('a b"<'), 'doc-a_20_b_22__3c_');
  assert.notEqual(docDomId('a_20_'), docDomId('a '));
  assert.match(docDomId('ü/🙂'), /^doc-[A-Za-z0-9_-]+$/);
  assert.equal(spanHash('x y', 3, 9), '#doc-x_20_y:3-9');
});
