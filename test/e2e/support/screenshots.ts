import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './browser-app.js';

/** The languages a reader's page is checked in. */
export const LANGS = ['nl', 'en'] as const;

/** The widths a reader's page is photographed at: a laptop's and a phone's. */
export const WIDTHS = [1366, 360] as const;

/**
 * Writes a full-page screenshot of the page as it is at each of {@link WIDTHS},
 * `<name>-<width>.png`, and sets the viewport back to 1366 × 900.
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}
