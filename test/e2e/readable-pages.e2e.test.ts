import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Helix, KeyAreas } from '../../src/web/api/types.js';
import type { AppServer } from './support/app-server.js';
import { openAt, SCREENSHOTS, useBrowserApp } from './support/browser-app.js';
import { overflow, seriousViolations } from './support/browser.js';
import { screenshots } from './support/screenshots.js';
import { scrollTables, tableFits, wordsBrokenMidWord } from './support/table-layout.js';

/**
 * Faults users found on the web pages, in Chromium on the real data. The comparison of four
 * regions (/vergelijk) breaks no word in the middle at 360 px and says, while a table is wider than
 * the screen, that it scrolls sideways, up to its last column; the tables of Twente's links
 * (/verbindingen/NL213: partners with their bridges, and the bridges of one link) show every column
 * at 360 px; Twente's recommended practices say that the index weak points are those of
 * Overijssel, the province Twente lies in. Two regions compared (/vergelijk?regio=NL213,NL41) fit
 * 360 px without scrolling; Flevoland's network (/netwerk/NL230: organisations, no links) says
 * there is nothing to draw instead of showing an empty picture. Comparing Twente, Veluwe,
 * Zuidoost-Friesland and Noord-Brabant, every value that is not measured refers by number to its
 * reason, listed under its table in words, and a group's band is said in words. Screenshots
 * `narrow-{compare,links,bridges}-{nl,en}-{1366,360}.png`, `narrow-compare-two-{nl,en}-360.png`,
 * `compare-reasons-{nl,en}-{1366,360}.png`,
 * `network-no-links-{nl,en}-{1366,360}.png` and `recommended-{nl,en}-{1366,360}.png`.
 */
