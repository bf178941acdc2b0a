/**
 * Characters that make a spreadsheet read a text cell as a formula (CSV injection). Besides the
 * four everyone knows (=, +, -, @), OWASP lists tab and carriage return: Excel strips them and
 * then reads what follows.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: a leading `=`, `+`, `-`, `@`, tab or CR gets an
 * apostrophe in front, which spreadsheets show as text and never evaluate. Only for text cells:
 * numbers are written as numbers and need no guard.
 *
 * @example
 *   formulaGuard('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 *   formulaGuard('Universiteit Twente');    // unchanged
 */
export function formulaGuard(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
