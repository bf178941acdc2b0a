import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../support/auth.js';
import type { AppServer } from './support/app-server.js';
import { inLanguage, useBrowserApp } from './support/browser-app.js';
import { navigateBy, openPage } from './support/browser.js';
import { logInBrowser } from './support/login.js';

/** Every page of the application, with the state that draws its charts and maps. */
const PAGES: readonly string[] = [
  '/',
  '/kaart?indicator=rd_e_gerdreg_pc_gdp_total&level=2&area=nl',
  '/kaart?indicator=pat_ep_rtot_p_mhab&level=3&area=eu',
  '/regio/NL213',
  '/regio/NL21',
  '/vergelijk?regio=NL213,NL41',
  '/netwerk/NL213',
  '/praktijken',
  '/praktijken/nieuw',
  '/praktijken/gp-kennispark-twente',
  '/bezoeken',
  '/bezoeken/visit-twente',
  '/opvolging',
  '/volgende-regio',
  '/mkb?q=Enschede',
  '/bronnen',
  '/inloggen',
  '/beheer/gebruikers',
  '/beheer/audit',
  '/bestaat-niet',
];

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * The web application under its own content security policy (no 'unsafe-inline'), in Chromium:
 * no page raises a violation, anonymous or logged in; and the log-in page logs in and out.
 */
describe('the content security policy and the log-in page in Chromium', () => {
  let server: AppServer;
  let context: BrowserContext;
  let page: Page;
  const consoleViolations: string[] = [];

  useBrowserApp({ enforceCSP: true }, async (app) => {
    ({ server, context } = app);
    // Collects the page's securitypolicyviolation events from the first script on.
    await context.addInitScript(() => {
      const store: Violation[] = [];
      (window as unknown as { __csp: Violation[] }).__csp = store;
      document.addEventListener('securitypolicyviolation', (event) =>
        store.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        }),
      );
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
    });
  });

  const violations = () => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);

  const visitAll = async (): Promise<string[]> => {
    const found: string[] = [];
    for (const lang of ['nl', 'en'] as const)
      for (const path of PAGES) {
        await openPage(page, `${server.url}${inLanguage(path, lang)}`);
        // Let late drawing (maps, charts, the network layout) finish.
        await page.waitForTimeout(300);
        for (const v of await violations())
          found.push(`${path} (${lang}): ${v.directive} ${v.blocked} ${v.sample}`);
      }
    return found;
  };

  it('sends the policy without unsafe-inline with the HTML', async () => {
    const response = await fetch(`${server.url}/regio/NL213`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('raises no violation on any page for an anonymous visitor', async () => {
    expect(await visitAll()).toEqual([]);
    expect(consoleViolations).toEqual([]);
  });

  it('would notice one: an inline style element is blocked and reported', async () => {
    await openPage(page, `${server.url}/`);
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    await expect
      .poll(async () => (await violations()).map((v) => v.directive))
      .toContain('style-src-elem');
    consoleViolations.length = 0;
  });

  it('logs in through the log-in page, shows the name, and raises no violation logged in', async () => {
    const login = await createTestUser(server.store, 'analyst');
    await openPage(page, `${server.url}/inloggen?terug=/opvolging`);
    expect(await page.getByTestId('login-link').count()).toBe(1);
    await page.getByTestId('login-name').fill(login);
    await page.getByTestId('login-password').fill('not the password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').innerText()).toContain('klopt niet');
    await page.getByTestId('login-password').fill(TEST_PASSWORD);
    await navigateBy(page, () => page.getByTestId('login-submit').click());
    expect(new URL(page.url()).pathname).toBe('/opvolging');
    await expect.poll(() => page.getByTestId('session-user').innerText()).toContain('Test analyst');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'regiokracht_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });
    expect(await visitAll()).toEqual([]);
    expect(consoleViolations).toEqual([]);

    await navigateBy(page, () => page.getByTestId('logout').click());
    await expect.poll(() => page.getByTestId('login-link').count()).toBe(1);
    expect((await context.cookies()).find((c) => c.name === 'regiokracht_session')).toBeUndefined();
  });

  it('logs a browser in for other tests (support/login.ts)', async () => {
    await logInBrowser(server, context, 'regional_editor', ['NL213']);
    await openPage(page, `${server.url}/`);
    await expect.poll(() => page.getByTestId('session-user').count()).toBe(1);
  });
});
