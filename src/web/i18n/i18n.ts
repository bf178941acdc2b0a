import { formatter } from '../../domain/format.js';
import { en } from './messages-en.js';
import { nl, type MessageKey } from './messages-nl.js';

/** The two languages of the application. */
export type Lang = 'nl' | 'en';

const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { nl, en };

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

/**
 * A name with its unit in brackets, unless the name already says the unit; the unit in the
 * server's words where it gives them (`unit_nl`, `unit_en`).
 */
export function nameWithUnit(item: {
  readonly name_nl: string;
  readonly name_en: string;
  readonly unit: string;
  readonly unit_nl?: string;
  readonly unit_en?: string;
}): string {
  const name = nameOf(item);
  const unit = (current === 'en' ? item.unit_en : item.unit_nl) ?? unitLabel(item.unit);
  return name.toLowerCase().includes(unit.toLowerCase()) ? name : `${name} (${unit})`;
}

/** The name of a thing that has a Dutch and an English name, in the current language. */
export function nameOf(item: { readonly name_nl: string; readonly name_en: string }): string {
  return current === 'en' ? item.name_en : item.name_nl;
}

/** A number in the current locale; `digits` fixes the fraction digits, else they follow the size. */
export function formatNumber(value: number, digits?: number): string {
  return formatter(current).number(value, digits);
}

/** A number in the current locale, or "no data" for a value that is not measured (never 0). */
export function formatMeasured(value: number | null, digits?: number): string {
  return value === null ? t('value.none') : formatNumber(value, digits);
}

/** A share in [0, 1] as a percentage in the current locale. */
export function formatPercent(share: number, digits = 1): string {
  return formatter(current).percent(share, digits);
}

/** An amount in euros in the current locale, compact for large amounts. */
export function formatEuro(value: number): string {
  return formatter(current).euro(value, { compact: true });
}

/** An ISO date (or date-time) as a long date in the current locale; the input when it is not a date. */
export function formatDate(iso: string, withTime = false): string {
  return formatter(current).date(iso, withTime);
}

/** A list of words joined as the language joins them ("a, b en c"). */
export function formatList(items: readonly string[]): string {
  return formatter(current).list(items);
}
