import type { DossierInputs } from '../../services/dossier/dossier-inputs.js';
import { dossierModel } from '../dossier-model.js';
import type { Lang } from '../i18n.js';
import { renderDossierHtml } from '../render-html.js';
import { renderDossierPdf } from '../render-pdf.js';
import type { DossierFormat, RenderedDossier } from '../render-dossier.js';
import { visitReportDocument } from './visit-report-document.js';
import type { VisitReportVisit } from './visit-report-model.js';

/** What the visit report is made from: the visit and the dossier inputs of its region. */
export interface VisitReportInputs {
  readonly visit: VisitReportVisit;
  readonly dossier: DossierInputs;
}

/**
 * The visit report as a file, PDF (pdfkit, no browser) or one self-contained HTML file, drawn by
 * the dossier's renderers. The PDF's creation date is the dossier inputs' date.
 *
 * @example
 * const file = await renderVisitReport(await visitReportInputs(deps, dossiers, 'visit-twente'), { format: 'pdf', lang: 'nl' });
 */
export async function renderVisitReport(
  inputs: VisitReportInputs,
  options: { format: DossierFormat; lang: Lang },
): Promise<RenderedDossier> {
  const document = visitReportDocument(
    { visit: inputs.visit, dossier: dossierModel(inputs.dossier) },
    options.lang,
  );
  if (options.format === 'html')
    return {
      body: Buffer.from(renderDossierHtml(document), 'utf8'),
      contentType: 'text/html; charset=utf-8',
    };
  return {
    body: await renderDossierPdf(document, { createdAt: inputs.dossier.generatedAt }),
    contentType: 'application/pdf',
  };
}
