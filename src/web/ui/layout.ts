import { href, type PageName } from '../app/router.js';
import { lang, t } from '../i18n/i18n.js';
import { rememberLang } from '../i18n/lang-choice.js';
import { h } from './dom.js';
import { headerSearch } from './header-search.js';
import { mainNav } from './main-nav.js';
import { sessionLink } from './session-link.js';

/** The emblem beside the name: a stylised map pin on a ribbon, drawn here, no image file. */
function emblem(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 40 56');
  svg.setAttribute('class', 'rk-emblem');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.innerHTML =
    '<rect width="40" height="56" fill="#154273"/>' +
    '<path d="M20 10a10 10 0 0 0-10 10c0 8 10 20 10 20s10-12 10-20a10 10 0 0 0-10-10z" fill="#fff"/>' +
    '<circle cx="20" cy="20" r="4" fill="#154273"/>';
  return svg;
}

/**
 * The page frame: skip link, header with the name and the language switch, main navigation,
 * the main region the page renders into, and the footer with the sources of the data.
 */
export function layout(active: PageName, current: URL, main: HTMLElement): HTMLElement[] {
  const other = lang() === 'nl' ? 'en' : 'nl';
  const params = Object.fromEntries(current.searchParams.entries());
  delete params.lang;
  const switchHref = href(current.pathname, params, other);

  const skip = h(
    'a',
    { class: 'utrecht-skip-link utrecht-skip-link--visible-on-focus', href: '#inhoud' },
    t('layout.skip'),
  );
  const langSwitch = h(
    'a',
    {
      class: 'utrecht-link rk-lang-switch',
      href: switchHref,
      hreflang: other,
      lang: other,
      'data-testid': 'lang-switch',
    },
    other === 'en' ? 'English' : 'Nederlands',
  );
  // The choice is remembered: later visits and links without a language open in it.
  langSwitch.addEventListener('click', () => rememberLang(other));
  const header = h(
    'header',
    { class: 'rk-header' },
    h(
      'div',
      { class: 'rk-header__inner' },
      h(
        'a',
        { class: 'rk-brand', href: href('/') },
        emblem(),
        h(
          'span',
          { class: 'rk-brand__text' },
          h('span', { class: 'rk-brand__name' }, 'Regiokracht'),
          h('span', { class: 'rk-brand__tagline' }, t('layout.tagline')),
        ),
      ),
      headerSearch(),
      langSwitch,
      sessionLink(current),
    ),
  );
  const nav = mainNav(active);
  const footer = h(
    'footer',
    { class: 'utrecht-page-footer rk-footer' },
    h(
      'div',
      { class: 'rk-footer__inner' },
      h('p', { class: 'utrecht-paragraph' }, t('layout.footer.data')),
      h(
        'ul',
        { class: 'rk-footer__links' },
        h(
          'li',
          null,
          h('a', { class: 'rk-footer__link', href: href('/bronnen') }, t('nav.sources')),
        ),
        h(
          'li',
          null,
          h('a', { class: 'rk-footer__link', href: '/api/docs' }, t('layout.footer.api')),
        ),
      ),
    ),
  );
  return [skip, header, nav, main, footer];
}
