import { lang, t } from '../i18n/i18n.js';
import { h } from './dom.js';

/**
 * A visible note that a text is shown as its author wrote it, in another language than the page's
 * ("Available in Dutch only"); null when the languages agree or the text's language is not known.
 */
export function languageNote(textLanguage: string): HTMLElement | null {
  const page = lang();
  if (textLanguage === page || (textLanguage !== 'nl' && textLanguage !== 'en')) return null;
  return h(
    'p',
    { class: 'rk-small rk-language-note', lang: page, 'data-testid': 'language-note' },
    t(textLanguage === 'nl' ? 'language.only.nl' : 'language.only.en'),
  );
}
