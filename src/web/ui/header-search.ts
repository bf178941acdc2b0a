import { href, navigate } from '../app/router.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { regionCombobox } from './region-combobox.js';

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
        void box.code().then((code) => {
          if (code) open(code);
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
