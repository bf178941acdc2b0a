import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadSmallNetwork } from '../support/small-network.js';
import type { AppServer } from './support/app-server.js';
import { openAt, useBrowserApp } from './support/browser-app.js';
import { LANGS, screenshots } from './support/screenshots.js';
import { seriousViolations } from './support/browser.js';

/**
 * A region too small for some measures, in Chromium: Zuidoost-Noord-Brabant (NL414) of the small
 * hand-checkable network holds one organisation (philips, business) in one project. Its T and
 * its network's density and centralities read "not measured" with the reason, never 0.
 */
describe('measures a region is too small for, in the browser', () => {
  let server: AppServer;
  let page: Page;
  useBrowserApp(
    { openData: false, seed: (started) => loadSmallNetwork(started.store) },
    (app) => ({ server, page } = app),
  );

  for (const lang of LANGS) {
    it(`shows T as not measured, with the reason, on the region page (${lang})`, async () => {
      await openAt(page, `${server.url}/regio/NL414`, { lang, width: 1366 });
      const t = page.getByTestId('t-not-measured');
      await expect.poll(() => t.count()).toBe(1);
      expect(await t.getAttribute('data-reason')).toBe('dimension_constant');
      const text = await t.innerText();
      expect(text).toContain(lang === 'nl' ? 'T is niet gemeten.' : 'T is not measured.');
      expect(text).toContain(
        lang === 'nl'
          ? 'Het enige project heeft geen deelnemer uit kennisinstellingen (onderzoek of onderwijs) of de overheid'
          : 'The only project has no participant from knowledge institutions (research or education) or government',
      );
      expect(await page.getByTestId('t-value').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `not-measured-region-${lang}`);
    });

    it(`shows density and centralities as not measured, with the reasons, on the network page (${lang})`, async () => {
      await openAt(page, `${server.url}/netwerk/NL414`, { lang, width: 1366 });
      const density = page.getByTestId('network-density');
      await expect.poll(() => density.count()).toBe(1);
      const notMeasured = lang === 'nl' ? 'niet gemeten' : 'not measured';
      expect(await density.locator('dd').innerText()).toBe(notMeasured);
      expect(await density.getByTestId('not-measured-value').getAttribute('title')).toBe(
        lang === 'nl'
          ? 'het netwerk heeft maar één organisatie; er zijn er ten minste twee nodig'
          : 'the network has only one organisation; at least two are needed',
      );
      const reasons = await page.getByTestId('network-not-measured').locator('li').allInnerTexts();
      expect(reasons[0]).toBe(
        lang === 'nl'
          ? 'Dichtheid, Graadcentraliteit: het netwerk heeft maar één organisatie; er zijn er ten minste twee nodig'
          : 'Density, Degree centrality: the network has only one organisation; at least two are needed',
      );
      const row = page.getByTestId('network-top-table').locator('tbody tr').first();
      expect(await row.innerText()).toContain(notMeasured);
      // One organisation has no link to draw: no empty picture, but the reason in its place.
      expect(await page.getByTestId('network-no-links').innerText()).toBe(
        lang === 'nl'
          ? 'Geen verbindingen om te tekenen: Zuidoost-Noord-Brabant heeft één organisatie in het netwerk, en een verbinding vraagt een gedeeld project met een tweede organisatie uit de regio. De organisatie staat in de tabel hieronder.'
          : 'No links to draw: Zuidoost-Noord-Brabant has one organisation in the network, and a link takes a project shared with a second organisation in the region. The organisation is listed in the table below.',
      );
      expect(await page.locator('svg.rk-network').count()).toBe(0);
      expect(await page.getByTestId('network-graph').count()).toBe(0);
      // No links: no pair of roles is expected, so no ratio is measured, and the page says why
      // once, with no table of pairs that would all read 0.
      const pairs = page.locator('section[aria-labelledby="network-pairs"]');
      expect(await pairs.locator('table').count()).toBe(0);
      expect(await page.getByTestId('network-pairs-not-measured').innerText()).toBe(
        lang === 'nl'
          ? 'Verhouding niet gemeten: het netwerk heeft geen verbindingen; er wordt dus geen verbinding verwacht en de verhouding zou door 0 delen.'
          : 'Ratio not measured: the network has no links, so no link is expected and the ratio would divide by 0.',
      );
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `not-measured-network-${lang}`);
    });
  }
});
