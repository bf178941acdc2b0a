import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir } from '../support/test-store.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { axeViolations, launchChromium, navigateBy, openPage } from './support/browser.js';
import { buildWeb } from './support/build-web.js';

const SCREENSHOTS = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));

/** Regions found by name in the header and in a region picker, in Chromium on the real data. */
describe('finding regions by name in Chromium', () => {
  let server: AppServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const webRoot = buildWeb();
    server = await startAppServer({ dataDir: sharedDataDir, webRoot });
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const seriousAxe = async () =>
    (await axeViolations(page))
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  const cases = [
    ['nl', 1366, 'Fryslân'],
    ['en', 1366, 'Friesland'],
    ['nl', 360, 'Fryslân'],
    ['en', 360, 'Friesland'],
  ] as const;

  it.each(cases)(
    'header search (%s, %i px): "fryslan" offers Fryslân first, Enter opens its profile',
    async (lang, width, title) => {
      await page.setViewportSize({ width, height: 900 });
      await openPage(page, `${server.url}/${lang === 'en' ? '?lang=en' : ''}`);
      const input = page.getByRole('combobox', {
        name: lang === 'nl' ? 'Zoek een regio' : 'Find a region',
      });
      await input.first().fill('fryslan');
      const options = page.locator('#header-search-list [role="option"]');
      await expect.poll(() => options.count()).toBeGreaterThan(0);
      expect(await options.first().getAttribute('data-code')).toBe('NL12');
      expect(await input.first().getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('#header-search-status').innerText()).toMatch(/\d/);
      await page.screenshot({ path: `${SCREENSHOTS}header-search-${lang}-${width}.png` });
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(await seriousAxe()).toEqual([]);
      await input.first().press('ArrowDown');
      expect(await input.first().getAttribute('aria-activedescendant')).toBe(
        'header-search-option-0',
      );
      await navigateBy(page, () => input.first().press('Enter'));
      expect(new URL(page.url()).pathname).toBe('/regio/NL12');
      expect(await page.locator('h1').first().innerText()).toBe(title);
    },
  );

  it.each(cases)(
    'compare picker (%s, %i px): "Munich" is found and added to the comparison',
    async (lang, width) => {
      await page.setViewportSize({ width, height: 900 });
      await openPage(page, `${server.url}/vergelijk?regio=NL213${lang === 'en' ? '&lang=en' : ''}`);
      const input = page.locator('#compare-code');
      await input.fill('Munich');
      const first = page.locator('#compare-code-list [role="option"]').first();
      await expect.poll(() => first.getAttribute('data-code')).toBe('DE212');
      expect(await first.innerText()).toMatch(/München, Kreisfreie Stadt[\s\S]*DE212/);
      await page.screenshot({ path: `${SCREENSHOTS}compare-search-${lang}-${width}.png` });
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(await seriousAxe()).toEqual([]);
      await first.click();
      expect(await input.inputValue()).toBe('München, Kreisfreie Stadt');
      await navigateBy(page, () => page.locator('#compare-add').click());
      expect(new URL(page.url()).searchParams.get('regio')).toBe('NL213,DE212');
    },
  );

  it('says when nothing is found, and Escape closes the list', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openPage(page, `${server.url}/`);
    const input = page.locator('#header-search');
    await input.fill('zzqqxx');
    await expect
      .poll(() => page.locator('#header-search-status').innerText())
      .toBe('Geen regio gevonden voor “zzqqxx”.');
    await input.fill('twente');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(pageErrors).toEqual([]);
  });
});
