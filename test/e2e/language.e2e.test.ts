import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server.js';
import { navigateBy, openPage, seriousViolations } from './support/browser.js';
import { SCREENSHOTS, useBrowserApp, type BrowserApp } from './support/browser-app.js';
import { addTestPractice } from './support/test-practice.js';

/** Raw identifiers a reader should never meet: data codes and data-set ids. */
const RAW_IDS = /EU27_2020|press-release-regional-programme|template:[a-z-]+/;

/**
 * The reader's language in Chromium, against the built web application and the real data: the
 * language chosen with the switch is remembered and carried by links (a fresh browser gets
 * Dutch), errors and not-found pages speak the page's language, data-set titles follow it, the
 * default agenda and Dutch-only practices are marked in English, the network page of a country
 * names the country, and the next-region table's header fits a phone.
 */
describe('the language of the reader in Chromium on the real data', () => {
  let app: BrowserApp;
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  useBrowserApp(
    {
      seed: (server) =>
        addTestPractice(server.store, {
          id: 'e2e-dutch-practice',
          title: 'Testvoorbeeld: leerwerkplaats voor het mkb',
          description: 'Testinvoer van de browsertest, alleen in het Nederlands geschreven.',
        }),
    },
    (started) => {
      app = started;
      ({ server, page, pageErrors } = started);
    },
  );

  const htmlLang = () => page.evaluate(() => document.documentElement.lang);
  const mainText = () => page.locator('main').innerText();

  it('remembers the language chosen with the switch: links and later visits open in it', async () => {
    await openPage(page, `${server.url}/`);
    expect(await htmlLang()).toBe('nl');
    await navigateBy(page, () => page.getByTestId('lang-switch').click());
    expect(await htmlLang()).toBe('en');
    // Every link in the navigation carries the language.
    const navLinks = await page
      .locator('.rk-nav a')
      .evaluateAll((as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('lang')),
      );
    expect(new Set(navLinks)).toEqual(new Set(['en']));
    // An address without a language, typed or bookmarked, opens in English and says so.
    await openPage(page, `${server.url}/regio/NL213`);
    expect(await htmlLang()).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    // Coming back later: another tab of the same browser.
    const later = await app.context.newPage();
    await openPage(later, `${server.url}/bronnen`);
    expect(await later.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await later.locator('h1').innerText()).toBe('Sources');
    await later.close();
    // Switching back to Dutch is remembered too.
    await navigateBy(page, () => page.getByTestId('lang-switch').click());
    expect(await htmlLang()).toBe('nl');
    await openPage(page, `${server.url}/bronnen`);
    expect(await htmlLang()).toBe('nl');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  });

  it('gives a fresh browser Dutch, whatever another browser chose', async () => {
    const fresh = await app.newBrowser();
    await openPage(fresh.page, `${server.url}/regio/NL213`);
    expect(await fresh.page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });

  it('says in the page’s language that a visit does not exist', async () => {
    await openPage(page, `${server.url}/bezoeken/nope`);
    expect(await mainText()).toContain('Er is geen bezoek nope');
    expect(await mainText()).not.toMatch(/no visit with id|regiokracht visit list/);
    await openPage(page, `${server.url}/bezoeken/nope?lang=en`);
    expect(await mainText()).not.toMatch(/Er is geen bezoek|regiokracht visit list/);
  });

  it('names the data sets and describes the methods in the page’s language', async () => {
    await openPage(page, `${server.url}/bronnen`);
    const nl = await page.getByTestId('sources').innerText();
    expect(nl).toContain('Bruto binnenlandse uitgaven aan R&D per NUTS 2-regio');
    expect(nl).not.toContain('Gross domestic expenditure on R&D');
    await openPage(page, `${server.url}/bronnen?lang=en`);
    const en = await page.getByTestId('sources').innerText();
    expect(en).toContain('Gross domestic expenditure on R&D');
    expect(en).not.toContain('Bruto binnenlandse uitgaven');
    await openPage(page, `${server.url}/netwerk/NL213`);
    const source = page.locator('details.rk-source').first();
    await source.locator('summary').click();
    await expect.poll(() => source.innerText()).toContain('EU-onderzoeksprojecten');
    // The method in Dutch on a Dutch page: no English text, no note that it is in English only.
    expect(await source.getByTestId('method-text').innerText()).toContain(
      'Organisaties in de regio die aan ten minste één project deelnemen',
    );
    expect(await source.locator('p[lang="en"]').count()).toBe(0);
    expect(await source.getByTestId('method-english').count()).toBe(0);
    await openPage(page, `${server.url}/netwerk/NL213?lang=en`);
    const english = page.locator('details.rk-source').first();
    await english.locator('summary').click();
    await expect
      .poll(() => english.getByTestId('method-text').innerText())
      .toContain('Organisations located in the region that take part in at least one project');
    // Back to Dutch, the language the next tests start in.
    await openPage(page, `${server.url}/netwerk/NL213?lang=nl`);
  });

  it('shows the default agenda in English on the English visit page and in the English dossier', async () => {
    await openPage(page, `${server.url}/bezoeken/visit-twente?lang=en`);
    expect(await page.getByTestId('agenda').innerText()).toContain(
      'The regional innovation system',
    );
    expect(await mainText()).not.toMatch(RAW_IDS);
    const html = await (await fetch(`${server.url}/api/regions/NL213/dossier.html?lang=en`)).text();
    expect(html).toContain('1. The regional innovation system');
    expect(html).not.toContain('1. Het regionale innovatiesysteem');
    expect(html).toContain('Available in Dutch only');
    expect(html).not.toMatch(/EU27_2020 = 100/);
  });

  it('notes on a Dutch-only practice in the English interface that it is in Dutch only', async () => {
    await openPage(page, `${server.url}/praktijken?q=leerwerkplaats&lang=en`);
    const card = page.locator('li.rk-practice', { hasText: 'leerwerkplaats' });
    expect(await card.getByTestId('language-note').innerText()).toMatch(/^Available in Dutch only/);
    expect(await card.getByTestId('language-note').getAttribute('lang')).toBe('en');
    await openPage(page, `${server.url}/praktijken?q=leerwerkplaats`);
    expect(await page.getByTestId('language-note').count()).toBe(0);
  });

  it('shows no raw identifiers on the region and visit pages', async () => {
    for (const path of ['/regio/NL213', '/regio/NL213?lang=en', '/bezoeken/visit-twente']) {
      await openPage(page, `${server.url}${path}`);
      expect(await mainText(), path).not.toMatch(RAW_IDS);
    }
  });

  it('shows the country in the region selector of /netwerk/NL', async () => {
    await openPage(page, `${server.url}/netwerk/NL`);
    const select = page.locator('#network-region');
    expect(await select.inputValue()).toBe('NL');
    expect(await select.locator('option:checked').innerText()).toBe('Nederland (NL)');
  });

  it('keeps the next-region table header low at 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openPage(page, `${server.url}/volgende-regio`);
    const header = await page.getByTestId('ranking').locator('thead').boundingBox();
    // Four lines of text at most (the parts' headers wrapped into eight lines before).
    expect(header!.height).toBeLessThan(110);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  const PHOTOGRAPHED: readonly (readonly [string, string])[] = [
    ['next-region', '/volgende-regio'],
    ['network-nl', '/netwerk/NL'],
    ['network-nl213', '/netwerk/NL213'],
    ['visit', '/bezoeken/visit-twente'],
    ['sources', '/bronnen'],
    ['practices', '/praktijken?q=leerwerkplaats'],
    ['visit-missing', '/bezoeken/nope'],
  ];
  for (const [name, path] of PHOTOGRAPHED)
    it(`passes axe on ${path} and is photographed in both languages at 1366 and 360 px`, async () => {
      const problems: string[] = [];
      for (const lang of ['nl', 'en'] as const) {
        const url = `${server.url}${path}${lang === 'en' ? `${path.includes('?') ? '&' : '?'}lang=en` : ''}`;
        for (const width of [1366, 360]) {
          await page.setViewportSize({ width, height: 900 });
          await openPage(page, url);
          await page.screenshot({
            path: `${SCREENSHOTS}lang-${name}-${lang}-${width}.png`,
            fullPage: true,
          });
        }
        problems.push(...(await seriousViolations(page)).map((v) => `${lang}: ${v}`));
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(problems).toEqual([]);
      expect(pageErrors).toEqual([]);
    }, 300_000);
});
