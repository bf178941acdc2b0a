import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server.js';
import { SCREENSHOTS, useBrowserApp } from './support/browser-app.js';
import { openPage, seriousViolations, overflow as pageOverflow } from './support/browser.js';

/**
 * Connecting regions in Chromium, against the built web application and a server loaded with the
 * real data in ../shared/data: Twente's page of links (/verbindingen/NL213) and the links section
 * of its profile. Screenshots go to test-artifacts/screenshots/links-*.png.
 */
describe("Twente's links to other regions in Chromium on the real data", () => {
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  useBrowserApp({}, (app) => ({ server, page, pageErrors } = app));

  const overflow = () => pageOverflow(page);

  it('draws the flow map with a line to each partner region', async () => {
    await openPage(page, `${server.url}/verbindingen/NL213`);
    expect(await page.locator('h1').first().innerText()).toContain('Twente');
    const map = page.getByTestId('links-flow-map');
    expect(await map.locator('svg.rk-flow-map').count()).toBe(1);
    expect(await map.locator('svg.rk-flow-map path.rk-flow-map__home').count()).toBe(1);
    expect(await map.locator('line.rk-flow-map__link').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('links-summary').innerText()).toMatch(/Twente.*\d+.*\d+/);
  });

  it('ranks its partners with figures, Zuidoost-Noord-Brabant and Germany among them', async () => {
    const ranked = page.getByTestId('links-partners').last();
    const rows = await ranked.locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(5);
    const row = (name: string) => rows.find((r) => r.startsWith(name));
    for (const name of ['Zuidoost-Noord-Brabant', 'Duitsland']) {
      expect(row(name), name).toBeDefined();
      // shared projects, organisation pairs and a strength with three decimals
      expect(row(name), name).toMatch(/\t\d[\d.]*\t\d[\d.]*\t.*\t0,\d{3}/);
    }
  });

  it('opens the bridges between Twente and Zuidoost-Noord-Brabant', async () => {
    const bridges = page.getByTestId('links-bridges').filter({ hasText: 'Zuidoost-Noord-Brabant' });
    expect(await bridges.count()).toBe(1);
    await bridges.locator('summary').click();
    const tables = bridges.locator('table');
    await expect.poll(() => tables.count(), { timeout: 30_000 }).toBe(2);
    expect(await tables.first().innerText()).toMatch(/UNIVERSITEIT TWENTE/i);
    expect(await tables.last().innerText()).toMatch(
      /TECHNISCHE UNIVERSITEIT EINDHOVEN|TU Eindhoven/i,
    );
  });

  it('says in sentences which links are missing', async () => {
    const missing = page.getByTestId('links-missing');
    expect(await missing.locator('h2').innerText()).toBeTruthy();
    const sentences = await missing.locator('li').allInnerTexts();
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(s).toMatch(/Twente/);
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a 360 px screen and is screenshotted in Dutch and English', async () => {
    try {
      for (const lang of ['nl', 'en'] as const) {
        for (const width of [1366, 360]) {
          await page.setViewportSize({ width, height: 900 });
          await openPage(page, `${server.url}/verbindingen/NL213?lang=${lang}`);
          await expect
            .poll(() => page.locator('line.rk-flow-map__link').count())
            .toBeGreaterThan(3);
          if (width === 360) expect(await overflow(), `${lang} 360`).toBeLessThanOrEqual(0);
          await page.screenshot({
            path: `${SCREENSHOTS}links-${lang}-${width}.png`,
            fullPage: true,
          });
        }
      }
      expect(await page.getByTestId('links-partners').last().innerText()).toContain('Germany');
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("shows the links section on Twente's profile, with a way to the page of its own", async () => {
    await openPage(page, `${server.url}/regio/NL213`);
    const section = page.getByTestId('region-links');
    expect(await section.count()).toBe(1);
    await expect
      .poll(() => section.locator('line.rk-flow-map__link').count(), { timeout: 30_000 })
      .toBeGreaterThan(3);
    expect(await section.innerText()).toMatch(/Zuidoost-Noord-Brabant|Duitsland/);
    expect(await section.getByRole('link').getAttribute('href')).toContain('/verbindingen/NL213');
    await section.screenshot({ path: `${SCREENSHOTS}links-profile-nl-1280.png` });
    expect(pageErrors).toEqual([]);
  });
});
