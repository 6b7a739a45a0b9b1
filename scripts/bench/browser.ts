/**
 * Headless Chromium for the bench: Debian's build through playwright-core, WebGL on the CPU as
 * in the browser tests, and one fresh context per page so that every load is a cold one.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';

/** A laptop-sized window, as in the browser tests. */
export const VIEWPORT = { width: 1280, height: 800 };

export function launch(): Promise<Browser> {
  return launchChromium();
}

export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  /** Uncaught exceptions and console errors, which make a run's figures suspect. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A page in a new context: empty HTTP cache, no code cache, no storage. The cache stays on
 * within the load, as for a reader's first visit.
 */
export async function coldPage(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx keeps function names with a `__name` helper, which the probes carry into the page.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, cdp, errors, close: () => context.close() };
}

/** Waits for a performance mark and returns its time since navigation start, in ms. */
export async function markTime(page: Page, name: string, timeout = 90_000): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime,
    name,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}
