import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.js';

describe('text for the PDF standard fonts', () => {
  it('keeps Latin-1 and the WinAnsi extras such as the euro sign and curly quotes', () => {
    expect(pdfText('Regio’s – € 12 · quotiënt')).toBe('Regio’s – € 12 · quotiënt');
  });

  it('replaces what WinAnsi cannot show', () => {
    expect(pdfText('LQ ≥ 1 and ≤ 2, −3 → x')).toBe('LQ >= 1 and <= 2, -3 -> x');
    expect(pdfText('Łódź')).toBe('?ódz');
    expect(pdfText('★')).toBe('?');
  });
});
