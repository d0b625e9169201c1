import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import type { Dossier } from '../contract/dossier.ts';
import { renderHtml } from './html.ts';
import { hostileDossier, realisticDossier } from './_fixture.test-helper.ts';

const SPAN_HREF = /^#(doc-[A-Za-z0-9_-]+):(\d+)-(\d+)$/;

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Every span link points at an existing document view and lies inside that view's text. */
function assertSpanLinksResolve(doc: Document): number {
  let n = 0;
  for (const a of Array.from(doc.querySelectorAll('a[href^="#doc-"]'))) {
    const href = a.getAttribute('href')!;
    const m = SPAN_HREF.exec(href);
    const id = m ? m[1] : href.slice(1);
    const view = doc.getElementById(id);
    assert.ok(view, `target of ${href} exists`);
    if (!m) continue;
    const text = view.querySelector('.doc-text')!.textContent ?? '';
    assert.ok(Number(m[2]) <= Number(m[3]) && Number(m[3]) <= text.length, `${href} lies inside the text`);
    n++;
  }
  return n;
}

test('the page has every section, one view per document, and span links that resolve', () => {
  const d = realisticDossier();
  const doc = parse(renderHtml(d));
  for (const id of ['stories', 'entities', 'quotes', 'timeline', 'claims', 'flags', 'documents']) {
    assert.ok(doc.querySelector(`section#${id} h2`), id);
  }
  assert.equal(doc.querySelectorAll('article.doc').length, d.documents.length);
  for (const x of d.documents) assert.equal(doc.getElementById(`doc-${x.id}`)!.querySelector('.doc-text')!.textContent, x.text);
  assert.ok(assertSpanLinksResolve(doc) >= 20);
  const claimLink = doc.querySelector('#claims a.span')!;
  const [, id, s, e] = SPAN_HREF.exec(claimLink.getAttribute('href')!)!;
  const source = d.documents.find((x) => `doc-${x.id}` === id)!;
  assert.equal(source.text.slice(Number(s), Number(e)), 'killing 12 people');
  assert.equal(claimLink.textContent, 'Velmora Herald, Corrin Street bridge collapses in Velmora');
});

test('the timeline is in date order with undated events last', () => {
  const doc = parse(renderHtml(realisticDossier()));
  const whens = Array.from(doc.querySelectorAll('.timeline .when')).map((x) => x.textContent);
  assert.deepEqual(whens, ['2025-03-04', '2026-03-06', 'Undated']);
});

test('the CSP allows only our inline style and script, by hash, and nothing from the network', () => {
  const html = renderHtml(realisticDossier());
  const doc = parse(html);
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
  const hash = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  assert.ok(csp.startsWith("default-src 'none'; "));
  assert.ok(csp.includes(`script-src ${hash(doc.querySelector('script')!.textContent!)}`));
  assert.ok(csp.includes(`style-src ${hash(doc.querySelector('style')!.textContent!)}`));
  assert.doesNotMatch(html, /\b(src|srcset|action|formaction|poster|data)\s*=/i);
  assert.doesNotMatch(html, /@import|url\(/i);
});

test('hostile article content renders only as escaped text', () => {
  const d = hostileDossier();
  const html = renderHtml(d);
  for (const escaped of [
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '&lt;img src=x onerror=alert(2)&gt;',
    '&quot;&gt;&lt;svg onload=alert(4)&gt;',
    '&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;',
    '&lt;/script&gt;&lt;script&gt;alert(5)&lt;/script&gt;',
    '[click](javascript:alert(6))',
    '&#96;code&#96;',
  ]) {
    assert.ok(html.includes(escaped), escaped);
  }
  assert.equal(html.match(/<script/gi)?.length, 1, 'only our own script element');
  assert.equal(html.match(/<\/script/gi)?.length, 1);
  assert.doesNotMatch(html, /<(img|svg|textarea|iframe|object|embed|base|link|form)\b/i);
  assert.doesNotMatch(html, /javascript:(?!alert\(\d\))/i);

  const doc = parse(html);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      assert.doesNotMatch(attr.name, /^on|^style$|^src/i, `<${el.tagName} ${attr.name}>`);
    }
  }
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    assert.ok(a.getAttribute('href')!.startsWith('#'), `no hostile url became a link: ${a.getAttribute('href')}`);
  }
  assertSpanLinksResolve(doc);
  for (const x of d.documents) assert.equal(doc.getElementById(`doc-${x.id}`)!.querySelector('.doc-text')!.textContent, x.text);
  assert.ok(html.includes('(span 5–99999 out of range)'));
  assert.ok(html.includes('Missing document no-such-doc'));
});

test('http(s) source URLs become links with no referrer; other schemes stay text', () => {
  const d = realisticDossier();
  d.documents[1].url = 'javascript:alert(1)';
  const doc = parse(renderHtml(d));
  const external = Array.from(doc.querySelectorAll('a[href]')).filter((a) => !a.getAttribute('href')!.startsWith('#'));
  assert.deepEqual(external.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]), [['https://herald.example/bridge', 'noopener noreferrer nofollow']]);
  assert.ok(doc.getElementById('doc-b1')!.textContent!.includes('javascript:alert(1)'));
});

test('odd document ids, CR and NUL in text keep ids valid and offsets intact', () => {
  const d = realisticDossier();
  const weird = 'a b"<x>';
  d.documents[0].id = weird;
  d.documents[0].text = d.documents[0].text.replace('collapsed on', 'collapsed\r\non\0');
  for (const c of d.claims) for (const r of [...c.support, ...c.conflicts]) if (r.documentId === 'a1') r.documentId = weird;
  const html = renderHtml(d);
  assert.ok(html.includes('collapsed&#13;\non&#65533;'));
  const doc = parse(html);
  assert.ok(doc.getElementById('doc-a_20_b_22__3c_x_3e_'));
  assert.ok(assertSpanLinksResolve(doc) > 0);
});

test('an empty dossier renders every section with a note', () => {
  const empty: Dossier = { schemaVersion: 1, generatedAt: 'now', documents: [], stories: [], entities: [], quotes: [], events: [], claims: [], flags: [] };
  const doc = parse(renderHtml(empty));
  assert.equal(doc.querySelectorAll('section .note').length, 7);
});
