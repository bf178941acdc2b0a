/** The languages figures are written in (measure-status's TextLang). */
type TextLang = 'nl' | 'en';

const LOCALE: Record<TextLang, string> = { nl: 'nl-NL', en: 'en-GB' };
/** The thousands separator of each language's counts: 144,726 in English, 144.726 in Dutch. */
const GROUP_SEPARATOR: Record<TextLang, string> = { nl: '.', en: ',' };

/** Formatters for what {@link countText} does not write itself, made on first use. */
const formats = new Map<TextLang, Intl.NumberFormat>();

/**
 * A count as `toLocaleString` writes it in `lang` (en-GB, nl-NL). A whole number from 0 up is
 * written here, digits in groups of three: the first Intl formatter of a process loads ICU's
 * locale data (tens of milliseconds of a cold computation of the figures), and counts are all a
 * figure's text writes. Anything else goes through Intl.NumberFormat.
 *
 * @example
 * countText(144726, 'en'); // '144,726'
 * countText(144726, 'nl'); // '144.726'
 */
export function countText(n: number, lang: TextLang): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    let format = formats.get(lang);
    if (!format) formats.set(lang, (format = new Intl.NumberFormat(LOCALE[lang])));
    return format.format(n);
  }
  const digits = String(n);
  const head = digits.length % 3 || 3;
  let text = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3)
    text += GROUP_SEPARATOR[lang] + digits.slice(at, at + 3);
  return text;
}
