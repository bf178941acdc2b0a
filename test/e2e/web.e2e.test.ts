import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server.js';
import { htmlLang, navigateBy, openPage, seriousViolations } from './support/browser.js';
import { openAt, pagesWiderThan, SCREENSHOTS, useBrowserApp } from './support/browser-app.js';
import { addTestPractice } from './support/test-practice.js';

/**
 * The visit-preparation flow of issue 5 in Chromium, against the built web application and a
 * server loaded with the real data in ../shared/data. Its setup builds dist/web (vite build) and
 * loads the data into a temporary SQLite file; screenshots go to test-artifacts/screenshots/.
 */
describe('the web application in Chromium on the real data', () => {
  let server: AppServer;
  let page: Page;
  let consoleErrors: readonly string[];
  useBrowserApp(
    {
      // Good practices are entered by regional editors; the open data holds none. One practice,
      // marked as a test entry, lets the search be exercised.
      seed: (server) =>
        addTestPractice(server.store, {
          id: 'e2e-test-practice',
          title: 'Testvoorbeeld: gedeelde cleanroom voor het mkb',
          description:
            'Testinvoer van de browsertest: bedrijven delen een cleanroom met de universiteit.',
        }),
    },
    (app) => ({ server, page, pageErrors: consoleErrors } = app),
  );

  const h1 = () => page.locator('h1').first().innerText();

  it('opens the map, chooses Overijssel and goes down to Twente', async () => {
    await openPage(page, `${server.url}/kaart?level=2&area=nl`);
    expect(await h1()).toBe('Kaart');
    await expect.poll(() => page.locator('svg.rk-map path[data-code]').count()).toBe(12);
    await navigateBy(page, () => page.locator('svg.rk-map path[data-code="NL21"]').click());
    expect(new URL(page.url()).pathname).toBe('/regio/NL21');
    expect(await h1()).toBe('Overijssel');
    await navigateBy(page, () =>
      page.getByTestId('children').getByRole('link', { name: 'Twente' }).click(),
    );
    expect(new URL(page.url()).pathname).toBe('/regio/NL213');
    expect(await h1()).toBe('Twente');
  });

  it("shows Twente's five spearheads and its T value with its interval", async () => {
    const spearheads = await page.getByTestId('spearhead').allInnerTexts();
    expect(spearheads).toEqual([
      'Bouw',
      'Voeding',
      'Slimme systemen en materialen',
      'Technologie en gezondheid',
      'Technologie en veiligheid',
    ]);
    const tValue = page.getByTestId('t-value');
    await expect
      .poll(() => tValue.count(), { message: 'T shown (needs GET /api/regions/NL213/helix)' })
      .toBe(1);
    expect(await tValue.innerText()).toMatch(/^T = −?-?\d+(,\d)? millibit$/);
    expect(await page.getByTestId('t-explanation').innerText()).toMatch(/projecten/);
  });

  it("shows Twente's index as an edition with the regions compared and Regiokracht's groups", async () => {
    const facts = page.getByTestId('index-facts');
    await expect.poll(() => facts.count()).toBe(1);
    expect(await facts.innerText()).toMatch(
      /Editie\s+20\d\d \(per indicator het meest recente jaar van 20\d\d tot en met 20\d\d\)/,
    );
    expect(await facts.innerText()).toMatch(/Vergeleken met\s+\d{3} regio’s/);
    expect(await page.getByTestId('index-groups-note').innerText()).toMatch(
      /niet de officiële RIS-groepen/,
    );
  });

  it('switches to English, with <html lang> and every text in English', async () => {
    await navigateBy(page, () => page.getByTestId('lang-switch').click());
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#topic-1-heading').innerText()).toContain(
      'The regional innovation system',
    );
    expect(await page.getByTestId('t-value').innerText()).toMatch(/millibits$/);
    expect(await page.getByTestId('spearhead').first().innerText()).toBe('Construction');
  });

  it('compares Twente with Noord-Brabant', async () => {
    await navigateBy(page, () => page.getByTestId('compare-link').click());
    expect(await h1()).toBe('Compare regions');
    await page.locator('#compare-region').selectOption('NL41');
    await navigateBy(page, () => page.locator('#compare-add').click());
    const url = new URL(page.url());
    expect(url.searchParams.get('regio')).toBe('NL213,NL41');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(await page.getByTestId('compare-regions').innerText()).toBe(
      'You are comparing: Twente, North Brabant.',
    );
    const topic1 = page.getByTestId('compare-topic-1');
    await expect.poll(() => topic1.locator('thead th').count()).toBe(3);
    expect(await topic1.locator('tbody tr').first().innerText()).toMatch(
      /Projects\s+[\d,]+\s+[\d,]+/,
    );
    // Twente's index is Overijssel's (COROP areas take their province's), and the table says so.
    const computedFor = page
      .getByTestId('compare-topic-3')
      .locator('tbody tr', { hasText: 'Index computed for' });
    expect(await computedFor.innerText()).toMatch(/NL21\s+NL41$/);
    // Both index columns come from the same edition and the same reference set, and say so.
    const edition = page
      .getByTestId('compare-topic-3')
      .locator('tbody tr', { hasText: 'Index: edition or year' });
    expect(await edition.innerText()).toMatch(
      /edition (20\d\d) \(data \d{4}–\1\), (\d{3}) regions\s+edition \1 \(data \d{4}–\1\), \2 regions$/,
    );
  });

  it("opens Twente's collaboration network and filters it by key area", async () => {
    await navigateBy(page, () => page.getByRole('link', { name: 'Network', exact: true }).click());
    await page.locator('#network-region').selectOption('NL213');
    await navigateBy(page, () => page.locator('#network-show').click());
    expect(new URL(page.url()).pathname).toBe('/netwerk/NL213');
    expect(await h1()).toBe('Collaboration network of Twente');
    await expect.poll(() => page.locator('svg.rk-network circle').count()).toBeGreaterThan(5);
    const top = page.getByTestId('network-top-table');
    expect(await top.locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await top.locator('tbody tr').first().innerText()).toContain('UNIVERSITEIT TWENTE');
    expect(await page.getByTestId('gexf').getAttribute('href')).toBe(
      '/api/regions/NL213/network.gexf',
    );
  });

  it('filters the network by key area (needs GET /api/regions/:code/network?key_area=)', async () => {
    await page.locator('#network-keyarea').selectOption('topsectoren-2011/htsm');
    await navigateBy(page, () => page.locator('#network-show').click());
    expect(new URL(page.url()).searchParams.get('sleutelgebied')).toBe('topsectoren-2011/htsm');
    expect(await h1()).toBe('Collaboration network of Twente');
    // The page names a filter only when the server applied it; otherwise it says so.
    const unavailable = await page.getByTestId('keyarea-filter-unavailable').count();
    const applied = await page.locator('svg.rk-network').getAttribute('data-key-area');
    expect({ applied, unavailable }).toEqual({ applied: 'topsectoren-2011/htsm', unavailable: 0 });
  });

  it('searches good practices', async () => {
    await navigateBy(page, () =>
      page.getByRole('link', { name: 'Good practices', exact: true }).click(),
    );
    await page.locator('#practices-q').fill('cleanroom');
    await navigateBy(page, () => page.locator('#practices-submit').click());
    expect(new URL(page.url()).searchParams.get('q')).toBe('cleanroom');
    expect(await page.getByTestId('practices-count').innerText()).toBe('1 good practice found');
    expect(await page.getByTestId('practices').innerText()).toContain(
      'Testvoorbeeld: gedeelde cleanroom',
    );
    await page.locator('#practices-q').fill('zeppelin');
    await navigateBy(page, () => page.locator('#practices-submit').click());
    expect(await page.getByTestId('practices-count').innerText()).toBe('0 good practices found');
  });

  it('finds the region of Enschede with the contact points and funds public sources name for it', async () => {
    await navigateBy(page, () => page.getByRole('link', { name: 'SME desk', exact: true }).click());
    await page.locator('#sme-q').fill('Enschede');
    await navigateBy(page, () => page.locator('#sme-submit').click());
    const match = await page.getByTestId('sme-match').innerText();
    expect(match).toContain('Enschede');
    expect(match).toContain('Twente (NL213)');
    const points = page.getByTestId('contact-points').getByTestId('contact-point');
    expect(await points.first().innerText()).toContain('Innovatiefonds Twente');
    expect(await page.getByTestId('sme-funds').innerText()).toContain('Innovatiefonds Twente');
    expect(await page.getByTestId('sme-clusters').locator('li').count()).toBe(5);
  });

  it('switches back to Dutch, and the browser remembers that choice', async () => {
    // The English chosen above is remembered: an address without a language opens in English.
    await openPage(page, `${server.url}/bronnen`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await navigateBy(page, () => page.getByTestId('lang-switch').click());
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await openPage(page, `${server.url}/bronnen`);
    expect(await h1()).toBe('Bronnen');
  });

  it('compares Twente with Stuttgart and Antwerp: not available with the reason, years instead of 0', async () => {
    for (const lang of ['nl', 'en'] as const) {
      await openPage(
        page,
        `${server.url}/vergelijk?regio=NL213,DE11,BE21${lang === 'en' ? '&lang=en' : ''}`,
      );
      const na = lang === 'nl' ? 'n.b.' : 'n/a';
      const topic1 = page.getByTestId('compare-topic-1');
      await expect.poll(() => topic1.locator('thead th').count()).toBe(4);
      const projects = topic1.locator('tbody tr', {
        hasText: lang === 'nl' ? 'Projecten' : 'Projects',
      });
      const cells = projects.first().locator('td');
      expect(await cells.nth(0).innerText()).toMatch(/^[\d.,]+$/);
      expect(await cells.nth(1).innerText()).toMatch(new RegExp(`^${na.replace('.', '\\.')}`));
      expect(await cells.nth(2).innerText()).toMatch(new RegExp(`^${na.replace('.', '\\.')}`));
      const basis = topic1.locator('tbody tr').last();
      const basisText = await basis.innerText();
      expect(basisText).toMatch(/20\d\d–20\d\d/);
      expect(basisText).toContain(lang === 'nl' ? 'niet beschikbaar' : 'not available');
      // The reasons are listed once under the table, each marked in its cells.
      const reasons = (
        await page.getByTestId('compare-notes-1').locator('li').allInnerTexts()
      ).join('\n');
      expect(reasons).toContain(lang === 'nl' ? 'Duitsland' : 'Germany');
      expect(reasons).toContain(lang === 'nl' ? 'België' : 'Belgium');
      // No count of a region the data cannot measure is shown as 0.
      const abroad = await topic1
        .locator('tbody tr td:nth-child(3), tbody tr td:nth-child(4)')
        .allInnerTexts();
      expect(abroad.filter((text) => /^0$/.test(text.trim()))).toEqual([]);
      const topic2 = page.getByTestId('compare-topic-2');
      expect(await topic2.locator('tbody tr').first().locator('td').nth(1).innerText()).toMatch(
        new RegExp(`^${na.replace('.', '\\.')}`),
      );
      for (const width of [1366, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({
          path: `${SCREENSHOTS}compare-abroad-${lang}-${width}.png`,
          fullPage: true,
        });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("says on Stuttgart's profile and network page that they are not available, and why", async () => {
    await openPage(page, `${server.url}/regio/DE11`);
    // Topic 1 (helix), the links with other regions and topic 2 (key areas).
    const notAvailable = page.getByTestId('not-available');
    expect(await notAvailable.count()).toBe(3);
    expect(await notAvailable.first().innerText()).toContain('niet beschikbaar');
    expect(await notAvailable.first().innerText()).toContain('alleen op landniveau geplaatst');
    expect(await page.getByTestId('helix-composition').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}region-stuttgart-nl.png`, fullPage: true });
    await openPage(page, `${server.url}/netwerk/DE11?lang=en`);
    expect(await page.getByTestId('not-available').innerText()).toContain(
      'organisations in Germany are placed at country level only',
    );
    expect(await page.getByTestId('network-facts').count()).toBe(0);
  });

  it('says why a region has no index, on its profile and under the compare table', async () => {
    for (const lang of ['nl', 'en'] as const) {
      // Montenegro has too few own values of the index indicators to be compared.
      const api = (await (
        await fetch(`${server.url}/api/regions/ME00/index?lang=${lang}`)
      ).json()) as { index: number | null; reason_code: string | null; reason: string | null };
      expect(api).toMatchObject({ index: null, reason_code: 'too_few_own_values' });
      await openPage(page, `${server.url}/regio/ME00${lang === 'en' ? '?lang=en' : ''}`);
      const none = page.getByTestId('index-none');
      await expect.poll(() => none.count()).toBe(1);
      expect(await none.innerText()).toContain(`: ${api.reason!}.`);
      await page.screenshot({ path: `${SCREENSHOTS}index-none-${lang}.png`, fullPage: true });
      await openPage(
        page,
        `${server.url}/vergelijk?regio=NL213,ME00${lang === 'en' ? '&lang=en' : ''}`,
      );
      const topic3 = page.getByTestId('compare-topic-3');
      await expect.poll(() => topic3.getByTestId('index-none').count()).toBeGreaterThan(0);
      const notes = await page.getByTestId('compare-notes-3').locator('li').allInnerTexts();
      expect(notes).toContain(api.reason!);
    }
  });

  it("states the coverage of Twente's figures under topics 1 and 2", async () => {
    await openPage(page, `${server.url}/regio/NL213`);
    const coverage = page.getByTestId('coverage');
    expect(await coverage.count()).toBe(2);
    expect(await coverage.first().innerText()).toMatch(
      /^\d+% van de deelnames van organisaties in Nederland \(\d+% van de EU-bijdrage\) is geplaatst op NUTS 3/,
    );
    expect(await coverage.first().innerText()).toMatch(
      /Projecten met startjaar 2014 tot en met 20\d\d\./,
    );
  });

  it('lists the sources folded, says how their date is known and why records outnumber lines', async () => {
    await openPage(page, `${server.url}/bronnen`);
    const cards = page.locator('[data-testid="sources"] > li');
    expect(await cards.count()).toBeGreaterThan(20);
    // Loaded from a local data directory that no `data pull` recorded: the date is the import's.
    expect(await page.getByText('Opgehaald op').count()).toBeGreaterThan(20);
    await expect
      .poll(() => page.getByText(/^niet bekend: uit een lokaal bestand ingelezen op \d/).count())
      .toBeGreaterThan(20);
    // The runs are folded: no import table is visible until its summary is opened.
    expect(await page.locator('details.rk-sources__runs[open]').count()).toBe(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(9000);
    const cordis = cards.filter({ hasText: 'h2020_participations_eunets.csv.gz' });
    await cordis.locator('summary').click();
    await expect
      .poll(() =>
        cordis
          .locator('td')
          .filter({ hasText: /^144\.726 regels gelezen; gegevens: / })
          .count(),
      )
      .toBe(1);
    expect(
      await cordis.getByText(/meer gegevens nieuw zijn dan er regels zijn gelezen/).count(),
    ).toBe(1);
  });

  it("names Twente's most central organisations on the picture, readable at 360 px, and explains its counts", async () => {
    await openPage(page, `${server.url}/netwerk/NL213`);
    const labels = page.locator('[data-testid="network-graph"] .rk-network__labels text');
    const named = await labels.allTextContents();
    expect(named.length).toBeGreaterThanOrEqual(4);
    expect(named.length).toBeLessThanOrEqual(8);
    expect(named[0]).toBe('UNIVERSITEIT TWENTE');
    // No two labels overlap.
    const boxes = await labels.evaluateAll((texts) =>
      texts.map((text) => {
        const b = text.getBoundingClientRect();
        return [b.left, b.top, b.right, b.bottom];
      }),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!).toBe(false);
    const counted = await page.getByTestId('network-counted').innerText();
    expect(counted).toMatch(
      /^Het netwerk telt de 50 organisaties .* alle 53 in de regio geplaatste organisaties: ook de 3 die/,
    );
    await page.setViewportSize({ width: 360, height: 780 });
    try {
      await openPage(page, `${server.url}/netwerk/NL213`);
      const heights = await labels.evaluateAll((texts) =>
        texts.map((text) => text.getBoundingClientRect().height),
      );
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(10);
      await page.screenshot({ path: `${SCREENSHOTS}network-nl-360.png`, fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await openPage(page, `${server.url}/regio/NL213`);
    expect(await page.getByTestId('helix-counted').innerText()).toContain(
      'ook die in de geladen projectgegevens aan geen project deelnemen',
    );
  });

  it('keeps the Dutch menu on one row at 1366 px, and at 360 px whole words in titles and whole columns in compare', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    try {
      await openPage(page, `${server.url}/`);
      const rows = await page
        .locator('.rk-nav__link')
        .evaluateAll((links) => new Set(links.map((l) => l.getBoundingClientRect().top)).size);
      expect(rows).toBe(1);
      await page.setViewportSize({ width: 360, height: 780 });
      await openPage(page, `${server.url}/netwerk/NL213`);
      // One line box for the long compound: the word is not broken in the middle.
      const lines = await page.locator('h1').evaluate((h1) => {
        const text = h1.firstChild!;
        const start = text.textContent!.indexOf('Samenwerkingsnetwerk');
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 'Samenwerkingsnetwerk'.length);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
      await openPage(page, `${server.url}/vergelijk?regio=NL213,NL41`);
      const scroll = page.getByTestId('compare-topic-1').locator('xpath=..');
      const [scrollWidth, clientWidth] = await scroll.evaluate((el) => [
        el.scrollWidth,
        el.clientWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await page.screenshot({ path: `${SCREENSHOTS}compare-nl-360-columns.png`, fullPage: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('says that a code no region has is left out of the comparison instead of adding a column', async () => {
    await openPage(page, `${server.url}/vergelijk?regio=NL213,XX99`);
    expect(await page.getByTestId('compare-unknown').innerText()).toContain(
      'Er is geen regio met de code XX99',
    );
    const headers = await page.getByTestId('compare-topic-1').locator('thead th').allTextContents();
    expect(headers).toHaveLength(2);
    expect(headers.join(' ')).not.toMatch(/XX99|niet beschikbaar/);
    await navigateBy(page, () =>
      page.getByRole('link', { name: 'Haal de code uit het adres' }).click(),
    );
    expect(new URL(page.url()).search).toBe('?regio=NL213');
  });

  it("says what Twente's key areas are classified by, and heads the index trend by edition", async () => {
    await openPage(page, `${server.url}/regio/NL213`);
    expect(await page.getByTestId('keyareas-classification').innerText()).toMatch(
      /^Projecten zijn ingedeeld naar hun programmaonderdeel van Horizon 2020/,
    );
    const trend = page.getByTestId('index-trend');
    expect((await trend.locator('thead th').first().textContent())?.trim()).toBe('Editie');
  });

  it("names Overijssel in Twente's index titles and gives each value the year it was measured", async () => {
    await openPage(page, `${server.url}/regio/NL213`);
    const trend = page.getByTestId('index-trend');
    expect(await trend.textContent()).toContain(
      'Ontwikkeling van de innovatie-index van Overijssel (de provincie waarin Twente ligt)',
    );
    const scores = page.locator('details', {
      hasText: 'Indicatoren in de index van Overijssel (de provincie waarin Twente ligt)',
    });
    await expect.poll(() => scores.count()).toBe(1);
    // Patents are measured in 2011 and 2012 only: the latest edition carries the 2012 value.
    const patents = scores.locator('tbody tr', {
      hasText: 'Octrooiaanvragen bij het Europees Octrooibureau',
    });
    expect(await patents.first().textContent()).toMatch(
      /\(2011\) → [\d.,]+ \(2012, editie 20\d\d\)/,
    );
  });

  const PAGES: readonly (readonly [string, string])[] = [
    ['home', '/'],
    ['map', '/kaart?indicator=rd_e_gerdreg_pc_gdp_total&level=2&area=nl'],
    ['map-europe-nuts3', '/kaart?indicator=pat_ep_rtot_p_mhab&level=3&area=eu'],
    ['region-twente', '/regio/NL213'],
    ['region-overijssel', '/regio/NL21'],
    ['compare', '/vergelijk?regio=NL213,NL41'],
    ['compare-abroad', '/vergelijk?regio=NL213,DE11,BE21'],
    ['network', '/netwerk/NL213'],
    ['practices', '/praktijken'],
    ['sme-enschede', '/mkb?q=Enschede'],
    ['sources', '/bronnen'],
    ['not-found', '/bestaat-niet'],
  ];

  // One test per page and language, so that each reports on its own (axe on a big page takes a while).
  describe.each(['nl', 'en'] as const)('in %s', (lang) => {
    it.each(PAGES)('%s has no serious or critical axe violations', async (name, path) => {
      await openAt(page, `${server.url}${path}`, { lang });
      expect(await htmlLang(page)).toBe(lang);
      await page.screenshot({ path: `${SCREENSHOTS}${name}-${lang}.png`, fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it('holds its layout at 360 px wide', async () => {
    const narrow = PAGES.filter(([n]) =>
      ['home', 'region-twente', 'compare', 'compare-abroad', 'sme-enschede'].includes(n),
    ).map(([name, path]) => [name, `${server.url}${path}`] as const);
    expect(await pagesWiderThan(page, narrow)).toEqual([]);
  });

  it('can be used with the keyboard: skip link first, visible focus, heading focused after navigation', async () => {
    await openPage(page, `${server.url}/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(skip).toEqual({ text: 'Direct naar de inhoud', href: '#inhoud' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px');
    await navigateBy(page, () =>
      page.getByRole('link', { name: 'Bronnen' }).first().press('Enter'),
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('offers the exports of a region profile, and every export link answers', async () => {
    await openPage(page, `${server.url}/regio/NL213`);
    const links = await page
      .getByTestId('exports')
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThanOrEqual(4);
    const answers = await Promise.all(
      links.map(
        async (href) => `${(await page.request.get(`${server.url}${href}`)).status()} ${href}`,
      ),
    );
    expect(answers).toEqual(links.map((href) => `200 ${href}`));
  });

  it('finds every analytics endpoint the pages are built on', async () => {
    const paths = [
      '/api/regions/NL213/helix',
      '/api/regions/NL213/network',
      '/api/regions/NL213/keyareas?taxonomy=topsectoren-2011&measure=participations&reference=NL',
      '/api/regions/NL213/index',
      '/api/index?level=2&year=2012&reference=EU',
    ];
    const answers = await Promise.all(
      paths.map(async (path) => {
        const response = await page.request.get(`${server.url}${path}`);
        const problem = response.ok() ? '' : ` ${(await response.text()).slice(0, 300)}`;
        return `${response.status()} ${path}${problem}`;
      }),
    );
    expect(answers).toEqual(paths.map((path) => `200 ${path}`));
  });

  it('ran without script errors in the page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
