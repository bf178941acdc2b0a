import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionHeaders } from '../../../test/support/auth.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { expectEveryPageDrawn } from '../../../test/support/pdf-pages.js';
import { testBackend } from '../../../test/support/test-store.js';
import { TWENTE_VISIT_ID } from '../../services/starter/starter-content.js';

/** The reports and their page images stay here for people to look at (git ignores the folder). */
const ARTIFACTS = fileURLToPath(
  new URL(`../../../test-artifacts/visit-report/${testBackend}/`, import.meta.url),
);
const FINDING = 'Bedrijven en de Universiteit Twente werken samen; de overheid doet zelden mee.';
const COMMITMENT = 'Contactpunt voor het mkb in Enschede registreren';

const HEADINGS = {
  nl: ['Agenda', 'Bevindingen per thema', 'Afspraken', 'Aanbevolen goede voorbeelden'],
  en: ['Agenda', 'Findings per topic', 'Commitments', 'Recommended good practices'],
} as const;

// The real data: regions, starter content (the Twente visit) and every open data file.
describe(`the report of the Twente visit on the real data, on ${testBackend}`, () => {
  const t = useTestApp(
    {
      now: () => new Date('2027-02-09T09:00:00Z'),
      // Every open data file too.
      init: { openData: true },
      role: 'analyst',
    },
    600_000,
  );
  let analyst: SessionHeaders;
  beforeAll(async () => {
    analyst = t.session!;
    const recorded = await Promise.all([
      t.app.inject({
        method: 'POST',
        url: `/api/visits/${TWENTE_VISIT_ID}/findings`,
        headers: analyst,
        payload: { topic: 1, text: FINDING },
      }),
      t.app.inject({
        method: 'POST',
        url: `/api/visits/${TWENTE_VISIT_ID}/commitments`,
        headers: analyst,
        payload: { description: COMMITMENT, owner: 'Novel-T', due_date: '2027-03-01' },
      }),
    ]);
    expect(recorded.map((r) => r.statusCode)).toEqual([201, 201]);
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 600_000);

  it('is for signed-in users only, like the findings and commitments it shows', async () => {
    const response = await t.app.inject({ url: `/api/visits/${TWENTE_VISIT_ID}/report.pdf` });
    expect(response.statusCode).toBe(401);
    const unknown = await t.app.inject({
      url: '/api/visits/no-such-visit/report.pdf',
      headers: analyst,
    });
    expect(unknown.statusCode).toBe(404);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`makes the PDF in ${lang} whose text holds the finding, the commitment with owner and due date, and every section`, async () => {
      const response = await t.app.inject({
        url: `/api/visits/${TWENTE_VISIT_ID}/report.pdf?lang=${lang}`,
        headers: analyst,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toMatch(
        new RegExp(`filename="visit-report-NL213-\\d{4}-\\d{2}-\\d{2}-${lang}\\.pdf"`),
      );
      const pdf = `${ARTIFACTS}twente-${lang}.pdf`;
      writeFileSync(pdf, response.rawPayload);
      // -raw keeps each table cell's text whole, so a sentence is found in one piece.
      const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(FINDING);
      expect(text).toContain(COMMITMENT);
      expect(text).toContain('Novel-T');
      expect(text).toContain(lang === 'nl' ? '1 maart 2027' : '1 March 2027');
      for (const heading of HEADINGS[lang]) expect(text).toContain(heading);
      // The agenda of the starter visit, and the source appendix of the dossier's figures.
      expect(text).toContain('Innovatieplatform Twente');
      expect(text).toContain(
        lang === 'nl' ? 'Bijlage: bronnen van de cijfers' : 'Appendix: sources of the figures',
      );
      expectEveryPageDrawn(pdf);
    }, 120_000);

    it(`makes the HTML in ${lang} with the finding and the commitment`, async () => {
      const response = await t.app.inject({
        url: `/api/visits/${TWENTE_VISIT_ID}/report.html?lang=${lang}`,
        headers: analyst,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      writeFileSync(`${ARTIFACTS}twente-${lang}.html`, response.body);
      expect(response.body).toContain(`<html lang="${lang}">`);
      expect(response.body).toContain(FINDING);
      expect(response.body).toContain(COMMITMENT);
      expect(response.body).toContain('<h2 id="commitments-title">');
    }, 120_000);
  }
});
