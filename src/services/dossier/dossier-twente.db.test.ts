import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from '../../../test/e2e/support/browser.js';
import { expectEveryPageDrawn } from '../../../test/support/pdf-pages.js';
import { openTestStore, sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { LANGS } from '../../reports/i18n.js';
import { renderDossier } from '../../reports/render-dossier.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from '../analytics/analytics-service.js';
import { initialise } from '../../app/initialise.js';
import { DossierService } from './dossier-service.js';

const NOW = new Date('2026-11-28T09:00:00Z');
/** The dossiers and their page images stay here for people to look at (git ignores the folder). */
const ARTIFACTS = fileURLToPath(
  new URL(`../../../test-artifacts/dossier/${testBackend}/`, import.meta.url),
);

const HEADINGS = {
  nl: [
    'Thema 1: Het regionale innovatiesysteem',
    'Thema 2: Bijdrage aan de nationale sleutelgebieden',
    'Thema 3: Regionale innovatiekracht',
    'Bijlage: bronnen van de cijfers',
  ],
  en: [
    'Topic 1: The regional innovation system',
    'Topic 2: Contribution to the national key areas',
    'Topic 3: Regional innovation power',
    'Appendix: sources of the figures',
  ],
} as const;

// The real data: regions, starter content and every open data file (20-60 s to load).
const LINKS = {
  nl: {
    heading: 'Verbindingen van Twente met andere regio’s',
    germany: 'Duitsland',
    missing: 'Ontbrekende verbindingen',
    sentence: /Twente en \S[^\n]* zijn allebei gespecialiseerd in/,
  },
  en: {
    heading: 'Links of Twente with other regions',
    germany: 'Germany',
    missing: 'Missing links',
    sentence: /Twente and \S[^\n]* are both specialised in/,
  },
} as const;

describe(`Twente's visit dossier on the real data, on ${testBackend}`, () => {
  let store: Store;
  let dossiers: DossierService;
  beforeAll(async () => {
    store = await openTestStore();
    await initialise(store, { dataDir: sharedDataDir, now: () => NOW, log: () => undefined });
    dossiers = new DossierService(store, new AnalyticsService(store, () => NOW), () => NOW);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 600_000);
  afterAll(() => store.close());

  for (const lang of LANGS) {
    it(`makes the PDF in ${lang}: Twente, each topic and the sources appendix in its text, every page drawn`, async () => {
      const file = await renderDossier(await dossiers.inputs('NL213'), { format: 'pdf', lang });
      const pdf = `${ARTIFACTS}NL213-${lang}.pdf`;
      writeFileSync(pdf, file.body);
      // pdftotext joins nothing across lines with -raw off; headings are on one line each.
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Twente');
      for (const heading of HEADINGS[lang]) expect(text).toContain(heading);
      expect(text).toContain('Innovatieplatform Twente');
      // The links with other regions: the strongest partners and the missing links in sentences.
      const links = text.slice(text.indexOf(LINKS[lang].heading));
      for (const partner of ['Zuidoost-Noord-Brabant', LINKS[lang].germany])
        expect(links).toContain(partner);
      expect(links).toContain(LINKS[lang].missing);
      expect(links).toMatch(LINKS[lang].sentence);
      expect(expectEveryPageDrawn(pdf).length).toBeGreaterThan(6);
    }, 120_000);

    it(`makes the HTML in ${lang} that passes axe with no serious or critical violation`, async () => {
      const file = await renderDossier(await dossiers.inputs('NL213'), { format: 'html', lang });
      const html = `${ARTIFACTS}NL213-${lang}.html`;
      writeFileSync(html, file.body);
      const chromium = await launchChromium();
      try {
        const page = await chromium.context.newPage();
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(pathToFileURL(html).href);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.locator('h1').textContent()).toBe('Twente');
        for (const heading of HEADINGS[lang])
          expect(await page.locator('h2', { hasText: heading }).count()).toBe(1);
        // Self-contained: the file itself is the only request.
        expect(requests).toEqual([pathToFileURL(html).href]);
        const violations = await axeViolations(page);
        const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(severe, JSON.stringify(severe, null, 2)).toEqual([]);
      } finally {
        await chromium.close();
      }
    }, 120_000);
  }
});
