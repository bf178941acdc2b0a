import type { DossierDocument } from './dossier-document.js';
import { texts } from './i18n.js';
import { COLOUR, FONT, MARGIN, PAGE, WIDTH } from './pdf-page.js';
import { PdfWriter } from './pdf-writer.js';
import { pdfText } from './pdf-text.js';

export interface PdfOptions {
  /** The document's creation date (set it from the injected clock so the bytes are stable). */
  readonly createdAt: Date;
}

function cover(w: PdfWriter, doc: DossierDocument): void {
  const c = doc.cover;
  w.text(c.kicker, { font: FONT.bold, size: 11, colour: COLOUR.muted, gap: 8 });
  w.text(c.title, { font: FONT.bold, size: 34, colour: COLOUR.heading, gap: 4 });
  w.text(c.subtitle, { size: 13, gap: 18 });
  const top = w.y;
  if (c.map) {
    w.figure(c.map, false);
  } else if (c.mapNote) {
    w.paragraph(c.mapNote, 'empty');
  }
  const mapBottom = w.y;
  // The visit beside the map.
  const x = MARGIN.left + 300;
  const width = WIDTH - 300;
  w.y = top;
  w.text(c.visitHeading, { font: FONT.bold, size: 13, colour: COLOUR.heading, x, width, gap: 6 });
  if (c.visit.length === 0 && c.visitNote)
    w.text(c.visitNote, { font: FONT.italic, size: 10, x, width });
  for (const v of c.visit) {
    w.text(v.label, { font: FONT.bold, size: 9.5, x, width, gap: 1 });
    w.text(v.value, { size: 9.5, x, width, gap: 6 });
  }
  w.y = Math.max(w.y, mapBottom) + 16;
  w.text(c.note, { size: 9, colour: COLOUR.muted });
}

/**
 * The dossier as an A4 PDF, made with pdfkit and svg-to-pdfkit (no browser): the cover, then each
 * section from a new page, charts as vectors, standard Helvetica only, page numbers in the footer,
 * bookmarks per section. The same document and creation date give the same bytes.
 *
 * @example
 * await writeFile('twente.pdf', await renderDossierPdf(dossierDocument(model, 'nl'), { createdAt }));
 */
export async function renderDossierPdf(
  dossier: DossierDocument,
  options: PdfOptions,
): Promise<Buffer> {
  // Loaded when a PDF is made: pdfkit and its fonts take a while to load, and most runs make none.
  const [{ default: PDFDocument }, { default: svgToPdf }] = await Promise.all([
    import('pdfkit'),
    import('svg-to-pdfkit'),
  ]);
  const x = texts(dossier.lang);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    lang: dossier.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: pdfText(dossier.title),
      Author: 'Regiokracht',
      Subject: pdfText(dossier.cover.kicker),
      Creator: 'Regiokracht',
      Producer: 'Regiokracht (pdfkit)',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w = new PdfWriter(doc, svgToPdf);
  cover(w, dossier);
  for (const section of dossier.sections) {
    w.newPage();
    doc.outline.addItem(pdfText(section.title));
    w.sectionTitle(section.title);
    w.lastTitle = null;
    section.blocks.forEach((block, i) => {
      w.keepWithNext(block, section.blocks[i + 1], section.blocks[i + 2]);
      w.block(block);
    });
  }
  // Footer with the page number on every page but the cover.
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - 40;
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(MARGIN.left + WIDTH, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLOUR.rule)
      .stroke();
    const page = pdfText(x.t('doc.page', { n: i - range.start + 1, total: range.count }));
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOUR.muted);
    doc.text(pdfText(dossier.footer), MARGIN.left, y, { lineBreak: false });
    doc.text(page, MARGIN.left + WIDTH - doc.widthOfString(page), y, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
