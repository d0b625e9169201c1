/**
 * The hostile corpus (test/hostile/ plus a 10 MB single-line article generated here) ingested with the
 * real pipeline and opened page by page in Chromium: no payload runs, nothing is fetched from outside,
 * no dialog opens, no page is wider than the window, and no injected element reaches the DOM.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Dossier } from '../../contract/dossier.ts';
import { ARTIFACTS, SUITE_TIMEOUT_MS, launch, settled, skipReason, watchedPage, type Watched } from './_browser.ts';
import { serveCorpus, type Served } from './_setup.ts';

const HOSTILE = join(process.cwd(), 'test', 'hostile');
/** Size of the generated single-line article. */
const HUGE_BYTES = 10 * 1024 * 1024;

/** 10 MB of plausible sentences with no line break, and one payload at the end. */
function hugeLine(): string {
  const words = ['the', 'port', 'of', 'calvero', 'said', 'on', 'monday', 'ships', 'were', 'waiting', 'minister', 'talvar', 'fishermen', 'accord'];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < HUGE_BYTES - 200; i++) {
    const s = `${Array.from({ length: 11 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ')}. `;
    parts.push(s);
    n += s.length;
  }
  return `${parts.join('')}<img src=x onerror="window.__pwned='huge'">`;
}

/** Id of a 10 MB document put straight into the dossier, so the UI is tested on it whatever the cleaner keeps. */
const HUGE_ID = 'huge-direct';

function withHugeDocument(d: Dossier, text: string): Dossier {
  const tail = text.length - 400;
  return {
    ...d,
    documents: [...d.documents, { id: HUGE_ID, source: 'generated/huge.txt', title: 'Wall of text', outlet: 'Generated', byline: null, publishedAt: null, language: 'en', text, storyId: 'huge-story', duplicateOf: null }],
    stories: [...d.stories, { id: 'huge-story', title: 'Wall of text', documentIds: [HUGE_ID] }],
    quotes: [...d.quotes, { id: `${HUGE_ID}:q`, documentId: HUGE_ID, text: text.slice(tail, tail + 60), start: tail, end: tail + 60, speakerId: null, speakerText: 'nobody', statementId: null }],
  };
}

describe('hostile articles render inert', { skip: skipReason, timeout: SUITE_TIMEOUT_MS }, () => {
  let served: Served;
  let browser: Browser;
  let w: Watched;

  before(async () => {
    const files = readdirSync(HOSTILE).filter((f) => f !== 'README.md').map((f) => ({ path: join(HOSTILE, f) }));
    const line = hugeLine();
    const huge = join(tmpdir(), `tri-hostile-huge-${process.pid}.txt`);
    writeFileSync(huge, `Giant wall of text\n\n${line}`);
    try {
      served = await serveCorpus([...files, { path: huge }], (d) => withHugeDocument(d, line));
    } finally {
      rmSync(huge, { force: true });
    }
    browser = await launch();
    w = await watchedPage(browser, served.url);
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  const inert = async (label: string): Promise<void> => {
    const { page } = w;
    await settled(page);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      scripts: [...document.scripts].filter((s) => !s.src.includes('/assets/')).length,
      injected: document.querySelectorAll('main script, main iframe, main svg:not(#graph svg), main math, main img, main object, main embed, main form:not(.search):not(.upload), main [onerror], main [onload], main [onclick], main [onmouseover]').length,
      badLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(#|\/)/.test(a.getAttribute('href') ?? '')).length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    assert.deepEqual({ ...state, overflow: state.overflow <= 1 }, { pwned: null, scripts: 0, injected: 0, badLinks: 0, overflow: true }, label);
  };

  test('every story, document and entity page is inert and keeps its layout', async () => {
    const { page } = w;
    await page.goto(`${served.url}/`);
    await inert('story list');
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-stories.png'), fullPage: true });
    const api = async <T>(path: string): Promise<T> => (await (await fetch(`${served.url}${path}`)).json()) as T;
    const stories = (await api<{ items: { id: string }[] }>('/api/stories?limit=100')).items;
    const docs = (await api<{ items: { id: string }[] }>('/api/documents?limit=100')).items;
    const entities = (await api<{ items: { id: string }[] }>('/api/entities?limit=20')).items;
    assert.ok(docs.length >= 8, `the hostile corpus was ingested (${docs.length} documents)`);
    for (const s of stories) {
      await page.goto(`${served.url}/#/story/${encodeURIComponent(s.id)}`);
      await inert(`story ${s.id}`);
    }
    for (const d of docs) {
      await page.goto(`${served.url}/#/doc/${encodeURIComponent(d.id)}`);
      await inert(`document ${d.id}`);
    }
    for (const e of entities) {
      await page.goto(`${served.url}/#/entity/${encodeURIComponent(e.id)}`);
      await inert(`entity ${e.id}`);
    }
    await page.goto(`${served.url}/#/search?q=${encodeURIComponent('pwned')}`);
    await inert('search');
  });

  test('payload text is shown as text, and the 10 MB line wraps', async () => {
    const { page } = w;
    const hits = (await (await fetch(`${served.url}/api/search?q=${encodeURIComponent('script')}`)).json()) as { items: { documentId: string }[] };
    assert.ok(hits.items.length >= 1, 'the literal <script> text is searchable');
    await page.goto(`${served.url}/#/doc/${encodeURIComponent(hits.items[0].documentId)}`);
    await inert('script text document');
    assert.match(await page.locator('main').innerText(), /<script>|<img|<svg/);
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-document.png') });

    const giant = (await (await fetch(`${served.url}/api/search?q=giant`)).json()) as { items: { documentId: string }[] };
    assert.ok(giant.items.length >= 1, 'the 10 MB article went through the pipeline');
    await page.goto(`${served.url}/#/doc/${encodeURIComponent(giant.items[0].documentId)}`);
    await inert('10 MB article as cleaned');

    // The 10 MB line itself, with a quote near its end: the page renders it, wraps it, and scrolls to the span.
    const tail = HUGE_BYTES - 600;
    const quote = (await (await fetch(`${served.url}/api/quotes?documentId=${HUGE_ID}`)).json()) as { items: { start: number; end: number }[] };
    const q = quote.items[0];
    assert.ok(q && q.start > tail - HUGE_BYTES / 100, 'the quote sits near the end of the 10 MB text');
    await page.goto(`${served.url}/#/doc/${HUGE_ID}?at=${q.start}-${q.end}`);
    await inert('10 MB document');
    // Only a window of it is laid out (Chromium's layout breaks down on megabytes of text), with links to the rest.
    const shown = await page.locator('#doc-text').evaluate((el) => el.textContent?.length ?? 0);
    assert.ok(shown > 100_000 && shown < HUGE_BYTES, `a window of the text is shown (${shown} characters)`);
    assert.match(await page.locator('#doc-window').innerText(), /earlier part/);
    const box = await page.locator('#doc-text').evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(box <= 1280, `the text column stays within the window (${box}px)`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'target');
    assert.ok(await page.locator('#target').isVisible());
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-huge.png') });
  });

  test('no dialog opened, nothing fetched from outside, no script error', () => {
    assert.deepEqual({ dialogs: w.dialogs, external: w.external, problems: w.problems }, { dialogs: [], external: [], problems: [] });
  });
});
