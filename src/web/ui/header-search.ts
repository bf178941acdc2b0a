import { href, navigate } from '../app/router.js';
import { t } from '../i18n/i18n.js';
import type { RegionSearchItem } from '../api/types.js';
import { h } from './dom.js';
import { regionCombobox, regionOptionText } from './region-combobox.js';

/** The search in the header: finds a region of any level by name or code and opens its profile. */
export function headerSearch(): HTMLElement {
  const open = (code: string) => navigate(href(`/regio/${encodeURIComponent(code)}`));
  const message = h('p', { class: 'rk-small rk-header-search__message', role: 'alert' });
  const box = regionCombobox({
    id: 'header-search',
    label: t('search.label'),
    testId: 'header-search',
    onChoose: (region) => open(region.code),
  });
  return h(
    'form',
    {
      class: 'rk-header-search',
      role: 'search',
      'aria-label': t('search.label'),
      onsubmit: (event: Event) => {
        event.preventDefault();
        const input = (event.currentTarget as HTMLFormElement).elements.namedItem(
          'header-search',
        ) as HTMLInputElement;
        const text = input.value.trim();
        message.textContent = '';
        if (!text) return;
        void box.matches().then(async (found) => {
          if (found === null) {
            const code = await box.code();
            if (code) open(code);
            return;
          }
          const named = sameName(found, text);
          if (named.length > 1) {
            box.close();
            message.replaceChildren(...choice(text, named));
          } else if (found[0]) open(found[0].code);
          else message.textContent = t('search.notFound', { q: text });
        });
      },
    },
    box.element,
    h(
      'button',
      { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action' },
      t('search.submit'),
    ),
    message,
  );
}

/** The regions found by exactly the name typed (ignoring case): more than one asks for a choice. */
function sameName(found: readonly RegionSearchItem[], text: string): RegionSearchItem[] {
  const typed = text.toLocaleLowerCase();
  return found.filter((r) => r.matched.toLocaleLowerCase() === typed);
}

/** "Several regions are called Utrecht:" and a link to each, with its code and level. */
function choice(text: string, regions: readonly RegionSearchItem[]): (string | Node)[] {
  return [
    t('search.several', { q: text, n: regions.length }),
    h(
      'ul',
      { class: 'rk-header-search__choice', 'data-testid': 'header-search-choice' },
      regions.map((r) => {
        const { name, detail } = regionOptionText(r);
        return h(
          'li',
          null,
          h(
            'a',
            { class: 'utrecht-link', href: href(`/regio/${encodeURIComponent(r.code)}`) },
            name,
          ),
          ` (${detail})`,
        );
      }),
    ),
  ];
}
