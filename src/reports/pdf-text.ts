/** The characters of WinAnsiEncoding above Latin-1's ASCII range that are not in Latin-1 itself. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '−': '-',
  '→': '->',
  '←': '<-',
  '≈': '~',
  '×': 'x',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u200b': '',
};

/**
 * Text the PDF's standard fonts can show: they are encoded in WinAnsi, so other characters are
 * replaced by an ASCII equivalent (≥ becomes >=), by their letter without accent, or by "?".
 *
 * @example
 * pdfText('LQ ≥ 1 in Zuid-Holland'); // 'LQ >= 1 in Zuid-Holland'
 */
export function pdfText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out +=
        [...base].every((b) => (b.codePointAt(0) ?? 0) < 0x100) && base.length > 0 ? base : '?';
    }
  }
  return out;
}
