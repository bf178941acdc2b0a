import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expect } from 'vitest';
import { pngDistinctColours } from './png-colours.js';

/**
 * Draws every page of the PDF file `pdf` as a PNG image beside it (`<name>-<page>.png`), checks
 * that there is one image for each page the PDF has and that none is blank, and returns the
 * image file names in page order. Needs poppler's pdftoppm and pdfinfo.
 */
export function expectEveryPageDrawn(pdf: string): string[] {
  const directory = dirname(pdf);
  const name = basename(pdf, '.pdf');
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(directory, name)]);
  const pages = readdirSync(directory)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort();
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(pages).toHaveLength(Number(/Pages:\s+(\d+)/.exec(info)?.[1]));
  for (const page of pages)
    expect(pngDistinctColours(join(directory, page)), page).toBeGreaterThan(1);
  return pages;
}
