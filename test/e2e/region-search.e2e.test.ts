import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server.js';
import { openAt, SCREENSHOTS, useBrowserApp } from './support/browser-app.js';
import {
  navigateBy,
  openPage,
  seriousViolations,
  overflow as pageOverflow,
} from './support/browser.js';

/** Regions found by name in the header and in a region picker, in Chromium on the real data. */
describe('finding regions by name in Chromium', () => {
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  useBrowserApp({}, (app) => ({ server, page, pageErrors } = app));

  const overflow = () => pageOverflow(page);

  const cases = [
    ['nl', 1366, 'Fryslân'],
    ['en', 1366, 'Friesland'],
    ['nl', 360, 'Fryslân'],
    ['en', 360, 'Friesland'],
  ] as const;

  it.each(cases)(
    'header search (%s, %i px): "fryslan" offers Fryslân first, Enter opens its profile',
    async (lang, width, title) => {
      await openAt(page, `${server.url}/`, { lang, width, height: 900 });
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
      expect(await seriousViolations(page)).toEqual([]);
      await input.first().press('ArrowDown');
      expect(await input.first().getAttribute('aria-activedescendant')).toBe(
        'header-search-option-0',
      );
      await navigateBy(page, () => input.first().press('Enter'));
      expect(new URL(page.url()).pathname).toBe('/regio/NL12');
      expect(await page.locator('h1').first().innerText()).toBe(title);
    },
  );

  it.each([
    ['nl', 1366],
    ['en', 360],
  ] as const)(
    'header search (%s, %i px): "Utrecht" submitted asks which of the regions of that name, then opens it',
    async (lang, width) => {
      const api = (await (await fetch(`${server.url}/api/regions?q=Utrecht&limit=8`)).json()) as {
        items: { code: string; matched: string }[];
      };
      const named = api.items
        .filter((r) => r.matched.toLowerCase() === 'utrecht')
        .map((r) => r.code);
      expect(named).toEqual(expect.arrayContaining(['NL31', 'NL310']));
      await openAt(page, `${server.url}/`, { lang, width, height: 900 });
      const input = page.locator('#header-search');
      await input.fill('Utrecht');
      await input.press('Enter');
      const choice = page.getByTestId('header-search-choice');
      await expect.poll(() => choice.count()).toBe(1);
      // Nothing was opened: the page asks, and names each region with its code and level.
      expect(new URL(page.url()).pathname).toBe('/');
      const message = await page.locator('.rk-header-search__message').innerText();
      expect(message).toContain(
        lang === 'nl'
          ? `${named.length} regio’s heten “Utrecht”; kies er een:`
          : `${named.length} regions are called “Utrecht”; choose one:`,
      );
      const links = choice.locator('a');
      expect(await links.count()).toBe(named.length);
      expect(await choice.innerText()).toContain('NUTS 3');
      await page.screenshot({ path: `${SCREENSHOTS}header-search-choice-${lang}-${width}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      const nuts3 = choice.locator('li', { hasText: 'NL310' }).locator('a');
      await navigateBy(page, () => nuts3.click());
      expect(new URL(page.url()).pathname).toBe('/regio/NL310');
    },
  );

  it.each(cases)(
    'compare picker (%s, %i px): "Munich" is found and added to the comparison',
    async (lang, width) => {
      await openAt(page, `${server.url}/vergelijk?regio=NL213`, { lang, width, height: 900 });
      const input = page.locator('#compare-code');
      await input.fill('Munich');
      const first = page.locator('#compare-code-list [role="option"]').first();
      await expect.poll(() => first.getAttribute('data-code')).toBe('DE212');
      expect(await first.innerText()).toMatch(/München, Kreisfreie Stadt[\s\S]*DE212/);
      await page.screenshot({ path: `${SCREENSHOTS}compare-search-${lang}-${width}.png` });
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
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
