import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/importers/run-import.js';
import { tercetImporter } from '../../src/importers/tercet/tercet-importer.js';
import type { AppServer } from './support/app-server.js';
import { inLanguage, SCREENSHOTS, useBrowserApp } from './support/browser-app.js';
import { navigateBy, openPage, seriousViolations, overflow } from './support/browser.js';

/** What the administrator types; every name says Test where it is made up. */
const POINT = {
  name: 'Test Ondernemersloket Enschede',
  organisation: 'Test Gemeente Enschede',
  helps_with: 'Vergunningen, financiering en innovatie',
  address: 'Teststraat 12',
  postcode: '7511ja',
  town: 'Enschede',
  phone: '053 000 1234',
  email: 'ondernemersloket@example.test',
  website: 'https://example.test/ondernemers',
  opening_hours: 'ma–vr 9.00–17.00',
  languages: 'nl, en, de',
  municipalities: 'Enschede',
  source_url: 'https://example.test/bron',
};

/** The shared TERCET selection has no postcode in 7511: one row in the publisher's format. */
async function loadTestPostcode(server: AppServer): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'rk-sme-e2e-'));
  try {
    const tercet = join(dir, 'pc2020_NL_NUTS-2021_test.csv');
    await writeFile(tercet, "NUTS3;CODE\n'NL213';'7511 JA'\n");
    await runImport(server.store, tercetImporter, tercet);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The SME desk in Chromium on the real data: an administrator adds a contact point for Enschede
 * with every field (a malformed e-mail is named beside its field first); an anonymous visitor
 * finds it from "Enschede", from the postcode area "7511" (one TERCET row loaded for it) and
 * from "Twente", with phone, e-mail and address; Dutch and English, 1366 and 360 px, axe clean.
 */
describe('SME contact points in the SME desk in Chromium', () => {
  let server: AppServer;
  let adminPage: Page;
  let page: Page;
  let pageErrors: readonly string[];

  useBrowserApp({ seed: loadTestPostcode }, async (app) => {
    ({ server, page, pageErrors } = app);
    ({ page: adminPage } = await app.newBrowser({ role: 'administrator' }));
  });

  it('lets an administrator add a contact point with every field, naming a malformed e-mail beside its field', async () => {
    await openPage(adminPage, `${server.url}/mkb`);
    await navigateBy(adminPage, () =>
      adminPage.getByRole('link', { name: 'Contactpunt toevoegen' }).click(),
    );
    for (const [field, value] of Object.entries(POINT))
      await adminPage.locator(`#cp-${field}`).fill(value);
    for (const channel of ['balie', 'telefoon', 'e-mail'])
      await adminPage.getByLabel(channel, { exact: true }).check();
    await adminPage.locator('#cp-regions').selectOption(['NL213']);
    await adminPage.locator('#cp-email').fill('ondernemersloket-at-example');
    await adminPage.locator('#sme-save').click();
    const fieldError = adminPage.locator('[data-field="email"] .rk-form__error');
    await expect.poll(() => fieldError.isVisible()).toBe(true);
    expect(await fieldError.innerText()).toContain('is not an e-mail address');
    expect(await seriousViolations(adminPage)).toEqual([]);
    await adminPage.screenshot({
      path: `${SCREENSHOTS}sme-contact-form-error-nl.png`,
      fullPage: true,
    });

    await adminPage.locator('#cp-email').fill(POINT.email);
    await navigateBy(adminPage, () => adminPage.locator('#sme-save').click());
    expect(new URL(adminPage.url()).pathname).toMatch(/^\/mkb\/contactpunten\/cp-test-/);
    expect(await adminPage.getByTestId('sme-status').innerText()).toContain('Gepubliceerd');
  });

  for (const lang of ['nl', 'en'] as const) {
    it.each(['Enschede', '7511', 'Twente'])(
      `shows the contact point to an anonymous visitor who searches %s (${lang})`,
      async (q) => {
        await openPage(page, `${server.url}${inLanguage(`/mkb?q=${encodeURIComponent(q)}`, lang)}`);
        const card = page.getByTestId('contact-point').filter({ hasText: POINT.name });
        expect(await card.count()).toBe(1);
        expect(await card.getByTestId('contact-phone').innerText()).toContain('053 000 1234');
        expect(await card.getByTestId('contact-email').innerText()).toContain(POINT.email);
        const address = await card.getByTestId('contact-address').innerText();
        expect(address).toContain('Teststraat 12');
        expect(address).toContain('7511 JA Enschede');
        expect(await card.getByTestId('contact-channels').innerText()).toContain(
          lang === 'nl' ? 'balie, telefoon, e-mail' : 'desk, phone, e-mail',
        );
        expect(await card.innerText()).not.toContain('desk|phone');
        expect(await seriousViolations(page)).toEqual([]);
        const name = `sme-${q.toLowerCase()}-${lang}`;
        await page.setViewportSize({ width: 1366, height: 900 });
        await page.screenshot({ path: `${SCREENSHOTS}${name}-1366.png`, fullPage: true });
        await page.setViewportSize({ width: 360, height: 780 });
        try {
          expect(await overflow(page)).toBeLessThanOrEqual(0);
          await page.screenshot({ path: `${SCREENSHOTS}${name}-360.png`, fullPage: true });
        } finally {
          await page.setViewportSize({ width: 1366, height: 900 });
        }
      },
    );
  }

  it('says which formats it understands for a postcode the loaded data does not cover', async () => {
    await openPage(page, `${server.url}/mkb?q=${encodeURIComponent('7522 NB')}&lang=en`);
    expect(await page.getByTestId('sme-nomatch').innerText()).toMatch(
      /^Postcode 7522 NB is not in the loaded postcode data/,
    );
    expect(await page.getByTestId('sme-formats').innerText()).toContain('7543 GV or 7543GV');
    expect(pageErrors).toEqual([]);
  });
});
