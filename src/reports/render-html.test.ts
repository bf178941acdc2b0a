import { describe, expect, it } from 'vitest';
import { dossierInputsFixture } from '../../test/support/dossier-inputs-fixture.js';
import { dossierDocument } from './dossier-document.js';
import { dossierModel } from './dossier-model.js';
import { renderDossierHtml } from './render-html.js';

describe('the dossier as HTML', () => {
  const html = renderDossierHtml(dossierDocument(dossierModel(dossierInputsFixture()), 'nl'));

  it('is one self-contained file: inline CSS and SVG, no scripts, nothing loaded from elsewhere', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import/i);
    expect(html.match(/<svg /g)).toHaveLength(8);
  });

  it('has one h1, a heading per section and a table behind every chart', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    for (const title of [
      'Samenvatting',
      'Thema 1: Het regionale innovatiesysteem',
      'Bijlage: bronnen van de cijfers',
    ])
      expect(html).toContain(`>${title}</h2>`);
    // Seven charts have a table; the map on the cover has none.
    expect(html.match(/<details><summary>De cijfers van de figuur<\/summary>/g)).toHaveLength(7);
  });

  it('escapes text and links web addresses', () => {
    expect(html).toContain('High Tech Systemen &amp; Materialen');
    expect(html).toContain('<a href="https://example.org/lab">https://example.org/lab</a>');
  });
});
