import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Helix, KeyAreas } from '../../src/web/api/types.js';
import { loadSmallNetwork } from '../support/small-network.js';
import type { AppServer } from './support/app-server.js';
import { openAt, useBrowserApp } from './support/browser-app.js';
import { seriousViolations } from './support/browser.js';
import { LANGS, screenshots } from './support/screenshots.js';

/**
 * Zuidoost-Friesland (NL126) in the small hand-checkable network: measured (the Dutch
 * organisations are placed at NUTS 3) but with no organisation placed in it. Its pages say that
 * once instead of counts that are all 0. Twente (NL213) has organisations, but the country has no
 * activity in some key areas: their shares and LQs are missing, each with its reason numbered.
 */
describe('a region without placed organisations, and missing key-area values, in the browser', () => {
  let server: AppServer;
  let page: Page;
  useBrowserApp(
    { openData: false, seed: (started) => loadSmallNetwork(started.store) },
    (app) => ({ server, page } = app),
  );
  const api = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${server.url}${path}`)).json()) as T;

  for (const lang of LANGS) {
    it(`says once on the region page that no organisation is placed in NL126, not 0 (${lang})`, async () => {
      const helix = await api<Helix>(`/api/regions/NL126/helix?lang=${lang}`);
      expect(helix.available).toBe(true);
      expect(helix.coverage.region_organisations).toBe(0);
      await openAt(page, `${server.url}/regio/NL126`, { lang, width: 1366 });
      const said = page.locator('#topic-1').getByTestId('no-placed-organisations');
      await expect.poll(() => said.count()).toBe(1);
      const text = await said.innerText();
      expect(text).toContain(
        lang === 'nl'
          ? 'Geen organisatie uit CORDIS is in Zuidoost-Friesland geplaatst.'
          : 'No organisation in CORDIS is placed in Zuidoost-Friesland.',
      );
      // Every Dutch participation of the small network is placed, in other regions.
      const total = helix.coverage.placed_participations + helix.coverage.unplaced_participations;
      expect(helix.coverage.unplaced_participations).toBe(0);
      expect(await said.getByTestId('no-placed-coverage').innerText()).toBe(
        lang === 'nl'
          ? `Alle ${total} deelnames van organisaties in het land (Nederland) zijn in een regio geplaatst, maar geen in Zuidoost-Friesland.`
          : `All ${total} participations of organisations in the country (Netherlands) are placed in a region, none in Zuidoost-Friesland.`,
      );
      // No helix of zeros, no T section, no "0 of 0 projects" shared with other regions.
      expect(await page.getByTestId('helix-composition').count()).toBe(0);
      expect(await page.getByTestId('helix-t').count()).toBe(0);
      await expect.poll(() => page.getByTestId('region-links-no-placed').count()).toBe(1);
      // Topic 2 says it once too, with no table of 0 and "–".
      const keyAreas = page.locator('#topic-2').getByTestId('keyareas-no-activity');
      expect(await keyAreas.innerText()).toBe(
        lang === 'nl'
          ? 'Geen activiteit per sleutelgebied te meten: geen organisatie uit CORDIS is in Zuidoost-Friesland geplaatst (zie onderwerp 1).'
          : 'No activity per key area to measure: no organisation in CORDIS is placed in Zuidoost-Friesland (see topic 1).',
      );
      expect(await page.getByTestId('keyareas-lq').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `no-placed-region-${lang}`);
    });

    /** Opens `path` and tells whether it says once, with `words` in its language, that no organisation is placed. */
    const saidOnce = async (path: string, words: Record<'nl' | 'en', string>) => {
      await openAt(page, `${server.url}${path}`, { lang, width: 1366 });
      const said = page.getByTestId('no-placed-organisations');
      await expect.poll(() => said.count()).toBe(1);
      return (await said.innerText()).includes(words[lang]);
    };

    it(`says it on the network page, with no empty network to download (${lang})`, async () => {
      expect(
        await saidOnce(`/netwerk/NL126`, {
          nl: 'Er is daarom geen samenwerkingsnetwerk te meten',
          en: 'So there is no collaboration network to measure',
        }),
      ).toBe(true);
      expect(await page.getByTestId('gexf').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it(`says it on the links page, with no "0 of 0 projects" (${lang})`, async () => {
      const links = await api<{ projects: number | null; linked_projects: number | null }>(
        `/api/regions/NL126/links?lang=${lang}`,
      );
      expect(links).toMatchObject({ projects: null, linked_projects: null });
      expect(
        await saidOnce(`/verbindingen/NL126`, {
          nl: 'Er zijn daarom geen verbindingen met andere regio’s te meten',
          en: 'So there are no links with other regions to measure',
        }),
      ).toBe(true);
      expect(await page.getByTestId('links-summary').count()).toBe(0);
      // Nor "none missing": with no link measured, none is known to be weak.
      expect(await page.getByTestId('links-missing-not-measured').innerText()).toContain(
        lang === 'nl' ? 'Niet te meten' : 'Not measured',
      );
      expect(await seriousViolations(page)).toEqual([]);
    });

    it(`numbers the reason of each missing share and LQ of Twente and lists it once (${lang})`, async () => {
      const keyAreas = await api<KeyAreas>(
        `/api/regions/NL213/keyareas?taxonomy=topsectoren-2011&measure=participations&reference=NL&lang=${lang}`,
      );
      const missing = keyAreas.areas.filter((a) => a.share_of_national === null);
      expect(missing.length).toBeGreaterThan(0);
      await openAt(page, `${server.url}/regio/NL213`, { lang, width: 1366 });
      const figure = page.getByTestId('keyareas-share');
      await expect.poll(() => figure.count()).toBe(1);
      const reasons = await figure
        .getByTestId('keyareas-notes-share')
        .locator('li')
        .allInnerTexts();
      // Each reason once, as the API gives it in the page's language.
      const given = [
        ...new Set(
          missing.flatMap((a) =>
            a.not_measured.filter((m) => m.measure === 'share_of_national').map((m) => m.reason),
          ),
        ),
      ];
      expect(reasons).toEqual(given);
      // Every missing share in the table carries the number of its reason.
      const cells = figure.getByTestId('keyareas-missing-share_of_national');
      expect(await cells.count()).toBe(missing.length);
      for (const cell of await cells.all()) {
        // The table is folded away under its figure: read its text, not what is drawn.
        const n = Number(await cell.getByTestId('keyareas-note-mark').textContent());
        expect(reasons[n - 1]).toBeDefined();
        expect(await cell.getAttribute('aria-describedby')).toBe(`keyareas-note-share-${n}`);
      }
      // The bars say it too, with the same numbers as superscript.
      const bars = await figure.locator('.rk-bars__value').allInnerTexts();
      expect(bars.filter((b) => b.startsWith('–'))).toHaveLength(missing.length);
      expect(bars.filter((b) => b.startsWith('–')).every((b) => /^–[¹²³⁴⁵⁶⁷⁸⁹⁰,]+$/.test(b))).toBe(
        true,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `keyarea-notes-${lang}`);
    });
  }
});
