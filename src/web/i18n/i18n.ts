import { en } from './messages-en.js';
import { nl, type MessageKey } from './messages-nl.js';

/** The two languages of the application. */
export type Lang = 'nl' | 'en';

const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { nl, en };
const LOCALES: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };

let current: Lang = 'nl';

/** The language in use. */
export function lang(): Lang {
  return current;
}

/** Switches the language and sets `<html lang>`. */
export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
}

/** The language a URL asks for: `?lang=en` for English, Dutch otherwise. */
export function langFromSearch(search: URLSearchParams): Lang {
  return search.get('lang') === 'en' ? 'en' : 'nl';
}

/**
 * A message in the current language, with `{name}` placeholders filled:
 * `t('map.title', { indicator: 'GERD' })`.
 */
export function t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
  const text = DICTIONARIES[current][key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * A unit in words (`PC_GDP` -> "% van het bbp"); a unit the dictionaries do not know is shown as
 * the data set writes it.
 */
export function unitLabel(unit: string): string {
  const key = `unit.${unit}`;
  return key in DICTIONARIES[current] ? DICTIONARIES[current][key as MessageKey] : unit;
}

/** A name with its unit in brackets, unless the name already says the unit. */
export function nameWithUnit(item: {
  readonly name_nl: string;
  readonly name_en: string;
  readonly unit: string;
}): string {
  const name = nameOf(item);
  const unit = unitLabel(item.unit);
  return name.toLowerCase().includes(unit.toLowerCase()) ? name : `${name} (${unit})`;
}

/** The name of a thing that has a Dutch and an English name, in the current language. */
export function nameOf(item: { readonly name_nl: string; readonly name_en: string }): string {
  return current === 'en' ? item.name_en : item.name_nl;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the current locale; `digits` fixes the fraction digits, else they follow the size. */
export function formatNumber(value: number, digits?: number): string {
  const fraction = digits ?? autoDigits(value);
  const key = `${current}|${fraction}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[current], {
      minimumFractionDigits: fraction,
      maximumFractionDigits: fraction,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A share in [0, 1] as a percentage in the current locale. */
export function formatPercent(share: number, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[current], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/** An amount in euros in the current locale, compact for large amounts. */
export function formatEuro(value: number): string {
  return new Intl.NumberFormat(LOCALES[current], {
    style: 'currency',
    currency: 'EUR',
    notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard',
    maximumFractionDigits: Math.abs(value) >= 1e6 ? 1 : 0,
  }).format(value);
}

/** An ISO date (or date-time) as a long date in the current locale; the input when it is not a date. */
export function formatDate(iso: string, withTime = false): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[current], {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** A list of words joined as the language joins them ("a, b en c"). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[current], { style: 'long', type: 'conjunction' }).format(
    items,
  );
}

function autoDigits(value: number): number {
  const size = Math.abs(value);
  if (size === 0 || Number.isInteger(value)) return 0;
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  if (size >= 1) return 2;
  return 3;
}
