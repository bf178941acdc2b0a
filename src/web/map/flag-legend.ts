import type { MessageKey } from '../i18n/messages-nl.js';
import { t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';

/** The flag letters Eurostat and Regiokracht use, each with its explanation. */
const FLAGS = ['b', 'c', 'd', 'e', 'f', 'h', 'i', 'n', 'p', 'r', 's', 'u', 'z'] as const;

/**
 * The distinct flag letters in a list of flag strings (`'bu'`, `'h'`, null...), in
 * alphabetical order.
 *
 * @example flagLetters(['bu', null, 'h', 'b']) -> ['b', 'h', 'u']
 */
export function flagLetters(flags: readonly (string | null)[]): string[] {
  const letters = new Set<string>();
  for (const f of flags)
    for (const letter of f ?? '') if (/[a-z]/.test(letter)) letters.add(letter);
  return [...letters].sort();
}

/** What a flag letter means, in the current language. */
export function flagMeaning(letter: string): string {
  return (FLAGS as readonly string[]).includes(letter)
    ? t(`flag.${letter}` as MessageKey)
    : t('flag.other');
}

/**
 * The legend of the flags that occur on a map: each letter with its meaning, or nothing when no
 * value carries a flag.
 */
export function flagLegend(flags: readonly (string | null)[]): HTMLElement | null {
  const letters = flagLetters(flags);
  if (letters.length === 0) return null;
  return h(
    'div',
    { class: 'rk-legend__flags', 'data-testid': 'map-flags' },
    h('p', { class: 'rk-legend__title' }, t('map.flags.title')),
    h('p', { class: 'rk-small' }, t('map.flags.intro')),
    h(
      'ul',
      { class: 'rk-legend__list' },
      letters.map((letter) =>
        h(
          'li',
          { class: 'rk-legend__item', 'data-flag': letter },
          t('map.flags.item', { flag: letter, meaning: flagMeaning(letter) }),
        ),
      ),
    ),
  );
}
