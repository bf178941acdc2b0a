import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addUser } from '../../src/services/accounts/add-user.js';
import { TEST_PASSWORD } from '../support/auth.js';
import type { AppServer } from './support/app-server.js';
import { openAt, SCREENSHOTS, useBrowserApp, type BrowserApp } from './support/browser-app.js';
import { overflow, seriousViolations } from './support/browser.js';
import { LANGS, screenshots } from './support/screenshots.js';
import { tableFits } from './support/table-layout.js';

/**
 * Layout faults users reported, measured on the real data in Chromium: the next-region ranking
 * fits 1366 and 1024 px without scrolling sideways (at 768 and 360 px it scrolls inside its box,
 * with the cue); the names on a network picture cover no other name and no organisation and stay
 * inside the picture; at every width from 360 to 1366 px the header and the menu are one low band
 * that leaves the screen to the page (below 1200 px the menu folds behind a button that opens and
 * closes by keyboard), also for a user with a long name; no main page scrolls sideways at 768 or
 * 1024 px. Screenshots `layout-next-region-*`, `layout-network-*`, `layout-menu-*`,
 * `layout-header-*`, `layout-page-*`.
 */

/** Where the page's main region starts: the height of the header and the menu above it. */
async function mainTop(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top);
}

/** The tops of the menu's visible links: one value when they stand on one line. */
async function menuLines(page: Page): Promise<number> {
  return page
    .locator('.rk-nav__link')
    .evaluateAll(
      (links) =>
        new Set(
          links
            .filter((l) => l.checkVisibility())
            .map((l) => Math.round(l.getBoundingClientRect().top)),
        ).size,
    );
}

/** The widths between a phone and a laptop the header is measured at. */
const HEADER_WIDTHS = [360, 768, 900, 1024, 1100, 1199, 1200, 1366] as const;

/** The main pages, checked for sideways scrolling at a tablet's and a small laptop's width. */
const MAIN_PAGES = [
  ['home', '/'],
  ['map', '/kaart'],
  ['region', '/regio/NL213'],
  ['compare', '/vergelijk?regio=NL213%2CNL41'],
  ['network', '/netwerk/NL213'],
  ['next-region', '/volgende-regio'],
  ['visits', '/bezoeken'],
  ['practices', '/praktijken'],
  ['login', '/inloggen'],
] as const;

/** A name longer than the header has room for beside the search. */
const LONG_NAME = 'Marieke van den Berg-Hoogendoorn';
const LONG_NAME_LOGIN = 'lange-naam@example.test';

/** How the names on the network picture sit: pairs that meet, names on a circle, names cut off. */
async function networkLabels(page: Page) {
  return page.locator('svg.rk-network').evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('.rk-network__labels text')].map((text) => ({
      name: text.textContent ?? '',
      box: text.getBoundingClientRect(),
    }));
    const circles = [...svg.querySelectorAll('.rk-network__nodes circle')].map((circle) => {
      const b = circle.getBoundingClientRect();
      return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2, r: b.width / 2 };
    });
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const overlapping: string[] = [];
    const onCircle: string[] = [];
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1))
        if (meet(a.box, b.box)) overlapping.push(`${a.name} | ${b.name}`);
      for (const c of circles) {
        const nx = Math.min(Math.max(c.x, a.box.left), a.box.right);
        const ny = Math.min(Math.max(c.y, a.box.top), a.box.bottom);
        if ((c.x - nx) ** 2 + (c.y - ny) ** 2 < c.r ** 2) onCircle.push(a.name);
      }
    }
    const cutOff = labels
      .filter(
        (l) =>
          l.box.left < frame.left - 0.5 ||
          l.box.right > frame.right + 0.5 ||
          l.box.top < frame.top - 0.5 ||
          l.box.bottom > frame.bottom + 0.5,
      )
      .map((l) => l.name);
    return {
      names: labels.map((l) => l.name),
      heights: labels.map((l) => l.box.height),
      overlapping,
      onCircle,
      cutOff,
    };
  });
}

