import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AppServer } from './support/app-server.js';
import { openAt, SCREENSHOTS, useBrowserApp, type BrowserApp } from './support/browser-app.js';
import { htmlLang, navigateBy, openPage, overflow, seriousViolations } from './support/browser.js';
import { csrfHeader, logInBrowser } from './support/login.js';

/** The account the administrator adds through the users page. */
const EDITOR = { login: 'redacteur-twente@example.test', name: 'Test redacteur Twente' };
const EDITOR_PASSWORD = 'een lang testwachtwoord';
/** A starter spearhead of Twente (NL213) and its key areas. */
const HEALTH = 'NL213-technology-health';
const FOOD = 'NL213-food';

/**
 * The administration pages of issue 7 in Chromium on the real data: an administrator adds a
 * regional editor for Twente, who edits a Twente spearhead on the region page and cannot edit
 * Noord-Brabant's; two sessions saving the same spearhead meet the conflict notice; an analyst
 * finds the edit in the audit trail; the administrator disables the editor; a viewer sees no
 * write forms. The new pages go through axe-core in Dutch and English and hold at 360 px.
 */
describe('accounts, spearhead editing and the audit trail in Chromium', () => {
  let app: BrowserApp;
  let server: AppServer;
  /** The administrator's browser (later the analyst's). */
  let office: BrowserContext;
  /** The regional editor's browser (later a viewer's). */
  let editor: BrowserContext;
  let adminPage: Page;
  let editorPage: Page;
  let pageErrors: readonly string[];
  let brabantSpearhead = '';

  useBrowserApp({ role: 'administrator' }, async (started) => {
    app = started;
    ({ server, context: office, page: adminPage, pageErrors } = app);
    ({ context: editor, page: editorPage } = await app.newBrowser());
    // Noord-Brabant has no spearhead in the starter content: the administrator adds one.
    const created = await adminPage.request.post(`${server.url}/api/regions/NL41/spearheads`, {
      data: { name_nl: 'Test speerpunt Brabant', name_en: 'Test spearhead Brabant' },
      headers: await csrfHeader(office),
    });
    expect(created.status()).toBe(201);
    brabantSpearhead = ((await created.json()) as { id: string }).id;
  });

  const h1 = (page: Page) => page.locator('h1').first().innerText();
  const cardOf = (page: Page, id: string) =>
    page.locator(`[data-testid=spearhead-card][data-id="${id}"]`);

  it('lets the administrator add a regional editor for Twente on the users page', async () => {
    await openPage(adminPage, `${server.url}/`);
    await adminPage.getByTestId('nav-admin').waitFor();
    await navigateBy(adminPage, () => adminPage.getByTestId('nav-admin').click());
    expect(new URL(adminPage.url()).pathname).toBe('/beheer/gebruikers');
    expect(await h1(adminPage)).toBe('Gebruikers');

    await adminPage.locator('#user-login').fill(EDITOR.login);
    await adminPage.locator('#user-name').fill(EDITOR.name);
    await adminPage.locator('#user-role').selectOption('regional_editor');
    await adminPage.locator('#user-password').fill(EDITOR_PASSWORD);
    // A regional editor without a region is named before anything is sent.
    await adminPage.locator('#user-add-submit').click();
    const error = adminPage.getByTestId('user-add-form').getByTestId('form-error');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.innerText()).toContain('Regio’s');
    expect(await adminPage.evaluate(() => document.activeElement?.id)).toBe('user-regions');

    await adminPage.locator('#user-regions').fill('nl213');
    await navigateBy(adminPage, () => adminPage.locator('#user-add-submit').click());
    expect(await adminPage.getByTestId('flash').innerText()).toContain(EDITOR.login);
    const card = adminPage.locator(`[data-testid=user][data-login="${EDITOR.login}"]`);
    expect(await card.locator('dd').allInnerTexts()).toEqual([
      EDITOR.name,
      'regioredacteur',
      'NL213',
      'actief',
    ]);
    expect(await adminPage.content()).not.toMatch(/scrypt|password_hash|\$[0-9a-f]{16}/i);
    await adminPage.screenshot({ path: `${SCREENSHOTS}users-nl.png`, fullPage: true });
  });

  it('lets that editor log in and edit a Twente spearhead, saved after a reload', async () => {
    await openPage(editorPage, `${server.url}/inloggen?terug=/regio/NL213`);
    await editorPage.getByTestId('login-name').fill(EDITOR.login);
    await editorPage.getByTestId('login-password').fill(EDITOR_PASSWORD);
    await navigateBy(editorPage, () => editorPage.getByTestId('login-submit').click());
    expect(new URL(editorPage.url()).pathname).toBe('/regio/NL213');
    await editorPage.getByTestId('spearheads-editor').waitFor();

    const card = cardOf(editorPage, HEALTH);
    await card.locator('summary').click();
    const form = card.getByTestId('spearhead-edit-form');
    expect(await form.locator('input[name="ka:topsectoren-2011/lsh"]').inputValue()).toBe('0,7');
    await form.locator('input[name=name_nl]').fill('Technologie en zorg');
    await form.locator('textarea[name=description]').fill('Medische technologie uit Twente.');
    await form.locator('input[name="ka:topsectoren-2011/lsh"]').fill('0,6');
    await form.locator('input[name="ka:topsectoren-2011/htsm"]').fill('0.4');
    await editorPage.screenshot({ path: `${SCREENSHOTS}spearheads-edit-nl.png`, fullPage: false });
    await navigateBy(editorPage, () => form.locator('button[type=submit]').click());
    expect(await editorPage.getByTestId('flash').innerText()).toContain('Technologie en zorg');

    await editorPage.reload();
    await editorPage.getByTestId('spearheads-editor').waitFor();
    // The reader's list names the spearhead and shows the editor's description under it.
    const shown = editorPage.getByTestId('spearhead').filter({ hasText: 'Technologie en zorg' });
    expect(await shown.count()).toBe(1);
    expect(await shown.getByTestId('spearhead-description').innerText()).toBe(
      'Medische technologie uit Twente.',
    );
    const saved = cardOf(editorPage, HEALTH);
    expect(await saved.getByTestId('spearhead-key-areas').innerText()).toContain('0,6');
    expect(await saved.innerText()).toContain('Medische technologie uit Twente.');
  });

  it('names a weight out of range beside its field', async () => {
    const card = cardOf(editorPage, HEALTH);
    await card.locator('summary').click();
    const field = card.locator('input[name="ka:topsectoren-2011/energy"]');
    await field.fill('2');
    await card.getByTestId('spearhead-edit-form').locator('button[type=submit]').click();
    const error = card.getByTestId('form-error');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await editorPage.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'ka:topsectoren-2011/energy',
    );
  });

  it("shows that editor no edit controls on Noord-Brabant's page, and the server refuses", async () => {
    await openPage(editorPage, `${server.url}/regio/NL41`);
    expect(await editorPage.getByTestId('spearheads').innerText()).toContain(
      'Test speerpunt Brabant',
    );
    expect(await editorPage.getByTestId('spearheads-editor').count()).toBe(0);
    expect(await editorPage.locator('form[data-testid^=spearhead]').count()).toBe(0);

    const response = await editorPage.request.patch(
      `${server.url}/api/spearheads/${brabantSpearhead}`,
      { data: { version: 1, name_nl: 'Niet van mij' }, headers: await csrfHeader(editor) },
    );
    expect(response.status()).toBe(403);
  });

  it('shows the second of two sessions saving the same spearhead the conflict notice', async () => {
    await openPage(adminPage, `${server.url}/regio/NL213`);
    await openPage(editorPage, `${server.url}/regio/NL213`);
    for (const page of [adminPage, editorPage]) await cardOf(page, FOOD).locator('summary').click();

    const first = cardOf(editorPage, FOOD).getByTestId('spearhead-edit-form');
    await first.locator('input[name=name_en]').fill('Food and agriculture');
    await navigateBy(editorPage, () => first.locator('button[type=submit]').click());
    expect(await editorPage.getByTestId('flash').innerText()).toContain('Voeding');

    const second = cardOf(adminPage, FOOD).getByTestId('spearhead-edit-form');
    await second.locator('input[name=name_nl]').fill('Voeding en landbouw');
    await second.locator('button[type=submit]').click();
    const conflict = second.getByTestId('conflict');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.getAttribute('role')).toBe('alert');
    const text = await conflict.innerText();
    expect(text).toContain('versie 2');
    expect(text).toContain('Food and agriculture');
    expect(await second.locator('input[name=name_nl]').inputValue()).toBe('Voeding en landbouw');
    await cardOf(adminPage, FOOD).screenshot({ path: `${SCREENSHOTS}spearheads-conflict-nl.png` });
  });

  it('lets an analyst find the edit in the audit trail with before and after', async () => {
    await adminPage.request.delete(`${server.url}/api/session`, {
      headers: await csrfHeader(office),
    });
    await logInBrowser(server, office, 'analyst');
    await openPage(adminPage, `${server.url}/`);
    await adminPage.getByTestId('nav-admin').waitFor();
    await navigateBy(adminPage, () => adminPage.getByTestId('nav-admin').click());
    expect(new URL(adminPage.url()).pathname).toBe('/beheer/audit');

    await adminPage.locator('#audit-entity').selectOption('cluster');
    await adminPage.locator('#audit-actor').fill(`user:${EDITOR.login}`);
    await navigateBy(adminPage, () => adminPage.locator('#audit-filter-submit').click());
    const url = new URL(adminPage.url());
    expect(url.searchParams.get('entiteit')).toBe('cluster');
    expect(url.searchParams.get('actor')).toBe(`user:${EDITOR.login}`);

    const entries = adminPage.getByTestId('audit-entry');
    expect(await entries.count()).toBe(2);
    const edit = entries.filter({ hasText: HEALTH });
    const row = (field: string) =>
      edit
        .getByTestId('audit-changes')
        .locator('tr')
        .filter({ has: adminPage.locator('th', { hasText: new RegExp(`^${field}$`) }) });
    expect(await row('name_nl').locator('th, td').allInnerTexts()).toEqual([
      'name_nl',
      'Technologie en gezondheid',
      'Technologie en zorg',
    ]);
    const weights = await row('key_areas').locator('td').allInnerTexts();
    expect(weights[0]).toContain('Life Sciences & Health (weight: 0.7)');
    expect(weights[1]).toContain('Life Sciences & Health (weight: 0.6)');
    expect(await edit.getByTestId('audit-actor').innerText()).toBe(`user:${EDITOR.login}`);
    expect(await adminPage.getByTestId('audit-csv').getAttribute('href')).toBe(
      `/api/audit.csv?entity=cluster&actor=user%3A${encodeURIComponent(EDITOR.login)}`,
    );
    const csv = await adminPage.request.get(
      `${server.url}${await adminPage.getByTestId('audit-csv').getAttribute('href')}`,
    );
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Technologie en zorg');
    // The users page is the administrator's alone.
    await openPage(adminPage, `${server.url}/beheer/gebruikers`);
    expect(await adminPage.getByTestId('users').count()).toBe(0);
    expect(await adminPage.getByTestId('no-edit-notice').count()).toBe(1);
  });

  it('lets the administrator disable the editor, whose next request is refused', async () => {
    await adminPage.request.delete(`${server.url}/api/session`, {
      headers: await csrfHeader(office),
    });
    await logInBrowser(server, office, 'administrator');
    await openPage(adminPage, `${server.url}/beheer/gebruikers`);
    const actions = adminPage.locator(`[data-testid=user-actions][data-login="${EDITOR.login}"]`);
    await navigateBy(adminPage, () => actions.getByTestId('user-disable').click());
    expect(await adminPage.getByTestId('flash').innerText()).toContain('uitgeschakeld');
    const card = adminPage.locator(`[data-testid=user][data-login="${EDITOR.login}"]`);
    expect(await card.locator('dd').last().innerText()).toBe('uitgeschakeld');

    const refused = await editorPage.request.patch(`${server.url}/api/spearheads/${HEALTH}`, {
      data: { version: 2, description: 'Na het uitschakelen' },
      headers: await csrfHeader(editor),
    });
    expect(refused.status()).toBe(401);
    const again = await editorPage.request.post(`${server.url}/api/session`, {
      data: { login: EDITOR.login, password: EDITOR_PASSWORD },
    });
    expect(again.status()).toBe(401);
  });

  it('shows a viewer no write forms on the visit pages', async () => {
    await logInBrowser(server, editor, 'viewer');
    const forms = [
      'plan-form',
      'visit-edit-form',
      'finding-add-form',
      'finding-edit-form',
      'commitment-add-form',
      'commitment-edit-form',
      'weights-form',
      'practice-form',
      'publish-form',
      'spearheads-editor',
    ];
    for (const path of [
      '/bezoeken',
      '/bezoeken/visit-twente',
      '/volgende-regio',
      '/praktijken',
      '/praktijken/nieuw',
      '/regio/NL213',
    ]) {
      await openPage(editorPage, `${server.url}${path}`);
      for (const testId of forms)
        expect(await editorPage.getByTestId(testId).count(), `${testId} on ${path}`).toBe(0);
      if (path !== '/regio/NL213')
        expect(await editorPage.getByTestId('no-edit-notice').count(), path).toBeGreaterThan(0);
    }
    // The viewer reads the findings section (signed-in), without its forms.
    await openPage(editorPage, `${server.url}/bezoeken/visit-twente`);
    expect(await editorPage.locator('#bevindingen').count()).toBe(1);
  });

  it('asks anonymous visitors to log in where the forms would be', async () => {
    await editorPage.request.delete(`${server.url}/api/session`, {
      headers: await csrfHeader(editor),
    });
    for (const path of ['/bezoeken', '/volgende-regio', '/praktijken']) {
      await openPage(editorPage, `${server.url}${path}`);
      const note = editorPage.getByTestId('sign-in-notice');
      expect(await note.count(), path).toBe(1);
      expect(await note.locator('a').getAttribute('href')).toMatch(/^\/inloggen\?terug=/);
      // Trying next-region weights is for anyone and saves nothing; every other form needs a log-in.
      expect(
        await editorPage.locator('form.rk-form:not([data-testid="try-weights-form"])').count(),
        path,
      ).toBe(0);
    }
  });

  it('lets an editor change the visit itself and its status', async () => {
    await openPage(adminPage, `${server.url}/bezoeken/visit-twente`);
    await adminPage.getByTestId('visit-edit').locator('summary').click();
    await adminPage.locator('#visit-edit-venue').fill('Universiteit Twente, De Vrijhof');
    await adminPage.locator('#visit-edit-status').selectOption('done');
    await navigateBy(adminPage, () => adminPage.locator('#visit-edit-submit').click());
    expect(await adminPage.getByTestId('flash').innerText()).toBe('Het bezoek is opgeslagen.');
    const details = await adminPage.getByTestId('visit-details').innerText();
    expect(details).toContain('Universiteit Twente, De Vrijhof');
    expect(details).toContain('gehouden');
  });

  const PAGES: readonly (readonly [string, string])[] = [
    ['users', '/beheer/gebruikers'],
    ['audit', '/beheer/audit'],
    ['spearheads-edit', '/regio/NL213'],
    ['visit-edit', '/bezoeken/visit-twente'],
  ];

  describe.each(['nl', 'en'] as const)('in %s', (lang) => {
    it.each(PAGES)('%s has no serious or critical axe violations', async (name, path) => {
      await openAt(adminPage, `${server.url}${path}`, { lang });
      expect(await htmlLang(adminPage)).toBe(lang);
      if (name === 'users' || name === 'audit')
        await adminPage.screenshot({ path: `${SCREENSHOTS}${name}-${lang}.png`, fullPage: true });
      if (name === 'spearheads-edit')
        await adminPage
          .getByTestId('spearheads-editor')
          .screenshot({ path: `${SCREENSHOTS}spearheads-edit-${lang}.png` });
      expect(await seriousViolations(adminPage)).toEqual([]);
    });
  });

  it('holds the new pages at 360 px wide, keyboard first', async () => {
    await adminPage.setViewportSize({ width: 360, height: 780 });
    try {
      for (const [name, path] of PAGES) {
        await openPage(adminPage, `${server.url}${path}`);
        // The edit forms open inside their disclosures; they must fit too.
        for (const summary of await adminPage.locator('main summary.rk-edit__summary').all())
          await summary.click();
        expect(await overflow(adminPage), name).toBeLessThanOrEqual(0);
        if (name === 'spearheads-edit')
          await adminPage
            .getByTestId('spearheads-editor')
            .screenshot({ path: `${SCREENSHOTS}${name}-nl-360.png` });
        else
          await adminPage.screenshot({ path: `${SCREENSHOTS}${name}-nl-360.png`, fullPage: true });
      }
      // The skip link comes first and every control shows where the focus is.
      await openPage(adminPage, `${server.url}/beheer/gebruikers`);
      await adminPage.keyboard.press('Tab');
      expect(await adminPage.evaluate(() => document.activeElement?.textContent)).toBe(
        'Direct naar de inhoud',
      );
      await adminPage.locator('#user-login').focus();
      const outline = await adminPage.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`;
      });
      expect(outline).not.toBe('none 0px none');
    } finally {
      await adminPage.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('raises no content-security-policy violation on the new pages', async () => {
    const strict = await app.newBrowser({ enforceCSP: true });
    try {
      await strict.context.addInitScript(() => {
        const found: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = found;
        document.addEventListener('securitypolicyviolation', (event) =>
          found.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
        );
      });
      await logInBrowser(server, strict.context, 'administrator');
      const page = await strict.context.newPage();
      const found: string[] = [];
      for (const [, path] of PAGES) {
        await openPage(page, `${server.url}${path}`);
        await page.waitForTimeout(200);
        const violations = await page.evaluate(
          () => (window as unknown as { __csp: string[] }).__csp,
        );
        found.push(...violations.map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('ran without script errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
