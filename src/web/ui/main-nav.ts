import { href, type PageName } from '../app/router.js';
import { t } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages-nl.js';
import { addAdminNavItem } from './admin-nav.js';
import { h } from './dom.js';

const NAVIGATION: readonly (readonly [PageName, string, MessageKey])[] = [
  ['home', '/', 'nav.home'],
  ['map', '/kaart', 'nav.map'],
  ['compare', '/vergelijk', 'nav.compare'],
  ['network', '/netwerk', 'nav.network'],
  ['visits', '/bezoeken', 'nav.visits'],
  ['follow-up', '/opvolging', 'nav.followUp'],
  ['next-region', '/volgende-regio', 'nav.nextRegion'],
  ['practices', '/praktijken', 'nav.practices'],
  ['sme', '/mkb', 'nav.sme'],
  ['sources', '/bronnen', 'nav.sources'],
];

/**
 * The main menu: a bar of links on a screen wide enough for them on one line (75rem, 1200 px).
 * Below that (CSS) the links fold behind a "Menu" button (a disclosure: aria-expanded,
 * aria-controls) so that the header stays low and the page starts high up, on a tablet as on a
 * phone; Escape folds it again and gives the focus back to the button. Every page starts with it
 * folded.
 */
export function mainNav(active: PageName): HTMLElement {
  const list = h(
    'ul',
    { class: 'rk-nav__list', id: 'rk-nav-list' },
    NAVIGATION.map(([name, path, key]) =>
      h(
        'li',
        { class: 'rk-nav__item' },
        h(
          'a',
          {
            class: `rk-nav__link${name === active ? ' rk-nav__link--current' : ''}`,
            href: href(path),
            'aria-current': name === active ? 'page' : null,
          },
          t(key),
        ),
      ),
    ),
  );
  addAdminNavItem(list, active);
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'rk-nav__toggle',
      'aria-expanded': 'false',
      'aria-controls': 'rk-nav-list',
      'data-testid': 'nav-toggle',
    },
    h('span', { class: 'rk-nav__toggle-icon', 'aria-hidden': 'true' }),
    t('layout.menu'),
  );
  const nav = h('nav', { class: 'rk-nav', 'aria-label': t('layout.nav') }, toggle, list);
  const fold = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('rk-nav--open', open);
  };
  toggle.addEventListener('click', () => fold(toggle.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
    fold(false);
    toggle.focus();
  });
  return nav;
}
