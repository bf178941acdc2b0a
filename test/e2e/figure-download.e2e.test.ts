import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server.js';
import { SCREENSHOTS, useBrowserApp, type BrowserApp } from './support/browser-app.js';
import { openPage, seriousViolations, overflow } from './support/browser.js';
import { csvSplit, downloadFrom, PNG_SIGNATURE, titleOf } from './support/downloads.js';

interface IndexBody {
  edition: number | null;
  year: number;
  country: string;
  indicators: {
    id: string;
    score: number | null;
    country_score: number | null;
    reference_score: number | null;
  }[];
}

/**
 * Taking figures away from Twente's profile in Chromium, under the application's own content
 * security policy (the PNG is drawn from a data: URL, which img-src allows): the region-against-
 * country-and-EU chart as SVG, PNG and CSV, a bar chart as SVG by keyboard; then axe and
 * screenshots of the chart in Dutch and English at 1366 and 360 px.
 */
describe("downloading figures from Twente's profile in Chromium on the real data", () => {
  let app: BrowserApp;
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  let index: IndexBody;
  let svgWidth = 0;
  useBrowserApp({ enforceCSP: true }, async (started) => {
    app = started;
    ({ server, page, pageErrors } = app);
    index = (await (await fetch(`${server.url}/api/regions/NL213/index`)).json()) as IndexBody;
  });

  const download = (figure: Locator, format: string, byKeyboard = false) =>
    downloadFrom(page, figure, format, byKeyboard);

  it("draws Twente's province beside the Netherlands and the EU, a mark per score, none for no data", async () => {
    await openPage(page, `${server.url}/regio/NL213`);
    const figure = page.getByTestId('index-benchmark');
    expect(await figure.count()).toBe(1);
    const year = index.edition ?? index.year;
    expect(await figure.locator('figcaption').innerText()).toBe(
      // Twente (NUTS3) has its province's index figures, and the chart says whose they are
      `Overijssel naast Nederland en de EU-27 per indicator van de index, ${year}`,
    );
    const chart = figure.getByTestId('benchmark-chart');
    const count = (key: 'score' | 'country_score' | 'reference_score') =>
      index.indicators.filter((i) => i[key] !== null).length;
    // one legend mark per series plus one mark per value held
    expect(await chart.locator('circle').count()).toBe(1 + count('score'));
    expect(await chart.locator('rect').count()).toBe(1 + count('country_score'));
    expect(await chart.locator('path').count()).toBe(1 + count('reference_score'));
    const gaps = index.indicators.filter(
      (i) => i.score === null || i.country_score === null || i.reference_score === null,
    ).length;
    expect(await chart.locator('text', { hasText: 'geen gegevens:' }).count()).toBe(gaps);
    expect(await figure.locator('.rk-download button').count()).toBe(3);
  });

  it('gives the chart as SVG with its title, source and date drawn on it', async () => {
    const figure = page.getByTestId('index-benchmark');
    const { name, bytes } = await download(figure, 'svg');
    expect(name).toMatch(/^overijssel-naast-nederland-en-de-eu-27.*\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    svgWidth = Number(/^<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
    expect(titleOf(svg)).toBe(await figure.locator('figcaption').innerText());
    expect(svg).toMatch(/>Bron: Eurostat, /);
    expect(svg).toContain(`gegevens ${index.edition ?? index.year}`);
    expect(svg).toMatch(/opgehaald|ophaaldatum niet vermeld/);
    // the page's styles are written onto the picture: no class left to depend on
    expect(svg).not.toContain('class="rk-dot-plot"');
  });

  it('gives the chart as PNG, drawn at twice the size of the picture', async () => {
    const figure = page.getByTestId('index-benchmark');
    const { name, bytes } = await download(figure, 'png');
    expect(name).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(svgWidth).toBeGreaterThanOrEqual(480);
    expect(width).toBe(2 * svgWidth);
    expect(height).toBeGreaterThan(800);
    // a drawn picture, not an empty canvas: a white PNG of this size compresses far smaller
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('gives its data as CSV: BOM, header, decimal points, empty cells with a reason', async () => {
    const figure = page.getByTestId('index-benchmark');
    const { name, bytes } = await download(figure, 'csv');
    expect(name).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Indicator,Overijssel,Nederland,EU-27,Reden bij ontbreken');
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1).map(csvSplit);
    expect(rows).toHaveLength(index.indicators.length);
    rows.forEach((row, k) => {
      const i = index.indicators[k]!;
      const cell = (v: number | null) => (v === null ? '' : String(v));
      expect(row.slice(1, 4)).toEqual([
        cell(i.score),
        cell(i.country_score),
        cell(i.reference_score),
      ]);
      const missing = [i.score, i.country_score, i.reference_score].some((v) => v === null);
      expect(row[4] !== '', `reason for ${i.id}`).toBe(missing);
    });
  });

  it('gives a bar chart as SVG by keyboard, its bars drawn with their labels', async () => {
    const figure = page.getByTestId('keyareas-lq');
    const { bytes } = await download(figure, 'svg', true);
    const svg = bytes.toString('utf8');
    const title = await figure.locator('figcaption').innerText();
    expect(titleOf(svg)).toBe(title);
    expect(svg).toContain('stroke-dasharray');
    const labels = await figure.locator('.rk-bars__label').allInnerTexts();
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels.slice(0, 3))
      expect(svg).toContain(label.replace(/&/g, '&amp;').slice(0, 20));
    expect(pageErrors).toEqual([]);
  });

  it('has no serious accessibility violation and fits 360 px, in Dutch and English', async () => {
    // axe-core is injected as an inline script: a browser that does not enforce the policy.
    ({ page } = await app.newBrowser());
    for (const lang of ['nl', 'en'] as const) {
      for (const width of [1366, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await openPage(page, `${server.url}/regio/NL213?lang=${lang}`);
        const figure = page.getByTestId('index-benchmark');
        await figure.scrollIntoViewIfNeeded();
        expect(await overflow(page), `${lang} ${width}`).toBeLessThanOrEqual(0);
        await figure.screenshot({ path: `${SCREENSHOTS}benchmark-${lang}-${width}.png` });
        await page.screenshot({
          path: `${SCREENSHOTS}region-profile-charts-${lang}-${width}.png`,
          fullPage: true,
        });
        if (width === 1366) {
          if (lang === 'en')
            expect(await figure.locator('figcaption').innerText()).toMatch(
              /^Overijssel beside Netherlands and the EU-27 on each index indicator/,
            );
          expect(await seriousViolations(page), lang).toEqual([]);
        }
      }
    }
  }, 600_000);
});