describe('pages a user found hard to read or wrong, in Chromium on the real data', () => {
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  useBrowserApp({}, (app) => ({ server, page, pageErrors } = app));

  const COMPARE = '/vergelijk?regio=NL213,NL41,NL33,NL22';
  const COMPARE_TWO = '/vergelijk?regio=NL213,NL41';
  const COMPARE_MISSING = '/vergelijk?regio=NL213,NL221,NL126,NL41';
  const compareTables = () => page.locator('table.rk-compare');

  describe.each(['nl', 'en'] as const)('in %s', (lang) => {
    it('compares four regions at 360 px without breaking a word in the middle', async () => {
      await openAt(page, `${server.url}${COMPARE}`, { lang, width: 360 });
      expect(await compareTables().count()).toBe(3);
      expect(await wordsBrokenMidWord(compareTables())).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `${SCREENSHOTS}narrow-compare-${lang}-360.png`,
        fullPage: true,
      });
    });

    it('says that a comparison wider than the screen scrolls, and scrolls to its last column', async () => {
      await openAt(page, `${server.url}${COMPARE}`, { lang, width: 360 });
      const before = await tableFits(compareTables());
      expect(before).toHaveLength(3);
      await page
        .locator('section.rk-topic')
        .first()
        .screenshot({ path: `${SCREENSHOTS}narrow-compare-start-${lang}-360.png` });
      for (const fit of before) {
        // Four regions do not fit 360 px: the cue is shown, the rest lies at the end.
        expect(fit.wider).toBeGreaterThan(0);
        expect(fit).toMatchObject({ cue: true, more: 'end' });
        expect(fit.lastColumnOutOfView).toBeGreaterThan(0);
      }
      await scrollTables(compareTables(), 'end');
      await expect
        .poll(async () => (await tableFits(compareTables())).map((f) => f.more))
        .toEqual(['start', 'start', 'start']);
      for (const fit of await tableFits(compareTables())) {
        expect(fit.cue).toBe(true);
        expect(fit.lastColumnOutOfView).toBe(0);
      }
      await page
        .locator('section.rk-topic')
        .first()
        .screenshot({ path: `${SCREENSHOTS}narrow-compare-end-${lang}-360.png` });
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('compares two regions at 360 px without scrolling or breaking a word in the middle', async () => {
      await openAt(page, `${server.url}${COMPARE_TWO}`, { lang, width: 360 });
      expect(await compareTables().count()).toBe(3);
      for (const fit of await tableFits(compareTables())) {
        expect(fit.wider).toBeLessThanOrEqual(0);
        expect(fit).toMatchObject({ cue: false, more: '', lastColumnOutOfView: 0 });
      }
      expect(await wordsBrokenMidWord(compareTables())).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `${SCREENSHOTS}narrow-compare-two-${lang}-360.png`,
        fullPage: true,
      });
    });

    it('says under each comparison table why a value is missing, in words, at 1366 and 360 px', async () => {
      const api = async <T>(path: string) =>
        (await (await fetch(`${server.url}${path}`)).json()) as T;
      // Veluwe's T is not measured (no project has a government participant): its reason is the
      // API's, in the page language. Zuidoost-Friesland has no organisation placed in it: every
      // count and measure of its topics 1 and 2 is not measured, for that one reason.
      const veluwe = await api<Helix>(`/api/regions/NL221/helix?lang=${lang}`);
      const friesland = await api<KeyAreas>(
        `/api/regions/NL126/keyareas?taxonomy=topsectoren-2011&measure=participations&reference=NL&lang=${lang}`,
      );
      const tReason = (h: Helix) => h.not_measured.find((m) => m.measure === 't_millibits')?.reason;
      expect(tReason(veluwe)).toBeTruthy();
      expect(friesland.coverage.region_organisations).toBe(0);
      const noPlaced =
        lang === 'nl'
          ? 'Geen organisatie uit CORDIS is in Zuidoost-Friesland geplaatst.'
          : 'No organisation in CORDIS is placed in Zuidoost-Friesland.';
      const notMeasured = lang === 'nl' ? 'niet gemeten' : 'not measured';

      for (const width of [1366, 360]) {
        await openAt(page, `${server.url}${COMPARE_MISSING}`, { lang, width });
        const notes = (topic: number) => page.getByTestId(`compare-notes-${topic}`).locator('li');
        // A cell's number leads to its reason, which is visible text under the table.
        const reasonOf = async (topic: number, cell: Locator) => {
          const n = Number(await cell.getByTestId('compare-note-mark').innerText());
          const item = notes(topic).nth(n - 1);
          expect(await item.isVisible()).toBe(true);
          // A screen reader reads the same reason with the cell.
          const describedBy = cell.locator('[aria-describedby]');
          expect(await describedBy.getAttribute('aria-describedby')).toBe(
            `compare-note-${topic}-${n}`,
          );
          return item.innerText();
        };
        const cell = (topic: number, row: number, column: number) =>
          page
            .getByTestId(`compare-topic-${topic}`)
            .locator('tbody tr')
            .nth(row)
            .locator('td')
            .nth(column);

        const veluweT = cell(1, 1, 1);
        // Numbered in the order the cells come: Zuidoost-Friesland's projects first.
        expect(await veluweT.innerText()).toMatch(new RegExp(`^${notMeasured}\\s*2$`));
        expect(await notes(1).allInnerTexts()).toEqual([noPlaced, tReason(veluwe)]);
        expect(await reasonOf(1, veluweT)).toBe(tReason(veluwe));
        // Projects, T, the organisations per helix role and their basis: no 0 that says nothing.
        for (let row = 0; row < 8; row++) {
          const friesland1 = cell(1, row, 2);
          expect(await friesland1.innerText()).toContain(notMeasured);
          expect(await reasonOf(1, friesland1)).toBe(noPlaced);
        }

        // The one reason once, and every LQ of Zuidoost-Friesland points at it.
        expect(await notes(2).allInnerTexts()).toEqual([noPlaced]);
        for (let row = 0; row < friesland.areas.length; row++) {
          const lq = cell(2, row, 2);
          expect(await lq.innerText()).toContain(notMeasured);
          expect(await reasonOf(2, lq)).toBe(noPlaced);
        }

        // The group's band in words, as in the dossier: no bare "−".
        const twenteGroup = await cell(3, 5, 0).innerText();
        expect(twenteGroup.replace(/\s+/g, ' ')).toBe(
          lang === 'nl' ? 'Sterke innovator (onderste derde)' : 'Strong innovator (lower third)',
        );
        expect(await wordsBrokenMidWord(compareTables())).toEqual([]);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({
          path: `${SCREENSHOTS}compare-reasons-${lang}-${width}.png`,
          fullPage: true,
        });
      }
    });

    it("says there are no links to draw in Flevoland's network, without an empty picture", async () => {
      await openAt(page, `${server.url}/netwerk/NL230`, { lang, width: 1366 });
      const noLinks = page.getByTestId('network-no-links');
      await expect.poll(() => noLinks.count()).toBe(1);
      expect(await noLinks.innerText()).toMatch(
        lang === 'nl'
          ? /^Geen verbindingen om te tekenen: geen van de \d+ organisaties in Flevoland deelt een project met een andere organisatie uit de regio\./
          : /^No links to draw: none of the \d+ organisations in Flevoland shares a project with another organisation in the region\./,
      );
      expect(await page.getByTestId('network-graph').count()).toBe(0);
      expect(await page.locator('svg.rk-network').count()).toBe(0);
      // Every organisation is in the table that follows.
      const organisations = await page.getByTestId('network-top-table').locator('tbody tr').count();
      expect(await noLinks.innerText()).toContain(` ${organisations} `);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, `network-no-links-${lang}`);
    });

    it('shows no cue on a comparison that fits, at 1366 px', async () => {
      await openAt(page, `${server.url}${COMPARE}`, { lang, width: 1366 });
      for (const fit of await tableFits(compareTables())) {
        expect(fit).toMatchObject({ cue: false, more: '', lastColumnOutOfView: 0 });
        expect(fit.wider).toBeLessThanOrEqual(0);
      }
      expect(await wordsBrokenMidWord(compareTables())).toEqual([]);
      await page.screenshot({
        path: `${SCREENSHOTS}narrow-compare-${lang}-1366.png`,
        fullPage: true,
      });
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("shows every column of Twente's partners and their bridges at 360 px", async () => {
      await openAt(page, `${server.url}/verbindingen/NL213`, { lang, width: 360 });
      const partners = page.getByTestId('links-partners');
      const fits = await tableFits(partners);
      expect(fits.length).toBeGreaterThan(0);
      for (const fit of fits) {
        expect(fit.wider).toBeLessThanOrEqual(0);
        expect(fit.lastColumnCells).toBeGreaterThan(5);
        // The bridges, the last column, are in view on every row without scrolling.
        expect(fit.lastColumnOutOfView).toBe(0);
      }
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SCREENSHOTS}narrow-links-${lang}-360.png`, fullPage: true });
    });

    it('shows the shared projects, the last column, of every bridge at 360 px', async () => {
      await openAt(page, `${server.url}/verbindingen/NL213`, { lang, width: 360 });
      const bridges = page.getByTestId('links-bridges').first();
      await bridges.locator('summary').click();
      const tables = bridges.locator('table');
      await expect.poll(() => tables.count(), { timeout: 30_000 }).toBe(2);
      const fits = await tableFits(tables);
      expect(fits).toHaveLength(2);
      for (const fit of fits) {
        expect(fit.wider).toBeLessThanOrEqual(0);
        expect(fit.lastColumnCells).toBeGreaterThan(1);
        expect(fit.lastColumnOutOfView).toBe(0);
      }
      // Each count is read with its column's name before it.
      expect(
        await tables
          .first()
          .locator('tbody td')
          .last()
          .evaluate((td) => getComputedStyle(td, '::before').content),
      ).toMatch(lang === 'nl' ? /Gedeelde projecten/ : /Shared projects/);
      await bridges.screenshot({ path: `${SCREENSHOTS}narrow-bridges-${lang}-360.png` });
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('keeps the links tables as tables at 1366 px', async () => {
      await openAt(page, `${server.url}/verbindingen/NL213`, { lang, width: 1366 });
      const bridges = page.getByTestId('links-bridges').first();
      await bridges.locator('summary').click();
      await expect.poll(() => bridges.locator('table').count(), { timeout: 30_000 }).toBe(2);
      const display = await page
        .getByTestId('links-partners')
        .last()
        .locator('tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display);
      expect(display).toBe('table-row');
      for (const fit of await tableFits(page.locator('[data-testid="links-bridges"] table')))
        expect(fit.lastColumnOutOfView).toBe(0);
      await page.screenshot({
        path: `${SCREENSHOTS}narrow-links-${lang}-1366.png`,
        fullPage: true,
      });
      await bridges.screenshot({ path: `${SCREENSHOTS}narrow-bridges-${lang}-1366.png` });
    });
  });

  it.each([
    [
      'nl',
      'Overijssel, de provincie waarin Twente ligt, is het zwakst in deze indicatoren van de index: ',
      'Twente is het zwakst in deze sleutelgebieden: ',
    ],
    [
      'en',
      'Overijssel, the province Twente lies in, is weakest in these index indicators: ',
      'Twente is weakest in these key areas: ',
    ],
  ] as const)(
    "names Overijssel as the one weakest in Twente's index indicators (%s)",
    async (lang, province, own) => {
      for (const width of [1366, 360]) {
        await openAt(page, `${server.url}/regio/NL213`, { lang, width });
        const weakest = page.getByTestId('recommended-weakest');
        const text = await weakest.innerText();
        expect(text).toContain(province);
        expect(text).toContain(own);
        // Twente's own weak points are its key areas only: no index indicator is said to be Twente's.
        expect(text).not.toMatch(
          /Twente (is weakest|is het zwakst) in deze indicatoren|Twente is weakest in these index/,
        );
        await page
          .locator('#aanbevolen')
          .screenshot({ path: `${SCREENSHOTS}recommended-${lang}-${width}.png` });
        if (width === 360) expect(await seriousViolations(page)).toEqual([]);
      }
    },
  );

  it('has no uncaught errors on its pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
