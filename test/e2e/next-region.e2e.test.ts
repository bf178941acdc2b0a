import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server.js';
import { SCREENSHOTS, useBrowserApp, type BrowserWindow } from './support/browser-app.js';
import { navigateBy, openPage, seriousViolations, overflow } from './support/browser.js';
import { csrfHeader } from './support/login.js';

/**
 * The next-region page in Chromium on the real data: an analyst tries weights and sees the
 * ranking change while the saved weights stay everyone's; an administrator saves; ties are
 * explained by their criterion. In Dutch and English, at 1366 and 360 px, through axe-core.
 */
const NEXT_PARTS = ['recency', 'coverage', 'strength', 'gaps'] as const;

describe('the next region, tried before saved, in Chromium on the real data', () => {
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  let admin: BrowserWindow;
  useBrowserApp({ role: 'analyst', viewport: { width: 1366, height: 900 } }, async (app) => {
    ({ server, page, pageErrors } = app);
    admin = await app.newBrowser({ role: 'administrator' });
  });

  const regions = () => page.getByTestId('ranking').locator('tbody tr th').allInnerTexts();
  const savedWeights = async () =>
    (await (await server.app.inject({ url: '/api/next-visit/weights' })).json()) as Record<
      string,
      number
    >;

  it('lets an analyst try weights: the ranking shown changes, nothing is saved', async () => {
    await openPage(page, `${server.url}/volgende-regio`);
    const before = await regions();
    expect(before.length).toBeGreaterThan(10);
    expect(await page.getByTestId('weights-form').count()).toBe(0);
    // The four parts must be given; connect may be left empty (it then weighs 0).
    const required = (part: string) => page.locator(`#try-${part}`).getAttribute('aria-required');
    for (const part of ['recency', 'coverage', 'strength', 'gaps'])
      expect(await required(part)).not.toBeNull();
    expect(await required('connect')).toBeNull();
    await page.locator('#try-recency').fill('0');
    await page.locator('#try-coverage').fill('0');
    await page.locator('#try-strength').fill('1');
    await page.locator('#try-gaps').fill('0');
    await navigateBy(page, () => page.locator('#try-submit').click());
    const after = await regions();
    expect(after).not.toEqual(before);
    expect(await page.getByTestId('trying').innerText()).toContain('niet opgeslagen');
    expect(await page.locator('#try-strength').inputValue()).toBe('1,00');
    expect(await page.getByTestId('ranking').locator('thead').innerText()).toContain(
      'Sterktes om te verspreiden (gewicht 1,00)',
    );
    await page.screenshot({ path: `${SCREENSHOTS}next-region-try-nl.png`, fullPage: true });
    // Another user, and the API, still see the saved weights and the ranking they give.
    expect(await savedWeights()).toEqual({ recency: 0.3, coverage: 0.3, strength: 0.2, gaps: 0.2 });
    const other = await admin.context.newPage();
    await openPage(other, `${server.url}/volgende-regio`);
    expect(await other.getByTestId('ranking').locator('tbody tr th').allInnerTexts()).toEqual(
      before,
    );
    await other.close();
    // Back to the saved weights.
    await navigateBy(page, () => page.getByTestId('try-reset').click());
    expect(await regions()).toEqual(before);
  });

  it('explains a tie at the top by its criterion, never by code order', async () => {
    // Recency alone: every region never visited scores 1, so the first two tie.
    await openPage(
      page,
      `${server.url}/volgende-regio?gewicht-recency=1&gewicht-coverage=0&gewicht-strength=0&gewicht-gaps=0`,
    );
    const why = await page.getByTestId('proposal-why').innerText();
    expect(why).toContain('dezelfde score');
    expect(why).toMatch(/meer inwoners|hoger scoort op|alfabet/);
    expect(why).not.toContain('NUTS-code');
  });

  it('shows a part it cannot measure as not measured, with the reason, never as 0', async () => {
    // Connect weighed: a region with no project activity classified into key areas is compared
    // with no other region, so its connect part is not measured (on the real data: Overig
    // Zeeland and Zuidoost-Friesland).
    const api = (await (
      await server.app.inject({
        url: '/api/next-visit?recency=0.3&coverage=0.3&strength=0.2&gaps=0.2&connect=0.2&lang=nl',
      })
    ).json()) as {
      ranking: {
        name_nl: string;
        score: number | null;
        parts: { part: string; value: number | null; reason: string | null }[];
      }[];
    };
    const unmeasured = api.ranking.filter(
      (r) => r.parts.find((p) => p.part === 'connect')?.value === null,
    );
    expect(unmeasured.map((r) => r.name_nl)).toEqual(
      expect.arrayContaining(['Overig Zeeland', 'Zuidoost-Friesland']),
    );
    for (const r of unmeasured) expect(r.score).not.toBeNull();
    await openPage(
      page,
      `${server.url}/volgende-regio?gewicht-recency=0,3&gewicht-coverage=0,3&gewicht-strength=0,2&gewicht-gaps=0,2&gewicht-connect=0,2`,
    );
    const row = page
      .getByTestId('ranking')
      .locator('tbody tr', { has: page.locator('th', { hasText: 'Overig Zeeland' }) });
    const cells = await row.locator('td').allInnerTexts();
    // rank, score, the five parts, last visit: connect is the seventh cell.
    expect(cells[6]).toBe('niet gemeten');
    expect(await row.getByTestId('not-measured-value').getAttribute('title')).toBe(
      unmeasured[0]!.parts.find((p) => p.part === 'connect')!.reason,
    );
    const notes = await page.getByTestId('ranking-not-measured').locator('li').allInnerTexts();
    expect(notes.find((n) => n.startsWith('Verbinden niet gemeten voor '))).toMatch(
      /Overig Zeeland.*: geen andere regio van haar niveau wordt ermee vergeleken/,
    );
  });

  it('leaves saving to an administrator, who can save the weights being tried', async () => {
    const adminPage = await admin.context.newPage();
    await adminPage.setViewportSize({ width: 1366, height: 900 });
    await openPage(
      adminPage,
      `${server.url}/volgende-regio?gewicht-recency=0.5&gewicht-coverage=0.3&gewicht-strength=0.1&gewicht-gaps=0.1`,
    );
    expect(await adminPage.locator('#weight-recency').inputValue()).toBe('0,50');
    await navigateBy(adminPage, () => adminPage.locator('#weights-save').click());
    expect(await adminPage.getByTestId('flash').innerText()).toContain('opgeslagen');
    expect(new URL(adminPage.url()).searchParams.get('gewicht-recency')).toBeNull();
    expect(await savedWeights()).toEqual({ recency: 0.5, coverage: 0.3, strength: 0.1, gaps: 0.1 });
    const reset = await admin.context.request.put(`${server.url}/api/next-visit/weights`, {
      data: { recency: 0.3, coverage: 0.3, strength: 0.2, gaps: 0.2 },
      headers: await csrfHeader(admin.context),
    });
    expect(reset.status()).toBe(200);
    await adminPage.close();
  });

  describe.each(['nl', 'en'] as const)('in %s', (lang) => {
    const url = (tried: boolean) =>
      `${server.url}/volgende-regio?${lang === 'en' ? 'lang=en&' : ''}${
        tried
          ? 'gewicht-recency=0.1&gewicht-coverage=0.2&gewicht-strength=0.3&gewicht-gaps=0.4'
          : ''
      }`;

    it.each([1366, 360])(
      'says at %i px that weights in the address were not used, and why',
      async (width) => {
        await page.setViewportSize({ width, height: 900 });
        try {
          const zeros = NEXT_PARTS.map((p) => `gewicht-${p}=0`).join('&');
          await openPage(page, `${url(false)}${zeros}`);
          const refused = await page.getByTestId('weights-refused').innerText();
          expect(refused).toContain(lang === 'nl' ? 'niet gebruikt' : 'not used');
          for (const p of NEXT_PARTS) expect(refused).toContain(`gewicht-${p}`);
          // The ranking is made with the saved weights: nothing is being tried.
          expect(await page.getByTestId('trying').count()).toBe(0);
          expect(await regions()).not.toEqual([]);
          expect(await overflow(page)).toBeLessThanOrEqual(0);
          await page.screenshot({
            path: `${SCREENSHOTS}next-region-refused-${lang}-${width}.png`,
            fullPage: true,
          });
          expect(await seriousViolations(page)).toEqual([]);
          await openPage(page, `${url(false)}gewicht-recency=-1`);
          expect(await page.getByTestId('weights-refused').innerText()).toContain(
            'gewicht-recency',
          );
        } finally {
          await page.setViewportSize({ width: 1366, height: 900 });
        }
      },
    );

    it.each([1366, 360])('is readable at %i px, with no serious axe violation', async (width) => {
      await page.setViewportSize({ width, height: 900 });
      try {
        await openPage(page, url(true));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await page.getByTestId('trying').innerText()).toContain(
          lang === 'nl' ? 'niet opgeslagen' : 'not saved',
        );
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `${SCREENSHOTS}next-region-try-${lang}-${width}.png`,
          fullPage: true,
        });
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await page.setViewportSize({ width: 1366, height: 900 });
      }
    });
  });

  it('offers the report of a visit on its page, as a PDF for signed-in users', async () => {
    await openPage(page, `${server.url}/bezoeken/visit-twente?lang=en`);
    const link = page.getByTestId('visit-report-pdf');
    expect(await link.innerText()).toBe('Visit report (PDF)');
    // The first report computes the dossier's figures on the real data: it may take a while.
    const response = await page.request.get(`${server.url}${await link.getAttribute('href')}`, {
      timeout: 240_000,
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByTestId('visit-report').screenshot({
      path: `${SCREENSHOTS}visit-report-buttons-en.png`,
    });
  }, 300_000);

  it('ran without script errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
