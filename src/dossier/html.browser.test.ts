/**
 * The HTML dossier in a real browser (headless Chromium through playwright-core): the CSP lets our
 * script run, hostile content never executes or fetches anything, and span links highlight exactly
 * the cited text — including after CR/NUL characters and across the text-node splits browsers make
 * in very long documents. Skips when no Chromium is installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderHtml } from './html.ts';
import { hostileDossier } from './_fixture.test-helper.ts';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p): p is string => !!p && existsSync(p),
);

async function loadPlaywright(): Promise<typeof import('playwright-core') | null> {
  try {
    return await import('playwright-core');
  } catch {
    return null;
  }
}

/** The hostile dossier plus a long document with CR/NUL whose last sentence is cited. */
function browserDossier() {
  const d = hostileDossier();
  const tail = 'The inquiry reported on 9 May.';
  const text = 'Line one\r\nline two\0 ' + 'Filler sentence about the harbour. '.repeat(4000) + tail;
  d.documents.push({ ...d.documents[0], id: 'long', text, title: 'Long page', duplicateOf: null });
  d.claims[0].support.push({ documentId: 'long', start: text.length - tail.length, end: text.length });
  d.claims[0].support.push({ documentId: 'long', start: 10, end: 18 });
  return d;
}

test('in Chromium: no injected code runs, nothing is fetched, and span links highlight the exact text', { skip: CHROMIUM ? false : 'no Chromium installed' }, async (t) => {
  const pw = await loadPlaywright();
  if (!pw) return t.skip('playwright-core not installed');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-html-'));
  const file = join(dir, 'dossier.html');
  const d = browserDossier();
  writeFileSync(file, renderHtml(d));
  const browser = await pw.chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('dialog', (x) => { problems.push(`dialog: ${x.message()}`); void x.dismiss(); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`); });
    await page.goto(pathToFileURL(file).href);

    const expected = new Map<string, string>();
    for (const c of d.claims) for (const r of c.support) {
      const doc = d.documents.find((x) => x.id === r.documentId);
      if (doc && r.end <= doc.text.length) expected.set(`#doc-${r.documentId}:${r.start}-${r.end}`, doc.text.slice(r.start, r.end));
    }
    assert.ok(expected.size >= 5);
    for (const [hash, text] of expected) {
      await page.click(`a[href="${hash}"]`);
      const [, id, span] = /^#([^:]+):(.+)$/.exec(hash)!;
      await page.waitForSelector(`#${id} mark.hl[data-span="${span}"]`, { timeout: 5000 });
      const got = await page.evaluate(() => ({
        marks: document.querySelectorAll('mark.hl').length,
        text: document.querySelector('mark.hl')?.textContent ?? null,
        focused: document.activeElement?.tagName ?? null,
      }));
      assert.deepEqual(got, { marks: 1, text, focused: 'MARK' }, hash);
    }
    const longNodes = await page.evaluate(() => document.querySelector('#doc-long .doc-text')!.textContent!.length);
    assert.equal(longNodes, d.documents.at(-1)!.text.length);
    await page.evaluate(() => { location.hash = '#claims'; });
    await page.waitForFunction(() => !document.querySelector('mark.hl'));
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
