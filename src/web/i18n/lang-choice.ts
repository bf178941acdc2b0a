import type { Lang } from './i18n.js';

/** The key under which the browser keeps the language the user chose with the language switch. */
export const LANG_STORAGE_KEY = 'regiokracht.lang';

const isLang = (value: string | null | undefined): value is Lang =>
  value === 'nl' || value === 'en';

/**
 * The language of a page: the address's `lang` when it names one, else the language the user
 * chose earlier, else Dutch. A fresh browser (nothing chosen) gets Dutch.
 *
 * @example resolveLang(new URLSearchParams('lang=en'), null) // 'en'
 * @example resolveLang(new URLSearchParams(''), 'en') // 'en'
 */
export function resolveLang(search: URLSearchParams, remembered: string | null): Lang {
  const asked = search.get('lang');
  if (isLang(asked)) return asked;
  return isLang(remembered) ? remembered : 'nl';
}

/**
 * The `lang` a link inside the application carries so that it opens in `language`: `en` for
 * English; for Dutch nothing, unless English is remembered (then `nl`, or the link would open in
 * English).
 */
export function langParam(language: Lang, remembered: string | null): Lang | null {
  if (language === 'en') return 'en';
  return remembered === 'en' ? 'nl' : null;
}

/** The language the user chose earlier in this browser, or null (none, or storage unavailable). */
export function rememberedLang(): Lang | null {
  try {
    const value = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the language the user chose; silently does nothing where storage is refused. */
export function rememberLang(language: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, language);
  } catch {
    // Private modes may refuse storage; the address still carries the language.
  }
}
