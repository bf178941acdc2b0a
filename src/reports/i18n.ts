import { referenceName } from '../domain/reference-name.js';
import { formatter } from '../domain/format.js';
import { en } from './i18n/messages-en.js';
import { nl, type MessageKey } from './i18n/messages-nl.js';

export type { MessageKey } from './i18n/messages-nl.js';

/** The two languages the dossier is written in. */
export type Lang = 'nl' | 'en';

/** Both languages, Dutch first. */
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** True when `value` is a language the dossier is written in. */
export function isLang(value: string): value is Lang {
  return value === 'nl' || value === 'en';
}

/** Formatting of texts, numbers and dates in one language. */
export interface Texts {
  readonly lang: Lang;
  /** The message `key` with its {placeholders} filled. */
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
  /** A number with a fixed number of decimals, in the language's notation. */
  number(value: number, decimals?: number): string;
  /** A fraction as a percentage (0.051 -> 5.1%). */
  percent(value: number, decimals?: number): string;
  /** An amount in euro, without cents. */
  eur(value: number): string;
  /** An ISO date or timestamp as a long date (8 February 2027). */
  date(iso: string): string;
  /** A list joined with commas and "and". */
  list(items: readonly string[]): string;
  /** Picks the text of a bilingual name. */
  name(text: { readonly nl: string; readonly en: string }): string;
  /** A reference area's name (`EU27_2020` -> "EU-27", `NL` -> "Nederland"). */
  reference(code: string): string;
}

/**
 * The dossier's texts in `lang`. Numbers use the language's notation (Dutch: decimal comma).
 *
 * @example
 * texts('nl').t('doc.title', { name: 'Twente' }); // 'Bezoekdossier Twente'
 * texts('nl').number(-4.678, 1); // '-4,7'
 */
export function texts(lang: Lang): Texts {
  const dictionary: Readonly<Record<MessageKey, string>> = lang === 'nl' ? nl : en;
  const format = formatter(lang);
  return {
    lang,
    t(key, params = {}) {
      return dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    },
    number: (value, decimals = 0) => format.number(value, decimals),
    percent: (value, decimals = 1) => format.percent(value, decimals),
    eur: (value) => format.euro(value),
    date: (iso) => format.date(iso),
    list(items) {
      if (items.length <= 1) return items.join('');
      return `${items.slice(0, -1).join(', ')}${dictionary['list.and']}${items.at(-1)}`;
    },
    name: (text) => text[lang],
    reference: (code) => referenceName(code, lang),
  };
}
