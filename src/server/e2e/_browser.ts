/** Headless Debian Chromium through playwright-core, with no network chatter (the machine has no outside network). */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

/** Why the browser tests cannot run here, or undefined when they can. */
export const skipReason = existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (apt-get install chromium)`;

/** Longest wait for one page, click or render: generous for a loaded 2-core CI machine, bounded so a hang fails. */
export const STEP_TIMEOUT_MS = 60_000;
/** Longest a whole browser suite may take (corpus analysis included) before node:test fails it. */
export const SUITE_TIMEOUT_MS = 15 * 60_000;

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export interface Watched { page: Page; context: BrowserContext; problems: string[]; external: string[]; dialogs: string[] }

/** A page that records console errors, CSP violations, dialogs and any request leaving the server's origin. */
export async function watchedPage(browser: Browser, origin: string, viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const problems: string[] = [];
  const external: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  return { page, context, problems, external, dialogs };
}

/** Wait until the app has rendered the current route (main.ts sets body[data-ready]), then two frames so late work has run. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.body.dataset.ready) && !document.getElementById('main')?.hasAttribute('aria-busy'));
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** How many CSS pixels the page is wider than the window (0: no sideways scroll). */
export const overflowX = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