describe('the layout a new user found wanting, in Chromium on the real data', () => {
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  let newBrowser: BrowserApp['newBrowser'];
  useBrowserApp(
    {
      viewport: { width: 1366, height: 900 },
      seed: async ({ store }) => {
        await addUser(
          { store, now: () => new Date() },
          {
            login: LONG_NAME_LOGIN,
            name: LONG_NAME,
            role: 'administrator',
            password: TEST_PASSWORD,
          },
        );
      },
    },
    (app) => {
      ({ server, page, pageErrors, newBrowser } = app);
    },
  );

  describe.each(LANGS)('in %s', (lang) => {
    it('fits the next-region ranking in 1366 and 1024 px without scrolling; narrower it scrolls in its box with the cue', async () => {
      const ranking = page.getByTestId('ranking');
      for (const width of [1366, 1024]) {
        await openAt(page, `${server.url}/volgende-regio`, { lang, width });
        const [wide] = await tableFits(ranking);
        expect(wide!.wider, `${width}`).toBeLessThanOrEqual(0);
        expect(wide!.cue, `${width}`).toBe(false);
        expect(wide!.lastColumnOutOfView, `${width}`).toBe(0);
        expect(await overflow(page), `${width}`).toBeLessThanOrEqual(0);
        await page
          .getByTestId('ranking')
          .screenshot({ path: `${SCREENSHOTS}layout-next-region-ranking-${lang}-${width}.png` });
      }
      await screenshots(page, `layout-next-region-${lang}`);
      // On a tablet the table fits or scrolls inside its box, with the cue; the page never does.
      await openAt(page, `${server.url}/volgende-regio`, { lang, width: 768 });
      const [tablet] = await tableFits(ranking);
      if (tablet!.wider > 0) expect(tablet!.cue).toBe(true);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page
        .getByTestId('ranking')
        .screenshot({ path: `${SCREENSHOTS}layout-next-region-ranking-${lang}-768.png` });
      await openAt(page, `${server.url}/volgende-regio`, { lang, width: 360 });
      const [narrow] = await tableFits(ranking);
      expect(narrow!.wider).toBeGreaterThan(0);
      expect(narrow!.cue).toBe(true);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1366, height: 900 });
    });

    // Twente, the densest province (Noord-Brabant, 150 organisations drawn), and Twente's network
    // in one key area.
    it.each([
      ['twente', '/netwerk/NL213'],
      ['noord-brabant', '/netwerk/NL41'],
      ['twente-htsm', '/netwerk/NL213?sleutelgebied=topsectoren-2011%2Fhtsm'],
    ])(
      'names organisations on the %s network where no name covers another, a circle or the edge',
      async (name, path) => {
        for (const width of [1366, 360]) {
          await openAt(page, `${server.url}${path}`, { lang, width });
          const labels = await networkLabels(page);
          expect(labels.names.length, `${name} ${width}`).toBeGreaterThanOrEqual(4);
          expect(labels.overlapping, `${name} ${width}`).toEqual([]);
          expect(labels.onCircle, `${name} ${width}`).toEqual([]);
          expect(labels.cutOff, `${name} ${width}`).toEqual([]);
          expect(Math.min(...labels.heights)).toBeGreaterThanOrEqual(10);
          if (name === 'twente') expect(labels.names[0]).toBe('UNIVERSITEIT TWENTE');
          await page
            .locator('svg.rk-network')
            .screenshot({ path: `${SCREENSHOTS}layout-network-${name}-${lang}-${width}.png` });
        }
        await screenshots(page, `layout-network-${name}-${lang}`);
      },
    );

    it.each([360, 1024])(
      'keeps the header and the folded menu low at %i px; the menu opens and closes by keyboard',
      async (width) => {
        await openAt(page, `${server.url}/volgende-regio`, { lang, width });
        // The search, the language switch and the log-in link stay in view.
        expect(await mainTop(page)).toBeLessThanOrEqual(160);
        for (const id of ['header-search', 'lang-switch', 'session'])
          expect(await page.getByTestId(id).isVisible(), id).toBe(true);
        const toggle = page.getByTestId('nav-toggle');
        const links = page.locator('.rk-nav__link');
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await links.first().isVisible()).toBe(false);
        await page.screenshot({ path: `${SCREENSHOTS}layout-menu-closed-${lang}-${width}.png` });
        expect(await seriousViolations(page)).toEqual([]);
        // By keyboard: the button opens the menu, Tab reaches the first link, Escape folds it again
        // and gives the focus back to the button.
        await toggle.focus();
        await page.keyboard.press('Enter');
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        expect(await links.first().isVisible()).toBe(true);
        expect(await page.locator('.rk-nav__link[aria-current="page"]').innerText()).toBe(
          lang === 'nl' ? 'Volgende regio' : 'Next region',
        );
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
        await page.screenshot({ path: `${SCREENSHOTS}layout-menu-open-${lang}-${width}.png` });
        expect(await seriousViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
          'nav-toggle',
        );
        expect(await links.first().isVisible()).toBe(false);
        // A link chosen from the open menu opens its page with the menu folded.
        await toggle.click();
        await links.filter({ hasText: lang === 'nl' ? 'Kaart' : 'Map' }).click();
        await page.waitForURL(/\/kaart/);
        await expect
          .poll(() => page.getByTestId('nav-toggle').getAttribute('aria-expanded'))
          .toBe('false');
        // On a laptop the menu is the bar of links, with no button.
        await openAt(page, `${server.url}/volgende-regio`, { lang, width: 1366 });
        expect(await toggle.isVisible()).toBe(false);
        expect(await links.first().isVisible()).toBe(true);
        await screenshots(page, `layout-menu-${lang}`);
      },
    );

    it('keeps the header and the menu one low band at every width from 360 to 1366 px', async () => {
      for (const width of HEADER_WIDTHS) {
        await openAt(page, `${server.url}/volgende-regio`, { lang, width });
        expect(await mainTop(page), `${width}`).toBeLessThanOrEqual(160);
        // Where the menu is a bar, its links stand on one line; elsewhere it is folded.
        const folded = await page.getByTestId('nav-toggle').isVisible();
        expect(folded, `${width}`).toBe(width < 1200);
        if (!folded) expect(await menuLines(page), `${width}`).toBe(1);
        expect(await overflow(page), `${width}`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENSHOTS}layout-header-${lang}-${width}.png` });
      }
      await page.setViewportSize({ width: 1366, height: 900 });
    });

    it('keeps the header low for a user with a long name, with the whole name in its title', async () => {
      const other = await newBrowser();
      try {
        const response = await other.context.request.post(`${server.url}/api/session`, {
          data: { login: LONG_NAME_LOGIN, password: TEST_PASSWORD },
        });
        expect(response.status()).toBe(200);
        for (const width of HEADER_WIDTHS) {
          await openAt(other.page, `${server.url}/volgende-regio`, { lang, width });
          const user = other.page.getByTestId('session-user');
          expect(await user.getAttribute('title')).toContain(LONG_NAME);
          expect(await other.page.getByTestId('logout').isVisible(), `${width}`).toBe(true);
          // The administration entry makes the menu longest: as a bar it still fits one line.
          if (width >= 1200) expect(await menuLines(other.page), `${width}`).toBe(1);
          expect(await mainTop(other.page), `${width}`).toBeLessThanOrEqual(
            width === 360 ? 210 : 180,
          );
          expect(await overflow(other.page), `${width}`).toBeLessThanOrEqual(0);
          await other.page.screenshot({
            path: `${SCREENSHOTS}layout-header-logged-in-${lang}-${width}.png`,
          });
        }
      } finally {
        await other.close();
      }
    });

    it("sets what a contact point helps with over the card's width at 1366, 1024 and 768 px, in a few lines", async () => {
      for (const width of [1366, 1024, 768]) {
        await openAt(page, `${server.url}/regio/NL213`, { lang, width });
        const card = page.getByTestId('contact-point').first();
        const helps = card.getByTestId('contact-helps-with');
        const [item, list] = await Promise.all([
          helps.boundingBox(),
          card.locator('dl.rk-facts').boundingBox(),
        ]);
        expect(item!.width, `${width}`).toBeCloseTo(list!.width, 0);
        // In one column of the facts grid the sentence ran to fifteen lines.
        const lines = await helps
          .locator('dd')
          .evaluate(
            (dd) => dd.getBoundingClientRect().height / parseFloat(getComputedStyle(dd).lineHeight),
          );
        expect(Math.round(lines), `${width}`).toBeLessThanOrEqual(5);
      }
      await page.setViewportSize({ width: 1366, height: 900 });
    });

    it('scrolls no main page sideways at 768 and 1024 px', async () => {
      const wide: string[] = [];
      for (const width of [768, 1024]) {
        for (const [name, path] of MAIN_PAGES) {
          await openAt(page, `${server.url}${path}`, { lang, width });
          const by = await overflow(page);
          if (by > 0) wide.push(`${name} ${width}: ${by} px`);
          expect(await mainTop(page), `${name} ${width}`).toBeLessThanOrEqual(160);
          await page.screenshot({
            path: `${SCREENSHOTS}layout-page-${name}-${lang}-${width}.png`,
            fullPage: true,
          });
        }
      }
      expect(wide).toEqual([]);
      await page.setViewportSize({ width: 1366, height: 900 });
    });
  });

  it('ran without script errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
