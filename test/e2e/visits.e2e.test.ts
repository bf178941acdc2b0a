import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server.js';
import { openAt, pagesWiderThan, SCREENSHOTS, useBrowserApp } from './support/browser-app.js';
import { htmlLang, navigateBy, openPage, seriousViolations } from './support/browser.js';
import { csrfHeader } from './support/login.js';

/** A date `days` from today in the Netherlands (negative: in the past), YYYY-MM-DD. */
function dutchDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/**
 * The visit programme of issue 6 in Chromium, against the built web application and a server
 * loaded with the real data in ../shared/data: plan a visit to Twente, open its dossier, record a
 * finding and an overdue commitment, follow it up, choose the next region and try a weight,
 * write and publish a good practice, and meet a conflicting save. Every new page then goes
 * through axe-core in Dutch and English; screenshots go to test-artifacts/screenshots/.
 */
describe('the visit programme in Chromium on the real data', () => {
  let server: AppServer;
  let page: Page;
  let pageErrors: readonly string[];
  let context: BrowserContext;
  let visitPath = '';
  let practicePath = '';
  const visitDate = dutchDate(21);
  const overdueDate = dutchDate(-10);
  // Writes are for logged-in editors: an analyst logs in, and the browser keeps the session.
  useBrowserApp({ role: 'analyst' }, (app) => ({ server, page, pageErrors, context } = app));

  const h1 = () => page.locator('h1').first().innerText();
  const path = () => new URL(page.url()).pathname;

  describe('an analyst plans a visit and follows it up', () => {
    it('plans a visit to Twente with venue, hosts, participants and an agenda per topic', async () => {
      await openPage(page, `${server.url}/`);
      await navigateBy(page, () =>
        page.getByRole('link', { name: 'Bezoeken', exact: true }).click(),
      );
      expect(await h1()).toBe('Bezoeken');
      await page.locator('#plan-region').selectOption('NL213');
      await page.locator('#plan-date').fill(visitDate);
      await page.locator('#plan-venue').fill('Saxion, Enschede');
      await page.locator('#plan-hosts').fill('Innovatieplatform Twente');
      await page.locator('#plan-participants').fill('Innovatieplatform; Provincie Overijssel');
      await page.locator('#plan-agenda-1').fill('Samenwerking in de helix\nHet MKB-loket');
      await page.locator('#plan-agenda-3').fill('Het investeringsfonds');
      await navigateBy(page, () => page.locator('#plan-submit').click());

      expect(path()).toMatch(/^\/bezoeken\/visit-/);
      visitPath = path();
      expect(await h1()).toMatch(/^Bezoek aan Twente, /);
      expect(await page.getByTestId('flash').innerText()).toContain('is gepland');
      expect(await page.getByTestId('visit-details').innerText()).toContain('Saxion, Enschede');
      expect(await page.getByTestId('agenda').locator('li').allInnerTexts()).toEqual([
        'Samenwerking in de helix (thema 1)',
        'Het MKB-loket (thema 1)',
        'Het investeringsfonds (thema 3)',
      ]);
    });

    it("opens Twente's dossier as PDF and as HTML", async () => {
      const answers: string[] = [];
      for (const format of ['pdf', 'html']) {
        const link = await page.getByTestId(`dossier-${format}`).getAttribute('href');
        expect(link).toBe(`/api/regions/NL213/dossier.${format}?lang=nl`);
        const response = await page.request.get(`${server.url}${link}`);
        answers.push(`${response.status()} ${response.headers()['content-type']}`);
      }
      expect(answers[0]).toBe('200 application/pdf');
      expect(answers[1]).toMatch(/^200 text\/html/);
      expect(await page.getByTestId('region-history').getAttribute('href')).toBe(
        '/regio/NL213#bezoeken',
      );
    });

    it('records a finding on the first topic', async () => {
      await page.locator('#finding-add-topic').selectOption('1');
      await page
        .locator('#finding-add-text')
        .fill('Bedrijven en de universiteit delen een cleanroom; het MKB weet die te vinden.');
      await navigateBy(page, () => page.locator('#finding-add-submit').click());
      expect(await page.getByTestId('flash').innerText()).toBe('De bevinding is toegevoegd.');
      expect(
        await page.getByTestId('findings-topic-1').getByTestId('finding-text').innerText(),
      ).toBe('Bedrijven en de universiteit delen een cleanroom; het MKB weet die te vinden.');
    });

    it('names the empty required field of a commitment before sending it', async () => {
      await page.locator('#commitment-add-owner').fill('Innovatieplatform Twente');
      await page.locator('#commitment-add-submit').click();
      const error = page.getByTestId('commitment-add-form').getByTestId('form-error');
      await expect.poll(() => error.count()).toBe(1);
      expect(await error.getAttribute('role')).toBe('alert');
      expect(await error.innerText()).toContain('Vul het veld “Toezegging” in.');
      expect(await page.locator('#commitment-add-description').getAttribute('aria-invalid')).toBe(
        'true',
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(
        'commitment-add-description',
      );
      await page
        .getByTestId('commitment-add-form')
        .screenshot({ path: `${SCREENSHOTS}form-error-nl.png` });
    });

    it('records a commitment whose due date has passed, marked overdue in words', async () => {
      await page.locator('#commitment-add-description').fill('Verslag van het bezoek rondsturen');
      await page.locator('#commitment-add-due').fill(overdueDate);
      await navigateBy(page, () => page.locator('#commitment-add-submit').click());
      expect(await page.getByTestId('flash').innerText()).toBe('De toezegging is toegevoegd.');
      const commitment = page.getByTestId('commitment').first();
      expect(await commitment.innerText()).toContain('Verslag van het bezoek rondsturen');
      expect(await commitment.getByTestId('overdue').innerText()).toMatch(
        /Te laat: 10 dagen over de datum/,
      );
    });

    it('sees the commitment as overdue in the follow-up overview', async () => {
      await navigateBy(page, () =>
        page.getByRole('link', { name: 'Opvolging', exact: true }).first().click(),
      );
      expect(await h1()).toBe('Opvolging');
      await page.locator('#follow-up-status').selectOption('overdue');
      await navigateBy(page, () => page.locator('#follow-up-submit').click());
      expect(new URL(page.url()).searchParams.get('status')).toBe('overdue');
      const rows = page.getByTestId('follow-up').locator('tbody tr');
      expect(await rows.count()).toBe(1);
      const row = await rows.first().innerText();
      expect(row).toContain('Verslag van het bezoek rondsturen');
      expect(row).toContain('Te laat');
      expect(row).toContain('Twente');
      expect(await page.getByTestId('follow-up-counts').innerText()).toMatch(/Waarvan te laat\s+1/);
    });

    it('sees which region the ranking proposes next, and why', async () => {
      await navigateBy(page, () =>
        page.getByRole('link', { name: 'Volgende regio', exact: true }).click(),
      );
      expect(await h1()).toBe('Volgende regio');
      const first = await page
        .getByTestId('ranking')
        .locator('tbody tr')
        .first()
        .locator('th')
        .innerText();
      expect(await page.locator('#proposal-heading').innerText()).toBe(`Voorstel: ${first}`);
      expect(await page.getByTestId('proposal-why').innerText()).toContain(first);
      expect(await page.getByTestId('proposal-parts').locator('li').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('excluded').innerText()).toContain('Twente');
      expect(await page.getByTestId('ranking').locator('thead').innerText()).toContain(
        'Tijd sinds het laatste bezoek (gewicht 0,30)',
      );
    });

    it('keeps the months control in the address', async () => {
      await page.locator('#next-months').fill('0');
      await navigateBy(page, () => page.locator('#next-months-submit').click());
      expect(new URL(page.url()).searchParams.get('maanden')).toBe('0');
      expect(await page.getByTestId('excluded').count()).toBe(0);
      expect(await page.getByTestId('ranking').innerText()).toContain('Twente');
    });

    it('tries a weight: the ranking uses it, the saved weights stay', async () => {
      await page.locator('#try-recency').fill('0,5');
      await navigateBy(page, () => page.locator('#try-submit').click());
      expect(new URL(page.url()).searchParams.get('gewicht-recency')).toBe('0.5');
      expect(await page.getByTestId('trying').innerText()).toContain('niet opgeslagen');
      expect(await page.getByTestId('ranking').locator('thead').innerText()).toContain(
        'Tijd sinds het laatste bezoek (gewicht 0,50)',
      );
      // Saving is an administrator's act: the analyst gets no save form.
      expect(await page.getByTestId('weights-form').count()).toBe(0);
      const saved = await page.request.get(`${server.url}/api/next-visit/weights`);
      expect(((await saved.json()) as { recency: number }).recency).toBe(0.3);
    });

    it('refuses weights that are not numbers, naming the field', async () => {
      await page.locator('#try-gaps').fill('veel');
      await page.locator('#try-submit').click();
      const error = page.getByTestId('try-weights-form').getByTestId('form-error');
      await expect.poll(() => error.count()).toBe(1);
      expect(await error.innerText()).toContain('Zwaktes om te helpen');
    });

    it('shows a conflict when someone else saved the finding first, and keeps the text', async () => {
      await openPage(page, `${server.url}${visitPath}`);
      const visit = (await (
        await page.request.get(`${server.url}/api${visitPath.replace('/bezoeken', '/visits')}`)
      ).json()) as { findings: { id: string; version: number }[] };
      const finding = visit.findings[0]!;
      const card = page.getByTestId('finding').first();
      await card.locator('summary').click();
      await card.locator('textarea').fill('Mijn versie van de bevinding.');
      // Someone else saves the same finding in the meantime.
      const other = await page.request.patch(`${server.url}/api/findings/${finding.id}`, {
        data: { version: finding.version, text: 'De versie van een collega.' },
        headers: await csrfHeader(context),
      });
      expect(other.status()).toBe(200);
      await card.getByRole('button', { name: 'Bevinding opslaan' }).click();
      const conflict = card.getByTestId('conflict');
      await expect.poll(() => conflict.count()).toBe(1);
      const text = await conflict.innerText();
      expect(text).toContain('Iemand anders heeft dit intussen opgeslagen (nu versie 2)');
      expect(text).toContain('De versie van een collega.');
      expect(await card.locator('textarea').inputValue()).toBe('Mijn versie van de bevinding.');
      await card.screenshot({ path: `${SCREENSHOTS}conflict-nl.png` });
      // Saving again puts the user's text over the colleague's, on purpose.
      await navigateBy(page, () => card.getByRole('button', { name: 'Bevinding opslaan' }).click());
      expect(await page.getByTestId('finding-text').first().innerText()).toBe(
        'Mijn versie van de bevinding.',
      );
    });

    it("shows the visit in Twente's visit history on the region page", async () => {
      await navigateBy(page, () => page.getByTestId('region-history').click());
      expect(path()).toBe('/regio/NL213');
      const history = await page.getByTestId('region-visits').innerText();
      expect(history).toContain('1 open (waarvan 1 te laat)');
    });

    it('links the planned visit from the home page', async () => {
      await openPage(page, `${server.url}/`);
      const links = await page
        .getByTestId('visits')
        .locator('a[href^="/bezoeken/"]')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links).toContain(visitPath);
    });
  });

  describe('a regional editor writes a good practice', () => {
    const title = 'Testvoorbeeld: proeftuin voor waterstofmobiliteit';

    it('creates a good practice as a draft', async () => {
      await openPage(page, `${server.url}/praktijken`);
      await navigateBy(page, () => page.getByTestId('practice-new').click());
      expect(await h1()).toBe('Nieuw goed voorbeeld');
      await page.locator('#practice-title').fill(title);
      await page.locator('#practice-region').selectOption('NL213');
      await page.locator('#practice-topic').selectOption('3');
      await page.getByLabel('High Tech Systemen & Materialen').check();
      await page.locator('#practice-period_start').fill('2023-13');
      await page
        .locator('#practice-description')
        .fill(
          'Testinvoer van de browsertest: bedrijven testen waterstofvoertuigen op één terrein.',
        );
      await page.locator('#practice-resources').fill('Een terrein en een tankinstallatie.');
      await page.locator('#practice-evidence').fill('Vijf bedrijven deden mee.');
      await page.locator('#practice-transfer_potential').fill('Past bij regio’s met een haven.');
      await page.locator('#practice-contact').fill('proeftuin@example.org');
      // The server refuses a month 13 and says why; the form names the field and keeps the rest.
      await page.locator('#practice-save').click();
      const error = page.getByTestId('practice-form').getByTestId('form-error');
      await expect.poll(() => error.count()).toBe(1);
      const text = await error.innerText();
      expect(text).toContain('controleer het veld “Begin”');
      expect(text).toContain('period_start: "2023-13" is not a date');
      expect(await page.locator('#practice-title').inputValue()).toBe(title);
      await page.locator('#practice-period_start').fill('2023');
      await navigateBy(page, () => page.locator('#practice-save').click());
      expect(path()).toMatch(/^\/praktijken\/gp-/);
      practicePath = path();
      expect(await page.getByTestId('flash').innerText()).toContain('opgeslagen als concept');
      expect(await page.getByTestId('practice-status').innerText()).toContain('Concept');
    });

    it('edits it and records a transfer to another region', async () => {
      await page.locator('#practice-evidence').fill('Zeven bedrijven deden mee.');
      await navigateBy(page, () => page.locator('#practice-save').click());
      expect(await page.getByTestId('flash').innerText()).toBe('De wijzigingen zijn opgeslagen.');
      expect(await page.locator('#practice-evidence').inputValue()).toBe(
        'Zeven bedrijven deden mee.',
      );
      await page.locator('#transfer-region').selectOption('NL411');
      await page.locator('#transfer-year').fill('2025');
      await page.locator('#transfer-outcome').fill('Een tweede proeftuin in Moerdijk.');
      await navigateBy(page, () => page.locator('#transfer-submit').click());
      expect(await page.getByTestId('transfers').innerText()).toContain(
        'Een tweede proeftuin in Moerdijk.',
      );
    });

    it('is not in the list before it is published, and is found by search after', async () => {
      const before = await page.request.get(`${server.url}/api/practices?q=waterstofmobiliteit`);
      expect(((await before.json()) as { total: number }).total).toBe(0);
      await navigateBy(page, () => page.locator('#practice-publish').click());
      expect(await page.getByTestId('flash').innerText()).toBe(
        'Het goede voorbeeld is gepubliceerd.',
      );
      expect(await page.getByTestId('practice-status').innerText()).toContain('Gepubliceerd');
      await navigateBy(page, () =>
        page.getByRole('link', { name: 'Goede voorbeelden', exact: true }).click(),
      );
      await page.locator('#practices-q').fill('waterstofmobiliteit');
      await navigateBy(page, () => page.locator('#practices-submit').click());
      expect(await page.getByTestId('practices-count').innerText()).toMatch(/^1 /);
      const card = await page.getByTestId('practices').innerText();
      expect(card).toContain(title);
      expect(card).toContain('Zeven bedrijven deden mee.');
      expect(card).toContain('Een tweede proeftuin in Moerdijk.');
    });
  });

  const PAGES: readonly (readonly [string, () => string])[] = [
    ['visits', () => '/bezoeken'],
    ['visit', () => visitPath],
    ['follow-up', () => '/opvolging'],
    ['next-region', () => '/volgende-regio'],
    ['practice-new', () => '/praktijken/nieuw'],
    ['practice-edit', () => practicePath],
    ['region-twente-visits', () => '/regio/NL213'],
  ];

  describe.each(['nl', 'en'] as const)('in %s', (lang) => {
    it.each(PAGES)('%s has no serious or critical axe violations', async (name, pathOf) => {
      const target = pathOf();
      expect(target, `${name} was made by the flow above`).not.toBe('');
      await openAt(page, `${server.url}${target}`, { lang });
      expect(await htmlLang(page)).toBe(lang);
      if (name !== 'region-twente-visits') {
        await page.screenshot({ path: `${SCREENSHOTS}${name}-${lang}.png`, fullPage: true });
      }
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it('holds the new pages at 360 px wide', async () => {
    const narrow = PAGES.filter(([n]) => n !== 'region-twente-visits').map(
      ([name, pathOf]) => [name, `${server.url}${pathOf()}`] as const,
    );
    expect(await pagesWiderThan(page, narrow)).toEqual([]);
  });

  it('asks anonymous visitors to log in for the findings, commitments and follow-up', async () => {
    const logout = await page.request.delete(`${server.url}/api/session`, {
      headers: await csrfHeader(context),
    });
    expect(logout.status()).toBeLessThan(300);
    await openPage(page, `${server.url}${visitPath}`);
    expect(await h1()).toMatch(/^Bezoek aan Twente, /);
    expect(await page.getByTestId('sign-in-notice').count()).toBe(1);
    expect(await page.getByTestId('finding-add-form').count()).toBe(0);
    await openPage(page, `${server.url}/opvolging`);
    expect(await page.getByTestId('sign-in-notice').innerText()).toContain('ingelogde gebruikers');
    expect(await page.getByTestId('follow-up').count()).toBe(0);
  });

  it('says in the page language that a visit or a practice does not exist', async () => {
    await openPage(page, `${server.url}/bezoeken/nope`);
    const dutch = await page.locator('main').innerText();
    expect(dutch).toContain('Er is geen bezoek nope.');
    expect(dutch).not.toMatch(/regiokracht visit list|no visit with id/);
    await openPage(page, `${server.url}/praktijken/nope?lang=en`);
    const english = await page.locator('main').innerText();
    expect(english).toContain('There is no good practice nope.');
  });

  it('names the source a visit was entered from by its title, linked to its entry', async () => {
    await openPage(page, `${server.url}/bezoeken/visit-twente`);
    const source = page.locator('a[href="/bronnen#bron-press-release-regional-programme"]');
    await expect.poll(() => source.innerText()).toMatch(/^Persbericht Innovatieplatform: /);
    expect(await page.locator('main').innerText()).not.toContain(
      'press-release-regional-programme',
    );
    await navigateBy(page, () => source.click());
    expect(await page.locator('#bron-press-release-regional-programme h2').innerText()).toMatch(
      /^Persbericht Innovatieplatform/,
    );
  });

  it('ran without script errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
