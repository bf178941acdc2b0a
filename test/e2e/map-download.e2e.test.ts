import { writeFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server.js';
import { SCREENSHOTS, useBrowserApp } from './support/browser-app.js';
import { openPage } from './support/browser.js';
import { csvRows, downloadFrom, PNG_SIGNATURE, svgTexts, titleOf } from './support/downloads.js';

/**
 * Taking maps away in Chromium on the real data, under the application's content security policy:
 * the /kaart map as SVG with its legend (classes, labels, "no data", unit), title and source drawn
 * on it, as PNG in Dutch and English, and its table as CSV; the download menu on the home map, the
 * flow map and the network picture, whose SVG carries its title.
 */
describe('downloading maps and the network picture in Chromium on the real data', () => {
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  useBrowserApp({ enforceCSP: true }, (app) => ({ server, page, pageErrors } = app));

  const buttons = (testId: string) =>
    page
      .getByTestId(testId)
      .locator('.rk-download button')
      .evaluateAll((b) => b.map((x) => x.getAttribute('data-format')));

  for (const lang of ['nl', 'en'] as const) {
    const words =
      lang === 'nl'
        ? { legend: 'Legenda (', nodata: 'geen gegevens', source: /^Bron: (?!niet vermeld)/ }
        : { legend: 'Legend (', nodata: 'no data', source: /^Source: (?!not stated)/ };

    it(`gives the /kaart map as SVG with its legend, title and source drawn on it (${lang})`, async () => {
      await openPage(page, `${server.url}/kaart?level=2&area=nl&lang=${lang}`);
      const figure = page.getByTestId('indicator-map');
      expect(await buttons('indicator-map')).toEqual(['svg', 'png', 'csv']);
      const labels = await figure
        .getByTestId('map-legend')
        .locator('li[data-class]')
        .allInnerTexts();
      const legendTitle = await figure.locator('.rk-legend__title').first().innerText();
      expect(labels.length).toBeGreaterThanOrEqual(3);
      expect(labels.at(-1)).toBe(words.nodata);
      expect(legendTitle.startsWith(words.legend)).toBe(true);

      const { name, bytes } = await downloadFrom(page, figure, 'svg');
      expect(name).toMatch(/\.svg$/);
      const svg = bytes.toString('utf8');
      const texts = svgTexts(svg);
      expect(titleOf(svg)).toBe(await figure.locator('figcaption').innerText());
      // the legend under the map: heading with the unit, each class label, then "no data"
      const at = texts.indexOf(legendTitle);
      expect(at, texts.join(' | ')).toBeGreaterThan(0);
      expect(texts.slice(at + 1, at + 1 + labels.length)).toEqual(labels);
      const swatches = svg.match(/<rect class="rk-export__swatch"/g) ?? [];
      expect(swatches).toHaveLength(labels.length);
      expect(svg).toMatch(/data-entry="nodata"[^>]*fill="url\(#rk-legend-no-data\)"/);
      // the map itself, its regions drawn
      const regions = Number(await figure.locator('svg.rk-map').getAttribute('data-regions'));
      expect((svg.match(/data-code="/g) ?? []).length).toBe(regions);
      // source and date below the legend
      const source = texts.findIndex((x) => words.source.test(x));
      expect(source, texts.join(' | ')).toBeGreaterThan(at + labels.length);
      expect(pageErrors).toEqual([]);
    });

    it(`gives the /kaart map as PNG with its legend (${lang})`, async () => {
      const figure = page.getByTestId('indicator-map');
      const { bytes } = await downloadFrom(page, figure, 'png');
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      // 800 px of map and at least six legend rows under it, at twice the size
      expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * 800);
      expect(bytes.readUInt32BE(20)).toBeGreaterThan(2 * (900 + 6 * 24));
      expect(bytes.length).toBeGreaterThan(50_000);
      await writeFile(`${SCREENSHOTS}map-download-${lang}.png`, bytes);
    });
  }

  it('draws the hatched "no data" regions and the flag letters of a European map into the picture', async () => {
    // an indicator and year of the loaded data with both flagged and missing values at NUTS 2
    const chosen = await server.store.db
      .selectFrom('indicator_values as v')
      .innerJoin('regions as r', 'r.code', 'v.region_code')
      .where('r.level', '=', 2)
      .groupBy(['v.indicator_id', 'v.year'])
      .having(
        sql<boolean>`sum(case when v.flags is not null and v.flags <> '' then 1 else 0 end) > 0`,
      )
      .having(sql<boolean>`sum(case when v.value is null then 1 else 0 end) > 0`)
      .select(['v.indicator_id as id', 'v.year as year'])
      .orderBy(sql`count(*)`, 'desc')
      .limit(1)
      .executeTakeFirst();
    expect(chosen).toBeDefined();
    await openPage(
      page,
      `${server.url}/kaart?indicator=${encodeURIComponent(chosen!.id)}&level=2&area=eu&year=${chosen!.year}`,
    );
    const figure = page.getByTestId('indicator-map');
    const flags = await figure.getByTestId('map-flags').locator('li').allInnerTexts();
    expect(flags.length).toBeGreaterThan(0);
    const hatched = await figure.locator('svg.rk-map path[fill="url(#rk-no-data)"]').count();
    expect(hatched).toBeGreaterThan(0);
    const { bytes } = await downloadFrom(page, figure, 'svg');
    const svg = bytes.toString('utf8');
    const texts = svgTexts(svg);
    for (const flag of flags) expect(texts.join(' ')).toContain(flag);
    expect(texts).toContain('geen gegevens');
    expect(svg).toContain('<pattern id="rk-no-data"');
    expect(
      (svg.match(/fill="url\(&quot;#rk-no-data&quot;\)"|fill="url\(#rk-no-data\)"/g) ?? []).length,
    ).toBe(hatched);
    const png = await downloadFrom(page, figure, 'png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    await writeFile(`${SCREENSHOTS}map-download-eu-nl.png`, png.bytes);
  });

  it("gives the /kaart map's table as CSV: a row per region with code, name, value, flag, year", async () => {
    await openPage(page, `${server.url}/kaart?level=2&area=nl`);
    const figure = page.getByTestId('indicator-map');
    const geometry = (await (
      await fetch(`${server.url}/api/geometry?level=2&country=NL`)
    ).json()) as {
      features: unknown[];
    };
    const { bytes } = await downloadFrom(page, figure, 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(bytes);
    expect(header![0]).toBe('Code');
    expect(header![1]).toBe('Regio');
    expect(header![2]).toMatch(/^Waarde \(.+\)$/);
    expect(header!.slice(3)).toEqual(['Letter', 'Jaar']);
    expect(rows).toHaveLength(geometry.features.length);
    expect(rows).toHaveLength(await figure.locator('[data-testid="map-table"] tbody tr').count());
    const caption = await figure.locator('figcaption').innerText();
    const year = /(\d{4})$/.exec(caption)?.[1];
    expect(year).toBeDefined();
    for (const row of rows) {
      expect(row[0]).toMatch(/^NL\d{2}$/);
      expect(row[1]).not.toBe('');
      // a number with a decimal point, or empty where the region has no value
      expect(row[2]).toMatch(/^(-?\d+(\.\d+)?(e[-+]?\d+)?)?$/);
      expect(row[4]).toBe(year);
    }
    expect(rows.filter((r) => r[2] !== '').length).toBeGreaterThan(0);
  });

  it('has the download menu on the home map and the flow map, whose picture names its source', async () => {
    await openPage(page, `${server.url}/`);
    expect(await buttons('home-map')).toEqual(['svg', 'png', 'csv']);
    const home = await downloadFrom(page, page.getByTestId('home-map'), 'svg');
    expect(svgTexts(home.bytes.toString('utf8'))).toContain('geen gegevens');

    await openPage(page, `${server.url}/verbindingen/NL213`);
    expect(await buttons('links-flow-map')).toEqual(['svg', 'png', 'csv']);
    const flow = page.getByTestId('links-flow-map');
    const { bytes } = await downloadFrom(page, flow, 'svg');
    const svg = bytes.toString('utf8');
    expect(titleOf(svg)).toBe(await flow.locator('figcaption').innerText());
    expect(svgTexts(svg).some((x) => /^Bron: (?!niet vermeld)/.test(x))).toBe(true);
  });

  it('gives the network picture as SVG with its title and source', async () => {
    await openPage(page, `${server.url}/netwerk/NL213`);
    expect(await buttons('network-graph')).toEqual(['svg', 'png', 'csv']);
    const figure = page.getByTestId('network-graph');
    const { name, bytes } = await downloadFrom(page, figure, 'svg');
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    const title = await figure.locator('figcaption').innerText();
    expect(title).toMatch(/Twente/);
    expect(titleOf(svg)).toBe(title);
    expect(svgTexts(svg).some((x) => x.startsWith('Bron: '))).toBe(true);
    expect(svg).not.toContain('Bron: niet vermeld');
    expect(svg).toMatch(/<circle /);
    expect(pageErrors).toEqual([]);
  });
});
