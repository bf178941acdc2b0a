import type { PageView } from '../app/page.js';
import { href } from '../app/router.js';
import { t } from '../i18n/i18n.js';
import { h } from '../ui/dom.js';
import { pageView } from '../ui/page-view.js';

/** The page for an address the application does not know, or a region that does not exist. */
export function notFoundPage(detail?: string): PageView {
  return pageView(
    t('notfound.title'),
    h('p', { class: 'utrecht-paragraph' }, detail ?? t('notfound.text')),
    h(
      'p',
      { class: 'utrecht-paragraph' },
      h('a', { class: 'utrecht-link', href: href('/') }, t('notfound.home')),
    ),
  );
}
