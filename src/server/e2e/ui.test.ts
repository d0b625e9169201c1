/**
 * End-to-end over the demo corpus in headless Chromium: story list, search, a story, a quote followed
 * to its highlighted source span and on to its claim, an entity, keyboard use, phone width, and an
 * upload that shows up. Screenshots go to test-artifacts/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, SUITE_TIMEOUT_MS, STEP_TIMEOUT_MS, launch, overflowX, settled, skipReason, watchedPage, type Watched } from './_browser.ts';
import { serveCorpus, type Served } from './_setup.ts';

const DEMO = join(process.cwd(), 'demo');
const demoFiles = existsSync(DEMO) ? readdirSync(DEMO).filter((f) => /\.(txt|md|html?|jsonl?)$/i.test(f) && f !== 'README.md') : [];
const skip = skipReason ?? (demoFiles.length ? undefined : 'the demo corpus (demo/) is empty');

describe('web UI over the demo corpus', { skip, timeout: SUITE_TIMEOUT_MS }, () => {
  let served: Served;
  let browser: Browser;
  let w: Watched;
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${served.url}${path}`)).json()) as T;

  before(async () => {
    served = await serveCorpus(demoFiles.map((f) => ({ path: join(DEMO, f) })));
    browser = await launch();
    w = await watchedPage(browser, served.url);
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  test('story list with counts, then search narrows it and the search page pages through hits', async () => {
    const { page } = w;
    await page.goto(`${served.url}/`);
    await settled(page);
    const all = await page.locator('#stories > li').count();
    assert.ok(all >= 2, `expected several stories, saw ${all}`);
    assert.match(await page.locator('#stories > li').first().locator('.counts').innerText(), /\d+ articles\s+\d+ outlets\s+\d+ quotes\s+\d+ claims/);
    await page.screenshot({ path: join(ARTIFACTS, 'stories.png'), fullPage: true });
    await page.fill('#q', 'fishermen');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => location.hash.includes('q=fishermen'));
    await settled(page);
    const found = await page.locator('#stories > li').count();
    assert.ok(found >= 1 && found <= all, `search should narrow the list: ${found} of ${all}`);
    // The hits arrive with their own request after the list narrows: wait for the first (on a loaded machine the list can
    // settle before they render), then assert.
    await page.locator('.hits .hit').first().waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => undefined);
    assert.ok(await page.locator('.hits .hit').count() >= 1, 'full-text hits are listed');
    await page.screenshot({ path: join(ARTIFACTS, 'search.png'), fullPage: true });

    const { total } = await api<{ total: number }>('/api/search?q=the&limit=1');
    await page.goto(`${served.url}/#/search?q=the`);
    await settled(page);
    assert.equal(await page.locator('#hit-total').innerText(), `${total} passages found`);
    assert.equal(await page.locator('.hits .hit').count(), Math.min(total, 50));
    if (total > 50) {
      await page.locator('.pager a', { hasText: 'Next' }).click();
      await page.waitForFunction(() => location.hash.includes('offset=50'));
      await settled(page);
      assert.equal(await page.locator('.hits .hit').count(), Math.min(total - 50, 50));
    }
  });

  test('a story shows its timeline, who said what side by side, the sources matrix and flags', async () => {
    const { page } = w;
    const story = (await api<{ items: { id: string; quoteCount: number }[] }>('/api/stories')).items.sort((a, b) => b.quoteCount - a.quoteCount)[0];
    await page.goto(`${served.url}/#/story/${encodeURIComponent(story.id)}`);
    await settled(page);
    for (const id of ['timeline', 'quotes', 'matrix', 'claims', 'entities', 'flags', 'documents']) assert.equal(await page.locator(`#${id}`).count(), 1, `section ${id}`);
    assert.ok(await page.locator('.timeline > li time').count() >= 3, 'dated timeline rows');
    assert.match(await page.locator('.timeline > li').first().innerText(), /Source: \S/);
    // A statement carried in several wordings shows them side by side, each with its outlets.
    const multi = page.locator('.statement').filter({ has: page.locator('.variant + .variant') }).first();
    const boxes = await multi.locator('.variant').evaluateAll((els) => els.slice(0, 2).map((e) => e.getBoundingClientRect().top));
    assert.equal(boxes[0], boxes[1], 'two wordings sit on one row at laptop width');
    assert.ok(await multi.locator('.variant .outlets a').count() >= 2);
    // The matrix shows cross-checked claims; the switch adds the single-source ones.
    const rows = page.locator('table.matrix tbody tr');
    const visible = async (): Promise<number> => rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).length);
    const before = await visible();
    assert.ok(before >= 1);
    assert.match(await page.locator('table.matrix tbody td').first().getAttribute('title') ?? '', /: (supports|silent|contradicts)$/);
    const toggle = page.locator('#matrix button.toggle');
    if (await toggle.count()) {
      await toggle.click();
      assert.ok(await visible() > before, 'single-source claims appear');
      assert.equal(await page.locator('#claims button.toggle').getAttribute('aria-pressed'), 'true', 'both switches follow one state');
      await toggle.click();
      assert.equal(await visible(), before);
    }
    assert.ok(await page.locator('#flags .flags li a').count() >= 1, 'flags link to their sources');
    await page.waitForSelector('#graph canvas');
    await page.screenshot({ path: join(ARTIFACTS, 'story.png') });
    await page.locator('#quotes').screenshot({ path: join(ARTIFACTS, 'story-ledger.png') });
  });

  test('follow a quote to its highlighted source span, then on to its claim and back to the story', async () => {
    const { page } = w;
    await page.goto(`${served.url}/`);
    await settled(page);
    // The story with the most quotes: its ledger has outlet links into the source documents.
    const cards = page.locator('#stories > li');
    let best = 0; let bestQuotes = -1;
    for (let i = 0; i < await cards.count(); i++) {
      const n = Number(/(\d+) quotes/.exec(await cards.nth(i).innerText())?.[1] ?? 0);
      if (n > bestQuotes) { best = i; bestQuotes = n; }
    }
    assert.ok(bestQuotes > 0, 'some story has quotes');
    await cards.nth(best).locator('h3 a').click();
    await page.waitForFunction(() => location.hash.startsWith('#/story/'));
    await settled(page);

    const variant = page.locator('.ledger .variant').first();
    const quoteText = (await variant.locator('blockquote').innerText()).trim();
    await variant.locator('.outlets a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
    await settled(page);
    const target = page.locator('#target');
    await target.waitFor();
    assert.match(await target.getAttribute('class') ?? '', /hl-quote/);
    // The whole highlighted target (it may be cut into several segments by nested spans) is the quote.
    const targetText = await page.evaluate(() => [...document.querySelectorAll('.hl-target')].map((e) => e.textContent).join(''));
    const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();
    assert.equal(squash(targetText), squash(quoteText));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'target');
    assert.ok(await target.isVisible());
    // The note on the followed span names the speaker and where else the statement appears.
    const note = page.locator('#target-info');
    assert.match(await note.innerText(), /Quote by /);
    await page.screenshot({ path: join(ARTIFACTS, 'document-quote.png') });
    // Tapping any marked name pins the note for it (there is no hover on a phone).
    const name = page.locator('#doc-text .hl-entity').first();
    const nameText = (await name.innerText()).trim();
    await name.click();
    assert.match(await note.innerText(), /Entit(y|ies) /);
    assert.ok((await note.locator('a[href^="#/entity/"]').count()) >= 1, `the note links the entity (${nameText})`);

    // On: a claim made in this document leads to the claim on its story page, focused even if it is single-source.
    const claimLinks = page.locator('#doc-claims a');
    if (await claimLinks.count()) {
      await claimLinks.last().click();
      await page.waitForFunction(() => location.hash.startsWith('#/story/'));
      await settled(page);
      const focused = await page.evaluate(() => ({ id: document.activeElement?.id ?? '', shown: (document.activeElement as HTMLElement | null)?.offsetParent !== null }));
      assert.match(focused.id, /^claim-/);
      assert.ok(focused.shown, 'the focused claim is visible');
      // And back: its first supporting excerpt opens the sentence in its document.
      await page.locator(`#${focused.id} .excerpt a`).first().click();
      await page.waitForFunction(() => location.hash.startsWith('#/doc/') && location.hash.includes('at='));
      await settled(page);
      assert.ok(await page.locator('#target').isVisible());
    }
  });

  test('an entity page lists its names, roles over time and what it said', async () => {
    const { page } = w;
    const people = (await api<{ items: { id: string; name: string }[] }>('/api/entities?type=person&limit=1')).items;
    assert.ok(people.length, 'the demo has people');
    await page.goto(`${served.url}/#/entity/${encodeURIComponent(people[0].id)}`);
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), people[0].name);
    for (const id of ['aliases', 'roles', 'entity-quotes', 'entity-docs']) assert.equal(await page.locator(`#${id}`).count(), 1, `section ${id}`);
    assert.ok(await page.locator('#entity-docs li a').count() >= 1, 'links back to the articles');
    await page.screenshot({ path: join(ARTIFACTS, 'entity.png') });
  });

  test('keyboard: skip link first, then into the content, with a visible focus ring', async () => {
    const { page } = w;
    await page.goto(`${served.url}/`);
    await settled(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { inMain: Boolean(el.closest('main')), ring: getComputedStyle(el).outlineStyle };
    });
    assert.deepEqual(focus, { inMain: true, ring: 'solid' });
  });

  test('phone width: no sideways scroll on any page, wide tables scroll in their own box', async () => {
    const phone = await watchedPage(browser, served.url, { width: 390, height: 844 });
    const { page } = phone;
    const story = (await api<{ items: { id: string; documentCount: number }[] }>('/api/stories')).items[0];
    const doc = (await api<{ items: { id: string }[] }>(`/api/documents?storyId=${encodeURIComponent(story.id)}&limit=1`)).items[0];
    const person = (await api<{ items: { id: string }[] }>('/api/entities?type=person&limit=1')).items[0];
    const pages = { stories: '#/', story: `#/story/${encodeURIComponent(story.id)}`, document: `#/doc/${encodeURIComponent(doc.id)}`, entity: `#/entity/${encodeURIComponent(person.id)}`, search: '#/search?q=accord', upload: '#/upload' };
    for (const [name, hash] of Object.entries(pages)) {
      await page.goto(`${served.url}/${hash}`);
      await settled(page);
      const over = await overflowX(page);
      assert.ok(over <= 1, `${name}: the page is ${over}px wider than the phone`);
      if (name === 'story') {
        await page.screenshot({ path: join(ARTIFACTS, 'story-phone.png') });
        await page.locator('#matrix').screenshot({ path: join(ARTIFACTS, 'matrix-phone.png') });
      }
    }
    assert.deepEqual([phone.problems, phone.external, phone.dialogs], [[], [], []]);
    await phone.context.close();
  });

  test('upload a file, watch the job, see the article appear', async () => {
    const { page } = w;
    await page.goto(`${served.url}/#/upload`);
    await settled(page);
    const text = 'Lighthouse keepers strike in Porto Velan\n\nPORTO VELAN, June 20 — Lighthouse keepers in Porto Velan walked off the job on Friday over unpaid overtime, their union said.\n\n"Nobody has paid us for six months," union spokesman Aurelio Brandão said.\n';
    await page.setInputFiles('#files', { name: 'lighthouse-strike.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.click('#upload-btn');
    // Progress is shown while the job runs (queued, reading, analysing, cross-checking), then the result.
    await page.waitForSelector('#job');
    await page.waitForSelector('#job[data-status="done"]', { timeout: 3 * STEP_TIMEOUT_MS });
    assert.match(await page.locator('#job').innerText(), /1 article read · 1 new/);
    await page.screenshot({ path: join(ARTIFACTS, 'upload.png') });
    await page.locator('#job-docs a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
    await settled(page);
    assert.match(await page.locator('#doc-text').innerText(), /Lighthouse keepers in Porto Velan walked off the job/);
    // It is in the store now: the story list search finds its story, and its text is searchable.
    const storyId = (await api<{ document: { storyId: string | null } }>(`/api/documents/${decodeURIComponent(/#\/doc\/([^?]+)/.exec(page.url())?.[1] ?? '')}`)).document.storyId;
    await page.goto(`${served.url}/#/?q=lighthouse`);
    await settled(page);
    assert.match(await page.locator('.hits').innerText(), /Lighthouse keepers/);
    if (storyId) assert.equal(await page.locator(`#stories a[href="#/story/${encodeURIComponent(storyId)}"]`).count(), 1, 'its story is listed');
  });

  test('nothing went wrong along the way: no console errors, no external requests, no dialogs', () => {
    assert.deepEqual({ problems: w.problems, external: w.external, dialogs: w.dialogs }, { problems: [], external: [], dialogs: [] });
  });
});
