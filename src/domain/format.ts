/**
 * Numbers, percentages, amounts, dates, lists and intervals in the notation of a language, for
 * the web pages, the dossier and the texts the services write alike: Dutch with a decimal comma
 * and a full stop between thousands, English with a decimal point; dates in Europe/Amsterdam; no
 * "-0" when a small negative number rounds to zero.
 *
 * @example
 * formatter('nl').number(-4.678, 1) // '-4,7'
 * formatter('nl').number(-0.04, 1)  // '0,0'
 * formatter('en').number(1234.5, 1) // '1,234.5'
 * formatter('nl').interval(0.31, 0.52, 2) // '0,31–0,52'
 */
export interface Formatter {
  readonly lang: FormatLang;
  /** `digits` fixes the fraction digits; without it they follow the size (see autoDigits). */
  number(value: number, digits?: number): string;
  /** A share in [0, 1] as a percentage. */
  percent(share: number, digits?: number): string;
  /** An amount in euros, whole euros; `compact` writes millions and more short ("€ 1,2 mln."). */
  euro(value: number, options?: { readonly compact?: boolean }): string;
  /** An ISO date or date-time as a long date (and time), in Europe/Amsterdam. */
  date(iso: string, withTime?: boolean): string;
  /** Words joined as the language joins them ("a, b en c"). */
  list(items: readonly string[]): string;
  /** A range of two numbers with an en dash ("0,31–0,52"). */
  interval(low: number, high: number, digits?: number): string;
}

export type FormatLang = 'nl' | 'en';

const LOCALES: Readonly<Record<FormatLang, string>> = { nl: 'nl-NL', en: 'en-GB' };
const formatters = madeOnce(makeFormatter);

/** The formatter of a language (made once, then shared). */
export function formatter(lang: FormatLang): Formatter {
  return formatters(lang);
}

function makeFormatter(lang: FormatLang): Formatter {
  const locale = LOCALES[lang];
  const fixed = madeOnce(
    (digits: number) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  );
  const number = (value: number, digits?: number) =>
    withoutMinusZero(fixed(digits ?? autoDigits(value)).format(value));
  const euro = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const euroCompact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const dateFormat = madeOnce(
    (withTime: boolean) =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        ...(withTime ? { timeStyle: 'short' } : {}),
        timeZone: 'Europe/Amsterdam',
      }),
  );
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    lang,
    number,
    percent: (share, digits = 1) => `${number(share * 100, digits)}%`,
    euro: (value, options = {}) =>
      (options.compact && Math.abs(value) >= 1e6 ? euroCompact : euro)
        .format(value)
        .replace(/\u00a0/g, ' '),
    date: (iso, withTime = false) => {
      // A bare date is a calendar day: noon UTC keeps it that day in Amsterdam.
      const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
      return Number.isNaN(date.getTime()) ? iso : dateFormat(withTime).format(date);
    },
    list: (items) => list.format(items),
    interval: (low, high, digits) => `${number(low, digits)}–${number(high, digits)}`,
  };
}

/** `make` behind a cache: each key's value is made on its first use and shared after that. */
function madeOnce<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

/** "-0", "-0,0" or "-0.00" as written without the sign. */
function withoutMinusZero(text: string): string {
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/** Fraction digits by size: none for whole numbers and 100 or more, then 1, 2, 3. */
function autoDigits(value: number): number {
  const size = Math.abs(value);
  if (size === 0 || Number.isInteger(value)) return 0;
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  if (size >= 1) return 2;
  return 3;
}
