import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../test/support/dossier-inputs-fixture.js';
import { dossierDocument } from './dossier-document.js';
import { dossierModel } from './dossier-model.js';
import { renderDossierPdf } from './render-pdf.js';

describe('the dossier as PDF', () => {
  const createdAt = new Date('2026-11-28T09:00:00Z');

  it('is an A4 PDF with the standard Helvetica fonts only, none embedded', async () => {
    const pdf = await renderDossierPdf(
      dossierDocument(dossierModel(dossierInputsFixture()), 'nl'),
      {
        createdAt,
      },
    );
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
    const fonts = [...new Set([...text.matchAll(/\/BaseFont \/([\w-]+)/g)].map((m) => m[1]))];
    expect(fonts).toContain('Helvetica');
    for (const font of fonts)
      expect(['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique']).toContain(font);
    expect(text).not.toMatch(/\/FontFile/);
    expect(text).toContain('/Lang (nl)');
  });

  it('gives the same bytes for the same document and date', async () => {
    const doc = dossierDocument(dossierModel(dossierInputsFixture({ empty: true })), 'en');
    const a = await renderDossierPdf(doc, { createdAt });
    const b = await renderDossierPdf(doc, { createdAt });
    expect(a.equals(b)).toBe(true);
    // A document made at another moment differs (the date is in the file).
    const c = await renderDossierPdf(doc, { createdAt: new Date('2026-11-29T09:00:00Z') });
    expect(a.equals(c)).toBe(false);
  });
});
