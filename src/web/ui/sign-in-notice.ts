import { href } from '../app/router.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';
import { notice } from './notice.js';

/** Says that this part is for logged-in users of the platform, with the way to log in. */
export function signInNotice(message: string): HTMLElement {
  const back = window.location.pathname + window.location.search;
  return h(
    'div',
    { 'data-testid': 'sign-in-notice' },
    notice(
      'info',
      h('p', { class: 'utrecht-paragraph' }, message),
      h(
        'p',
        { class: 'utrecht-paragraph' },
        h(
          'a',
          { class: 'utrecht-link', href: href('/inloggen', { terug: back }) },
          t('signIn.link'),
        ),
      ),
    ),
  );
}
