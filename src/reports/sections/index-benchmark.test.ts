import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../../test/support/dossier-inputs-fixture.js';
import type { DossierFigure } from '../dossier-blocks.js';
import { dossierDocument, type DossierDocument } from '../dossier-document.js';
import { dossierModel } from '../dossier-model.js';
import { renderDossierHtml } from '../render-html.js';
import { renderDossierPdf } from '../render-pdf.js';

const benchmark = (doc: DossierDocument): DossierFigure | undefined =>
  doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'figure' ? [b.figure] : []))
    .find((f) => f.id === 'index-benchmark');

describe('the region beside its country and the EU in the dossier', () => {
  const inputs = dossierInputsFixture();
  const indicator = inputs.index.indicators[0]!;
  const nl = dossierDocument(dossierModel(inputs), 'nl');

  it('stands in topic 3 with its title, both areas named and the source and edition on it', () => {
    const figure = benchmark(nl);
    const topic3 = nl.sections.find((s) => s.id === 'topic-3')!;
    expect(
      topic3.blocks.some((b) => b.kind === 'figure' && b.figure.id === 'index-benchmark'),
    ).toBe(true);
    expect(figure?.caption).toBe(
      `Overijssel naast Nederland en de EU-27 per indicator, ${inputs.index.edition}`,
    );
    expect(figure?.svg).toContain('>Nederland</text>');
    expect(figure?.svg).toContain('>EU-27</text>');
    expect(figure?.svg).toMatch(/>Bron: [^<]+<\/text>/);
    expect(figure?.svg).toContain(`>Editie ${inputs.index.edition}; opgehaald: `);
  });

  it('titles its source data sets in the dossier’s language, as the appendix does', () => {
    const svg = benchmark(nl)!.svg.replace(/<\/text>\s*<text[^>]*>/g, ' ');
    expect(svg).toContain('Bron: European Commission, CORDIS, CORDIS – EU-onderzoeksprojecten');
    expect(svg).not.toContain('EU research projects');
    const en = benchmark(dossierDocument(dossierModel(inputs), 'en'))!.svg;
    expect(en.replace(/<\/text>\s*<text[^>]*>/g, ' ')).toContain(
      'Source: European Commission, CORDIS, CORDIS - EU research projects',
    );
  });

  it('numbers its scale in the dossier’s notation', () => {
    expect(benchmark(nl)!.svg).toContain('>0,25</text>');
    expect(benchmark(nl)!.svg).toContain('>0,5</text>');
    expect(benchmark(nl)!.svg).not.toContain('>0.25</text>');
    const en = benchmark(dossierDocument(dossierModel(inputs), 'en'))!.svg;
    expect(en).toContain('>0.75</text>');
  });

  it('draws no mark for a score the area lacks and says "no data" instead, never 0', () => {
    expect(indicator.reference_score).toBeNull();
    const figure = benchmark(nl)!;
    // the legend's three marks, then the region's circle and the country's square; no EU diamond
    expect(figure.svg.match(/<circle /g)).toHaveLength(2);
    expect(figure.svg.match(/<rect x="[^"]+" y="[^"]+" width="8"/g)).toHaveLength(2);
    expect(figure.svg.match(/<path /g)).toHaveLength(1);
    expect(figure.svg).toContain('>geen gegevens: EU-27</text>');
    expect(figure.table?.rows[0]?.slice(1)).toEqual(['0,49', '0,52', 'geen gegevens']);
    const en = benchmark(dossierDocument(dossierModel(inputs), 'en'))!;
    expect(en.table?.rows[0]?.slice(1)).toEqual(['0.49', '0.52', 'no data']);
    expect(en.caption).toMatch(/^Overijssel beside Netherlands and the EU-27 on each indicator/);
  });

  it('is left out when there is no index', () => {
    const empty = dossierDocument(dossierModel(dossierInputsFixture({ empty: true })), 'nl');
    expect(benchmark(empty)).toBeUndefined();
  });

  it('is in the HTML dossier and in the PDF, whose text shows its title', async () => {
    const title = benchmark(nl)!.caption;
    const html = renderDossierHtml(nl);
    expect(html).toContain(`>${title}<`);
    expect(html).toContain('aria-labelledby="index-benchmark-title index-benchmark-desc"');
    const pdf = await renderDossierPdf(nl, { createdAt: new Date('2026-11-28T09:00:00Z') });
    const dir = mkdtempSync(join(tmpdir(), 'regiokracht-benchmark-'));
    try {
      writeFileSync(join(dir, 'dossier.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'dossier.pdf'), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      expect(text).toContain(title);
      expect(text).toContain('geen gegevens: EU-27');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
