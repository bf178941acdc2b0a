import type { DossierInputs } from '../services/dossier/dossier-inputs.js';
import { dossierDocument } from './dossier-document.js';
import { dossierModel } from './dossier-model.js';
import type { Lang } from './i18n.js';
import { renderDossierHtml } from './render-html.js';
import { renderDossierPdf } from './render-pdf.js';

export const DOSSIER_FORMATS = ['pdf', 'html'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];

/** True when `value` is a format the dossier is made in. */
export function isDossierFormat(value: string): value is DossierFormat {
  return (DOSSIER_FORMATS as readonly string[]).includes(value);
}

export interface RenderedDossier {
  readonly body: Buffer;
  readonly contentType: string;
}

/**
 * The visit dossier as a file: its model from the gathered inputs, laid out in `lang`, rendered as
 * PDF or as one self-contained HTML file. The PDF's creation date is the inputs' date.
 *
 * @example
 * const file = await renderDossier(await dossiers.inputs('NL213'), { format: 'pdf', lang: 'nl' });
 */
export async function renderDossier(
  inputs: DossierInputs,
  options: { format: DossierFormat; lang: Lang },
): Promise<RenderedDossier> {
  const document = dossierDocument(dossierModel(inputs), options.lang);
  if (options.format === 'html')
    return {
      body: Buffer.from(renderDossierHtml(document), 'utf8'),
      contentType: 'text/html; charset=utf-8',
    };
  return {
    body: await renderDossierPdf(document, { createdAt: inputs.generatedAt }),
    contentType: 'application/pdf',
  };
}
