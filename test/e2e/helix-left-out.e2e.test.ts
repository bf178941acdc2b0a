import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  loadOtherRoles,
  OTHER_ROLES_REGION,
  regionProjectCountsFromRows,
} from '../support/other-roles.js';
import type { AppServer } from './support/app-server.js';
import { openAt, SCREENSHOTS, useBrowserApp } from './support/browser-app.js';
import { seriousViolations } from './support/browser.js';

/**
 * The region page says which projects its helix figure counts and how many of the region's
 * projects it leaves out: on the small network, Twente has projects whose participants there
 * all have the role other.
 */
describe("the helix figure's count of projects, in the browser", () => {
  let server: AppServer;
  let page: Page;
  useBrowserApp(
    { openData: false, seed: (started) => loadOtherRoles(started.store) },
    (app) => ({ server, page } = app),
  );

  for (const lang of ['nl', 'en'] as const) {
    it(`names the projects counted and those left out on the region page (${lang})`, async () => {
      const counts = await regionProjectCountsFromRows(server.store);
      const left = counts.region - counts.helix;
      expect(left).toBeGreaterThan(1);
      await openAt(page, `${server.url}/regio/${OTHER_ROLES_REGION}`, { lang, width: 1366 });
      const note = page.getByTestId('helix-left-out');
      await expect.poll(() => note.count()).toBe(1);
      expect(await note.innerText()).toBe(
        lang === 'nl'
          ? `Niet meegeteld: nog ${left} projecten van de regio, waarvan de deelnemers hier allemaal de helixrol overig hebben.`
          : `Left out: ${left} more projects of the region, whose participants here all have the helix role other.`,
      );
      expect(await page.getByTestId('t-explanation').innerText()).toContain(
        lang === 'nl'
          ? `Berekend over ${counts.helix} projecten met een deelnemer uit bedrijfsleven, onderzoek, onderwijs of overheid in de regio.`
          : `Computed over ${counts.helix} projects with a participant from business, research, education or government in the region.`,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await page
        .getByTestId('helix-t')
        .screenshot({ path: `${SCREENSHOTS}helix-left-out-${lang}.png` });
    });
  }

  it('says nothing of left-out projects for a region that has none', async () => {
    // Zuidoost-Noord-Brabant (NL414): philips (business) alone in p3.
    await openAt(page, `${server.url}/regio/NL414`, { lang: 'en', width: 1366 });
    await expect.poll(() => page.getByTestId('helix-t').count()).toBe(1);
    expect(await page.getByTestId('helix-left-out').count()).toBe(0);
  });
});
