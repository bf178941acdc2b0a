import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../src/importers/index.js';
import { runImport } from '../../src/importers/run-import.js';
import { createPractice } from '../../src/services/practices/create-practice.js';
import { addCommitment } from '../../src/services/visits/commitments.js';
import { planVisit } from '../../src/services/visits/plan-visit.js';
import { addFinding } from '../../src/services/visits/visit-findings.js';
import type { Store } from '../../src/storage/store.js';
import type { Role } from '../../src/domain/role.js';
import { injectionText } from '../support/injection-payloads.js';
import type { AppServer } from './support/app-server.js';
import { openPage } from './support/browser.js';
import { useBrowserApp } from './support/browser-app.js';
import { logInBrowser } from './support/login.js';

/** The words marking the hostile text of each free-text field of the practice. */
const PRACTICE_FIELDS = [
  'titel',
  'omschrijving',
  'middelen',
  'bewijs',
  'overdraagbaarheid',
  'contact',
] as const;

/** A date `days` from today in the Netherlands, YYYY-MM-DD (the home page lists coming visits). */
function dutchDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A CSV file: every field quoted, quotes doubled. */
function csv(rows: readonly (readonly string[])[]): string {
  return (
    rows.map((row) => row.map((v) => `"${v.replaceAll('"', '""')}"`).join(',')).join('\n') + '\n'
  );
}

/** Hostile text in a spearhead (clusters template), a good practice and a planned visit with its findings. */
async function seedHostileText(store: Store): Promise<{ practiceId: string; visitId: string }> {
  const now = () => new Date();
  const dir = await mkdtemp(join(tmpdir(), 'regiokracht-e2e-injection-'));
  const file = join(dir, 'clusters.csv');
  await writeFile(
    file,
    csv([
      ['cluster_id', 'region', 'name_nl', 'name_en', 'description'],
      [
        'INJ-spearhead',
        'NL213',
        injectionText('speerpunt'),
        injectionText('spearhead'),
        injectionText('beschrijving'),
      ],
    ]),
  );
  try {
    await runImport(store, IMPORTERS.clusters!, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const practice = await createPractice(
    { store, now },
    {
      title: injectionText('titel'),
      region: 'NL213',
      topic: 1,
      description: injectionText('omschrijving'),
      resources: injectionText('middelen'),
      evidence: injectionText('bewijs'),
      transfer_potential: injectionText('overdraagbaarheid'),
      contact: injectionText('contact'),
      status: 'published',
    },
  );
  const visit = await planVisit(
    { store, now },
    {
      region: 'NL213',
      date: dutchDate(30),
      venue: injectionText('locatie'),
      hosts: injectionText('gastheren'),
      participants: injectionText('deelnemers'),
      agenda: [{ topic: 1, title: injectionText('agendapunt') }],
    },
  );
  await addFinding({ store, now }, visit.id, { topic: 1, text: injectionText('bevinding') });
  await addCommitment({ store, now }, visit.id, {
    description: injectionText('afspraak'),
    owner: injectionText('eigenaar'),
  });
  return { practiceId: practice.id, visitId: visit.id };
}

/**
 * Hostile text (SQL metacharacters, script payloads, javascript: links, unicode) entered through
 * a template and the practice and visit services, shown in Chromium: every payload that ran
 * would set window.__xss or open a dialog. The browser bypasses the content security policy
 * (support/browser.ts), so the pages themselves must render the text inert.
 */
describe('hostile text on the pages that show it, in Chromium', () => {
  let server: AppServer;
  let context: BrowserContext;
  let page: Page;
  let ids: { practiceId: string; visitId: string };
  const dialogs: string[] = [];

  useBrowserApp(
    {
      openData: false,
      seed: async (started) => {
        ids = await seedHostileText(started.store);
      },
    },
    (app) => {
      ({ server, context, page } = app);
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    },
  );

  /** Signs the browser in with a new account of `role` (findings are for signed-in users). */
  let signedIn = false;
  async function logIn(role: Role): Promise<void> {
    if (signedIn) return;
    signedIn = true;
    await logInBrowser(server, context, role);
  }

  /** Opens a page and checks that nothing of the payloads ran or became markup. */
  async function expectInert(path: string): Promise<string> {
    await openPage(page, `${server.url}${path}`);
    // Give an onerror handler of a broken image the time to fire, had one been created.
    await page.waitForTimeout(300);
    const found = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      scripts: [...document.querySelectorAll('script')].filter((s) =>
        s.textContent?.includes('__xss'),
      ).length,
      images: document.querySelectorAll('img[src="x"], img[onerror]').length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      text: document.body.innerText,
    }));
    expect(found.xss, `a payload ran on ${path}`).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(found.scripts).toBe(0);
    expect(found.images).toBe(0);
    expect(found.javascriptLinks).toBe(0);
    return found.text;
  }

  it('shows a practice literally in the list of good practices', async () => {
    const list = await expectInert('/praktijken');
    for (const field of PRACTICE_FIELDS) {
      expect(list).toContain(injectionText(field));
    }
  });

  it("shows a spearhead literally on Twente's region page", async () => {
    const text = await expectInert('/regio/NL213');
    expect(text).toContain(injectionText('speerpunt'));
  });

  it('shows a planned visit literally on the home page and on its own page', async () => {
    const home = await expectInert('/');
    expect(home).toContain(injectionText('locatie'));
    expect(home).toContain(injectionText('gastheren'));
    const visit = await expectInert(`/bezoeken/${ids.visitId}`);
    expect(visit).toContain(injectionText('locatie'));
    expect(visit).toContain(injectionText('agendapunt'));
  });

  it("puts a practice's every field literally into its edit form, signed in as an analyst", async () => {
    await logIn('analyst');
    const detail = await expectInert(`/praktijken/${ids.practiceId}`);
    expect(detail).toContain(injectionText('titel'));
    const values = await page
      .locator('main input, main textarea')
      .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));
    for (const field of PRACTICE_FIELDS) {
      expect(values).toContain(injectionText(field));
    }
  });

  it("shows a visit's findings and commitments literally, signed in", async () => {
    await logIn('analyst');
    const visit = await expectInert(`/bezoeken/${ids.visitId}`);
    expect(visit).toContain(injectionText('bevinding'));
    expect(visit).toContain(injectionText('afspraak'));
    expect(visit).toContain(injectionText('eigenaar'));
  });

  it('would notice a payload that ran: the same text put in as markup sets the flag', async () => {
    await openPage(page, `${server.url}/praktijken`);
    const ran = await page.evaluate(async (html) => {
      const probe = document.createElement('div');
      probe.innerHTML = html;
      document.body.append(probe);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (window as unknown as { __xss?: unknown }).__xss;
    }, injectionText('probe'));
    expect(ran).toBe('img');
  });
});
