import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/importers/run-import.js';
import { tercetImporter } from '../../src/importers/tercet/tercet-importer.js';
import { sharedDataDir } from '../support/test-store.js';
import type { AppServer } from './support/app-server.js';
import { openAt, useBrowserApp } from './support/browser-app.js';
import { LANGS, screenshots } from './support/screenshots.js';
import { addTestPractice } from './support/test-practice.js';

/**
 * What an anonymous reader is told where a figure, a count or an example could mislead, in
 * Chromium on the regions and starter content (Twente's five spearheads), one published test
 * practice and the Dutch postcodes of the shared GISCO TERCET selection.
 */
describe('the pages an anonymous reader sees, without misleading figures', () => {
  let server: AppServer;
  let page: Page;
  useBrowserApp(
    {
      openData: false,
      seed: async (started) => {
        await addTestPractice(started.store, {
          id: 'e2e-test-practice',
          title: 'Testvoorbeeld: gedeelde cleanroom voor het mkb',
          description: 'Testinvoer van de browsertest: bedrijven delen een cleanroom.',
        });
        await runImport(
          started.store,
          tercetImporter,
          join(sharedDataDir, 'official', 'tercet', 'pc2020_NL_NUTS-2021_v2.0_selection.csv'),
        );
      },
    },
    (app) => ({ server, page } = app),
  );

  for (const lang of LANGS) {
    it(`compares spearheads as "not registered" where a region registered none, not 0 (${lang})`, async () => {
      await openAt(page, `${server.url}/vergelijk?regio=NL213,NL21,DE11`, { lang, width: 1366 });
      const row = page
        .getByTestId('compare-topic-3')
        .locator('tbody tr', { hasText: lang === 'nl' ? 'Speerpunten' : 'Spearheads' });
      await expect.poll(() => row.count()).toBe(1);
      const none = lang === 'nl' ? 'niet geregistreerd' : 'not registered';
      expect(await row.locator('td').allInnerTexts()).toEqual(['5', none, none]);
      expect(await row.getByTestId('spearheads-none').first().getAttribute('title')).toBe(
        lang === 'nl'
          ? 'Voor Overijssel zelf zijn geen speerpunten of clusters geregistreerd.'
          : 'No spearheads or clusters are registered for Overijssel itself.',
      );
      await screenshots(page, `compare-spearheads-${lang}`);
    });

    it(`counts the practices that match the search beside each filter value (${lang})`, async () => {
      const topic =
        lang === 'nl' ? 'Het regionale innovatiesysteem' : 'The regional innovation system';
      await openAt(page, `${server.url}/praktijken?q=water`, { lang, width: 1366 });
      expect(await page.getByTestId('practices-count').innerText()).toMatch(/^0 /);
      expect(await page.locator('#practices-topic option').allInnerTexts()).toContain(
        `${topic} (0)`,
      );
      expect(await page.locator('#practices-region option').allInnerTexts()).toContain(
        'Twente (0)',
      );
      await screenshots(page, `practices-nomatch-${lang}`);
      await openAt(page, `${server.url}/praktijken?q=cleanroom`, { lang, width: 1366 });
      expect(await page.locator('#practices-topic option').allInnerTexts()).toContain(
        `${topic} (1)`,
      );
      expect(await page.locator('#practices-region option').allInnerTexts()).toContain(
        'Twente (1)',
      );
    });

    it(`shows the follow-up's login notice without asking the login-only API (${lang})`, async () => {
      const asked: string[] = [];
      const consoleErrors: string[] = [];
      const onRequest = (request: { url(): string }) => {
        if (new URL(request.url()).pathname.startsWith('/api/commitments'))
          asked.push(request.url());
      };
      const onConsole = (message: { type(): string; text(): string }) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      };
      page.on('request', onRequest);
      page.on('console', onConsole);
      try {
        await openAt(page, `${server.url}/opvolging`, { lang, width: 1366 });
        expect(await page.getByTestId('sign-in-notice').count()).toBe(1);
      } finally {
        page.off('request', onRequest);
        page.off('console', onConsole);
      }
      expect(asked).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await screenshots(page, `follow-up-anonymous-${lang}`);
    });

    it(`finds Twente from every postcode the SME desk's hint gives as an example (${lang})`, async () => {
      await openAt(page, `${server.url}/mkb`, { lang, width: 1366 });
      const hint = await page.locator('#sme-q-hint').innerText();
      const examples = [...hint.matchAll(/\b[1-9][0-9]{3}(?: ?[A-Z]{2})?\b/g)].map((m) => m[0]);
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        await openAt(page, `${server.url}/mkb?q=${encodeURIComponent(example)}`, { lang });
        expect(await page.getByTestId('sme-nomatch').count(), example).toBe(0);
        expect(await page.getByTestId('sme-match').first().innerText(), example).toContain(
          'Twente (NL213)',
        );
      }
      await screenshots(page, `sme-postcode-example-${lang}`);
    });
  }
});
