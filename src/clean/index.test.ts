import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from './index.ts';
import { cleanPlainText } from './_text-clean.ts';
import { cleanHtml } from './_html-clean.ts';
import type { RawArticle } from '../contract/pipeline.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

interface Expected {
  title?: string; outlet?: string | null; byline?: string | null; publishedAt?: string | null; dateMethod?: string;
  modifiedAt?: string | null; language?: string; url?: string | null; dateCandidateMethods?: string[];
  mustKeep?: string[]; mustRemove?: string[];
}

for (const name of readdirSync(FIXTURES)) {
  test(`fixture ${name}`, () => {
    const dir = join(FIXTURES, name);
    const html = existsSync(join(dir, 'source.html'));
    const content = readFileSync(join(dir, html ? 'source.html' : 'source.txt'), 'utf8');
    const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const doc = cleanArticle({ id: name, source: name, format: html ? 'html' : 'text', content, hints: {} });
    for (const k of ['title', 'outlet', 'byline', 'publishedAt', 'modifiedAt', 'language', 'url'] as const) {
      if (exp[k] !== undefined) assert.equal(doc[k], exp[k], k);
    }
    if (exp.dateMethod) assert.equal(doc.dateProvenance.method, exp.dateMethod);
    if (exp.dateCandidateMethods) assert.deepEqual([...new Set(doc.dateCandidates.map((c) => c.method))].sort(), exp.dateCandidateMethods);
    for (const s of exp.mustKeep ?? []) assert.ok(doc.text.includes(s), `keeps "${s}"`);
    for (const s of exp.mustRemove ?? []) assert.ok(!doc.text.includes(s), `removes "${s}"`);
    assert.ok(!/\n{3,}/.test(doc.text), 'paragraphs separated by exactly one blank line');
  });
}

test('hints win for title and outlet; input date is a candidate', () => {
  const doc = cleanArticle({
    id: 'h', source: 'a.json', format: 'text',
    content: 'Short body line that is long enough to count as prose in the cleaner, ending with a period.',
    hints: { title: 'Given title', outlet: 'Given Outlet', publishedAt: '2023-06-01', byline: 'By Ana Ortiz, Given Outlet' },
  });
  assert.equal(doc.title, 'Given title');
  assert.equal(doc.outlet, 'Given Outlet');
  assert.equal(doc.byline, 'Ana Ortiz');
  assert.equal(doc.publishedAt, '2023-06-01');
  assert.equal(doc.dateProvenance.method, 'input');
});

test('never throws on empty, garbage, truncated or deeply nested input', () => {
  const page = readFileSync(join(FIXTURES, 'html-basic', 'source.html'), 'utf8');
  const inputs: string[] = ['', ' ', '<', '<html', '<<<>>>', '\u0000\u0001\u0002', '<script>', '</div></div>', '<div>'.repeat(5000),
    'a'.repeat(100_000), '<meta content="x" property="article:published_time"><time datetime="not a date">', '<script type="application/ld+json">{"@graph":[null,1,"x",{"author":{}}]}</script>',
    // Long letter runs on a date-like line once sent a date regex into exponential backtracking.
    `Published on: ${'abcdefgh'.repeat(30)} 11/06/2025\nJune 3, 2024 ${'x'.repeat(300)}`,
    // Long one-line runs that once sent line patterns (e-mail, image file, stamp separator) into quadratic backtracking.
    `${' '.repeat(100_000)}x`, 'Ab1-'.repeat(25_000), 'a@'.repeat(50_000), `${'1'.repeat(100_000)} (x)`];
  let seed = 7;
  const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 40; i++) inputs.push(page.slice(rnd(page.length), rnd(page.length) + rnd(3000)));
  for (let i = 0; i < 20; i++) inputs.push(page.slice(0, rnd(page.length)));
  for (let i = 0; i < 10; i++) inputs.push(Array.from({ length: 500 }, () => String.fromCharCode(rnd(0x3000))).join(''));
  // Wrapped dumps of the garbage too (the unwrapper runs first on text).
  for (let i = 0; i < 10; i++) inputs.push(Array.from({ length: 400 }, (_, k) => 'word '.repeat(rnd(20)) + (k % 7 ? '' : '\n')).join('\n'));
  for (const content of inputs) {
    // The stage's own code must not throw either: cleanArticle's last-resort fallback is for the unforeseen.
    assert.doesNotThrow(() => cleanPlainText(content, null), 'plain-text cleaner');
    assert.doesNotThrow(() => cleanHtml(content, null), 'HTML cleaner');
    for (const format of ['html', 'text'] as const) {
      const doc = cleanArticle({ id: 'f', source: 'f', format, content, hints: {} });
      assert.equal(typeof doc.text, 'string');
      assert.ok(doc.dateProvenance.method);
    }
  }
  const bad = { id: 'b', source: 'b', format: 'html', content: null, hints: null } as unknown as RawArticle;
  assert.equal(typeof cleanArticle(bad).text, 'string');
});

test('a page without <body>, or with a broken <html, keeps its text', () => {
  assert.equal(cleanHtml('<html><p>Hello world</p>', null).text, 'Hello world');
  assert.equal(cleanHtml('<html lang="en"', null).text, '');
});

test('the year a copyright line prints is kept, though the line is dropped from the text', () => {
  const text = 'The Quenmoor Tidings\n\nLighthouse repainted\n\nVolunteers repainted the lighthouse at Quenmoor Point on Saturday, the harbour trust said. '
    + 'The work took eleven hours and used forty litres of white paint.\n\n© 2025 The Quenmoor Tidings\n';
  const doc = cleanArticle({ id: 't', source: 't', format: 'text', content: text, hints: {} });
  assert.equal(doc.copyrightYear, 2025);
  assert.ok(!doc.text.includes('©'));
  const html = '<html><body><article><h1>Lighthouse repainted</h1><p>Volunteers repainted the lighthouse at Quenmoor Point on Saturday, '
    + 'the harbour trust said. The work took eleven hours and used forty litres of white paint on the tower.</p></article>'
    + '<footer>&copy; 2019–2024 Quenmoor Tidings Ltd</footer></body></html>';
  assert.equal(cleanArticle({ id: 'u', source: 'u', format: 'html', content: html, hints: {} }).copyrightYear, 2024);
  const bare = cleanArticle({ id: 'v', source: 'v', format: 'text', content: 'Volunteers repainted the lighthouse on Saturday.\n\nQuenmoor Tidings © All rights reserved.', hints: {} });
  assert.equal(bare.copyrightYear, undefined);
});
