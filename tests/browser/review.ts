/**
 * Screenshots for a person to look at, never compared by a test: the tests assert the map's
 * state instead. They are written only when asked for (`SCREENSHOTS=1`), into
 * test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

const FOLDER = 'test-results/screenshots';

export async function reviewScreenshot(page: Page, name: string): Promise<void> {
  if (!process.env.SCREENSHOTS) return;
  mkdirSync(FOLDER, { recursive: true });
  await page.screenshot({ path: `${FOLDER}/${name}.png` });
}
