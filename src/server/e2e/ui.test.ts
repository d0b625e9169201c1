/**
 * End-to-end over the demo corpus in headless Chromium: story list, search, a story, a quote followed
 * to its highlighted source span, and an upload that shows up. Screenshots go to test-artifacts/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, launch, settled, skipReason, watchedPage, type Watched } from './_browser.ts';
import { serveCorpus, type Served } from './_setup.ts';

const DEMO = join(process.cwd(), 'demo');
const demoFiles = existsSync(DEMO) ? readdirSync(DEMO).filter((f) => /\.(txt|md|html?|jsonl?)$/i.test(f) && f !== 'README.md') : [];
const skip = skipReason ?? (demoFiles.length ? undefined : 'the demo corpus (demo/) is empty');

describe('web UI over the demo corpus', { skip }, () => {
  let served: Served;
  let browser: Browser;
  let w: Watched;

  before(async () => {
    served = await serveCorpus(demoFiles.map((f) => ({ path: join(DEMO, f) })));
    browser = await launch();
    w = await watchedPage(browser, served.url);
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  test('story list with counts, then search narrows it', async () => {
    const { page } = w;
    await page.goto(`${served.url}/`);
    await settled(page);
    const all = await page.locator('#stories > li').count();
    assert.ok(all >= 2, `expected several stories, saw ${all}`);
    assert.match(await page.locator('#stories > li').first().locator('.counts').innerText(), /\d+ articles/);
    await page.screenshot({ path: join(ARTIFACTS, 'stories.png'), fullPage: true });
    await page.fill('#q', 'fishermen');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => location.hash.includes('q=fishermen'));
    await settled(page);
    const found = await page.locator('#stories > li').count();
    assert.ok(found >= 1 && found <= all, `search should narrow the list: ${found} of ${all}`);
    assert.ok(await page.locator('.hits .hit').count() >= 1, 'full-text hits are listed');
    await page.screenshot({ path: join(ARTIFACTS, 'search.png'), fullPage: true });
  });

  test('open a story and follow a quote to its highlighted source span', async () => {
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
    for (const id of ['timeline', 'quotes', 'matrix', 'claims', 'entities', 'flags']) assert.equal(await page.locator(`#${id}`).count(), 1, `section ${id}`);
    await page.waitForSelector('#graph canvas');
    await page.screenshot({ path: join(ARTIFACTS, 'story.png') });

    const variant = page.locator('.ledger .variant').first();
    const quoteText = (await variant.locator('blockquote').innerText()).trim();
    await variant.locator('.outlets a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
    await settled(page);
    const target = page.locator('#target');
    await target.waitFor();
    const cls = await target.getAttribute('class');
    assert.match(cls ?? '', /hl-quote/);
    // The whole highlighted target (it may be cut into several segments by nested spans) is the quote.
    const targetText = await page.evaluate(() => [...document.querySelectorAll('.hl-target')].map((e) => e.textContent).join(''));
    const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();
    assert.equal(squash(targetText), squash(quoteText));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'target');
    assert.ok(await target.isVisible());
    await page.screenshot({ path: join(ARTIFACTS, 'document-quote.png') });

    // And on: a claim made in this document leads back to the claim on its story page.
    const claimLinks = page.locator('#doc-claims a');
    if (await claimLinks.count()) {
      await claimLinks.first().click();
      await page.waitForFunction(() => location.hash.startsWith('#/story/'));
      await settled(page);
      assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^claim-/);
    } else {
      await page.locator('.crumbs a').nth(1).click();
      await page.waitForFunction(() => location.hash.startsWith('#/story/'));
    }
  });

  test('keyboard: skip link and tab order reach the main content', async () => {
    const { page } = w;
    await page.goto(`${served.url}/`);
    await settled(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  });

  test('phone width: no horizontal scroll on the story page', async () => {
    const phone = await watchedPage(browser, served.url, { width: 390, height: 844 });
    await phone.page.goto(`${served.url}/`);
    await settled(phone.page);
    await phone.page.locator('#stories > li h3 a').first().click();
    await phone.page.waitForFunction(() => location.hash.startsWith('#/story/'));
    await settled(phone.page);
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
    await phone.page.screenshot({ path: join(ARTIFACTS, 'story-phone.png') });
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
    await page.waitForSelector('#job[data-status="done"]', { timeout: 45_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'upload.png') });
    await page.locator('#job-docs a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
    await settled(page);
    assert.match(await page.locator('#doc-text').innerText(), /Lighthouse keepers in Porto Velan walked off the job/);
    await page.goto(`${served.url}/#/?q=lighthouse`);
    await settled(page);
    assert.match(await page.locator('#stories').innerText(), /Lighthouse/i);
  });

  test('nothing went wrong along the way: no console errors, no external requests, no dialogs', () => {
    assert.deepEqual({ problems: w.problems, external: w.external, dialogs: w.dialogs }, { problems: [], external: [], dialogs: [] });
  });
});
