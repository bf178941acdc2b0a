import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeIndicator } from '../../src/importers/eurostat/indicator-catalogue.js';
import { unitLabels } from '../../src/importers/eurostat/unit-labels.js';
import type { AppServer } from './support/app-server.js';
import { SCREENSHOTS, useBrowserApp } from './support/browser-app.js';
import { navigateBy, openPage, seriousViolations } from './support/browser.js';

// A raw code in a reader's text: Eurostat dimension and unit codes (THS, Y_GE15, ED0-2,
// PC_GDP, EUR_HAB), dataset codes (tgs00042) and brackets of codes "(THS, F, ...".
const RAW_CODE =
  /\b[A-Z]{2,}_[A-Z0-9_]+\b|\b(THS|NR|MIO|Y_GE\d+|Y\d+-\d+|ED\d(-\d)?)\b|\btgs\d{5}\b|\(\w+, \w+/;

/**
 * The map's indicator picker and classes in Chromium on the real data: one entry per indicator,
 * grouped by theme and named in words in Dutch and English; a level switch that keeps the
 * indicator or says why it cannot; the flags explained beside the map; and the same classes on
 * the home page and the map page for the same indicator and year.
 */
describe('the map picker and classes, in Chromium on the real data', () => {
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  useBrowserApp(
    { viewport: { width: 1366, height: 900 } },
    (app) => ({ server, page, pageErrors } = app),
  );

  const options = () => page.locator('#map-indicator option').allInnerTexts();
  const legend = (testId: string) =>
    page.getByTestId(testId).getByTestId('map-legend').locator('li[data-class]').allInnerTexts();

  it('has a name in both languages and a unit in words for every indicator of the real data', async () => {
    const rows = await server.store.db.selectFrom('indicators').select(['id', 'unit']).execute();
    expect(rows.length).toBeGreaterThan(100);
    const unnamed = rows.filter((r) => !describeIndicator(r.id)).map((r) => r.id);
    const unitless = [
      ...new Set(rows.filter((r) => !unitLabels(r.unit)).map((r) => r.unit || '(none)')),
    ];
    expect(unnamed).toEqual([]);
    expect(unitless).toEqual([]);
    for (const r of rows) {
      const { name } = describeIndicator(r.id)!;
      expect(name.nl, r.id).not.toMatch(RAW_CODE);
      expect(name.en, r.id).not.toMatch(RAW_CODE);
    }
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`offers each indicator once, grouped by theme, without codes (${lang})`, async () => {
      for (const level of [2, 3]) {
        await openPage(page, `${server.url}/kaart?level=${level}&area=nl&lang=${lang}`);
        const texts = await options();
        expect(texts.length).toBeGreaterThan(10);
        expect(texts.filter((t) => RAW_CODE.test(t))).toEqual([]);
        expect(texts.length - new Set(texts).size).toBe(0);
        // No unit said twice: "per miljoen inwoners (per mln inwoners)".
        const doubled = texts.filter((t) => {
          const [, name, unit] = /^(.*) \(([^()]*)\)$/.exec(t) ?? [];
          return name !== undefined && unit !== undefined && name.includes(unit);
        });
        expect(doubled).toEqual([]);
        const groups = await page
          .locator('#map-indicator optgroup')
          .evaluateAll((els) => els.map((e) => e.getAttribute('label')));
        // Fewer themes have NUTS 3 values (patents, economy, population).
        expect(groups.length).toBeGreaterThanOrEqual(level === 2 ? 5 : 3);
        expect(groups).toContain(lang === 'nl' ? 'Octrooien' : 'Patents');
      }
      // GERD as % of GDP: one entry, its four files in the details.
      await openPage(page, `${server.url}/kaart?indicator=tgs00042&level=2&area=nl&lang=${lang}`);
      const rd =
        lang === 'nl'
          ? 'R&D-uitgaven, alle sectoren (% van het bbp)'
          : 'R&D expenditure (GERD), all sectors (% of GDP)';
      expect((await options()).filter((t) => t === rd)).toHaveLength(1);
      const sources = page.getByTestId('map-indicator-sources');
      expect(await sources.locator('li').count()).toBeGreaterThanOrEqual(2);
      expect(await sources.locator('li').allTextContents()).toEqual(
        expect.arrayContaining([expect.stringMatching(/tgs00042/)]),
      );
    });

    it(`explains the flags of the values shown beside the map (${lang})`, async () => {
      await openPage(
        page,
        `${server.url}/kaart?indicator=nama_10r_3gdp_EUR_HAB&level=2&area=nl&lang=${lang}`,
      );
      const flags = page.getByTestId('indicator-map').getByTestId('map-flags');
      expect(await flags.count()).toBe(1);
      expect(await flags.locator('li[data-flag="p"]').innerText()).toBe(
        lang === 'nl' ? 'p: voorlopig' : 'p: provisional',
      );
      const nodata = page.getByTestId('map-legend').locator('li[data-class="nodata"]');
      expect(await nodata.innerText()).toBe(lang === 'nl' ? 'geen gegevens' : 'no data');
      await page.getByTestId('map-indicator-sources').locator('summary').click();
      await page.screenshot({ path: `${SCREENSHOTS}picker-map-flags-${lang}.png`, fullPage: true });
    });
  }

  it('keeps the indicator when the level changes, and says so when it has no values there', async () => {
    // EPO patents per million inhabitants: tgs00040 has NUTS 2 only, the long file also NUTS 3.
    await openPage(page, `${server.url}/kaart?indicator=tgs00040&level=2&area=nl`);
    const selected = () =>
      page.locator('#map-indicator').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
    const patents = await selected();
    expect(patents).toBe('Octrooiaanvragen bij het Europees Octrooibureau (per miljoen inwoners)');
    await navigateBy(page, () => page.locator('#map-level-3').check());
    expect(await selected()).toBe(patents);
    expect(await page.getByTestId('map-level-missing').count()).toBe(0);
    expect(await page.locator('svg.rk-map path[data-code]').count()).toBe(40);

    // GERD has no NUTS 3 values in any file: the page says so and keeps it for the way back.
    await openPage(page, `${server.url}/kaart?indicator=rd_e_gerdreg_pc_gdp_total&level=2&area=nl`);
    const gerd = await selected();
    expect(gerd).toBe('R&D-uitgaven, alle sectoren (% van het bbp)');
    await navigateBy(page, () => page.locator('#map-level-3').check());
    expect(await page.getByTestId('map-level-missing').innerText()).toMatch(
      /^R&D-uitgaven, alle sectoren \(% van het bbp\) heeft geen waarden voor COROP-gebieden \(NUTS 3\)\. De kaart toont daarom .+\. Kies Provincies \(NUTS 2\)/,
    );
    expect(new URL(page.url()).searchParams.get('indicator')).toBe('rd_e_gerdreg_pc_gdp_total');
    await page.screenshot({
      path: `${SCREENSHOTS}picker-map-level-missing-nl.png`,
      fullPage: true,
    });
    await navigateBy(page, () => page.locator('#map-level-2').check());
    expect(await selected()).toBe(gerd);
    expect(await page.getByTestId('map-level-missing').count()).toBe(0);
  });

  it('shows the same classes on the home page and the map page for the same indicator', async () => {
    await openPage(page, `${server.url}/`);
    const home = await legend('home-map');
    const more = page.getByRole('link', { name: 'Meer indicatoren en jaren op de kaart' });
    const id = new URL(await more.evaluate((a: HTMLAnchorElement) => a.href)).searchParams.get(
      'indicator',
    );
    await openPage(page, `${server.url}/kaart?indicator=${id}&level=2&area=nl`);
    const map = await legend('indicator-map');
    expect(home.length).toBe(6); // five classes and "no data"
    expect(map).toEqual(home);
  });

  it('passes axe and is screenshotted at 1366 and 360 px in both languages', async () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const width of [1366, 360]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [name, path] of [
          ['map', '/kaart?level=2&area=nl'],
          ['home', '/'],
        ] as const) {
          await openPage(page, `${server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          if (width === 1366) {
            expect(await seriousViolations(page), `${name} ${lang}`).toEqual([]);
          }
          await page.screenshot({
            path: `${SCREENSHOTS}picker-${name}-${lang}-${width}.png`,
            fullPage: true,
          });
        }
      }
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(pageErrors).toEqual([]);
  });
});
